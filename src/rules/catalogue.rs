//! The rule catalogue, at the top of the crate: every rule, listed once from the areas
//! that declare them, so a code can be looked up by its text, read from JSON and exported
//! with its source, its parameters and their dated figures.
//!
//! Each rule is defined beside the code that checks it (one file per area under
//! `rules/`); its code and declaration are in [`crate::rules::code`].

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::format::SchemaVersion;
use crate::i18n::{Labels, LocalizedText};
use crate::rules::code::RuleCode;
use crate::rules::finding::Severity;
use crate::rules::{client, path, report, request};

/// The areas, in catalogue order; each lists its own rules.
const AREAS: &[&[RuleCode]] = &[
    client::birth::RULES,
    client::spells::RULES,
    client::status::RULES,
    client::ability::RULES,
    path::record::RULES,
    path::phases::RULES,
    path::events::RULES,
    path::absences::RULES,
    path::cadence::RULES,
    path::contents::RULES,
    path::measurements::RULES,
    path::plan::RULES,
    path::dose::RULES,
    path::person::RULES,
    path::team::RULES,
    path::requirements::RULES,
    path::jobs::RULES,
    path::closure::RULES,
    path::client_fit::RULES,
    path::placement::RULES,
    path::group_format::RULES,
    path::workflow::RULES,
    report::RULES,
    crate::document::problem::RULES,
    request::RULES,
];

const COUNT: usize = {
    let mut count = 0;
    let mut area = 0;
    while area < AREAS.len() {
        count += AREAS[area].len();
        area += 1;
    }
    count
};

const ALL: [RuleCode; COUNT] = {
    let mut all = [RuleCode::PATH_UNKNOWN_MODEL; COUNT];
    let (mut area, mut next) = (0, 0);
    while area < AREAS.len() {
        let mut rule = 0;
        while rule < AREAS[area].len() {
            all[next] = AREAS[area][rule];
            next += 1;
            rule += 1;
        }
        area += 1;
    }
    all
};

impl RuleCode {
    /// Every rule, in catalogue order: the client rules, then the path rules, area by
    /// area.
    pub const ALL: &'static [RuleCode] = &ALL;

    /// Looks a code up by its text.
    pub fn from_code(code: &str) -> Option<RuleCode> {
        RuleCode::ALL
            .iter()
            .copied()
            .find(|rule| rule.as_str() == code)
    }
}

impl std::str::FromStr for RuleCode {
    type Err = crate::unknown_name::UnknownName;

    /// Parses a rule code by its text, as [`RuleCode::from_code`] does.
    ///
    /// ```
    /// use tyokyky::RuleCode;
    ///
    /// let code: RuleCode = "document.malformed_json".parse()?;
    /// assert_eq!(code, RuleCode::DOCUMENT_MALFORMED_JSON);
    /// assert_eq!(format!("[{code:<25}]"), "[document.malformed_json  ]");
    /// assert!("no.such_rule".parse::<RuleCode>().is_err());
    /// # Ok::<(), tyokyky::UnknownName>(())
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        RuleCode::from_code(text).ok_or(crate::unknown_name::UnknownName { what: "rule code" })
    }
}

/// The rule catalogue as a JSON document, so a frontend can show the rule behind a
/// finding: code, default severity, title, message template, source, and the parameters
/// that drive it with the dated figures behind them.
///
/// ```
/// use tyokyky::{RuleCatalogue, RuleCode};
///
/// let catalogue = RuleCatalogue::current();
/// assert_eq!(catalogue.rules.len(), RuleCode::ALL.len());
/// let json = serde_json::to_string(&catalogue)?;
/// assert_eq!(serde_json::from_str::<RuleCatalogue>(&json)?, catalogue);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RuleCatalogue {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Every rule, in catalogue order.
    pub rules: Vec<CatalogueEntry>,
    /// Every parameter a rule names, in declaration order.
    pub parameters: Vec<ParameterEntry>,
    /// Every declared figure of the law, of the sources' practice and of the crate's
    /// derived defaults, with its values by date and their bases.
    pub figures: Vec<crate::figure::FigureEntry>,
}

/// One rule of the [`RuleCatalogue`].
///
/// ```
/// use tyokyky::{Lang, RuleCatalogue, RuleCode};
///
/// let catalogue = RuleCatalogue::current();
/// let entry = catalogue.rules.iter().find(|e| e.code == RuleCode::DOCUMENT_TOO_LARGE).ok_or("entry")?;
/// assert!(!entry.title.get(Lang::Fi).is_empty());
/// assert!(!entry.source.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CatalogueEntry {
    /// The stable code.
    pub code: RuleCode,
    /// Severity unless a model spec overrides it.
    pub default_severity: Severity,
    /// Why, under the severity policy.
    pub severity_reason: String,
    /// Title per language.
    pub title: LocalizedText,
    /// Message template per language; `{name}` stands for a finding parameter.
    pub message: LocalizedText,
    /// Where the rule comes from.
    pub source: String,
    /// The ids of the listed sources the citation names (see `catalogue -- sources` and
    /// [`crate::source::SOURCES`]); empty when the rule rests on the crate's own limits,
    /// the spec in use or the record's consistency.
    pub source_ids: Vec<String>,
    /// The names of the parameters that drive it (see [`RuleCatalogue::parameters`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<String>,
    /// The ids of the figures behind those parameters (see [`RuleCatalogue::figures`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<String>,
    /// The names of a finding's parameters (the message's placeholders).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<String>,
}

/// One parameter of the [`RuleCatalogue`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ParameterEntry {
    /// The stable name, e.g. `cadence.max_count`.
    pub name: String,
    /// What it is.
    pub description: String,
    /// What it bounds.
    pub role: crate::service::spec::parameter::Role,
    /// Where it is set: a JSON Pointer pattern into a model spec (`*` for any index), a
    /// field of another configuration, or absent for a figure no document sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The smallest number accepted, for a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// The largest number accepted, for a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// The ids of the figures the crate's default models or the rule give it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<String>,
}

impl RuleCatalogue {
    /// The catalogue of every rule of this version of the crate.
    pub fn current() -> Self {
        let text = |labels: Labels| LocalizedText::new(labels.fi, labels.sv, labels.en);
        let figure_ids = |parameter: &crate::service::spec::parameter::Parameter| {
            parameter
                .figures
                .iter()
                .map(|figure| figure.id().to_owned())
                .collect::<Vec<_>>()
        };
        RuleCatalogue {
            schema_version: SchemaVersion::CURRENT,
            rules: RuleCode::ALL
                .iter()
                .map(|code| {
                    let info = code.info();
                    let declared = info
                        .parameters
                        .iter()
                        .filter_map(|p| crate::service::spec::parameter::by_name(p.name()));
                    let mut figures: Vec<String> = declared.flat_map(figure_ids).collect();
                    let mut seen = std::collections::HashSet::new();
                    figures.retain(|id| seen.insert(id.clone()));
                    CatalogueEntry {
                        code: *code,
                        default_severity: info.default_severity,
                        severity_reason: info.severity_reason.to_owned(),
                        title: text(info.title),
                        message: text(info.message),
                        source: info.source.to_owned(),
                        source_ids: info.sources().iter().map(|s| s.id.to_owned()).collect(),
                        parameters: info
                            .parameters
                            .iter()
                            .map(|p| p.name().to_owned())
                            .collect(),
                        figures,
                        params: info.params.iter().map(|name| (*name).to_owned()).collect(),
                    }
                })
                .collect(),
            parameters: crate::service::spec::parameter::ALL
                .iter()
                .map(|parameter| ParameterEntry {
                    name: parameter.name.to_owned(),
                    description: parameter.description.to_owned(),
                    role: parameter.role,
                    field: parameter.field(),
                    min: parameter.range.map(|(min, _)| min),
                    max: parameter.range.map(|(_, max)| max),
                    figures: figure_ids(parameter),
                })
                .collect(),
            figures: crate::figure::all().map(|figure| figure.entry()).collect(),
        }
    }
}

impl<'de> Deserialize<'de> for RuleCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = Cow::<str>::deserialize(deserializer)?;
        RuleCode::from_code(&code).ok_or_else(|| serde::de::Error::custom("unknown rule code"))
    }
}

impl JsonSchema for RuleCode {
    fn schema_name() -> Cow<'static, str> {
        "RuleCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = RuleCode::ALL.iter().map(|rule| rule.as_str()).collect();
        json_schema!({
            "description": "Stable code of a validation rule.",
            "type": "string",
            "enum": codes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_dotted_snake_case() {
        let mut seen = HashSet::new();
        for rule in RuleCode::ALL {
            let code = rule.as_str();
            assert!(seen.insert(code), "duplicate code {code}");
            let (area, name) = code.split_once('.').expect("dotted");
            for part in [area, name] {
                assert!(
                    !part.is_empty()
                        && part
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "{code}"
                );
            }
            assert_eq!(RuleCode::from_code(code), Some(*rule));
        }
    }

    #[test]
    fn a_code_shows_as_its_text() {
        let code = RuleCode::PATH_CADENCE_GAP;
        assert_eq!(code.to_string(), "path.cadence_gap");
        assert_eq!(format!("{code:?}"), "RuleCode(path.cadence_gap)");
    }

    #[test]
    fn every_rule_has_titles_messages_and_a_source() {
        for rule in RuleCode::ALL {
            let info = rule.info();
            for lang in Lang::ALL {
                assert!(
                    !info.title.get(lang).trim().is_empty(),
                    "{rule} title {lang:?}"
                );
                assert!(
                    !info.message.get(lang).trim().is_empty(),
                    "{rule} message {lang:?}"
                );
            }
            assert!(!info.source.trim().is_empty(), "{rule} source");
        }
    }

    fn placeholders(template: &str) -> Vec<&str> {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The declaration's parameter struct is what a check must fill in, so this proves
    /// every placeholder is supplied by every finding of the rule, and no parameter goes
    /// unshown.
    #[test]
    fn every_placeholder_is_a_parameter_and_every_parameter_a_placeholder() {
        for rule in RuleCode::ALL {
            let info = rule.info();
            let mut params: Vec<&str> = info.params.to_vec();
            params.sort_unstable();
            for lang in Lang::ALL {
                assert_eq!(
                    placeholders(info.message.get(lang)),
                    params,
                    "{rule} {lang:?}: the template's placeholders differ from the parameters"
                );
            }
        }
    }

    #[test]
    fn placeholders_are_found_in_a_template() {
        assert_eq!(placeholders("{b} and {a}, {b}"), ["a", "b"]);
        assert!(placeholders("no braces").is_empty());
    }

    #[test]
    fn every_rule_gives_the_reason_for_its_severity() {
        for rule in RuleCode::ALL {
            assert!(!rule.info().severity_reason.trim().is_empty(), "{rule}");
        }
    }

    #[test]
    fn serializes_as_the_code_string() {
        let json = serde_json::to_string(&RuleCode::CLIENT_SPELLS_OVERLAP).expect("serialize");
        assert_eq!(json, "\"client.spells_overlap\"");
        assert!(serde_json::from_str::<RuleCode>("\"client.nope\"").is_err());
    }
}
