//! The casework added with the law of the day and practice lengths: each case is what a
//! social worker, a physiotherapist, a job coach or a coordinator records on an ordinary
//! day, or a departure a source or the law names.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use tyokyky::service::build::sample;
use tyokyky::{
    AbsenceReason, CoordinatorAssignment, Event, InstrumentKind, InterruptionReason, Measurement,
    PlanAction, PlanKind, PlanParty, RuleCode, ServicePath, StaffId, Theme, WorkerRole,
};

use crate::cases::{Case, absence, away, client, date, flagged, ktt, normal, sort};

/// The days of `weekdays` from `first` to `last`.
fn days_on(first: NaiveDate, last: NaiveDate, weekdays: &[Weekday]) -> Vec<NaiveDate> {
    first
        .iter_days()
        .take_while(|day| *day <= last)
        .filter(|day| weekdays.contains(&day.weekday()))
        .collect()
}

/// A mapping phase still running on `as_of`, begun on 8 January 2024: the sample's
/// weekly meetings and group days, carried on past its three months to `as_of`.
fn mapping_running(id: &str, as_of: NaiveDate) -> ServicePath {
    let start = date(2024, 1, 8);
    let mut path = sample::mapping_and_coaching(client(id), start, date(2024, 4, 6));
    let enrolment = &mut path.enrolments[0];
    for day in days_on(date(2024, 4, 7), as_of, &[Weekday::Tue]) {
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date: day,
            minutes: Some(60),
            themes: vec![Theme::NextStep],
        });
    }
    for day in days_on(date(2024, 4, 7), as_of, &[Weekday::Thu]) {
        enrolment.events.push(Event::GroupSession {
            note: None,
            mode: Default::default(),
            peer_led: false,
            date: day,
            minutes: 300,
            themes: vec![Theme::LifeManagement],
        });
    }
    sort(&mut path);
    path
}

/// Work-activity days of five hours on Monday, Wednesday and Thursday from `first` to
/// `last`.
fn ktt_days(path: &mut ServicePath, first: NaiveDate, last: NaiveDate) {
    for day in days_on(first, last, &[Weekday::Mon, Weekday::Wed, Weekday::Thu]) {
        path.enrolments[0].events.push(Event::WorkActivityDay {
            note: None,
            date: day,
            minutes: 300,
        });
    }
    sort(path);
}

/// The first plan of the path, to change.
fn plan(path: &mut ServicePath) -> &mut Event {
    path.enrolments[0]
        .events
        .iter_mut()
        .find(|e| matches!(e, Event::Plan { .. }))
        .expect("the sample's plan")
}

pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // "Asiakastyö jakautuu 3 kuukautta kestävään kartoitusjaksoon…": three months of
    // practice, not law; three weeks in hospital push the mapping's end on.
    let as_of = date(2024, 4, 20);
    let mut path = mapping_running("practice-30", as_of);
    away(&mut path, date(2024, 2, 5), date(2024, 2, 25));
    path.enrolments[0].events.push(Event::Interruption {
        note: None,
        date: date(2024, 2, 5),
        reason: InterruptionReason::HospitalTreatment,
        expected_return: Some(date(2024, 2, 26)),
    });
    path.enrolments[0].events.push(Event::Restart {
        note: None,
        date: date(2024, 2, 26),
    });
    sort(&mut path);
    cases.push(normal(
        "mapping_longer_after_hospital.json",
        "Mapping interrupted for three weeks of hospital treatment in February runs three weeks past its three months: the interrupted days do not count.",
        as_of,
        path,
    ));

    // An agreed start: the plan is drawn up on 2 January for a start on 8 January; the
    // record is read on 3 January.
    let as_of = date(2025, 1, 3);
    let mut path = ktt("practice-31", date(2025, 1, 8), date(2025, 1, 3));
    if let Event::Plan {
        date: made,
        parties,
        ..
    } = plan(&mut path)
    {
        *made = date(2025, 1, 2);
        *parties = vec![
            PlanParty::Client,
            PlanParty::EmploymentAuthority,
            PlanParty::WellbeingServicesCounty,
        ];
    }
    cases.push(normal(
        "start_agreed_ahead.json",
        "Rehabilitative work activity agreed on 2 January 2025 to start on 8 January, read on 3 January: the start is scheduled, not an error.",
        as_of,
        path,
    ));

    // A planned handover: the next coordinator's assignment is recorded a month ahead.
    let as_of = date(2024, 6, 14);
    let mut path =
        sample::multiprofessional_support(client("practice-32"), date(2024, 1, 8), as_of);
    path.coordinators[0].end = Some(date(2024, 7, 19));
    path.coordinators.push(CoordinatorAssignment::new(
        StaffId::new("coordinator-next").expect("id"),
        WorkerRole::ClientCoordinator,
        date(2024, 7, 15),
    ));
    cases.push(normal(
        "handover_planned_ahead.json",
        "Multiprofessional support; the handover to the next client coordinator in July is recorded in June, a week of overlap included.",
        as_of,
        path,
    ));

    // A part day: the client leaves after two hours with a sudden illness.
    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-33", date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::WorkActivityDay {
            date: day, minutes, ..
        } = event
            && *day == date(2024, 3, 13)
        {
            *minutes = 120;
        }
    }
    path.enrolments[0].events.push(Event::Absence {
        note: None,
        date: date(2024, 3, 13),
        until: date(2024, 3, 13),
        reason: AbsenceReason::Sickness,
        part_day: true,
    });
    sort(&mut path);
    cases.push(normal(
        "left_early_sick.json",
        "Rehabilitative work activity; on 13 March the client leaves after two hours with a sudden illness, recorded as a part-day sickness absence.",
        as_of,
        path,
    ));

    // From 1.1.2025 the municipality or employment area is the employment authority.
    let as_of = date(2025, 6, 30);
    let mut path = ktt("practice-34", date(2025, 2, 10), as_of);
    if let Event::Plan { parties, .. } = plan(&mut path) {
        *parties = vec![
            PlanParty::Client,
            PlanParty::Municipality,
            PlanParty::WellbeingServicesCounty,
        ];
    }
    cases.push(normal(
        "plan_by_the_municipality_2025.json",
        "An activation plan of February 2025 drawn up by the client, the municipality (the employment authority since 2025) and the wellbeing services county.",
        as_of,
        path,
    ));

    // A coaching client who found no job: supported employment and workplace guidance
    // are given as needed, not owed.
    let as_of = date(2025, 3, 1);
    let mut path = sample::mapping_and_coaching(client("practice-35"), date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::IndividualMeeting { themes, .. } = event {
            themes.retain(|t| !matches!(t, Theme::SupportedEmployment | Theme::WorkplaceGuidance));
        }
    }
    cases.push(normal(
        "coaching_without_a_job.json",
        "Mapping and coaching for a client who found no job: no supported employment or workplace guidance was needed.",
        as_of,
        path,
    ));

    // "Toimintaa muokataan ryhmän asiakkaiden toiveiden mukaan."
    let as_of = date(2024, 6, 30);
    let mut path = sample::wellbeing_group(client("practice-36"), date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::GroupSession { themes, .. } = event {
            themes.retain(|t| *t != Theme::Culture);
        }
    }
    cases.push(normal(
        "wellbeing_group_chose_its_themes.json",
        "A wellbeing group that chose exercise and nutrition over a culture visit, as its members wished.",
        as_of,
        path,
    ));

    // A review confirms the plan; the second period starts on it.
    let as_of = date(2024, 8, 30);
    let mut path = ktt("practice-37", date(2024, 1, 8), as_of);
    path.enrolments[0].events.push(Event::Plan {
        note: None,
        dose: None,
        date: date(2024, 6, 14),
        plan: PlanKind::ActivationPlan,
        action: PlanAction::Reviewed,
        records_goal: false,
        records_support: false,
        parties: Vec::new(),
        services: Vec::new(),
        review_by: None,
        consent_to_share: None,
    });
    sort(&mut path);
    cases.push(normal(
        "review_confirms_the_plan.json",
        "Rehabilitative work activity; the activation plan is reviewed in June and confirmed without restating its goal.",
        as_of,
        path,
    ));

    // A 2020 plan: the duty to record the goal and the support began on 1.1.2021.
    let as_of = date(2020, 12, 31);
    let mut path = ktt("practice-38", date(2020, 6, 8), as_of);
    if let Event::Plan {
        records_goal,
        records_support,
        ..
    } = plan(&mut path)
    {
        *records_goal = false;
        *records_support = false;
    }
    cases.push(normal(
        "plan_of_2020.json",
        "An activation plan of June 2020 that records no goal: the law asked it to only from 1 January 2021.",
        as_of,
        path,
    ));

    // No rhythm of team meetings is owed: neither source states one.
    let as_of = date(2024, 12, 20);
    let mut path =
        sample::multiprofessional_support(client("practice-39"), date(2024, 1, 8), as_of);
    path.enrolments[0]
        .events
        .retain(|e| !matches!(e, Event::TeamMeeting { .. }));
    cases.push(normal(
        "support_without_monthly_team_meetings.json",
        "Multiprofessional support whose team met when the client's case needed it, not every month.",
        as_of,
        path,
    ));

    // One day in two records: a morning and an afternoon.
    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-40", date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::WorkActivityDay {
            date: day, minutes, ..
        } = event
            && *day == date(2024, 4, 10)
        {
            *minutes = 150;
        }
    }
    path.enrolments[0].events.push(Event::WorkActivityDay {
        note: None,
        date: date(2024, 4, 10),
        minutes: 150,
    });
    sort(&mut path);
    cases.push(normal(
        "day_in_two_records.json",
        "Rehabilitative work activity; 10 April is recorded as a morning and an afternoon of two and a half hours: one day of five hours.",
        as_of,
        path,
    ));

    // Departures.
    let as_of = date(2024, 5, 10);
    let path = mapping_running("practice-41", as_of);
    cases.push(flagged(
        "mapping_overrun.json",
        "Mapping still running in May, a month past its three months, with no interruption or absence to explain it.",
        as_of,
        path,
        vec![RuleCode::PATH_PHASE_TOO_LONG],
    ));

    let as_of = date(2024, 3, 29);
    let start = date(2022, 1, 10);
    let mut path = ktt("practice-42", start, as_of);
    let end = start + Days::new(800);
    path.enrolments[0].phases[0].end = Some(end);
    path.enrolments[0].end = Some(end);
    let first_year_end = start + Days::new(365);
    ktt_days(&mut path, first_year_end, end);
    cases.push(flagged(
        "period_over_24_months.json",
        "One period of rehabilitative work activity of 26 months: the law allows at most 24 before a new period is agreed.",
        as_of,
        path,
        vec![RuleCode::PATH_PHASE_TOO_LONG],
    ));

    let as_of = date(2024, 6, 5);
    let mut path = sample::wellbeing_group(client("practice-43"), date(2024, 3, 4), as_of);
    path.enrolments[0].measurements.push(Measurement::new(
        date(2024, 6, 12),
        sample::result(InstrumentKind::Was, true),
    ));
    cases.push(flagged(
        "measured_next_week.json",
        "A wellbeing group whose final Work Ability Score is recorded a week before it is measured.",
        as_of,
        path,
        vec![RuleCode::PATH_DATE_IN_FUTURE],
    ));

    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-44", date(2024, 1, 8), as_of);
    absence(
        &mut path,
        date(2024, 3, 11),
        date(2024, 3, 17),
        AbsenceReason::Unexcused,
    );
    cases.push(flagged(
        "unexcused_week.json",
        "Rehabilitative work activity; a week away without a reason is recorded, and nobody followed it up.",
        as_of,
        path,
        vec![RuleCode::PATH_CADENCE_GAP],
    ));

    cases
}
