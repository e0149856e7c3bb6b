//! Every form of a personal identity code a person may type is treated as one: refused
//! where an id or a text is read, and never echoed in a finding, a pointer, a message, an
//! error's `Display` or `Debug`, or a report read back from JSON.
//!
//! The forms (one test case each): a wrong check character (`010594Y9033`), spaces
//! between the parts (`010594 Y 9032`), spaces around the sign (`190145 - 2602`), other
//! separators (`131052.308.T`), a typographic dash (`131052–308T`), lower case
//! (`010594y9033`), a code cut short of its check character (`010594Y-032`), two such
//! side by side, and any of them inside longer text.

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::document::validate_json;
use tyokyky::rules::ValidationLimits;
use tyokyky::{ClientId, FreeText, Lang, Report, ServiceModels};

/// The forms, each with a part that must never come back.
const FORMS: [(&str, &str); 10] = [
    ("010594Y9033", "9033"),
    ("010594 Y 9032", "9032"),
    ("190145 - 2602", "2602"),
    ("131052.308.T", "308"),
    ("131052\u{2013}308T", "308"),
    ("010594y9033", "9033"),
    ("note 190145-2602x", "2602"),
    // Cut short of the check character (found by the fuzzer in a field name).
    ("010594Y*032", "Y*032"),
    ("010594Y-032", "Y-032"),
    // Two codes cut short side by side: the first takes the second's first digit as its
    // check character, and the second is still a code.
    ("010594-903,010594-904", "904"),
];

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 6, 30).expect("date")
}

/// Everything a caller sees of a report: its JSON, its text in every language, its
/// `Debug`.
fn everything(report: &Report) -> String {
    let mut all = serde_json::to_string(report).expect("json");
    for lang in Lang::ALL {
        all.push_str(&report.to_text(lang));
    }
    all.push_str(&format!("{report:?}"));
    all
}

#[test]
fn ids_and_free_texts_refuse_every_form() {
    for (form, _) in FORMS {
        assert!(ClientId::new(form).is_err(), "{form}");
        assert!(FreeText::new(form).is_err(), "{form}");
        let error = ClientId::new(form).expect_err("refused");
        assert!(!format!("{error} {error:?}").contains(&form[..6]), "{form}");
    }
}

#[test]
fn an_unknown_field_named_like_a_code_is_not_echoed() {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    for (form, secret) in FORMS {
        let json = format!(
            r#"{{"document": "client", "schema_version": 1, "id": "c-1",
                "labour_market_status": "unemployed_jobseeker", "{form}": 1}}"#
        );
        let report = validate_json(
            json.as_bytes(),
            &ValidationOptions::new(&models).with_limits(limits),
            as_of(),
        );
        assert!(!report.is_empty(), "{form}: refused");
        let all = everything(&report);
        assert!(!all.contains(secret), "{form}: {all}");
    }
}

/// A field named by a code's date and number alone is no code by itself, but a report
/// puts text after it: in the JSON `"path":"/111151111","params"`, whose `","p` completes
/// `111151111` with its right check character (`P`). The fuzzer found it; what the crate
/// passes on from its input is redacted when it ends in a code cut short.
#[test]
fn a_field_named_by_a_codes_date_and_number_is_not_completed_by_what_follows() {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let json = r#"{"document": "service_path", "schema_version": 1, "client": "c-1",
        "111151111": "x", "enrolments": []}"#;
    let report = validate_json(
        json.as_bytes(),
        &ValidationOptions::new(&models).with_limits(limits),
        as_of(),
    );
    assert!(!report.is_empty(), "the unknown field is refused");
    let all = everything(&report);
    assert!(!all.contains("111151111"), "{all}");
    for lang in Lang::ALL {
        let one = serde_json::to_string(&report.in_language(lang)).expect("json");
        assert!(!tyokyky::hetu_scan::contains_identity_code(&one), "{one}");
        assert!(!tyokyky::hetu_scan::contains_identity_code(
            &report.to_text(lang)
        ));
    }
}

#[test]
fn a_value_or_an_id_like_a_code_is_not_echoed() {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    for (form, secret) in FORMS {
        for json in [
            format!(
                r#"{{"document": "client", "schema_version": 1, "id": "{form}",
                    "labour_market_status": "unemployed_jobseeker"}}"#
            ),
            format!(
                r#"{{"document": "client", "schema_version": 1, "id": "c-1",
                    "labour_market_status": "{form}"}}"#
            ),
            format!(
                r#"{{"document": "service_path", "schema_version": 1, "client": "c-1",
                    "enrolments": [{{"model": "mapping_and_coaching", "start": "2024-01-08",
                    "phases": [{{"phase": "mapping", "start": "2024-01-08"}}],
                    "events": [{{"type": "referral", "date": "2024-01-08", "note": "{form}"}}]}}]}}"#
            ),
        ] {
            let report = validate_json(
                json.as_bytes(),
                &ValidationOptions::new(&models).with_limits(limits),
                as_of(),
            );
            assert!(report.has_errors(), "{form}: refused");
            let all = everything(&report);
            assert!(!all.contains(secret), "{form}: {all}");
        }
    }
}

#[test]
fn a_spec_named_like_a_code_is_refused() {
    let mut spec = tyokyky::service::spec::models::social_rehabilitation();
    spec.name.fi = "190145 - 2602".into();
    assert!(spec.check().is_err());
    let mut models = ServiceModels::defaults();
    assert!(models.insert(spec).is_err());
}

#[test]
fn a_report_read_back_refuses_codes_and_undeclared_parameters() {
    let finding = |path: &str, params: &str| {
        format!(
            r#"{{"schema_version": 1, "findings": [{{"code": "client.birth_date_mismatch",
               "severity": "error", "path": "{path}", "params": {params},
               "message": {{"en": "x"}}}}]}}"#
        )
    };
    // The same finding without them reads.
    assert!(serde_json::from_str::<Report>(&finding("/id", "{}")).is_ok());
    // A parameter name the rule does not declare.
    let json = finding("/id", r#"{"010594Y9033": {"type": "integer", "value": 1}}"#);
    let error = serde_json::from_str::<Report>(&json).expect_err("undeclared");
    assert!(!error.to_string().contains("9033"), "{error}");
    // A pointer holding a code.
    let json = finding("/010594 Y 9032", "{}");
    let error = serde_json::from_str::<Report>(&json).expect_err("a code");
    assert!(!error.to_string().contains("9032"), "{error}");
}

/// Documents read as a whole (a criteria set, a label catalogue) show their texts in
/// `Debug` only redacted.
#[test]
fn debug_of_documents_with_texts_is_redacted() {
    let mut set = tyokyky::work_activity::quality::CriteriaSet::osku_derived();
    set.name.en = "set of 010594 Y 9032".into();
    let shown = format!("{set:?}");
    assert!(!shown.contains("9032"), "{shown}");
    assert!(shown.starts_with("CriteriaSet("));
    let mut catalogue = tyokyky::registry::LabelCatalogue::current();
    if let Some(value) = catalogue
        .vocabularies
        .first_mut()
        .and_then(|v| v.values.first_mut())
    {
        value.en = "190145 - 2602".to_owned();
    }
    let shown = format!("{catalogue:?}");
    assert!(!shown.contains("2602"), "{shown}");
}

/// A value that holds serde's own words `, expected ` is the caller's, however it reads:
/// the fuzzer sent a string `", expected 111222…"` where an instrument result belongs,
/// and the error passed on everything after those words as what was expected, where the
/// text after it completed a code. Neither the error of a read nor a report repeats it.
#[test]
fn a_value_holding_serdes_own_words_is_not_passed_on_as_what_was_expected() {
    let secret = "111222222";
    let hostile = format!(r#"", expected {secret}""#);
    let error = tyokyky::document::read_value::<tyokyky::instrument::InstrumentResult>(
        hostile.as_bytes(),
        &ValidationLimits::default(),
    )
    .expect_err("a string is no instrument result");
    let text = format!("{error} {error:?}");
    assert!(!text.contains(secret), "{text}");
    assert!(
        text.contains("instrument result"),
        "still says what was expected: {text}"
    );

    let json = format!(
        r#"{{"document": "client", "schema_version": 1, "id": "c-1",
            "labour_market_status": ", expected {secret}`, expected x"}}"#
    );
    let report = validate_json(json.as_bytes(), &ValidationOptions::default(), as_of());
    assert!(!report.is_empty(), "the unknown status is refused");
    let all = everything(&report);
    assert!(!all.contains(secret), "{all}");
}
