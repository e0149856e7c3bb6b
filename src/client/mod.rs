//! Clients: who a service serves, their labour-market situation and unemployment history.
//!
//! Sources: *Hyvinvointiryhmä osatyökykyisille* (labour-market situations of partially able
//! clients), *OSAKSI-hanke* (long-term unemployment, over two years);
//!

use std::borrow::Cow;
use std::fmt;

use chrono::{Days, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::ability::PartialWorkAbility;
use crate::calendar::{age_on, whole_months_between};
use crate::format::{DocumentTag, SchemaVersion, TaggedDocument};
use crate::hetu::PersonalIdentityCode;
use crate::i18n::vocabulary;

pub(crate) mod id;
pub use id::{ClientId, IdError};

/// A Finnish municipality code (*kuntanumero*) of Statistics Finland: three digits.
///
/// Invariant: exactly three ASCII digits, e.g. `"091"` (Helsinki). Only the format is
/// checked: the list of municipalities changes with mergers, so the crate does not
/// hard-code it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MunicipalityCode([u8; 3]);

/// Why a text is not a [`MunicipalityCode`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "a municipality code is exactly three digits, e.g. \"091\"; got {length} characters, {non_digits} of them not digits"
)]
pub struct MunicipalityCodeError {
    /// The number of characters given.
    pub length: usize,
    /// How many of them are not ASCII digits.
    pub non_digits: usize,
}

impl MunicipalityCode {
    /// Checks and wraps a municipality code.
    ///
    /// # Errors
    ///
    /// [`MunicipalityCodeError`] unless the text is exactly three ASCII digits.
    pub fn new(code: &str) -> Result<Self, MunicipalityCodeError> {
        match code.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|d| d.is_ascii_digit()) => {
                Ok(MunicipalityCode([*a, *b, *c]))
            }
            _ => Err(MunicipalityCodeError {
                length: code.chars().count(),
                non_digits: code.chars().filter(|c| !c.is_ascii_digit()).count(),
            }),
        }
    }

    /// The code as text, e.g. `"091"`.
    pub fn as_str(&self) -> &str {
        // Three ASCII digits by construction.
        std::str::from_utf8(&self.0).unwrap_or("000")
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MunicipalityCode({:?})", self.as_str())
    }
}

impl TryFrom<String> for MunicipalityCode {
    type Error = MunicipalityCodeError;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        MunicipalityCode::new(&code)
    }
}

impl From<MunicipalityCode> for String {
    fn from(code: MunicipalityCode) -> String {
        code.as_str().to_owned()
    }
}

impl JsonSchema for MunicipalityCode {
    fn schema_name() -> Cow<'static, str> {
        "MunicipalityCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Statistics Finland municipality code (kuntanumero), three digits.",
            "type": "string",
            "pattern": "^[0-9]{3}$",
        })
    }
}

/// A client's situation in the labour market (*Hyvinvointiryhmä osatyökykyisille*: unemployed jobseekers, partly
/// working, outside working life on sick leave or in rehabilitation).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LabourMarketStatus {
    /// Unemployed jobseeker (*työtön työnhakija*).
    UnemployedJobseeker,
    /// Employed part-time (*osa-aikatyössä*).
    PartTimeEmployed,
    /// Employed (*työssä*).
    Employed,
    /// Entrepreneur (*yrittäjä*).
    Entrepreneur,
    /// Student (*opiskelija*).
    Student,
    /// Outside the labour force: on sick leave (*sairauslomalla*).
    SickLeave,
    /// Outside the labour force: in rehabilitation (*kuntoutuksessa*).
    Rehabilitation,
    /// Outside the labour force for another reason (*muu työvoiman ulkopuolella*).
    OutsideLabourForceOther,
}

impl LabourMarketStatus {
    /// Whether the status is one of the outside-the-labour-force statuses.
    pub const fn is_outside_labour_force(self) -> bool {
        matches!(
            self,
            Self::SickLeave | Self::Rehabilitation | Self::OutsideLabourForceOther
        )
    }

    /// Whether the client works (employed, part-time employed or entrepreneur).
    pub const fn is_working(self) -> bool {
        matches!(
            self,
            Self::Employed | Self::PartTimeEmployed | Self::Entrepreneur
        )
    }
}

vocabulary!(LabourMarketStatus {
    UnemployedJobseeker => ["työtön työnhakija", "arbetslös arbetssökande", "unemployed jobseeker"],
    PartTimeEmployed => ["osa-aikatyössä", "deltidsanställd", "employed part-time"],
    Employed => ["työssä", "anställd", "employed"],
    Entrepreneur => ["yrittäjä", "företagare", "entrepreneur"],
    Student => ["opiskelija", "studerande", "student"],
    SickLeave => ["sairauslomalla", "sjukledig", "on sick leave"],
    Rehabilitation => ["kuntoutuksessa", "i rehabilitering", "in rehabilitation"],
    OutsideLabourForceOther => [
        "muu työvoiman ulkopuolella",
        "annan utanför arbetskraften",
        "other outside the labour force",
    ],
});

/// A period of unemployment, first and last day inclusive; an open spell has no end.
///
/// Invariant: `end`, when given, is not before `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "UnemploymentSpellFields")]
pub struct UnemploymentSpell {
    start: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<NaiveDate>,
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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an unemployment spell cannot end ({end}) before it starts ({start})")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// A client of a work-ability service: the subject of a service path.
///
/// A record, not a validated value: each field is valid on its own, and the rules between
/// fields (a birth date that disagrees with the identity code, a spell after the date of
/// validation, …) are reported by [`Client::validate`] as findings.
///
/// The identity code is optional: many services work with the pseudonymous [`ClientId`]
/// alone. When both an identity code and a birth date are given they must agree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Client {
    /// What this document is: always `"client"`.
    pub document: DocumentTag<Client>,
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Pseudonymous id.
    pub id: ClientId,
    /// Personal identity code, when the service records it. Sensitive personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_code: Option<PersonalIdentityCode>,
    /// Birth date, when known without the identity code or in addition to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub birth_date: Option<NaiveDate>,
    /// Home municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_municipality: Option<MunicipalityCode>,
    /// Current situation in the labour market.
    pub labour_market_status: LabourMarketStatus,
    /// Unemployment history, in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unemployment_spells: Vec<UnemploymentSpell>,
    /// Partial work ability (*osatyökykyisyys*), when identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_work_ability: Option<PartialWorkAbility>,
    /// The benefit the client lives on, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefit: Option<crate::situation::Benefit>,
    /// The client's own work, studies and business, effective-dated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_activities: Vec<crate::situation::OwnActivity>,
}

impl Client {
    /// A client with only an id and a labour-market status; fill in the rest as known.
    pub fn new(id: ClientId, labour_market_status: LabourMarketStatus) -> Self {
        Client {
            document: DocumentTag::CURRENT,
            schema_version: SchemaVersion::CURRENT,
            id,
            identity_code: None,
            birth_date: None,
            home_municipality: None,
            labour_market_status,
            unemployment_spells: Vec::new(),
            partial_work_ability: None,
            benefit: None,
            own_activities: Vec::new(),
        }
    }

    /// The record as JSON for a log: the same document with the identity code in its
    /// redacted form (`010594Y****`). Serialize a client directly only to store it.
    ///
    /// ```
    /// use tyokyky::{Client, ClientId, LabourMarketStatus};
    ///
    /// let mut client = Client::new(ClientId::new("demo-3")?, LabourMarketStatus::Student);
    /// client.identity_code = Some("010594Y9032".parse()?);
    /// let log = client.redacted_json().to_string();
    /// assert!(log.contains("010594Y****") && !log.contains("9032"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn redacted_json(&self) -> serde_json::Value {
        let mut json = serde_json::to_value(self).unwrap_or(serde_json::Value::Null);
        if let (Some(code), Some(field)) = (&self.identity_code, json.get_mut("identity_code")) {
            *field = serde_json::Value::String(code.redacted().to_string());
        }
        json
    }

    /// The birth date: the one given, else the one in the identity code.
    pub fn birth_date(&self) -> Option<NaiveDate> {
        self.birth_date
            .or_else(|| self.identity_code.as_ref().map(|code| code.birth_date()))
    }

    /// Age in completed years on `as_of`; `None` without a birth date or before birth.
    pub fn age_on(&self, as_of: NaiveDate) -> Option<u32> {
        age_on(self.birth_date()?, as_of)
    }

    /// Continuous unemployment on `as_of`, or `None` when no spell covers `as_of`.
    ///
    /// Spells that overlap or follow each other without a free day in between are one
    /// continuous period, whose first day is `since`.
    pub fn unemployment_on(&self, as_of: NaiveDate) -> Option<UnemploymentDuration> {
        let mut spells: Vec<&UnemploymentSpell> = self
            .unemployment_spells
            .iter()
            .filter(|spell| spell.start <= as_of)
            .collect();
        spells.sort_by_key(|spell| std::cmp::Reverse(spell.start));
        // Walk back from the latest spell while each earlier one reaches the current start.
        let current = spells.iter().find(|spell| spell.contains(as_of))?;
        let mut since = current.start;
        for spell in &spells {
            let reaches = spell.end.is_none_or(|end| {
                end.checked_add_days(Days::new(1))
                    .is_none_or(|next| next >= since)
            });
            if spell.start < since && reaches {
                since = spell.start;
            }
        }
        let days = u32::try_from((as_of - since).num_days() + 1).unwrap_or(u32::MAX);
        Some(UnemploymentDuration {
            since,
            days,
            whole_months: whole_months_between(since, as_of),
        })
    }
}

impl TaggedDocument for Client {
    const KIND: crate::format::DocumentKind = crate::format::DocumentKind::Client;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    fn spell(start: NaiveDate, end: Option<NaiveDate>) -> UnemploymentSpell {
        UnemploymentSpell::new(start, end).expect("test spell")
    }

    #[test]
    fn client_ids_are_checked() {
        assert!(ClientId::new("asiakas-0042").is_ok());
        assert_eq!(ClientId::new(""), Err(IdError::Empty));
        assert_eq!(
            ClientId::new("x".repeat(65)),
            Err(IdError::TooLong { actual: 65 })
        );
        assert_eq!(
            ClientId::new("a b"),
            Err(IdError::Character {
                position: 2,
                found: ' '
            })
        );
        assert_eq!(
            ClientId::new("client-131052-308T"),
            Err(IdError::ContainsIdentityCode)
        );
        // Eleven characters that only look like a code are fine.
        assert!(ClientId::new("131052-308U").is_ok());
    }

    #[test]
    fn municipality_codes_are_three_digits() {
        assert_eq!(
            MunicipalityCode::new("091").map(|c| c.to_string()),
            Ok("091".into())
        );
        assert_eq!(
            MunicipalityCode::new("91"),
            Err(MunicipalityCodeError {
                length: 2,
                non_digits: 0
            })
        );
        assert!(MunicipalityCode::new("09a").is_err());
        assert!(MunicipalityCode::new("٠٩١").is_err());
    }

    #[test]
    fn spells_cannot_end_before_they_start() {
        assert!(UnemploymentSpell::new(date(2024, 2, 1), Some(date(2024, 1, 31))).is_err());
        assert!(UnemploymentSpell::new(date(2024, 2, 1), Some(date(2024, 2, 1))).is_ok());
        let json = r#"{"start":"2024-02-01","end":"2024-01-01"}"#;
        let error = serde_json::from_str::<UnemploymentSpell>(json).expect_err("reversed");
        assert!(error.to_string().contains("before it starts"), "{error}");
    }

    #[test]
    fn continuous_unemployment_joins_adjacent_spells() {
        let mut client = Client::new(
            ClientId::new("c1").expect("id"),
            LabourMarketStatus::UnemployedJobseeker,
        );
        client.unemployment_spells = vec![
            spell(date(2024, 3, 1), None),
            spell(date(2023, 1, 1), Some(date(2024, 2, 29))),
            spell(date(2020, 1, 1), Some(date(2021, 1, 1))),
        ];
        let on = client
            .unemployment_on(date(2024, 6, 30))
            .expect("unemployed");
        assert_eq!(on.since, date(2023, 1, 1));
        assert_eq!(on.whole_months, 17);
        assert!(on.is_long_term());
        assert!(!on.is_over_two_years());
        assert_eq!(on.days, 547);
        // Before the first day of the current period: the earlier spell had ended.
        assert_eq!(client.unemployment_on(date(2022, 6, 1)), None);
    }

    #[test]
    fn a_gap_day_breaks_continuity() {
        let mut client = Client::new(
            ClientId::new("c2").expect("id"),
            LabourMarketStatus::UnemployedJobseeker,
        );
        client.unemployment_spells = vec![
            spell(date(2022, 1, 1), Some(date(2023, 12, 30))),
            spell(date(2024, 1, 1), None),
        ];
        let on = client
            .unemployment_on(date(2024, 12, 31))
            .expect("unemployed");
        assert_eq!(on.since, date(2024, 1, 1));
        assert_eq!(on.whole_months, 11);
        assert!(!on.is_long_term());
    }

    #[test]
    fn birth_date_falls_back_to_the_identity_code() {
        let mut client = Client::new(
            ClientId::new("c3").expect("id"),
            LabourMarketStatus::Student,
        );
        assert_eq!(client.age_on(date(2024, 1, 1)), None);
        client.identity_code = Some(PersonalIdentityCode::parse("010594Y9032").expect("code"));
        assert_eq!(client.birth_date(), Some(date(1994, 5, 1)));
        assert_eq!(client.age_on(date(2024, 5, 1)), Some(30));
    }
}
