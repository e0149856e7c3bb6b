//! The time axis: which days the picture spans, where a day is drawn, and the ticks.

use chrono::{Datelike, Duration, NaiveDate};

/// The left edge of the plot, after the band labels.
pub(super) const LEFT: f64 = 170.0;
/// [`LEFT`] in tenths of a pixel.
#[allow(clippy::cast_possible_truncation)]
const LEFT_TENTHS: i64 = LEFT as i64 * 10;
/// The space right of the plot.
pub(super) const RIGHT: f64 = 24.0;

/// The days the picture spans, mapped onto the plot's width.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scale {
    pub(super) first: NaiveDate,
    pub(super) last: NaiveDate,
    per_day: f64,
    /// A day's width in tenths of a pixel when it is a whole, even number of them (30:
    /// three pixels, every span of 200 to 800 days), for [`Scale::middle_tenths`].
    tenths_per_day: Option<i64>,
    /// The first day as chrono's day number, and the days from it to the last.
    first_day: i64,
    days: i64,
}

impl Scale {
    /// A scale from `first` to `last` (inclusive, at least a week), three pixels a day
    /// within 600–2 400 pixels: a year is about 1 100 pixels wide, decades still fit.
    pub(super) fn new(first: NaiveDate, last: NaiveDate) -> Scale {
        let last = last.max(first + Duration::days(7));
        let days = (last - first).num_days() as f64 + 1.0;
        let width = (days * 3.0).clamp(600.0, 2400.0);
        let first_day = i64::from(first.num_days_from_ce());
        let per_day = width / days;
        #[allow(clippy::cast_possible_truncation)]
        let tenths_per_day = Some((per_day * 10.0) as i64)
            .filter(|tenths| *tenths >= 10 && tenths % 2 == 0 && *tenths as f64 == per_day * 10.0);
        Scale {
            first,
            last,
            per_day,
            tenths_per_day,
            first_day,
            days: i64::from(last.num_days_from_ce()) - first_day,
        }
    }

    /// The plot's width in pixels.
    pub(super) fn width(&self) -> f64 {
        ((self.last - self.first).num_days() as f64 + 1.0) * self.per_day
    }

    /// The left edge of `date`'s day.
    pub(super) fn x(&self, date: NaiveDate) -> f64 {
        self.x_of(self.day(date))
    }

    /// The middle of `date`'s day, where its glyph is drawn: `x(date) + span(date, date) / 2`
    /// with the day counted once.
    pub(super) fn middle(&self, date: NaiveDate) -> f64 {
        let day = self.day(date);
        let left = self.x_of(day);
        left + (self.x_of(day + 1) - left).max(1.0) / 2.0
    }

    /// [`Scale::x`], [`Scale::middle`] and [`Scale::span`] in whole tenths of a pixel, as
    /// [`Svg::num`](super::svg::Svg::num) writes them rounded. When a day is a whole, even
    /// number of tenths wide (three pixels: every span of 200 to 800 days) they are counted
    /// in integers, with no float to round: rounding a coordinate was the longest chain of
    /// instructions in drawing a picture, and a glyph's x is the one number each event
    /// has. Every coordinate is between [`LEFT`] and a right edge at most 2 400 pixels
    /// further, well within a `u32` of tenths (0 only if that ever changed).
    pub(super) fn x_tenths(&self, date: NaiveDate) -> u32 {
        match self.tenths_per_day {
            Some(per_day) => tenths(self.edge_tenths(self.day(date), per_day)),
            None => super::svg::tenths_of(self.x(date)).unwrap_or(0),
        }
    }

    /// See [`Scale::x_tenths`]. Inlined into the loop over events, where it is called
    /// once per glyph (a call each was 1 % of drawing the densest path).
    #[inline]
    pub(super) fn middle_tenths(&self, date: NaiveDate) -> u32 {
        match self.tenths_per_day {
            Some(per_day) => {
                // As `middle`: the day at least a pixel wide (a day outside the span is
                // drawn at its edge, half a pixel in).
                let day = self.day(date);
                let left = day.clamp(0, self.days + 1);
                let width = ((day + 1).clamp(0, self.days + 1) - left) * per_day;
                tenths(LEFT_TENTHS + left * per_day + width.max(10) / 2)
            }
            None => super::svg::tenths_of(self.middle(date)).unwrap_or(0),
        }
    }

    /// See [`Scale::x_tenths`].
    pub(super) fn span_tenths(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        match self.tenths_per_day {
            Some(per_day) => tenths(
                (self.edge_tenths(self.day(to) + 1, per_day)
                    - self.edge_tenths(self.day(from), per_day))
                .max(10),
            ),
            None => super::svg::tenths_of(self.span(from, to)).unwrap_or(0),
        }
    }

    /// [`Scale::x_of`] in tenths, for a day `per_day` tenths wide.
    fn edge_tenths(&self, day: i64, per_day: i64) -> i64 {
        LEFT_TENTHS + day.clamp(0, self.days + 1) * per_day
    }

    /// The width of the days `from..=to`, at least a pixel.
    pub(super) fn span(&self, from: NaiveDate, to: NaiveDate) -> f64 {
        (self.x_of(self.day(to) + 1) - self.x_of(self.day(from))).max(1.0)
    }

    /// `date` as days after the first: whole numbers, not chrono's date arithmetic (a
    /// tenth of drawing a picture went to adding and subtracting dates), and no day after
    /// the last date there is to overflow.
    fn day(&self, date: NaiveDate) -> i64 {
        i64::from(date.num_days_from_ce()) - self.first_day
    }

    /// The left edge of the day `day` days after the first, kept from the first day to
    /// the day after the last: a day outside the span is drawn at its edge.
    fn x_of(&self, day: i64) -> f64 {
        LEFT + day.clamp(0, self.days + 1) as f64 * self.per_day
    }

    /// The ticks: ISO-week Mondays when the span is under half a year, the first day of
    /// each month up to six years, else the first day of every year, second, fifth,
    /// tenth… year, so that at most [`MAX_YEAR_TICKS`] are drawn: their count depends on
    /// the width, never on the calendar (the fuzzer found a path with an event in 1012 and
    /// one in 8435 drawn with 89 000 monthly ticks). With whether the tick starts a year.
    pub(super) fn ticks(&self) -> Vec<Tick> {
        let days = (self.last - self.first).num_days();
        if days <= 183 {
            self.weekly()
        } else if days <= 6 * 366 {
            self.monthly()
        } else {
            self.yearly()
        }
    }

    fn weekly(&self) -> Vec<Tick> {
        let mut ticks = Vec::new();
        let monday =
            self.first - Duration::days(i64::from(self.first.weekday().num_days_from_monday()));
        let mut day = monday;
        while day <= self.last {
            if day >= self.first {
                let week = day.iso_week().week();
                ticks.push(Tick {
                    date: day,
                    label: Label::Week(week),
                    year: week == 1,
                });
            }
            day += Duration::days(7);
        }
        ticks
    }

    fn monthly(&self) -> Vec<Tick> {
        let mut ticks = Vec::new();
        let mut day = self.first.with_day(1).unwrap_or(self.first);
        while day <= self.last {
            if day >= self.first {
                let label = if day.month() == 1 {
                    Label::Year(day.year())
                } else {
                    Label::Month(day.month())
                };
                ticks.push(Tick {
                    date: day,
                    label,
                    year: day.month() == 1,
                });
            }
            day = next_month(day);
        }
        ticks
    }

    fn yearly(&self) -> Vec<Tick> {
        let years = i64::from(self.last.year()) - i64::from(self.first.year()) + 1;
        // The smallest of 1, 2, 5, 10, 20, 50, … years that keeps within the budget.
        let step = [1_i64, 2, 5]
            .iter()
            .flat_map(|unit| (0..6).map(move |power| unit * 10_i64.pow(power)))
            .filter(|step| years / step <= MAX_YEAR_TICKS)
            .min()
            .unwrap_or(1_000_000);
        let first_year = i64::from(self.first.year());
        let mut year = first_year + (step - first_year.rem_euclid(step)) % step;
        let mut ticks = Vec::new();
        while let Some(day) = i32::try_from(year)
            .ok()
            .and_then(|year| NaiveDate::from_ymd_opt(year, 1, 1))
            .filter(|day| *day <= self.last)
        {
            if day >= self.first {
                ticks.push(Tick {
                    date: day,
                    label: Label::Year(day.year()),
                    year: true,
                });
            }
            year += step;
        }
        ticks
    }
}

/// Tenths of a pixel counted in integers, as written (see [`Scale::x_tenths`]).
fn tenths(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

/// The most year ticks an axis draws.
pub(super) const MAX_YEAR_TICKS: i64 = 40;

/// A mark on the axis.
pub(super) struct Tick {
    pub(super) date: NaiveDate,
    pub(super) label: Label,
    /// The tick starts a year (or the first ISO week of one): drawn stronger.
    pub(super) year: bool,
}

/// A tick's text: a year (`2025`), a month of the year (`02`) or an ISO week (`W05`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Year(i32),
    Month(u32),
    Week(u32),
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Label::Year(year) => write!(f, "{year}"),
            Label::Month(month) => write!(f, "{month:02}"),
            Label::Week(week) => write!(f, "W{week:02}"),
        }
    }
}

fn next_month(day: NaiveDate) -> NaiveDate {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_year_is_months_with_the_year_marked_and_a_quarter_is_weeks() {
        let year = Scale::new(d(2024, 3, 1), d(2025, 2, 28));
        let ticks = year.ticks();
        assert_eq!(ticks.len(), 12);
        assert!(
            ticks
                .iter()
                .any(|t| t.year && t.label.to_string() == "2025")
        );
        let quarter = Scale::new(d(2024, 1, 1), d(2024, 3, 31));
        let weeks = quarter.ticks();
        assert_eq!(
            weeks.first().map(|t| t.label.to_string()),
            Some("W01".to_owned())
        );
        assert_eq!(weeks.len(), 13);
        // Only the year's first week, and only the year's first month, is drawn stronger.
        assert!(weeks[0].year && weeks[1..].iter().all(|tick| !tick.year));
        assert_eq!(ticks.iter().filter(|tick| tick.year).count(), 1);
    }

    #[test]
    fn decades_are_years_and_millennia_are_few_ticks() {
        let decades = Scale::new(d(1990, 1, 1), d(2029, 12, 31));
        let ticks = decades.ticks();
        assert_eq!(ticks.len(), 40);
        assert!(ticks.iter().all(|t| t.year && t.date.ordinal() == 1));
        // The fuzzer's path: an event in 1012 and one in 8435.
        let millennia = Scale::new(d(1012, 5, 6), d(8435, 1, 8));
        let ticks = millennia.ticks();
        assert!(
            (1..=MAX_YEAR_TICKS as usize + 1).contains(&ticks.len()),
            "{}",
            ticks.len()
        );
        assert!(
            ticks.iter().all(|t| t.date.year() % 200 == 0),
            "a round step"
        );
        // Six years are still months; seven are years.
        assert_eq!(Scale::new(d(2020, 1, 1), d(2025, 12, 31)).ticks().len(), 72);
        assert_eq!(Scale::new(d(2020, 1, 1), d(2026, 12, 31)).ticks().len(), 7);
    }

    #[test]
    fn days_map_left_to_right_within_the_width() {
        let scale = Scale::new(d(2024, 1, 1), d(2024, 12, 31));
        assert!(scale.x(d(2024, 1, 1)) < scale.x(d(2024, 1, 2)));
        assert!((scale.width() - 366.0 * 3.0).abs() < 1e-6);
        let decades = Scale::new(d(1990, 1, 1), d(2029, 12, 31));
        assert!(decades.width() <= 2400.0 + 1e-6);
        // A day outside the span is drawn at its edge, never far away.
        assert!((scale.x(d(1900, 1, 1)) - LEFT).abs() < 1e-9);
        let right = LEFT + scale.width();
        assert!((scale.x(d(2100, 1, 1)) - right).abs() < 1e-9);
        assert!((scale.x(d(2025, 1, 1)) - right).abs() < 1e-9);
        // A day is three pixels; the last day ends at the right edge; a span of the
        // calendar's last day does not overflow.
        assert!((scale.span(d(2024, 3, 1), d(2024, 3, 1)) - 3.0).abs() < 1e-9);
        assert!((scale.span(d(2024, 12, 31), d(2024, 12, 31)) - 3.0).abs() < 1e-9);
        assert!(scale.span(NaiveDate::MAX, NaiveDate::MAX) >= 1.0);
    }

    #[test]
    fn a_day_s_middle_is_its_left_edge_and_half_its_width() {
        // Three pixels a day, a fraction of a pixel a day, and days off either edge.
        for scale in [
            Scale::new(d(2024, 1, 1), d(2024, 12, 31)),
            Scale::new(d(1990, 1, 1), d(2029, 12, 31)),
        ] {
            for day in [
                d(2024, 1, 1),
                d(2024, 3, 1),
                d(2024, 12, 31),
                d(2010, 6, 15),
                d(1900, 1, 1),
                d(2100, 1, 1),
            ] {
                let expected = scale.x(day) + scale.span(day, day) / 2.0;
                assert_eq!(scale.middle(day).to_bits(), expected.to_bits(), "{day}");
            }
        }
        let year = Scale::new(d(2024, 1, 1), d(2024, 12, 31));
        assert!((year.middle(d(2024, 1, 1)) - (LEFT + 1.5)).abs() < 1e-9);
    }

    #[test]
    fn coordinates_in_tenths_are_the_coordinates_rounded_as_written() {
        // Three pixels a day (counted in integers), a short span stretched to 600 pixels
        // and decades squeezed into 2 400 (through the float), each with days before,
        // inside and after the span.
        for (first, last) in [
            (d(2024, 1, 1), d(2024, 12, 31)),
            (d(2024, 1, 1), d(2024, 3, 10)),
            (d(2024, 1, 1), d(2024, 3, 15)),
            (d(1990, 1, 1), d(2029, 12, 31)),
        ] {
            let scale = Scale::new(first, last);
            let days = (last - first).num_days();
            for offset in (-3..days + 4).chain([-40_000, 40_000]) {
                let day = first + Duration::days(offset);
                let rounded = crate::timeline::svg::tenths_of;
                assert_eq!(Some(scale.x_tenths(day)), rounded(scale.x(day)), "{day}");
                let middle = rounded(scale.middle(day));
                assert_eq!(Some(scale.middle_tenths(day)), middle, "{day}");
                // A day, a week, backwards (a pixel) and from before the span to after.
                for to in [
                    day,
                    day + Duration::days(6),
                    day - Duration::days(3),
                    last + Duration::days(9),
                ] {
                    let span = rounded(scale.span(day, to));
                    assert_eq!(Some(scale.span_tenths(day, to)), span, "{day}–{to}");
                }
            }
        }
        let year = Scale::new(d(2024, 1, 1), d(2024, 12, 31));
        assert_eq!(year.tenths_per_day, Some(30));
        assert_eq!(year.middle_tenths(d(2024, 1, 2)), 1_700 + 30 + 15);
        // 75 days stretched to 600 pixels: eight a day, in integers too.
        let stretched = Scale::new(d(2024, 1, 1), d(2024, 3, 15));
        assert_eq!(stretched.tenths_per_day, Some(80));
        assert_eq!(
            Scale::new(d(2024, 1, 1), d(2024, 3, 10)).tenths_per_day,
            None
        );
    }
}
