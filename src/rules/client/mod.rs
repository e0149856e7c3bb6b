//! Rules for a client record: consistency of birth date, identity code, unemployment
//! history, labour-market status and partial work ability, as of a date. One file per
//! area: `birth.rs`, `spells.rs`, `status.rs`, `ability.rs`.

pub(crate) mod ability;
pub(crate) mod birth;
pub(crate) mod spells;
pub(crate) mod status;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::client::Client;
use crate::rules::finding::Report;

/// Configuration of the client rules.
///
/// The working-age range is a documented default, not a legal limit: Statistics Finland
/// counts the working-age population as 15–64-year-olds, and services may serve others.
///
/// ```
/// use tyokyky::ClientRules;
///
/// let rules = ClientRules::default();
/// assert_eq!((rules.working_age_min, rules.working_age_max), (15, 64));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct ClientRules {
    /// Youngest working age, in completed years (default 15).
    pub working_age_min: u32,
    /// Oldest working age, in completed years (default 64).
    pub working_age_max: u32,
}

impl Default for ClientRules {
    /// Statistics Finland's working age ([`crate::figure::defaults::WORKING_AGE_MIN`],
    /// [`WORKING_AGE_MAX`](crate::figure::defaults::WORKING_AGE_MAX)).
    fn default() -> Self {
        use crate::figure::defaults::{WORKING_AGE_MAX, WORKING_AGE_MIN};
        ClientRules {
            working_age_min: WORKING_AGE_MIN.value(),
            working_age_max: WORKING_AGE_MAX.value(),
        }
    }
}

impl Client {
    /// Checks the record as of `as_of` with the default [`ClientRules`].
    ///
    /// Paths in the report point into the client's JSON document.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{Client, ClientId, LabourMarketStatus, RuleCode};
    ///
    /// let mut client = Client::new(ClientId::new("demo-1")?, LabourMarketStatus::Student);
    /// client.identity_code = Some("131052-308T".parse()?);
    /// client.birth_date = NaiveDate::from_ymd_opt(1952, 10, 14);
    /// let report = client.validate(NaiveDate::from_ymd_opt(2024, 1, 1).ok_or("date")?);
    /// let finding = report.with_code(RuleCode::CLIENT_BIRTH_DATE_MISMATCH).next().ok_or("none")?;
    /// assert_eq!(finding.path().as_str(), "/birth_date");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self, as_of: NaiveDate) -> Report {
        self.validate_with(&ClientRules::default(), as_of)
    }

    /// Checks the record as of `as_of` with the given configuration. Like every
    /// `validate_with` of the crate, the configuration comes first and the day last.
    pub fn validate_with(&self, rules: &ClientRules, as_of: NaiveDate) -> Report {
        let mut report = Report::new();
        birth::check(self, as_of, rules, &mut report);
        spells::check(self, as_of, &mut report);
        status::check(self, as_of, &mut report);
        ability::check(self, as_of, &mut report);
        report
    }
}
