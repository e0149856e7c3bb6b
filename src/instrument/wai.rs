//! Work Ability Index (WAI, *työkykyindeksi*; Tuomi, Ilmarinen, Jahkola, Katajarinne,
//! Tulkki: Work Ability Index, FIOH, 2nd revised edition 1998). Seven items, total 7–49.
//!
//! Totals are exact: item 2 can give half points, so totals are kept in half points and
//! classified with half-open intervals (27.5 is poor under the standard banding). The
//! banding is selectable: the standard one (poor 7–27, moderate 28–36, good 37–43,
//! excellent 44–49) or an age-specific one such as Kujala et al. 2005 for about
//! 31-year-olds (poor 7–36, moderate 37–40, good 41–44, excellent 45–49).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::instrument::InstrumentError;
use crate::instrument::was::WorkAbilityScore;

bounded!(
    /// A rating 1–5 (WAI item 2, IPS-25 items). Invariant: in 1..=5.
    Rating1To5(u8), "rating", 1..=5
);

bounded!(
    /// WAI item 4: estimated work impairment due to diseases, 1 (entirely unable to work)
    /// to 6 (no impediment). Invariant: in 1..=6.
    ImpairmentRating(u8), "impairment", 1..=6
);

bounded!(
    /// One answer of WAI item 7 (mental resources), 0–4. Invariant: in 0..=4.
    Rating0To4(u8), "mental_resources_answer", 0..=4
);

/// The nature of the job, which weights the two ratings of item 2.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum JobNature {
    /// Mainly physical: 1.5 × physical + 0.5 × mental.
    Physical,
    /// Mainly mental: 0.5 × physical + 1.5 × mental.
    Mental,
    /// Both: physical + mental.
    Both,
}

vocabulary!(JobNature {
    Physical => ["ruumiillinen", "fysiskt", "physical"],
    Mental => ["henkinen", "psykiskt", "mental"],
    Both => ["sekä ruumiillinen että henkinen", "både fysiskt och psykiskt", "both"],
});

/// WAI item 5: sick leave in the past 12 months.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SickLeave {
    /// None at all: 5 points.
    None,
    /// At most 9 days: 4 points.
    #[serde(rename = "up_to_9_days")]
    UpTo9Days,
    /// 10–24 days: 3 points.
    #[serde(rename = "from_10_to_24_days")]
    From10To24Days,
    /// 25–99 days: 2 points.
    #[serde(rename = "from_25_to_99_days")]
    From25To99Days,
    /// 100–365 days: 1 point.
    #[serde(rename = "from_100_to_365_days")]
    From100To365Days,
}

vocabulary!(SickLeave {
    None => ["ei yhtään", "ingen alls", "none"],
    UpTo9Days => ["enintään 9 päivää", "högst 9 dagar", "at most 9 days"],
    From10To24Days => ["10–24 päivää", "10–24 dagar", "10–24 days"],
    From25To99Days => ["25–99 päivää", "25–99 dagar", "25–99 days"],
    From100To365Days => ["100–365 päivää", "100–365 dagar", "100–365 days"],
});

/// WAI item 6: own prognosis of work ability two years from now.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Prognosis {
    /// Hardly: 1 point.
    Unlikely,
    /// Not certain: 4 points.
    NotCertain,
    /// Relatively certain: 7 points.
    RelativelyCertain,
}

vocabulary!(Prognosis {
    Unlikely => ["tuskin", "knappast", "unlikely"],
    NotCertain => ["en ole varma", "inte säker", "not certain"],
    RelativelyCertain => ["melko varmasti", "ganska säkert", "relatively certain"],
});

/// WAI item 2: work ability in relation to the physical and mental demands of the job.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: the WAI's first item as the index asks it: the ratings of a job's physical and mental demands and the job's nature, which weights them; the index asks nothing else of the job."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JobDemands {
    /// The nature of the job.
    pub nature: JobNature,
    /// Rating of work ability for the physical demands, 1–5.
    pub physical: Rating1To5,
    /// Rating of work ability for the mental demands, 1–5.
    pub mental: Rating1To5,
}

/// The answers to the seven WAI items.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: its fields are the seven items of the Work Ability Index (Tuomi et al. 1998); another item would be another instrument."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WaiAnswers {
    /// Item 1: current work ability compared with the lifetime best, 0–10.
    pub current_work_ability: WorkAbilityScore,
    /// Item 2: work ability in relation to the demands of the job.
    pub job_demands: JobDemands,
    /// Item 3: number of current diseases diagnosed by a physician.
    pub diagnosed_diseases: u32,
    /// Item 4: estimated work impairment due to diseases, 1–6.
    pub impairment: ImpairmentRating,
    /// Item 5: sick leave in the past 12 months.
    pub sick_leave: SickLeave,
    /// Item 6: own prognosis in two years.
    pub prognosis: Prognosis,
    /// Item 7: the three answers on mental resources, each 0–4.
    pub mental_resources: [Rating0To4; 3],
}

/// A WAI score in half points: 27.5 is 55 half points.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: a number of half points, its one field the value."
)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct HalfPoints(pub u32);

impl HalfPoints {
    /// The value in points, exact (half points are exact in binary floating point).
    pub fn points(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

impl fmt::Display for HalfPoints {
    /// `27.5`, or `40` for a whole number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_multiple_of(2) {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

/// The WAI category.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WaiCategory {
    /// Poor: aim to restore work ability.
    Poor,
    /// Moderate: aim to improve work ability.
    Moderate,
    /// Good: aim to support work ability.
    Good,
    /// Excellent: aim to maintain work ability.
    Excellent,
}

vocabulary!(WaiCategory {
    Poor => ["huono", "dålig", "poor"],
    Moderate => ["kohtalainen", "måttlig", "moderate"],
    Good => ["hyvä", "god", "good"],
    Excellent => ["erinomainen", "utmärkt", "excellent"],
});

impl WaiCategory {
    /// The aim of measures for this category (Tuomi et al. 1998).
    pub const fn aim(self) -> &'static str {
        match self {
            WaiCategory::Poor => "restore work ability",
            WaiCategory::Moderate => "improve work ability",
            WaiCategory::Good => "support work ability",
            WaiCategory::Excellent => "maintain work ability",
        }
    }
}

/// Category thresholds, in half points: a total below `moderate_from` is poor, below
/// `good_from` moderate, below `excellent_from` good, else excellent.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct WaiBanding {
    /// First total that is moderate, in half points.
    pub moderate_from: HalfPoints,
    /// First total that is good, in half points.
    pub good_from: HalfPoints,
    /// First total that is excellent, in half points.
    pub excellent_from: HalfPoints,
}

impl WaiBanding {
    /// Standard banding (Tuomi et al. 1998): poor 7–27, moderate 28–36, good 37–43,
    /// excellent 44–49.
    pub const STANDARD: WaiBanding = WaiBanding {
        moderate_from: HalfPoints(56),
        good_from: HalfPoints(74),
        excellent_from: HalfPoints(88),
    };

    /// Age-specific banding for about 31-year-olds (Kujala et al. 2005): poor 7–36,
    /// moderate 37–40, good 41–44, excellent 45–49.
    pub const KUJALA_2005_AGE_31: WaiBanding = WaiBanding {
        moderate_from: HalfPoints(74),
        good_from: HalfPoints(82),
        excellent_from: HalfPoints(90),
    };

    /// The category of `total`.
    pub fn category(&self, total: HalfPoints) -> WaiCategory {
        if total < self.moderate_from {
            WaiCategory::Poor
        } else if total < self.good_from {
            WaiCategory::Moderate
        } else if total < self.excellent_from {
            WaiCategory::Good
        } else {
            WaiCategory::Excellent
        }
    }
}

impl Default for WaiBanding {
    fn default() -> Self {
        WaiBanding::STANDARD
    }
}

/// A scored WAI: the points of each item, the exact total and its category.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct WaiScore {
    /// Points of items 1–7, in half points.
    pub items: [HalfPoints; 7],
    /// The total, 7–49, in half points (14–98).
    pub total: HalfPoints,
    /// The category under the banding used.
    pub category: WaiCategory,
}

impl WaiAnswers {
    /// Scores the answers with the standard banding.
    ///
    /// ```
    /// use tyokyky::instrument::wai::*;
    /// use tyokyky::instrument::was::WorkAbilityScore;
    ///
    /// let answers = WaiAnswers {
    ///     current_work_ability: WorkAbilityScore::new(5)?,
    ///     job_demands: JobDemands { nature: JobNature::Physical, physical: Rating1To5::new(3)?, mental: Rating1To5::new(4)? },
    ///     diagnosed_diseases: 3,
    ///     impairment: ImpairmentRating::new(4)?,
    ///     sick_leave: SickLeave::From10To24Days,
    ///     prognosis: Prognosis::NotCertain,
    ///     mental_resources: [Rating0To4::new(2)?, Rating0To4::new(2)?, Rating0To4::new(2)?],
    /// };
    /// let score = answers.score();
    /// assert_eq!(score.total.to_string(), "27.5");
    /// assert_eq!(score.category, WaiCategory::Poor);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn score(&self) -> WaiScore {
        self.score_with(&WaiBanding::STANDARD)
    }

    /// Scores the answers with `banding`.
    pub fn score_with(&self, banding: &WaiBanding) -> WaiScore {
        let demands = &self.job_demands;
        let (p, m) = (
            u32::from(demands.physical.repr()),
            u32::from(demands.mental.repr()),
        );
        // In half points: 1.5p + 0.5m = (3p + m)/2, p + m = (2p + 2m)/2.
        let item2 = match demands.nature {
            JobNature::Physical => 3 * p + m,
            JobNature::Mental => p + 3 * m,
            JobNature::Both => 2 * p + 2 * m,
        };
        let item3 = match self.diagnosed_diseases {
            0 => 7,
            1 => 5,
            2 => 4,
            3 => 3,
            4 => 2,
            _ => 1,
        };
        let item5 = match self.sick_leave {
            SickLeave::None => 5,
            SickLeave::UpTo9Days => 4,
            SickLeave::From10To24Days => 3,
            SickLeave::From25To99Days => 2,
            SickLeave::From100To365Days => 1,
        };
        let item6 = match self.prognosis {
            Prognosis::Unlikely => 1,
            Prognosis::NotCertain => 4,
            Prognosis::RelativelyCertain => 7,
        };
        let resources: u32 = self
            .mental_resources
            .iter()
            .map(|a| u32::from(a.repr()))
            .sum();
        let item7 = match resources {
            0..=3 => 1,
            4..=6 => 2,
            7..=9 => 3,
            _ => 4,
        };
        let items = [
            HalfPoints(2 * u32::from(self.current_work_ability.repr())),
            HalfPoints(item2),
            HalfPoints(2 * item3),
            HalfPoints(2 * u32::from(self.impairment.repr())),
            HalfPoints(2 * item5),
            HalfPoints(2 * item6),
            HalfPoints(2 * item7),
        ];
        let total = HalfPoints(items.iter().map(|item| item.0).sum());
        WaiScore {
            items,
            total,
            category: banding.category(total),
        }
    }
}

/// Checks that a banding's thresholds rise, for bandings loaded from JSON.
///
/// # Errors
///
/// [`InstrumentError::Inconsistent`] unless 14 < moderate_from ≤ good_from ≤
/// excellent_from ≤ 98 half points.
pub fn check_banding(banding: &WaiBanding) -> Result<(), InstrumentError> {
    let WaiBanding {
        moderate_from,
        good_from,
        excellent_from,
    } = *banding;
    if HalfPoints(14) < moderate_from
        && moderate_from <= good_from
        && good_from <= excellent_from
        && excellent_from <= HalfPoints(98)
    {
        Ok(())
    } else {
        Err(InstrumentError::Inconsistent {
            field: "wai_banding",
            reason: "thresholds must rise within 7..=49 points",
        })
    }
}

#[cfg(test)]
#[path = "wai_tests.rs"]
mod tests;
