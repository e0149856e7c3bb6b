//! The configurable part of the client rules: the working-age range.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
