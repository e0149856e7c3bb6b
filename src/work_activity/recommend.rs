//! Recommending a work-activity model from a client's need profile: deterministic, and
//! every score lists its reasons.
//!
//! The client's needed content mix is derived from the need profile: life management in
//! proportion to the life-management need, working-life readiness in proportion to the
//! readiness already there (a ready client works on the step to working life, source
//! *OsKu – Osallisuutta kuntoutuksesta*: "in working-life-oriented work activity the main weight is on working-life
//! readiness"), doing the work in proportion to functional capacity. Each model scores
//! 100 minus the distance between that mix and the model's profile ([`ContentWeights::distance`]).
//! The source is plain that there is no separate referral model: "palvelu perustuu aina
//! asiakkaan tarpeeseen" (the service is always based on the client's need), so by default
//! nothing but the need decides. A service that wants the start model first when the
//! continuation path is unclear (the start group's aim is to find one) opts in with
//! [`RecommendOptions::start_bonus`]. Ties keep the source's order of models.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Labels, Lang};
use crate::work_activity::model::{Content, ContentWeights, Profiles, WorkActivityModel};

/// How the recommender weighs what is not the need itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct RecommendOptions {
    /// Points the start model gains when the client's continuation path is unclear.
    /// Default 0: the source bases the service on the need alone. A service that opts in
    /// might use 15 (*derived*: enough to rank the start model first unless another fits
    /// far better).
    pub start_bonus: u32,
}

impl RecommendOptions {
    /// Options with a start bonus of `points`.
    pub fn with_start_bonus(points: u32) -> Self {
        RecommendOptions {
            start_bonus: points,
        }
    }
}

bounded!(
    /// A level 0–4 of a need or a capacity. Invariant: in 0..=4.
    Level(u8), "level", 0..=4
);

/// What is known of a client's needs.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`NeedProfile::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NeedProfile {
    /// How much support life management needs, 0 (none) to 4 (great).
    pub life_management_need: Level,
    /// Working-life readiness already there, 0 (none) to 4 (ready).
    pub working_life_readiness: Level,
    /// Functional capacity by domain, each 0 (very limited) to 4 (good).
    pub capacity: Capacity,
    /// Whether a continuation path (work, education, a service) is already known.
    pub continuation_path_known: bool,
    /// The model the client is in now, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_model: Option<WorkActivityModel>,
}

impl NeedProfile {
    /// A client's need for life-management support, readiness for working life and
    /// `capacity`; no known continuation path and no current model.
    pub fn new(
        life_management_need: Level,
        working_life_readiness: Level,
        capacity: Capacity,
    ) -> Self {
        NeedProfile {
            life_management_need,
            working_life_readiness,
            capacity,
            continuation_path_known: false,
            current_model: None,
        }
    }
}

/// Functional capacity by domain, each 0–4.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: its fields are the four functional domains of the OsKu need assessment (physical, psychological, social, cognitive)."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    /// Physical.
    pub physical: Level,
    /// Psychological.
    pub psychological: Level,
    /// Social.
    pub social: Level,
    /// Cognitive.
    pub cognitive: Level,
}

impl Capacity {
    fn mean_tenths(&self) -> u32 {
        let sum: u32 = [
            self.physical,
            self.psychological,
            self.social,
            self.cognitive,
        ]
        .iter()
        .map(|l| u32::from(l.repr()))
        .sum();
        sum * 10 / 4
    }
}

/// Why a model scored as it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Reason {
    /// The model's profile is this far from the needed mix (0–100).
    ProfileDistance {
        /// Half the sum of absolute percentage-point differences.
        distance: u32,
    },
    /// The continuation path is unclear, and finding one is the start model's aim.
    ContinuationPathUnclear {
        /// Points added.
        bonus: u32,
    },
    /// The model puts most weight on the content the client needs most.
    StrongestNeedMatched {
        /// That content.
        content: Content,
    },
    /// The client is in this model now.
    CurrentModel {},
}

impl Reason {
    /// The reason as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::Vocabulary;
        match (self, lang) {
            (Reason::ProfileDistance { distance }, Lang::Fi) => {
                format!("Sisältöpainotus poikkeaa tarpeesta {distance} prosenttiyksikköä.")
            }
            (Reason::ProfileDistance { distance }, Lang::Sv) => {
                format!("Innehållsprofilen avviker {distance} procentenheter från behovet.")
            }
            (Reason::ProfileDistance { distance }, Lang::En) => {
                format!("The content profile is {distance} percentage points from the need.")
            }
            (Reason::ContinuationPathUnclear { bonus }, Lang::Fi) => {
                format!("Jatkopolku on epäselvä; starttitoiminnan tavoite on löytää se (+{bonus}).")
            }
            (Reason::ContinuationPathUnclear { bonus }, Lang::Sv) => format!(
                "Den fortsatta stigen är oklar; startverksamhetens mål är att hitta den (+{bonus})."
            ),
            (Reason::ContinuationPathUnclear { bonus }, Lang::En) => format!(
                "The continuation path is unclear; finding it is the start model's aim (+{bonus})."
            ),
            (Reason::StrongestNeedMatched { content }, _) => match lang {
                Lang::Fi => format!(
                    "Painottaa eniten tarvittua sisältöä: {}.",
                    content.label(lang)
                ),
                Lang::Sv => format!(
                    "Betonar det innehåll som behövs mest: {}.",
                    content.label(lang)
                ),
                Lang::En => format!(
                    "Weighs most the content needed most: {}.",
                    content.label(lang)
                ),
            },
            (Reason::CurrentModel {}, Lang::Fi) => "Asiakas on nyt tässä mallissa.".to_owned(),
            (Reason::CurrentModel {}, Lang::Sv) => "Klienten är nu i denna modell.".to_owned(),
            (Reason::CurrentModel {}, Lang::En) => "The client is in this model now.".to_owned(),
        }
    }
}

/// Labels of the `"type"` of each [`Reason`].
pub const REASON_LABELS: &[(&str, Labels)] = &[
    (
        "profile_distance",
        Labels {
            fi: "ero sisältöpainotukseen",
            sv: "avstånd till innehållsprofilen",
            en: "distance from the content profile",
        },
    ),
    (
        "continuation_path_unclear",
        Labels {
            fi: "jatkopolku epäselvä",
            sv: "fortsatt väg oklar",
            en: "continuation path unclear",
        },
    ),
    (
        "strongest_need_matched",
        Labels {
            fi: "suurin tarve painottuu",
            sv: "största behovet betonas",
            en: "strongest need matched",
        },
    ),
    (
        "current_model",
        Labels {
            fi: "nykyinen malli",
            sv: "nuvarande modell",
            en: "current model",
        },
    ),
];

/// The ranked models for one need profile, as a JSON document.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Recommendations {
    /// Version of the JSON format; always 1.
    pub schema_version: crate::format::SchemaVersion,
    /// The need profile ranked for.
    pub need: NeedProfile,
    /// The models, best first.
    pub ranked: Vec<Recommendation>,
}

/// # Example
///
/// ```
/// use tyokyky::work_activity::model::{Profiles, WorkActivityModel};
/// use tyokyky::work_activity::recommend::{NeedProfile, Recommendations};
///
/// // Ready for working life, no support needed in managing everyday life.
/// let need: NeedProfile = serde_json::from_str(r#"{"life_management_need": 0,
///     "working_life_readiness": 4,
///     "capacity": {"physical": 4, "psychological": 4, "social": 4, "cognitive": 4},
///     "continuation_path_known": true}"#)?;
/// let ranked = Recommendations::for_need(need, &Profiles::default());
/// assert_eq!(ranked.ranked[0].model, WorkActivityModel::WorkingLifeOriented);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Recommendations {
    /// The models ranked for `need` with `profiles`.
    pub fn for_need(need: NeedProfile, profiles: &Profiles) -> Self {
        Recommendations {
            schema_version: crate::format::SchemaVersion::CURRENT,
            ranked: need.recommend_with(profiles),
            need,
        }
    }
}

/// One ranked model.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Recommendation {
    /// The model.
    pub model: WorkActivityModel,
    /// Score 0–100 (higher fits better).
    pub score: u32,
    /// Why.
    pub reasons: Vec<Reason>,
}

impl NeedProfile {
    /// The needed content mix (see the module docs).
    pub fn needed_mix(&self) -> ContentWeights {
        let minutes = [
            10 + 10 * u32::from(self.life_management_need.repr()),
            10 + 10 * u32::from(self.working_life_readiness.repr()),
            10 + self.capacity.mean_tenths(),
        ];
        ContentWeights::from_minutes(minutes).unwrap_or(Profiles::DEFAULT.mapping)
    }

    /// The four models ranked best first, with the default profiles.
    ///
    /// ```
    /// use tyokyky::work_activity::recommend::*;
    /// use tyokyky::work_activity::model::WorkActivityModel;
    ///
    /// let level = |n| Level::new(n);
    /// let capacity = Capacity { physical: level(2)?, psychological: level(1)?, social: level(1)?, cognitive: level(3)? };
    /// let mut client = NeedProfile::new(level(4)?, level(0)?, capacity);
    /// client.continuation_path_known = true;
    /// assert_eq!(client.recommend()[0].model, WorkActivityModel::Participatory);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn recommend(&self) -> Vec<Recommendation> {
        self.recommend_with(&Profiles::DEFAULT)
    }

    /// The four models ranked best first, with `profiles`.
    pub fn recommend_with(&self, profiles: &Profiles) -> Vec<Recommendation> {
        self.recommend_with_options(profiles, &RecommendOptions::default())
    }

    /// The four models ranked best first, with `profiles` and `options`.
    pub fn recommend_with_options(
        &self,
        profiles: &Profiles,
        options: &RecommendOptions,
    ) -> Vec<Recommendation> {
        let needed = self.needed_mix();
        let strongest = Content::ALL
            .iter()
            .copied()
            .max_by_key(|c| (needed.get(*c), std::cmp::Reverse(*c)))
            .unwrap_or(Content::LifeManagement);
        let mut ranked: Vec<Recommendation> = WorkActivityModel::ALL
            .iter()
            .map(|&model| {
                let profile = profiles.of(model);
                let distance = needed.distance(&profile);
                let mut score = 100u32.saturating_sub(distance);
                let mut reasons = vec![Reason::ProfileDistance { distance }];
                if model == WorkActivityModel::Start
                    && !self.continuation_path_known
                    && options.start_bonus > 0
                {
                    score = (score + options.start_bonus).min(100);
                    reasons.push(Reason::ContinuationPathUnclear {
                        bonus: options.start_bonus,
                    });
                }
                let model_top = Content::ALL
                    .iter()
                    .copied()
                    .max_by_key(|c| (profile.get(*c), std::cmp::Reverse(*c)))
                    .unwrap_or(Content::LifeManagement);
                if model_top == strongest {
                    reasons.push(Reason::StrongestNeedMatched { content: strongest });
                }
                if self.current_model == Some(model) {
                    reasons.push(Reason::CurrentModel {});
                }
                Recommendation {
                    model,
                    score,
                    reasons,
                }
            })
            .collect();
        // Stable: equal scores keep the source's order of models.
        ranked.sort_by_key(|r| std::cmp::Reverse(r.score));
        ranked
    }
}

impl<'a> IntoIterator for &'a Recommendations {
    type Item = &'a Recommendation;
    type IntoIter = std::slice::Iter<'a, Recommendation>;

    fn into_iter(self) -> Self::IntoIter {
        self.ranked.iter()
    }
}

impl IntoIterator for Recommendations {
    type Item = Recommendation;
    type IntoIter = std::vec::IntoIter<Recommendation>;

    fn into_iter(self) -> Self::IntoIter {
        self.ranked.into_iter()
    }
}
