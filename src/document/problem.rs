//! Documents that cannot be read: the `document.*` rules, and how a parser's error becomes
//! one of their findings without repeating what the caller sent.
//!
//! serde's messages quote the value they could not read (``unknown variant `131052-308T` ``).
//! A finding keeps only what describes the *type*: the kind of problem, the field the
//! crate expects, the values it accepts. The caller's text is dropped, and what remains
//! passes through [`redact_passed_on`] (codes, and a code cut short at the end that what
//! follows could complete).

use serde_path_to_error::Segment;

use crate::document::value_problem::{MAX_DETAIL_CHARS, ValueProblem, classify};
use crate::format::{DocumentKind, SchemaVersion};
use crate::hetu_scan::redact_passed_on;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::{Finding, ParamValue};
use crate::rules::pointer::JsonPointer;

/// Where the document format is defined, for every structural rule.
const FORMAT: &str =
    "JSON (IETF RFC 8259) and the crate's JSON Schemas (draft 2020-12) of each document kind";

rules! {
    /// The bytes are not JSON: a syntax error, an early end, trailing characters or
    /// nesting deeper than the parser allows.
    DOCUMENT_MALFORMED_JSON => MalformedJson {
        code: "document.malformed_json",
        severity: Error because "structural: the document cannot be read at all",
        source: FORMAT,
        parameters: [],
        params: { line: usize, column: usize },
        title: ["Virheellinen JSON", "Felaktig JSON", "Malformed JSON"],
        message: [
            "Asiakirja ei ole kelvollista JSONia (rivi {line}, sarake {column}).",
            "Dokumentet är inte giltig JSON (rad {line}, kolumn {column}).",
            "The document is not valid JSON (line {line}, column {column}).",
        ],
    }

    /// The document could not be read from its source (an I/O error of the reader).
    DOCUMENT_UNREADABLE => Unreadable {
        code: "document.unreadable",
        severity: Error because "structural: the document cannot be read at all",
        source: FORMAT,
        parameters: [],
        params: {},
        title: ["Asiakirjaa ei voi lukea", "Dokumentet kan inte läsas", "Document unreadable"],
        message: [
            "Asiakirjan lukeminen keskeytyi.",
            "Läsningen av dokumentet avbröts.",
            "Reading the document failed.",
        ],
    }

    /// The document is larger than the limit the caller set.
    DOCUMENT_TOO_LARGE => TooLarge {
        code: "document.too_large",
        severity: Error because "structural: the document is refused before any work is done",
        source: "limit of this crate: ValidationLimits::max_document_bytes",
        parameters: [MAX_DOCUMENT_BYTES],
        params: { max: usize },
        title: ["Asiakirja liian suuri", "Dokumentet för stort", "Document too large"],
        message: [
            "Asiakirja on suurempi kuin {max} tavua.",
            "Dokumentet är större än {max} byte.",
            "The document is larger than {max} bytes.",
        ],
    }

    /// The document has no `"document"` field naming its kind.
    DOCUMENT_MISSING_KIND => MissingKind {
        code: "document.missing_kind",
        severity: Error because "structural: without its kind the document cannot be read as any type",
        source: FORMAT,
        parameters: [],
        params: { kinds: ParamValue },
        title: ["Asiakirjan laji puuttuu", "Dokumentets typ saknas", "Document kind missing"],
        message: [
            "Asiakirjasta puuttuu kenttä ”document”, jonka arvo on jokin näistä: {kinds}.",
            "Dokumentet saknar fältet ”document” med ett av värdena {kinds}.",
            "The document has no \"document\" field; it must be one of {kinds}.",
        ],
    }

    /// The `"document"` field names no kind the crate reads.
    DOCUMENT_UNKNOWN_KIND => UnknownKind {
        code: "document.unknown_kind",
        severity: Error because "structural: the document cannot be read as any type",
        source: FORMAT,
        parameters: [],
        params: { kinds: ParamValue },
        title: ["Tuntematon asiakirjan laji", "Okänd dokumenttyp", "Unknown document kind"],
        message: [
            "Kentän ”document” arvo ei ole mikään näistä: {kinds}.",
            "Fältet ”document” har inget av värdena {kinds}.",
            "The \"document\" field is not one of {kinds}.",
        ],
    }

    /// The document is of another version of the format.
    DOCUMENT_UNSUPPORTED_VERSION => UnsupportedVersion {
        code: "document.unsupported_version",
        severity: Error because "structural: a document of another format version would be misread",
        source: FORMAT,
        parameters: [],
        params: { supported: u32 },
        title: ["Tukematon versio", "Version stöds inte", "Unsupported version"],
        message: [
            "Asiakirjan muotoversio ei ole {supported}, ainoa, jonka tämä ohjelma lukee.",
            "Dokumentets formatversion är inte {supported}, den enda som programmet läser.",
            "The document's format version is not {supported}, the only one this program reads.",
        ],
    }

    /// An object has a field its type does not have.
    DOCUMENT_UNKNOWN_FIELD => UnknownField {
        code: "document.unknown_field",
        severity: Error because "structural: an unknown field is refused rather than silently dropped",
        source: FORMAT,
        parameters: [],
        params: { field: ParamValue, line: usize, column: usize },
        title: ["Tuntematon kenttä", "Okänt fält", "Unknown field"],
        message: [
            "Tuntematon kenttä {field} (rivi {line}, sarake {column}).",
            "Okänt fält {field} (rad {line}, kolumn {column}).",
            "Unknown field {field} (line {line}, column {column}).",
        ],
    }

    /// An object lacks a field its type requires.
    DOCUMENT_MISSING_FIELD => MissingField {
        code: "document.missing_field",
        severity: Error because "structural: a required field is missing",
        source: FORMAT,
        parameters: [],
        params: { field: ParamValue, line: usize, column: usize },
        title: ["Pakollinen kenttä puuttuu", "Obligatoriskt fält saknas", "Missing field"],
        message: [
            "Pakollinen kenttä {field} puuttuu (rivi {line}, sarake {column}).",
            "Det obligatoriska fältet {field} saknas (rad {line}, kolumn {column}).",
            "The required field {field} is missing (line {line}, column {column}).",
        ],
    }

    /// A value of the wrong type or outside what its type accepts.
    DOCUMENT_INVALID_VALUE => InvalidValue {
        code: "document.invalid_value",
        severity: Error because "structural: the value cannot exist in the record",
        source: FORMAT,
        parameters: [],
        params: { problem: ParamValue, expected: ParamValue, line: usize, column: usize },
        title: ["Virheellinen arvo", "Ogiltigt värde", "Invalid value"],
        message: [
            "Arvo ei kelpaa: {problem}; odotettiin: {expected} (rivi {line}, sarake {column}).",
            "Värdet är ogiltigt: {problem}; väntat: {expected} (rad {line}, kolumn {column}).",
            "Invalid value: {problem}; expected {expected} (line {line}, column {column}).",
        ],
    }

    /// A client record holds a path of another client: the record's rules would judge one
    /// person's path by another's situation.
    DOCUMENT_CLIENT_MISMATCH => ClientMismatch {
        code: "document.client_mismatch",
        severity: Error because "structural: a path can be judged only with its own client",
        source: FORMAT,
        parameters: [],
        params: {},
        title: ["Polku on toisen asiakkaan", "Stigen hör till en annan klient", "Path of another client"],
        message: [
            "Palvelupolku kuuluu toiselle asiakkaalle kuin asiakastieto, jonka osana se on.",
            "Servicestigen hör till en annan klient än den klientuppgift den ingår i.",
            "The service path belongs to another client than the client record it is part of.",
        ],
    }

    /// A service model spec that reads but cannot be applied (see
    /// [`ServiceModelSpec::check`](crate::ServiceModelSpec::check)).
    DOCUMENT_INVALID_SPEC => InvalidSpec {
        code: "document.invalid_spec",
        severity: Error because "structural: a spec that cannot be applied would make every check on it meaningless",
        source: FORMAT,
        parameters: [],
        params: { detail: ParamValue },
        title: ["Mallikuvaus ei kelpaa", "Modellbeskrivningen är ogiltig", "Invalid service model spec"],
        message: [
            "Palvelumallin kuvausta ei voi käyttää: {detail}.",
            "Tjänstemodellens beskrivning kan inte användas: {detail}.",
            "The service model spec cannot be applied: {detail}.",
        ],
    }
}

/// The kinds the crate reads, as a finding parameter.
pub(crate) fn kinds() -> ParamValue {
    ParamValue::List {
        items: DocumentKind::ALL
            .into_iter()
            .map(|kind| ParamValue::key(kind.as_str()))
            .collect(),
    }
}

/// The longest list of a field's options a finding keeps (every list of the crate's
/// enumerations is far shorter).
const MAX_OPTIONS_CHARS: usize = 4000;

/// The finding for a failed typed parse.
pub(crate) fn from_serde(error: &serde_path_to_error::Error<serde_json::Error>) -> Finding {
    let inner = error.inner();
    let pointer = pointer_of(error.path());
    let (line, column) = (inner.line(), inner.column());
    if !matches!(inner.classify(), serde_json::error::Category::Data) {
        return MalformedJson { line, column }.at(pointer);
    }
    let text = inner.to_string();
    // serde_json appends " at line L column C"; the numbers are parameters of their own.
    let message = text
        .rfind(" at line ")
        .map_or(text.as_str(), |end| &text[..end]);
    if message.starts_with("unsupported schema_version") {
        return UnsupportedVersion {
            supported: SchemaVersion::NUMBER,
        }
        .at(JsonPointer::root().field("schema_version"));
    }
    if let Some(name) = message.strip_prefix("unknown field ") {
        return UnknownField {
            field: ParamValue::key(quoted(name)),
            line,
            column,
        }
        .at(pointer);
    }
    if let Some(name) = message.strip_prefix("missing field ") {
        return MissingField {
            field: ParamValue::key(quoted(name)),
            line,
            column,
        }
        .at(pointer);
    }
    let (problem, expected) = described(message);
    InvalidValue {
        problem: ParamValue::term(problem),
        expected,
        line,
        column,
    }
    .at(pointer)
}

/// The text between the first pair of backticks, redacted and bounded.
fn quoted(text: &str) -> String {
    let inner = text
        .strip_prefix('`')
        .and_then(|rest| rest.split('`').next())
        .unwrap_or("");
    bounded(&redact_passed_on(inner))
}

/// What a data error says about the type, without the value the caller sent: serde's
/// words up to the first quoted value, then what was expected, both redacted and bounded,
/// as a problem and an expectation each language renders.
fn described(message: &str) -> (ValueProblem, ParamValue) {
    // The last ", expected ": serde writes the caller's value before it (a string in
    // quotes, a variant in backticks, neither escaping the words), so a value that holds
    // the words itself must not move the cut into it (the fuzzer sent a string reading
    // `, expected 111222222`, and the part after the first cut was the caller's).
    let (found, expected) = match message.rsplit_once(", expected ") {
        Some((found, expected)) => (found, Some(expected)),
        None => (message, None),
    };
    // serde's own messages quote the caller's value: keep the words before it. A type's
    // own check (a custom message) is the crate's words, which name a position or a count
    // but never the value: keep all of it, so its advice is not cut.
    let serdes_own = [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
    ]
    .iter()
    .any(|prefix| found.starts_with(prefix));
    let kept = if serdes_own {
        found
            .split(['`', '"', '\''])
            .next()
            .unwrap_or("")
            .trim_end_matches([' ', ':', ','])
    } else {
        // The crate's own messages end a value they quote with ", got …": cut it.
        found.split(", got ").next().unwrap_or(found)
    };
    let kept = bounded(&redact_passed_on(kept));
    // The options of a field are the crate's own words: a list of all of them is kept
    // whole (the parser's text is bounded only to keep a hostile one short).
    let expected = expected.map(|expected| {
        redact_passed_on(match expected.char_indices().nth(MAX_OPTIONS_CHARS) {
            Some((end, _)) => &expected[..end],
            None => expected,
        })
    });
    classify(&kept, expected.as_deref())
}

fn bounded(text: &str) -> String {
    match text.char_indices().nth(MAX_DETAIL_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The JSON Pointer of a parser's path; a map key the caller chose is redacted, and so
/// is a key whose escaped form reads as a code (`~` is written `~0`, so `~11111e1111`
/// becomes `~011111e1111` in the pointer).
fn pointer_of(path: &serde_path_to_error::Path) -> JsonPointer {
    let mut pointer = JsonPointer::root();
    for segment in path.iter() {
        let key = match segment {
            Segment::Seq { index } => {
                pointer = pointer.index(*index);
                continue;
            }
            Segment::Map { key } => key,
            Segment::Enum { variant } => variant,
            Segment::Unknown => break,
        };
        let redacted = pointer.clone().field(&redact_passed_on(key));
        pointer = if crate::hetu_scan::contains_identity_code(redacted.as_str()) {
            pointer.field("***")
        } else {
            redacted
        };
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(value: &ParamValue) -> String {
        let mut out = String::new();
        value.render(crate::i18n::Lang::En, &mut out);
        out
    }

    #[test]
    fn a_data_error_keeps_the_type_and_drops_the_value() {
        let (problem, expected) = described("unknown variant `131052-308T`, expected `a` or `b`");
        assert_eq!(problem, ValueProblem::UnknownOption);
        assert_eq!(english(&expected), "”a” and ”b”");
        let (problem, expected) = described("invalid type: string \"Matti\", expected u32");
        assert_eq!(problem, ValueProblem::WrongType);
        assert_eq!(english(&expected), "a whole number of 0 or more");
        let (problem, expected) = described("invalid value: string 'Matti'");
        assert_eq!(problem, ValueProblem::OutOfRange);
        assert!(!english(&expected).contains("Matti"));
        // A type's own message is kept whole: its advice after a quote is not cut.
        let (problem, expected) = described(
            "character 2 of an id is not allowed; allowed are ASCII letters, digits, '.', '_', ':' and '-'",
        );
        assert_eq!(problem, ValueProblem::Refused);
        assert!(
            english(&expected).ends_with("':' and '-'"),
            "{}",
            english(&expected)
        );
        let (_, expected) = described("bad 131052-308T here, expected 131052-308T");
        assert!(
            !english(&expected).contains("131052"),
            "{}",
            english(&expected)
        );
    }

    #[test]
    fn a_key_whose_escaped_form_reads_as_a_code_is_redacted() {
        // Found by the fuzzer: "~" is escaped "~0", which with the digits after it made a
        // code in the pointer though not in the key.
        let json = r#"{"a~11111e1111": 1}"#;
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let error =
            serde_path_to_error::deserialize::<_, std::collections::BTreeMap<String, String>>(
                &mut deserializer,
            )
            .expect_err("not a string");
        let pointer = pointer_of(error.path());
        assert!(
            !crate::hetu_scan::contains_identity_code(pointer.as_str()),
            "{pointer}"
        );
        assert_eq!(pointer.as_str(), "/***");
    }

    #[test]
    fn a_quoted_name_is_redacted_and_bounded() {
        assert_eq!(quoted("`131052-308T`, expected one of"), "***********");
        assert_eq!(quoted("`severity`"), "severity");
        assert_eq!(quoted("no backticks"), "");
        let long = format!("`{}`", "x".repeat(1000));
        assert_eq!(quoted(&long).chars().count(), MAX_DETAIL_CHARS + 1);
    }
}
