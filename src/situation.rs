//! The client's situation where the law uses it: the benefit they live on, and their own
//! work, studies and business.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// The income a client lives on during a service.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Benefit, Lang, Vocabulary};
///
/// let value: Benefit = serde_json::from_str(r#""unemployment_allowance""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""unemployment_allowance""#);
/// assert_eq!(value.label(Lang::Fi), "työttömyyspäiväraha");
/// assert_eq!(Benefit::ALL.len(), 4);
/// # Ok::<(), serde_json::Error>(())
/// ```
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
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{ActivityKind, Lang, Vocabulary};
///
/// let value: ActivityKind = serde_json::from_str(r#""work""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""work""#);
/// assert_eq!(value.label(Lang::Fi), "työ");
/// assert_eq!(ActivityKind::ALL.len(), 4);
/// # Ok::<(), serde_json::Error>(())
/// ```
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
    /// An employment-promoting service of the Unemployment Security Act 1290/2002
    /// (*työllistymistä edistävä palvelu*: labour market training, a work trial, …).
    EmploymentPromotingService,
}

vocabulary!(ActivityKind {
    Work => ["työ", "arbete", "work"],
    Studies => ["opinnot", "studier", "studies"],
    Entrepreneurship => ["yritystoiminta", "företagsverksamhet", "entrepreneurship"],
    EmploymentPromotingService => ["työllistymistä edistävä palvelu", "sysselsättningsfrämjande service", "employment-promoting service"],
});

/// A client's own work, studies or business from `start` to `end` (inclusive).
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::OwnActivity;
///
/// let json = r#"{"kind": "work", "start": "2024-04-01", "hours_per_week": 25, "full_time": false}"#;
/// let value: OwnActivity = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`OwnActivity::new`] or [`OwnActivity::work`] and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
    /// Whether work is only occasional (*satunnaisesti*): the law's exclusion is work
    /// "muutoin kuin satunnaisesti", so occasional work never excludes.
    #[serde(default, skip_serializing_if = "crate::situation::is_false")]
    pub occasional: bool,
}

/// Whether a flag is unset, for `skip_serializing_if`.
fn is_false(flag: &bool) -> bool {
    !*flag
}

impl OwnActivity {
    /// An activity of `kind` from `start`, open-ended, of no stated hours, neither full
    /// time nor occasional.
    pub fn new(kind: ActivityKind, start: NaiveDate) -> Self {
        OwnActivity {
            kind,
            start,
            end: None,
            hours_per_week: None,
            full_time: false,
            occasional: false,
        }
    }

    /// Regular work of `hours_per_week` from `start`, open-ended.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::OwnActivity;
    ///
    /// let day = NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?;
    /// assert!(OwnActivity::work(day, 20).excludes_rehabilitative_work_activity(day));
    /// assert!(!OwnActivity::work(day, 8).excludes_rehabilitative_work_activity(day));
    /// # Ok::<(), &str>(())
    /// ```
    pub fn work(start: NaiveDate, hours_per_week: u32) -> Self {
        OwnActivity {
            kind: ActivityKind::Work,
            start,
            end: None,
            hours_per_week: Some(hours_per_week),
            full_time: false,
            occasional: false,
        }
    }

    /// Whether `date` falls within it.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Whether, on `date`, it frees the organiser from the duty to arrange rehabilitative
    /// work activity (189/2001 §6(5) as amended by 290/2012 from 1.7.2012, §6(4) as
    /// amended by 702/2020 from 1.1.2021; both read on Finlex): (1) work "muutoin kuin
    /// satunnaisesti" whose regular hours a week exceed
    /// [`KTT_EXCLUDING_WORK_HOURS`](crate::figure::law::KTT_EXCLUDING_WORK_HOURS) in force
    /// that day, (2) full-time business, (3) full-time studies, (4) taking part in an
    /// employment-promoting service. Before the law set the exclusions nothing excludes.
    /// Not modelled: the situations of §8(4) that the wording before 2021 also named.
    pub fn excludes_rehabilitative_work_activity(&self, date: NaiveDate) -> bool {
        let Some(limit) = crate::figure::law::KTT_EXCLUDING_WORK_HOURS.on(date) else {
            return false;
        };
        match self.kind {
            ActivityKind::Work => {
                !self.occasional && self.hours_per_week.is_some_and(|hours| hours > limit)
            }
            ActivityKind::Studies | ActivityKind::Entrepreneurship => self.full_time,
            ActivityKind::EmploymentPromotingService => true,
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
        let before = NaiveDate::from_ymd_opt(2012, 6, 30).expect("date");
        assert!(!work.excludes_rehabilitative_work_activity(before));
        assert!(work.excludes_rehabilitative_work_activity(day()));
    }

    fn activity(kind: ActivityKind, hours: Option<u32>, full_time: bool) -> OwnActivity {
        OwnActivity {
            occasional: false,
            kind,
            start: NaiveDate::from_ymd_opt(2024, 1, 1).expect("date"),
            end: None,
            hours_per_week: hours,
            full_time,
        }
    }

    #[test]
    fn the_exclusions_start_with_law_290_2012() {
        let work = activity(ActivityKind::Work, Some(30), false);
        let first = NaiveDate::from_ymd_opt(2012, 7, 1).expect("date");
        assert!(work.excludes_rehabilitative_work_activity(first));
    }

    #[test]
    fn occasional_work_and_employment_promoting_services() {
        let mut occasional = activity(ActivityKind::Work, Some(20), false);
        occasional.occasional = true;
        assert!(!occasional.excludes_rehabilitative_work_activity(day()));
        let training = activity(ActivityKind::EmploymentPromotingService, None, false);
        assert!(training.excludes_rehabilitative_work_activity(day()));
        let before = NaiveDate::from_ymd_opt(2012, 6, 30).expect("date");
        assert!(!training.excludes_rehabilitative_work_activity(before));
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
