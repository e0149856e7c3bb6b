//! The cohort report computes seed 001's published figures from raw data.

use chrono::NaiveDate;
use tyokyky::outcome::CohortReport;
use tyokyky::service::sample;
use tyokyky::{FunctionalDomain, Lang, Outcome};

#[test]
fn the_synthetic_cohort_gives_the_seeds_table() {
    let cohort = sample::seed_001_cohort();
    let report = CohortReport::of(&cohort);
    assert_eq!(report.clients, 100);
    assert_eq!(report.work_ability.paired, 100);
    assert_eq!(
        (report.work_ability.mean_start, report.work_ability.mean_end),
        (Some(6.8), Some(7.3))
    );
    let percents: Vec<(FunctionalDomain, Option<u32>)> = report
        .functional_capacity
        .iter()
        .map(|d| (d.domain, d.percent_improved))
        .collect();
    assert_eq!(
        percents,
        [
            (FunctionalDomain::Psychological, Some(45)),
            (FunctionalDomain::Physical, Some(38)),
            (FunctionalDomain::Social, Some(37)),
        ]
    );
    let count = |outcome| {
        report
            .outcomes
            .iter()
            .find(|c| c.outcome == outcome)
            .map(|c| c.count)
    };
    assert_eq!(count(Outcome::OpenMarketJob), Some(30));
    assert_eq!(report.open, 10);
    // Work and education count by default; another service does not.
    assert_eq!(report.positive_transitions, 60);
}

#[test]
fn a_programme_chooses_which_outcomes_are_positive() {
    let cohort = sample::seed_001_cohort();
    let mut outcomes = tyokyky::PositiveTransitions::default().outcomes().to_vec();
    outcomes.push(Outcome::AnotherService);
    let report = CohortReport::with_transitions(
        &cohort,
        &tyokyky::instrument::change::MinimalChange::default(),
        &tyokyky::PositiveTransitions::new(outcomes),
    );
    assert_eq!(report.positive_transitions, 70);
}

#[test]
fn the_cohort_paths_are_valid_service_paths() {
    let as_of = NaiveDate::from_ymd_opt(2024, 12, 31).expect("date");
    for path in sample::seed_001_cohort() {
        let report = path.validate(as_of);
        assert!(
            report.is_clean(),
            "{}: {}",
            path.client,
            report.to_text(Lang::En)
        );
    }
}

#[test]
fn changing_the_raw_data_changes_the_table() {
    let mut cohort = sample::seed_001_cohort();
    // Drop the follow-up of the first client: 99 pairs remain.
    cohort[0].enrolments[0].measurements.truncate(2);
    let report = CohortReport::of(&cohort);
    assert_eq!(report.work_ability.paired, 99);
    assert_eq!(report.functional_capacity[0].assessed, 99);
    assert_eq!(report.functional_capacity[0].improved, 44);
}
