//! The document rules' cases: JSON text that cannot be read as the kind it names, beside
//! the same text mended.

use crate::rules::code::RuleCode;

/// A document rule broken by JSON text, and the text that keeps to it.
#[derive(Clone)]
pub(super) struct DocumentCase {
    pub(super) name: &'static str,
    pub(super) code: RuleCode,
    pub(super) pointer: &'static str,
    /// The text, or `None` for a reader that fails before giving any.
    pub(super) breaking: Option<&'static str>,
    pub(super) near_miss: &'static str,
    /// The largest document the case reads, in bytes, when not the default.
    pub(super) max_document_bytes: Option<usize>,
}

/// A client every rule accepts on 30 June 2024, as JSON.
const CLIENT: &str = r#"{"document": "client", "schema_version": 1, "id": "fixture-001", "labour_market_status": "student"}"#;

pub(super) fn document_cases() -> Vec<DocumentCase> {
    vec![
        DocumentCase {
            name: "a client cut off in the middle",
            code: RuleCode::DOCUMENT_MALFORMED_JSON,
            pointer: "",
            breaking: Some(r#"{"document": "client", "schema_version": 1, "id": "fixture-001""#),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a reader that fails (stands for a broken connection; the text is empty)",
            code: RuleCode::DOCUMENT_UNREADABLE,
            pointer: "",
            breaking: None,
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a client over the 90-byte limit of the case",
            code: RuleCode::DOCUMENT_TOO_LARGE,
            pointer: "",
            breaking: Some(
                r#"{"document": "client", "schema_version": 1, "id": "fixture-001", "labour_market_status": "student"}"#,
            ),
            near_miss: r#"{"document":"client","schema_version":1,"id":"f","labour_market_status":"student"}"#,
            max_document_bytes: Some(90),
        },
        DocumentCase {
            name: "a client without its kind",
            code: RuleCode::DOCUMENT_MISSING_KIND,
            pointer: "",
            breaking: Some(
                r#"{"schema_version": 1, "id": "fixture-001", "labour_market_status": "student"}"#,
            ),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a client named a customer",
            code: RuleCode::DOCUMENT_UNKNOWN_KIND,
            pointer: "/document",
            breaking: Some(
                r#"{"document": "customer", "schema_version": 1, "id": "fixture-001", "labour_market_status": "student"}"#,
            ),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a client of format version 2",
            code: RuleCode::DOCUMENT_UNSUPPORTED_VERSION,
            pointer: "/schema_version",
            breaking: Some(
                r#"{"document": "client", "schema_version": 2, "id": "fixture-001", "labour_market_status": "student"}"#,
            ),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a client with a name field the format does not have",
            code: RuleCode::DOCUMENT_UNKNOWN_FIELD,
            pointer: "/name",
            breaking: Some(
                r#"{"document": "client", "schema_version": 1, "id": "fixture-001", "labour_market_status": "student", "name": "Matti"}"#,
            ),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a client without a labour-market status",
            code: RuleCode::DOCUMENT_MISSING_FIELD,
            pointer: "",
            breaking: Some(r#"{"document": "client", "schema_version": 1, "id": "fixture-001"}"#),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a labour-market status misspelt",
            code: RuleCode::DOCUMENT_INVALID_VALUE,
            pointer: "/labour_market_status",
            breaking: Some(
                r#"{"document": "client", "schema_version": 1, "id": "fixture-001", "labour_market_status": "studnet"}"#,
            ),
            near_miss: CLIENT,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a service model with a phase that never ends",
            code: RuleCode::DOCUMENT_INVALID_SPEC,
            pointer: "/phases/0/length/max_months",
            breaking: Some(SPEC_OVER_LONG),
            near_miss: SPEC,
            max_document_bytes: None,
        },
        DocumentCase {
            name: "a client record holding another client's path",
            code: RuleCode::DOCUMENT_CLIENT_MISMATCH,
            pointer: "/paths/0/client",
            breaking: Some(
                r#"{"document": "client_record", "schema_version": 1,
  "client": {"document": "client", "schema_version": 1, "id": "fixture-001", "labour_market_status": "student"},
  "paths": [{"document": "service_path", "schema_version": 1, "client": "fixture-002", "enrolments": []}]}"#,
            ),
            near_miss: r#"{"document": "client_record", "schema_version": 1,
  "client": {"document": "client", "schema_version": 1, "id": "fixture-001", "labour_market_status": "student"},
  "paths": [{"document": "service_path", "schema_version": 1, "client": "fixture-001", "enrolments": []}]}"#,
            max_document_bytes: None,
        },
    ]
}

/// The smallest usable spec: one phase of three months.
const SPEC: &str = r#"{"document": "service_model", "schema_version": 1, "id": "tiny",
  "name": {"fi": "Pieni", "sv": "Liten", "en": "Tiny"}, "source": "test",
  "phases": [{"id": "only", "name": {"fi": "Ainoa", "sv": "Enda", "en": "Only"},
              "length": {"min_months": 3, "max_months": 3}}]}"#;

/// The same spec with a phase of 1201 months, one more than the crate accepts.
const SPEC_OVER_LONG: &str = r#"{"document": "service_model", "schema_version": 1, "id": "tiny",
  "name": {"fi": "Pieni", "sv": "Liten", "en": "Tiny"}, "source": "test",
  "phases": [{"id": "only", "name": {"fi": "Ainoa", "sv": "Enda", "en": "Only"},
              "length": {"min_months": 3, "max_months": 1201}}]}"#;
