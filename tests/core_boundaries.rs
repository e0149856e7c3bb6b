//! The core's boundaries: each test sits on a comparison or a step in the core (the days
//! of a phase, a window's last day, the planner's first partial week, a review on the
//! plan's own day, the largest document, a record's own models) where a changed `<`,
//! `+ 1` or `!` would pass every other test. Each was found alive by a mutation run
//! (TESTING.md) and fails with it.

use chrono::{Days, NaiveDate};
use tyokyky::service::build::sample;
use tyokyky::service::planner::ContactDue;
use tyokyky::{ClientId, DueKind, DueStatus, Event, EventKind, RuleCode};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn client() -> ClientId {
    ClientId::new("boundary-1").expect("id")
}

/// A group of 70 days with a sick week owes 10 × 63 / 70 = 9 sessions: the days are counted
/// with the first and the last (a count without one of them, 69 or 68 days, would owe 8).
#[test]
fn a_total_is_owed_in_proportion_to_the_days_present_counted_inclusively() {
    use tyokyky::{AbsenceReason, Event, EventKind};
    let start = date(2024, 1, 8);
    let last = date(2024, 3, 17); // the 70th day
    let as_of = date(2024, 6, 1);
    let path_with = |sessions: usize| {
        let mut path = sample::wellbeing_group(client(), start, as_of);
        let enrolment = &mut path.enrolments[0];
        enrolment.phases[0].end = Some(last);
        enrolment.end = Some(last);
        // Away for the third week, days 16-22 (its session on day 22 missed).
        let (away_from, away_until) = (date(2024, 1, 24), date(2024, 1, 30));
        enrolment
            .events
            .retain(|e| !(e.kind() == EventKind::GroupSession && e.date() == away_until));
        let mut kept = 0;
        enrolment.events.retain(|e| {
            if e.kind() != EventKind::GroupSession {
                return true;
            }
            kept += 1;
            kept <= sessions
        });
        enrolment.events.push(Event::absence(
            away_from,
            away_until,
            AbsenceReason::Sickness,
        ));
        enrolment.events.sort_by_key(|e| e.date());
        assert!(enrolment.start == start);
        path
    };
    let short = |sessions| {
        path_with(sessions)
            .validate(as_of)
            .with_code(RuleCode::PATH_TOTAL_COUNT_SHORT)
            .count()
    };
    assert_eq!(short(8), 1, "eight sessions where nine are owed");
    assert_eq!(short(9), 0, "nine sessions where nine are owed");
}

/// An end measurement is missed only after the window's last day: on `end + window` it
/// may still be taken.
#[test]
fn an_end_measurement_is_missed_the_day_after_its_window() {
    let window = tyokyky::service::spec::models::wellbeing_group()
        .tolerances
        .measurement_window_days;
    let mut path = sample::wellbeing_group(client(), date(2024, 1, 8), date(2024, 6, 1));
    let end = path.enrolments[0].phases[0]
        .end
        .expect("the group has ended");
    path.enrolments[0]
        .measurements
        .retain(|m| m.date != end || m.instrument() != tyokyky::InstrumentKind::Was);
    let last_day = end + Days::new(u64::from(window));
    let missing_on = |as_of: NaiveDate| {
        path.validate(as_of)
            .with_code(RuleCode::PATH_END_MEASUREMENT_MISSING)
            .count()
    };
    assert_eq!(missing_on(last_day), 0, "on the window's last day");
    assert_eq!(missing_on(last_day + Days::new(1)), 1, "the day after");
}

/// The contacts due this week or last week, as the planner lists them.
fn contacts_due(
    path: &tyokyky::ServicePath,
    as_of: NaiveDate,
) -> Vec<(String, EventKind, DueStatus)> {
    path.due(as_of)
        .items
        .into_iter()
        .filter_map(|item| match item.what {
            DueKind::Contact(ContactDue { event, period, .. }) => {
                Some((period, event, item.status))
            }
            _ => None,
        })
        .collect()
}

/// A phase that starts on a Thursday has a partial first week: the planner lists its
/// meeting while the week runs, and does not call it overdue once the week has passed
/// (the rules judge whole weeks only).
#[test]
fn the_planner_lists_a_partial_first_week_while_it_runs_and_not_after() {
    let start = date(2024, 1, 11); // a Thursday; the first Tuesday meeting is on the 16th
    let friday = date(2024, 1, 12);
    let path = sample::mapping_and_coaching(client(), start, friday);
    let due = contacts_due(&path, friday);
    assert!(
        due.contains(&(
            "2024-W02".to_owned(),
            EventKind::IndividualMeeting,
            DueStatus::Upcoming
        )),
        "{due:?}"
    );
    let monday = date(2024, 1, 15);
    let path = sample::mapping_and_coaching(client(), start, monday);
    let due = contacts_due(&path, monday);
    assert!(
        due.iter().all(|(period, ..)| period != "2024-W02"),
        "the partial first week is past: {due:?}"
    );
    assert_eq!(path.due(monday).overdue().count(), 0);
}

/// A plan made on the day of the plan it would review is no review: the review is due
/// after the plan was made.
#[test]
fn a_review_is_a_later_plan_not_one_of_the_same_day() {
    let as_of = date(2024, 4, 1);
    let base = sample::rehabilitative_work_activity(client(), date(2024, 1, 8), as_of);
    let made = base.enrolments[0]
        .events
        .iter()
        .find(|e| e.kind() == EventKind::Plan)
        .map(Event::date)
        .expect("the activation plan");
    let overdue_with_a_plan_on = |second: NaiveDate| {
        let mut path = base.clone();
        let events = &mut path.enrolments[0].events;
        for event in events.iter_mut() {
            if let Event::Plan { review_by, .. } = event {
                *review_by = Some(date(2024, 3, 1));
            }
        }
        events.push(Event::plan(
            second,
            tyokyky::PlanKind::ActivationPlan,
            tyokyky::PlanAction::Reviewed,
        ));
        events.sort_by_key(Event::date);
        path.validate(as_of)
            .with_code(RuleCode::PATH_PLAN_REVIEW_OVERDUE)
            .count()
    };
    assert_eq!(overdue_with_a_plan_on(made), 1, "on the plan's own day");
    assert_eq!(
        overdue_with_a_plan_on(date(2024, 2, 1)),
        0,
        "a later review"
    );
}

/// A document of exactly `max_document_bytes` is read; one byte more is refused, whether
/// read as a document or as a value.
#[test]
fn a_document_of_exactly_the_largest_size_is_read() {
    use tyokyky::document::{Document, read_value};
    use tyokyky::instrument::InstrumentResult;
    use tyokyky::rules::ValidationLimits;
    let path = sample::wellbeing_group(client(), date(2024, 1, 8), date(2024, 3, 1));
    let bytes = serde_json::to_vec(&path).expect("json");
    let limits = |max: usize| ValidationLimits::default().with_max_document_bytes(max);
    assert!(Document::from_slice_with(&bytes, &limits(bytes.len())).is_ok());
    let refused = Document::from_slice_with(&bytes, &limits(bytes.len() - 1)).expect_err("over");
    assert_eq!(refused.findings()[0].code(), RuleCode::DOCUMENT_TOO_LARGE);
    // The error's message is its finding's, in the language asked.
    for lang in [tyokyky::Lang::Fi, tyokyky::Lang::Sv, tyokyky::Lang::En] {
        assert_eq!(refused.message(lang), refused.findings()[0].message(lang));
    }
    let was = br#"{"type": "was", "score": 6}"#;
    assert!(read_value::<InstrumentResult>(was, &limits(was.len())).is_ok());
    let refused = read_value::<InstrumentResult>(was, &limits(was.len() - 1)).expect_err("over");
    assert_eq!(refused.findings()[0].code(), RuleCode::DOCUMENT_TOO_LARGE);
}

/// A client record's own model specs are the models its paths are judged by.
#[test]
fn a_client_records_own_model_judges_its_paths() {
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/data/client_records/rehabilitative_work_activity.json"),
    )
    .expect("the committed record");
    let mut record: tyokyky::ClientRecord = serde_json::from_slice(&bytes).expect("record");
    let mut spec = tyokyky::service::spec::models::rehabilitative_work_activity();
    spec.id = tyokyky::Key::new("own_work_activity").expect("key");
    record.paths[0].enrolments[0].model = spec.id.clone();
    let as_of = date(2025, 3, 1);
    let unknown = |record: &tyokyky::ClientRecord| {
        record
            .validate(&tyokyky::ValidationOptions::default(), as_of)
            .with_code(RuleCode::PATH_UNKNOWN_MODEL)
            .count()
    };
    assert_eq!(unknown(&record), 1, "without the record's own spec");
    // The record's picture marks the same (its paths are checked with the same models).
    #[cfg(feature = "svg")]
    let drawn = |record: &tyokyky::ClientRecord| {
        tyokyky::timeline::record_timeline(
            record,
            &tyokyky::ValidationOptions::default(),
            as_of,
            tyokyky::Lang::En,
        )
        .contains(r#"data-code="path.unknown_model""#)
    };
    #[cfg(feature = "svg")]
    assert!(drawn(&record), "the picture without the record's own spec");
    record.models.push(spec.clone());
    assert_eq!(unknown(&record), 0, "with it");
    #[cfg(feature = "svg")]
    assert!(!drawn(&record), "the picture with it");
    let models = record.models_with(&tyokyky::ServiceModels::defaults());
    assert!(models.get(&spec.id).is_some());
    assert_eq!(
        models.iter().count(),
        tyokyky::ServiceModels::defaults().iter().count() + 1
    );
}
