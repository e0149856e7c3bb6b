//! Languages and labels.
//!
//! Every public enum of the crate has a label in Finnish, Swedish and English (the two
//! national languages of Finland and the project's working language). Labels come from
//! one table per enum, written with the crate's `vocabulary!` macro, so a variant without
//! labels does not compile; a test checks that no label is empty.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language a label or message can be rendered in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Finnish (*suomi*).
    Fi,
    /// Swedish (*svenska*).
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order labels are written: Finnish, Swedish, English.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The ISO 639-1 code: `"fi"`, `"sv"` or `"en"`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`"fi"`, `"sv"`, `"en"`, case-insensitive).
    ///
    /// Returns `None` for any other text.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

/// One text in each of the three languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Labels {
    /// Finnish.
    pub fi: &'static str,
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Labels {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

/// An owned text in Finnish, Swedish and English: names in specs loaded from JSON, and
/// rendered messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    /// Finnish.
    pub fi: String,
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl LocalizedText {
    /// A text from three literals.
    pub fn new(fi: &str, sv: &str, en: &str) -> Self {
        LocalizedText {
            fi: fi.to_owned(),
            sv: sv.to_owned(),
            en: en.to_owned(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A closed vocabulary: an enum whose every value has labels in three languages.
///
/// `ALL` lists every value once, in declaration order, so a frontend can build a picker
/// and a test can check every label.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];

    /// The stable name of the vocabulary, equal to its JSON Schema name.
    const NAME: &'static str;

    /// The labels of this value.
    fn labels(self) -> Labels;

    /// The label of this value in `lang`.
    fn label(self, lang: Lang) -> &'static str {
        self.labels().get(lang)
    }
}

/// Implements [`Vocabulary`] from a table `Variant => ["fi", "sv", "en"]`.
///
/// The generated `match` is exhaustive, so a new variant without labels fails to compile.
macro_rules! vocabulary {
    ($ty:ident { $($variant:ident => [$fi:expr, $sv:expr, $en:expr $(,)?]),+ $(,)? }) => {
        impl $crate::i18n::Vocabulary for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const NAME: &'static str = stringify!($ty);

            fn labels(self) -> $crate::i18n::Labels {
                match self {
                    $($ty::$variant => $crate::i18n::Labels { fi: $fi, sv: $sv, en: $en }),+
                }
            }
        }
    };
}
pub(crate) use vocabulary;

/// The labels of one value of a vocabulary, with the value as it is serialized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueLabels {
    /// The value as serialized in JSON: a string, or a `"type"`-tagged object.
    pub value: serde_json::Value,
    /// Finnish label.
    pub fi: String,
    /// Swedish label.
    pub sv: String,
    /// English label.
    pub en: String,
}

impl ValueLabels {
    /// The label in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// Every value of one vocabulary with its labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularyLabels {
    /// The vocabulary's name, equal to its JSON Schema name.
    pub name: String,
    /// Every value, in declaration order.
    pub values: Vec<ValueLabels>,
}

/// The labels of every vocabulary, as a JSON document for frontends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelCatalogue {
    /// Version of the JSON format; always 1.
    pub schema_version: crate::document::SchemaVersion,
    /// Every vocabulary.
    pub vocabularies: Vec<VocabularyLabels>,
}

impl LabelCatalogue {
    /// The labels of every public vocabulary of this version of the crate.
    pub fn current() -> Self {
        LabelCatalogue {
            schema_version: crate::document::SchemaVersion::CURRENT,
            vocabularies: all_vocabularies(),
        }
    }
}

impl VocabularyLabels {
    /// The labels of every value of `T`.
    pub fn of<T: Vocabulary + Serialize>() -> Self {
        VocabularyLabels {
            name: T::NAME.to_owned(),
            values: T::ALL
                .iter()
                .map(|value| {
                    let labels = value.labels();
                    ValueLabels {
                        // A derived Serialize of a plain enum cannot fail.
                        value: serde_json::to_value(value).unwrap_or(serde_json::Value::Null),
                        fi: labels.fi.to_owned(),
                        sv: labels.sv.to_owned(),
                        en: labels.en.to_owned(),
                    }
                })
                .collect(),
        }
    }
}

impl VocabularyLabels {
    /// Labels of the `"type"` tags of a tagged union whose variants carry data.
    pub fn tagged(name: &'static str, tags: &[(&'static str, Labels)]) -> Self {
        VocabularyLabels {
            name: name.to_owned(),
            values: tags
                .iter()
                .map(|(tag, labels)| ValueLabels {
                    value: serde_json::Value::String((*tag).to_owned()),
                    fi: labels.fi.to_owned(),
                    sv: labels.sv.to_owned(),
                    en: labels.en.to_owned(),
                })
                .collect(),
        }
    }
}

/// The labels of `value` in the vocabulary named `vocabulary`, where `value` is the
/// serialized string of a plain enum value (`"group_session"` in `"EventKind"`).
///
/// The vocabularies are indexed once, on the first call, so a lookup costs two hash
/// probes and allocates nothing.
pub(crate) fn label_of(vocabulary: &str, value: &str) -> Option<&'static ValueLabels> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    type Index = HashMap<String, HashMap<String, ValueLabels>>;
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        all_vocabularies()
            .into_iter()
            .map(|vocabulary| {
                let values = vocabulary
                    .values
                    .into_iter()
                    .filter_map(|labels| Some((labels.value.as_str()?.to_owned(), labels)))
                    .collect();
                (vocabulary.name, values)
            })
            .collect()
    });
    index.get(vocabulary)?.get(value)
}

/// The labels of every public vocabulary of the crate, for frontends and tests.
pub fn all_vocabularies() -> Vec<VocabularyLabels> {
    use crate::ability::{
        AssessmentKind, Cause, CauseGroup, FunctionalDomain, Permanence, ReducedCapacityBasis,
    };
    use crate::client::LabourMarketStatus;
    use crate::rules::finding::Severity;
    use crate::service::{
        DueStatus, EmploymentKind, EventKind, InstrumentKind, Outcome, Period, PlanAction,
        PlanKind, Profession, Theme,
    };
    vec![
        VocabularyLabels::of::<Lang>(),
        VocabularyLabels::of::<Severity>(),
        VocabularyLabels::of::<LabourMarketStatus>(),
        VocabularyLabels::of::<crate::situation::Benefit>(),
        VocabularyLabels::of::<crate::situation::ActivityKind>(),
        VocabularyLabels::of::<crate::service::attendance::DayPayment>(),
        VocabularyLabels::of::<crate::service::path::WorkerRole>(),
        VocabularyLabels::of::<crate::service::path::OrganiserKind>(),
        VocabularyLabels::of::<Cause>(),
        VocabularyLabels::of::<ReducedCapacityBasis>(),
        VocabularyLabels::of::<CauseGroup>(),
        VocabularyLabels::of::<AssessmentKind>(),
        VocabularyLabels::of::<Permanence>(),
        VocabularyLabels::of::<FunctionalDomain>(),
        VocabularyLabels::of::<Theme>(),
        VocabularyLabels::of::<Profession>(),
        VocabularyLabels::of::<PlanKind>(),
        VocabularyLabels::of::<PlanAction>(),
        VocabularyLabels::of::<crate::service::event::PlanContent>(),
        VocabularyLabels::of::<crate::service::event::PlanParty>(),
        VocabularyLabels::of::<EmploymentKind>(),
        VocabularyLabels::of::<EventKind>(),
        VocabularyLabels::of::<crate::service::event::AbsenceReason>(),
        VocabularyLabels::of::<crate::service::event::InterruptionReason>(),
        VocabularyLabels::of::<InstrumentKind>(),
        VocabularyLabels::of::<Outcome>(),
        VocabularyLabels::of::<Period>(),
        VocabularyLabels::of::<DueStatus>(),
        VocabularyLabels::of::<crate::instrument::was::WasBand>(),
        VocabularyLabels::of::<crate::instrument::wai::JobNature>(),
        VocabularyLabels::of::<crate::instrument::wai::SickLeave>(),
        VocabularyLabels::of::<crate::instrument::wai::Prognosis>(),
        VocabularyLabels::of::<crate::instrument::wai::WaiCategory>(),
        VocabularyLabels::of::<crate::instrument::ukk::Sex>(),
        VocabularyLabels::of::<crate::instrument::ukk::FitnessClass>(),
        VocabularyLabels::of::<crate::instrument::kykyviisari::KykyviisariArea>(),
        VocabularyLabels::of::<crate::instrument::ips::IpsScaleVersion>(),
        VocabularyLabels::of::<crate::instrument::ips::IpsLevel>(),
        VocabularyLabels::of::<crate::instrument::change::Direction>(),
        VocabularyLabels::of::<crate::instrument::perceived::PerceivedDomain>(),
        VocabularyLabels::of::<crate::service::workflow::WorkflowStep>(),
        VocabularyLabels::of::<crate::service::due_kind::PhaseSequel>(),
        VocabularyLabels::of::<crate::figure::BasisKind>(),
        VocabularyLabels::of::<crate::figure::Unit>(),
        VocabularyLabels::of::<crate::service::parameter::Role>(),
        VocabularyLabels::of::<crate::work_activity::model::Content>(),
        VocabularyLabels::of::<crate::work_activity::model::WorkActivityModel>(),
        VocabularyLabels::of::<crate::work_activity::placement::PlaceForm>(),
        VocabularyLabels::of::<crate::work_activity::placement::LegalFrame>(),
        VocabularyLabels::of::<crate::work_activity::placement::GroupFormat>(),
        VocabularyLabels::of::<crate::work_activity::placement::TransitionTarget>(),
        VocabularyLabels::of::<crate::work_activity::quality::DerivedEvidence>(),
        VocabularyLabels::of::<crate::work_activity::readiness::DeploymentStep>(),
        VocabularyLabels::of::<crate::work_activity::readiness::Competency>(),
        VocabularyLabels::of::<crate::work_activity::readiness::MetricKind>(),
        VocabularyLabels::of::<crate::work_activity::readiness::Pitfall>(),
        VocabularyLabels::of::<crate::work_activity::readiness::NetworkPrerequisite>(),
        VocabularyLabels::tagged("Evidence", crate::work_activity::quality::EVIDENCE_LABELS),
        VocabularyLabels::tagged(
            "EvidenceFound",
            crate::work_activity::quality::EVIDENCE_FOUND_LABELS,
        ),
        VocabularyLabels::tagged("Reason", crate::work_activity::recommend::REASON_LABELS),
        VocabularyLabels::tagged("Requirement", crate::service::spec::REQUIREMENT_LABELS),
        VocabularyLabels::tagged("DueKind", crate::service::plan::DUE_KIND_LABELS),
    ]
}

vocabulary!(Lang {
    Fi => ["suomi", "finska", "Finnish"],
    Sv => ["ruotsi", "svenska", "Swedish"],
    En => ["englanti", "engelska", "English"],
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("FI"), Some(Lang::Fi));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn labels_pick_the_language() {
        assert_eq!(Lang::Sv.label(Lang::Fi), "ruotsi");
        assert_eq!(Lang::Sv.label(Lang::En), "Swedish");
    }
}
