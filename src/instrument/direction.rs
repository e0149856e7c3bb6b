//! The direction of a change between two administrations, or as a client felt it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// The direction of a change.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Better by at least the minimal meaningful change.
    Improved,
    /// Less than the minimal meaningful change either way.
    Unchanged,
    /// Worse by at least the minimal meaningful change.
    Worsened,
}

vocabulary!(Direction {
    Improved => ["parantunut", "förbättrad", "improved"],
    Unchanged => ["ennallaan", "oförändrad", "unchanged"],
    Worsened => ["heikentynyt", "försämrad", "worsened"],
});

impl Direction {
    /// The direction of `follow_up − baseline` against `minimal` (> 0).
    pub fn of(baseline: f64, follow_up: f64, minimal: f64) -> Direction {
        let delta = follow_up - baseline;
        if delta >= minimal {
            Direction::Improved
        } else if delta <= -minimal {
            Direction::Worsened
        } else {
            Direction::Unchanged
        }
    }
}
