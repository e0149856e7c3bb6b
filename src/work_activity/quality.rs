//! Quality criteria of work activity as data, and the assessment of one client's path or
//! a whole unit against them (*OsKu – Osallisuutta kuntoutuksesta*: "one common set of
//! quality criteria").
//!
//! The original OsKu criteria texts are not public. [`CriteriaSet::osku_derived`] is
//! therefore *derived* from what the sources say good work activity is, and says so in its
//! data (`derived: true`). Each criterion is evidenced either automatically from the path
//! ([`DerivedEvidence`]) or by an assessor's rating 0–4. A criterion's attainment is
//! 0–100; the score is the weighted mean, rounded half up, 0–100. Unrated assessor
//! criteria count as 0, so adding evidence never lowers a score.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::SchemaVersion;
use crate::i18n::{Labels, LocalizedText, vocabulary};
use crate::service::record::event::{EventKind, Theme};
use crate::service::record::key::Key;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_set::ServiceModels;
use crate::service::spec::model_spec::Tolerances;
use crate::work_activity::model::Content;

/// What a derived criterion is evidenced by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DerivedEvidence {
    /// The path has at least one goal.
    GoalsSet,
    /// A placement delivered all three contents, within the model spec's tolerance
    /// (`Tolerances::content_mix_points`, derived default 30 points) of the profile of the
    /// model the client is in now, from the profiles in use.
    ContentsInProportion,
    /// Work ability or functioning was measured at least twice, on different days
    /// (Kykyviisari in OsKu).
    ProgressMeasured,
    /// A positive transition: a model nearer working life, or closure into work,
    /// education or another service.
    PositiveTransition,
    /// A team meeting, a referral or a cooperation meeting is recorded.
    NetworkCooperation,
}

vocabulary!(DerivedEvidence {
    GoalsSet => ["tavoitteet asetettu", "mål uppställda", "goals set"],
    ContentsInProportion => ["sisällöt tarpeen mukaisessa suhteessa", "innehållen i behövlig proportion", "contents in proportion"],
    ProgressMeasured => ["edistyminen mitattu", "framsteg mätta", "progress measured"],
    PositiveTransition => ["positiivinen siirtymä", "positiv övergång", "positive transition"],
    NetworkCooperation => ["verkostoyhteistyö", "nätverkssamarbete", "network cooperation"],
});

/// How a criterion is evidenced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Evidence {
    /// Derived automatically from the path.
    Derived {
        /// From what.
        from: DerivedEvidence,
    },
    /// Rated 0–4 by an assessor.
    Assessor {},
}

/// Labels of the `"type"` of each [`Evidence`].
pub const EVIDENCE_LABELS: &[(&str, Labels)] = &[
    (
        "derived",
        Labels {
            fi: "johdettu palvelupolun tiedoista",
            sv: "härledd ur servicestigens uppgifter",
            en: "derived from the path",
        },
    ),
    (
        "assessor",
        Labels {
            fi: "arvioijan arvio",
            sv: "bedömarens bedömning",
            en: "rated by an assessor",
        },
    ),
];

/// Labels of the `"type"` of each [`EvidenceFound`].
pub const EVIDENCE_FOUND_LABELS: &[(&str, Labels)] = &[
    (
        "derived",
        Labels {
            fi: "johdettu",
            sv: "härledd",
            en: "derived",
        },
    ),
    (
        "rated",
        Labels {
            fi: "arvioitu",
            sv: "bedömd",
            en: "rated",
        },
    ),
    (
        "not_rated",
        Labels {
            fi: "ei arvioitu",
            sv: "inte bedömd",
            en: "not rated",
        },
    ),
];

/// One quality criterion.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`Criterion::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Criterion {
    /// Stable id, e.g. `need_based`.
    pub id: Key,
    /// Title per language.
    pub title: LocalizedText,
    /// Description per language.
    pub description: LocalizedText,
    /// Weight, 1–10.
    pub weight: u8,
    /// How it is evidenced.
    pub evidence: Evidence,
}

impl Criterion {
    /// Criterion `id` with its `title` and `description`, its `weight` in the score and
    /// the `evidence` that decides it.
    pub fn new(
        id: Key,
        title: LocalizedText,
        description: LocalizedText,
        weight: u8,
        evidence: Evidence,
    ) -> Self {
        Criterion {
            id,
            title,
            description,
            weight,
            evidence,
        }
    }
}

/// A set of quality criteria. `Debug` shows its JSON with anything that reads as a
/// personal identity code redacted: its texts come from a document.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`CriteriaSet::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CriteriaSet {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Stable id of the set.
    pub id: Key,
    /// Name per language.
    pub name: LocalizedText,
    /// Whether the set is derived rather than the original criteria texts.
    pub derived: bool,
    /// Where it comes from.
    pub source: String,
    /// The criteria.
    pub criteria: Vec<Criterion>,
}

impl std::fmt::Debug for CriteriaSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let json = serde_json::to_string(self).unwrap_or_default();
        write!(
            f,
            "CriteriaSet({})",
            crate::hetu_scan::redact_identity_codes(&json)
        )
    }
}

/// An assessor's rating of one criterion, 0–4.
pub type Ratings = BTreeMap<Key, u8>;

/// What one criterion scored, and why.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CriterionResult {
    /// The criterion.
    pub id: Key,
    /// Its weight.
    pub weight: u8,
    /// Attainment 0–100.
    pub attainment: u8,
    /// The evidence.
    pub evidence: EvidenceFound,
}

/// The evidence behind an attainment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum EvidenceFound {
    /// Derived from paths: how many of them met it.
    Derived {
        /// What was looked for.
        from: DerivedEvidence,
        /// Paths that met it.
        met: usize,
        /// Paths assessed.
        of: usize,
    },
    /// Rated by an assessor, 0–4 (a unit's rating is the mean over paths, in hundredths).
    Rated {
        /// Mean rating ×100 over the paths rated.
        rating_hundredths: u32,
        /// Paths rated.
        of: usize,
    },
    /// Not rated: counts as 0.
    NotRated {},
}

/// The quality of a path or a unit against a criteria set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct QualityReport {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The criteria set.
    pub criteria_set: Key,
    /// Paths assessed.
    pub paths: usize,
    /// Weighted score 0–100.
    pub score: u8,
    /// Per criterion, in the set's order.
    pub criteria: Vec<CriterionResult>,
}

/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::build::sample;
/// use tyokyky::work_activity::quality::CriteriaSet;
/// use tyokyky::ClientId;
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 12, 31).ok_or("date")?;
/// let path = sample::rehabilitative_work_activity(ClientId::new("demo-1")?, start, as_of);
/// // No assessor's ratings yet: the derived criteria are assessed from the path alone.
/// let report = CriteriaSet::osku_derived().assess(&path, &Default::default());
/// assert_eq!(report.paths, 1);
/// assert!(report.score <= 100);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl CriteriaSet {
    /// Assesses one path with the assessor's `ratings`, against the default models.
    pub fn assess(&self, path: &ServicePath, ratings: &Ratings) -> QualityReport {
        self.assess_unit(&[(path, ratings)])
    }

    /// Assesses one path with the assessor's `ratings`, against `models`: their profiles
    /// and each model's tolerance for the content mix.
    pub fn assess_with(
        &self,
        path: &ServicePath,
        ratings: &Ratings,
        models: &ServiceModels,
    ) -> QualityReport {
        self.assess_unit_with(&[(path, ratings)], models)
    }

    /// Assesses a unit against the default models: each derived criterion's attainment is
    /// the share of paths that meet it; each rated one's is the mean rating over the paths
    /// that rated it.
    pub fn assess_unit(&self, paths: &[(&ServicePath, &Ratings)]) -> QualityReport {
        self.assess_unit_with(paths, &ServiceModels::defaults())
    }

    /// Assesses a unit against `models`.
    pub fn assess_unit_with(
        &self,
        paths: &[(&ServicePath, &Ratings)],
        models: &ServiceModels,
    ) -> QualityReport {
        let results: Vec<CriterionResult> = self
            .criteria
            .iter()
            .map(|criterion| {
                let (attainment, evidence) = match criterion.evidence {
                    Evidence::Derived { from } => {
                        let met = paths
                            .iter()
                            .filter(|(path, _)| meets(path, from, models))
                            .count();
                        (
                            percent(met as u64 * 100, paths.len() as u64),
                            EvidenceFound::Derived {
                                from,
                                met,
                                of: paths.len(),
                            },
                        )
                    }
                    Evidence::Assessor {} => {
                        let rated: Vec<u32> = paths
                            .iter()
                            .filter_map(|(_, ratings)| {
                                ratings.get(&criterion.id).map(|r| u32::from((*r).min(4)))
                            })
                            .collect();
                        if rated.is_empty() {
                            (0, EvidenceFound::NotRated {})
                        } else {
                            let sum: u64 = rated.iter().map(|r| u64::from(*r)).sum();
                            let hundredths =
                                u32::try_from(share(sum * 100, rated.len() as u64)).unwrap_or(400);
                            (
                                percent(sum * 25, rated.len() as u64),
                                EvidenceFound::Rated {
                                    rating_hundredths: hundredths,
                                    of: rated.len(),
                                },
                            )
                        }
                    }
                };
                CriterionResult {
                    id: criterion.id.clone(),
                    weight: criterion.weight,
                    attainment,
                    evidence,
                }
            })
            .collect();
        let weights: u64 = results.iter().map(|r| u64::from(r.weight)).sum();
        let weighted: u64 = results
            .iter()
            .map(|r| u64::from(r.weight) * u64::from(r.attainment))
            .sum();
        QualityReport {
            schema_version: SchemaVersion::CURRENT,
            criteria_set: self.id.clone(),
            paths: paths.len(),
            score: percent(weighted, weights),
            criteria: results,
        }
    }
}

/// `part / whole` rounded half up; 0 for an empty whole.
fn share(part: u64, whole: u64) -> u64 {
    if whole == 0 {
        return 0;
    }
    (2 * part + whole) / (2 * whole)
}

/// A share as a percent attainment, 0–100.
fn percent(part: u64, whole: u64) -> u8 {
    u8::try_from(share(part, whole).min(100)).unwrap_or(100)
}

fn meets(path: &ServicePath, evidence: DerivedEvidence, models: &ServiceModels) -> bool {
    let events = || path.enrolments.iter().flat_map(|e| e.events.iter());
    let placements = || {
        path.enrolments
            .iter()
            .filter_map(|e| e.work_activity.as_ref())
    };
    match evidence {
        DerivedEvidence::GoalsSet => !path.goals.is_empty(),
        DerivedEvidence::ContentsInProportion => path.enrolments.iter().any(|enrolment| {
            let tolerance = models
                .get(&enrolment.model)
                .map_or(Tolerances::default().content_mix_points, |spec| {
                    spec.tolerances.content_mix_points
                });
            enrolment.work_activity.as_ref().is_some_and(|placement| {
                placement.delivered_minutes.mix().is_some_and(|mix| {
                    let profile = models.profiles().of(placement.current_model());
                    Content::ALL.iter().all(|c| mix.get(*c) > 0)
                        && mix.distance(&profile) <= tolerance
                })
            })
        }),
        DerivedEvidence::ProgressMeasured => {
            let mut dates: Vec<_> = path
                .enrolments
                .iter()
                .flat_map(|e| e.measurements.iter())
                .filter(|m| m.result.work_ability().is_some())
                .map(|m| m.date)
                .collect();
            dates.sort_unstable();
            dates.dedup();
            dates.len() >= 2
        }
        DerivedEvidence::PositiveTransition => {
            placements().any(|p| !p.positive_transitions().is_empty())
                || path
                    .closure
                    .as_ref()
                    .is_some_and(|c| c.outcome.is_positive())
        }
        DerivedEvidence::NetworkCooperation => events().any(|event| {
            matches!(event.kind(), EventKind::TeamMeeting | EventKind::Referral)
                || event.themes().contains(&Theme::CooperationMeeting)
        }),
    }
}
