//! The planner's settings.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Settings of the planner.
///
/// ```
/// use tyokyky::PlannerConfig;
///
/// let config = PlannerConfig::default();
/// let json = serde_json::to_string(&config)?;
/// assert_eq!(serde_json::from_str::<PlannerConfig>(&json)?, config);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct PlannerConfig {
    /// Upcoming items are listed when due within this many days (default 14); overdue
    /// items are always listed.
    pub horizon_days: u32,
}

impl Default for PlannerConfig {
    fn default() -> Self {
        PlannerConfig {
            horizon_days: crate::figure::defaults::PLANNER_HORIZON_DAYS.value(),
        }
    }
}
