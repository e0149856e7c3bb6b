//! Properties over generated values (feature `proptest`): valid values validate clean,
//! round-trip through JSON and pass their committed schema; every rule's violation
//! strategy is caught with exactly its code.
#![cfg(feature = "proptest")]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use tyokyky::ValidationOptions;
use tyokyky::strategies::{
    client_valid_on, deployment_progress, instrument_result, need_profile, path_violating,
    service_model_spec, service_path,
};
use tyokyky::{Client, Lang, RuleCode, ServicePath, Severity};

fn validator(file: &str) -> &'static jsonschema::Validator {
    static VALIDATORS: OnceLock<Vec<(String, jsonschema::Validator)>> = OnceLock::new();
    let all = VALIDATORS.get_or_init(|| {
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas"))
            .expect("schemas/")
            .map(|entry| {
                let path = entry.expect("entry").path();
                let schema: Value =
                    serde_json::from_str(&std::fs::read_to_string(&path).expect("read"))
                        .expect("json");
                let validator = jsonschema::draft202012::options()
                    .should_validate_formats(true)
                    .build(&schema)
                    .expect("compiles");
                (
                    path.file_name()
                        .expect("name")
                        .to_string_lossy()
                        .into_owned(),
                    validator,
                )
            })
            .collect()
    });
    &all.iter()
        .find(|(name, _)| name == file)
        .unwrap_or_else(|| panic!("no {file}"))
        .1
}

fn assert_schema(file: &str, json: &Value) -> Result<(), TestCaseError> {
    let errors: Vec<String> = validator(file)
        .iter_errors(json)
        .map(|e| e.to_string())
        .collect();
    prop_assert!(errors.is_empty(), "{file}: {errors:?}");
    Ok(())
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2031, 6, 15).expect("date")
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    #[test]
    fn valid_clients_validate_clean_and_round_trip(client in client_valid_on(as_of())) {
        let report = client.validate(as_of());
        prop_assert!(report.is_clean(), "{}", report.to_text(Lang::En));
        let json = serde_json::to_value(&client).expect("json");
        assert_schema("client.schema.json", &json)?;
        let back: Client = serde_json::from_value(json).expect("back");
        prop_assert_eq!(back, client);
    }

    #[test]
    fn valid_paths_validate_clean_round_trip_and_plan((path, as_of) in service_path()) {
        let report = path.validate(as_of);
        prop_assert!(report.is_clean(), "{}", report.to_text(Lang::En));
        let json = serde_json::to_value(&path).expect("json");
        assert_schema("service_path.schema.json", &json)?;
        assert_schema("report.schema.json", &serde_json::to_value(&report).expect("json"))?;
        let due = path.due(as_of);
        prop_assert!(due.items.windows(2).all(|w| w[0].due <= w[1].due));
        assert_schema("due_list.schema.json", &serde_json::to_value(&due).expect("json"))?;
        let back: ServicePath = serde_json::from_value(json).expect("back");
        prop_assert_eq!(back, path);
    }

    #[test]
    fn instrument_results_round_trip_and_score(result in instrument_result()) {
        let json = serde_json::to_value(&result).expect("json");
        assert_schema("instrument_result.schema.json", &json)?;
        let score = result.score();
        assert_schema("instrument_score.schema.json", &serde_json::to_value(&score).expect("json"))?;
        if let Some(headline) = result.headline() {
            prop_assert!(headline.is_finite());
        }
        let back: tyokyky::instrument::InstrumentResult = serde_json::from_value(json).expect("back");
        prop_assert_eq!(back, result);
    }
}

proptest! {
    #![proptest_config(Config { cases: 128, ..Config::default() })]

    #[test]
    fn specs_with_other_tolerances_still_pass_clean_paths_and_round_trip(spec in service_model_spec(), (path, as_of) in service_path()) {
        let json = serde_json::to_value(&spec).expect("json");
        assert_schema("service_model.schema.json", &json)?;
        let back: tyokyky::ServiceModelSpec = serde_json::from_value(json).expect("back");
        prop_assert_eq!(&back, &spec);
        // Looser or stricter tolerances may add or tolerate findings, never panic.
        let mut models = tyokyky::ServiceModels::defaults();
        models.insert(spec).expect("a generated spec passes its checks");
        let _ = path.validate_with(&ValidationOptions::new(&models), as_of);
    }

    #[test]
    fn work_activity_documents_round_trip_and_pass_their_schemas(need in need_profile(), progress in deployment_progress()) {
        let ranked = tyokyky::work_activity::recommend::Recommendations::for_need(need, &tyokyky::work_activity::model::Profiles::DEFAULT);
        assert_schema("recommendations.schema.json", &serde_json::to_value(&ranked).expect("json"))?;
        let report = progress.readiness();
        assert_schema("deployment_progress.schema.json", &serde_json::to_value(&progress).expect("json"))?;
        assert_schema("readiness_report.schema.json", &serde_json::to_value(&report).expect("json"))?;
        prop_assert_eq!(report.ready, report.next_step.is_none() && report.missing_competencies.is_empty() && report.pitfalls.is_empty() && report.missing_network_prerequisites.is_empty());
    }
}

/// For each rule, generated violations are reported with that code and nothing else at
/// warning level or above.
#[test]
fn every_rule_has_a_violation_strategy_the_validator_catches() {
    // The request.* rules refuse an HTTP request, not a document: no validation makes
    // them; tests/http_contract.rs breaks each over HTTP.
    for &code in RuleCode::ALL
        .iter()
        .filter(|code| !code.as_str().starts_with("request."))
    {
        let mut runner = TestRunner::new(Config {
            cases: 24,
            failure_persistence: None,
            ..Config::default()
        });
        let result = runner.run(&path_violating(code), |violation| {
            let report = violation.validate();
            prop_assert!(
                report.with_code(code).next().is_some(),
                "{code} not reported:\n{}",
                report.to_text(Lang::En)
            );
            let others: BTreeSet<RuleCode> = report
                .iter()
                .filter(|f| f.severity() != Severity::Info && f.code() != code)
                .map(|f| f.code())
                .collect();
            prop_assert!(
                others.is_empty(),
                "{code} also broke {others:?}:\n{}",
                report.to_text(Lang::En)
            );
            Ok(())
        });
        if let Err(error) = result {
            panic!("{code}: {error}");
        }
    }
}
