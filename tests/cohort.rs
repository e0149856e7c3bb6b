//! The cohort report computes seed 001's published figures from raw data.

use chrono::NaiveDate;
use tyokyky::instrument::perceived::PerceivedDomain;
use tyokyky::outcome::CohortReport;
use tyokyky::service::build::sample;
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

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 3, d).expect("date")
}

fn was(n: i64) -> tyokyky::instrument::InstrumentResult {
    tyokyky::instrument::InstrumentResult::Was {
        score: tyokyky::instrument::was::WorkAbilityScore::new(n).expect("score"),
    }
}

fn kykyviisari(max: i32, mental: i32) -> tyokyky::instrument::InstrumentResult {
    use tyokyky::instrument::kykyviisari::{AreaValues, DeclaredScale, KykyviisariResult};
    let areas = AreaValues {
        mental_wellbeing: mental,
        social_inclusion: 0,
        physical_functioning: 0,
        skills: 0,
        everyday_fluency: 0,
    };
    tyokyky::instrument::InstrumentResult::Kykyviisari {
        result: KykyviisariResult::new(
            tyokyky::instrument::was::WorkAbilityScore::new(5).expect("score"),
            DeclaredScale { min: 0, max },
            areas,
        )
        .expect("on the scale"),
    }
}

/// One path of the cohort with only these measurements.
fn measured(
    results: Vec<(NaiveDate, tyokyky::instrument::InstrumentResult)>,
) -> tyokyky::ServicePath {
    let mut path = sample::seed_001_cohort().swap_remove(0);
    path.enrolments[0].measurements = results
        .into_iter()
        .map(|(date, result)| tyokyky::Measurement::new(date, result))
        .collect();
    path
}

#[test]
fn ratings_on_one_day_keep_the_documents_order() {
    // Two ratings on the first day, two on the last: the baseline is the first recorded
    // on the earliest day, the follow-up the last recorded on the latest day.
    let path = measured(vec![
        (day(1), was(4)),
        (day(1), was(9)),
        (day(20), was(2)),
        (day(20), was(6)),
    ]);
    let report = CohortReport::of(&[path]);
    assert_eq!(report.work_ability.paired, 1);
    assert_eq!(
        (report.work_ability.mean_start, report.work_ability.mean_end),
        (Some(4.0), Some(6.0))
    );
    assert_eq!(report.work_ability.improved, 1);
}

#[test]
fn two_ratings_on_one_day_are_no_pair_and_are_counted_as_left_out() {
    let same_day = measured(vec![(day(5), was(4)), (day(5), was(8))]);
    let none = measured(Vec::new());
    let report = CohortReport::of(&[same_day, none]);
    assert_eq!(report.work_ability.paired, 0);
    assert_eq!(report.work_ability.not_paired, 2);
    assert_eq!(report.work_ability.mean_start, None);
    // The same definition holds for Kykyviisari: one day is no pair.
    let kyky_same_day = measured(vec![
        (day(5), kykyviisari(10, 2)),
        (day(5), kykyviisari(10, 8)),
    ]);
    let report = CohortReport::of(&[kyky_same_day]);
    assert!(
        report
            .functional_capacity
            .iter()
            .all(|d| d.assessed == 0 && d.not_paired == 1)
    );
    // Perceived change not given: every domain counts the client as not answered.
    assert!(
        report
            .perceived
            .iter()
            .all(|d| d.answered == 0 && d.not_answered == 1)
    );
}

#[test]
fn administrations_on_different_scales_are_counted_apart() {
    let path = measured(vec![
        (day(1), kykyviisari(10, 2)),
        (day(20), kykyviisari(100, 80)),
    ]);
    let report = CohortReport::of(&[path]);
    for domain in &report.functional_capacity {
        assert_eq!(
            (domain.assessed, domain.not_paired, domain.different_scales),
            (0, 0, 1)
        );
    }
}

#[test]
fn one_step_on_a_0_to_100_scale_is_no_change() {
    // Mental wellbeing is the psychological domain, the first of the table.
    let improved = |max, before, after| {
        let path = measured(vec![
            (day(1), kykyviisari(max, before)),
            (day(20), kykyviisari(max, after)),
        ]);
        let report = CohortReport::of(&[path]);
        assert_eq!(report.functional_capacity[0].assessed, 1);
        report.functional_capacity[0].improved
    };
    // A tenth of the range by default: one step of 0–10, ten steps of 0–100.
    assert_eq!(improved(10, 4, 5), 1);
    assert_eq!(improved(100, 40, 41), 0);
    assert_eq!(improved(100, 40, 49), 0);
    assert_eq!(improved(100, 40, 50), 1);
    // The share is configurable.
    let path = measured(vec![
        (day(1), kykyviisari(100, 40)),
        (day(20), kykyviisari(100, 45)),
    ]);
    let mut minimal = tyokyky::instrument::change::MinimalChange::default();
    minimal.kykyviisari_area_share = 0.05;
    assert_eq!(
        CohortReport::with(&[path], &minimal).functional_capacity[0].improved,
        1
    );
}
