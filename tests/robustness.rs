//! Deserialization, validation, planning and scoring never panic, whatever the JSON:
//! random documents, valid documents with one part replaced by something hostile (huge
//! numbers, impossible or extreme dates, odd unicode, identity codes where ids go, huge
//! arrays), deep nesting and duplicate keys.
//!
//! This is the crate's fuzzing: cargo-fuzz needs a nightly toolchain, which this project's
//! machines do not have. `TYOKYKY_FUZZ_CASES=200000 cargo test --release --test robustness`
//! runs a long campaign; the default is a quick one.

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};
use tyokyky::ValidationOptions;
use tyokyky::instrument::InstrumentResult;
use tyokyky::outcome::CohortReport;
use tyokyky::service::build::sample;
use tyokyky::{
    Client, ClientId, DueList, Report, RuleCatalogue, ServiceModelSpec, ServiceModels, ServicePath,
};

fn cases() -> u32 {
    std::env::var("TYOKYKY_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(512)
}

fn days() -> [NaiveDate; 4] {
    [
        NaiveDate::from_ymd_opt(2024, 6, 30).expect("date"),
        NaiveDate::from_ymd_opt(1900, 1, 1).expect("date"),
        NaiveDate::MIN,
        NaiveDate::MAX,
    ]
}

/// Feeds `json` to every document type and, where it parses, to every operation.
fn exercise(json: &Value) {
    let models = ServiceModels::defaults();
    if let Ok(path) = serde_json::from_value::<ServicePath>(json.clone()) {
        for as_of in days() {
            let report = path.validate_with(&ValidationOptions::new(&models), as_of);
            let _ = serde_json::to_string(&report);
            let _ = report.to_text(tyokyky::Lang::Fi);
            let _ = path.due(as_of);
        }
        let _ = CohortReport::of(std::slice::from_ref(&path));
    }
    if let Ok(client) = serde_json::from_value::<Client>(json.clone()) {
        for as_of in days() {
            let _ = client.validate(as_of).to_text(tyokyky::Lang::Sv);
            let _ = client.unemployment_on(as_of);
            let _ = client.age_on(as_of);
        }
    }
    if let Ok(spec) = serde_json::from_value::<ServiceModelSpec>(json.clone()) {
        let mut models = ServiceModels::defaults();
        models
            .insert(spec)
            .expect("a spec that deserializes was checked");
        let path =
            sample::mapping_and_coaching(ClientId::new("fuzz").expect("id"), days()[0], days()[0]);
        let _ = path.validate_with(&ValidationOptions::new(&models), days()[0]);
    }
    if let Ok(result) = serde_json::from_value::<InstrumentResult>(json.clone()) {
        let _ = result.score();
        let _ = result.headline();
    }
    let _ = serde_json::from_value::<Report>(json.clone()).map(|r| r.to_text(tyokyky::Lang::En));
    let _ = serde_json::from_value::<DueList>(json.clone());
    let _ = serde_json::from_value::<RuleCatalogue>(json.clone());
}

fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        Just(json!(true)),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(4_294_967_296u64)),
        Just(json!(1e308)),
        Just(json!(-1e308)),
        Just(json!(0.5)),
        Just(json!("")),
        Just(json!("0001-01-01")),
        Just(json!("1899-12-31")),
        Just(json!("2100-12-31")),
        Just(json!("9999-12-31")),
        Just(json!("+262142-12-31")),
        Just(json!("-000001-01-01")),
        Just(json!("2023-02-29")),
        Just(json!("2024-02-29")),
        Just(json!("131052-308T")),
        Just(json!("a\u{0}b")),
        Just(json!("ääkkönen 🦀 \u{202e}")),
        Just(json!("x".repeat(10_000))),
        Just(json!([])),
        Just(json!({})),
        Just(json!({"type": "was", "score": 11})),
        Just(json!({"type": "group_session", "date": "2024-01-01", "minutes": 4_294_967_295u64})),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u32>().prop_map(|n| json!(n)),
        "\\PC{0,40}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
    ]
}

/// Random JSON up to a few levels deep, with the crate's field names as likely keys.
fn random_json() -> impl Strategy<Value = Value> {
    let keys = prop_oneof![
        Just("schema_version".to_owned()),
        Just("type".to_owned()),
        Just("date".to_owned()),
        Just("start".to_owned()),
        Just("end".to_owned()),
        Just("client".to_owned()),
        Just("id".to_owned()),
        Just("enrolments".to_owned()),
        Just("phases".to_owned()),
        Just("events".to_owned()),
        Just("model".to_owned()),
        Just("phase".to_owned()),
        Just("minutes".to_owned()),
        Just("labour_market_status".to_owned()),
        "[a-z_]{1,12}",
    ];
    hostile_value().prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::btree_map(keys.clone(), inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Every place in `value`, as JSON Pointers.
fn places(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                places(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                places(
                    item,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
}

fn seeds() -> Vec<Value> {
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
    let mut documents: Vec<Value> = [
        "mapping_and_coaching",
        "wellbeing_group",
        "rehabilitative_work_activity",
        "multiprofessional_support",
        "ips_job_coaching",
    ]
    .iter()
    .filter_map(|model| sample::path_for(model, ClientId::new("seed").expect("id"), start, as_of))
    .map(|path| serde_json::to_value(path).expect("json"))
    .collect();
    documents.push(
        serde_json::to_value(tyokyky::service::spec::models::rehabilitative_work_activity())
            .expect("json"),
    );
    let client: Value = serde_json::from_str(include_str!(
        "corpus/client/valid/long_term_unemployed.json"
    ))
    .expect("json");
    documents.push(client);
    documents
}

/// A valid document with one place replaced, removed, or its array repeated many times.
fn mutated() -> impl Strategy<Value = Value> {
    (
        proptest::sample::select(seeds()),
        any::<proptest::sample::Index>(),
        0u8..4,
        hostile_value(),
    )
        .prop_map(|(mut document, index, action, replacement)| {
            let mut all = Vec::new();
            places(&document, String::new(), &mut all);
            let place = all[index.index(all.len())].clone();
            if let Some(target) = document.pointer_mut(&place) {
                match action {
                    0 | 1 => *target = replacement,
                    2 => {
                        if let Value::Array(items) = target
                            && let Some(first) = items.first().cloned()
                        {
                            items.extend(std::iter::repeat_n(first, 2_000));
                        } else {
                            *target = replacement;
                        }
                    }
                    _ => *target = Value::Null,
                }
            }
            document
        })
}

#[test]
fn random_json_never_panics() {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&random_json(), |json| {
            exercise(&json);
            Ok(())
        })
        .expect("no panic");
}

#[test]
fn mutated_documents_never_panic() {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&mutated(), |json| {
            exercise(&json);
            Ok(())
        })
        .expect("no panic");
}

#[test]
fn deep_nesting_duplicate_keys_and_odd_text_are_errors() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(serde_json::from_str::<ServicePath>(&deep).is_err());
    let deep_object = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    assert!(serde_json::from_str::<Client>(&deep_object).is_err());
    let duplicate =
        r#"{"schema_version":1,"id":"c-1","id":"c-2","labour_market_status":"student"}"#;
    assert!(serde_json::from_str::<Client>(duplicate).is_err());
    for text in [
        "",
        "\u{feff}{}",
        "{\"schema_version\":1e999}",
        "nul",
        "\"\\ud800\"",
    ] {
        assert!(
            serde_json::from_str::<ServicePath>(text).is_err(),
            "{text:?}"
        );
    }
}

#[test]
fn extreme_dates_in_a_valid_path_are_findings() {
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let mut path =
        sample::rehabilitative_work_activity(ClientId::new("extreme").expect("id"), start, start);
    path.enrolments[0].phases[0].start = NaiveDate::MIN;
    path.enrolments[0].start = NaiveDate::MIN;
    path.enrolments[0].end = Some(NaiveDate::MAX);
    let report = path.validate(NaiveDate::MAX);
    assert!(
        report
            .with_code(tyokyky::RuleCode::PATH_DATE_OUT_OF_RANGE)
            .count()
            >= 3
    );
    let _ = path.due(NaiveDate::MAX);
}
