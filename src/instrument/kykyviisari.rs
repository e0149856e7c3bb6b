//! Kykyviisari (*the Abilitator*): a self-assessment of work ability and functioning by
//! the Finnish Institute of Occupational Health, not diagnostic, repeated to show change;
//! linked to the ICF.
//!
//! It holds the 0–10 work-ability question and five functioning areas. Its answer scales
//! and summary formulas are not public, [?]), so a result is the
//! work-ability item plus one summary value per area on a *declared* scale that the user
//! states with the result; higher is better. Change between two administrations is
//! computed per area when both use the same scale.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::instrument::InstrumentError;
use crate::instrument::was::WorkAbilityScore;

/// A functioning area of Kykyviisari.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum KykyviisariArea {
    /// Mental wellbeing (*henkinen hyvinvointi*).
    MentalWellbeing,
    /// Social inclusion (*sosiaalinen osallisuus*).
    SocialInclusion,
    /// Physical functioning (*fyysinen toimintakyky*).
    PhysicalFunctioning,
    /// Skills (*osaaminen*).
    Skills,
    /// Fluency of everyday life (*arjen sujuvuus*).
    EverydayFluency,
}

vocabulary!(KykyviisariArea {
    MentalWellbeing => ["henkinen hyvinvointi", "psykiskt välbefinnande", "mental wellbeing"],
    SocialInclusion => ["sosiaalinen osallisuus", "social delaktighet", "social inclusion"],
    PhysicalFunctioning => ["fyysinen toimintakyky", "fysisk funktionsförmåga", "physical functioning"],
    Skills => ["osaaminen", "kompetens", "skills"],
    EverydayFluency => ["arjen sujuvuus", "vardagens smidighet", "fluency of everyday life"],
});

impl KykyviisariArea {
    /// Every area, in the order of the instrument.
    pub const ALL: [KykyviisariArea; 5] = [
        KykyviisariArea::MentalWellbeing,
        KykyviisariArea::SocialInclusion,
        KykyviisariArea::PhysicalFunctioning,
        KykyviisariArea::Skills,
        KykyviisariArea::EverydayFluency,
    ];
}

/// The scale the area summaries are stated on: integers `min..=max`, higher is better.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(doc, doc = "Exhaustive on purpose: a scale is its two ends.")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclaredScale {
    /// Lowest value.
    pub min: i32,
    /// Highest value.
    pub max: i32,
}

impl DeclaredScale {
    /// The fewest steps on this scale that count as a change: `share` of the scale's
    /// range (`max − min`), rounded up, and at least one step. A share that is not a
    /// positive finite number counts as one step.
    ///
    /// ```
    /// use tyokyky::instrument::kykyviisari::DeclaredScale;
    ///
    /// assert_eq!(DeclaredScale { min: 0, max: 10 }.minimal_steps(0.1), 1);
    /// assert_eq!(DeclaredScale { min: 0, max: 100 }.minimal_steps(0.1), 10);
    /// assert_eq!(DeclaredScale { min: 1, max: 5 }.minimal_steps(0.1), 1);
    /// ```
    pub fn minimal_steps(&self, share: f64) -> i64 {
        let range = i64::from(self.max) - i64::from(self.min);
        if !(share.is_finite() && share > 0.0) || range <= 0 {
            return 1;
        }
        // `range` is below 2^33, so the product is exact enough and fits an i64.
        let steps = (share * range as f64).ceil();
        if steps >= range as f64 {
            range
        } else {
            (steps as i64).max(1)
        }
    }
}

/// One summary value per area.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: its fields are the five areas of Kykyviisari (THL); another area would be another instrument."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaValues {
    /// Mental wellbeing.
    pub mental_wellbeing: i32,
    /// Social inclusion.
    pub social_inclusion: i32,
    /// Physical functioning.
    pub physical_functioning: i32,
    /// Skills.
    pub skills: i32,
    /// Fluency of everyday life.
    pub everyday_fluency: i32,
}

impl AreaValues {
    /// The value of `area`.
    pub const fn get(&self, area: KykyviisariArea) -> i32 {
        match area {
            KykyviisariArea::MentalWellbeing => self.mental_wellbeing,
            KykyviisariArea::SocialInclusion => self.social_inclusion,
            KykyviisariArea::PhysicalFunctioning => self.physical_functioning,
            KykyviisariArea::Skills => self.skills,
            KykyviisariArea::EverydayFluency => self.everyday_fluency,
        }
    }
}

/// One administration of Kykyviisari.
///
/// Invariant (checked by [`KykyviisariResult::new`] and on deserialization): the scale has
/// `min < max`, and every area value lies on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "KykyviisariFields")]
pub struct KykyviisariResult {
    work_ability: WorkAbilityScore,
    scale: DeclaredScale,
    areas: AreaValues,
}

/// The serialized fields of a [`KykyviisariResult`], checked on the way in.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "KykyviisariResult")]
/// One administration of Kykyviisari: the 0-10 work-ability item and a summary per area
/// on a declared scale (min < max; every value on the scale).
struct KykyviisariFields {
    /// The 0-10 work-ability item.
    work_ability: WorkAbilityScore,
    /// The scale of the area summaries.
    scale: DeclaredScale,
    /// Summary per area.
    areas: AreaValues,
}

impl TryFrom<KykyviisariFields> for KykyviisariResult {
    type Error = InstrumentError;

    fn try_from(f: KykyviisariFields) -> Result<Self, Self::Error> {
        KykyviisariResult::new(f.work_ability, f.scale, f.areas)
    }
}

impl JsonSchema for KykyviisariResult {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        KykyviisariFields::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        KykyviisariFields::json_schema(generator)
    }
}

/// The change in one area between two administrations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AreaChange {
    /// The area.
    pub area: KykyviisariArea,
    /// Later value minus earlier value, on the declared scale (wide enough for any scale).
    pub delta: i64,
}

/// # Example
///
/// A result as a frontend sends it: the 0–10 work-ability question and the five areas on
/// the scale the user declares (the Abilitator's own scales are not public). The score is
/// the work-ability item's band; areas are compared only between results on one scale.
///
/// ```
/// use tyokyky::instrument::InstrumentResult;
///
/// let result: InstrumentResult = serde_json::from_str(r#"{"type": "kykyviisari", "result": {
///     "work_ability": 7, "scale": {"min": 0, "max": 10},
///     "areas": {"mental_wellbeing": 5, "social_inclusion": 6, "physical_functioning": 5,
///               "skills": 7, "everyday_fluency": 6}}}"#)?;
/// assert_eq!(
///     serde_json::to_string(&result.score())?,
///     r#"{"type":"kykyviisari","work_ability":7,"band":"moderate"}"#
/// );
/// // An area off the declared scale is refused when read.
/// assert!(serde_json::from_str::<InstrumentResult>(r#"{"type": "kykyviisari", "result": {
///     "work_ability": 7, "scale": {"min": 0, "max": 10},
///     "areas": {"mental_wellbeing": 11, "social_inclusion": 6, "physical_functioning": 5,
///               "skills": 7, "everyday_fluency": 6}}}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
impl KykyviisariResult {
    /// Checks and builds a result.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::Inconsistent`] unless `scale.min < scale.max`, or naming the
    /// area whose value is off the declared scale (a rule across two fields, which a JSON
    /// Schema cannot state: over HTTP such a result is `422`, not `400`).
    pub fn new(
        work_ability: WorkAbilityScore,
        scale: DeclaredScale,
        areas: AreaValues,
    ) -> Result<Self, InstrumentError> {
        if scale.min >= scale.max {
            return Err(InstrumentError::Inconsistent {
                field: "scale",
                reason: "min must be below max",
            });
        }
        for area in KykyviisariArea::ALL {
            let value = areas.get(area);
            if !(scale.min..=scale.max).contains(&value) {
                return Err(InstrumentError::Inconsistent {
                    field: area_field(area),
                    reason: "off the scale the result declares",
                });
            }
        }
        Ok(KykyviisariResult {
            work_ability,
            scale,
            areas,
        })
    }

    /// The 0–10 work-ability item.
    pub fn work_ability(&self) -> WorkAbilityScore {
        self.work_ability
    }

    /// The declared scale.
    pub fn scale(&self) -> DeclaredScale {
        self.scale
    }

    /// The area values.
    pub fn areas(&self) -> AreaValues {
        self.areas
    }

    /// Change per area from `self` to `later`.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::Inconsistent`] when the two use different scales.
    pub fn change_to(&self, later: &KykyviisariResult) -> Result<[AreaChange; 5], InstrumentError> {
        if self.scale != later.scale {
            return Err(InstrumentError::Inconsistent {
                field: "scale",
                reason: "two administrations on different scales cannot be compared",
            });
        }
        Ok(KykyviisariArea::ALL.map(|area| AreaChange {
            area,
            delta: i64::from(later.areas.get(area)) - i64::from(self.areas.get(area)),
        }))
    }
}

fn area_field(area: KykyviisariArea) -> &'static str {
    match area {
        KykyviisariArea::MentalWellbeing => "areas.mental_wellbeing",
        KykyviisariArea::SocialInclusion => "areas.social_inclusion",
        KykyviisariArea::PhysicalFunctioning => "areas.physical_functioning",
        KykyviisariArea::Skills => "areas.skills",
        KykyviisariArea::EverydayFluency => "areas.everyday_fluency",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minimal_change_is_a_share_of_the_declared_range() {
        let scale = |min, max| DeclaredScale { min, max };
        // The range is max − min, also below zero: −5..=5 spans ten steps.
        assert_eq!(scale(-5, 5).minimal_steps(0.5), 5);
        assert_eq!(scale(0, 100).minimal_steps(0.1), 10);
        assert_eq!(scale(0, 100).minimal_steps(0.101), 11);
        // Never more than the whole range, never less than a step.
        assert_eq!(scale(0, 4).minimal_steps(3.0), 4);
        assert_eq!(scale(0, 100).minimal_steps(0.001), 1);
        // A share that is no positive finite number, or a scale of one value: one step.
        for share in [f64::INFINITY, f64::NAN, -0.5, 0.0] {
            assert_eq!(scale(0, 100).minimal_steps(share), 1, "{share}");
        }
        assert_eq!(scale(3, 3).minimal_steps(0.1), 1);
        assert_eq!(scale(5, 1).minimal_steps(0.1), 1);
    }

    fn areas(v: [i32; 5]) -> AreaValues {
        AreaValues {
            mental_wellbeing: v[0],
            social_inclusion: v[1],
            physical_functioning: v[2],
            skills: v[3],
            everyday_fluency: v[4],
        }
    }

    #[test]
    fn values_must_lie_on_the_declared_scale() {
        let scale = DeclaredScale { min: 0, max: 10 };
        let was = WorkAbilityScore::new(6).expect("was");
        assert!(KykyviisariResult::new(was, scale, areas([0, 10, 5, 5, 5])).is_ok());
        let error =
            KykyviisariResult::new(was, scale, areas([0, 11, 5, 5, 5])).expect_err("off scale");
        assert_eq!(
            error.to_string(),
            "areas.social_inclusion: off the scale the result declares"
        );
        assert!(
            KykyviisariResult::new(was, DeclaredScale { min: 5, max: 5 }, areas([5; 5])).is_err()
        );
    }

    #[test]
    fn change_is_per_area_on_one_scale() {
        let scale = DeclaredScale { min: 1, max: 5 };
        let was = WorkAbilityScore::new(6).expect("was");
        let before = KykyviisariResult::new(was, scale, areas([2, 3, 3, 4, 2])).expect("valid");
        let after = KykyviisariResult::new(was, scale, areas([3, 3, 2, 4, 5])).expect("valid");
        let deltas: Vec<i64> = before
            .change_to(&after)
            .expect("same scale")
            .iter()
            .map(|c| c.delta)
            .collect();
        assert_eq!(deltas, [1, 0, -1, 0, 3]);
        let other = KykyviisariResult::new(was, DeclaredScale { min: 0, max: 10 }, areas([3; 5]))
            .expect("valid");
        assert!(before.change_to(&other).is_err());
    }
}
