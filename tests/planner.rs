//! The planner lists what is due and overdue, from the same specs as the rules.

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::{
    ClientId, Closure, DueKind, DueStatus, Event, EventKind, InstrumentKind, Outcome,
    PlannerConfig, ServicePath,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn start() -> NaiveDate {
    date(2024, 1, 8)
}

fn client() -> ClientId {
    ClientId::new("planner-1").expect("id")
}

fn contacts(
    path: &ServicePath,
    as_of: NaiveDate,
) -> Vec<(String, EventKind, DueStatus, NaiveDate)> {
    path.due(as_of)
        .items
        .into_iter()
        .filter_map(|item| match item.what {
            DueKind::Contact(tyokyky::service::planner::ContactDue { event, period, .. }) => {
                Some((period, event, item.status, item.due))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn this_weeks_missing_contacts_are_upcoming_and_last_weeks_overdue() {
    // Wednesday 24.1.2024: this week's Tuesday meeting happened, Thursday's group day not yet.
    let as_of = date(2024, 1, 24);
    let mut path = sample::mapping_and_coaching(client(), start(), as_of);
    assert_eq!(
        contacts(&path, as_of),
        vec![(
            "2024-W04".to_owned(),
            EventKind::GroupSession,
            DueStatus::Upcoming,
            date(2024, 1, 28)
        )]
    );
    // Last week's meeting is missing: overdue, due last Sunday.
    path.enrolments[0]
        .events
        .retain(|e| e.date() != date(2024, 1, 16));
    let due = contacts(&path, as_of);
    assert!(
        due.contains(&(
            "2024-W03".to_owned(),
            EventKind::IndividualMeeting,
            DueStatus::Overdue,
            date(2024, 1, 21)
        )),
        "{due:?}"
    );
}

#[test]
fn start_measurements_are_due_within_the_window_then_overdue() {
    let as_of = date(2024, 1, 10);
    let mut path = sample::wellbeing_group(client(), start(), as_of);
    path.enrolments[0].measurements.clear();
    let due = path.due(as_of);
    let starts: Vec<(InstrumentKind, DueStatus, NaiveDate)> = due
        .items
        .iter()
        .filter_map(|item| match item.what {
            DueKind::StartMeasurement(tyokyky::service::planner::StartMeasurementDue {
                instrument,
                ..
            }) => Some((instrument, item.status, item.due)),
            _ => None,
        })
        .collect();
    assert_eq!(
        starts,
        vec![
            (
                InstrumentKind::UkkWalkTest,
                DueStatus::Upcoming,
                date(2024, 1, 22)
            ),
            (InstrumentKind::Gas, DueStatus::Upcoming, date(2024, 1, 22)),
            // Work ability beside the health measures, as the source warns.
            (InstrumentKind::Was, DueStatus::Upcoming, date(2024, 1, 22)),
        ]
    );
    let later = path.due(date(2024, 1, 25));
    assert_eq!(
        later
            .overdue()
            .filter(|i| matches!(i.what, DueKind::StartMeasurement { .. }))
            .count(),
        3
    );
}

#[test]
fn remaining_group_sessions_are_counted() {
    let as_of = date(2024, 2, 14);
    let path = sample::wellbeing_group(client(), start(), as_of);
    let totals: Vec<(u32, u32)> = path
        .due(as_of)
        .items
        .iter()
        .filter_map(|item| match item.what {
            DueKind::TotalContacts(tyokyky::service::planner::TotalContactsDue {
                required,
                done,
                ..
            }) => Some((required, done)),
            _ => None,
        })
        .collect();
    assert_eq!(totals, vec![(10, 6)]);
}

#[test]
fn a_missing_activation_plan_is_overdue_from_the_first_day() {
    let as_of = date(2024, 1, 10);
    let mut path = sample::rehabilitative_work_activity(client(), start(), as_of);
    assert!(
        !path
            .due(as_of)
            .items
            .iter()
            .any(|i| matches!(i.what, DueKind::Plan(_)))
    );
    path.enrolments[0].events.remove(0);
    let due = path.due(as_of);
    let plan = due
        .items
        .iter()
        .find(|i| matches!(i.what, DueKind::Plan(_)))
        .expect("plan due");
    assert_eq!(
        (plan.status, plan.due, plan.path.as_str()),
        (DueStatus::Overdue, start(), "/enrolments/0/events")
    );
}

fn sixty_days() -> PlannerConfig {
    let mut config = PlannerConfig::default();
    config.horizon_days = 60;
    config
}

#[test]
fn ips_lists_the_first_employer_contact_and_support_after_a_job_start() {
    let as_of = date(2024, 1, 10);
    let path = sample::ips_job_coaching(client(), start(), as_of);
    let due = path.due_with(
        &ValidationOptions::default().with_planner(sixty_days()),
        as_of,
    );
    let contact = due
        .items
        .iter()
        .find(|i| matches!(i.what, DueKind::EmployerContact(_)))
        .expect("employer contact");
    assert_eq!(
        (contact.due, contact.status),
        (date(2024, 2, 7), DueStatus::Upcoming)
    );

    let as_of = date(2024, 4, 9);
    let mut path = sample::ips_job_coaching(client(), start(), as_of);
    path.enrolments[0]
        .events
        .retain(|e| !matches!(e, Event::IndividualMeeting { .. }) || e.date() < date(2024, 4, 8));
    let due = path.due_with(
        &ValidationOptions::default().with_planner(sixty_days()),
        as_of,
    );
    // The first week at work (8.–14.4.) owes a meeting by its last day.
    let support = due
        .items
        .iter()
        .find(|i| matches!(i.what, DueKind::FollowAlong { .. }))
        .expect("support due");
    assert_eq!(support.due, date(2024, 4, 14));
    let DueKind::FollowAlong(follow) = &support.what else {
        panic!("{:?}", support.what)
    };
    assert_eq!((follow.job_start, follow.week), (date(2024, 4, 8), 1));
}

#[test]
fn phase_ends_and_end_measurements_appear_within_the_horizon() {
    let as_of = date(2024, 12, 27);
    let path = sample::mapping_and_coaching(client(), start(), as_of);
    let due = path.due(as_of);
    assert!(due.items.iter().any(|i| matches!(&i.what, DueKind::PhaseEnd(tyokyky::service::planner::PhaseEndDue { phase, .. }) if phase.as_str() == "rehabilitative_coaching") && i.due == date(2025, 1, 7)));
    assert!(due.items.iter().any(|i| matches!(&i.what,
        DueKind::EndMeasurement(end) if end.instrument == InstrumentKind::Was)));
    // A month earlier they are beyond the 14-day horizon.
    let earlier = path.due(date(2024, 11, 27));
    assert!(
        !earlier
            .items
            .iter()
            .any(|i| matches!(i.what, DueKind::PhaseEnd { .. }))
    );
}

#[test]
fn items_are_ordered_by_due_date_and_a_closed_path_has_none() {
    let as_of = date(2024, 1, 24);
    let mut path = sample::wellbeing_group(client(), start(), as_of);
    path.enrolments[0].measurements.clear();
    let due = path.due(as_of);
    assert!(due.items.windows(2).all(|pair| pair[0].due <= pair[1].due));
    assert!(!due.items.is_empty());
    path.closure = Some(Closure::new(as_of, Outcome::DroppedOut));
    assert!(path.due(as_of).items.is_empty());
}

#[test]
fn a_phase_end_says_whether_a_next_phase_starts_or_the_service_ends() {
    use tyokyky::Lang;
    let phase_end = |as_of: NaiveDate| {
        let path = sample::mapping_and_coaching(client(), start(), as_of);
        path.due(as_of)
            .items
            .into_iter()
            .find(|item| matches!(item.what, DueKind::PhaseEnd { .. }))
            .expect("a phase end within the horizon")
    };
    // Mapping is followed by coaching.
    let mapping = phase_end(date(2024, 3, 30));
    assert!(
        matches!(&mapping.what, DueKind::PhaseEnd(tyokyky::service::planner::PhaseEndDue { next, .. }) if !next.is_empty())
    );
    assert!(
        mapping
            .message(Lang::En)
            .ends_with("reaches its longest length; the next phase starts"),
        "{}",
        mapping.message(Lang::En)
    );
    // Coaching is the last phase.
    let coaching = phase_end(date(2024, 12, 27));
    assert!(
        matches!(&coaching.what, DueKind::PhaseEnd(tyokyky::service::planner::PhaseEndDue { next, .. }) if next.is_empty())
    );
    assert!(
        coaching
            .message(Lang::Fi)
            .ends_with("pisin kesto täyttyy; palvelu päättyy"),
        "{}",
        coaching.message(Lang::Fi)
    );
}

#[test]
fn an_enrolment_is_planned_through_its_last_day_and_due_today_is_not_overdue() {
    let as_of = date(2024, 1, 24);
    let mut path = sample::wellbeing_group(client(), start(), as_of);
    path.enrolments[0].measurements.clear();
    let window = tyokyky::service::spec::models::wellbeing_group()
        .tolerances
        .measurement_window_days;
    let start_measurement = |on: NaiveDate| {
        path.due(on)
            .items
            .into_iter()
            .find(|item| matches!(item.what, DueKind::StartMeasurement { .. }))
            .expect("start measurement due")
    };
    let due_day = start() + chrono::Days::new(u64::from(window));
    let on_the_day = start_measurement(due_day);
    assert_eq!(on_the_day.due, due_day);
    assert_eq!(on_the_day.status, DueStatus::Upcoming);
    let day_after = due_day.succ_opt().expect("day");
    assert_eq!(start_measurement(day_after).status, DueStatus::Overdue);

    // An enrolment ending on the day asked about is still planned; one that ended the
    // day before is not.
    path.enrolments[0].end = Some(as_of);
    assert!(!path.due(as_of).items.is_empty());
    path.enrolments[0].end = as_of.pred_opt();
    assert!(path.due(as_of).items.is_empty());
}

/// The tags of the due items of `path` as of `as_of`.
fn due_tags(path: &ServicePath, as_of: NaiveDate) -> Vec<&'static str> {
    path.due(as_of)
        .items
        .iter()
        .map(|item| item.what.tag())
        .collect()
}

/// Every duty the validator reports when missed is listed while it is open: the referral,
/// the physiotherapist's assessment, the doctor's health assessment, the team and the
/// coordinator, which the due list did not show before they became obligations.
#[test]
fn the_due_list_shows_the_referral_the_assessments_the_team_and_the_coordinator() {
    // Multiprofessional support without its referral, team or coordinator recorded.
    let as_of = date(2024, 1, 10);
    let mut path = sample::multiprofessional_support(client(), start(), as_of);
    path.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::Referral);
    path.team.clear();
    path.coordinators.clear();
    let tags = due_tags(&path, as_of);
    for tag in ["referral", "team", "coordinator"] {
        assert!(tags.contains(&tag), "{tag} not listed: {tags:?}");
    }
    let report = path.validate(as_of);
    for code in [
        tyokyky::RuleCode::PATH_REFERRAL_MISSING,
        tyokyky::RuleCode::PATH_TEAM_TOO_SMALL,
        tyokyky::RuleCode::PATH_NO_COORDINATOR,
    ] {
        assert!(
            report.with_code(code).next().is_some(),
            "{code} not reported"
        );
    }
    // Recorded, they leave the list.
    let kept = sample::multiprofessional_support(client(), start(), as_of);
    let tags = due_tags(&kept, as_of);
    for tag in ["referral", "team", "coordinator"] {
        assert!(!tags.contains(&tag), "{tag} listed though done: {tags:?}");
    }

    // The wellbeing group before its first session: the physiotherapist's assessment.
    let before_group = date(2024, 1, 8);
    let mut group = sample::wellbeing_group(client(), start(), before_group);
    group.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::PhysiotherapyAssessment);
    assert!(due_tags(&group, before_group).contains(&"physiotherapy_assessment"));

    // Mapping and coaching near the end of mapping: the doctor's health assessment.
    let near_end = date(2024, 3, 30);
    let mut mapping = sample::mapping_and_coaching(client(), start(), near_end);
    mapping.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::HealthAssessment);
    let items = mapping.due(near_end).items;
    let health = items
        .iter()
        .find(|item| item.what.tag() == "health_assessment")
        .expect("health assessment listed");
    assert_eq!(health.due, date(2024, 4, 7), "mapping's planned last day");
    assert!(
        health
            .message(tyokyky::Lang::Fi)
            .starts_with("Kartoitusjakso: lääkärin")
    );
}
