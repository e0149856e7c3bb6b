//! Work Ability Score (WAS, *työkykypistemäärä*): current work ability compared with the
//! lifetime best, 0–10 (0 = unable to work).
//!
//! Bands used in Finnish research: 0–5 poor, 6–7 moderate, 8–10 good (Jääskeläinen et al.,
//! Scand J Work Environ Health 2016;42(6):490–499). It is the 0–10 scale of source
//! *Hyvinvointia ja työkykyä edistämässä*'s published results (6.8 → 7.3) and item 1 of the WAI.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

bounded!(
    /// A Work Ability Score. Invariant: every `WorkAbilityScore` is in 0..=10.
    ///
    /// ```
    /// use tyokyky::instrument::was::{WasBand, WorkAbilityScore};
    ///
    /// let score = WorkAbilityScore::new(7)?;
    /// assert_eq!(score.band(), WasBand::Moderate);
    /// assert!(WorkAbilityScore::new(11).is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    WorkAbilityScore(u8), "work_ability_score", 0..=10
);

/// The band of a Work Ability Score.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WasBand {
    /// 0–5.
    Poor,
    /// 6–7.
    Moderate,
    /// 8–10.
    Good,
}

vocabulary!(WasBand {
    Poor => ["huono", "dålig", "poor"],
    Moderate => ["kohtalainen", "måttlig", "moderate"],
    Good => ["hyvä", "god", "good"],
});

impl WorkAbilityScore {
    /// The band: 0–5 poor, 6–7 moderate, 8–10 good.
    pub const fn band(self) -> WasBand {
        match self.0 {
            0..=5 => WasBand::Poor,
            6..=7 => WasBand::Moderate,
            _ => WasBand::Good,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_follow_jaaskelainen_2016() {
        let bands: Vec<WasBand> = (0..=10)
            .map(|n| WorkAbilityScore::new(n).expect("in range").band())
            .collect();
        use WasBand::*;
        assert_eq!(
            bands,
            [
                Poor, Poor, Poor, Poor, Poor, Poor, Moderate, Moderate, Good, Good, Good
            ]
        );
    }

    #[test]
    fn out_of_range_names_the_field_and_range() {
        let error = WorkAbilityScore::new(-1).expect_err("negative");
        assert_eq!(
            error.to_string(),
            "work_ability_score must be in 0..=10, got -1"
        );
        assert!(serde_json::from_str::<WorkAbilityScore>("11").is_err());
        assert_eq!(
            serde_json::from_str::<WorkAbilityScore>("7").ok(),
            WorkAbilityScore::new(7).ok()
        );
    }
}
