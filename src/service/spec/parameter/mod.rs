//! The parameters of the rules, each declared once: a spec field (or a figure no spec
//! sets), what it bounds, the range it accepts and the figures the crate's default
//! models give it.
//!
//! A rule names its parameters (`parameters: [CADENCE_MAX_COUNT]` in its declaration), so
//! a rule cannot name one that is not declared. From the declarations:
//!
//! - [`ServiceModelSpec::check`](crate::ServiceModelSpec::check) checks every numeric
//!   field against its range and every lower bound against its upper bound ([`Role`]);
//! - the clean-path builder ([`fulfilling`](crate::service::build::fulfilling)) gives each contact the
//!   minutes, each period the count and each phase the months the roles ask for;
//! - the proptest strategies generate every numeric field from its typical range;
//! - the rule catalogue lists each rule's parameters and their figures with dates and
//!   bases.
//!
//! Adding a field to [`Cadence`] with a role makes the check, the builder and the
//! strategies honour it with no further code.

mod enrolment;
mod fixed;
mod phase;

use crate::figure::AnyFigure;
use crate::service::spec::amount::Amount;
use crate::service::spec::model_spec::{Cadence, Length, Tolerances, Total};
use crate::service::spec::requirement::Requirement;

pub use enrolment::*;
pub use fixed::*;
pub use phase::*;

/// The amount a required count takes when a builder leaves it unset.
pub(crate) const ZERO: Amount = Amount::Fixed(0);

/// What a parameter bounds: the spec check holds each lower bound to the upper bounds of
/// the same quantity, and the builder and the strategies read the bounds by role.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// The fewest contacts in a period.
    CountAtLeast,
    /// The most contacts in a period.
    CountAtMost,
    /// The shortest contact, in minutes.
    ContactMinutesAtLeast,
    /// The longest contact (or day of contacts), in minutes.
    ContactMinutesAtMost,
    /// The most minutes in a period.
    PeriodMinutesAtMost,
    /// The shortest phase, in months.
    MonthsAtLeast,
    /// The longest phase, in months.
    MonthsAtMost,
    /// The fewest contacts over a phase.
    TotalAtLeast,
    /// A tolerance, a deadline or a size: a number with no partner.
    Setting,
    /// A choice that is not a number: a list, a flag, a requirement's presence.
    Choice,
    /// A figure the rule reads that no spec sets: the law of the day or a source's format.
    Fixed,
}

crate::i18n::vocabulary!(Role {
    CountAtLeast => ["kertoja vähintään", "minst antal gånger", "fewest contacts"],
    CountAtMost => ["kertoja enintään", "högst antal gånger", "most contacts"],
    ContactMinutesAtLeast => ["kerran vähimmäiskesto", "kortaste tillfälle", "shortest contact"],
    ContactMinutesAtMost => ["kerran enimmäiskesto", "längsta tillfälle", "longest contact"],
    PeriodMinutesAtMost => ["viikon tai kuukauden minuutit enintään", "högst antal minuter per period", "most minutes a period"],
    MonthsAtLeast => ["vähimmäispituus", "kortaste längd", "shortest length"],
    MonthsAtMost => ["enimmäispituus", "längsta längd", "longest length"],
    TotalAtLeast => ["kertoja yhteensä vähintään", "minst antal gånger totalt", "fewest contacts in all"],
    Setting => ["asetus", "inställning", "setting"],
    Choice => ["valinta", "val", "choice"],
    Fixed => ["kiinteä luku", "fast värde", "fixed figure"],
});

impl Role {
    /// The role that bounds this one from above, for a lower bound.
    pub const fn upper(self) -> Option<Role> {
        match self {
            Role::CountAtLeast => Some(Role::CountAtMost),
            Role::ContactMinutesAtLeast => Some(Role::ContactMinutesAtMost),
            Role::MonthsAtLeast => Some(Role::MonthsAtMost),
            _ => None,
        }
    }
}

/// Where a parameter lives and how the crate reads and writes it (the strategies write).
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "proptest"), allow(dead_code))]
pub(crate) enum Access {
    /// A field of a phase's [`Length`].
    Length {
        get: fn(&Length) -> Amount,
        set: fn(&mut Length, Amount),
    },
    /// A field of a [`Cadence`]; optional ones may be absent.
    Cadence {
        get: fn(&Cadence) -> Option<Amount>,
        set: fn(&mut Cadence, Option<Amount>),
        optional: bool,
    },
    /// A field of a phase's [`Total`].
    Total {
        get: fn(&Total) -> Amount,
        set: fn(&mut Total, Amount),
    },
    /// A field of the spec's [`Tolerances`].
    Tolerances {
        get: fn(&Tolerances) -> u32,
        set: fn(&mut Tolerances, u32),
    },
    /// A number of one kind of [`Requirement`]; `None` for the other kinds.
    Requirement {
        get: fn(&Requirement) -> Option<u32>,
        set: fn(&mut Requirement, u32),
    },
    /// A field of the spec that is not a number, at this JSON Pointer pattern.
    Spec(&'static str),
    /// A field of another configuration, e.g. `ClientRules.working_age_min`.
    Config(&'static str),
    /// No field: a figure the rule reads.
    Fixed,
}

/// One parameter of the rules, declared once.
///
/// ```
/// use tyokyky::service::spec::parameter::{CADENCE_MAX_COUNT, Role};
///
/// assert_eq!(CADENCE_MAX_COUNT.name, "cadence.max_count");
/// assert_eq!(CADENCE_MAX_COUNT.field().as_deref(), Some("/phases/*/cadence/*/max_count"));
/// assert_eq!(CADENCE_MAX_COUNT.role, Role::CountAtMost);
/// assert_eq!(CADENCE_MAX_COUNT.figures[0].id(), "act_189_2001.max_days_per_week");
/// ```
#[non_exhaustive]
pub struct Parameter {
    /// A stable name, e.g. `cadence.max_count`.
    pub name: &'static str,
    /// What it is, in English.
    pub description: &'static str,
    /// What it bounds.
    pub role: Role,
    /// The numbers it accepts, for a numeric parameter.
    pub range: Option<(u32, u32)>,
    /// The figures the crate's default models (or the rule itself) give it.
    pub figures: &'static [&'static dyn AnyFigure],
    /// The numbers generated specs draw from: realistic, and a path can keep to them.
    pub(crate) typical: (u32, u32),
    pub(crate) access: Access,
}

impl std::fmt::Debug for Parameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Parameter({})", self.name)
    }
}

impl PartialEq for Parameter {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Parameter {}

impl crate::rules::code::RuleParameter for Parameter {
    fn name(&self) -> &'static str {
        self.name
    }
}

impl Parameter {
    /// The JSON field: a JSON Pointer pattern into a model spec with `*` for any index
    /// (`/phases/*/cadence/*/max_count`), the field of another configuration
    /// (`ClientRules.working_age_min`), or `None` for a figure no document sets.
    pub fn field(&self) -> Option<String> {
        let key = self.key();
        match self.access {
            Access::Length { .. } => Some(format!("/phases/*/length/{key}")),
            Access::Cadence { .. } => Some(format!("/phases/*/cadence/*/{key}")),
            Access::Total { .. } => Some(format!("/phases/*/totals/*/{key}")),
            Access::Tolerances { .. } => Some(format!("/tolerances/{key}")),
            Access::Requirement { .. } => Some(format!("/requirements/*/{key}")),
            Access::Spec(pattern) | Access::Config(pattern) => Some(pattern.to_owned()),
            Access::Fixed => None,
        }
    }

    /// The JSON key of the field: the last part of the name.
    pub(crate) fn key(&self) -> &'static str {
        self.name.rsplit_once('.').map_or(self.name, |(_, key)| key)
    }

    /// The smallest and largest numbers generated specs use.
    pub fn typical(&self) -> (u32, u32) {
        self.typical
    }
}

/// Every declared parameter, in catalogue order.
pub static ALL: &[&Parameter] = &[
    &LENGTH_MIN_MONTHS,
    &LENGTH_MAX_MONTHS,
    &CADENCE_MIN_COUNT,
    &CADENCE_MAX_COUNT,
    &CADENCE_MIN_MINUTES,
    &CADENCE_MAX_MINUTES,
    &CADENCE_MAX_MINUTES_PER_DAY,
    &CADENCE_MAX_MINUTES_PER_PERIOD,
    &TOTAL_MIN_COUNT,
    &MODEL_ID,
    &PHASE_ID,
    &PHASE_OPTIONAL,
    &PHASE_NEXT,
    &EXPECTED_THEMES,
    &OFFERED_THEMES,
    &MEASUREMENTS_AT_START,
    &MEASUREMENTS_AT_END,
    &TARGET_STATUSES,
    &MISSED_PERIODS,
    &LENGTH_DAYS,
    &MEASUREMENT_WINDOW_DAYS,
    &CONTENT_MIX_POINTS,
    &EXCUSED_PERIOD_PERCENT,
    &INTERRUPTION_DAYS,
    &PLAN_BEFORE_START,
    &SINGLE_COORDINATOR,
    &HANDOVER_DAYS,
    &TEAM_MIN_PROFESSIONS,
    &TEAM_HEALTH_CARE,
    &REFERRAL,
    &WORKFLOW_ASSESSMENT_DAYS,
    &WORKFLOW_PLAN_DAYS,
    &PHYSIOTHERAPY_ASSESSMENT_BEFORE_GROUP,
    &AFFORDABLE_FOR_CLIENT,
    &HEALTH_ASSESSMENT_OFFERED,
    &EMPLOYER_CONTACT_DAYS,
    &EXCLUDED_ACTIVITIES,
    &PREFERENCE_BEFORE_JOB_SEARCH,
    &BENEFITS_COUNSELLING_BEFORE_JOB,
    &FOLLOW_ALONG_WEEKS,
    &SUPPORT_AFTER_JOB_START_DAYS,
    &PLAN_PARTIES,
    &PLAN_CONTENT_DUTY,
    &DOSE_TOLERANCE,
    &KTT_EXCLUSIONS,
    &OSKU_GROUP_FORMATS,
    &OSKU_START_MODEL,
    &WORK_ACTIVITY_PROFILES,
    &WORKING_AGE_MIN,
    &WORKING_AGE_MAX,
    &MAX_FINDINGS_PER_RULE,
    &MAX_DOCUMENT_BYTES,
    &VALIDATION_LIMITS,
];

/// The parameter named `name`.
pub fn by_name(name: &str) -> Option<&'static Parameter> {
    ALL.iter().copied().find(|parameter| parameter.name == name)
}

/// The numeric parameters of a [`Cadence`], in declaration order.
pub(crate) fn of_cadence() -> impl Iterator<Item = &'static Parameter> {
    ALL.iter()
        .copied()
        .filter(|parameter| matches!(parameter.access, Access::Cadence { .. }))
}

/// The amounts of a cadence that have `role`, on `date`.
pub(crate) fn cadence_values(
    cadence: &Cadence,
    role: Role,
    date: chrono::NaiveDate,
) -> impl Iterator<Item = u32> + '_ {
    of_cadence()
        .filter(move |parameter| parameter.role == role)
        .filter_map(move |parameter| match parameter.access {
            Access::Cadence { get, .. } => get(cadence).and_then(|amount| amount.on(date)),
            _ => None,
        })
}

#[cfg(test)]
mod tests;
