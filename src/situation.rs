//! The client's situation where the law uses it: the benefit they live on, and their own
//! work, studies and business.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// The income a client lives on during a service.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    /// Earnings-related or basic unemployment allowance (*työttömyyspäiväraha*).
    UnemploymentAllowance,
    /// Labour market subsidy (*työmarkkinatuki*).
    LabourMarketSubsidy,
    /// Social assistance (*toimeentulotuki*) only.
    SocialAssistance,
    /// No benefit.
    NoBenefit,
}

impl Benefit {
    /// Whether it is an unemployment benefit (allowance or subsidy): the benefit whose
    /// recipients get the expense allowance (*kulukorvaus*) for days of rehabilitative work
    /// activity, where a social-assistance recipient gets the activity money
    /// (*toimintaraha*).
    pub const fn is_unemployment_benefit(self) -> bool {
        matches!(
            self,
            Benefit::UnemploymentAllowance | Benefit::LabourMarketSubsidy
        )
    }
}

vocabulary!(Benefit {
    UnemploymentAllowance => ["työttömyyspäiväraha", "arbetslöshetsdagpenning", "unemployment allowance"],
    LabourMarketSubsidy => ["työmarkkinatuki", "arbetsmarknadsstöd", "labour market subsidy"],
    SocialAssistance => ["toimeentulotuki", "utkomststöd", "social assistance"],
    NoBenefit => ["ei etuutta", "ingen förmån", "no benefit"],
});

/// What a client does besides the service.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// Work in an employment relationship (*työ*).
    Work,
    /// Studies (*opinnot*).
    Studies,
    /// Business of one's own (*yritystoiminta*).
    Entrepreneurship,
}

vocabulary!(ActivityKind {
    Work => ["työ", "arbete", "work"],
    Studies => ["opinnot", "studier", "studies"],
    Entrepreneurship => ["yritystoiminta", "företagsverksamhet", "entrepreneurship"],
});

/// A client's own work, studies or business from `start` to `end` (inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnActivity {
    /// Work, studies or business.
    pub kind: ActivityKind,
    /// First day.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub start: NaiveDate,
    /// Last day; absent while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub end: Option<NaiveDate>,
    /// Regular hours a week, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<u32>,
    /// Whether it is full-time (*päätoiminen*): full-time studies or business.
    #[serde(default)]
    pub full_time: bool,
}

/// The regular weekly hours of work above which the municipality has no duty to arrange
/// rehabilitative work activity: Act on Rehabilitative Work Activity 189/2001 §6(4)(1), as
/// amended by 702/2020 (in force 1.1.2021; read from the amending act on Finlex).
pub const KTT_WORK_HOURS_LIMIT: u32 = 8;

impl OwnActivity {
    /// Whether `date` falls within it.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Whether it frees the municipality from the duty to arrange rehabilitative work
    /// activity (189/2001 §6(4) as amended by 702/2020): regular work over
    /// [`KTT_WORK_HOURS_LIMIT`] hours a week, full-time business, or full-time studies.
    pub fn excludes_rehabilitative_work_activity(&self) -> bool {
        match self.kind {
            ActivityKind::Work => self
                .hours_per_week
                .is_some_and(|hours| hours > KTT_WORK_HOURS_LIMIT),
            ActivityKind::Studies | ActivityKind::Entrepreneurship => self.full_time,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(kind: ActivityKind, hours: Option<u32>, full_time: bool) -> OwnActivity {
        OwnActivity {
            kind,
            start: NaiveDate::from_ymd_opt(2024, 1, 1).expect("date"),
            end: None,
            hours_per_week: hours,
            full_time,
        }
    }

    #[test]
    fn the_laws_exclusions() {
        assert!(
            !activity(ActivityKind::Work, Some(8), false).excludes_rehabilitative_work_activity()
        );
        assert!(
            activity(ActivityKind::Work, Some(9), false).excludes_rehabilitative_work_activity()
        );
        assert!(!activity(ActivityKind::Work, None, true).excludes_rehabilitative_work_activity());
        assert!(
            activity(ActivityKind::Studies, None, true).excludes_rehabilitative_work_activity()
        );
        assert!(
            !activity(ActivityKind::Studies, Some(20), false)
                .excludes_rehabilitative_work_activity()
        );
        assert!(
            activity(ActivityKind::Entrepreneurship, None, true)
                .excludes_rehabilitative_work_activity()
        );
        assert!(Benefit::LabourMarketSubsidy.is_unemployment_benefit());
        assert!(!Benefit::SocialAssistance.is_unemployment_benefit());
    }
}
