//! The rule catalogue: every rule's stable code, default severity, title, message
//! template and source.
//!
//! Each rule is defined beside the code that checks it (one file per area under
//! `rules/`); this file lists them all once, so a code can be looked up, serialized as a
//! stable dotted string and exported with its source.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::document::SchemaVersion;
use crate::i18n::{Labels, LocalizedText};
use crate::rules::finding::Severity;
use crate::rules::{client, path};

/// What the catalogue knows of one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// The stable code, e.g. `client.birth_date_mismatch`.
    pub code: &'static str,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// Short title per language.
    pub title: Labels,
    /// Message template per language; `{name}` is replaced by the finding's parameter.
    pub message: Labels,
    /// Where the rule comes from: a seed file name, a law section, a paper.
    pub source: &'static str,
    /// The configuration or spec parameter that drives the rule, if any.
    pub parameter: Option<&'static str>,
}

macro_rules! rule_codes {
    ($($(#[$doc:meta])* $variant:ident => $info:path,)+) => {
        /// The stable code of a rule, serialized as a dotted snake_case string such as
        /// `"client.birth_date_mismatch"`.
        ///
        /// New rules add variants, so the enum is `#[non_exhaustive]`; the serialized
        /// strings never change meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RuleCode {
            $($(#[$doc])* $variant,)+
        }

        impl RuleCode {
            /// Every rule, in catalogue order.
            pub const ALL: &'static [RuleCode] = &[$(RuleCode::$variant,)+];

            /// What the catalogue knows of this rule.
            pub fn info(self) -> &'static RuleInfo {
                match self {
                    $(RuleCode::$variant => &$info,)+
                }
            }
        }
    };
}

rule_codes! {
    /// The birth date disagrees with the identity code.
    ClientBirthDateMismatch => client::BIRTH_DATE_MISMATCH,
    /// The birth date is after the date of validation.
    ClientBirthDateInFuture => client::BIRTH_DATE_IN_FUTURE,
    /// Neither a birth date nor an identity code: age rules cannot run.
    ClientBirthDateUnknown => client::BIRTH_DATE_UNKNOWN,
    /// Age outside the working-age range.
    ClientOutsideWorkingAge => client::OUTSIDE_WORKING_AGE,
    /// A temporary identity code (900–999) is in use.
    ClientTemporaryIdentityCode => client::TEMPORARY_IDENTITY_CODE,
    /// An unemployment spell starts after the date of validation.
    ClientSpellInFuture => client::SPELL_IN_FUTURE,
    /// An unemployment spell starts before the client's birth.
    ClientSpellBeforeBirth => client::SPELL_BEFORE_BIRTH,
    /// Two unemployment spells share days.
    ClientSpellsOverlap => client::SPELLS_OVERLAP,
    /// An unemployed jobseeker without an unemployment spell covering the date.
    ClientUnemployedWithoutSpell => client::UNEMPLOYED_WITHOUT_SPELL,
    /// An open unemployment spell while the status says the client works.
    ClientWorkingWithOpenSpell => client::WORKING_WITH_OPEN_SPELL,
    /// The work-ability assessment is dated after the date of validation.
    ClientAssessmentInFuture => client::ASSESSMENT_IN_FUTURE,
    /// The same cause is listed twice.
    ClientDuplicateCause => client::DUPLICATE_CAUSE,
    /// The same functional domain is listed twice.
    ClientDuplicateDomain => client::DUPLICATE_DOMAIN,
    /// Limitations are confirmed but no cause is recorded.
    ClientConfirmedWithoutCause => client::CONFIRMED_WITHOUT_CAUSE,
    /// Unknown service model (`path.unknown_model`).
    PathUnknownModel => path::UNKNOWN_MODEL,
    /// Unknown phase (`path.unknown_phase`).
    PathUnknownPhase => path::UNKNOWN_PHASE,
    /// Ends before it starts (`path.dates_reversed`).
    PathDatesReversed => path::DATES_REVERSED,
    /// Date out of the supported range (`path.date_out_of_range`).
    PathDateOutOfRange => path::DATE_OUT_OF_RANGE,
    /// Date in the future (`path.date_in_future`).
    PathDateInFuture => path::DATE_IN_FUTURE,
    /// Overlapping enrolments in one model (`path.enrolments_overlap`).
    PathEnrolmentsOverlap => path::ENROLMENTS_OVERLAP,
    /// Phases out of order (`path.phase_order`).
    PathPhaseOrder => path::PHASE_ORDER,
    /// Overlapping phases (`path.phases_overlap`).
    PathPhasesOverlap => path::PHASES_OVERLAP,
    /// Phase outside its enrolment (`path.phase_outside_enrolment`).
    PathPhaseOutsideEnrolment => path::PHASE_OUTSIDE_ENROLMENT,
    /// Phase too long (`path.phase_too_long`).
    PathPhaseTooLong => path::PHASE_TOO_LONG,
    /// Phase too short (`path.phase_too_short`).
    PathPhaseTooShort => path::PHASE_TOO_SHORT,
    /// Required phase missing (`path.required_phase_missing`).
    PathRequiredPhaseMissing => path::REQUIRED_PHASE_MISSING,
    /// Event outside its enrolment (`path.event_outside_enrolment`).
    PathEventOutsideEnrolment => path::EVENT_OUTSIDE_ENROLMENT,
    /// Event outside every phase (`path.event_outside_phase`).
    PathEventOutsidePhase => path::EVENT_OUTSIDE_PHASE,
    /// Cadence gap (`path.cadence_gap`).
    PathCadenceGap => path::CADENCE_GAP,
    /// Too many in a period (`path.cadence_exceeded`).
    PathCadenceExceeded => path::CADENCE_EXCEEDED,
    /// Contact too short (`path.contact_too_short`).
    PathContactTooShort => path::CONTACT_TOO_SHORT,
    /// Contact too long (`path.contact_too_long`).
    PathContactTooLong => path::CONTACT_TOO_LONG,
    /// Too many minutes in a period (`path.period_minutes_exceeded`).
    PathPeriodMinutesExceeded => path::PERIOD_MINUTES_EXCEEDED,
    /// Too few in total (`path.total_count_short`).
    PathTotalCountShort => path::TOTAL_COUNT_SHORT,
    /// Theme not covered (`path.theme_not_covered`).
    PathThemeNotCovered => path::THEME_NOT_COVERED,
    /// Start measurement missing (`path.start_measurement_missing`).
    PathStartMeasurementMissing => path::START_MEASUREMENT_MISSING,
    /// End measurement missing (`path.end_measurement_missing`).
    PathEndMeasurementMissing => path::END_MEASUREMENT_MISSING,
    /// Plan missing (`path.plan_missing`).
    PathPlanMissing => path::PLAN_MISSING,
    /// Plan incomplete (`path.plan_incomplete`).
    PathPlanIncomplete => path::PLAN_INCOMPLETE,
    /// No coordinator (`path.no_coordinator`).
    PathNoCoordinator => path::NO_COORDINATOR,
    /// Two coordinators at once (`path.coordinators_overlap`).
    PathCoordinatorsOverlap => path::COORDINATORS_OVERLAP,
    /// Team too small (`path.team_too_small`).
    PathTeamTooSmall => path::TEAM_TOO_SMALL,
    /// Team without health care (`path.team_without_health_care`).
    PathTeamWithoutHealthCare => path::TEAM_WITHOUT_HEALTH_CARE,
    /// Referral missing (`path.referral_missing`).
    PathReferralMissing => path::REFERRAL_MISSING,
    /// Physiotherapy assessment missing (`path.physiotherapy_assessment_missing`).
    PathPhysiotherapyAssessmentMissing => path::PHYSIOTHERAPY_ASSESSMENT_MISSING,
    /// Client charged (`path.client_fee`).
    PathClientFee => path::CLIENT_FEE,
    /// Health assessment not offered (`path.health_assessment_not_offered`).
    PathHealthAssessmentNotOffered => path::HEALTH_ASSESSMENT_NOT_OFFERED,
    /// Job search late (`path.job_search_late`).
    PathJobSearchLate => path::JOB_SEARCH_LATE,
    /// No support after job start (`path.no_support_after_job_start`).
    PathNoSupportAfterJobStart => path::NO_SUPPORT_AFTER_JOB_START,
    /// Job end without start (`path.job_end_without_start`).
    PathJobEndWithoutStart => path::JOB_END_WITHOUT_START,
    /// Closed before the last event (`path.closure_before_last_event`).
    PathClosureBeforeLastEvent => path::CLOSURE_BEFORE_LAST_EVENT,
    /// Enrolment open after closure (`path.open_after_closure`).
    PathOpenAfterClosure => path::OPEN_AFTER_CLOSURE,
    /// Closure note missing (`path.closure_note_missing`).
    PathClosureNoteMissing => path::CLOSURE_NOTE_MISSING,
    /// Work-activity content missing (`path.content_missing`).
    PathContentMissing => path::CONTENT_MISSING,
    /// Content mix off the model (`path.content_off_profile`).
    PathContentOffProfile => path::CONTENT_OFF_PROFILE,
    /// Group format without a group (`path.group_format_without_group`).
    PathGroupFormatWithoutGroup => path::GROUP_FORMAT_WITHOUT_GROUP,
    /// Transition out of order (`path.transition_out_of_order`).
    PathTransitionOutOfOrder => path::TRANSITION_OUT_OF_ORDER,
}

impl RuleCode {
    /// The stable code as text, e.g. `"client.birth_date_mismatch"`.
    pub fn as_str(self) -> &'static str {
        self.info().code
    }

    /// Looks a code up by its text.
    pub fn from_code(code: &str) -> Option<RuleCode> {
        RuleCode::ALL
            .iter()
            .copied()
            .find(|rule| rule.as_str() == code)
    }
}

/// The rule catalogue as a JSON document, so a frontend can show the rule behind a
/// finding: code, default severity, title, message template, source and parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleCatalogue {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Every rule, in catalogue order.
    pub rules: Vec<CatalogueEntry>,
}

/// One rule of the [`RuleCatalogue`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogueEntry {
    /// The stable code.
    pub code: RuleCode,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// Title per language.
    pub title: LocalizedText,
    /// Message template per language; `{name}` stands for a finding parameter.
    pub message: LocalizedText,
    /// Where the rule comes from.
    pub source: String,
    /// The configuration or spec parameter that drives it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

impl RuleCatalogue {
    /// The catalogue of every rule of this version of the crate.
    pub fn current() -> Self {
        let text = |labels: Labels| LocalizedText::new(labels.fi, labels.sv, labels.en);
        RuleCatalogue {
            schema_version: SchemaVersion::CURRENT,
            rules: RuleCode::ALL
                .iter()
                .map(|code| {
                    let info = code.info();
                    CatalogueEntry {
                        code: *code,
                        default_severity: info.default_severity,
                        title: text(info.title),
                        message: text(info.message),
                        source: info.source.to_owned(),
                        parameter: info.parameter.map(str::to_owned),
                    }
                })
                .collect(),
        }
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = Cow::<str>::deserialize(deserializer)?;
        RuleCode::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown rule code {code:?}")))
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

    #[test]
    fn every_language_uses_the_same_placeholders() {
        fn placeholders(template: &str) -> Vec<&str> {
            let mut names: Vec<&str> = template
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(name, _)| name))
                .collect();
            names.sort_unstable();
            names
        }
        for rule in RuleCode::ALL {
            let message = rule.info().message;
            assert_eq!(placeholders(message.fi), placeholders(message.en), "{rule}");
            assert_eq!(placeholders(message.sv), placeholders(message.en), "{rule}");
        }
    }

    #[test]
    fn serializes_as_the_code_string() {
        let json = serde_json::to_string(&RuleCode::ClientSpellsOverlap).expect("serialize");
        assert_eq!(json, "\"client.spells_overlap\"");
        assert!(serde_json::from_str::<RuleCode>("\"client.nope\"").is_err());
    }
}
