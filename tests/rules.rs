//! Every rule has an entry in the violation table (`tyokyky::strategies::violations`):
//! a clean document broken so that it raises exactly that rule at an exact JSON Pointer,
//! and a near miss that keeps to the rule. The same table drives
//! `strategies::path_violating`, so the property below runs it at other dates too.

use std::collections::BTreeSet;

use proptest::prelude::*;
use tyokyky::ValidationOptions;
use tyokyky::strategies::violations::{clean_fixtures, violation_cases};
use tyokyky::strategies::{ViolatingDocument, path_violating};
use tyokyky::{Lang, RuleCode, Severity};

#[test]
fn every_rule_has_a_case() {
    let unique: BTreeSet<RuleCode> = violation_cases().iter().map(|case| case.code).collect();
    // The request.* rules refuse an HTTP request, not a document: tests/http_contract.rs
    // breaks each over HTTP.
    for code in RuleCode::ALL
        .iter()
        .filter(|code| !code.as_str().starts_with("request."))
    {
        assert!(
            unique.contains(code),
            "{code} has no case in the violation table"
        );
    }
}

#[test]
fn every_clean_fixture_is_clean() {
    for fixture in clean_fixtures() {
        let report = fixture.validate();
        assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    }
}

#[test]
fn each_case_breaks_exactly_its_rule_at_its_pointer() {
    for case in violation_cases() {
        let violation = case.breaking();
        let report = violation.validate();
        let hits: Vec<&str> = report
            .with_code(case.code)
            .map(|finding| finding.path().as_str())
            .collect();
        assert_eq!(
            hits,
            vec![case.pointer],
            "{}:\n{}",
            case.name,
            report.to_text(Lang::En)
        );
        let others: BTreeSet<RuleCode> = report
            .iter()
            .filter(|finding| finding.severity() != Severity::Info && finding.code() != case.code)
            .map(|finding| finding.code())
            .collect();
        assert!(
            others.is_empty(),
            "{}: also broke {others:?}\n{}",
            case.name,
            report.to_text(Lang::En)
        );
        // The breaking document is also valid JSON of the format.
        if let ViolatingDocument::Path(path) = &violation.document {
            let json = serde_json::to_string(path).expect("serialize");
            let back: tyokyky::ServicePath = serde_json::from_str(&json).expect("deserialize");
            assert_eq!(&back, path, "{}", case.name);
        }
    }
}

#[test]
fn each_near_miss_keeps_to_its_rule() {
    for case in violation_cases() {
        let report = case.near_miss().validate();
        assert_eq!(
            report.with_code(case.code).count(),
            0,
            "{}:\n{}",
            case.name,
            report.to_text(Lang::En)
        );
        assert!(
            !report.has_errors(),
            "{}:\n{}",
            case.name,
            report.to_text(Lang::En)
        );
    }
}

/// A finding takes its rule's default severity, except the rules that compare with a
/// model's own number or a law's figure: a warning for the model's own, an error for the
/// law's (their catalogue entries say so).
#[test]
fn findings_take_their_rules_default_severity() {
    const RAISED_BY_LAW: [RuleCode; 3] = [
        RuleCode::PATH_PHASE_TOO_LONG,
        RuleCode::PATH_CADENCE_EXCEEDED,
        RuleCode::PATH_CONTACT_TOO_SHORT,
    ];
    for code in RAISED_BY_LAW {
        assert_eq!(code.info().default_severity, Severity::Warning, "{code}");
        assert!(code.info().severity_reason.contains("law"), "{code}");
    }
    for case in violation_cases() {
        let violation = case.breaking();
        // The default models take figures from the law only for rehabilitative work
        // activity (189/2001); the others' lengths and rhythms are their sources' practice.
        let law_model = match &violation.document {
            ViolatingDocument::Path(path) | ViolatingDocument::PathWithClient(path, _) => path
                .enrolments
                .iter()
                .any(|e| e.model.as_str() == "rehabilitative_work_activity"),
            _ => false,
        };
        let report = violation.validate();
        for finding in report.with_code(case.code) {
            let expected = if RAISED_BY_LAW.contains(&case.code) && law_model {
                Severity::Error
            } else {
                case.code.info().default_severity
            };
            assert_eq!(finding.severity(), expected, "{}", case.name);
        }
    }
}

/// Every rule's message, rendered from its violating case, reads as the language it is
/// in: no placeholder left, no snake_case id, and in Finnish and Swedish no English label
/// of a term the finding carries.
#[test]
fn every_message_reads_in_every_language() {
    let english_labels: Vec<String> = tyokyky::registry::all_vocabularies()
        .into_iter()
        .flat_map(|vocabulary| vocabulary.values)
        .filter(|value| value.en != value.fi && value.en != value.sv)
        .map(|value| value.en)
        .filter(|label| label.len() > 4)
        .collect();
    for case in violation_cases() {
        let report = case.breaking().validate();
        let finding = report
            .with_code(case.code)
            .next()
            .expect("the case breaks its rule");
        for lang in Lang::ALL {
            let message = finding.message(lang);
            assert!(!message.contains('{'), "{} {lang:?}: {message}", case.code);
            // Identifiers the document itself wrote stand in quotation marks: leave them out.
            let message: String = message
                .split('”')
                .enumerate()
                .filter(|(index, _)| index % 2 == 0)
                .map(|(_, part)| part)
                .collect();
            let raw_id = message
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|word| {
                    word.contains('_') && word.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                });
            assert!(!raw_id, "{} {lang:?} shows a raw id: {message}", case.code);
            if lang != Lang::En {
                for label in &english_labels {
                    assert!(
                        !message.contains(label.as_str()),
                        "{} {lang:?} shows the English label {label:?}: {message}",
                        case.code
                    );
                }
                assert_no_english_word(&message, &format!("{} {lang:?}", case.code));
            }
        }
    }
}

/// Words of serde's and the crate's English that once leaked into Finnish and Swedish
/// messages.
const ENGLISH_WORDS: [&str; 14] = [
    "expected", "invalid", "type", "string", "integer", "variant", "sequence", "requires",
    "themes", "months", "week", "unknown", "index", "cents",
];

fn assert_no_english_word(message: &str, what: &str) {
    let lower = message.to_lowercase();
    for word in lower.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            !ENGLISH_WORDS.contains(&word),
            "{what} has the English word {word:?}: {message}"
        );
    }
}

/// The documents that cannot be read, from the hostile corpus: their findings read in
/// Finnish and Swedish without serde's English.
#[test]
fn unreadable_documents_are_explained_in_every_language() {
    use tyokyky::document::validate_json;
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let models = tyokyky::ServiceModels::defaults();
    let limits = tyokyky::rules::ValidationLimits::default();
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 6, 30).expect("date");
    let mut read = 0;
    for kind in ["client", "service_path", "service_model"] {
        let folder = root.join(kind).join("invalid");
        for entry in std::fs::read_dir(&folder).expect("corpus").flatten() {
            let bytes = std::fs::read(entry.path()).expect("read");
            let report = validate_json(
                &bytes,
                &ValidationOptions::new(&models).with_limits(limits),
                as_of,
            );
            for finding in report.iter() {
                for lang in [Lang::Fi, Lang::Sv] {
                    let message = finding.message(lang);
                    // Identifiers as written stand in quotation marks: leave them out.
                    let message: String = message
                        .split('”')
                        .enumerate()
                        .filter(|(index, _)| index % 2 == 0)
                        .map(|(_, part)| part)
                        .collect();
                    assert_no_english_word(
                        &message,
                        &format!("{} {} {lang:?}", entry.path().display(), finding.code()),
                    );
                }
                read += 1;
            }
        }
    }
    assert!(read >= 20, "only {read} findings read");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The strategy moves each case in time and renames the client; it still breaks
    /// exactly its rule at the same pointer.
    #[test]
    fn moved_cases_break_the_same_rule_at_the_same_pointer(
        index in 0usize..1000,
        violation in (0usize..1000).prop_flat_map(|i| {
            let cases = violation_cases();
            path_violating(cases[i % cases.len()].code)
        }),
    ) {
        let _ = index;
        let case = violation_cases().into_iter().find(|case| case.code == violation.code).expect("case");
        let report = violation.validate();
        let hits: Vec<&str> = report.with_code(case.code).map(|f| f.path().as_str()).collect();
        prop_assert_eq!(hits, vec![case.pointer], "{}", report.to_text(Lang::En));
        prop_assert!(report.iter().all(|f| f.severity() == Severity::Info || f.code() == case.code),
            "{}", report.to_text(Lang::En));
    }
}

#[test]
fn a_report_in_one_language_reads_back_equal() {
    for case in violation_cases() {
        let report = case.breaking().validate();
        for lang in Lang::ALL {
            let json = serde_json::to_string(&report.in_language(lang)).expect("serialize");
            let back: tyokyky::Report = serde_json::from_str(&json).expect("deserialize");
            assert_eq!(back, report, "{}", case.name);
            let value: serde_json::Value = serde_json::from_str(&json).expect("json");
            for finding in value["findings"].as_array().expect("findings") {
                let message = finding["message"].as_object().expect("message");
                assert_eq!(
                    message.keys().collect::<Vec<_>>(),
                    [lang.code()],
                    "{}",
                    case.name
                );
            }
        }
    }
}
