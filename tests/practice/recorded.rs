//! The casework of the facts practitioners record: how a meeting took place, a
//! substitute, a measurement not done, the plan's dose, IPS job supports and the
//! client's rhythm, a job's end, a pension, a peer-led session.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use tyokyky::service::build::sample;
use tyokyky::{
    Closure, ContactMode, CoordinatorAssignment, Dose, Event, InstrumentKind, JobEndReason,
    MeasurementNotDone, NotDoneReason, Outcome, RuleCode, ServicePath, StaffId, WorkerRole,
};

use crate::cases::{Case, client, date, flagged, ktt, normal, sort};

/// The day the IPS sample's job starts.
fn job_start(path: &ServicePath) -> NaiveDate {
    path.enrolments[0]
        .events
        .iter()
        .find_map(|e| match e {
            Event::JobStart { date, .. } => Some(*date),
            _ => None,
        })
        .expect("the sample's job")
}

/// The IPS sample without its meetings in the first month at work.
fn ips_without_first_month(id: &str, as_of: NaiveDate) -> (ServicePath, NaiveDate) {
    let mut path = sample::ips_job_coaching(client(id), date(2024, 1, 8), as_of);
    let start = job_start(&path);
    path.enrolments[0].events.retain(|e| {
        !(matches!(e, Event::IndividualMeeting { date, .. }
            if *date >= start && *date < start + Days::new(28)))
    });
    (path, start)
}

fn set_dose(path: &mut ServicePath, days_a_week: u32) {
    for event in &mut path.enrolments[0].events {
        if let Event::Plan { dose, .. } = event {
            *dose = Some(Dose::new(days_a_week, Some(300)));
        }
    }
}

pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    let as_of = date(2024, 6, 30);
    let mut path = sample::mapping_and_coaching(client("practice-50"), date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::IndividualMeeting {
            date: day, mode, ..
        } = event
            && day.month() == 2
        {
            *mode = ContactMode::Phone;
        }
    }
    cases.push(normal(
        "meetings_by_phone.json",
        "Mapping whose weekly meetings in February were held by phone: a contact like any other.",
        as_of,
        path,
    ));

    let as_of = date(2024, 9, 1);
    let mut path =
        sample::multiprofessional_support(client("practice-51"), date(2024, 1, 8), as_of);
    let on_leave = path.coordinators[0].staff.clone();
    let mut substitute = CoordinatorAssignment::new(
        StaffId::new("substitute-51").expect("id"),
        WorkerRole::ClientCoordinator,
        date(2024, 6, 3),
    );
    substitute.end = Some(date(2024, 7, 28));
    substitute.stands_in_for = Some(on_leave);
    path.coordinators.push(substitute);
    cases.push(normal(
        "substitute_during_leave.json",
        "Multiprofessional support; a substitute stands in for the client coordinator during the summer leave.",
        as_of,
        path.clone(),
    ));
    if let Some(substitute) = path.coordinators.last_mut() {
        substitute.stands_in_for = None;
    }
    cases.push(flagged(
        "second_coordinator_without_a_reason.json",
        "The same second coordinator recorded without whom they stand in for: two coordinators at once.",
        as_of,
        path,
        vec![RuleCode::PATH_COORDINATORS_OVERLAP],
    ));

    let as_of = date(2024, 6, 30);
    let start = date(2024, 1, 8);
    let mut path = sample::wellbeing_group(client("practice-52"), start, as_of);
    path.enrolments[0]
        .measurements
        .retain(|m| m.instrument() != InstrumentKind::UkkWalkTest);
    let last = path.enrolments[0].end.expect("the group ended");
    cases.push(flagged(
        "walk_test_never_taken.json",
        "A wellbeing group whose UKK walk test was never taken and nobody recorded why.",
        as_of,
        path.clone(),
        vec![
            RuleCode::PATH_START_MEASUREMENT_MISSING,
            RuleCode::PATH_END_MEASUREMENT_MISSING,
        ],
    ));
    for day in [start, last] {
        path.enrolments[0]
            .measurements_not_done
            .push(MeasurementNotDone::new(
                day,
                InstrumentKind::UkkWalkTest,
                NotDoneReason::Contraindicated,
            ));
    }
    cases.push(normal(
        "walk_test_contraindicated.json",
        "A wellbeing group member with a heart condition: the UKK walk test is recorded as not done, contraindicated.",
        as_of,
        path,
    ));

    let as_of = date(2025, 3, 1);
    let mut path = sample::wellbeing_group(client("practice-53"), date(2024, 1, 8), as_of);
    let last = path.enrolments[0].end.expect("the group ended");
    path.closure = Some(Closure::new(last, Outcome::OldAgePension));
    for event in &mut path.enrolments[0].events {
        if let Event::GroupSession {
            date: day,
            peer_led,
            ..
        } = event
            && *day > date(2024, 2, 15)
        {
            *peer_led = true;
        }
    }
    cases.push(normal(
        "retired_after_the_group.json",
        "A wellbeing group member retires on an old-age pension after the last session; another member led the later sessions as a peer leader.",
        as_of,
        path,
    ));

    let as_of = date(2024, 12, 31);
    let (mut path, start) = ips_without_first_month("practice-54", as_of);
    for week in 0..4u64 {
        let day = start + Days::new(7 * week + 2);
        path.enrolments[0].events.push(if week % 2 == 0 {
            Event::EmployerContact {
                note: None,
                date: day,
            }
        } else {
            Event::WorkplaceVisit {
                note: None,
                date: day,
            }
        });
    }
    let end = start + Days::new(150);
    path.enrolments[0].events.push(Event::JobEnd {
        note: None,
        date: end,
        reason: Some(JobEndReason::FixedTermEnded),
    });
    sort(&mut path);
    cases.push(normal(
        "supports_at_the_workplace.json",
        "IPS job coaching; in the first month at work the coach calls the employer and visits the workplace in turns; the fixed-term job ends after five months.",
        as_of,
        path,
    ));

    let as_of = date(2024, 12, 31);
    let (mut path, start) = ips_without_first_month("practice-55", as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::JobStart {
            support_every_weeks,
            ..
        } = event
        {
            *support_every_weeks = Some(2);
        }
    }
    for week in [0u64, 2] {
        path.enrolments[0].events.push(Event::IndividualMeeting {
            note: None,
            date: start + Days::new(7 * week + 4),
            minutes: Some(45),
            themes: Vec::new(),
            mode: ContactMode::Video,
        });
    }
    sort(&mut path);
    cases.push(normal(
        "support_every_other_week.json",
        "IPS job coaching; the client chose support every other week at the new job, by video.",
        as_of,
        path,
    ));

    let (path, _) = ips_without_first_month("practice-56", as_of);
    cases.push(flagged(
        "no_support_in_the_first_month.json",
        "IPS job coaching with no job support in the first month at work.",
        as_of,
        path,
        vec![RuleCode::PATH_FOLLOW_ALONG_GAP],
    ));

    let as_of = date(2024, 12, 31);
    let mut path = ktt("practice-57", date(2024, 1, 8), as_of);
    set_dose(&mut path, 3);
    cases.push(normal(
        "dose_followed.json",
        "Rehabilitative work activity on the three days a week of five hours the activation plan agreed.",
        as_of,
        path.clone(),
    ));
    let september = date(2024, 9, 1);
    path.enrolments[0].events.retain(|e| {
        !(matches!(e, Event::WorkActivityDay { date: day, .. }
            if day.weekday() == Weekday::Thu && *day > september))
    });
    cases.push(flagged(
        "dose_not_followed.json",
        "The plan agreed three days a week; from September the client comes on two, and the plan is not reviewed.",
        as_of,
        path,
        vec![RuleCode::PATH_DOSE_NOT_FOLLOWED],
    ));

    cases
}
