//! Goal Attainment Scaling (GAS, *tavoitteen saavuttamisen asteikko*): Kela uses GAS in
//! rehabilitation; each goal has a five-level scale −2…+2, 0 being the expected outcome.
//!
//! Kiresuk–Sherman T-score over goals with attainment levels xᵢ and weights wᵢ
//! (Kiresuk & Sherman, Community Ment Health J 1968;4(6):443–453):
//!
//! ```text
//! T = 50 + 10·Σ(wᵢxᵢ) / sqrt((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²),   ρ = 0.3 by default
//! ```
//!
//! The T-score is rounded to two decimals. The level at the start (the baseline) is
//! explicit data on each goal: Kela scores it −1, some services −2
//! *Hyvinvointiryhmä osatyökykyisille*'s personal (OTA) goals are modelled as GAS goals.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instrument::InstrumentError;
use crate::service::record::key::Key;

bounded!(
    /// A GAS attainment level. Invariant: in −2..=2 (0 = expected outcome).
    GasLevel(i8), "gas_level", -2..=2
);

bounded!(
    /// The weight of a goal. Invariant: in 1..=100.
    GasWeight(u8), "gas_weight", 1..=100
);

impl GasLevel {
    /// The expected outcome, 0.
    pub const EXPECTED: GasLevel = GasLevel(0);
}

/// One goal on a GAS scale.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`GasGoal::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GasGoal {
    /// A short machine name for the goal, e.g. `daily_walks`; no personal text.
    pub id: Key,
    /// The weight (1 when all goals count equally).
    pub weight: GasWeight,
    /// The level at the start.
    pub baseline: GasLevel,
    /// The level reached at follow-up, if scored yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attainment: Option<GasLevel>,
}

impl GasGoal {
    /// Goal `id` of `weight` at `baseline`, its attainment not yet scored.
    pub fn new(id: Key, weight: GasWeight, baseline: GasLevel) -> Self {
        GasGoal {
            id,
            weight,
            baseline,
            attainment: None,
        }
    }
}

/// The correlation ρ assumed between goals. Invariant: finite, in 0..=0.99.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Rho(f64);

impl Rho {
    /// The conventional ρ = 0.3 (Kiresuk & Sherman 1968).
    pub const DEFAULT: Rho = Rho(0.3);

    /// Checks ρ.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::DecimalOutOfRange`] unless ρ is finite and in 0..=0.99.
    pub fn new(rho: f64) -> Result<Self, InstrumentError> {
        crate::instrument::bounded::decimal("rho", rho, 0.0, 0.99).map(Rho)
    }

    /// The value.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl Default for Rho {
    fn default() -> Self {
        Rho::DEFAULT
    }
}

impl JsonSchema for Rho {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rho".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Correlation assumed between GAS goals (Kiresuk-Sherman rho).",
            "type": "number",
            "minimum": 0.0,
            "maximum": 0.99,
        })
    }
}

impl TryFrom<f64> for Rho {
    type Error = InstrumentError;

    fn try_from(rho: f64) -> Result<Self, Self::Error> {
        Rho::new(rho)
    }
}

impl From<Rho> for f64 {
    fn from(rho: Rho) -> f64 {
        rho.0
    }
}

/// The T-score of levels with weights, rounded to two decimals; `None` without goals.
fn t_score(levels: impl Iterator<Item = (GasWeight, GasLevel)>, rho: Rho) -> Option<f64> {
    let (mut weighted, mut sum_w, mut sum_w2, mut n) = (0.0, 0.0, 0.0, 0usize);
    for (weight, level) in levels {
        let w = f64::from(weight.repr());
        weighted += w * f64::from(level.repr());
        sum_w += w;
        sum_w2 += w * w;
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let rho = rho.get();
    let denominator = ((1.0 - rho) * sum_w2 + rho * sum_w * sum_w).sqrt();
    let t = 50.0 + 10.0 * weighted / denominator;
    Some((t * 100.0).round() / 100.0)
}

/// The T-scores of a set of goals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GasScore {
    /// T-score at the start, from the baselines.
    pub baseline_t: f64,
    /// T-score at follow-up, from the attainments.
    pub attainment_t: f64,
    /// How many goals were scored.
    pub goals: usize,
}

/// Scores goals: `None` when there are no goals or any goal lacks its attainment.
///
/// Invariant to goal order.
///
/// ```
/// use tyokyky::instrument::gas::{GasGoal, GasLevel, GasWeight, Rho, score};
/// use tyokyky::Key;
///
/// let goal = |id: &str, x: i64| -> Result<GasGoal, Box<dyn std::error::Error>> {
///     let mut goal = GasGoal::new(Key::new(id)?, GasWeight::new(1)?, GasLevel::new(-1)?);
///     goal.attainment = Some(GasLevel::new(x)?);
///     Ok(goal)
/// };
/// let goals = [goal("walks", 1)?, goal("cooking", 1)?, goal("sleep", 1)?];
/// let score = score(&goals, Rho::DEFAULT).ok_or("not scored")?;
/// assert_eq!(score.attainment_t, 63.69);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn score(goals: &[GasGoal], rho: Rho) -> Option<GasScore> {
    let attained: Option<Vec<(GasWeight, GasLevel)>> = goals
        .iter()
        .map(|g| g.attainment.map(|a| (g.weight, a)))
        .collect();
    Some(GasScore {
        baseline_t: t_score(goals.iter().map(|g| (g.weight, g.baseline)), rho)?,
        attainment_t: t_score(attained?.into_iter(), rho)?,
        goals: goals.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goals(levels: &[i64]) -> Vec<GasGoal> {
        levels
            .iter()
            .enumerate()
            .map(|(i, x)| GasGoal {
                id: Key::new(&format!("goal_{i}")).expect("key"),
                weight: GasWeight::new(1).expect("weight"),
                baseline: GasLevel::new(-1).expect("level"),
                attainment: Some(GasLevel::new(*x).expect("level")),
            })
            .collect()
    }

    #[test]
    fn unequal_weights_use_the_sums_of_weights_and_squares() {
        // Levels +1 and -1 weighted 2 and 1, ρ = 0.3: Σwx = 1, Σw = 3, Σw² = 5,
        // T = 50 + 10 · 1 / √(0.7 · 5 + 0.3 · 9) = 50 + 10 / √6.2 = 54.02.
        let mut weighted = goals(&[1, -1]);
        weighted[0].weight = GasWeight::new(2).expect("weight");
        let score = score(&weighted, Rho::DEFAULT).expect("scored");
        assert_eq!(score.attainment_t, 54.02);
        // Baselines -1 and -1: Σwx = -3, T = 50 - 30 / √6.2 = 37.95.
        assert_eq!(score.baseline_t, 37.95);
        assert_eq!(score.goals, 2);
        // ρ = 0 makes the goals independent: T = 50 + 10 · 1 / √5 = 54.47.
        let independent = super::score(&weighted, Rho::new(0.0).expect("rho")).expect("scored");
        assert_eq!(independent.attainment_t, 54.47);
    }

    #[test]
    fn rho_reads_back_as_its_value() {
        assert_eq!(f64::from(Rho::DEFAULT), 0.3);
        assert_eq!(f64::from(Rho::new(0.75).expect("rho")), 0.75);
    }

    #[test]
    fn published_vectors_with_rho_0_3() {
        for (levels, t) in [
            (&[0, 0, 0][..], 50.00),
            (&[1, 0, -1][..], 50.00),
            (&[1, 1, 1][..], 63.69),
            (&[-2, -2, -2][..], 22.61),
            (&[1, 1][..], 62.40),
        ] {
            let score = score(&goals(levels), Rho::DEFAULT).expect("scored");
            assert_eq!(score.attainment_t, t, "{levels:?}");
        }
    }

    #[test]
    fn no_goals_or_an_unscored_goal_gives_none() {
        assert_eq!(score(&[], Rho::DEFAULT), None);
        let mut some = goals(&[1, 0]);
        some[1].attainment = None;
        assert_eq!(score(&some, Rho::DEFAULT), None);
    }

    #[test]
    fn rho_is_checked() {
        assert!(Rho::new(1.0).is_err());
        assert!(Rho::new(f64::NAN).is_err());
        assert!(Rho::new(0.0).is_ok());
        assert!(serde_json::from_str::<Rho>("-0.1").is_err());
    }
}
