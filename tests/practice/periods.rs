//! Periods of rehabilitative work activity: several in one enrolment, a review filed
//! where it was held, a start still to come, and the law's limits on the person over
//! several enrolments.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use tyokyky::service::build::sample;
use tyokyky::{Event, PhaseRecord, PlanAction, PlanKind, RuleCode, ServicePath};

use crate::cases::{Case, client, date, flagged, ktt, normal, sort};

/// One enrolment of a year in two periods of six months; the second agreed by a review
/// on `review`, when there is one.
fn two_periods(id: &str, review: Option<NaiveDate>, as_of: NaiveDate) -> ServicePath {
    let start = date(2024, 1, 8);
    let second = date(2024, 7, 8);
    let mut path = ktt(id, start, as_of);
    let enrolment = &mut path.enrolments[0];
    let phase = enrolment.phases[0].phase.clone();
    let end = enrolment.phases[0].end.expect("the year ended");
    enrolment.phases = vec![
        PhaseRecord::new(phase.clone(), start).until(second.pred_opt().expect("day")),
        PhaseRecord::new(phase, second).until(end),
    ];
    if let Some(day) = review {
        enrolment.events.push(Event::plan(
            day,
            PlanKind::ActivationPlan,
            PlanAction::Reviewed,
        ));
    }
    sort(&mut path);
    path
}

pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    let as_of = date(2025, 3, 1);
    cases.push(normal(
        "two_periods_one_enrolment.json",
        "Rehabilitative work activity in two periods of six months in one enrolment; the activation plan is reviewed in June and agrees the second.",
        as_of,
        two_periods("practice-60", Some(date(2024, 6, 20)), as_of),
    ));
    cases.push(flagged(
        "second_period_without_a_review.json",
        "A second period of rehabilitative work activity begins in July with no plan drawn up or reviewed for it.",
        as_of,
        two_periods("practice-61", None, as_of),
        vec![RuleCode::PATH_PLAN_MISSING],
    ));

    // The review is held in the first unit and filed there; the next period is in
    // another unit, as a new enrolment with no plan of its own.
    let as_of = date(2025, 6, 1);
    let mut path = ktt("practice-62", date(2024, 1, 8), as_of);
    let next = path.enrolments[0]
        .end
        .and_then(|end| end.succ_opt())
        .expect("the first year ended");
    path.enrolments[0].events.push(Event::plan(
        next - Days::new(21),
        PlanKind::ActivationPlan,
        PlanAction::Reviewed,
    ));
    let mut second = ktt("practice-62", next, as_of).enrolments;
    for enrolment in &mut second {
        enrolment
            .events
            .retain(|event| !matches!(event, Event::Plan { .. }));
    }
    path.enrolments.extend(second);
    sort(&mut path);
    cases.push(normal(
        "review_filed_in_the_first_unit.json",
        "A second year of rehabilitative work activity in another unit, agreed by the review held and filed in the first unit three weeks before.",
        as_of,
        path,
    ));

    // Agreed to start in a week; the plan is still to be drawn up.
    let as_of = date(2025, 1, 3);
    let mut path = ktt("practice-63", date(2025, 1, 13), as_of);
    path.enrolments[0]
        .events
        .retain(|event| !matches!(event, Event::Plan { .. }));
    cases.push(normal(
        "plan_due_before_the_start.json",
        "Rehabilitative work activity to start on 13 January; on 3 January its plan is due, not missing.",
        as_of,
        path,
    ));

    // Three yearly enrolments, all under the first plan.
    let as_of = date(2025, 3, 1);
    let first_start = date(2021, 1, 11);
    let mut path = ktt("practice-64", first_start, as_of);
    for _ in 0..2 {
        let next = path
            .enrolments
            .last()
            .and_then(|e| e.end)
            .and_then(|end| end.succ_opt())
            .expect("the year ended");
        let mut more = ktt("practice-64", next, as_of).enrolments;
        for enrolment in &mut more {
            for event in &mut enrolment.events {
                if let Event::Plan { date: day, .. } = event {
                    *day = first_start - Days::new(7);
                }
            }
        }
        path.enrolments.extend(more);
    }
    sort(&mut path);
    cases.push(flagged(
        "three_years_on_one_plan.json",
        "Three yearly enrolments of rehabilitative work activity one after another, none with a new plan: one period of three years.",
        as_of,
        path,
        vec![RuleCode::PATH_PERSON_PERIOD_TOO_LONG],
    ));

    // Two units at once, three and two days a week.
    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-65", date(2024, 1, 8), as_of);
    let mut other =
        sample::rehabilitative_work_activity(client("practice-65"), date(2024, 1, 8), as_of)
            .enrolments;
    for enrolment in &mut other {
        enrolment
            .events
            .retain(|e| !matches!(e, Event::WorkActivityDay { .. }));
        let mut day = enrolment.start;
        while day <= as_of {
            if matches!(day.weekday(), Weekday::Tue | Weekday::Fri) {
                enrolment.events.push(Event::work_activity_day(day, 300));
            }
            day = day.succ_opt().expect("day");
        }
    }
    path.enrolments.extend(other);
    sort(&mut path);
    cases.push(flagged(
        "two_units_five_days_a_week.json",
        "Two units arrange rehabilitative work activity for one person at once, three and two days a week: five days a calendar week together.",
        as_of,
        path,
        vec![
            RuleCode::PATH_ENROLMENTS_OVERLAP,
            RuleCode::PATH_PERSON_DAYS_EXCEEDED,
        ],
    ));

    cases
}
