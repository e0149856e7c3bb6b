//! The cases of the practice corpus and the helpers that build them.

use chrono::NaiveDate;
use tyokyky::service::build::fulfilling;
use tyokyky::service::{build::sample, spec::models};
use tyokyky::{
    AbsenceReason, ClientId, Closure, CoordinatorAssignment, EmploymentKind, Event,
    InterruptionReason, Organiser, OrganiserAssignment, OrganiserKind, Outcome, PlanAction,
    PlanParty, RuleCode, ServicePath, StaffId, WorkerRole,
};
pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

pub fn client(id: &str) -> ClientId {
    ClientId::new(id).expect("id")
}

/// Removes the contacts of `first..=last` (the client was away).
pub fn away(path: &mut ServicePath, first: NaiveDate, last: NaiveDate) {
    for enrolment in &mut path.enrolments {
        enrolment.events.retain(|e| {
            let contact = matches!(
                e,
                Event::WorkActivityDay { .. }
                    | Event::IndividualMeeting { .. }
                    | Event::GroupSession { .. }
            );
            !(contact && first <= e.date() && e.date() <= last)
        });
    }
}

pub fn absence(path: &mut ServicePath, first: NaiveDate, until: NaiveDate, reason: AbsenceReason) {
    away(path, first, until);
    path.enrolments[0].events.push(Event::Absence {
        note: None,
        date: first,
        until,
        reason,
        part_day: false,
    });
    sort(path);
}

pub fn sort(path: &mut ServicePath) {
    for enrolment in &mut path.enrolments {
        enrolment.events.sort_by_key(|e| (e.date(), e.kind()));
    }
}

pub fn ktt(id: &str, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    sample::rehabilitative_work_activity(client(id), start, as_of)
}

pub fn set_plan(path: &mut ServicePath, parties: Vec<PlanParty>, review: Option<NaiveDate>) {
    for event in &mut path.enrolments[0].events {
        if let Event::Plan { services, .. } = event {
            services.push(tyokyky::Key::new("rehabilitative_work_activity").expect("key"));
        }
        if let Event::Plan {
            parties: recorded,
            review_by,
            ..
        } = event
        {
            *recorded = parties;
            *review_by = review;
            return;
        }
    }
}

pub fn law_parties() -> Vec<PlanParty> {
    vec![
        PlanParty::Client,
        PlanParty::EmploymentAuthority,
        PlanParty::WellbeingServicesCounty,
    ]
}

/// One case of the corpus.
pub struct Case {
    pub file: &'static str,
    pub represents: &'static str,
    pub as_of: NaiveDate,
    pub path: ServicePath,
    /// The rules it breaks: none for normal practice.
    pub flags: Vec<RuleCode>,
}

pub fn normal(
    file: &'static str,
    represents: &'static str,
    as_of: NaiveDate,
    path: ServicePath,
) -> Case {
    Case {
        file,
        represents,
        as_of,
        path,
        flags: Vec::new(),
    }
}

pub fn flagged(
    file: &'static str,
    represents: &'static str,
    as_of: NaiveDate,
    path: ServicePath,
    flags: Vec<RuleCode>,
) -> Case {
    Case {
        file,
        represents,
        as_of,
        path,
        flags,
    }
}

pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // Normal casework.
    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-01", date(2024, 1, 8), as_of);
    absence(
        &mut path,
        date(2024, 3, 11),
        date(2024, 3, 17),
        AbsenceReason::Sickness,
    );
    cases.push(normal(
        "sick_week.json",
        "Rehabilitative work activity; the client is off sick for a whole week in March and attends no day that week.",
        as_of,
        path,
    ));

    let as_of = date(2025, 2, 28);
    let mut path = ktt("practice-02", date(2024, 9, 2), as_of);
    absence(
        &mut path,
        date(2024, 12, 23),
        date(2025, 1, 6),
        AbsenceReason::UnitClosed,
    );
    cases.push(normal(
        "christmas_closure.json",
        "Rehabilitative work activity across the year end; the unit is closed from 23 December to 6 January.",
        as_of,
        path,
    ));

    let as_of = date(2024, 8, 30);
    let spec = models::rehabilitative_work_activity();
    let mut path = fulfilling(
        &spec,
        client("practice-03"),
        date(2024, 1, 8),
        as_of,
        &Default::default(),
    );
    let mut second = fulfilling(
        &spec,
        client("practice-03"),
        date(2024, 4, 8),
        as_of,
        &Default::default(),
    );
    for event in &mut second.enrolments[0].events {
        if let Event::Plan { date, action, .. } = event {
            *date = self::date(2024, 4, 3);
            *action = PlanAction::Reviewed;
        }
    }
    path.enrolments.append(&mut second.enrolments);
    cases.push(normal(
        "second_period_after_review.json",
        "Two periods of rehabilitative work activity: the second, from April, was agreed when the activation plan was reviewed.",
        as_of,
        path,
    ));

    let as_of = date(2024, 12, 20);
    let mut path = sample::mapping_and_coaching(client("practice-04"), date(2024, 1, 8), as_of);
    away(&mut path, date(2024, 5, 6), date(2024, 6, 9));
    path.enrolments[0].events.push(Event::Interruption {
        note: None,
        date: date(2024, 5, 6),
        reason: InterruptionReason::HospitalTreatment,
        expected_return: Some(date(2024, 6, 10)),
    });
    path.enrolments[0].events.push(Event::Restart {
        note: None,
        date: date(2024, 6, 10),
    });
    sort(&mut path);
    cases.push(normal(
        "interruption_and_restart.json",
        "Mapping and coaching; coaching is interrupted for five weeks of hospital treatment and goes on after it.",
        as_of,
        path,
    ));

    let as_of = date(2025, 3, 1);
    let mut path =
        sample::multiprofessional_support(client("practice-05"), date(2024, 1, 8), as_of);
    path.coordinators[0].end = Some(date(2024, 7, 12));
    cases.push(normal(
        "handover_between_workers.json",
        "Multiprofessional support; the client coordinator hands the client over to a colleague with five days together.",
        as_of,
        path,
    ));

    let as_of = date(2025, 3, 31);
    let path = sample::mapping_and_coaching(client("practice-06"), date(2024, 11, 18), as_of);
    cases.push(normal(
        "year_end_mapping.json",
        "Mapping starts in November and runs over the year end, through ISO week 2025-W01 that begins on 30 December.",
        as_of,
        path,
    ));

    let as_of = date(2024, 6, 30);
    let path = sample::wellbeing_group(client("practice-07"), date(2024, 2, 29), as_of);
    cases.push(normal(
        "leap_day_start.json",
        "A wellbeing group that starts on the leap day, 29 February 2024.",
        as_of,
        path,
    ));

    let as_of = date(2024, 9, 30);
    let mut path = ktt("practice-08", date(2024, 1, 8), as_of);
    let group = sample::wellbeing_group(client("practice-08"), date(2024, 3, 4), as_of);
    path.enrolments.extend(group.enrolments);
    cases.push(normal(
        "several_models_one_client.json",
        "One client in rehabilitative work activity and, for ten weeks in spring, in a wellbeing group as well.",
        as_of,
        path,
    ));

    let as_of = date(2024, 12, 20);
    let mut path = sample::mapping_and_coaching(client("practice-09"), date(2024, 1, 8), as_of);
    path.enrolments[0].events.push(Event::JobStart {
        note: None,
        support_every_weeks: None,
        date: date(2024, 6, 3),
        employment: EmploymentKind::Subsidised,
    });
    sort(&mut path);
    cases.push(normal(
        "job_inside_coaching.json",
        "Mapping and coaching; the client starts a wage-subsidised job in June, inside the coaching phase that follows it up.",
        as_of,
        path,
    ));

    let as_of = date(2024, 10, 31);
    let mut path = ktt("practice-10", date(2024, 1, 8), as_of);
    absence(
        &mut path,
        date(2024, 7, 1),
        date(2024, 7, 28),
        AbsenceReason::UnitClosed,
    );
    cases.push(normal(
        "summer_closure.json",
        "Rehabilitative work activity; the unit closes for four weeks in July.",
        as_of,
        path,
    ));

    let as_of = date(2024, 10, 31);
    let mut path = ktt("practice-11", date(2024, 1, 8), as_of);
    set_plan(&mut path, law_parties(), Some(date(2024, 6, 28)));
    path.enrolments[0].events.push(Event::Plan {
        note: None,
        dose: None,
        date: date(2024, 6, 14),
        plan: tyokyky::PlanKind::ActivationPlan,
        action: PlanAction::Reviewed,
        records_goal: true,
        records_support: true,
        parties: law_parties(),
        services: Vec::new(),
        review_by: Some(date(2024, 12, 13)),
        consent_to_share: Some(true),
    });
    sort(&mut path);
    cases.push(normal(
        "plan_reviewed_on_time.json",
        "Rehabilitative work activity; the activation plan, drawn up by the employment authority and the wellbeing services county with the client, is reviewed before its review day.",
        as_of,
        path,
    ));

    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-12", date(2024, 1, 8), as_of);
    // Sick on Monday and Wednesday; back on Thursday.
    absence(
        &mut path,
        date(2024, 4, 15),
        date(2024, 4, 17),
        AbsenceReason::Sickness,
    );
    cases.push(normal(
        "part_week_sickness.json",
        "Rehabilitative work activity; the client is sick at the start of a week and attends on Thursday.",
        as_of,
        path,
    ));

    let as_of = date(2024, 5, 31);
    let mut path = ktt("practice-13", date(2024, 1, 8), as_of);
    path.enrolments[0].events.push(Event::absence(
        date(2024, 7, 1),
        date(2024, 7, 21),
        AbsenceReason::Holiday,
    ));
    sort(&mut path);
    cases.push(normal(
        "holiday_agreed_ahead.json",
        "Rehabilitative work activity; a three-week summer holiday is agreed in May and recorded ahead.",
        as_of,
        path,
    ));

    let as_of = date(2025, 3, 1);
    let path = sample::ips_job_coaching(client("practice-14"), date(2024, 1, 8), as_of);
    cases.push(normal(
        "ips_job_found.json",
        "IPS job coaching; the client finds an open-market job in the third month and weekly support goes on.",
        as_of,
        path,
    ));

    let as_of = date(2025, 3, 1);
    let mut path =
        sample::multiprofessional_support(client("practice-15"), date(2024, 1, 8), as_of);
    for (staff, role) in [
        ("social-worker-1", WorkerRole::NamedWorker),
        ("employment-1", WorkerRole::EmploymentExpert),
    ] {
        path.coordinators.push(CoordinatorAssignment::new(
            StaffId::new(staff).expect("staff"),
            role,
            date(2024, 1, 8),
        ));
    }
    cases.push(normal(
        "workers_side_by_side.json",
        "Multiprofessional support; the named worker of the Social Welfare Act and an employment expert work beside the client coordinator all year.",
        as_of,
        path,
    ));

    let as_of = date(2025, 3, 31);
    let mut path = ktt("practice-16", date(2024, 9, 2), as_of);
    let te_office = Organiser {
        kind: OrganiserKind::Provider,
        id: tyokyky::Key::new("te_office_keski_suomi").expect("key"),
    };
    let area = Organiser {
        kind: OrganiserKind::MunicipalEmploymentArea,
        id: tyokyky::Key::new("jyvaskyla_area").expect("key"),
    };
    path.enrolments[0].organisers = vec![
        {
            let mut te = OrganiserAssignment::new(te_office, date(2024, 9, 2));
            te.end = Some(date(2024, 12, 31));
            te
        },
        OrganiserAssignment::new(area.clone(), date(2025, 1, 1)),
    ];
    path.enrolments[0].events.push(Event::Handoff {
        note: None,
        date: date(2025, 1, 1),
        to: area,
    });
    sort(&mut path);
    cases.push(normal(
        "organiser_handoff_2025.json",
        "Rehabilitative work activity over the 2025 reform: the employment services move from the TE office to the municipal employment area on 1 January.",
        as_of,
        path,
    ));

    let as_of = date(2024, 6, 30);
    let mut path = sample::wellbeing_group(client("practice-17"), date(2024, 1, 8), as_of);
    absence(
        &mut path,
        date(2024, 1, 29),
        date(2024, 2, 4),
        AbsenceReason::Sickness,
    );
    cases.push(normal(
        "wellbeing_group_sick_week.json",
        "A wellbeing group of ten weekly sessions; the client is sick for a week and misses one session.",
        as_of,
        path,
    ));

    // Malpractice.
    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-21", date(2024, 1, 8), as_of);
    for day in [date(2024, 4, 9), date(2024, 4, 12)] {
        path.enrolments[0].events.push(Event::WorkActivityDay {
            note: None,
            date: day,
            minutes: 300,
        });
    }
    sort(&mut path);
    cases.push(flagged(
        "five_days_a_week.json",
        "Rehabilitative work activity on five days of one week: the law allows at most four.",
        as_of,
        path,
        vec![RuleCode::PATH_CADENCE_EXCEEDED],
    ));

    let mut path = ktt("practice-22", date(2024, 1, 8), as_of);
    path.enrolments[0]
        .events
        .retain(|e| !matches!(e, Event::Plan { .. }));
    cases.push(flagged(
        "no_activation_plan.json",
        "Rehabilitative work activity with no activation plan or multiprofessional employment plan before it starts.",
        as_of,
        path,
        vec![RuleCode::PATH_PLAN_MISSING],
    ));

    let mut path = ktt("practice-23", date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::WorkActivityDay {
            date: day, minutes, ..
        } = event
            && *day >= date(2024, 5, 1)
        {
            *minutes = 150;
        }
    }
    cases.push(flagged(
        "short_days.json",
        "Rehabilitative work activity days of two and a half hours from May: the law asks for at least four.",
        as_of,
        path,
        vec![RuleCode::PATH_CONTACT_TOO_SHORT],
    ));

    let mut path = ktt("practice-24", date(2024, 1, 8), as_of);
    absence(
        &mut path,
        date(2024, 4, 8),
        date(2024, 4, 28),
        AbsenceReason::Unexcused,
    );
    cases.push(flagged(
        "unexplained_missed_weeks.json",
        "Rehabilitative work activity; the client stays away for three weeks without a reason and nobody follows it up.",
        as_of,
        path,
        vec![RuleCode::PATH_CADENCE_GAP],
    ));

    let as_of = date(2024, 10, 31);
    let mut path = ktt("practice-25", date(2024, 1, 8), as_of);
    away(&mut path, date(2024, 5, 6), as_of);
    path.enrolments[0].events.push(Event::Interruption {
        note: None,
        date: date(2024, 5, 6),
        reason: InterruptionReason::Illness,
        expected_return: Some(date(2024, 6, 3)),
    });
    sort(&mut path);
    cases.push(flagged(
        "interruption_never_reviewed.json",
        "Rehabilitative work activity interrupted by illness in May; the return agreed for June never happened and nobody reviewed the plan.",
        as_of,
        path,
        vec![RuleCode::PATH_INTERRUPTION_LONG],
    ));

    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-26", date(2024, 1, 8), as_of);
    path.enrolments[0].events.push(Event::Restart {
        note: None,
        date: date(2024, 3, 4),
    });
    sort(&mut path);
    cases.push(flagged(
        "restart_without_interruption.json",
        "A restart recorded with no interruption before it: the record is inconsistent.",
        as_of,
        path,
        vec![RuleCode::PATH_RESTART_WITHOUT_INTERRUPTION],
    ));

    let as_of = date(2024, 10, 31);
    let mut path = ktt("practice-27", date(2024, 1, 8), as_of);
    set_plan(&mut path, law_parties(), Some(date(2024, 6, 28)));
    cases.push(flagged(
        "plan_review_overdue.json",
        "The activation plan was to be reviewed by the end of June; by the end of October it has not been.",
        as_of,
        path,
        vec![RuleCode::PATH_PLAN_REVIEW_OVERDUE],
    ));

    let as_of = date(2024, 6, 30);
    let mut path = ktt("practice-28", date(2024, 1, 8), as_of);
    set_plan(
        &mut path,
        vec![
            PlanParty::Client,
            PlanParty::EmploymentAuthority,
            PlanParty::Municipality,
        ],
        None,
    );
    cases.push(flagged(
        "plan_without_the_county.json",
        "A 2024 activation plan drawn up with the municipality instead of the wellbeing services county.",
        as_of,
        path,
        vec![RuleCode::PATH_PLAN_PARTIES_MISSING],
    ));

    let as_of = date(2025, 3, 1);
    let mut path = sample::wellbeing_group(client("practice-29"), date(2024, 1, 8), as_of);
    path.closure = Some(Closure::new(date(2024, 2, 1), Outcome::Education));
    cases.push(flagged(
        "closed_before_the_last_session.json",
        "A wellbeing group path closed in February although the group met until March.",
        as_of,
        path,
        vec![
            RuleCode::PATH_CLOSURE_BEFORE_LAST_EVENT,
            RuleCode::PATH_OPEN_AFTER_CLOSURE,
        ],
    ));
    cases.extend(crate::casework::cases());
    cases.extend(crate::recorded::cases());
    cases.extend(crate::periods::cases());
    cases
}
