//! Partial work ability (*osatyökykyisyys*; sv *partiell arbetsförmåga*).
//!
//! A partially able person has part of their work ability in use. It is individual, tied
//! to its cause, to the work and its demands, and may be temporary. Causes and the most
//! common cause groups come from *Hyvinvointiryhmä osatyökykyisille* and
//! *OSAKSI-hanke*; the assessment may be still in progress (*Hyvinvointiryhmä osatyökykyisille*).

use crate::tagged::tagged_first;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Labels, Vocabulary, vocabulary};

tagged_first! {
mirror CauseByTag of "Cause";
expecting "a cause: an object with a \"type\"";
/// Why a client's work ability is partial (*Hyvinvointiryhmä osatyökykyisille*).
///
/// Serialized as `{"type": "disability"}`, or for reduced capacity of a long-term
/// unemployed person `{"type": "long_term_unemployment", "basis": "illness"}`.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Cause;
///
/// let json = r#"{"type": "long_term_illness"}"#;
/// let value: Cause = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
// Unit-like variants are written `{}`: serde ignores extra fields of a true unit variant
// in an internally tagged enum even with `deny_unknown_fields`, and the schema would not.
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
pub enum Cause {
    /// Disability (*vamma*).
    Disability {},
    /// Long-term illness (*pitkäaikaissairaus*).
    LongTermIllness {},
    /// Recovery from a serious illness (*toipuminen vakavasta sairaudesta*).
    RecoveryFromSeriousIllness {},
    /// A life crisis (*elämänkriisi*).
    LifeCrisis {},
    /// Long-term unemployment with work and functional capacity reduced for a reason
    /// (*pitkäaikaistyöttömyys, jolloin työ- ja toimintakyky on alentunut*).
    LongTermUnemployment {
        /// What reduced the capacity.
        basis: ReducedCapacityBasis,
    },
}
}

/// What reduced the capacity of a long-term unemployed person (*Hyvinvointiryhmä osatyökykyisille*): injury,
/// illness or social reasons.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{ReducedCapacityBasis, Lang, Vocabulary};
///
/// let value: ReducedCapacityBasis = serde_json::from_str(r#""injury""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""injury""#);
/// assert_eq!(value.label(Lang::Fi), "vamma");
/// assert_eq!(ReducedCapacityBasis::ALL.len(), 3);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReducedCapacityBasis {
    /// Injury (*vamma*).
    Injury,
    /// Illness (*sairaus*).
    Illness,
    /// Social reasons (*sosiaaliset syyt*).
    SocialReasons,
}

vocabulary!(ReducedCapacityBasis {
    Injury => ["vamma", "skada", "injury"],
    Illness => ["sairaus", "sjukdom", "illness"],
    SocialReasons => ["sosiaaliset syyt", "sociala orsaker", "social reasons"],
});

impl Vocabulary for Cause {
    const ALL: &'static [Self] = &[
        Cause::Disability {},
        Cause::LongTermIllness {},
        Cause::RecoveryFromSeriousIllness {},
        Cause::LifeCrisis {},
        Cause::LongTermUnemployment {
            basis: ReducedCapacityBasis::Injury,
        },
        Cause::LongTermUnemployment {
            basis: ReducedCapacityBasis::Illness,
        },
        Cause::LongTermUnemployment {
            basis: ReducedCapacityBasis::SocialReasons,
        },
    ];
    const NAME: &'static str = "Cause";

    fn labels(self) -> Labels {
        match self {
            // "vammaiset" in the source; "vamma" is the injury of a long-term unemployed.
            Cause::Disability {} => Labels {
                fi: "vammaisuus",
                sv: "funktionsnedsättning",
                en: "disability",
            },
            Cause::LongTermIllness {} => Labels {
                fi: "pitkäaikaissairaus",
                sv: "långvarig sjukdom",
                en: "long-term illness",
            },
            Cause::RecoveryFromSeriousIllness {} => Labels {
                fi: "toipuminen vakavasta sairaudesta",
                sv: "återhämtning från allvarlig sjukdom",
                en: "recovery from a serious illness",
            },
            Cause::LifeCrisis {} => Labels {
                fi: "elämänkriisi",
                sv: "livskris",
                en: "life crisis",
            },
            // "pitkäaikaistyöttömät, joiden työ- ja toimintakyky on alentunut vamman,
            // sairauden tai sosiaalisten syiden takia": one label per reason.
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::Injury,
            } => Labels {
                fi: "pitkäaikaistyöttömyys, työ- ja toimintakyky alentunut vamman takia",
                sv: "långtidsarbetslöshet, arbets- och funktionsförmågan nedsatt på grund av en skada",
                en: "long-term unemployment, capacity reduced by an injury",
            },
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::Illness,
            } => Labels {
                fi: "pitkäaikaistyöttömyys, työ- ja toimintakyky alentunut sairauden takia",
                sv: "långtidsarbetslöshet, arbets- och funktionsförmågan nedsatt på grund av sjukdom",
                en: "long-term unemployment, capacity reduced by an illness",
            },
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::SocialReasons,
            } => Labels {
                fi: "pitkäaikaistyöttömyys, työ- ja toimintakyky alentunut sosiaalisten syiden takia",
                sv: "långtidsarbetslöshet, arbets- och funktionsförmågan nedsatt av sociala orsaker",
                en: "long-term unemployment, capacity reduced for social reasons",
            },
        }
    }
}

/// The group of the main cause of reduced work ability. Musculoskeletal and mental health
/// disorders are the most common, depression first (*Hyvinvointiryhmä osatyökykyisille* and *OSAKSI-hanke*).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{CauseGroup, Lang, Vocabulary};
///
/// let value: CauseGroup = serde_json::from_str(r#""musculoskeletal""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""musculoskeletal""#);
/// assert_eq!(value.label(Lang::Fi), "tuki- ja liikuntaelinsairaudet");
/// assert_eq!(CauseGroup::ALL.len(), 3);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CauseGroup {
    /// Musculoskeletal disorders (*tuki- ja liikuntaelinsairaudet*).
    Musculoskeletal,
    /// Mental health disorders (*mielenterveyden häiriöt*).
    MentalHealth,
    /// Any other cause group (*muu*).
    Other,
}

vocabulary!(CauseGroup {
    Musculoskeletal => [
        "tuki- ja liikuntaelinsairaudet",
        "sjukdomar i stöd- och rörelseorganen",
        "musculoskeletal disorders",
    ],
    MentalHealth => ["mielenterveyden häiriöt", "psykiska störningar", "mental health disorders"],
    Other => ["muu", "annan", "other"],
});

tagged_first! {
mirror AssessmentStatusByTag of "AssessmentStatus";
expecting "an assessment status: an object with a \"type\"";
/// Where the assessment of a client's work ability stands (*Hyvinvointiryhmä osatyökykyisille*: for some clients
/// limitations are confirmed, for others the assessment is still in progress).
///
/// Serialized as `{"type": "not_assessed"}`, `{"type": "in_progress", "since": "…"}` or
/// `{"type": "confirmed", "on": "…"}`.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::AssessmentStatus;
///
/// let json = r#"{"type": "not_assessed"}"#;
/// let value: AssessmentStatus = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
// `NotAssessed {}` rather than a unit variant, so extra fields are rejected (see `Cause`).
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
pub enum AssessmentStatus {
    /// Work ability has not been assessed (*ei arvioitu*).
    NotAssessed {},
    /// The assessment is in progress (*arviointi kesken*).
    InProgress {
        /// The day the assessment began.
        #[serde(deserialize_with = "crate::date_text::date")]
        since: NaiveDate,
    },
    /// Limitations of work ability were confirmed (*työkyvyn rajoitteet todettu*).
    Confirmed {
        /// The day they were confirmed.
        #[serde(deserialize_with = "crate::date_text::date")]
        on: NaiveDate,
    },
}
}

impl AssessmentStatus {
    /// The date the status carries, if any.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            AssessmentStatus::NotAssessed {} => None,
            AssessmentStatus::InProgress { since } => Some(*since),
            AssessmentStatus::Confirmed { on } => Some(*on),
        }
    }

    /// The JSON field name of [`AssessmentStatus::date`], for pointers into documents.
    pub fn date_field(&self) -> Option<&'static str> {
        match self {
            AssessmentStatus::NotAssessed {} => None,
            AssessmentStatus::InProgress { .. } => Some("since"),
            AssessmentStatus::Confirmed { .. } => Some("on"),
        }
    }

    /// The kind of status, without its date.
    pub fn kind(&self) -> AssessmentKind {
        match self {
            AssessmentStatus::NotAssessed {} => AssessmentKind::NotAssessed,
            AssessmentStatus::InProgress { .. } => AssessmentKind::InProgress,
            AssessmentStatus::Confirmed { .. } => AssessmentKind::Confirmed,
        }
    }
}

/// The kind of an [`AssessmentStatus`], without its date: for labels and counting.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{AssessmentKind, Lang, Vocabulary};
///
/// let value: AssessmentKind = serde_json::from_str(r#""not_assessed""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""not_assessed""#);
/// assert_eq!(value.label(Lang::Fi), "ei arvioitu");
/// assert_eq!(AssessmentKind::ALL.len(), 3);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AssessmentKind {
    /// Not assessed.
    NotAssessed,
    /// Assessment in progress.
    InProgress,
    /// Limitations confirmed.
    Confirmed,
}

vocabulary!(AssessmentKind {
    NotAssessed => ["ei arvioitu", "inte bedömd", "not assessed"],
    InProgress => ["arviointi kesken", "bedömning pågår", "assessment in progress"],
    Confirmed => ["rajoitteet todettu", "begränsningar fastställda", "limitations confirmed"],
});

/// Whether partial work ability is expected to pass (*tilapäinen*) or to last (*pysyvä*).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Permanence, Lang, Vocabulary};
///
/// let value: Permanence = serde_json::from_str(r#""temporary""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""temporary""#);
/// assert_eq!(value.label(Lang::Fi), "tilapäinen");
/// assert_eq!(Permanence::ALL.len(), 3);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Permanence {
    /// Temporary.
    Temporary,
    /// Lasting.
    Lasting,
    /// Not yet known.
    Unknown,
}

vocabulary!(Permanence {
    Temporary => ["tilapäinen", "tillfällig", "temporary"],
    Lasting => ["pysyvä", "bestående", "lasting"],
    Unknown => ["ei tiedossa", "okänd", "not known"],
});

/// A domain of functional capacity (*toimintakyvyn osa-alue*). *Hyvinvointia ja työkykyä edistämässä* reports
/// change in psychological, physical and social capacity; cognitive capacity completes
/// the usual Finnish fourfold division (THL, TOIMIA network).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{FunctionalDomain, Lang, Vocabulary};
///
/// let value: FunctionalDomain = serde_json::from_str(r#""physical""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""physical""#);
/// assert_eq!(value.label(Lang::Fi), "fyysinen");
/// assert_eq!(FunctionalDomain::ALL.len(), 4);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FunctionalDomain {
    /// Physical (*fyysinen*).
    Physical,
    /// Psychological (*psyykkinen*).
    Psychological,
    /// Social (*sosiaalinen*).
    Social,
    /// Cognitive (*kognitiivinen*).
    Cognitive,
}

vocabulary!(FunctionalDomain {
    Physical => ["fyysinen", "fysisk", "physical"],
    Psychological => ["psyykkinen", "psykisk", "psychological"],
    Social => ["sosiaalinen", "social", "social"],
    Cognitive => ["kognitiivinen", "kognitiv", "cognitive"],
});

/// A client's partial work ability: its causes, how far it is assessed, whether it lasts,
/// and which functional domains it limits.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::PartialWorkAbility;
///
/// let json = r#"{"assessment": {"type": "not_assessed"}, "permanence": "temporary"}"#;
/// let value: PartialWorkAbility = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`PartialWorkAbility::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PartialWorkAbility {
    /// Causes, as many as apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<Cause>,
    /// The group of the main cause, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_cause_group: Option<CauseGroup>,
    /// Where the assessment stands.
    pub assessment: AssessmentStatus,
    /// Whether it is expected to pass or to last.
    pub permanence: Permanence,
    /// Functional domains in which capacity is limited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limited_domains: Vec<FunctionalDomain>,
}

impl PartialWorkAbility {
    /// A partial work ability with its `causes`, the state of its `assessment` and its
    /// `permanence`; no main cause group and no limited domains recorded yet.
    pub fn new(causes: Vec<Cause>, assessment: AssessmentStatus, permanence: Permanence) -> Self {
        PartialWorkAbility {
            causes,
            main_cause_group: None,
            assessment,
            permanence,
            limited_domains: Vec::new(),
        }
    }
}

impl PartialWorkAbility {
    /// Partial work ability that has not been assessed, of unknown permanence.
    pub fn not_assessed() -> Self {
        PartialWorkAbility {
            causes: Vec::new(),
            main_cause_group: None,
            assessment: AssessmentStatus::NotAssessed {},
            permanence: Permanence::Unknown,
            limited_domains: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_unions_use_a_type_field() {
        let cause = Cause::LongTermUnemployment {
            basis: ReducedCapacityBasis::SocialReasons,
        };
        let json = serde_json::to_string(&cause).expect("serialize");
        assert_eq!(
            json,
            r#"{"type":"long_term_unemployment","basis":"social_reasons"}"#
        );
        let status: AssessmentStatus =
            serde_json::from_str(r#"{"type":"in_progress","since":"2024-03-01"}"#)
                .expect("deserialize");
        assert_eq!(status.kind(), AssessmentKind::InProgress);
        assert_eq!(status.date_field(), Some("since"));
        assert!(
            serde_json::from_str::<AssessmentStatus>(
                r#"{"type":"not_assessed","on":"2024-03-01"}"#
            )
            .is_err()
        );
    }
}
