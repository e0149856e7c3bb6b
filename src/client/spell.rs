//! Unemployment spells and how long a client has been continuously unemployed.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

/// A period of unemployment, first and last day inclusive; an open spell has no end.
///
/// Invariant: `end`, when given, is not before `start`.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::UnemploymentSpell;
///
/// let json = r#"{"start": "2021-09-01"}"#;
/// let value: UnemploymentSpell = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "UnemploymentSpellFields")]
pub struct UnemploymentSpell {
    pub(crate) start: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) end: Option<NaiveDate>,
}

/// The serialized fields of an [`UnemploymentSpell`], checked on the way in.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "UnemploymentSpell")]
/// A period of unemployment, first and last day inclusive; an open spell has no end.
/// `end` must not be before `start`.
struct UnemploymentSpellFields {
    /// First day of unemployment.
    #[serde(deserialize_with = "crate::date_text::date")]
    start: NaiveDate,
    /// Last day of unemployment; absent while the spell goes on.
    #[serde(default)]
    #[serde(deserialize_with = "crate::date_text::option")]
    end: Option<NaiveDate>,
}

/// Why an unemployment spell cannot exist.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::UnemploymentSpell;
///
/// let start = NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("date")?;
/// let end = NaiveDate::from_ymd_opt(2024, 5, 1).ok_or("date")?;
/// let error = UnemploymentSpell::new(start, Some(end)).unwrap_err();
/// println!("{error}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an unemployment spell cannot end ({end}) before it starts ({start})")]
#[non_exhaustive]
pub struct SpellError {
    /// The first day given.
    pub start: NaiveDate,
    /// The last day given, before `start`.
    pub end: NaiveDate,
}

impl UnemploymentSpell {
    /// A spell from `start` to `end` inclusive; `None` for an open spell.
    ///
    /// # Errors
    ///
    /// [`SpellError`] when `end` is before `start`.
    pub fn new(start: NaiveDate, end: Option<NaiveDate>) -> Result<Self, SpellError> {
        match end {
            Some(end) if end < start => Err(SpellError { start, end }),
            _ => Ok(UnemploymentSpell { start, end }),
        }
    }

    /// An open spell starting on `start`.
    pub fn open(start: NaiveDate) -> Self {
        UnemploymentSpell { start, end: None }
    }

    /// First day.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// Last day, `None` while the spell goes on.
    pub fn end(&self) -> Option<NaiveDate> {
        self.end
    }

    /// Whether `date` falls within the spell.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Whether the two spells share at least one day.
    pub fn overlaps(&self, other: &UnemploymentSpell) -> bool {
        let self_before_other = self.end.is_some_and(|end| end < other.start);
        let other_before_self = other.end.is_some_and(|end| end < self.start);
        !self_before_other && !other_before_self
    }
}

impl TryFrom<UnemploymentSpellFields> for UnemploymentSpell {
    type Error = SpellError;

    fn try_from(fields: UnemploymentSpellFields) -> Result<Self, Self::Error> {
        UnemploymentSpell::new(fields.start, fields.end)
    }
}

impl JsonSchema for UnemploymentSpell {
    fn schema_name() -> Cow<'static, str> {
        UnemploymentSpellFields::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        UnemploymentSpellFields::json_schema(generator)
    }
}

/// How long a client has been continuously unemployed on a date.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::{Client, ClientId, LabourMarketStatus, UnemploymentSpell};
///
/// let mut client = Client::new(ClientId::new("demo-1")?, LabourMarketStatus::UnemployedJobseeker);
/// client.unemployment_spells.push(UnemploymentSpell::open(NaiveDate::from_ymd_opt(2023, 1, 2).ok_or("date")?));
/// let duration = client.unemployment_on(NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?).ok_or("unemployed")?;
/// assert_eq!(duration.whole_months, 13);
/// assert!(duration.is_long_term());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnemploymentDuration {
    /// The first day of the continuous unemployment.
    pub since: NaiveDate,
    /// Days unemployed, counting `since` and the date asked about.
    pub days: u32,
    /// Whole calendar months from `since` to the date asked about.
    pub whole_months: u32,
}

impl UnemploymentDuration {
    /// Months of continuous unemployment that make a person long-term unemployed
    /// (*pitkäaikaistyötön*): 12; Statistics Finland).
    pub const LONG_TERM_MONTHS: u32 = 12;

    /// Months of continuous unemployment counted separately as "over two years"
    /// (*OSAKSI-hanke*): 24.
    pub const OVER_TWO_YEARS_MONTHS: u32 = 24;

    /// Unemployed continuously for at least 12 whole months.
    pub fn is_long_term(&self) -> bool {
        self.whole_months >= Self::LONG_TERM_MONTHS
    }

    /// Unemployed continuously for at least 24 whole months.
    pub fn is_over_two_years(&self) -> bool {
        self.whole_months >= Self::OVER_TWO_YEARS_MONTHS
    }
}
