//! The cohort report computes seed 001's published figures from raw data.

use chrono::NaiveDate;
use tyokyky::instrument::perceived::PerceivedDomain;
use tyokyky::outcome::CohortReport;
use tyokyky::service::sample;
use tyokyky::{Lang, Outcome};

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
    // "Asiakkaista 45 % koki psyykkisen toimintakykynsä parantuneen", 38 % physical,
    // 37 % social: clients *felt* it, so the figures come from their perceived change.
    let percents: Vec<(PerceivedDomain, Option<u32>)> = report
        .perceived
        .iter()
        .map(|d| (d.domain, d.percent_improved))
        .collect();
    assert_eq!(
        percents,
        [
            (PerceivedDomain::Psychological, Some(45)),
            (PerceivedDomain::Physical, Some(38)),
            (PerceivedDomain::Social, Some(37)),
            // Not asked in the synthetic cohort: the source gives no figure.
            (PerceivedDomain::ActivityAndInitiative, None),
            (PerceivedDomain::WorkAbility, None),
        ]
    );
    // Nothing is measured with Kykyviisari, so no measured change is claimed.
    assert!(
        report
            .functional_capacity
            .iter()
            .all(|d: &tyokyky::outcome::DomainSummary| d.assessed == 0
                && d.percent_improved.is_none())
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
    // Drop the follow-up of the first client: 99 pairs remain, and 99 answers.
    cohort[0].enrolments[0].measurements.truncate(1);
    let report = CohortReport::of(&cohort);
    assert_eq!(report.work_ability.paired, 99);
    assert_eq!(report.perceived[0].answered, 99);
    assert_eq!(report.perceived[0].improved, 44);
    assert_eq!(report.perceived[0].percent_improved, Some(44));
}
