//! A message's numbers, dates and periods are written piece by piece (itoa, not
//! `write!`, for speed); these hold them to the texts `format!` wrote.

use chrono::{Datelike, NaiveDate};
use tyokyky::rules::ParamValue;
use tyokyky::{Lang, Period};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn rendered(value: &ParamValue, lang: Lang) -> String {
    let mut out = String::new();
    value.render(lang, &mut out);
    out
}

/// Every day of two years around an ISO week-year change, and years at chrono's edges.
#[test]
fn numbers_dates_and_periods_are_written_as_the_format_wrote_them() {
    let mut days: Vec<NaiveDate> = (0..731)
        .map(|offset| date(2020, 1, 1) + chrono::Duration::days(offset))
        .collect();
    days.extend([date(-5, 1, 3), date(9999, 12, 31), date(12_000, 6, 1)]);
    for day in days {
        for per in [Period::IsoWeek, Period::CalendarMonth] {
            let (week, year_of_week) = (day.iso_week().week(), day.iso_week().year());
            let one = |lang| match (per, lang) {
                (Period::IsoWeek, Lang::En) => format!("{year_of_week}-W{week:02}"),
                (Period::IsoWeek, _) => format!("{week}/{year_of_week}"),
                (Period::CalendarMonth, Lang::En) => format!("{}-{:02}", day.year(), day.month()),
                (Period::CalendarMonth, _) => format!("{}/{}", day.month(), day.year()),
            };
            let run = ParamValue::Periods {
                per,
                first: day,
                last: day,
                count: 12,
            };
            for lang in Lang::ALL {
                let text = rendered(&run, lang);
                let expected = format!("{}–{} (12)", one(lang), one(lang));
                assert!(text.ends_with(&expected), "{text} / {expected}");
            }
        }
        let finnish = format!("{}.{}.{}", day.day(), day.month(), day.year());
        assert_eq!(
            rendered(&ParamValue::Date { value: day }, Lang::Fi),
            finnish
        );
    }
    for value in [0, 7, -7, 10, 99, 1_000_000, i64::MAX, i64::MIN] {
        assert_eq!(
            rendered(&ParamValue::Integer { value }, Lang::Fi),
            value.to_string()
        );
    }
}
