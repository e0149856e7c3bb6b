//! Documents in, one report out: reading any JSON document the crate takes, and validating
//! it in one call.
//!
//! Every input document names its kind and format version first:
//!
//! ```json
//! {"document": "service_path", "schema_version": 1, "client": "demo-1", …}
//! ```
//!
//! [`Document::from_slice`] reads the kind, then parses the matching type. A document that
//! cannot be read is not an `Err` of serde's text but a [`DocumentError`] holding findings
//! with stable codes (`document.malformed_json`, `document.unknown_field`,
//! `document.missing_field`, `document.invalid_value`, `document.unsupported_version`,
//! `document.missing_kind`, `document.unknown_kind`, `document.too_large`,
//! `document.invalid_spec`), the JSON Pointer of the offending value, the line and the
//! column, and messages in Finnish, Swedish and English. They go in a [`Report`] like any
//! other finding, so a service has one error envelope.
//!
//! An event or instrument result whose `"type"` comes first (as the crate writes it) is
//! read field by field, so a problem inside it points at the field
//! (`/enrolments/0/events/3/minutes`). When the tag comes later, serde reads the value
//! whole before its fields, so the pointer stops at the value.
//!
//! The value the parser could not read is never repeated: a personal identity code typed
//! in the wrong field does not come back in a finding, a message or a pointer.
//!
//! ```
//! use chrono::NaiveDate;
//! use tyokyky::document::validate_json;
//! use tyokyky::{Lang, RuleCode, ValidationOptions};
//!
//! let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
//! let json = br#"{"document": "client", "schema_version": 1, "id": "demo-1",
//!                 "labour_market_status": "unemployed_jobseker"}"#;
//! let report = validate_json(json, &ValidationOptions::default(), as_of);
//! let finding = report.with_code(RuleCode::DOCUMENT_INVALID_VALUE).next().ok_or("finding")?;
//! assert_eq!(finding.path().as_str(), "/labour_market_status");
//! println!("{}", finding.message(Lang::Fi));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod client_record;
mod error;
mod probe;
pub(crate) mod problem;
pub mod value_problem;

use std::io::Read;

use chrono::NaiveDate;

use crate::format::{DocumentKind, SchemaVersion};

pub use self::client_record::ClientRecord;
pub use self::error::DocumentError;
use self::error::TypedError;
use self::probe::{Probe, Tag};
use self::problem::{
    InvalidSpec, MissingKind, TooLarge, UnknownKind, Unreadable, UnsupportedVersion,
};
use crate::client::Client;
use crate::hetu_scan::redact_identity_codes;

use crate::lenient::Lenient;
use crate::rules::declare::RuleParams;
use crate::rules::finding::{ParamValue, Report};
use crate::rules::options::ValidationOptions;
use crate::rules::pointer::JsonPointer;
use crate::rules::report::ValidationLimits;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_spec::ServiceModelSpec;

/// Any document the crate reads, by its `"document"` field.
///
/// ```
/// use tyokyky::{Document, DocumentKind};
///
/// let document = Document::from_json(r#"{"document": "client", "schema_version": 1, "id": "demo-1", "labour_market_status": "student"}"#)?;
/// assert_eq!(document.kind(), DocumentKind::Client);
/// assert!(matches!(document, Document::Client(_)));
/// # Ok::<(), tyokyky::DocumentError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Document {
    /// `"document": "client"`.
    Client(Client),
    /// `"document": "service_path"`.
    ServicePath(ServicePath),
    /// `"document": "service_model"`, checked as
    /// [`ServiceModelSpec::check`](crate::ServiceModelSpec::check) does.
    ServiceModel(ServiceModelSpec),
    /// `"document": "client_record"`: a client with their paths (and model specs, each
    /// checked as a `service_model` is; every path must name the record's client).
    ClientRecord(ClientRecord),
}

impl Document {
    /// Reads a document from JSON text, within the default [`ValidationLimits`].
    pub fn from_json(text: &str) -> Result<Document, DocumentError> {
        Document::from_slice(text.as_bytes())
    }

    /// Reads a document from JSON bytes, within the default [`ValidationLimits`].
    ///
    /// ```
    /// use tyokyky::document::Document;
    /// use tyokyky::DocumentKind;
    ///
    /// let json = br#"{"document": "service_path", "schema_version": 1, "client": "demo-1", "enrolments": []}"#;
    /// let document = Document::from_slice(json)?;
    /// assert_eq!(document.kind(), DocumentKind::ServicePath);
    ///
    /// let error = Document::from_slice(br#"{"schema_version": 1, "client": "demo-1"}"#)
    ///     .expect_err("no kind");
    /// assert_eq!(error.findings()[0].code().as_str(), "document.missing_kind");
    /// # Ok::<(), tyokyky::document::DocumentError>(())
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Document, DocumentError> {
        Document::from_slice_with(bytes, &ValidationLimits::default())
    }

    /// Reads a document from JSON bytes, refusing one over `limits.max_document_bytes`.
    pub fn from_slice_with(
        bytes: &[u8],
        limits: &ValidationLimits,
    ) -> Result<Document, DocumentError> {
        let bytes = without_byte_order_mark(bytes);
        if bytes.len() > limits.max_document_bytes {
            return Err(DocumentError::one(
                TooLarge {
                    max: limits.max_document_bytes,
                }
                .at(JsonPointer::root()),
            ));
        }
        let probe = Probe::of(bytes);
        if let Some(version) = probe.version
            && version != u64::from(SchemaVersion::NUMBER)
        {
            return Err(DocumentError::one(
                UnsupportedVersion {
                    supported: SchemaVersion::NUMBER,
                }
                .at(JsonPointer::root().field("schema_version")),
            ));
        }
        let kind = match probe.kind {
            Some(Tag::Known(kind)) => kind,
            Some(Tag::Unknown) => {
                return Err(DocumentError::one(
                    UnknownKind {
                        kinds: problem::kinds(),
                    }
                    .at(JsonPointer::root().field("document")),
                ));
            }
            None => {
                // Not even an object, or broken before the kind: the parse says where.
                let malformed = typed::<serde::de::IgnoredAny>(bytes).err();
                return Err(malformed.map_or_else(
                    || {
                        DocumentError::one(
                            MissingKind {
                                kinds: problem::kinds(),
                            }
                            .at(JsonPointer::root()),
                        )
                    },
                    DocumentError::from,
                ));
            }
        };
        match kind {
            DocumentKind::Client => Ok(Document::Client(typed(bytes)?)),
            DocumentKind::ServicePath => Ok(Document::ServicePath(typed(bytes)?)),
            DocumentKind::ServiceModel => {
                let UncheckedSpec(spec) = typed(bytes)?;
                match spec.check() {
                    Ok(()) => Ok(Document::ServiceModel(spec)),
                    Err(errors) => Err(DocumentError {
                        report: spec_findings(&errors, &JsonPointer::root()),
                    }),
                }
            }
            DocumentKind::ClientRecord => {
                let record: ClientRecord = typed(bytes)?;
                let mut report = Report::new();
                for (index, spec) in record.models.iter().enumerate() {
                    if let Err(errors) = spec.check() {
                        let base = JsonPointer::root().field("models").index(index);
                        report.extend(spec_findings(&errors, &base));
                    }
                }
                for (index, path) in record.paths.iter().enumerate() {
                    if path.client != record.client.id {
                        report.push(
                            problem::ClientMismatch {}.at(JsonPointer::root()
                                .field("paths")
                                .index(index)
                                .field("client")),
                        );
                    }
                }
                if report.is_empty() {
                    Ok(Document::ClientRecord(record))
                } else {
                    Err(DocumentError { report })
                }
            }
        }
    }

    /// Reads a document from `reader`, at most `limits.max_document_bytes` of it.
    pub fn from_reader<R: Read>(
        reader: R,
        limits: &ValidationLimits,
    ) -> Result<Document, DocumentError> {
        let mut bytes = Vec::new();
        let cap = u64::try_from(limits.max_document_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        if reader.take(cap).read_to_end(&mut bytes).is_err() {
            return Err(DocumentError::one(Unreadable {}.at(JsonPointer::root())));
        }
        Document::from_slice_with(&bytes, limits)
    }

    /// What kind of document this is.
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Client(_) => DocumentKind::Client,
            Document::ServicePath(_) => DocumentKind::ServicePath,
            Document::ServiceModel(_) => DocumentKind::ServiceModel,
            Document::ClientRecord(_) => DocumentKind::ClientRecord,
        }
    }

    /// Validates the document as of `as_of` with `options`: a client by its rules, a
    /// path against the models, a service model spec by its check (already passed when
    /// it was read, so its report is empty), a client record as
    /// [`ClientRecord::validate`] does.
    pub fn validate(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> Report {
        match self {
            Document::Client(client) => client.validate_with(options, as_of),
            Document::ServicePath(path) => path.validate_with(options, as_of),
            Document::ServiceModel(_) => Report::new(),
            Document::ClientRecord(record) => record.validate(options, as_of),
        }
    }
}

/// A document as read, with its report: what [`read_and_validate`] answers.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::{ValidationOptions, read_and_validate};
///
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
/// let validated = read_and_validate(b"{", &ValidationOptions::default(), as_of);
/// assert!(validated.document.is_none());
/// assert_eq!(validated.report.iter().next().ok_or("finding")?.code().as_str(), "document.malformed_json");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Validated {
    /// The document, when it could be read (`None` when the report says why not).
    pub document: Option<Document>,
    /// The findings of reading it, or of validating it.
    pub report: Report,
}

/// Reads and validates a JSON document in one parse, keeping the document: a service that
/// also wants the due list, or shows the record beside its findings, reads the bytes once.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::document::{Document, read_and_validate};
/// use tyokyky::ValidationOptions;
///
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
/// let options = ValidationOptions::default();
/// let json = br#"{"document": "service_path", "schema_version": 1, "client": "demo-1", "enrolments": []}"#;
/// let validated = read_and_validate(json, &options, as_of);
/// assert!(validated.report.is_empty());
/// if let Some(Document::ServicePath(path)) = &validated.document {
///     let due = path.due_with(&options, as_of);
///     assert!(due.items.is_empty());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_and_validate(
    bytes: &[u8],
    options: &ValidationOptions<'_>,
    as_of: NaiveDate,
) -> Validated {
    match Document::from_slice_with(bytes, &options.limits) {
        Ok(document) => Validated {
            report: document.validate(options, as_of),
            document: Some(document),
        },
        Err(error) => Validated {
            document: None,
            report: error.into_report(),
        },
    }
}

/// Parses and validates a JSON document in one call: the findings of a document that
/// cannot be read, or the findings of its validation.
///
/// The headline call of a service that receives JSON: the [`Report`] is the one answer,
/// whether the document was unreadable or broke a rule.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::{Lang, ValidationOptions, validate_json};
///
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
/// let json = br#"{"document": "client", "schema_version": 1, "id": "demo-1", "birth_date": "1999-02-30", "labour_market_status": "student"}"#;
/// let report = validate_json(json, &ValidationOptions::default(), as_of);
/// let finding = report.iter().next().ok_or("finding")?;
/// assert_eq!(finding.path().as_str(), "/birth_date");
/// println!("{}", report.to_text(Lang::Fi));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_json(bytes: &[u8], options: &ValidationOptions<'_>, as_of: NaiveDate) -> Report {
    match Document::from_slice_with(bytes, &options.limits) {
        Ok(document) => document.validate(options, as_of),
        Err(error) => error.into_report(),
    }
}

/// Reads any value the crate's types describe (an instrument result, a need profile, …)
/// from JSON bytes, with the same `document.*` findings as [`Document::from_slice_with`]:
/// for inputs that are parts of a document rather than documents with a kind.
///
/// ```
/// use tyokyky::document::read_value;
/// use tyokyky::instrument::InstrumentResult;
/// use tyokyky::rules::ValidationLimits;
///
/// let limits = ValidationLimits::default();
/// let was: InstrumentResult = read_value(br#"{"type": "was", "score": 6}"#, &limits)?;
/// assert_eq!(was.headline(), Some(6.0));
///
/// let error = read_value::<InstrumentResult>(br#"{"type": "was", "score": 11}"#, &limits)
///     .expect_err("out of range");
/// assert_eq!(error.findings()[0].code().as_str(), "document.invalid_value");
/// // The tag comes first, so the result is read field by field: the finding points at
/// // the field, with its line and column.
/// assert_eq!(error.findings()[0].path().as_str(), "/score");
/// assert!(error.to_string().contains("column"));
/// # Ok::<(), tyokyky::document::DocumentError>(())
/// ```
pub fn read_value<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    limits: &ValidationLimits,
) -> Result<T, DocumentError> {
    let bytes = without_byte_order_mark(bytes);
    if bytes.len() > limits.max_document_bytes {
        return Err(DocumentError::one(
            TooLarge {
                max: limits.max_document_bytes,
            }
            .at(JsonPointer::root()),
        ));
    }
    Ok(typed(bytes)?)
}

/// `bytes` without a leading UTF-8 byte-order mark, which some editors and Windows tools
/// write and RFC 8259 §8.1 lets a parser ignore.
fn without_byte_order_mark(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Whether `report` says its document could not be read (it holds a `document.*`
/// finding), so no rule of the record was checked: a service answers 4xx, a command line
/// exits with its "unreadable" status.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::{ValidationOptions, unreadable, validate_json};
///
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
/// let options = ValidationOptions::default();
/// assert!(unreadable(&validate_json(b"not json", &options, as_of)));
/// let path = br#"{"document": "service_path", "schema_version": 1, "client": "demo-1", "enrolments": []}"#;
/// assert!(!unreadable(&validate_json(path, &options, as_of)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn unreadable(report: &Report) -> bool {
    report
        .iter()
        .any(|finding| problem::RULES.contains(&finding.code()))
}

/// Parses `bytes` as `T` and checks that nothing follows. The fast parse runs first; only
/// a document that fails it is parsed again with the path tracked, for the pointer (path
/// tracking costs about half a parse, and most documents are well-formed).
fn typed<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, TypedError> {
    // First without tracking the path, which only an error needs; and from text checked
    // as UTF-8 once, in one pass over the whole input, so the reader need not check each
    // string again (it did: a sixth of a parse).
    if let Ok(text) = std::str::from_utf8(bytes) {
        let mut fast = serde_json::Deserializer::from_str(text);
        if let Ok(value) = T::deserialize(Lenient(&mut fast))
            && fast.end().is_ok()
        {
            return Ok(value);
        }
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize::<_, T>(Lenient(&mut deserializer))
        .map_err(|error| TypedError(Box::new(problem::from_serde(&error))))?;
    deserializer.end().map_err(|error| {
        let error =
            serde_path_to_error::Error::new(serde_path_to_error::Track::new().path(), error);
        TypedError(Box::new(problem::from_serde(&error)))
    })?;
    Ok(value)
}

/// A spec read without its check, so that each problem of the check becomes a finding.
struct UncheckedSpec(ServiceModelSpec);

impl<'de> serde::Deserialize<'de> for UncheckedSpec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ServiceModelSpec::deserialize_unchecked(deserializer).map(UncheckedSpec)
    }
}

/// The `document.invalid_spec` findings of a spec's check, under `base`.
fn spec_findings(errors: &crate::service::spec::check::SpecErrors, base: &JsonPointer) -> Report {
    errors
        .iter()
        .map(|error| {
            InvalidSpec {
                detail: spec_problem(error.problem()),
            }
            .at(error.pointer().under(base))
        })
        .collect()
}

/// A spec's problem in each language, anything that reads as an identity code redacted.
fn spec_problem(problem: &crate::service::spec::check::SpecProblem) -> ParamValue {
    let text = problem.text();
    ParamValue::name(
        "spec_problem",
        &crate::i18n::LocalizedText::new(
            redact_identity_codes(&text.fi),
            redact_identity_codes(&text.sv),
            redact_identity_codes(&text.en),
        ),
    )
}
