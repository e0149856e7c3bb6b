//! What a due item asks for, and the labels of its kinds.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Labels;
use crate::service::event::EventKind;
use crate::service::key::Key;
use crate::service::measurement::InstrumentKind;

/// What is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum DueKind {
    /// Contacts required in a period of a cadence.
    Contact {
        /// The kind of contact.
        event: EventKind,
        /// The period, `2024-W05` or `2024-05`.
        period: String,
        /// How many the period needs.
        required: u32,
        /// How many it has.
        done: u32,
    },
    /// Contacts required over the whole phase.
    TotalContacts {
        /// The kind of contact.
        event: EventKind,
        /// How many the phase needs.
        required: u32,
        /// How many it has.
        done: u32,
    },
    /// A start measurement of a phase.
    StartMeasurement {
        /// The instrument.
        instrument: InstrumentKind,
    },
    /// An end measurement of a phase.
    EndMeasurement {
        /// The instrument.
        instrument: InstrumentKind,
    },
    /// The phase reaches its longest length; the next phase should start.
    PhaseEnd {
        /// The phase.
        phase: Key,
        /// Phases that may follow.
        next: Vec<Key>,
    },
    /// A plan must be drawn up before the enrolment starts.
    Plan {},
    /// The first employer contact of IPS job coaching.
    EmployerContact {},
    /// An individual meeting in a week of follow-along support after a job start.
    FollowAlong {
        /// The first working day.
        #[serde(deserialize_with = "crate::date_text::date")]
        job_start: NaiveDate,
        /// The week at work, from 1.
        week: u32,
    },
    /// The next step of the client coordinator's workflow.
    WorkflowStep {
        /// The step.
        step: crate::service::workflow::WorkflowStep,
    },
    /// An individual meeting after a job start.
    SupportAfterJobStart {
        /// The first working day.
        #[serde(deserialize_with = "crate::date_text::date")]
        job_start: NaiveDate,
    },
    /// A plan is due for review.
    PlanReview {
        /// The day the plan was made.
        #[serde(deserialize_with = "crate::date_text::date")]
        plan_date: NaiveDate,
    },
    /// The service is interrupted; the item is due when the client is expected back (or
    /// on the day asked about when no return is agreed).
    Return {
        /// The first day of the interruption.
        #[serde(deserialize_with = "crate::date_text::date")]
        since: NaiveDate,
    },
}

/// Labels of the `"type"` of each [`DueKind`].
pub const DUE_KIND_LABELS: &[(&str, Labels)] = &[
    (
        "contact",
        Labels {
            fi: "tapaaminen",
            sv: "kontakt",
            en: "contact",
        },
    ),
    (
        "total_contacts",
        Labels {
            fi: "kerrat yhteensä",
            sv: "tillfällen totalt",
            en: "contacts in total",
        },
    ),
    (
        "start_measurement",
        Labels {
            fi: "alkumittaus",
            sv: "startmätning",
            en: "start measurement",
        },
    ),
    (
        "end_measurement",
        Labels {
            fi: "loppumittaus",
            sv: "slutmätning",
            en: "end measurement",
        },
    ),
    (
        "phase_end",
        Labels {
            fi: "vaiheen päättyminen",
            sv: "fasens slut",
            en: "phase end",
        },
    ),
    (
        "plan",
        Labels {
            fi: "suunnitelma",
            sv: "plan",
            en: "plan",
        },
    ),
    (
        "employer_contact",
        Labels {
            fi: "työnantajakontakti",
            sv: "arbetsgivarkontakt",
            en: "employer contact",
        },
    ),
    (
        "follow_along",
        Labels {
            fi: "viikoittainen tuki työssä",
            sv: "stöd varje vecka i arbetet",
            en: "weekly support at work",
        },
    ),
    (
        "workflow_step",
        Labels {
            fi: "työnkulun vaihe",
            sv: "steg i arbetsflödet",
            en: "workflow step",
        },
    ),
    (
        "support_after_job_start",
        Labels {
            fi: "tuki työn alettua",
            sv: "stöd efter arbetsstarten",
            en: "support after job start",
        },
    ),
    (
        "plan_review",
        Labels {
            fi: "suunnitelman tarkistus",
            sv: "planens översyn",
            en: "plan review",
        },
    ),
    (
        "return",
        Labels {
            fi: "paluu keskeytyksestä",
            sv: "återkomst efter avbrott",
            en: "return from an interruption",
        },
    ),
];
