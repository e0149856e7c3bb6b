//! Dates as the JSON format writes them: `YYYY-MM-DD` with a four-digit year, exactly
//! what the schemas' `"format": "date"` (RFC 3339 `full-date`) accepts.
//!
//! chrono alone would also read `+10000-01-01` and `-0001-01-01`, which every schema
//! rejects; a document serde reads and a frontend's validator refuses would be two
//! formats. Every date field of a document deserializes through here.

use std::fmt;

use chrono::NaiveDate;
use serde::Deserializer;
use serde::de::{self, Visitor};

/// A date of the JSON format: `YYYY-MM-DD`, four-digit year, a day that exists.
pub(crate) fn parse(text: &str) -> Option<NaiveDate> {
    // Ten bytes matched at once and their digits read by arithmetic: a path has a date per
    // event, and three `str::parse` calls each were a twentieth of reading it.
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes() else {
        return None;
    };
    let digit = |byte: u8| byte.is_ascii_digit().then(|| u32::from(byte - b'0'));
    let year = digit(y1)? * 1000 + digit(y2)? * 100 + digit(y3)? * 10 + digit(y4)?;
    let month = digit(m1)? * 10 + digit(m2)?;
    let day = digit(d1)? * 10 + digit(d2)?;
    match NEW_YEARS.get(year.wrapping_sub(NEW_YEARS_FROM) as usize) {
        Some(new_year) => in_year(*new_year, month, day),
        None => NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day),
    }
}

/// The first year of [`NEW_YEARS`].
const NEW_YEARS_FROM: u32 = 1900;

/// The 1st of January of the years 1900 to 2155 (the dates a service path has), made
/// when compiling. chrono finds a year's leap-year flags by the year modulo 400 and a
/// table, then the day of the year by a second table: a chain of dependent steps that
/// was a thirteenth of reading a path by time (`perf`) for a fiftieth of its
/// instructions. From the new year, a day is its day of the year, added without a table.
static NEW_YEARS: [NaiveDate; 256] = {
    let mut days = [NaiveDate::MIN; 256];
    let mut at = 0;
    while at < days.len() {
        // `at` is below 256: the year is 1900 to 2155, every one of which chrono has.
        if let Some(day) = NaiveDate::from_ymd_opt(NEW_YEARS_FROM as i32 + at as i32, 1, 1) {
            days[at] = day;
        }
        at += 1;
    }
    days
};

/// Days before the 1st of each month in a common year (index 1 to 12) and their lengths.
const DAYS_BEFORE: [u32; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const LENGTH: [u32; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// The day `day` of `month` in the year that starts on `new_year`, if it exists.
fn in_year(new_year: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    use chrono::Datelike;
    let index = usize::try_from(month)
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let leap = u32::from(new_year.leap_year() && month == 2);
    let leap_before = u32::from(new_year.leap_year() && month > 2);
    if day == 0 || day > LENGTH[index] + leap {
        return None;
    }
    new_year.with_ordinal(DAYS_BEFORE[index] + leap_before + day)
}

/// A date written as chrono writes it (`2024-02-01`): ten bytes by arithmetic for the
/// years 0 to 9999 (every date the format reads), chrono's own text outside them (a sign
/// and more digits). A report and a picture write a date per finding or event, and
/// chrono's formatter was a twelfth of drawing a picture (callgrind).
#[derive(Clone, Copy)]
pub(crate) struct Iso(pub(crate) NaiveDate);

impl Iso {
    /// The ten bytes, for a four-digit year.
    pub(crate) fn bytes(self) -> Option<[u8; 10]> {
        use chrono::Datelike;
        let year = u32::try_from(self.0.year())
            .ok()
            .filter(|year| *year <= 9999)?;
        let (month, day) = (self.0.month(), self.0.day());
        // Each is below ten: a digit's byte.
        let digit = |value: u32| b'0' + (value % 10) as u8;
        Some([
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ])
    }
}

impl fmt::Display for Iso {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.bytes() {
            Some(bytes) => f.write_str(std::str::from_utf8(&bytes).unwrap_or_default()),
            None => fmt::Display::fmt(&self.0, f),
        }
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date YYYY-MM-DD with a four-digit year")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        // The text is not repeated: it is the caller's.
        parse(text).ok_or_else(|| {
            E::custom("invalid date, expected YYYY-MM-DD with a four-digit year that exists")
        })
    }
}

/// `deserialize_with` for a `NaiveDate` field.
pub(crate) fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    deserializer.deserialize_str(DateVisitor)
}

/// `deserialize_with` for an `Option<NaiveDate>` field (with `default`: missing is `None`).
pub(crate) fn option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    struct Strict(NaiveDate);
    impl<'de> serde::Deserialize<'de> for Strict {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            date(deserializer).map(Strict)
        }
    }
    <Option<Strict> as serde::Deserialize>::deserialize(deserializer).map(|date| date.map(|d| d.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn reads_only_what_the_schema_accepts() {
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse("0001-01-01"), NaiveDate::from_ymd_opt(1, 1, 1));
        for text in [
            "+10000-01-01",
            "-0001-01-01",
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "2024-01-1",
            "2024/01/01",
            " 2024-01-01",
            "2024-01-01T00:00",
            "20240101",
            "",
            "２０２４-01-01",
            "+024-01-01",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn every_day_of_four_centuries_reads_as_chrono_makes_it() {
        // Across the table's years and past both its ends: each day's text, and each
        // impossible day of every month (0, one past its end, 32).
        let mut date = NaiveDate::from_ymd_opt(1890, 1, 1).expect("date");
        let end = NaiveDate::from_ymd_opt(2170, 1, 1).expect("date");
        while date < end {
            assert_eq!(parse(&date.to_string()), Some(date));
            if date.day() == 1 {
                let (year, month) = (date.year(), date.month());
                let length = date
                    .with_month(month % 12 + 1)
                    .and_then(|next| {
                        if month == 12 {
                            next.with_year(year + 1)
                        } else {
                            Some(next)
                        }
                    })
                    .map(|next| (next - date).num_days())
                    .expect("next month");
                for day in [0, length + 1, 32] {
                    let text = format!("{year:04}-{month:02}-{day:02}");
                    assert_eq!(parse(&text), None, "{text}");
                }
                assert!(parse(&format!("{year:04}-{month:02}-{length:02}")).is_some());
            }
            date = date.succ_opt().expect("date");
        }
        for text in [
            "2024-00-10",
            "2024-13-10",
            "2023-02-29",
            "1900-02-29",
            "2000-02-29",
        ] {
            assert_eq!(parse(text), text.parse::<NaiveDate>().ok(), "{text}");
        }
    }

    #[test]
    fn a_date_is_written_as_chrono_writes_it() {
        let days = [
            (0, 1, 1),
            (1, 2, 3),
            (999, 12, 31),
            (2024, 2, 29),
            (2025, 10, 9),
            (9999, 12, 31),
            (-1, 6, 15),
            (10000, 1, 1),
            (-262_000, 1, 1),
        ];
        for (year, month, day) in days {
            let date = NaiveDate::from_ymd_opt(year, month, day).expect("date");
            assert_eq!(Iso(date).to_string(), date.to_string(), "{year}");
            assert_eq!(Iso(date).bytes().is_some(), (0..=9999).contains(&year));
        }
        let mut date = NaiveDate::from_ymd_opt(2023, 1, 1).expect("date");
        while date.year_ce().1 < 2025 {
            assert_eq!(Iso(date).to_string(), format!("{date:?}"));
            date = date.succ_opt().expect("date");
        }
    }

    #[test]
    fn a_field_reads_through_serde() {
        #[derive(serde::Deserialize, Debug)]
        struct Doc {
            #[serde(deserialize_with = "date")]
            on: NaiveDate,
            #[serde(default, deserialize_with = "option")]
            until: Option<NaiveDate>,
        }
        let doc: Doc = serde_json::from_str(r#"{"on": "2024-01-08"}"#).expect("doc");
        assert_eq!(
            (doc.on, doc.until),
            (NaiveDate::from_ymd_opt(2024, 1, 8).expect("date"), None)
        );
        let doc: Doc = serde_json::from_str(r#"{"on": "2024-01-08", "until": null}"#).expect("doc");
        assert_eq!(doc.until, None);
        assert!(serde_json::from_str::<Doc>(r#"{"on": "+10000-01-01"}"#).is_err());
        assert!(
            serde_json::from_str::<Doc>(r#"{"on": "2024-01-08", "until": "-0001-01-01"}"#).is_err()
        );
        let error =
            serde_json::from_str::<Doc>(r#"{"on": "131052-308T"}"#).expect_err("not a date");
        assert!(!error.to_string().contains("308T"), "{error}");
    }
}
