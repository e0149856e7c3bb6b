//! The three contents and the four models of OsKu work activity, and each model's
//! emphasis over the contents (*OsKu – Osallisuutta kuntoutuksesta*).
//!
//! Work activity should contain elements of all three contents in the proportion the
//! client needs. The source characterises two models by orderings only: in
//! working-life-oriented work activity the main weight is on working-life readiness and
//! there is less need for life management; in participatory work activity the client may
//! have large life-management challenges and there is less working-life readiness. The
//! start model's aim is to find a suitable continuation path (three months worked well);
//! mapping work activity is named only.
//!
//! The numbers of [`Profiles::DEFAULT`] are therefore *derived*: they respect the stated
//! orderings (a property test checks them), put life management first in the start model
//! (finding a path starts from managing everyday life) and doing the work itself first in
//! mapping (capacities are mapped by working). Load your own with serde.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// A content of work activity (*työtoiminnan sisältö*).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Content {
    /// Strengthening life management (*elämänhallinnan vahvistaminen*).
    LifeManagement,
    /// Promoting working-life readiness (*työelämävalmiuksien edistäminen*).
    WorkingLifeReadiness,
    /// Doing the work itself (*itse työn tekeminen*).
    DoingTheWork,
}

vocabulary!(Content {
    LifeManagement => ["elämänhallinnan vahvistaminen", "stärkt livskompetens", "strengthening life management"],
    WorkingLifeReadiness => ["työelämävalmiuksien edistäminen", "främjande av arbetslivsfärdigheter", "promoting working-life readiness"],
    DoingTheWork => ["itse työn tekeminen", "själva arbetet", "doing the work itself"],
});

impl Content {
    /// The three contents, in the source's order.
    pub const ALL: [Content; 3] = [
        Content::LifeManagement,
        Content::WorkingLifeReadiness,
        Content::DoingTheWork,
    ];
}

/// A model of work activity (*työtoiminnan malli*).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WorkActivityModel {
    /// Start work activity (*starttityötoiminta*): find a suitable continuation path.
    Start,
    /// Mapping work activity (*kartoittava työtoiminta*).
    Mapping,
    /// Participatory work activity (*osallistava työtoiminta*).
    Participatory,
    /// Working-life-oriented work activity (*työelämään suuntaava työtoiminta*).
    WorkingLifeOriented,
}

vocabulary!(WorkActivityModel {
    Start => ["starttityötoiminta", "startarbetsverksamhet", "start work activity"],
    Mapping => ["kartoittava työtoiminta", "kartläggande arbetsverksamhet", "mapping work activity"],
    Participatory => ["osallistava työtoiminta", "delaktiggörande arbetsverksamhet", "participatory work activity"],
    WorkingLifeOriented => ["työelämään suuntaava työtoiminta", "arbetslivsinriktad arbetsverksamhet", "working-life-oriented work activity"],
});

impl WorkActivityModel {
    /// The four models, in the source's order.
    pub const ALL: [WorkActivityModel; 4] = [
        WorkActivityModel::Start,
        WorkActivityModel::Mapping,
        WorkActivityModel::Participatory,
        WorkActivityModel::WorkingLifeOriented,
    ];
}

/// Weights over the three contents, in percent.
///
/// Invariant (checked by [`ContentWeights::new`] and on deserialization): the three sum
/// to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ContentWeightFields")]
pub struct ContentWeights {
    life_management: u8,
    working_life_readiness: u8,
    doing_the_work: u8,
}

/// The serialized fields of [`ContentWeights`], checked on the way in.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ContentWeights")]
/// Weights over the three contents in percent; they sum to 100.
struct ContentWeightFields {
    /// Life management, percent.
    #[schemars(range(max = 100))]
    life_management: u8,
    /// Working-life readiness, percent.
    #[schemars(range(max = 100))]
    working_life_readiness: u8,
    /// Doing the work itself, percent.
    #[schemars(range(max = 100))]
    doing_the_work: u8,
}

/// Why content weights cannot exist.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("content weights must sum to 100 percent, these sum to {sum}")]
#[non_exhaustive]
pub struct WeightsError {
    /// The sum given.
    pub sum: u32,
}

impl TryFrom<ContentWeightFields> for ContentWeights {
    type Error = WeightsError;

    fn try_from(f: ContentWeightFields) -> Result<Self, Self::Error> {
        ContentWeights::new(
            f.life_management,
            f.working_life_readiness,
            f.doing_the_work,
        )
    }
}

impl JsonSchema for ContentWeights {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        ContentWeightFields::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ContentWeightFields::json_schema(generator)
    }
}

impl ContentWeights {
    /// Checks and builds weights.
    ///
    /// # Errors
    ///
    /// [`WeightsError`] unless the three sum to 100.
    pub fn new(
        life_management: u8,
        working_life_readiness: u8,
        doing_the_work: u8,
    ) -> Result<Self, WeightsError> {
        let sum = u32::from(life_management)
            + u32::from(working_life_readiness)
            + u32::from(doing_the_work);
        if sum == 100 {
            Ok(ContentWeights {
                life_management,
                working_life_readiness,
                doing_the_work,
            })
        } else {
            Err(WeightsError { sum })
        }
    }

    /// The weight of `content`, percent.
    pub const fn get(&self, content: Content) -> u8 {
        match content {
            Content::LifeManagement => self.life_management,
            Content::WorkingLifeReadiness => self.working_life_readiness,
            Content::DoingTheWork => self.doing_the_work,
        }
    }

    /// Half the sum of absolute differences: 0 for equal weights, 100 for disjoint ones.
    pub fn distance(&self, other: &ContentWeights) -> u32 {
        Content::ALL
            .iter()
            .map(|c| u32::from(self.get(*c).abs_diff(other.get(*c))))
            .sum::<u32>()
            / 2
    }

    /// Shares of minutes per content as percents summing to 100 (largest remainders);
    /// `None` when no minutes were delivered.
    pub fn from_minutes(minutes: [u32; 3]) -> Option<ContentWeights> {
        let total: u64 = minutes.iter().map(|m| u64::from(*m)).sum();
        if total == 0 {
            return None;
        }
        let exact: Vec<u64> = minutes.iter().map(|m| u64::from(*m) * 100).collect();
        let mut shares: Vec<u64> = exact.iter().map(|e| e / total).collect();
        let mut order: Vec<usize> = (0..3).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(exact[i] % total), i));
        let missing = 100 - shares.iter().sum::<u64>();
        for &i in order.iter().take(usize::try_from(missing).unwrap_or(0)) {
            shares[i] += 1;
        }
        let pct = |i: usize| u8::try_from(shares[i]).unwrap_or(100);
        ContentWeights::new(pct(0), pct(1), pct(2)).ok()
    }
}

/// The emphasis profile of each model.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: its fields are the four OsKu work-activity models; a fifth model would change every recommendation and is a new major version."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profiles {
    /// Start work activity.
    pub start: ContentWeights,
    /// Mapping work activity.
    pub mapping: ContentWeights,
    /// Participatory work activity.
    pub participatory: ContentWeights,
    /// Working-life-oriented work activity.
    pub working_life_oriented: ContentWeights,
}

impl Profiles {
    /// The derived defaults (see the module docs):
    ///
    /// | model | life management | working-life readiness | doing the work |
    /// |---|---|---|---|
    /// | start | 40 | 25 | 35 |
    /// | mapping | 25 | 30 | 45 |
    /// | participatory | 55 | 10 | 35 |
    /// | working-life-oriented | 15 | 45 | 40 |
    pub const DEFAULT: Profiles = Profiles {
        start: ContentWeights {
            life_management: 40,
            working_life_readiness: 25,
            doing_the_work: 35,
        },
        mapping: ContentWeights {
            life_management: 25,
            working_life_readiness: 30,
            doing_the_work: 45,
        },
        participatory: ContentWeights {
            life_management: 55,
            working_life_readiness: 10,
            doing_the_work: 35,
        },
        working_life_oriented: ContentWeights {
            life_management: 15,
            working_life_readiness: 45,
            doing_the_work: 40,
        },
    };

    /// The profile of `model`.
    pub const fn of(&self, model: WorkActivityModel) -> ContentWeights {
        match model {
            WorkActivityModel::Start => self.start,
            WorkActivityModel::Mapping => self.mapping,
            WorkActivityModel::Participatory => self.participatory,
            WorkActivityModel::WorkingLifeOriented => self.working_life_oriented,
        }
    }
}

impl Default for Profiles {
    fn default() -> Self {
        Profiles::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_profiles_respect_the_seeds_orderings() {
        let p = Profiles::DEFAULT;
        let wlo = p.of(WorkActivityModel::WorkingLifeOriented);
        assert!(wlo.get(Content::WorkingLifeReadiness) > wlo.get(Content::LifeManagement));
        let part = p.of(WorkActivityModel::Participatory);
        assert!(part.get(Content::LifeManagement) > part.get(Content::WorkingLifeReadiness));
        for model in WorkActivityModel::ALL {
            let w = p.of(model);
            assert!(
                ContentWeights::new(
                    w.life_management,
                    w.working_life_readiness,
                    w.doing_the_work
                )
                .is_ok()
            );
            assert!(
                Content::ALL.iter().all(|c| w.get(*c) > 0),
                "{model:?} has every content"
            );
        }
    }

    #[test]
    fn weights_sum_to_100() {
        assert_eq!(
            ContentWeights::new(50, 30, 30),
            Err(WeightsError { sum: 110 })
        );
        assert!(
            serde_json::from_str::<ContentWeights>(
                r#"{"life_management":10,"working_life_readiness":10,"doing_the_work":10}"#
            )
            .is_err()
        );
    }

    #[test]
    fn minutes_become_percent_shares() {
        assert_eq!(
            ContentWeights::from_minutes([1, 1, 1]).map(|w| w.get(Content::LifeManagement)),
            Some(34)
        );
        assert_eq!(ContentWeights::from_minutes([0, 0, 0]), None);
        let w = ContentWeights::from_minutes([120, 0, 360]).expect("minutes");
        assert_eq!(
            (
                w.get(Content::LifeManagement),
                w.get(Content::WorkingLifeReadiness),
                w.get(Content::DoingTheWork)
            ),
            (25, 0, 75)
        );
        assert_eq!(
            Profiles::DEFAULT.start.distance(&Profiles::DEFAULT.start),
            0
        );
    }
}
