//! A figure as dated values, each with its basis: what the law, a source document or the
//! crate's own reasoning gave on a day.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Labels, LocalizedText};

/// `NaiveDate` from parts in a `const` item; an impossible date gives `NaiveDate::MIN`,
/// which the tests of every declared figure would notice.
pub(crate) const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// What kind of basis a dated value has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BasisKind {
    /// A law in force, by number and section.
    Law,
    /// A government proposal (*hallituksen esitys*) explaining a law.
    GovernmentProposal,
    /// A public source document describing a service: the practice it describes.
    SourceDocument,
    /// Guidance that is not law, e.g. a municipality's instructions.
    Guidance,
    /// Official statistics and their definitions.
    Statistics,
    /// The crate's own default where no source gives a number, with the reason.
    Derived,
}

crate::i18n::vocabulary!(BasisKind {
    Law => ["laki", "lag", "law"],
    GovernmentProposal => ["hallituksen esitys", "regeringens proposition", "government proposal"],
    SourceDocument => ["lähdeasiakirja", "källdokument", "source document"],
    Guidance => ["ohje", "anvisning", "guidance"],
    Statistics => ["tilasto", "statistik", "statistics"],
    Derived => ["johdettu oletus", "härlett standardvärde", "derived default"],
});

/// Where a dated value comes from: the citation a reader opens, and what was verified
/// in it (or, for a derived default, why the value is what it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Basis {
    /// The kind of basis.
    pub kind: BasisKind,
    /// The public source by title, or the law by number and section as in force.
    pub citation: &'static str,
    /// The sentence quoted, what was verified and what could not be, or the reason for a
    /// derived default.
    pub note: &'static str,
}

impl Basis {
    /// A law by number and section, with what was verified of it.
    pub const fn law(citation: &'static str, note: &'static str) -> Self {
        Basis {
            kind: BasisKind::Law,
            citation,
            note,
        }
    }

    /// A government proposal, with what it says.
    pub const fn proposal(citation: &'static str, note: &'static str) -> Self {
        Basis {
            kind: BasisKind::GovernmentProposal,
            citation,
            note,
        }
    }

    /// A public source document and the sentence the value is read from.
    pub const fn source(citation: &'static str, quote: &'static str) -> Self {
        Basis {
            kind: BasisKind::SourceDocument,
            citation,
            note: quote,
        }
    }

    /// Guidance that is not law.
    pub const fn guidance(citation: &'static str, note: &'static str) -> Self {
        Basis {
            kind: BasisKind::Guidance,
            citation,
            note,
        }
    }

    /// Official statistics or their definition.
    pub const fn statistics(citation: &'static str, note: &'static str) -> Self {
        Basis {
            kind: BasisKind::Statistics,
            citation,
            note,
        }
    }

    /// The crate's own default, with the reason for it.
    pub const fn derived(reason: &'static str) -> Self {
        Basis {
            kind: BasisKind::Derived,
            citation: "derived default of this crate",
            note: reason,
        }
    }
}

/// One value of a [`Figure`]: it holds from `from` (or from the earliest date, when
/// `None`) to the day before the next value's `from`, or to `until` when the figure ends
/// without a successor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dated<T: 'static> {
    /// The first day the value holds; `None` for as far back as the crate's dates go.
    pub from: Option<NaiveDate>,
    /// The last day the value holds when nothing follows it; `None` while in force.
    pub until: Option<NaiveDate>,
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub basis: Basis,
}

impl<T: Copy> Dated<T> {
    /// `value` from `from` on, while nothing replaces it.
    pub const fn from(from: NaiveDate, value: T, basis: Basis) -> Self {
        Dated {
            from: Some(from),
            until: None,
            value,
            basis,
        }
    }

    /// `value` on every day: a figure of a source or a derived default, which no date
    /// changes.
    pub const fn always(value: T, basis: Basis) -> Self {
        Dated {
            from: None,
            until: None,
            value,
            basis,
        }
    }

    /// The same value, holding only to `until` (inclusive) when nothing follows it.
    pub const fn until(mut self, until: NaiveDate) -> Self {
        self.until = Some(until);
        self
    }

    fn holds_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.until.is_none_or(|until| date <= until)
    }
}

/// What a figure counts, for readers of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// A number of times or things.
    Count,
    /// Minutes.
    Minutes,
    /// Hours.
    Hours,
    /// Calendar days.
    Days,
    /// Weeks.
    Weeks,
    /// Calendar months.
    Months,
    /// Years of age.
    Years,
    /// Percent.
    Percent,
    /// Percentage points.
    PercentagePoints,
    /// Euro cents.
    Cents,
    /// Yes or no: whether a duty applies.
    Flag,
    /// The parties or organisers the law names.
    Parties,
}

crate::i18n::vocabulary!(Unit {
    Count => ["kpl", "st.", "count"],
    Minutes => ["min", "min", "min"],
    Hours => ["h", "h", "h"],
    Days => ["päivää", "dagar", "days"],
    Weeks => ["viikkoa", "veckor", "weeks"],
    Months => ["kuukautta", "månader", "months"],
    Years => ["vuotta", "år", "years"],
    Percent => ["%", "%", "%"],
    PercentagePoints => ["prosenttiyksikköä", "procentenheter", "percentage points"],
    Cents => ["senttiä", "cent", "cents"],
    Flag => ["kyllä/ei", "ja/nej", "yes/no"],
    Parties => ["osapuolet", "parter", "parties"],
});

/// A figure of the law, of a source document, or a derived default, declared once: its
/// values by date, each with its [`Basis`].
///
/// Every figure has at least one value, its values are in date order and do not overlap
/// (a test holds every declared figure to this). [`Figure::on`] reads the value in force
/// on a day, so a path is judged by the law of its own dates; OpenFisca's dated
/// parameters (values at instants, each with its reference) are the model.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::figure::law::KTT_MAX_DAYS_PER_WEEK;
///
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("date");
/// // Law 142/2015 lowered the most days of rehabilitative work activity a calendar
/// // week from five to four on 1 July 2015.
/// assert_eq!(KTT_MAX_DAYS_PER_WEEK.on(day(2015, 6, 30)?), Some(5));
/// assert_eq!(KTT_MAX_DAYS_PER_WEEK.on(day(2015, 7, 1)?), Some(4));
/// // Before the act came into force on 1 September 2001 it set nothing.
/// assert_eq!(KTT_MAX_DAYS_PER_WEEK.on(day(2000, 1, 3)?), None);
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Figure<T: 'static> {
    /// A stable id, e.g. `act_189_2001.max_days_per_week`; a model spec refers to a
    /// figure by it.
    pub id: &'static str,
    /// What the figure is, per language.
    pub title: Labels,
    /// What it counts.
    pub unit: Unit,
    /// Its values in date order.
    pub values: &'static [Dated<T>],
}

impl<T: Copy> Figure<T> {
    /// A figure with these values, in date order.
    pub const fn new(
        id: &'static str,
        title: Labels,
        unit: Unit,
        values: &'static [Dated<T>],
    ) -> Self {
        Figure {
            id,
            title,
            unit,
            values,
        }
    }

    /// The value in force on `date`, or `None` when the figure sets nothing that day
    /// (before its first value, or after a value that ended).
    pub fn on(&self, date: NaiveDate) -> Option<T> {
        self.dated_on(date).map(|dated| dated.value)
    }

    /// The dated value in force on `date`, with its basis.
    pub fn dated_on(&self, date: NaiveDate) -> Option<&Dated<T>> {
        let index = self
            .values
            .partition_point(|dated| dated.from.is_none_or(|from| from <= date));
        let dated = self.values.get(index.checked_sub(1)?)?;
        dated.holds_on(date).then_some(dated)
    }

    /// The value in force from the latest date on: the value a figure that no date
    /// changes always has.
    pub fn current(&self) -> Option<T> {
        self.values.last().map(|dated| dated.value)
    }

    /// The value a derived default or a source's figure has (one that no date changes),
    /// or `T::default()` for a figure declared without values, which a test forbids.
    pub fn value(&self) -> T
    where
        T: Default,
    {
        self.current().unwrap_or_default()
    }

    /// Whether the figure has one value from `first` to `last` (both inclusive): the value,
    /// or `None` when it changes in between.
    pub fn constant_between(&self, first: NaiveDate, last: NaiveDate) -> Option<Option<T>>
    where
        T: PartialEq,
    {
        let value = self.on(first);
        let changes = self.values.iter().any(|dated| {
            dated.from.is_some_and(|from| first < from && from <= last)
                || dated
                    .until
                    .is_some_and(|until| first <= until && until < last)
        });
        (!changes).then_some(value)
    }
}

/// What every figure can say of itself, whatever its type: for the catalogue.
pub trait AnyFigure: Sync {
    /// The figure's id.
    fn id(&self) -> &'static str;
    /// The figure's title.
    fn title(&self) -> Labels;
    /// The figure with its dated values, as the catalogue shows it.
    fn entry(&self) -> FigureEntry;
}

impl<T: Copy + Serialize + Sync> AnyFigure for Figure<T> {
    fn id(&self) -> &'static str {
        self.id
    }

    fn title(&self) -> Labels {
        self.title
    }

    fn entry(&self) -> FigureEntry {
        FigureEntry {
            id: self.id.to_owned(),
            title: LocalizedText::new(self.title.fi, self.title.sv, self.title.en),
            unit: self.unit,
            values: self
                .values
                .iter()
                .map(|dated| DatedEntry {
                    from: dated.from,
                    until: dated.until,
                    value: serde_json::to_value(dated.value).unwrap_or(serde_json::Value::Null),
                    basis: dated.basis.into(),
                })
                .collect(),
        }
    }
}

/// A figure as the catalogue shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FigureEntry {
    /// The stable id.
    pub id: String,
    /// The title per language.
    pub title: LocalizedText,
    /// What it counts.
    pub unit: Unit,
    /// Its values in date order.
    pub values: Vec<DatedEntry>,
}

/// One dated value as the catalogue shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DatedEntry {
    /// The first day it holds; absent for as far back as the crate's dates go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub from: Option<NaiveDate>,
    /// The last day it holds when nothing follows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub until: Option<NaiveDate>,
    /// The value.
    pub value: serde_json::Value,
    /// Where it comes from.
    pub basis: BasisEntry,
}

/// A [`Basis`] as the catalogue shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BasisEntry {
    /// The kind of basis.
    pub kind: BasisKind,
    /// The public source by title, or the law by number and section as in force.
    pub citation: String,
    /// The sentence quoted, what was verified, or the reason for a derived default.
    pub note: String,
}

impl From<Basis> for BasisEntry {
    fn from(basis: Basis) -> Self {
        BasisEntry {
            kind: basis.kind,
            citation: basis.citation.to_owned(),
            note: basis.note.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASIS: Basis = Basis::derived("test");
    static STEPS: Figure<u32> = Figure::new(
        "test.steps",
        Labels {
            fi: "t",
            sv: "t",
            en: "t",
        },
        Unit::Count,
        &[
            Dated::from(day(2001, 9, 1), 5, BASIS),
            Dated::from(day(2015, 7, 1), 4, BASIS).until(day(2030, 12, 31)),
        ],
    );

    #[test]
    fn a_value_holds_from_its_first_day_to_the_day_before_the_next() {
        assert_eq!(STEPS.on(day(2001, 8, 31)), None);
        assert_eq!(STEPS.on(day(2001, 9, 1)), Some(5));
        assert_eq!(STEPS.on(day(2015, 6, 30)), Some(5));
        assert_eq!(STEPS.on(day(2015, 7, 1)), Some(4));
        assert_eq!(STEPS.on(day(2030, 12, 31)), Some(4));
        assert_eq!(STEPS.on(day(2031, 1, 1)), None);
        assert_eq!(STEPS.current(), Some(4));
    }

    #[test]
    fn constant_between_notices_a_change_inside_the_span_only() {
        assert_eq!(
            STEPS.constant_between(day(2010, 1, 1), day(2015, 6, 30)),
            Some(Some(5))
        );
        assert_eq!(
            STEPS.constant_between(day(2015, 6, 30), day(2015, 7, 1)),
            None
        );
        assert_eq!(
            STEPS.constant_between(day(2015, 7, 1), day(2020, 1, 1)),
            Some(Some(4))
        );
        assert_eq!(
            STEPS.constant_between(day(2030, 12, 30), day(2031, 1, 1)),
            None
        );
        assert_eq!(
            STEPS.constant_between(day(2030, 12, 31), day(2030, 12, 31)),
            Some(Some(4))
        );
    }
}
