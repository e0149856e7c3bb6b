//! ISO weeks and calendar months as the periods of a cadence.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::calendar::add_months;
use crate::service::spec::Period;

/// One ISO week (Monday to Sunday) or one calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PeriodSpan {
    per: Period,
    first_day: NaiveDate,
}

impl PeriodSpan {
    /// The period of kind `per` that contains `date`.
    pub fn containing(per: Period, date: NaiveDate) -> Option<Self> {
        let first_day = match per {
            Period::IsoWeek => {
                let week = date.iso_week();
                NaiveDate::from_isoywd_opt(week.year(), week.week(), Weekday::Mon)?
            }
            Period::CalendarMonth => date.with_day(1)?,
        };
        Some(PeriodSpan { per, first_day })
    }

    /// The first day.
    pub fn first_day(&self) -> NaiveDate {
        self.first_day
    }

    /// The period after this one.
    pub fn next(&self) -> Option<Self> {
        let first_day = match self.per {
            Period::IsoWeek => self.first_day.checked_add_days(Days::new(7))?,
            Period::CalendarMonth => add_months(self.first_day, 1)?,
        };
        Some(PeriodSpan {
            per: self.per,
            first_day,
        })
    }

    /// The last day.
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.next()?.first_day.pred_opt()
    }

    /// Every period lying wholly within `first..=last`, in order.
    pub fn all_within(per: Period, first: NaiveDate, last: NaiveDate) -> Vec<PeriodSpan> {
        let mut periods = Vec::new();
        let Some(mut period) = PeriodSpan::containing(per, first) else {
            return periods;
        };
        if period.first_day < first {
            match period.next() {
                Some(next) => period = next,
                None => return periods,
            }
        }
        while let Some(last_day) = period.last_day() {
            if last_day > last {
                break;
            }
            periods.push(period);
            match period.next() {
                Some(next) => period = next,
                None => break,
            }
        }
        periods
    }
}

impl fmt::Display for PeriodSpan {
    /// `2024-W05` for a week (ISO year and week), `2024-05` for a month.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.per {
            Period::IsoWeek => {
                let week = self.first_day.iso_week();
                write!(f, "{}-W{:02}", week.year(), week.week())
            }
            Period::CalendarMonth => {
                write!(f, "{}-{:02}", self.first_day.year(), self.first_day.month())
            }
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
    }
}
