//! Attended days of rehabilitative work activity per calendar month, and the money they
//! earn: the expense allowance (*kulukorvaus*) for a client on an unemployment benefit,
//! the activity money (*toimintaraha*) for one on social assistance.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::service::record::event::Event;
use crate::service::record::path::ServicePath;
use crate::situation::Benefit;

/// A daily rate in force from a day on.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: a dated amount is its first day and its amount."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DailyRate {
    /// The first day the rate applies.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub from: NaiveDate,
    /// Euro cents a day.
    pub cents: u32,
}

/// The dated daily rate of the expense allowance and the activity money: the two are by
/// law the same amount (Act on Rehabilitative Work Activity 189/2001 §18 as amended by
/// 1025/2022, in force 1.1.2023: the activity money equals the expense allowance of the
/// Act on Public Employment and Business Service).
///
/// The default is the declared figure
/// [`KTT_DAILY_ALLOWANCE_CENTS`](crate::figure::law::KTT_DAILY_ALLOWANCE_CENTS): 9 € a day,
/// as the Finnish Institute for Health and Welfare (THL) publishes it for rehabilitative
/// work activity; that it applies from 1.1.2013 is *not verified*. A service that needs
/// earlier or later figures loads its own table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DailyRates {
    rates: Vec<DailyRate>,
}

impl Default for DailyRates {
    /// The rates of the declared figure
    /// [`KTT_DAILY_ALLOWANCE_CENTS`](crate::figure::law::KTT_DAILY_ALLOWANCE_CENTS).
    fn default() -> Self {
        let figure = &crate::figure::law::KTT_DAILY_ALLOWANCE_CENTS;
        DailyRates::new(
            figure
                .values
                .iter()
                .map(|dated| DailyRate {
                    from: dated.from.unwrap_or(crate::calendar::SUPPORTED_FIRST),
                    cents: dated.value,
                })
                .collect(),
        )
    }
}

impl DailyRates {
    /// A table of rates, in any order.
    pub fn new(mut rates: Vec<DailyRate>) -> Self {
        rates.sort_by_key(|rate| rate.from);
        DailyRates { rates }
    }

    /// The rate in force on `date`, in cents; `None` before the first.
    pub fn on(&self, date: NaiveDate) -> Option<u32> {
        let index = self.rates.partition_point(|rate| rate.from <= date);
        index.checked_sub(1).map(|i| self.rates[i].cents)
    }
}

/// What an attended day earns.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DayPayment {
    /// The expense allowance (*kulukorvaus*), for a client on an unemployment benefit.
    ExpenseAllowance,
    /// The activity money (*toimintaraha*), for a client on social assistance.
    ActivityMoney,
}

vocabulary!(DayPayment {
    ExpenseAllowance => ["kulukorvaus", "kostnadsersättning", "expense allowance"],
    ActivityMoney => ["toimintaraha", "verksamhetspenning", "activity money"],
});

/// One calendar month's attended days and what they earn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MonthAttendance {
    /// The month, `2024-05`.
    pub month: String,
    /// Days with rehabilitative work activity attended (one a day, however recorded).
    pub attended_days: u32,
    /// What each day earns, if anything (nothing without a benefit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<DayPayment>,
    /// The month's total, in euro cents.
    pub amount_cents: u64,
}

impl ServicePath {
    /// Days of rehabilitative work activity attended per calendar month, with what they
    /// earn for a client living on `benefit` at `rates`. Only days recorded as attended
    /// count; an absence earns nothing.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::service::money::{DailyRates, DayPayment};
    /// use tyokyky::service::build::sample;
    /// use tyokyky::{Benefit, ClientId};
    ///
    /// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
    /// let as_of = NaiveDate::from_ymd_opt(2024, 2, 29).ok_or("date")?;
    /// let path = sample::rehabilitative_work_activity(ClientId::new("demo-2")?, start, as_of);
    /// let months = path.attendance(Some(Benefit::LabourMarketSubsidy), &DailyRates::default());
    /// assert_eq!(months[1].month, "2024-02");
    /// assert_eq!(months[1].attended_days, 13);
    /// assert_eq!(months[1].payment, Some(DayPayment::ExpenseAllowance));
    /// assert_eq!(months[1].amount_cents, 13 * 900);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn attendance(&self, benefit: Option<Benefit>, rates: &DailyRates) -> Vec<MonthAttendance> {
        let payment = benefit.and_then(|benefit| match benefit {
            Benefit::UnemploymentAllowance | Benefit::LabourMarketSubsidy => {
                Some(DayPayment::ExpenseAllowance)
            }
            Benefit::SocialAssistance => Some(DayPayment::ActivityMoney),
            Benefit::NoBenefit => None,
        });
        let mut days: Vec<NaiveDate> = self
            .enrolments
            .iter()
            .flat_map(|enrolment| enrolment.events.iter())
            .filter_map(|event| match event {
                Event::WorkActivityDay { date, .. } => Some(*date),
                _ => None,
            })
            .collect();
        days.sort_unstable();
        days.dedup();
        let mut months: BTreeMap<(i32, u32), (u32, u64)> = BTreeMap::new();
        for day in days {
            let earned = payment.and(rates.on(day)).map_or(0, u64::from);
            let month = months.entry((day.year(), day.month())).or_default();
            month.0 = month.0.saturating_add(1);
            month.1 = month.1.saturating_add(earned);
        }
        months
            .into_iter()
            .map(
                |((year, month), (attended_days, amount_cents))| MonthAttendance {
                    month: format!("{year}-{month:02}"),
                    attended_days,
                    payment,
                    amount_cents,
                },
            )
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn a_rate_applies_from_its_day() {
        let rates = DailyRates::new(vec![
            DailyRate {
                from: date(2026, 1, 1),
                cents: 1000,
            },
            DailyRate {
                from: date(2013, 1, 1),
                cents: 900,
            },
        ]);
        assert_eq!(rates.on(date(2012, 12, 31)), None);
        assert_eq!(rates.on(date(2013, 1, 1)), Some(900));
        assert_eq!(rates.on(date(2025, 12, 31)), Some(900));
        assert_eq!(rates.on(date(2026, 1, 1)), Some(1000));
    }
}
