//! Days as ISO text, the year and month kept from the day written before.

use chrono::{Datelike, NaiveDate};

use super::number::DIGIT_PAIRS;
use crate::date_text::Iso;

/// Writes days as `YYYY-MM-DD`, keeping the `YYYY-MM-` of the last day written: a
/// picture's days come mostly in order and most share the month of the day before, so
/// most are written from their day of the year (a shift of chrono's packed date) and a
/// pair of digits, not through chrono's month and day of month (a table each) and four
/// divisions for the year (an ISO date was a ninth of drawing the densest picture).
pub(super) struct DayText {
    /// The year and the day of the year of the first of the month kept (`first == 0`:
    /// none kept yet; chrono counts days of the year from 1).
    year: i32,
    first: u32,
    /// `YYYY-MM-` of the month kept.
    prefix: [u8; 8],
}

impl DayText {
    pub(super) fn new() -> DayText {
        DayText {
            year: 0,
            first: 0,
            prefix: [0; 8],
        }
    }

    /// `day` as ISO text, for a four-digit year (else `None`, as [`Iso::bytes`]).
    pub(super) fn bytes(&mut self, day: NaiveDate) -> Option<[u8; 10]> {
        let ordinal = day.ordinal();
        // Every month has at least 28 days: a day of the kept year less than 28 days
        // after the kept first of a month is in that month.
        let since_first = ordinal.wrapping_sub(self.first);
        if self.first != 0 && day.year() == self.year && since_first < 28 {
            let [tens, ones] = DIGIT_PAIRS
                .get(since_first as usize + 1)
                .copied()
                .unwrap_or_default()
                .to_le_bytes();
            let [a, b, c, d, e, f, g, h] = self.prefix;
            return Some([a, b, c, d, e, f, g, h, tens, ones]);
        }
        let text = Iso(day).bytes()?;
        self.year = day.year();
        self.first = ordinal - day.day0();
        if let Some(prefix) = text.first_chunk::<8>() {
            self.prefix = *prefix;
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::DayText;
    use crate::date_text::Iso;
    use chrono::{Duration, NaiveDate};

    #[test]
    fn every_day_is_written_as_chrono_writes_it_in_order_and_out_of_it() {
        let first = NaiveDate::from_ymd_opt(1999, 12, 1).expect("day");
        let days: Vec<NaiveDate> = (0..900).map(|n| first + Duration::days(n)).collect();
        let mut text = DayText::new();
        // In order, backwards, and jumping between months and years.
        let jumps = days.iter().step_by(37).chain(days.iter().rev().step_by(13));
        for &day in days.iter().chain(days.iter().rev()).chain(jumps) {
            let written = text.bytes(day).expect("a four-digit year");
            assert_eq!(
                std::str::from_utf8(&written).expect("ASCII"),
                day.to_string()
            );
        }
        // The same day of the year in another year is not taken for the kept month.
        let mut text = DayText::new();
        let _ = text.bytes(NaiveDate::from_ymd_opt(2024, 3, 1).expect("day"));
        // 2025-03-02 is the 61st day of its year, as 2024-03-01 is of its.
        let day = NaiveDate::from_ymd_opt(2025, 3, 2).expect("day");
        assert_eq!(text.bytes(day), Iso(day).bytes());
    }

    #[test]
    fn a_year_of_five_digits_is_left_to_the_caller() {
        let mut text = DayText::new();
        let _ = text.bytes(NaiveDate::from_ymd_opt(9999, 12, 1).expect("day"));
        let day = NaiveDate::from_ymd_opt(10_000, 1, 1).expect("day");
        assert_eq!(text.bytes(day), None);
        let day = NaiveDate::from_ymd_opt(9999, 12, 31).expect("day");
        assert_eq!(text.bytes(day), Iso(day).bytes());
    }
}
