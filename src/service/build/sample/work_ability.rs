//! The samples of work-ability support: multiprofessional support with its client
//! coordinator, and quality-based job coaching (IPS).

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{days, monthly, phase_end, record, single_enrolment, staff, weekdays};
use crate::calendar::add_months;
use crate::client::ClientId;
use crate::service::record::event::{
    EmploymentKind, Event, PlanAction, PlanKind, Profession, Theme,
};
use crate::service::record::key::Key;
use crate::service::record::path::{
    CoordinatorAssignment, Enrolment, ServicePath, TeamMember, WorkerRole,
};

/// Multiprofessional work-ability support (*OSAKSI-hanke* and *Työkykyohjelman laajentaminen, Varsinais-Suomi*): a referral, a team of
/// a physician, a social worker, an employment expert and a coordinator, one coordinator
/// at a time (the first hands over after six months), monthly team meetings for a year.
pub fn multiprofessional_support(
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> ServicePath {
    let end = phase_end(start, 12);
    let handover = add_months(start, 6).unwrap_or(start);
    let mut enrolment = Enrolment::new(Key::from_static("multiprofessional_support"), start);
    enrolment.phases.push(record("support", start, end, as_of));
    let professions = vec![
        Profession::Physician,
        Profession::SocialWorker,
        Profession::EmploymentExpert,
        Profession::WorkAbilityCoordinator,
    ];
    // The coordinator's workflow: a nurse at the reception identifies the need and refers
    // the client; the team assesses in two weeks and the plan is made a week later.
    enrolment.events.push(Event::NeedIdentified {
        note: None,
        date: start,
        by: Profession::Nurse,
    });
    enrolment.events.push(Event::Referral {
        note: None,
        date: start,
    });
    enrolment.events.push(Event::WorkAbilityAssessment {
        note: None,
        date: days(start, 14),
        professions: professions.clone(),
    });
    enrolment.events.push(Event::plan(
        days(start, 21),
        PlanKind::ClientPlan,
        PlanAction::DrawnUp,
    ));
    // The coordinator fits the client's services and benefits together a week later.
    enrolment.events.push(Event::ServiceCoordination {
        date: days(start, 28),
        note: None,
    });
    // A physiotherapist consults the work-ability coordinator in the second month.
    enrolment.events.push(Event::Consultation {
        note: None,
        date: days(start, 40),
        by: Profession::Physiotherapist,
    });
    for date in monthly(start, end, 5) {
        enrolment.events.push(Event::TeamMeeting {
            note: None,
            date,
            professions: professions.clone(),
        });
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date: days(date, 7),
            minutes: Some(60),
            themes: vec![Theme::SituationAssessment],
        });
    }
    enrolment.events.retain(|event| event.date() <= end);
    let mut path = single_enrolment(client, enrolment, end, as_of);
    path.coordinators = vec![
        CoordinatorAssignment {
            stands_in_for: None,
            staff: staff("coordinator-a"),
            role: WorkerRole::ClientCoordinator,
            start,
            end: handover.pred_opt(),
        },
        CoordinatorAssignment {
            stands_in_for: None,
            staff: staff("coordinator-b"),
            role: WorkerRole::ClientCoordinator,
            start: handover,
            end: None,
        },
    ];
    path.coordinators
        .retain(|assignment| assignment.start <= as_of);
    path.team = professions
        .iter()
        .zip([
            "physician-1",
            "social-worker-1",
            "employment-1",
            "coordinator-a",
        ])
        .map(|(profession, id)| TeamMember {
            staff: staff(id),
            profession: *profession,
        })
        .collect();
    path
}

/// IPS job coaching (*Työkykyohjelman laajentaminen, Varsinais-Suomi*): weekly meetings, a first employer contact in the
/// second week, an open-market job from the third month with meetings going on.
pub fn ips_job_coaching(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    let end = phase_end(start, 12);
    let job_start = add_months(start, 3).unwrap_or(start);
    let mut enrolment = Enrolment::new(Key::from_static("ips_job_coaching"), start);
    enrolment.phases.push(record("coaching", start, end, as_of));
    // The client wants work in the open market, in a warehouse or in cleaning.
    enrolment.events.push(Event::WorkPreference {
        note: None,
        date: start,
        open_market: true,
        kinds_of_work: vec![Key::from_static("warehouse"), Key::from_static("cleaning")],
    });
    enrolment.events.push(Event::EmployerContact {
        note: None,
        date: days(start, 8),
    });
    enrolment.events.push(Event::EmployerContact {
        note: None,
        date: days(start, 20),
    });
    // Benefits counselling before the job: how work changes the client's benefits.
    enrolment.events.push(Event::BenefitsCounselling {
        date: job_start
            .checked_sub_days(Days::new(7))
            .unwrap_or(job_start),
        note: None,
    });
    // The coach meets the client's treatment team once a month, mid-month (or on the
    // first day, in the first month).
    for month in 0..=12 {
        let Some(day) = add_months(start.with_day(1).unwrap_or(start), month)
            .and_then(|first| first.checked_add_days(Days::new(14)))
            .map(|mid| mid.max(start))
        else {
            continue;
        };
        if day <= end {
            enrolment.events.push(Event::TeamMeeting {
                date: day,
                professions: vec![
                    Profession::JobCoach,
                    Profession::Psychologist,
                    Profession::Nurse,
                ],
                note: None,
            });
        }
    }
    enrolment.events.push(Event::JobStart {
        note: None,
        support_every_weeks: None,
        date: job_start,
        employment: EmploymentKind::OpenMarket,
    });
    for date in weekdays(start, end, &[Weekday::Fri]) {
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date,
            minutes: Some(45),
            themes: vec![if date < job_start {
                Theme::PlaceSearch
            } else {
                Theme::WorkplaceGuidance
            }],
        });
    }
    single_enrolment(client, enrolment, end, as_of)
}
