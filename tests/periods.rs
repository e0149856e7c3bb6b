//! Periods of rehabilitative work activity as they happen: several periods in one
//! enrolment, each agreed by a plan drawn up or reviewed before it starts, and a review
//! that counts for the period it agrees wherever it is filed in the person's record.
//!
//! Law 189/2001 §13(2) as amended by 142/2015: "Arbetsverksamhet i rehabiliteringssyfte
//! anordnas i perioder på 3—24 månader åt gången."

use chrono::{Days, NaiveDate};
use tyokyky::service::build::sample;
use tyokyky::{
    ClientId, Event, Lang, PhaseRecord, PlanAction, PlanKind, RuleCode, ServicePath, Severity,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn client() -> ClientId {
    ClientId::new("periods").expect("id")
}

/// One enrolment: a first period of six months, a second of six after a review.
fn two_periods(review: Option<NaiveDate>) -> (ServicePath, NaiveDate) {
    let as_of = date(2025, 3, 1);
    let start = date(2024, 1, 8);
    let mut path = sample::rehabilitative_work_activity(client(), start, as_of);
    let second = date(2024, 7, 8);
    let enrolment = &mut path.enrolments[0];
    let end = enrolment.phases[0].end.expect("the sample's period ended");
    enrolment.phases[0] = PhaseRecord::new(enrolment.phases[0].phase.clone(), start)
        .until(second.pred_opt().expect("day"));
    enrolment
        .phases
        .push(PhaseRecord::new(enrolment.phases[0].phase.clone(), second).until(end));
    if let Some(day) = review {
        enrolment.events.push(Event::plan(
            day,
            PlanKind::ActivationPlan,
            PlanAction::Reviewed,
        ));
        enrolment.events.sort_by_key(|e| e.date());
    }
    (path, as_of)
}

#[test]
fn a_second_period_in_one_enrolment_is_agreed_by_a_review() {
    let (path, as_of) = two_periods(Some(date(2024, 6, 20)));
    let report = path.validate(as_of);
    assert!(report.is_empty(), "{}", report.to_text(Lang::En));
}

#[test]
fn a_second_period_without_a_review_has_no_plan() {
    let (path, as_of) = two_periods(None);
    let missing: Vec<(Severity, String)> = path
        .validate(as_of)
        .with_code(RuleCode::PATH_PLAN_MISSING)
        .map(|f| (f.severity(), f.message(Lang::En)))
        .collect();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0].0, Severity::Error);
    assert!(missing[0].1.contains("2024-07-08"), "{}", missing[0].1);
    // A review after the second period began is too late for it.
    let (late, as_of) = two_periods(Some(date(2024, 7, 15)));
    assert_eq!(
        late.validate(as_of)
            .with_code(RuleCode::PATH_PLAN_MISSING)
            .count(),
        1
    );
}

/// The review is held during the first enrolment and filed there; the next period is a
/// new enrolment (another unit) with no plan of its own.
#[test]
fn a_review_counts_for_the_period_it_agrees_wherever_it_is_filed() {
    let as_of = date(2025, 6, 1);
    let first_start = date(2024, 1, 8);
    let mut path = sample::rehabilitative_work_activity(client(), first_start, as_of);
    let next = path.enrolments[0]
        .end
        .and_then(|end| end.succ_opt())
        .expect("the first year ended");
    let review = next - Days::new(21);
    path.enrolments[0].events.push(Event::plan(
        review,
        PlanKind::ActivationPlan,
        PlanAction::Reviewed,
    ));
    let mut second = sample::rehabilitative_work_activity(client(), next, as_of).enrolments;
    for enrolment in &mut second {
        enrolment
            .events
            .retain(|event| !matches!(event, Event::Plan { .. }));
    }
    path.enrolments.extend(second);
    let report = path.validate(as_of);
    assert!(report.is_empty(), "{}", report.to_text(Lang::En));
    // Without the review, the second enrolment has no plan.
    path.enrolments[0]
        .events
        .retain(|event| !matches!(event, Event::Plan { date, .. } if *date == review));
    let missing: Vec<String> = path
        .validate(as_of)
        .with_code(RuleCode::PATH_PLAN_MISSING)
        .map(|f| f.path().to_string())
        .collect();
    assert_eq!(missing, ["/enrolments/1/events"]);
}

/// A start still to come is not missing its plan yet: the plan is due by the start.
#[test]
fn a_start_still_to_come_is_not_missing_its_plan() {
    let start = date(2025, 1, 13);
    let as_of = date(2025, 1, 3);
    let mut path = sample::rehabilitative_work_activity(client(), start, as_of);
    path.enrolments[0]
        .events
        .retain(|event| !matches!(event, Event::Plan { .. }));
    let report = path.validate(as_of);
    assert_eq!(report.with_code(RuleCode::PATH_PLAN_MISSING).count(), 0);
    let due = path.due(as_of);
    assert!(
        due.items
            .iter()
            .any(|item| matches!(item.what, tyokyky::DueKind::Plan(_)) && item.due == start),
        "{:?}",
        due.items
    );
}
