//! How serious a finding is, under the crate's severity policy.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record breaks a rule of the law or of the service model.
    Error,
    /// The record departs from guidance or looks wrong; a person should look.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

vocabulary!(Severity {
    Error => ["virhe", "fel", "error"],
    Warning => ["varoitus", "varning", "warning"],
    Info => ["huomio", "upplysning", "info"],
});
