//! Rules for a client record: consistency of birth date, identity code, unemployment
//! history, labour-market status and partial work ability, as of a date. One file per
//! area: `birth.rs`, `spells.rs`, `status.rs`, `ability.rs`.

pub(crate) mod ability;
pub(crate) mod birth;
pub(crate) mod client_rules;
pub(crate) mod spells;
pub(crate) mod status;

pub use client_rules::ClientRules;

use chrono::NaiveDate;

use crate::client::Client;
use crate::rules::finding::Report;
use crate::rules::options::ValidationOptions;

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
        self.validate_with(&ValidationOptions::default(), as_of)
    }

    /// Checks the record as of `as_of` with `options` (their `client_rules`). Like every
    /// `validate_with` of the crate, the options come first and the day last.
    pub fn validate_with(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> Report {
        let rules = &options.client_rules;
        let mut report = Report::new();
        birth::check(self, as_of, rules, &mut report);
        spells::check(self, as_of, &mut report);
        status::check(self, as_of, &mut report);
        ability::check(self, as_of, &mut report);
        report
    }
}
