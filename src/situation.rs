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

impl OwnActivity {
    /// Whether `date` falls within it.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Whether, on `date`, it frees the organiser from the duty to arrange rehabilitative
    /// work activity (189/2001 §6(4) as amended by 702/2020): regular work over the hours
    /// a week of [`KTT_EXCLUDING_WORK_HOURS`](crate::figure::law::KTT_EXCLUDING_WORK_HOURS)
    /// in force that day, full-time business, or full-time studies. Before the law set the
    /// exclusions nothing excludes.
    pub fn excludes_rehabilitative_work_activity(&self, date: NaiveDate) -> bool {
        let Some(limit) = crate::figure::law::KTT_EXCLUDING_WORK_HOURS.on(date) else {
            return false;
        };
        match self.kind {
            ActivityKind::Work => self.hours_per_week.is_some_and(|hours| hours > limit),
            ActivityKind::Studies | ActivityKind::Entrepreneurship => self.full_time,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 1, 1).expect("date")
    }

    #[test]
    fn nothing_excludes_before_the_law_set_the_exclusions() {
        let work = activity(ActivityKind::Work, Some(30), false);
        let before = NaiveDate::from_ymd_opt(2012, 12, 31).expect("date");
        assert!(!work.excludes_rehabilitative_work_activity(before));
        assert!(work.excludes_rehabilitative_work_activity(day()));
    }

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
            !activity(ActivityKind::Work, Some(8), false)
                .excludes_rehabilitative_work_activity(day())
        );
        assert!(
            activity(ActivityKind::Work, Some(9), false)
                .excludes_rehabilitative_work_activity(day())
        );
        assert!(
            !activity(ActivityKind::Work, None, true).excludes_rehabilitative_work_activity(day())
        );
        assert!(
            activity(ActivityKind::Studies, None, true)
                .excludes_rehabilitative_work_activity(day())
        );
        assert!(
            !activity(ActivityKind::Studies, Some(20), false)
                .excludes_rehabilitative_work_activity(day())
        );
        assert!(
            activity(ActivityKind::Entrepreneurship, None, true)
                .excludes_rehabilitative_work_activity(day())
        );
        assert!(Benefit::LabourMarketSubsidy.is_unemployment_benefit());
        assert!(!Benefit::SocialAssistance.is_unemployment_benefit());
    }
}
