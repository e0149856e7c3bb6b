//! One generic builder makes a path that fulfils any service model spec: the validator
//! finds nothing wrong with it and the planner lists nothing overdue, for specs of every
//! shape the spec strategy generates, not only the crate's defaults.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use tyokyky::ValidationOptions;
use tyokyky::service::build::fulfilling;
use tyokyky::strategies::{any_service_model_spec, client_id, date_between};
use tyokyky::{Lang, ServiceModels};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("TYOKYKY_SPEC_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn a_path_built_from_any_spec_is_clean_and_nothing_is_overdue(
        spec in any_service_model_spec(),
        client in client_id(),
        start in date_between(ymd(2001, 1, 1), ymd(2089, 12, 31)),
        follow_up in 0u64..=900,
    ) {
        prop_assert!(spec.check().is_ok(), "{:?}", spec.check());
        let as_of = start + Days::new(follow_up);
        let path = fulfilling(&spec, client, start, as_of);
        let mut models = ServiceModels::defaults();
        models.insert(spec.clone()).expect("the strategy's specs pass their checks");
        let report = path.validate_with(&ValidationOptions::new(&models), as_of);
        prop_assert!(
            report.is_clean(),
            "{}\n{}",
            report.to_text(Lang::En),
            serde_json::to_string_pretty(&spec).unwrap_or_default()
        );
        let due = path.due_with(&ValidationOptions::new(&models), as_of);
        let overdue: Vec<_> = due.overdue().collect();
        prop_assert!(overdue.is_empty(), "{overdue:?}");
    }
}

#[test]
fn the_builder_fulfils_every_default_model_over_two_years() {
    let models = ServiceModels::defaults();
    for spec in models.iter() {
        let start = ymd(2024, 2, 29);
        let mut as_of = start;
        while as_of < ymd(2026, 3, 1) {
            let client = tyokyky::ClientId::new("built-1").expect("id");
            let path = fulfilling(spec, client, start, as_of);
            let report = path.validate(as_of);
            assert!(
                report.is_clean(),
                "{} on {as_of}:\n{}",
                spec.id,
                report.to_text(Lang::En)
            );
            assert_eq!(
                path.due(as_of).overdue().count(),
                0,
                "{} on {as_of}",
                spec.id
            );
            as_of = as_of + Days::new(11);
        }
    }
}
