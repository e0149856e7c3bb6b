//! Parameters no model spec sets: the law of the day, a source's formats, and the
//! settings of other configurations.

use super::{Access, Parameter, Role};
use crate::figure::{defaults, law, practice};

/// A figure the rule reads that no document sets.
const fn fixed(
    name: &'static str,
    description: &'static str,
    figures: &'static [&'static dyn crate::figure::AnyFigure],
) -> Parameter {
    Parameter {
        name,
        description,
        role: Role::Fixed,
        range: None,
        figures,
        typical: (0, 0),
        access: Access::Fixed,
    }
}

/// A setting of another configuration.
const fn config(
    name: &'static str,
    description: &'static str,
    field: &'static str,
    figures: &'static [&'static dyn crate::figure::AnyFigure],
) -> Parameter {
    Parameter {
        name,
        description,
        role: Role::Setting,
        range: None,
        figures,
        typical: (0, 0),
        access: Access::Config(field),
    }
}

/// Who draws up an activation plan, by the plan's date.
pub static PLAN_PARTIES: Parameter = fixed(
    "law.activation_plan_parties",
    "who draws up an activation plan together with the client, by the plan's date",
    &[&law::ACTIVATION_PLAN_PARTIES],
);
/// Whether a plan records its goal and support, by the plan's date.
pub static PLAN_CONTENT_DUTY: Parameter = fixed(
    "law.plan_content_duty",
    "whether the plan records the goal and the support and guidance, by the plan's date",
    &[&law::PLAN_CONTENT_DUTY],
);
/// When the recorded weeks differ from a plan's dose.
pub static DOSE_TOLERANCE: Parameter = fixed(
    "defaults.dose_tolerance",
    "how many weeks in a row may differ from a plan's dose, and by how many minutes a week's mean day may differ from it, before a finding",
    &[&defaults::DOSE_WEEKS_IN_A_ROW, &defaults::DOSE_MINUTES_OFF],
);
/// The organiser's duty and its exclusions, by date.
pub static KTT_EXCLUSIONS: Parameter = fixed(
    "law.exclusions",
    "who organises rehabilitative work activity and the weekly working hours above which there is no duty to arrange it, by date",
    &[&law::KTT_ORGANISER, &law::KTT_EXCLUDING_WORK_HOURS],
);
/// The OsKu group formats.
pub static OSKU_GROUP_FORMATS: Parameter = fixed(
    "osku.group_formats",
    "the OsKu group formats: a 3-month group and a 2+2+2 day",
    &[
        &practice::OSKU_GROUP_MONTHS,
        &practice::OSKU_TWO_PLUS_TWO_PLUS_TWO_MINUTES,
    ],
);
/// The start model's period found good.
pub static OSKU_START_MODEL: Parameter = fixed(
    "osku.start_model_months",
    "the months of start work activity the OsKu project found good",
    &[&practice::OSKU_START_MODEL_MONTHS],
);
/// The OsKu models' content profiles.
pub static WORK_ACTIVITY_PROFILES: Parameter = config(
    "work_activity.profiles",
    "the content profile of each OsKu work-activity model (derived defaults, configurable)",
    "ServiceModels.profiles",
    &[],
);
/// The youngest working age.
pub static WORKING_AGE_MIN: Parameter = config(
    "client_rules.working_age_min",
    "the youngest working age, in completed years",
    "ClientRules.working_age_min",
    &[&defaults::WORKING_AGE_MIN],
);
/// The oldest working age.
pub static WORKING_AGE_MAX: Parameter = config(
    "client_rules.working_age_max",
    "the oldest working age, in completed years",
    "ClientRules.working_age_max",
    &[&defaults::WORKING_AGE_MAX],
);
/// The most findings of one rule in a report.
pub static MAX_FINDINGS_PER_RULE: Parameter = config(
    "validation_limits.max_findings_per_rule",
    "the most findings of one rule in a report",
    "ValidationLimits.max_findings_per_rule",
    &[&defaults::MAX_FINDINGS_PER_RULE],
);
/// The largest document read.
pub static MAX_DOCUMENT_BYTES: Parameter = config(
    "validation_limits.max_document_bytes",
    "the largest document read, in bytes",
    "ValidationLimits.max_document_bytes",
    &[&defaults::MAX_DOCUMENT_BYTES],
);
/// The most of each part of a document checked.
pub static VALIDATION_LIMITS: Parameter = config(
    "validation_limits",
    "the most enrolments, events, phase records, people and obligation periods a document may hold to be checked",
    "ValidationLimits",
    &[
        &defaults::MAX_ENROLMENTS,
        &defaults::MAX_EVENTS_PER_ENROLMENT,
        &defaults::MAX_PHASE_RECORDS,
        &defaults::MAX_PEOPLE,
        &defaults::MAX_OBLIGATION_PERIODS,
    ],
);
