//! A number a model spec asks for: its own, or a declared figure read on the day judged.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::figure::{self, Figure};

/// A number in a model spec (a count, minutes, months): the spec's own, or a
/// [`Figure`] of the law or a source that is read on the day it judges.
///
/// In JSON an amount is either a number (`4`: a municipality's own figure, the same on
/// every day) or the id of a declared figure (`"act_189_2001.max_days_per_week"`: 5 days
/// a week before 1 July 2015 and 4 from then on). The crate's default models name the
/// figures; `cargo run --example catalogue -- figures` lists them with their dates and
/// bases.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::spec::Amount;
///
/// let law: Amount = serde_json::from_str(r#""act_189_2001.max_days_per_week""#)?;
/// let own: Amount = serde_json::from_str("3")?;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("date");
/// assert_eq!(law.on(day(2015, 6, 30)?), Some(5));
/// assert_eq!(law.on(day(2015, 7, 1)?), Some(4));
/// assert_eq!(own.on(day(2015, 7, 1)?), Some(3));
/// assert_eq!(serde_json::to_string(&law)?, r#""act_189_2001.max_days_per_week""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub enum Amount {
    /// The spec's own number, the same on every day.
    Fixed(u32),
    /// A declared figure, read on the day judged.
    Figure(&'static Figure<u32>),
}

impl Amount {
    /// The number on `date`: the fixed number, or the figure's value in force; `None`
    /// when the figure sets nothing that day (before the law existed), so nothing is
    /// checked against it.
    pub fn on(self, date: NaiveDate) -> Option<u32> {
        match self {
            Amount::Fixed(value) => Some(value),
            Amount::Figure(figure) => figure.on(date),
        }
    }

    /// The number on the day `date` gives, computed only for a figure: a fixed number
    /// needs no calendar work.
    pub fn on_day(self, date: impl FnOnce() -> NaiveDate) -> Option<u32> {
        match self {
            Amount::Fixed(value) => Some(value),
            Amount::Figure(figure) => figure.on(date()),
        }
    }

    /// The number from `first` to `last` when it is one number all that time (`None`
    /// inside when the figure sets nothing then), or `Err` when it changes in between and
    /// must be read per day.
    pub fn between(self, first: NaiveDate, last: NaiveDate) -> Result<Option<u32>, Amount> {
        match self {
            Amount::Fixed(value) => Ok(Some(value)),
            Amount::Figure(figure) => figure.constant_between(first, last).ok_or(self),
        }
    }

    /// The amount over the days from `first` to `last`, looked up once: a check that
    /// reads it for many days of a phase (each contact's length) then needs no figure
    /// lookup per day unless the law changes inside the span.
    pub(crate) fn over(self, first: NaiveDate, last: NaiveDate) -> AmountOver {
        AmountOver(self.between(first, last))
    }

    /// Every number the amount can be on some day: one for a fixed number, each dated
    /// value of a figure. The spec checks hold each of them to the accepted range.
    pub fn values(self) -> impl Iterator<Item = u32> {
        let (fixed, dated) = match self {
            Amount::Fixed(value) => (Some(value), &[][..]),
            Amount::Figure(figure) => (None, figure.values),
        };
        fixed
            .into_iter()
            .chain(dated.iter().map(|dated| dated.value))
    }

    /// Whether the number on `date` is a figure of the law in force that day: a breach
    /// of it is an error, a departure from any other number (a source's practice, a
    /// municipality's own) a warning.
    pub fn is_law_on(self, date: NaiveDate) -> bool {
        self.figure()
            .and_then(|figure| figure.dated_on(date))
            .is_some_and(|dated| dated.basis.kind == crate::figure::BasisKind::Law)
    }

    /// The figure named, if the amount names one.
    pub fn figure(self) -> Option<&'static Figure<u32>> {
        match self {
            Amount::Fixed(_) => None,
            Amount::Figure(figure) => Some(figure),
        }
    }
}

/// An [`Amount`] over a span of days ([`Amount::over`]): its one number when no date
/// inside the span changes it, else the amount, read on the day asked.
#[derive(Clone, Copy)]
pub(crate) struct AmountOver(Result<Option<u32>, Amount>);

impl AmountOver {
    /// The number on `day`, a day of the span.
    pub(crate) fn on(self, day: NaiveDate) -> Option<u32> {
        self.on_day(|| day)
    }

    /// The number on the day `day` gives, computed only when the number changes inside
    /// the span.
    pub(crate) fn on_day(self, day: impl FnOnce() -> NaiveDate) -> Option<u32> {
        match self.0 {
            Ok(value) => value,
            Err(amount) => amount.on(day()),
        }
    }
}

impl From<u32> for Amount {
    fn from(value: u32) -> Self {
        Amount::Fixed(value)
    }
}

impl From<&'static Figure<u32>> for Amount {
    fn from(figure: &'static Figure<u32>) -> Self {
        Amount::Figure(figure)
    }
}

impl PartialEq for Amount {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Amount::Fixed(a), Amount::Fixed(b)) => a == b,
            (Amount::Figure(a), Amount::Figure(b)) => a.id == b.id,
            _ => false,
        }
    }
}

impl Eq for Amount {}

impl fmt::Debug for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Amount::Fixed(value) => write!(f, "Amount({value})"),
            Amount::Figure(figure) => write!(f, "Amount({})", figure.id),
        }
    }
}

impl fmt::Display for Amount {
    /// The number, or the figure's id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Amount::Fixed(value) => fmt::Display::fmt(value, f),
            Amount::Figure(figure) => f.pad(figure.id),
        }
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Amount::Fixed(value) => serializer.serialize_u32(*value),
            Amount::Figure(figure) => serializer.serialize_str(figure.id),
        }
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AmountVisitor)
    }
}

struct AmountVisitor;

impl serde::de::Visitor<'_> for AmountVisitor {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number from 0 to 4294967295 or the id of a declared figure")
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Amount, E> {
        u32::try_from(value)
            .map(Amount::Fixed)
            .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Amount, E> {
        u32::try_from(value)
            .map(Amount::Fixed)
            .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(value), &self))
    }

    fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Amount, E> {
        figure::count(id)
            .map(Amount::Figure)
            // The id is not echoed: a spec's text is checked for personal data elsewhere,
            // and an unknown id is named by its place in the document.
            .ok_or_else(|| {
                E::custom("not the id of a declared figure (see the catalogue's figures)")
            })
    }
}

impl JsonSchema for Amount {
    fn schema_name() -> Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = figure::COUNTS.iter().map(|figure| figure.id).collect();
        json_schema!({
            "description": "A number the spec asks for: its own (the same on every day), or the id of a declared figure of the law or a source, read on the day judged.",
            "oneOf": [
                { "type": "integer", "minimum": 0, "maximum": u32::MAX },
                { "type": "string", "enum": ids }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::law::KTT_MAX_DAYS_PER_WEEK;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn a_figure_is_read_per_day_and_a_fixed_number_is_not() {
        let law = Amount::Figure(&KTT_MAX_DAYS_PER_WEEK);
        assert_eq!(law.between(day(2016, 1, 1), day(2016, 12, 31)), Ok(Some(4)));
        assert!(law.between(day(2015, 6, 1), day(2015, 7, 31)).is_err());
        assert_eq!(
            Amount::Fixed(2).between(day(2015, 6, 1), day(2015, 7, 31)),
            Ok(Some(2))
        );
        let mut asked = false;
        assert_eq!(
            Amount::Fixed(2).on_day(|| {
                asked = true;
                day(2015, 7, 1)
            }),
            Some(2)
        );
        assert!(!asked, "a fixed number needs no date");
        // Over a span the law changes in, each day reads its own number; over one it
        // does not, the one number (a fixed number's on any day).
        let changing = law.over(day(2015, 6, 1), day(2015, 7, 31));
        assert_eq!(changing.on(day(2015, 6, 30)), Some(5));
        assert_eq!(changing.on(day(2015, 7, 1)), Some(4));
        let settled = law.over(day(2016, 1, 1), day(2016, 12, 31));
        assert_eq!(settled.on(day(2016, 3, 1)), Some(4));
        assert_eq!(
            Amount::Fixed(3)
                .over(day(2015, 6, 1), day(2015, 7, 31))
                .on(day(2015, 7, 1)),
            Some(3)
        );
        assert_eq!(law.values().collect::<Vec<_>>(), [5, 4]);
        assert_eq!(Amount::Fixed(7).values().collect::<Vec<_>>(), [7]);
    }

    #[test]
    fn json_is_a_number_or_a_declared_id() {
        let read = |json: &str| serde_json::from_str::<Amount>(json);
        assert_eq!(read("4").ok(), Some(Amount::Fixed(4)));
        assert_eq!(
            read(r#""act_189_2001.max_days_per_week""#).ok(),
            Some(Amount::Figure(&KTT_MAX_DAYS_PER_WEEK))
        );
        assert!(read(r#""no.such_figure""#).is_err());
        assert!(read("-1").is_err());
        assert!(read("4294967296").is_err());
        assert!(read("4.5").is_err());
        assert_eq!(format!("{:>6}", Amount::Fixed(4)), "     4");
        assert_eq!(
            format!("{:?}", Amount::Figure(&KTT_MAX_DAYS_PER_WEEK)),
            "Amount(act_189_2001.max_days_per_week)"
        );
    }
}
