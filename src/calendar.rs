//! Calendar arithmetic used by the rules: ages, calendar months, ISO weeks.
//!
//! Month arithmetic uses calendar months and clamps to the month end: 31 January plus one
//! month is 28 February (29 in a leap year). Every function is total: a result outside
//! chrono's date range is `None`, never a panic.

use chrono::{Datelike, Months, NaiveDate};

/// The first date the crate's rules support: 1 January 1900.
pub const SUPPORTED_FIRST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// The last date the crate's rules support: 31 December 2100.
pub const SUPPORTED_LAST: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(date) => date,
    None => NaiveDate::MAX,
};

/// Whether `date` is within 1900–2100, the range the rules support. Outside it a path's
/// period checks would enumerate millions of weeks, so such dates are findings instead.
pub fn is_supported(date: NaiveDate) -> bool {
    (SUPPORTED_FIRST..=SUPPORTED_LAST).contains(&date)
}

/// `date` plus `months` calendar months, clamped to the month end (31 Jan + 1 → 28/29 Feb).
///
/// `None` when the result falls outside chrono's date range.
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// `date` plus `days` days; `NaiveDate::MAX` past chrono's range.
pub(crate) fn plus_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` minus `days` days; `NaiveDate::MIN` before chrono's range.
pub(crate) fn minus_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_sub_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MIN)
}

/// Whole calendar months from `start` to `end`: the largest `m` with
/// `add_months(start, m) <= end`. Zero when `end` is before `start`.
pub fn whole_months_between(start: NaiveDate, end: NaiveDate) -> u32 {
    if end < start {
        return 0;
    }
    let year_months = (end.year() - start.year()) * 12;
    let guess = year_months + end.month() as i32 - start.month() as i32;
    let guess = u32::try_from(guess).unwrap_or(0);
    match add_months(start, guess) {
        Some(reached) if reached <= end => guess,
        _ => guess.saturating_sub(1),
    }
}

/// Age in completed years on `as_of`; `None` when `as_of` is before `birth_date`.
///
/// A person born on 29 February completes a year on 1 March in common years, the
/// convention of chrono's `years_since` and of the Finnish population register.
pub fn age_on(birth_date: NaiveDate, as_of: NaiveDate) -> Option<u32> {
    as_of.years_since(birth_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    #[test]
    fn month_ends_clamp() {
        assert_eq!(add_months(date(2023, 1, 31), 1), Some(date(2023, 2, 28)));
        assert_eq!(add_months(date(2024, 1, 31), 1), Some(date(2024, 2, 29)));
        assert_eq!(add_months(date(2024, 11, 30), 3), Some(date(2025, 2, 28)));
        assert_eq!(add_months(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn whole_months_count_completed_months() {
        assert_eq!(
            whole_months_between(date(2024, 1, 15), date(2024, 1, 14)),
            0
        );
        assert_eq!(
            whole_months_between(date(2024, 1, 15), date(2024, 2, 14)),
            0
        );
        assert_eq!(
            whole_months_between(date(2024, 1, 15), date(2024, 2, 15)),
            1
        );
        assert_eq!(
            whole_months_between(date(2024, 1, 31), date(2024, 2, 29)),
            1
        );
        assert_eq!(whole_months_between(date(2023, 3, 1), date(2024, 3, 1)), 12);
        assert_eq!(whole_months_between(date(2023, 3, 2), date(2024, 3, 1)), 11);
        assert_eq!(whole_months_between(date(2024, 5, 1), date(2023, 5, 1)), 0);
    }

    #[test]
    fn ages_complete_on_the_birthday() {
        assert_eq!(age_on(date(1990, 6, 15), date(2024, 6, 14)), Some(33));
        assert_eq!(age_on(date(1990, 6, 15), date(2024, 6, 15)), Some(34));
        assert_eq!(age_on(date(2000, 2, 29), date(2023, 2, 28)), Some(22));
        assert_eq!(age_on(date(2000, 2, 29), date(2023, 3, 1)), Some(23));
        assert_eq!(age_on(date(2000, 2, 29), date(1999, 3, 1)), None);
    }
}
