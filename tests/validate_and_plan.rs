//! `ServicePath::validate_and_plan` derives each enrolment's obligations once for both the
//! report and the due list; it must give exactly what validating and planning apart give,
//! on every kind of path: generated clean ones, one breaking each rule, the example data
//! on several days, closed paths and paths refused by a limit.
#![cfg(feature = "proptest")]

use std::cell::Cell;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::strategies::{ViolatingDocument, path_violating, service_path};
use tyokyky::{
    ClientId, Closure, Outcome, PlannerConfig, RuleCode, ServiceModels, ServicePath,
    ValidationLimits,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

/// Asserts the shared derivation equals the two apart, and says what differed.
fn same_as_apart(
    path: &ServicePath,
    models: &ServiceModels,
    limits: &ValidationLimits,
    config: &PlannerConfig,
    as_of: NaiveDate,
) -> Result<(), TestCaseError> {
    let (report, due) = path.validate_and_plan(
        &ValidationOptions::new(models)
            .with_limits(*limits)
            .with_planner(*config),
        as_of,
    );
    prop_assert_eq!(
        report,
        path.validate_with(&ValidationOptions::new(models).with_limits(*limits), as_of)
    );
    prop_assert_eq!(
        due,
        path.due_with(&ValidationOptions::new(models).with_planner(*config), as_of)
    );
    Ok(())
}

proptest! {
    #![proptest_config(Config { cases: 128, ..Config::default() })]

    #[test]
    fn generated_paths_give_the_same_report_and_list(
        (path, as_of) in service_path(),
        days_later in 0u64..400,
        horizon_days in 0u32..120,
    ) {
        let models = ServiceModels::defaults();
        let limits = ValidationLimits::default();
        let mut config = PlannerConfig::default();
        config.horizon_days = horizon_days;
        // The day it was built for, and a later one, when phases have run on or ended.
        same_as_apart(&path, &models, &limits, &config, as_of)?;
        let later = as_of.checked_add_days(Days::new(days_later)).unwrap_or(as_of);
        same_as_apart(&path, &models, &limits, &config, later)?;
    }
}

#[test]
fn a_path_breaking_any_rule_gives_the_same_report_and_list() {
    let config = PlannerConfig::default();
    let paths = Cell::new(0);
    let listed = Cell::new(0);
    for code in RuleCode::ALL {
        // A runner per rule: a runner that has run once runs no more cases.
        TestRunner::new(Config {
            cases: 4,
            failure_persistence: None,
            ..Config::default()
        })
        .run(&path_violating(*code), |violation| {
            let ViolatingDocument::Path(path) = &violation.document else {
                return Ok(());
            };
            // On the violation's day (its phases mostly over) and halfway through, while
            // they run and have items due.
            let Some(first) = path.enrolments.iter().map(|e| e.start).min() else {
                return Ok(());
            };
            let halfway = first + (violation.as_of - first) / 2;
            for as_of in [violation.as_of, halfway] {
                same_as_apart(path, &violation.models, &violation.limits, &config, as_of)?;
                listed.set(
                    listed.get()
                        + path
                            .due_with(
                                &ValidationOptions::new(&violation.models).with_planner(config),
                                as_of,
                            )
                            .items
                            .len(),
                );
            }
            paths.set(paths.get() + 1);
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{code}: {failure}"));
    }
    // Most rules are of paths: the loop must have compared many, with items due.
    assert!(paths.get() > 200, "{} paths", paths.get());
    assert!(listed.get() > 10, "{} items due", listed.get());
}

#[test]
fn the_sample_paths_agree_on_every_day_of_their_year() {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let config = PlannerConfig::default();
    let start = date(2024, 1, 8);
    // A year's enrolment whose events stop at the end of April: later days have contacts
    // due and missed.
    let mut path = sample::rehabilitative_work_activity(
        ClientId::new("both-1").expect("id"),
        start,
        date(2024, 12, 31),
    );
    path.enrolments[0]
        .events
        .retain(|event| event.date() <= date(2024, 4, 30));
    let mut listed = 0;
    for as_of in start.iter_days().step_by(3).take(130) {
        let (report, due) = path.validate_and_plan(
            &ValidationOptions::new(&models)
                .with_limits(limits)
                .with_planner(config),
            as_of,
        );
        assert_eq!(
            report,
            path.validate_with(&ValidationOptions::new(&models).with_limits(limits), as_of),
            "{as_of}"
        );
        assert_eq!(
            due,
            path.due_with(&ValidationOptions::new(&models).with_planner(config), as_of),
            "{as_of}"
        );
        listed += due.items.len();
    }
    // The comparison must have been of lists with items in them.
    assert!(listed > 100, "{listed} items over the year");
}

#[test]
fn a_closed_path_has_an_empty_list_both_ways() {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let config = PlannerConfig::default();
    let mut path = sample::rehabilitative_work_activity(
        ClientId::new("both-2").expect("id"),
        date(2024, 1, 8),
        date(2024, 4, 30),
    );
    let open = path.due_with(
        &ValidationOptions::new(&models).with_planner(config),
        date(2024, 6, 30),
    );
    assert!(!open.items.is_empty(), "the open path has items due");
    path.closure = Some(Closure::new(date(2024, 6, 28), Outcome::OpenMarketJob));
    let (report, due) = path.validate_and_plan(
        &ValidationOptions::new(&models)
            .with_limits(limits)
            .with_planner(config),
        date(2024, 6, 30),
    );
    assert!(due.items.is_empty());
    assert_eq!(
        due,
        path.due_with(
            &ValidationOptions::new(&models).with_planner(config),
            date(2024, 6, 30)
        )
    );
    assert_eq!(
        report,
        path.validate_with(
            &ValidationOptions::new(&models).with_limits(limits),
            date(2024, 6, 30)
        )
    );
}

/// A path refused by a limit is planned as `due_with` plans it with the same options: a
/// path over the events limit still has its list, and one whose obligations would span
/// more periods than the limit allows has none, since the planner walks the same calendar
/// and keeps to the same bound.
#[test]
fn a_path_refused_by_a_limit_is_still_planned_as_the_planner_plans_it() {
    let models = ServiceModels::defaults();
    let config = PlannerConfig::default();
    let path = sample::rehabilitative_work_activity(
        ClientId::new("both-3").expect("id"),
        date(2024, 1, 8),
        date(2024, 4, 30),
    );
    for (limits, planned) in [
        (
            ValidationLimits::default().with_max_obligation_periods(1),
            false,
        ),
        (
            ValidationLimits::default().with_max_events_per_enrolment(1),
            true,
        ),
    ] {
        let options = ValidationOptions::new(&models)
            .with_limits(limits)
            .with_planner(config);
        let (report, due) = path.validate_and_plan(&options, date(2024, 6, 30));
        assert!(
            report
                .with_code(RuleCode::REPORT_OVER_LIMIT)
                .next()
                .is_some()
        );
        assert_eq!(!due.items.is_empty(), planned, "{limits:?}");
        assert_eq!(due, path.due_with(&options, date(2024, 6, 30)));
    }
}
