//! Change between a baseline and a follow-up: improved, unchanged or worsened.
//!
//! A change counts only when it reaches the instrument's minimal meaningful change. The
//! sources give no such thresholds for these services, so the
//! defaults are documented choices, configurable in [`MinimalChange`]: one step of the
//! 0–10 scales (WAS, Kykyviisari work-ability item and areas), 2 points of WAI (the
//! smallest change the half-point items make common), 5 points of UKK fitness index
//! (within test-retest variation below that), 5 points of GAS T (half a standard
//! deviation of the T scale), 5 points of IPS total (one item moving a full level on
//! five items), and a tenth of a Kykyviisari area's declared scale (at least one step: one
//! step of a 0–10 scale, ten of a 0–100 scale, where one step is noise).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::instrument::direction::Direction;
use crate::instrument::result::InstrumentResult;
use crate::service::record::measurement::InstrumentKind;

/// The minimal meaningful change per instrument, in the units of
/// [`InstrumentResult::headline`] (and of the Kykyviisari declared scale for its areas).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct MinimalChange {
    /// WAS points (default 1).
    pub was: f64,
    /// WAI points (default 2).
    pub wai: f64,
    /// UKK fitness index points (default 5).
    pub ukk_walk_test: f64,
    /// GAS T-score points (default 5).
    pub gas: f64,
    /// Kykyviisari work-ability item points (default 1).
    pub kykyviisari: f64,
    /// Share of a Kykyviisari area's declared scale (`max − min`) a change must reach,
    /// rounded up to whole steps and at least one step (default 0.1: one step of a 0–10
    /// scale, ten steps of a 0–100 scale). *Derived*: the scales are declared by the user,
    /// so a fixed number of steps would mean a tenth of one scale and a hundredth of
    /// another. See
    /// [`DeclaredScale::minimal_steps`](crate::instrument::kykyviisari::DeclaredScale::minimal_steps).
    pub kykyviisari_area_share: f64,
    /// IPS-25 total points (default 5).
    pub ips_fidelity: f64,
}

impl Default for MinimalChange {
    fn default() -> Self {
        MinimalChange {
            was: 1.0,
            wai: 2.0,
            ukk_walk_test: 5.0,
            gas: 5.0,
            kykyviisari: 1.0,
            kykyviisari_area_share: 0.1,
            ips_fidelity: 5.0,
        }
    }
}

impl MinimalChange {
    /// The threshold for `instrument`'s headline figure.
    pub fn of(&self, instrument: InstrumentKind) -> f64 {
        match instrument {
            InstrumentKind::Was => self.was,
            InstrumentKind::Wai => self.wai,
            InstrumentKind::UkkWalkTest => self.ukk_walk_test,
            InstrumentKind::Gas => self.gas,
            InstrumentKind::Kykyviisari => self.kykyviisari,
            InstrumentKind::IpsFidelity => self.ips_fidelity,
            // No figure to compare: a perceived change is read as answered.
            InstrumentKind::PerceivedChange => 1.0,
        }
    }
}

/// The change of one instrument's headline figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Change {
    /// The instrument.
    pub instrument: InstrumentKind,
    /// The baseline figure.
    pub baseline: f64,
    /// The follow-up figure.
    pub follow_up: f64,
    /// The direction.
    pub direction: Direction,
}

/// The change from `baseline` to `follow_up`: `None` when they are of different
/// instruments or a figure cannot be computed (GAS without goals).
pub fn change(
    baseline: &InstrumentResult,
    follow_up: &InstrumentResult,
    minimal: &MinimalChange,
) -> Option<Change> {
    let instrument = baseline.instrument();
    if follow_up.instrument() != instrument {
        return None;
    }
    let (before, after) = (baseline.headline()?, follow_up.headline()?);
    Some(Change {
        instrument,
        baseline: before,
        follow_up: after,
        direction: Direction::of(before, after, minimal.of(instrument)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::was::WorkAbilityScore;

    fn was(n: i64) -> InstrumentResult {
        InstrumentResult::Was {
            score: WorkAbilityScore::new(n).expect("score"),
        }
    }

    #[test]
    fn directions_respect_the_minimal_change() {
        let minimal = MinimalChange::default();
        let direction = |a, b| change(&was(a), &was(b), &minimal).map(|c| c.direction);
        assert_eq!(direction(6, 7), Some(Direction::Improved));
        assert_eq!(direction(6, 6), Some(Direction::Unchanged));
        assert_eq!(direction(6, 4), Some(Direction::Worsened));
        let strict = MinimalChange {
            was: 2.0,
            ..MinimalChange::default()
        };
        assert_eq!(
            change(&was(6), &was(7), &strict).map(|c| c.direction),
            Some(Direction::Unchanged)
        );
    }

    #[test]
    fn different_instruments_do_not_compare() {
        let ips = InstrumentResult::IpsFidelity {
            fidelity: crate::instrument::ips::IpsFidelity::from_ratings(
                crate::instrument::ips::IpsScaleVersion::Ips25,
                &[3; 25],
            )
            .expect("ips"),
        };
        assert_eq!(change(&was(5), &ips, &MinimalChange::default()), None);
    }
}
