//! The registries at the top of the crate: every vocabulary with its labels, and the
//! reading back of what needs them.
//!
//! A term parameter the crate makes carries its labels; a finding read back from JSON
//! names its terms only, so reading it looks each term up here once. Nothing below this
//! module looks anything up.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Labels, Lang, Vocabulary};
use crate::rules::finding::{Finding, FindingJson};
use crate::rules::param::ParamValue;

/// The labels of one value of a vocabulary, with the value as it is serialized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct VocabularyLabels {
    /// The vocabulary's name, equal to its JSON Schema name.
    pub name: String,
    /// Every value, in declaration order.
    pub values: Vec<ValueLabels>,
}

/// The labels of every vocabulary, as a JSON document for frontends. `Debug` shows its
/// JSON with anything that reads as a personal identity code redacted (a catalogue may
/// be read from a document).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LabelCatalogue {
    /// Version of the JSON format; always 1.
    pub schema_version: crate::format::SchemaVersion,
    /// Every vocabulary.
    pub vocabularies: Vec<VocabularyLabels>,
}

impl std::fmt::Debug for LabelCatalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let json = serde_json::to_string(self).unwrap_or_default();
        write!(
            f,
            "LabelCatalogue({})",
            crate::hetu_scan::redact_identity_codes(&json)
        )
    }
}

impl LabelCatalogue {
    /// The labels of every public vocabulary of this version of the crate.
    pub fn current() -> Self {
        LabelCatalogue {
            schema_version: crate::format::SchemaVersion::CURRENT,
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
fn label_of(vocabulary: &str, value: &str) -> Option<Labels> {
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
    let found: &'static ValueLabels = index.get(vocabulary)?.get(value)?;
    Some(Labels {
        fi: found.fi.as_str(),
        sv: found.sv.as_str(),
        en: found.en.as_str(),
    })
}

/// The labels of every public vocabulary of the crate, for frontends and tests.
pub fn all_vocabularies() -> Vec<VocabularyLabels> {
    use crate::ability::{
        AssessmentKind, Cause, CauseGroup, FunctionalDomain, Permanence, ReducedCapacityBasis,
    };
    use crate::client::LabourMarketStatus;
    use crate::rules::finding::Severity;
    use crate::service::planner::due_list::DueStatus;
    use crate::service::record::event::{
        EmploymentKind, EventKind, PlanAction, PlanKind, Profession, Theme,
    };
    use crate::service::record::measurement::InstrumentKind;
    use crate::service::record::path::Outcome;
    use crate::service::record::period::Period;
    vec![
        VocabularyLabels::of::<Lang>(),
        VocabularyLabels::of::<Severity>(),
        VocabularyLabels::of::<LabourMarketStatus>(),
        VocabularyLabels::of::<crate::situation::Benefit>(),
        VocabularyLabels::of::<crate::situation::ActivityKind>(),
        VocabularyLabels::of::<crate::service::money::attendance::DayPayment>(),
        VocabularyLabels::of::<crate::service::record::path::WorkerRole>(),
        VocabularyLabels::of::<crate::service::record::path::OrganiserKind>(),
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
        VocabularyLabels::of::<crate::service::record::event::PlanContent>(),
        VocabularyLabels::of::<crate::service::record::event::PlanParty>(),
        VocabularyLabels::of::<EmploymentKind>(),
        VocabularyLabels::of::<EventKind>(),
        VocabularyLabels::of::<crate::service::record::event::AbsenceReason>(),
        VocabularyLabels::of::<crate::service::record::event::InterruptionReason>(),
        VocabularyLabels::of::<crate::service::record::event::ContactMode>(),
        VocabularyLabels::of::<crate::service::record::event::JobEndReason>(),
        VocabularyLabels::of::<InstrumentKind>(),
        VocabularyLabels::of::<crate::service::record::measurement::NotDoneReason>(),
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
        VocabularyLabels::of::<crate::service::planner::workflow::WorkflowStep>(),
        VocabularyLabels::of::<crate::service::planner::due_kind::PhaseSequel>(),
        VocabularyLabels::of::<crate::figure::BasisKind>(),
        VocabularyLabels::of::<crate::document::value_problem::ValueProblem>(),
        VocabularyLabels::of::<crate::document::value_problem::ExpectedValue>(),
        VocabularyLabels::of::<crate::figure::Unit>(),
        VocabularyLabels::of::<crate::service::spec::parameter::Role>(),
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
        VocabularyLabels::tagged(
            "Requirement",
            crate::service::spec::model_spec::REQUIREMENT_LABELS,
        ),
        VocabularyLabels::tagged(
            "DueKind",
            crate::service::planner::due_kind::DUE_KIND_LABELS,
        ),
    ]
}

impl<'de> Deserialize<'de> for Finding {
    /// Reads a finding as the report writes it, checks that its message has a language,
    /// and gives each term parameter its labels from the registry.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = FindingJson::deserialize(deserializer)?;
        let mut finding = Finding::from_json(json).map_err(serde::de::Error::custom)?;
        finding.params_mut().values_mut().for_each(attach_labels);
        Ok(finding)
    }
}

/// Gives a term read from JSON (and the terms of a list) its labels.
fn attach_labels(value: &mut ParamValue) {
    match value {
        ParamValue::Term {
            vocabulary,
            value,
            labels,
        } if labels.0.is_none() => {
            labels.0 = label_of(vocabulary, value);
        }
        ParamValue::List { items } => items.iter_mut().for_each(attach_labels),
        _ => {}
    }
}
