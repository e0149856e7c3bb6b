//! The samples of work-ability support: multiprofessional support with its client
//! coordinator, and quality-based job coaching (IPS).

use chrono::{NaiveDate, Weekday};

use super::{TEMPLATE_DAY, meeting, sample};
use crate::client::ClientId;
use crate::service::build::realism::{Contacts, Offset, Realism, Schedule};
use crate::service::record::event::{
    EmploymentKind, Event, PlanAction, PlanKind, Profession, Theme,
};
use crate::service::record::key::{Key, StaffId};
use crate::service::record::path::{ServicePath, TeamMember};

/// Multiprofessional work-ability support (*OSAKSI-hanke* and *Työkykyohjelman
/// laajentaminen, Varsinais-Suomi*): a referral, a team of a physician, a social worker,
/// an employment expert and a coordinator, one coordinator at a time (the first hands over
/// after six months), a team meeting on the 5th and an individual meeting on the 12th of
/// each month for a year.
pub fn multiprofessional_support(
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> ServicePath {
    sample("multiprofessional_support", client, start, as_of)
}

pub(super) fn multiprofessional_support_realism() -> Realism {
    let professions = vec![
        Profession::Physician,
        Profession::SocialWorker,
        Profession::EmploymentExpert,
        Profession::WorkAbilityCoordinator,
    ];
    let team = professions.iter().zip([
        "physician-1",
        "social-worker-1",
        "employment-1",
        "coordinator-a",
    ]);
    let realism = team.fold(Realism::default(), |realism, (profession, staff)| {
        realism.team_member(TeamMember {
            staff: StaffId::from_static(staff),
            profession: *profession,
        })
    });
    realism
        .phase_length("support", Offset::months(12))
        .coordinator(Offset::START, "coordinator-a")
        .coordinator(Offset::months(6), "coordinator-b")
        // The coordinator's workflow: a nurse at the reception identifies the need and
        // refers the client; the team assesses in two weeks and the plan is made a week
        // later; the coordinator fits services and benefits together a week after that.
        .event(
            Offset::START,
            Event::NeedIdentified {
                note: None,
                date: TEMPLATE_DAY,
                by: Profession::Nurse,
            },
        )
        .event(
            Offset::START,
            Event::Referral {
                note: None,
                date: TEMPLATE_DAY,
            },
        )
        .event(
            Offset::days(14),
            Event::WorkAbilityAssessment {
                note: None,
                date: TEMPLATE_DAY,
                professions: professions.clone(),
            },
        )
        .event(
            Offset::days(21),
            Event::plan(TEMPLATE_DAY, PlanKind::ClientPlan, PlanAction::DrawnUp),
        )
        .event(
            Offset::days(28),
            Event::ServiceCoordination {
                date: TEMPLATE_DAY,
                note: None,
            },
        )
        // A physiotherapist consults the work-ability coordinator in the second month.
        .event(
            Offset::days(40),
            Event::Consultation {
                note: None,
                date: TEMPLATE_DAY,
                by: Profession::Physiotherapist,
            },
        )
        .contacts(Contacts::new(
            Event::TeamMeeting {
                note: None,
                date: TEMPLATE_DAY,
                professions,
            },
            Schedule::DayOfMonth(5),
        ))
        .contacts(Contacts::new(
            meeting(60, vec![Theme::SituationAssessment]),
            Schedule::DayOfMonth(12),
        ))
}

/// IPS job coaching (*Työkykyohjelman laajentaminen, Varsinais-Suomi*): the wish for
/// open-market work first, weekly Friday meetings, first employer contacts in the second
/// and third weeks, benefits counselling a week before an open-market job from the third
/// month, and the client's treatment team met mid-month (or on the first day, in the first
/// month) for a year.
pub fn ips_job_coaching(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    sample("ips_job_coaching", client, start, as_of)
}

pub(super) fn ips_job_coaching_realism() -> Realism {
    let job = Offset::months(3);
    let friday = || Schedule::Weekdays(vec![Weekday::Fri]);
    Realism::default()
        .phase_length("coaching", Offset::months(12))
        // The client wants work in the open market, in a warehouse or in cleaning.
        .event(
            Offset::START,
            Event::WorkPreference {
                note: None,
                date: TEMPLATE_DAY,
                open_market: true,
                kinds_of_work: vec![Key::from_static("warehouse"), Key::from_static("cleaning")],
            },
        )
        .event(
            Offset::days(8),
            Event::EmployerContact {
                note: None,
                date: TEMPLATE_DAY,
            },
        )
        .event(
            Offset::days(20),
            Event::EmployerContact {
                note: None,
                date: TEMPLATE_DAY,
            },
        )
        // Benefits counselling before the job: how work changes the client's benefits.
        .event(
            job.and_days(-7),
            Event::BenefitsCounselling {
                date: TEMPLATE_DAY,
                note: None,
            },
        )
        .event(
            job,
            Event::JobStart {
                note: None,
                support_every_weeks: None,
                date: TEMPLATE_DAY,
                employment: EmploymentKind::OpenMarket,
            },
        )
        .contacts(Contacts::new(
            Event::TeamMeeting {
                date: TEMPLATE_DAY,
                professions: vec![
                    Profession::JobCoach,
                    Profession::Psychologist,
                    Profession::Nurse,
                ],
                note: None,
            },
            Schedule::DayOfMonth(15),
        ))
        .contacts(Contacts::new(meeting(45, vec![Theme::PlaceSearch]), friday()).until(job))
        .contacts(
            Contacts::new(meeting(45, vec![Theme::WorkplaceGuidance]), friday()).starting(job),
        )
}
