//! Clients: who a service serves, their labour-market situation and unemployment history.
//!
//! Sources: *Hyvinvointiryhmä osatyökykyisille* (labour-market situations of partially able
//! clients), *OSAKSI-hanke* (long-term unemployment, over two years);
//!

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ability::PartialWorkAbility;
use crate::calendar::{age_on, whole_months_between};
use crate::format::{DocumentTag, SchemaVersion, TaggedDocument};
use crate::hetu::PersonalIdentityCode;
use crate::i18n::vocabulary;

pub(crate) mod id;
mod municipality;
mod spell;
pub use id::{ClientId, IdError};
pub use municipality::{MunicipalityCode, MunicipalityCodeError};
pub use spell::{SpellError, UnemploymentDuration, UnemploymentSpell};

/// A client's situation in the labour market (*Hyvinvointiryhmä osatyökykyisille*: unemployed jobseekers, partly
/// working, outside working life on sick leave or in rehabilitation).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{LabourMarketStatus, Lang, Vocabulary};
///
/// let value: LabourMarketStatus = serde_json::from_str(r#""unemployed_jobseeker""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""unemployed_jobseeker""#);
/// assert_eq!(value.label(Lang::Fi), "työtön työnhakija");
/// assert_eq!(LabourMarketStatus::ALL.len(), 8);
/// # Ok::<(), serde_json::Error>(())
/// ```
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

/// A client of a work-ability service: the subject of a service path.
///
/// A record, not a validated value: each field is valid on its own, and the rules between
/// fields (a birth date that disagrees with the identity code, a spell after the date of
/// validation, …) are reported by [`Client::validate`] as findings.
///
/// The identity code is optional: many services work with the pseudonymous [`ClientId`]
/// alone. When both an identity code and a birth date are given they must agree.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Client;
///
/// let json = r#"{"document": "client", "schema_version": 1, "id": "c-0001", "labour_market_status": "student"}"#;
/// let value: Client = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
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
        // A typo in the check character is still a code (a person typed it).
        assert_eq!(
            ClientId::new("131052-308U"),
            Err(IdError::ContainsIdentityCode)
        );
        // Ten digits with a wrong check character read as an ordinary number.
        assert!(ClientId::new("1310523081").is_ok());
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
