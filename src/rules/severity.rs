//! How serious a finding is, under the crate's severity policy.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// How serious a finding is.
///
/// The order is by seriousness, most serious first: `Error < Warning < Info`, so sorting
/// findings by severity puts errors first. To keep findings at or above a level, use
/// [`Severity::is_at_least`], not `>=`:
///
/// ```
/// use tyokyky::Severity;
///
/// assert!(Severity::Error < Severity::Warning);
/// assert!(Severity::Error.is_at_least(Severity::Warning));
/// assert!(!Severity::Info.is_at_least(Severity::Warning));
/// let all = [Severity::Error, Severity::Warning, Severity::Info];
/// let kept: Vec<_> = all.into_iter().filter(|s| s.is_at_least(Severity::Warning)).collect();
/// assert_eq!(kept, [Severity::Error, Severity::Warning]);
/// ```
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

impl Severity {
    /// Whether `self` is as serious as `level` or more (an error is at least a warning).
    pub fn is_at_least(self, level: Severity) -> bool {
        self <= level
    }
}

vocabulary!(Severity {
    Error => ["virhe", "fel", "error"],
    Warning => ["varoitus", "varning", "warning"],
    Info => ["huomio", "upplysning", "info"],
});
