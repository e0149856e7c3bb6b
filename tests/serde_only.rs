//! What the JSON Schemas cannot state: documents of the schema's shape that the crate
//! refuses, because a rule runs across fields or documents (or a personal identity code
//! hides in a free form). Each is listed here with its reason; the schema accepts it
//! (checked), the crate refuses it with the code named, and over HTTP it is `422`, not
//! `400` (tests/http_contract.rs). Everything else the schemas accept, the crate reads.

use serde_json::Value;
use tyokyky::document::{Document, read_value};
use tyokyky::instrument::InstrumentResult;
use tyokyky::{RuleCode, ValidationLimits};

fn validator(file: &str) -> jsonschema::Validator {
    let path = format!("{}/schemas/{file}", env!("CARGO_MANIFEST_DIR"));
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("schema")).expect("json");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("compiles")
}

/// The schema accepts `json`; the crate refuses it with `code`.
fn schema_only_shape(file: &str, json: &str, code: RuleCode) {
    let value: Value = serde_json::from_str(json).expect("test JSON");
    let errors: Vec<String> = validator(file)
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{file} refuses it: {errors:?}");
    let refused = if file == "instrument_result.schema.json" {
        read_value::<InstrumentResult>(json.as_bytes(), &ValidationLimits::default())
            .err()
            .map(|error| error.report().clone())
    } else {
        Document::from_slice(json.as_bytes())
            .err()
            .map(|error| error.report().clone())
    };
    let report = refused.expect("the crate refuses it");
    assert!(
        report.with_code(code).next().is_some(),
        "{code} not among {:?}",
        report.iter().map(|f| f.code()).collect::<Vec<_>>()
    );
}

const CLIENT: &str = r#"{"document": "client", "schema_version": 1, "id": "demo-1", "labour_market_status": "student"}"#;

#[test]
fn a_kykyviisari_area_off_the_declared_scale() {
    schema_only_shape(
        "instrument_result.schema.json",
        r#"{"type": "kykyviisari", "result": {"work_ability": 7, "scale": {"min": 0, "max": 1},
            "areas": {"mental_wellbeing": 0, "social_inclusion": 5, "physical_functioning": 0,
                      "skills": 0, "everyday_fluency": 0}}}"#,
        RuleCode::DOCUMENT_INVALID_VALUE,
    );
}

#[test]
fn a_kykyviisari_scale_whose_minimum_is_not_below_its_maximum() {
    schema_only_shape(
        "instrument_result.schema.json",
        r#"{"type": "kykyviisari", "result": {"work_ability": 7, "scale": {"min": 0, "max": 0},
            "areas": {"mental_wellbeing": 0, "social_inclusion": 0, "physical_functioning": 0,
                      "skills": 0, "everyday_fluency": 0}}}"#,
        RuleCode::DOCUMENT_INVALID_VALUE,
    );
}

const PHASE: &str = r#"{"id": "only", "name": {"fi": "Ainoa", "sv": "Enda", "en": "Only"},
    "length": {"min_months": 3, "max_months": 3}"#;

#[test]
fn a_phase_naming_a_phase_the_model_lacks() {
    let json = format!(
        r#"{{"document": "service_model", "schema_version": 1, "id": "tiny",
        "name": {{"fi": "Pieni", "sv": "Liten", "en": "Tiny"}}, "source": "test",
        "phases": [{PHASE}, "next": ["elsewhere"]}}]}}"#
    );
    schema_only_shape(
        "service_model.schema.json",
        &json,
        RuleCode::DOCUMENT_INVALID_SPEC,
    );
}

#[test]
fn two_phases_with_one_id() {
    let json = format!(
        r#"{{"document": "service_model", "schema_version": 1, "id": "tiny",
        "name": {{"fi": "Pieni", "sv": "Liten", "en": "Tiny"}}, "source": "test",
        "phases": [{PHASE}}}, {PHASE}}}]}}"#
    );
    schema_only_shape(
        "service_model.schema.json",
        &json,
        RuleCode::DOCUMENT_INVALID_SPEC,
    );
}

#[test]
fn a_client_record_holding_another_clients_path() {
    let json = format!(
        r#"{{"document": "client_record", "schema_version": 1, "client": {CLIENT},
        "paths": [{{"document": "service_path", "schema_version": 1, "client": "demo-2", "enrolments": []}}]}}"#
    );
    schema_only_shape(
        "client_record.schema.json",
        &json,
        RuleCode::DOCUMENT_CLIENT_MISMATCH,
    );
}

#[test]
fn an_id_holding_a_personal_identity_code() {
    schema_only_shape(
        "client.schema.json",
        r#"{"document": "client", "schema_version": 1, "id": "131052-308T", "labour_market_status": "student"}"#,
        RuleCode::DOCUMENT_INVALID_VALUE,
    );
}

#[test]
fn an_identity_code_whose_check_character_does_not_match() {
    schema_only_shape(
        "client.schema.json",
        r#"{"document": "client", "schema_version": 1, "id": "demo-1", "identity_code": "131052-308A",
            "labour_market_status": "student"}"#,
        RuleCode::DOCUMENT_INVALID_VALUE,
    );
}

#[test]
fn an_unemployment_spell_ending_before_it_starts() {
    schema_only_shape(
        "client.schema.json",
        r#"{"document": "client", "schema_version": 1, "id": "demo-1", "labour_market_status": "unemployed_jobseeker",
            "unemployment_spells": [{"start": "2024-06-01", "end": "2024-05-01"}]}"#,
        RuleCode::DOCUMENT_INVALID_VALUE,
    );
}

#[test]
fn a_model_with_no_phase_is_refused_by_the_schema_too() {
    let json: Value = serde_json::from_str(
        r#"{"document": "service_model", "schema_version": 1, "id": "tiny",
        "name": {"fi": "Pieni", "sv": "Liten", "en": "Tiny"}, "source": "test", "phases": []}"#,
    )
    .expect("json");
    assert!(!validator("service_model.schema.json").is_valid(&json));
}

#[test]
fn a_parameter_list_nested_past_the_parsers_depth() {
    // A report read back: a list parameter inside a list, 130 deep. The schema allows any
    // depth; serde_json stops at 128 levels, so such a report is refused on reading.
    let mut value = r#"{"type": "integer", "value": 1}"#.to_owned();
    for _ in 0..130 {
        value = format!(r#"{{"type": "list", "items": [{value}]}}"#);
    }
    let json = format!(
        r#"{{"schema_version": 1, "findings": [{{"code": "report.truncated", "severity": "info", "path": "",
            "params": {{"rule": {value}, "left_out": {{"type": "integer", "value": 1}}, "max": {{"type": "integer", "value": 1}}}},
            "message": {{"en": "x"}}}}]}}"#
    );
    // Built as a value, since the parser itself would stop at the depth.
    let mut param = serde_json::json!({"type": "integer", "value": 1});
    for _ in 0..130 {
        param = serde_json::json!({"type": "list", "items": [param]});
    }
    let parsed = serde_json::json!({"schema_version": 1, "findings": [{"code": "report.truncated",
        "severity": "info", "path": "", "params": {"rule": param,
        "left_out": {"type": "integer", "value": 1}, "max": {"type": "integer", "value": 1}},
        "message": {"en": "x"}}]});
    let errors: Vec<String> = validator("report.schema.json")
        .iter_errors(&parsed)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(serde_json::from_str::<tyokyky::Report>(&json).is_err());
}
