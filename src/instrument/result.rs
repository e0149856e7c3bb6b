//! The result of one administration of any instrument, as stored on a service path.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instrument::gas::{self, GasGoal, GasScore, Rho};
use crate::instrument::ips::{IpsFidelity, IpsLevel};
use crate::instrument::kykyviisari::KykyviisariResult;
use crate::instrument::ukk::{UkkResult, UkkWalkTest};
use crate::instrument::wai::{WaiAnswers, WaiBanding, WaiScore};
use crate::instrument::was::{WasBand, WorkAbilityScore};
use crate::service::record::measurement::InstrumentKind;
use crate::tagged::tagged_first;

tagged_first! {
mirror InstrumentByTag of "InstrumentResult";
expecting "an instrument result: an object with a \"type\"";
/// The inputs of one administration of an instrument, tagged by `"type"`:
/// `{"type": "was", "score": 7}`, `{"type": "wai", "answers": {...}}`, …
///
/// Scores are computed from the inputs ([`InstrumentResult::headline`]), never stored
/// beside them, so they cannot disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
pub enum InstrumentResult {
    /// A Work Ability Score.
    Was {
        /// The score, 0–10.
        score: WorkAbilityScore,
    },
    /// A Work Ability Index questionnaire.
    Wai {
        /// The answers to the seven items.
        answers: WaiAnswers,
    },
    /// A UKK walk test.
    UkkWalkTest {
        /// The test's inputs.
        test: UkkWalkTest,
    },
    /// Goal Attainment Scaling.
    Gas {
        /// The goals, with baseline and, once scored, attainment.
        goals: Vec<GasGoal>,
        /// The correlation ρ (default 0.3).
        #[serde(default)]
        rho: Rho,
    },
    /// A Kykyviisari administration.
    Kykyviisari {
        /// The result.
        result: KykyviisariResult,
    },
    /// An IPS-25 fidelity review.
    IpsFidelity {
        /// The ratings.
        fidelity: IpsFidelity,
    },
    /// The client's perceived change at the end of a service.
    PerceivedChange {
        /// The answers.
        perceived: crate::instrument::perceived::PerceivedChange,
    },
}
}

/// # Example
///
/// Each instrument, read from JSON as a frontend sends it and scored:
///
/// ```
/// use tyokyky::instrument::InstrumentResult;
///
/// for (json, score) in [
///     (r#"{"type": "was", "score": 7}"#, r#"{"type":"was","score":7,"band":"moderate"}"#),
///     (
///         r#"{"type": "ips_fidelity", "fidelity": {"version": "ips25", "items": [4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4]}}"#,
///         r#"{"type":"ips_fidelity","total":100,"level":"good"}"#,
///     ),
///     (
///         r#"{"type": "ukk_walk_test", "test": {"sex": "female", "age_years": 44, "height_cm": 166,
///             "weight_kg": 74.0, "time_seconds": 1120, "heart_rate": 150}}"#,
///         r#"{"type":"ukk_walk_test","result":{"fitness_index":85,"vo2max":27.4,"bmi":26.9,"class":"somewhat_below_average","outside_validated_age":false}}"#,
///     ),
/// ] {
///     let result: InstrumentResult = serde_json::from_str(json)?;
///     assert_eq!(serde_json::to_string(&result.score())?, score);
/// }
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// WAI, GAS and Kykyviisari are read the same way (`"type": "wai"`, `"gas"`,
/// `"kykyviisari"`); their types' docs show their scoring.
impl InstrumentResult {
    /// The instrument.
    pub fn instrument(&self) -> InstrumentKind {
        match self {
            InstrumentResult::Was { .. } => InstrumentKind::Was,
            InstrumentResult::Wai { .. } => InstrumentKind::Wai,
            InstrumentResult::UkkWalkTest { .. } => InstrumentKind::UkkWalkTest,
            InstrumentResult::Gas { .. } => InstrumentKind::Gas,
            InstrumentResult::Kykyviisari { .. } => InstrumentKind::Kykyviisari,
            InstrumentResult::IpsFidelity { .. } => InstrumentKind::IpsFidelity,
            InstrumentResult::PerceivedChange { .. } => InstrumentKind::PerceivedChange,
        }
    }

    /// The 0–10 work-ability rating the result carries: the WAS itself, WAI item 1 or the
    /// Kykyviisari work-ability item.
    pub fn work_ability(&self) -> Option<WorkAbilityScore> {
        match self {
            InstrumentResult::Was { score } => Some(*score),
            InstrumentResult::Wai { answers } => Some(answers.current_work_ability),
            InstrumentResult::Kykyviisari { result } => Some(result.work_ability()),
            _ => None,
        }
    }

    /// The instrument's main figure, higher being better: WAS score, WAI total (standard
    /// banding does not matter), UKK fitness index, GAS T-score (of the attainments once
    /// all are scored, else of the baselines), Kykyviisari work-ability item, IPS total.
    /// `None` for GAS without goals.
    pub fn headline(&self) -> Option<f64> {
        match self {
            InstrumentResult::Was { score } => Some(f64::from(score.repr())),
            InstrumentResult::Wai { answers } => {
                Some(answers.score_with(&WaiBanding::STANDARD).total.points())
            }
            InstrumentResult::UkkWalkTest { test } => Some(f64::from(test.score().fitness_index)),
            InstrumentResult::Gas { goals, rho } => {
                let scored = gas::score(goals, *rho).map(|s| s.attainment_t);
                scored.or_else(|| {
                    let baselines: Vec<GasGoal> = goals
                        .iter()
                        .map(|g| GasGoal {
                            attainment: Some(g.baseline),
                            ..g.clone()
                        })
                        .collect();
                    gas::score(&baselines, *rho).map(|s| s.attainment_t)
                })
            }
            InstrumentResult::Kykyviisari { result } => {
                Some(f64::from(result.work_ability().repr()))
            }
            InstrumentResult::IpsFidelity { fidelity } => Some(f64::from(fidelity.total())),
            // A perceived change is a change already: it has no figure to compare.
            InstrumentResult::PerceivedChange { .. } => None,
        }
    }
}

/// The scores of one administration, computed from an [`InstrumentResult`], tagged by
/// `"type"` like it: what a frontend shows next to the inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum InstrumentScore {
    /// A Work Ability Score and its band.
    Was {
        /// The score, 0–10.
        score: WorkAbilityScore,
        /// Its band.
        band: WasBand,
    },
    /// WAI item points, total and category (standard banding).
    Wai {
        /// The score.
        score: WaiScore,
    },
    /// UKK fitness index, VO2max and class.
    UkkWalkTest {
        /// The result.
        result: UkkResult,
    },
    /// GAS T-scores; absent until every goal has its attainment.
    Gas {
        /// The T-scores, if every goal is scored.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        score: Option<GasScore>,
    },
    /// The Kykyviisari work-ability item and its band.
    Kykyviisari {
        /// The 0–10 work-ability item.
        work_ability: WorkAbilityScore,
        /// Its band.
        band: WasBand,
    },
    /// IPS-25 total and level.
    IpsFidelity {
        /// Total, 25–125.
        total: u32,
        /// Fidelity level.
        level: IpsLevel,
    },
    /// How many domains the client felt improved.
    PerceivedChange {
        /// Domains felt improved.
        improved: u32,
    },
}

impl InstrumentResult {
    /// The scores of this administration.
    pub fn score(&self) -> InstrumentScore {
        match self {
            InstrumentResult::Was { score } => InstrumentScore::Was {
                score: *score,
                band: score.band(),
            },
            InstrumentResult::Wai { answers } => InstrumentScore::Wai {
                score: answers.score(),
            },
            InstrumentResult::UkkWalkTest { test } => InstrumentScore::UkkWalkTest {
                result: test.score(),
            },
            InstrumentResult::Gas { goals, rho } => InstrumentScore::Gas {
                score: gas::score(goals, *rho),
            },
            InstrumentResult::Kykyviisari { result } => InstrumentScore::Kykyviisari {
                work_ability: result.work_ability(),
                band: result.work_ability().band(),
            },
            InstrumentResult::IpsFidelity { fidelity } => InstrumentScore::IpsFidelity {
                total: fidelity.total(),
                level: fidelity.level(),
            },
            InstrumentResult::PerceivedChange { perceived } => InstrumentScore::PerceivedChange {
                improved: perceived.improved(),
            },
        }
    }
}
