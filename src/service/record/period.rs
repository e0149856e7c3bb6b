//! ISO weeks and calendar months as the periods of a cadence.
//!
//! A period is an index: weeks count from the Monday 1 January of year 1 (a Monday), months
//! from January of year 0. Events are bucketed by index in one pass, so checking a cadence
//! costs O(events + periods) integer operations.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// The calendar period of a cadence.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Period, Lang, Vocabulary};
///
/// let value: Period = serde_json::from_str(r#""iso_week""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""iso_week""#);
/// assert_eq!(value.label(Lang::Fi), "viikko");
/// assert_eq!(Period::ALL.len(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// An ISO 8601 week, Monday to Sunday (the calendar week of law 189/2001 §13).
    IsoWeek,
    /// A calendar month.
    CalendarMonth,
}

vocabulary!(Period {
    IsoWeek => ["viikko", "vecka", "week"],
    CalendarMonth => ["kuukausi", "månad", "month"],
});

/// One ISO week (Monday to Sunday) or one calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PeriodSpan {
    per: Period,
    index: i64,
}

/// The index of the period of kind `per` that contains `date`.
pub(crate) fn index_of(per: Period, date: NaiveDate) -> i64 {
    match per {
        // Day 1 of the common era, 1 January of year 1, is a Monday.
        Period::IsoWeek => (i64::from(date.num_days_from_ce()) - 1).div_euclid(7),
        Period::CalendarMonth => i64::from(date.year()) * 12 + i64::from(date.month0()),
    }
}

impl PeriodSpan {
    /// The period of kind `per` that contains `date`.
    pub fn containing(per: Period, date: NaiveDate) -> Option<Self> {
        Some(PeriodSpan {
            per,
            index: index_of(per, date),
        })
    }

    fn from_index(per: Period, index: i64) -> Self {
        PeriodSpan { per, index }
    }

    /// The period with index `index` (see the module docs).
    pub(crate) fn containing_index(per: Period, index: i64) -> Self {
        PeriodSpan::from_index(per, index)
    }

    fn first_day_of(per: Period, index: i64) -> Option<NaiveDate> {
        match per {
            Period::IsoWeek => NaiveDate::from_num_days_from_ce_opt(
                i32::try_from(index.checked_mul(7)?.checked_add(1)?).ok()?,
            ),
            Period::CalendarMonth => {
                let year = i32::try_from(index.div_euclid(12)).ok()?;
                let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
                NaiveDate::from_ymd_opt(year, month, 1)
            }
        }
    }

    /// The first day (`NaiveDate::MIN` outside chrono's range).
    pub fn first_day(&self) -> NaiveDate {
        Self::first_day_of(self.per, self.index).unwrap_or(NaiveDate::MIN)
    }

    /// The period after this one.
    pub fn next(&self) -> Option<Self> {
        let next = PeriodSpan::from_index(self.per, self.index.checked_add(1)?);
        Self::first_day_of(self.per, next.index).map(|_| next)
    }

    /// The last day.
    pub fn last_day(&self) -> Option<NaiveDate> {
        Self::first_day_of(self.per, self.index.checked_add(1)?)?.pred_opt()
    }

    /// Every period lying wholly within `first..=last`, in order. Crate-private: over
    /// chrono's whole range it would allocate millions of spans (the rules work with
    /// period indexes instead).
    #[cfg(test)]
    pub(crate) fn all_within(per: Period, first: NaiveDate, last: NaiveDate) -> Vec<PeriodSpan> {
        let (from, to) = whole_range(per, first, last);
        (from..=to)
            .map(|index| PeriodSpan::from_index(per, index))
            .collect()
    }
}

/// The indexes of the periods lying wholly within `first..=last` (an empty range when
/// there are none).
pub(crate) fn whole_range(per: Period, first: NaiveDate, last: NaiveDate) -> (i64, i64) {
    let mut from = index_of(per, first);
    if PeriodSpan::first_day_of(per, from).is_none_or(|day| day < first) {
        from += 1;
    }
    let mut to = index_of(per, last);
    let last_of = PeriodSpan::first_day_of(per, to + 1).and_then(|day| day.pred_opt());
    if last_of.is_none_or(|day| day > last) {
        to -= 1;
    }
    (from, to)
}

impl fmt::Display for PeriodSpan {
    /// `2024-W05` for a week (ISO year and week), `2024-05` for a month.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.first_day();
        match self.per {
            Period::IsoWeek => {
                let week = first.iso_week();
                f.pad(&format!("{}-W{:02}", week.year(), week.week()))
            }
            Period::CalendarMonth => f.pad(&format!("{}-{:02}", first.year(), first.month())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    #[test]
    fn weeks_are_iso_weeks() {
        // 1 January 2021 is a Friday in ISO week 2020-W53.
        let week = PeriodSpan::containing(Period::IsoWeek, date(2021, 1, 1)).expect("week");
        assert_eq!(week.to_string(), "2020-W53");
        assert_eq!(week.first_day(), date(2020, 12, 28));
        assert_eq!(week.last_day(), Some(date(2021, 1, 3)));
        assert_eq!(week.next().map(|w| w.first_day()), Some(date(2021, 1, 4)));
        let month =
            PeriodSpan::containing(Period::CalendarMonth, date(2024, 2, 29)).expect("month");
        assert_eq!(
            (month.to_string(), month.last_day()),
            ("2024-02".to_owned(), Some(date(2024, 2, 29)))
        );
    }

    #[test]
    fn only_whole_periods_are_listed() {
        // Thursday 4.1.2024 to Sunday 21.1.2024: weeks 2 and 3 are whole, week 1 is not.
        let weeks = PeriodSpan::all_within(Period::IsoWeek, date(2024, 1, 4), date(2024, 1, 21));
        let names: Vec<String> = weeks.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["2024-W02", "2024-W03"]);
        let months =
            PeriodSpan::all_within(Period::CalendarMonth, date(2024, 1, 1), date(2024, 3, 30));
        let names: Vec<String> = months.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["2024-01", "2024-02"]);
        assert!(
            PeriodSpan::all_within(Period::IsoWeek, date(2024, 2, 1), date(2024, 1, 1)).is_empty()
        );
        assert!(PeriodSpan::all_within(Period::IsoWeek, NaiveDate::MAX, NaiveDate::MAX).is_empty());
        assert!(
            PeriodSpan::all_within(Period::CalendarMonth, NaiveDate::MIN, NaiveDate::MIN)
                .is_empty()
        );
    }

    #[test]
    fn indexes_agree_with_calendar_weeks() {
        let mut day = date(1999, 12, 20);
        while day < date(2001, 1, 10) {
            let span = PeriodSpan::containing(Period::IsoWeek, day).expect("week");
            assert_eq!(span.first_day().weekday(), chrono::Weekday::Mon);
            assert!(span.first_day() <= day && Some(day) <= span.last_day());
            day = day.succ_opt().expect("next");
        }
    }
}
