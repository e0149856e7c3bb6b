//! Building the common events and reading what every event carries: its day, kind,
//! minutes, mode, themes and note.

use chrono::NaiveDate;

use crate::service::record::event::{
    AbsenceReason, ContactMode, Event, EventKind, PlanAction, PlanKind, Profession, Theme,
};
use crate::service::record::key::Key;

/// A `match` on every event with its day bound to `$date` (by reference or by mutable
/// reference, as the event is borrowed): one list of the variants for reading and moving.
macro_rules! on_date {
    ($event:expr, $date:ident => $body:expr) => {
        match $event {
            Event::IndividualMeeting { date: $date, .. }
            | Event::GroupSession { date: $date, .. }
            | Event::WorkActivityDay { date: $date, .. }
            | Event::HealthAssessment { date: $date, .. }
            | Event::PhysiotherapyAssessment { date: $date, .. }
            | Event::CardTraining { date: $date, .. }
            | Event::TeamMeeting { date: $date, .. }
            | Event::Referral { date: $date, .. }
            | Event::Plan { date: $date, .. }
            | Event::EmployerContact { date: $date, .. }
            | Event::ServiceCoordination { date: $date, .. }
            | Event::BenefitsCounselling { date: $date, .. }
            | Event::WorkplaceVisit { date: $date, .. }
            | Event::WorkPreference { date: $date, .. }
            | Event::NeedIdentified { date: $date, .. }
            | Event::WorkAbilityAssessment { date: $date, .. }
            | Event::Consultation { date: $date, .. }
            | Event::JobStart { date: $date, .. }
            | Event::JobEnd { date: $date, .. }
            | Event::Absence { date: $date, .. }
            | Event::Interruption { date: $date, .. }
            | Event::Restart { date: $date, .. }
            | Event::Handoff { date: $date, .. } => $body,
        }
    };
}

impl Event {
    /// A plan of `plan` drawn up or reviewed on `date` that records the goal and the
    /// support and guidance, with nothing else recorded: parties, services, review day and
    /// consent are left for the caller to fill in.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{Event, PlanAction, PlanKind};
    ///
    /// let date = NaiveDate::from_ymd_opt(2024, 1, 1).ok_or("date")?;
    /// let plan = Event::plan(date, PlanKind::ActivationPlan, PlanAction::DrawnUp);
    /// assert!(matches!(plan, Event::Plan { records_goal: true, records_support: true, .. }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn plan(date: NaiveDate, plan: PlanKind, action: PlanAction) -> Event {
        Event::Plan {
            note: None,
            dose: None,
            date,
            plan,
            action,
            records_goal: true,
            records_support: true,
            parties: Vec::new(),
            services: Vec::new(),
            review_by: None,
            consent_to_share: None,
        }
    }

    /// A day of rehabilitative work activity of `minutes`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::Event;
    ///
    /// let day = NaiveDate::from_ymd_opt(2024, 1, 9).ok_or("date")?;
    /// let json = serde_json::to_string(&Event::work_activity_day(day, 300))?;
    /// assert_eq!(json, r#"{"type":"work_activity_day","date":"2024-01-09","minutes":300}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn work_activity_day(date: NaiveDate, minutes: u32) -> Event {
        Event::WorkActivityDay {
            date,
            minutes,
            note: None,
        }
    }

    /// An individual meeting in person on `date`, of `minutes` when recorded, dealing
    /// with `themes`.
    pub fn individual_meeting(date: NaiveDate, minutes: Option<u32>, themes: Vec<Theme>) -> Event {
        Event::IndividualMeeting {
            date,
            minutes,
            themes,
            mode: ContactMode::InPerson,
            note: None,
        }
    }

    /// A group session in person on `date` of `minutes`, dealing with `themes`.
    pub fn group_session(date: NaiveDate, minutes: u32, themes: Vec<Theme>) -> Event {
        Event::GroupSession {
            date,
            minutes,
            themes,
            mode: ContactMode::InPerson,
            peer_led: false,
            note: None,
        }
    }

    /// The same event with a worker's `note`.
    pub fn with_note(mut self, text: crate::free_text::FreeText) -> Event {
        match &mut self {
            Event::IndividualMeeting { note, .. }
            | Event::GroupSession { note, .. }
            | Event::WorkActivityDay { note, .. }
            | Event::HealthAssessment { note, .. }
            | Event::PhysiotherapyAssessment { note, .. }
            | Event::CardTraining { note, .. }
            | Event::TeamMeeting { note, .. }
            | Event::NeedIdentified { note, .. }
            | Event::WorkAbilityAssessment { note, .. }
            | Event::Consultation { note, .. }
            | Event::Referral { note, .. }
            | Event::Plan { note, .. }
            | Event::WorkPreference { note, .. }
            | Event::EmployerContact { note, .. }
            | Event::WorkplaceVisit { note, .. }
            | Event::ServiceCoordination { note, .. }
            | Event::BenefitsCounselling { note, .. }
            | Event::JobStart { note, .. }
            | Event::JobEnd { note, .. }
            | Event::Absence { note, .. }
            | Event::Interruption { note, .. }
            | Event::Restart { note, .. }
            | Event::Handoff { note, .. } => *note = Some(text),
        }
        self
    }

    /// The worker's note, when there is one.
    pub fn note(&self) -> Option<&crate::free_text::FreeText> {
        match self {
            Event::IndividualMeeting { note, .. }
            | Event::GroupSession { note, .. }
            | Event::WorkActivityDay { note, .. }
            | Event::HealthAssessment { note, .. }
            | Event::PhysiotherapyAssessment { note, .. }
            | Event::CardTraining { note, .. }
            | Event::TeamMeeting { note, .. }
            | Event::NeedIdentified { note, .. }
            | Event::WorkAbilityAssessment { note, .. }
            | Event::Consultation { note, .. }
            | Event::Referral { note, .. }
            | Event::Plan { note, .. }
            | Event::WorkPreference { note, .. }
            | Event::EmployerContact { note, .. }
            | Event::WorkplaceVisit { note, .. }
            | Event::ServiceCoordination { note, .. }
            | Event::BenefitsCounselling { note, .. }
            | Event::JobStart { note, .. }
            | Event::JobEnd { note, .. }
            | Event::Absence { note, .. }
            | Event::Interruption { note, .. }
            | Event::Restart { note, .. }
            | Event::Handoff { note, .. } => note.as_ref(),
        }
    }

    /// An absence from `date` to `until` (inclusive) for `reason`, of whole days.
    pub fn absence(date: NaiveDate, until: NaiveDate, reason: AbsenceReason) -> Event {
        Event::Absence {
            note: None,
            date,
            until,
            reason,
            part_day: false,
        }
    }

    /// The day of the event.
    pub fn date(&self) -> NaiveDate {
        on_date!(self, date => *date)
    }

    /// The event moved to `to`; an absence keeps its length.
    pub(crate) fn moved_to(mut self, to: NaiveDate) -> Event {
        let from = self.date();
        if let Event::Absence { until, .. } = &mut self {
            let length = *until - from;
            *until = to.checked_add_signed(length).unwrap_or(to);
        }
        on_date!(&mut self, date => *date = to);
        self
    }

    /// The kind of the event.
    pub fn kind(&self) -> EventKind {
        match self {
            Event::IndividualMeeting { .. } => EventKind::IndividualMeeting,
            Event::GroupSession { .. } => EventKind::GroupSession,
            Event::WorkActivityDay { .. } => EventKind::WorkActivityDay,
            Event::HealthAssessment { .. } => EventKind::HealthAssessment,
            Event::PhysiotherapyAssessment { .. } => EventKind::PhysiotherapyAssessment,
            Event::CardTraining { .. } => EventKind::CardTraining,
            Event::TeamMeeting { .. } => EventKind::TeamMeeting,
            Event::Referral { .. } => EventKind::Referral,
            Event::Plan { .. } => EventKind::Plan,
            Event::WorkPreference { .. } => EventKind::WorkPreference,
            Event::EmployerContact { .. } => EventKind::EmployerContact,
            Event::NeedIdentified { .. } => EventKind::NeedIdentified,
            Event::WorkAbilityAssessment { .. } => EventKind::WorkAbilityAssessment,
            Event::Consultation { .. } => EventKind::Consultation,
            Event::JobStart { .. } => EventKind::JobStart,
            Event::JobEnd { .. } => EventKind::JobEnd,
            Event::ServiceCoordination { .. } => EventKind::ServiceCoordination,
            Event::BenefitsCounselling { .. } => EventKind::BenefitsCounselling,
            Event::WorkplaceVisit { .. } => EventKind::WorkplaceVisit,
            Event::Absence { .. } => EventKind::Absence,
            Event::Interruption { .. } => EventKind::Interruption,
            Event::Restart { .. } => EventKind::Restart,
            Event::Handoff { .. } => EventKind::Handoff,
        }
    }

    /// Length in minutes, for the events that record one.
    pub fn minutes(&self) -> Option<u32> {
        match self {
            Event::IndividualMeeting { minutes, .. } => *minutes,
            Event::GroupSession { minutes, .. } | Event::WorkActivityDay { minutes, .. } => {
                Some(*minutes)
            }
            _ => None,
        }
    }

    /// How a meeting or a group session took place; `None` for other events.
    pub fn mode(&self) -> Option<ContactMode> {
        match self {
            Event::IndividualMeeting { mode, .. } | Event::GroupSession { mode, .. } => Some(*mode),
            _ => None,
        }
    }

    /// Themes dealt with, for meetings and group sessions.
    pub fn themes(&self) -> &[Theme] {
        match self {
            Event::IndividualMeeting { themes, .. } | Event::GroupSession { themes, .. } => themes,
            _ => &[],
        }
    }
}

impl Event {
    /// An event of `kind` on `date` with the builder's defaults (a clean path's events).
    pub(crate) fn of_kind(
        kind: EventKind,
        date: NaiveDate,
        minutes: u32,
        themes: Vec<Theme>,
    ) -> Event {
        match kind {
            EventKind::IndividualMeeting => Event::IndividualMeeting {
                note: None,
                mode: Default::default(),
                date,
                minutes: Some(minutes),
                themes,
            },
            EventKind::GroupSession => Event::GroupSession {
                note: None,
                mode: Default::default(),
                peer_led: false,
                date,
                minutes,
                themes,
            },
            EventKind::WorkActivityDay => Event::WorkActivityDay {
                note: None,
                date,
                minutes,
            },
            EventKind::HealthAssessment => Event::HealthAssessment {
                note: None,
                date,
                accepted: true,
            },
            EventKind::PhysiotherapyAssessment => Event::PhysiotherapyAssessment {
                note: None,
                date,
                personal_instructions: Some(true),
            },
            EventKind::CardTraining => Event::CardTraining {
                note: None,
                date,
                card: Key::from_static("occupational_safety_card"),
                completed: true,
            },
            EventKind::TeamMeeting => Event::TeamMeeting {
                note: None,
                date,
                professions: vec![Profession::SocialWorker, Profession::Nurse],
            },
            EventKind::Referral => Event::Referral { note: None, date },
            EventKind::Plan => Event::plan(
                date,
                crate::service::record::event::PlanKind::ActivationPlan,
                PlanAction::Reviewed,
            ),
            EventKind::EmployerContact => Event::EmployerContact { note: None, date },
            EventKind::WorkPreference => Event::WorkPreference {
                note: None,
                date,
                open_market: true,
                kinds_of_work: Vec::new(),
            },
            EventKind::NeedIdentified => Event::NeedIdentified {
                note: None,
                date,
                by: Profession::Nurse,
            },
            EventKind::WorkAbilityAssessment => Event::WorkAbilityAssessment {
                note: None,
                date,
                professions: vec![Profession::Physician, Profession::SocialWorker],
            },
            EventKind::Consultation => Event::Consultation {
                note: None,
                date,
                by: Profession::Nurse,
            },
            EventKind::JobStart => Event::JobStart {
                note: None,
                support_every_weeks: None,
                date,
                employment: crate::service::record::event::EmploymentKind::OpenMarket,
            },
            EventKind::JobEnd => Event::JobEnd {
                note: None,
                reason: None,
                date,
            },
            EventKind::WorkplaceVisit => Event::WorkplaceVisit { note: None, date },
            EventKind::ServiceCoordination => Event::ServiceCoordination { date, note: None },
            EventKind::BenefitsCounselling => Event::BenefitsCounselling { date, note: None },
            EventKind::Absence => Event::Absence {
                note: None,
                date,
                until: date,
                reason: crate::service::record::event::AbsenceReason::OtherExcused,
                part_day: false,
            },
            EventKind::Interruption => Event::Interruption {
                note: None,
                date,
                reason: crate::service::record::event::InterruptionReason::Other,
                expected_return: None,
            },
            EventKind::Restart => Event::Restart { note: None, date },
            EventKind::Handoff => Event::Handoff {
                note: None,
                date,
                to: crate::service::record::path::Organiser {
                    kind: crate::service::record::path::OrganiserKind::Provider,
                    id: Key::from_static("provider"),
                },
            },
        }
    }
}
