//! The parameters of a whole model: its identity and choices, its tolerances and the
//! numbers of its requirements.

use super::{Access, Parameter, Role};
use crate::figure::{defaults, practice};
use crate::service::spec::check::MAX_DAYS;
use crate::service::spec::requirement::Requirement;

/// A choice of the spec that is not a number, at a JSON Pointer pattern.
const fn choice(name: &'static str, description: &'static str, at: &'static str) -> Parameter {
    Parameter {
        name,
        description,
        role: Role::Choice,
        range: None,
        figures: &[],
        typical: (0, 0),
        access: Access::Spec(at),
    }
}

/// The model's id, which enrolments name.
pub static MODEL_ID: Parameter = choice("id", "the model's id, which enrolments name", "/id");
/// A phase's id, which phase records name.
pub static PHASE_ID: Parameter = choice(
    "phases.id",
    "a phase's id, which phase records name",
    "/phases/*/id",
);
/// Whether an enrolment may end without a phase.
pub static PHASE_OPTIONAL: Parameter = choice(
    "phases.optional",
    "whether an enrolment may end without the phase",
    "/phases/*/optional",
);
/// The phases that may follow a phase.
pub static PHASE_NEXT: Parameter = choice(
    "phases.next",
    "the phases that may follow a phase",
    "/phases/*/next",
);
/// The themes a phase is expected to cover.
pub static EXPECTED_THEMES: Parameter = choice(
    "phases.expected_themes",
    "the themes a phase is expected to cover by its end",
    "/phases/*/expected_themes",
);
/// The themes a phase offers as needed.
pub static OFFERED_THEMES: Parameter = choice(
    "phases.offered_themes",
    "the themes a phase offers as a client or a group needs them",
    "/phases/*/offered_themes",
);
/// The instruments measured at a phase's start.
pub static MEASUREMENTS_AT_START: Parameter = choice(
    "phases.measurements_at_start",
    "the instruments measured at a phase's start",
    "/phases/*/measurements_at_start",
);
/// The instruments measured at a phase's end.
pub static MEASUREMENTS_AT_END: Parameter = choice(
    "phases.measurements_at_end",
    "the instruments measured at a phase's end",
    "/phases/*/measurements_at_end",
);
/// The labour-market statuses the model is meant for.
pub static TARGET_STATUSES: Parameter = choice(
    "target_statuses",
    "the labour-market statuses the model is meant for; empty for anyone",
    "/target_statuses",
);
/// The kinds of plan that qualify before the start.
pub static PLAN_BEFORE_START: Parameter = choice(
    "plan_before_start.plans",
    "the kinds of plan drawn up or reviewed before the start that qualify",
    "/requirements/*/plans",
);
/// One client coordinator on every day.
pub static SINGLE_COORDINATOR: Parameter = choice(
    "single_coordinator",
    "one client coordinator on every day of the enrolment",
    "/requirements/*",
);
/// Whether the team includes health care.
pub static TEAM_HEALTH_CARE: Parameter = choice(
    "team.health_care",
    "whether the multiprofessional team includes a health-care profession",
    "/requirements/*/health_care",
);
/// The referral is recorded.
pub static REFERRAL: Parameter = choice(
    "referral",
    "the referral to the service is recorded",
    "/requirements/*",
);
/// A physiotherapist's initial assessment before the group.
pub static PHYSIOTHERAPY_ASSESSMENT_BEFORE_GROUP: Parameter = choice(
    "physiotherapy_assessment_before_group",
    "a physiotherapist's initial assessment with personal instructions before the first group session",
    "/requirements/*",
);
/// Taking part is financially possible.
pub static AFFORDABLE_FOR_CLIENT: Parameter = choice(
    "affordable_for_client",
    "taking part is financially possible for the client",
    "/requirements/*",
);
/// A doctor's health assessment is offered during a phase.
pub static HEALTH_ASSESSMENT_OFFERED: Parameter = choice(
    "health_assessment_offered.phase",
    "the phase during which a doctor's health and wellbeing assessment is offered",
    "/requirements/*/phase",
);
/// The client's own activities that exclude the service are checked.
pub static EXCLUDED_ACTIVITIES: Parameter = choice(
    "excluded_activities",
    "the client's own work, studies or business that exclude the service are checked",
    "/requirements/*",
);
/// The work preference is recorded before the job search.
pub static PREFERENCE_BEFORE_JOB_SEARCH: Parameter = choice(
    "preference_before_job_search",
    "the client's work preference is recorded before the first employer contact",
    "/requirements/*",
);

/// Benefits counselling before a job starts.
pub static BENEFITS_COUNSELLING_BEFORE_JOB: Parameter = choice(
    "benefits_counselling_before_job",
    "benefits counselling on or before the first day of a job",
    "/requirements/*",
);

/// A tolerance of the spec.
const fn tolerance(
    name: &'static str,
    description: &'static str,
    range: (u32, u32),
    typical: (u32, u32),
    figures: &'static [&'static dyn crate::figure::AnyFigure],
    get: fn(&crate::service::spec::model_spec::Tolerances) -> u32,
    set: fn(&mut crate::service::spec::model_spec::Tolerances, u32),
) -> Parameter {
    Parameter {
        name,
        description,
        role: Role::Setting,
        range: Some(range),
        figures,
        typical,
        access: Access::Tolerances { get, set },
    }
}

/// Missed periods tolerated before a gap is a warning.
pub static MISSED_PERIODS: Parameter = tolerance(
    "tolerances.missed_periods",
    "periods of a cadence that may miss their contacts unexplained before a gap is a warning",
    (0, MAX_DAYS),
    (0, 3),
    &[&defaults::MISSED_PERIODS],
    |t| t.missed_periods,
    |t, v| t.missed_periods = v,
);
/// Days a phase may run over or under its length.
pub static LENGTH_DAYS: Parameter = tolerance(
    "tolerances.length_days",
    "days a phase may run over or under its length",
    (0, MAX_DAYS),
    (0, 14),
    &[
        &defaults::LENGTH_DAYS,
        &defaults::MAPPING_AND_COACHING_LENGTH_DAYS,
    ],
    |t| t.length_days,
    |t, v| t.length_days = v,
);
/// The measurement window.
pub static MEASUREMENT_WINDOW_DAYS: Parameter = tolerance(
    "tolerances.measurement_window_days",
    "days after a phase starts by which its start measurements are due, and around its end within which an end measurement counts",
    (0, MAX_DAYS),
    (0, 30),
    &[&defaults::MEASUREMENT_WINDOW_DAYS],
    |t| t.measurement_window_days,
    |t, v| t.measurement_window_days = v,
);
/// How far a placement's content mix may be from its profile.
pub static CONTENT_MIX_POINTS: Parameter = tolerance(
    "tolerances.content_mix_points",
    "percentage points a work-activity placement's content mix may be from its model's profile",
    (0, 100),
    (10, 60),
    &[&defaults::CONTENT_MIX_POINTS],
    |t| t.content_mix_points,
    |t, v| t.content_mix_points = v,
);
/// The share of a period away that excuses it.
pub static EXCUSED_PERIOD_PERCENT: Parameter = tolerance(
    "tolerances.excused_period_percent",
    "the share of a period, in percent, that excused absences and interruptions must cover for it to owe no contacts",
    (1, 100),
    (30, 70),
    &[&defaults::EXCUSED_PERIOD_PERCENT],
    |t| t.excused_period_percent,
    |t, v| t.excused_period_percent = v,
);
/// Days of interruption before a warning.
pub static INTERRUPTION_DAYS: Parameter = tolerance(
    "tolerances.interruption_days",
    "days an interruption may last before it is a warning",
    (1, MAX_DAYS),
    (30, 180),
    &[&defaults::INTERRUPTION_DAYS],
    |t| t.interruption_days,
    |t, v| t.interruption_days = v,
);

/// A number of one kind of requirement.
const fn requirement(
    name: &'static str,
    description: &'static str,
    range: (u32, u32),
    typical: (u32, u32),
    figures: &'static [&'static dyn crate::figure::AnyFigure],
    get: fn(&Requirement) -> Option<u32>,
    set: fn(&mut Requirement, u32),
) -> Parameter {
    Parameter {
        name,
        description,
        role: Role::Setting,
        range: Some(range),
        figures,
        typical,
        access: Access::Requirement { get, set },
    }
}

/// Days two coordinators may overlap in a handover.
pub static HANDOVER_DAYS: Parameter = requirement(
    "single_coordinator.handover_days",
    "days two coordinators may overlap while one hands the client over",
    (0, MAX_DAYS),
    (0, 30),
    &[&defaults::HANDOVER_DAYS],
    |r| match r {
        Requirement::SingleCoordinator { handover_days } => Some(*handover_days),
        _ => None,
    },
    |r, v| {
        if let Requirement::SingleCoordinator { handover_days } = r {
            *handover_days = v;
        }
    },
);
/// The fewest professions of the team.
pub static TEAM_MIN_PROFESSIONS: Parameter = requirement(
    "team.min_professions",
    "the fewest distinct professions of the multiprofessional team",
    (
        1,
        <crate::service::record::event::Profession as crate::i18n::Vocabulary>::ALL.len() as u32,
    ),
    (1, 4),
    &[&defaults::TEAM_MIN_PROFESSIONS],
    |r| match r {
        Requirement::Team {
            min_professions, ..
        } => Some(*min_professions),
        _ => None,
    },
    |r, v| {
        if let Requirement::Team {
            min_professions, ..
        } = r
        {
            *min_professions = v;
        }
    },
);
/// Days from the identified need to the assessment.
pub static WORKFLOW_ASSESSMENT_DAYS: Parameter = requirement(
    "coordinator_workflow.assessment_within_days",
    "days from the identified need to the multiprofessional assessment",
    (1, MAX_DAYS),
    (1, 60),
    &[&defaults::WORKFLOW_ASSESSMENT_DAYS],
    |r| match r {
        Requirement::CoordinatorWorkflow {
            assessment_within_days,
            ..
        } => Some(*assessment_within_days),
        _ => None,
    },
    |r, v| {
        if let Requirement::CoordinatorWorkflow {
            assessment_within_days,
            ..
        } = r
        {
            *assessment_within_days = v;
        }
    },
);
/// Days from the assessment to the plan.
pub static WORKFLOW_PLAN_DAYS: Parameter = requirement(
    "coordinator_workflow.plan_within_days",
    "days from the assessment to the shared plan",
    (1, MAX_DAYS),
    (7, 60),
    &[&defaults::WORKFLOW_PLAN_DAYS],
    |r| match r {
        Requirement::CoordinatorWorkflow {
            plan_within_days, ..
        } => Some(*plan_within_days),
        _ => None,
    },
    |r, v| {
        if let Requirement::CoordinatorWorkflow {
            plan_within_days, ..
        } = r
        {
            *plan_within_days = v;
        }
    },
);
/// Days from the start to the first employer contact.
pub static EMPLOYER_CONTACT_DAYS: Parameter = requirement(
    "employer_contact_within.days",
    "days from the first day to the first employer contact",
    (1, MAX_DAYS),
    (1, 60),
    &[&practice::IPS_FIRST_EMPLOYER_CONTACT_DAYS],
    |r| match r {
        Requirement::EmployerContactWithin { days } => Some(*days),
        _ => None,
    },
    |r, v| {
        if let Requirement::EmployerContactWithin { days } = r {
            *days = v;
        }
    },
);
/// Weeks of weekly support after a job start.
pub static FOLLOW_ALONG_WEEKS: Parameter = requirement(
    "follow_along_support.weeks",
    "weeks of weekly follow-along support from the first working day; a year at most, since support after it is time-unlimited and not weekly",
    (1, 52),
    (1, 4),
    &[&practice::IPS_FOLLOW_ALONG_WEEKS],
    |r| match r {
        Requirement::FollowAlongSupport { weeks } => Some(*weeks),
        _ => None,
    },
    |r, v| {
        if let Requirement::FollowAlongSupport { weeks } = r {
            *weeks = v;
        }
    },
);
/// Days from a job start to the next individual meeting.
pub static SUPPORT_AFTER_JOB_START_DAYS: Parameter = requirement(
    "support_after_job_start.within_days",
    "days from a job start to an individual meeting",
    (1, MAX_DAYS),
    (7, 60),
    &[],
    |r| match r {
        Requirement::SupportAfterJobStart { within_days } => Some(*within_days),
        _ => None,
    },
    |r, v| {
        if let Requirement::SupportAfterJobStart { within_days } = r {
            *within_days = v;
        }
    },
);
