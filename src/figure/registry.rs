//! Every declared figure, listed once: what the catalogue shows and what a model spec may
//! refer to by id.

use super::dated::{AnyFigure, Figure};
use super::{defaults, law, practice};

/// Every figure that counts something (a number of days, minutes, months, …): the
/// figures a model spec may name in place of a number.
pub static COUNTS: &[&Figure<u32>] = &[
    &law::KTT_MIN_PERIOD_MONTHS,
    &law::KTT_MAX_PERIOD_MONTHS,
    &law::KTT_MIN_DAYS_PER_WEEK,
    &law::KTT_MAX_DAYS_PER_WEEK,
    &law::KTT_MIN_MINUTES_A_DAY,
    &law::KTT_EXCLUDING_WORK_HOURS,
    &law::KTT_DAILY_ALLOWANCE_CENTS,
    &practice::MAPPING_MONTHS,
    &practice::COACHING_MONTHS,
    &practice::MAPPING_INDIVIDUAL_MEETINGS_A_WEEK,
    &practice::MAPPING_GROUP_DAYS_A_WEEK,
    &practice::MAPPING_GROUP_DAY_MINUTES,
    &practice::COACHING_INDIVIDUAL_MEETINGS_A_MONTH,
    &practice::COACHING_GROUP_SESSIONS_A_MONTH,
    &practice::WELLBEING_GROUP_MEETINGS,
    &practice::KTT_GUIDANCE_MAX_MINUTES_A_DAY,
    &practice::KTT_GUIDANCE_MAX_MINUTES_A_WEEK,
    &practice::IPS_FIRST_EMPLOYER_CONTACT_DAYS,
    &practice::IPS_FOLLOW_ALONG_WEEKS,
    &practice::OSKU_GROUP_MONTHS,
    &practice::OSKU_START_MODEL_MONTHS,
    &practice::OSKU_TWO_PLUS_TWO_PLUS_TWO_MINUTES,
    &defaults::MISSED_PERIODS,
    &defaults::LENGTH_DAYS,
    &defaults::MAPPING_AND_COACHING_LENGTH_DAYS,
    &defaults::MEASUREMENT_WINDOW_DAYS,
    &defaults::CONTENT_MIX_POINTS,
    &defaults::EXCUSED_PERIOD_PERCENT,
    &defaults::INTERRUPTION_DAYS,
    &defaults::HANDOVER_DAYS,
    &defaults::WORKFLOW_ASSESSMENT_DAYS,
    &defaults::WORKFLOW_PLAN_DAYS,
    &defaults::TEAM_MIN_PROFESSIONS,
    &defaults::TEAM_MEETINGS_A_MONTH,
    &defaults::IPS_TREATMENT_TEAM_MEETINGS_A_MONTH,
    &defaults::DOSE_WEEKS_IN_A_ROW,
    &defaults::DOSE_MINUTES_OFF,
    &defaults::PLANNER_HORIZON_DAYS,
    &defaults::WORKING_AGE_MIN,
    &defaults::WORKING_AGE_MAX,
    &defaults::MAX_FINDINGS_PER_RULE,
    &defaults::MAX_DOCUMENT_BYTES,
    &defaults::MAX_ENROLMENTS,
    &defaults::MAX_EVENTS_PER_ENROLMENT,
    &defaults::MAX_PHASE_RECORDS,
    &defaults::MAX_PEOPLE,
    &defaults::MAX_OBLIGATION_PERIODS,
];

/// The figures that are not counts: who draws up a plan, whether a duty applies, who
/// organises a service.
static OTHERS: &[&dyn AnyFigure] = &[
    &law::ACTIVATION_PLAN_PARTIES,
    &law::PLAN_CONTENT_DUTY,
    &law::KTT_ORGANISER,
];

/// Every declared figure: the counts, then the others.
pub fn all() -> impl Iterator<Item = &'static dyn AnyFigure> {
    COUNTS
        .iter()
        .map(|figure| *figure as &'static dyn AnyFigure)
        .chain(OTHERS.iter().copied())
}

/// The counting figure with id `id`.
pub fn count(id: &str) -> Option<&'static Figure<u32>> {
    COUNTS.iter().copied().find(|figure| figure.id == id)
}
