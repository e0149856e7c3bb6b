//! The numeric parameters of a phase: its length, its cadences and its totals.

use super::{Access, Parameter, Role};
use crate::figure::{defaults, law, practice};
use crate::service::spec::check::{MAX_CONTACT_MINUTES, MAX_PHASE_MONTHS};

/// The shortest length of a phase, in calendar months.
pub static LENGTH_MIN_MONTHS: Parameter = Parameter {
    name: "length.min_months",
    description: "the shortest length of a phase, in calendar months, read on its first day",
    role: Role::MonthsAtLeast,
    range: Some((0, MAX_PHASE_MONTHS)),
    figures: &[
        &law::KTT_MIN_PERIOD_MONTHS,
        &practice::MAPPING_MONTHS,
        &practice::COACHING_MONTHS,
    ],
    typical: (0, 6),
    access: Access::Length {
        get: |length| length.min_months,
        set: |length, value| length.min_months = value,
    },
};

/// The longest length of a phase, in calendar months.
pub static LENGTH_MAX_MONTHS: Parameter = Parameter {
    name: "length.max_months",
    description: "the longest length of a phase, in calendar months, read on its first day",
    role: Role::MonthsAtMost,
    range: Some((1, MAX_PHASE_MONTHS)),
    figures: &[
        &law::KTT_MAX_PERIOD_MONTHS,
        &practice::MAPPING_MONTHS,
        &practice::COACHING_MONTHS,
    ],
    typical: (1, 18),
    access: Access::Length {
        get: |length| length.max_months,
        set: |length, value| length.max_months = value,
    },
};

/// The fewest contacts of a cadence in each period.
pub static CADENCE_MIN_COUNT: Parameter = Parameter {
    name: "cadence.min_count",
    description: "the fewest contacts in each week or month, read on the period's first day in the phase",
    role: Role::CountAtLeast,
    range: Some((0, u32::MAX)),
    figures: &[
        &law::KTT_MIN_DAYS_PER_WEEK,
        &practice::MAPPING_INDIVIDUAL_MEETINGS_A_WEEK,
        &practice::MAPPING_GROUP_DAYS_A_WEEK,
        &practice::COACHING_INDIVIDUAL_MEETINGS_A_MONTH,
        &practice::COACHING_GROUP_SESSIONS_A_MONTH,
        &defaults::TEAM_MEETINGS_A_MONTH,
        &defaults::IPS_TREATMENT_TEAM_MEETINGS_A_MONTH,
    ],
    // At most three: a phase that starts on a Friday has three days in its first week.
    typical: (1, 3),
    access: Access::Cadence {
        get: |cadence| Some(cadence.min_count),
        set: |cadence, value| cadence.min_count = value.unwrap_or(super::ZERO),
        optional: false,
    },
};

/// The most contacts of a cadence in a period.
pub static CADENCE_MAX_COUNT: Parameter = Parameter {
    name: "cadence.max_count",
    description: "the most contacts in a week or month, read on the period's first day in the phase",
    role: Role::CountAtMost,
    range: Some((0, u32::MAX)),
    figures: &[&law::KTT_MAX_DAYS_PER_WEEK],
    typical: (1, 5),
    access: Access::Cadence {
        get: |cadence| cadence.max_count,
        set: |cadence, value| cadence.max_count = value,
        optional: true,
    },
};

/// The shortest contact, in minutes.
pub static CADENCE_MIN_MINUTES: Parameter = Parameter {
    name: "cadence.min_minutes",
    description: "the shortest contact, in minutes, read on the contact's day; the records of one work-activity day are one day",
    role: Role::ContactMinutesAtLeast,
    range: Some((0, MAX_CONTACT_MINUTES)),
    figures: &[
        &law::KTT_MIN_MINUTES_A_DAY,
        &practice::MAPPING_GROUP_DAY_MINUTES,
    ],
    typical: (30, 300),
    access: Access::Cadence {
        get: |cadence| cadence.min_minutes,
        set: |cadence, value| cadence.min_minutes = value,
        optional: true,
    },
};

/// The longest contact, in minutes.
pub static CADENCE_MAX_MINUTES: Parameter = Parameter {
    name: "cadence.max_minutes",
    description: "the longest contact, in minutes, read on the contact's day; the records of one work-activity day are one day",
    role: Role::ContactMinutesAtMost,
    range: Some((1, MAX_CONTACT_MINUTES)),
    figures: &[&practice::KTT_GUIDANCE_MAX_MINUTES_A_DAY],
    typical: (30, 480),
    access: Access::Cadence {
        get: |cadence| cadence.max_minutes,
        set: |cadence, value| cadence.max_minutes = value,
        optional: true,
    },
};

/// The most minutes of a cadence's contacts on one day.
pub static CADENCE_MAX_MINUTES_PER_DAY: Parameter = Parameter {
    name: "cadence.max_minutes_per_day",
    description: "the most minutes of the contacts of one day together, read on that day (no default model sets it: a municipality may, e.g. at most six hours of group sessions a day)",
    role: Role::ContactMinutesAtMost,
    range: Some((1, MAX_CONTACT_MINUTES)),
    figures: &[],
    typical: (30, 480),
    access: Access::Cadence {
        get: |cadence| cadence.max_minutes_per_day,
        set: |cadence, value| cadence.max_minutes_per_day = value,
        optional: true,
    },
};

/// The most minutes of a cadence's contacts in a period.
pub static CADENCE_MAX_MINUTES_PER_PERIOD: Parameter = Parameter {
    name: "cadence.max_minutes_per_period",
    description: "the most minutes of contacts in a week or month, read on the period's first day in the phase",
    role: Role::PeriodMinutesAtMost,
    range: Some((1, u32::MAX)),
    figures: &[&practice::KTT_GUIDANCE_MAX_MINUTES_A_WEEK],
    // Raised where needed to hold the fewest contacts at their length.
    typical: (60, 2400),
    access: Access::Cadence {
        get: |cadence| cadence.max_minutes_per_period,
        set: |cadence, value| cadence.max_minutes_per_period = value,
        optional: true,
    },
};

/// The fewest contacts of one kind over a whole phase.
pub static TOTAL_MIN_COUNT: Parameter = Parameter {
    name: "totals.min_count",
    description: "the fewest contacts of one kind over a whole phase, read on its first day",
    role: Role::TotalAtLeast,
    range: Some((1, u32::MAX)),
    figures: &[&practice::WELLBEING_GROUP_MEETINGS],
    typical: (1, 3),
    access: Access::Total {
        get: |total| total.min_count,
        set: |total, value| total.min_count = value,
    },
};
