//! Service model specs: a service model as data.
//!
//! A spec lists a model's phases with their lengths in calendar months, the contacts each
//! phase requires at a cadence (per ISO week or calendar month, with minutes per contact),
//! the themes expected, the measurements required at start and end, which phase may
//! follow, and model-level requirements (a plan before the start, one coordinator at a
//! time, a multiprofessional team, …). The path rules are derived from
//! the spec, so a municipality can load an adjusted model from JSON and the same rules
//! apply. The crate's defaults, each citing its source, are in [`crate::service::spec::models`].

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::client::LabourMarketStatus;
use crate::format::{DocumentTag, SchemaVersion, TaggedDocument};
use crate::i18n::LocalizedText;
use crate::rules::code::RuleCode;
use crate::rules::finding::Severity;
use crate::service::record::event::{EventKind, Theme};
use crate::service::record::key::Key;
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::period::Period;
use crate::service::spec::amount::Amount;
pub use crate::service::spec::requirement::{REQUIREMENT_LABELS, Requirement};

/// A service model as data.
///
/// Every spec that deserializes or is inserted into [`ServiceModels`](crate::ServiceModels) has passed
/// [`ServiceModelSpec::check`]: its phases exist and are unique, every minimum is at most
/// its maximum, and every number is within the crate's bounds.
///
/// Read from JSON (defaults filled in: the phase is not optional, the tolerances are the
/// defaults) and checked:
///
/// ```
/// use tyokyky::ServiceModelSpec;
///
/// let json = r#"{"document": "service_model", "schema_version": 1, "id": "tiny", "name": {"fi": "Pieni", "sv": "Liten", "en": "Tiny"}, "source": "test", "phases": [{"id": "only", "name": {"fi": "Ainoa", "sv": "Enda", "en": "Only"}, "length": {"min_months": 3, "max_months": 3}}]}"#;
/// let spec: ServiceModelSpec = serde_json::from_str(json)?;
/// assert!(spec.check().is_ok());
/// assert_eq!(spec.phases.len(), 1);
/// assert!(!spec.phases[0].optional);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub struct ServiceModelSpec {
    /// What this document is: always `"service_model"`.
    pub document: DocumentTag<ServiceModelSpec>,
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Machine name, referred to by enrolments, e.g. `mapping_and_coaching`.
    pub id: Key,
    /// Name per language.
    pub name: LocalizedText,
    /// Where the model comes from: a public source document, a law section.
    pub source: String,
    /// Phases in their normal order; the first is where an enrolment starts.
    #[schemars(length(min = 1))]
    pub phases: Vec<PhaseSpec>,
    /// Requirements on the whole enrolment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Requirement>,
    /// How strictly cadences, lengths and measurement dates are checked.
    #[serde(default)]
    pub tolerances: Tolerances,
    /// Rules whose severity this model changes. Each rule's default follows the crate's
    /// severity policy for the source it comes from; a model whose own source makes a limit
    /// a matter of practice rather than law (or the reverse) says so here, e.g. the mapping
    /// and coaching service's 5-hour group day is the source's practice, so a shorter day
    /// is a warning there.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severities: BTreeMap<RuleCode, Severity>,
    /// The labour-market statuses the model is meant for, as its source names its target
    /// group; empty means anyone. A client whose status is not listed gets
    /// `path.client_outside_target_group` when the path is validated with its client
    /// ([`ServicePath::validate_for`](crate::ServicePath::validate_for)). Routing is
    /// practice, not law: the finding is a warning, or advice where the model says so in
    /// [`severities`](Self::severities).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_statuses: Vec<LabourMarketStatus>,
}

/// One phase of a service model.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::PhaseSpec;
///
/// let json = r#"{"id": "support", "name": {"fi": "Tuki", "sv": "Stöd", "en": "Support"}, "optional": false}"#;
/// let value: PhaseSpec = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PhaseSpec {
    /// Machine name, referred to by phase records, e.g. `mapping`.
    pub id: Key,
    /// Name per language.
    pub name: LocalizedText,
    /// Whether an enrolment may end without this phase.
    #[serde(default)]
    pub optional: bool,
    /// Length in calendar months, if the model fixes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<Length>,
    /// Contacts required at a cadence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cadence: Vec<Cadence>,
    /// Contacts required over the whole phase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub totals: Vec<Total>,
    /// Themes the phase is expected to cover by its end: one never covered is a warning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expected_themes: Vec<Theme>,
    /// Themes the phase offers as a client or a group needs them ("tarvittavaa
    /// ohjausta…", "Toimintaa muokataan ryhmän asiakkaiden toiveiden mukaan"): one never
    /// met is advice (info), not a departure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offered_themes: Vec<Theme>,
    /// Instruments to measure with at the start of the phase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements_at_start: Vec<InstrumentKind>,
    /// Instruments to measure with at the end of the phase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements_at_end: Vec<InstrumentKind>,
    /// Phases that may follow this one; empty for a last phase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<Key>,
}

impl PhaseSpec {
    /// A phase `id` named `name` with nothing asked of it: required, no fixed length, no
    /// cadence, totals, themes or measurements, and no next phase.
    pub fn new(id: Key, name: LocalizedText) -> Self {
        PhaseSpec {
            id,
            name,
            optional: false,
            length: None,
            cadence: Vec::new(),
            totals: Vec::new(),
            expected_themes: Vec::new(),
            offered_themes: Vec::new(),
            measurements_at_start: Vec::new(),
            measurements_at_end: Vec::new(),
            next: Vec::new(),
        }
    }
}

/// A phase length in calendar months, `min_months..=max_months`.
///
/// A phase from `start` to `end` (inclusive) is too long when the day after `end` is later
/// than `start + max_months` plus the tolerance, and too short when it is earlier than
/// `start + min_months` minus the tolerance ([`Tolerances::length_days`]). Both are read
/// on the phase's first day: a period is agreed under the law in force when it starts.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Length;
///
/// let json = r#"{"min_months": 3, "max_months": 12}"#;
/// let value: Length = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: a length is a range: its shortest and its longest."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Length {
    /// Shortest length, in calendar months.
    pub min_months: Amount,
    /// Longest length, in calendar months.
    pub max_months: Amount,
}

/// Contacts of one kind required in every period of a phase.
///
/// Only periods that lie wholly inside the phase, and wholly before the date of
/// validation, are checked: a phase starting on a Thursday is not faulted for its first
/// week. Counts and minutes per period are read on the period's first day in the phase,
/// a contact's minutes on its own day. The records of one work-activity day are one day,
/// for the count of days a week and for the day's length: the law counts days and the
/// hours of a day, however a unit records them.
///
/// `#[non_exhaustive]` with public fields: build it with [`Cadence::new`] and set the
/// limits it has; a limit added later breaks no one.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Cadence;
///
/// let json = r#"{"event": "team_meeting", "per": "calendar_month", "min_count": "defaults.ips_treatment_team_meetings_a_month"}"#;
/// let value: Cadence = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Cadence {
    /// The kind of event that counts.
    pub event: EventKind,
    /// The period.
    pub per: Period,
    /// Fewest events per period.
    pub min_count: Amount,
    /// Most events per period, if limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_count: Option<Amount>,
    /// Shortest event, in minutes, if limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_minutes: Option<Amount>,
    /// Longest event, in minutes, if limited (a guidance limit: a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_minutes: Option<Amount>,
    /// Most minutes of the events of one day together, if limited (a guidance limit: a
    /// warning): two group sessions of a day count as one day's time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_minutes_per_day: Option<Amount>,
    /// Most minutes per period in total, if limited (a guidance limit: a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_minutes_per_period: Option<Amount>,
    /// The contact modes that count, when a model limits them (a unit that counts only
    /// meetings in person); empty, the default: every mode counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<crate::service::record::contact_mode::ContactMode>,
}

impl Cadence {
    /// `min_count` contacts of `event` in every `per`, with no other limit.
    pub fn new(event: EventKind, per: Period, min_count: impl Into<Amount>) -> Self {
        Cadence {
            event,
            per,
            min_count: min_count.into(),
            max_count: None,
            min_minutes: None,
            max_minutes: None,
            max_minutes_per_day: None,
            max_minutes_per_period: None,
            modes: Vec::new(),
        }
    }

    /// Whether `event` counts for this cadence: its kind, and its mode when the cadence
    /// names the modes that count.
    pub fn counts(&self, event: &crate::service::record::event::Event) -> bool {
        event.kind() == self.event
            && (self.modes.is_empty() || event.mode().is_none_or(|mode| self.modes.contains(&mode)))
    }
}

/// Contacts of one kind required over a whole phase.
///
/// ```
/// use tyokyky::Total;
///
/// let json = r#"{"event": "group_session", "min_count": 8}"#;
/// let total: Total = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&total)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`Total::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Total {
    /// The kind of event that counts.
    pub event: EventKind,
    /// Fewest events by the end of the phase, read on its first day.
    pub min_count: Amount,
}

impl Total {
    /// At least `min_count` events of kind `event` over the phase.
    pub fn new(event: EventKind, min_count: Amount) -> Self {
        Total { event, min_count }
    }
}

/// How strictly the spec is applied. Set per model. Every default is *derived* (no
/// source gives a number); each field says why it is what it is.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Tolerances;
///
/// let json = r#"{"missed_periods": 0, "length_days": 0, "measurement_window_days": 14, "content_mix_points": 30, "excused_period_percent": 50, "interruption_days": 90}"#;
/// let value: Tolerances = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct Tolerances {
    /// How many periods of each cadence in a phase may miss their contacts with no
    /// absence or interruption recorded for them, before a gap is a warning; tolerated
    /// gaps are info. Default 0: a gap nobody explained is worth a look.
    pub missed_periods: u32,
    /// Days a phase may run over or under its length. Default 0: the lengths are the
    /// sources' own.
    pub length_days: u32,
    /// Days after a phase starts by which its start measurements are due, and days
    /// around its end within which an end measurement counts. Default 14 (*derived*: two
    /// weeks, the interval of the sources' weekly rhythm twice over; no source names one).
    pub measurement_window_days: u32,
    /// How far, in percentage points (half the sum of differences), a work-activity
    /// placement's delivered content mix may be from its model's profile (*derived*
    /// default 30: a third of the mix moved elsewhere).
    pub content_mix_points: u32,
    /// The share of a week's or month's days, in percent, that excused absences and
    /// interruptions must cover for the period to owe no contacts. Default 50 (*derived*:
    /// away for most of the period; a day or two of sickness in a week leaves days for the
    /// contact).
    pub excused_period_percent: u32,
    /// Days an interruption may last before it is a warning. Default 90 (*derived*: three
    /// months, the shortest period of rehabilitative work activity, after which the plan
    /// is worth reviewing).
    pub interruption_days: u32,
}

impl Default for Tolerances {
    /// The derived defaults of [`crate::figure::defaults`], each with its reason.
    fn default() -> Self {
        use crate::figure::defaults;
        Tolerances {
            missed_periods: defaults::MISSED_PERIODS.value(),
            length_days: defaults::LENGTH_DAYS.value(),
            measurement_window_days: defaults::MEASUREMENT_WINDOW_DAYS.value(),
            content_mix_points: defaults::CONTENT_MIX_POINTS.value(),
            excused_period_percent: defaults::EXCUSED_PERIOD_PERCENT.value(),
            interruption_days: defaults::INTERRUPTION_DAYS.value(),
        }
    }
}

impl Serialize for ServiceModelSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ServiceModelSpec::serialize(self, serializer)
    }
}

/// # Example
///
/// ```
/// use tyokyky::{Key, ServiceModels};
///
/// // A municipality's variant: the default rehabilitative work activity with a 32-hour
/// // week allowed, loaded in place of the default of the same id.
/// let mut spec = ServiceModels::defaults()
///     .get(&Key::new("rehabilitative_work_activity")?)
///     .cloned()
///     .ok_or("default model")?;
/// spec.tolerances.length_days = 14;
/// let mut models = ServiceModels::defaults();
/// models.insert(spec)?;
/// assert_eq!(
///     models.get(&Key::new("rehabilitative_work_activity")?).map(|s| s.tolerances.length_days),
///     Some(14)
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl ServiceModelSpec {
    /// A model `id` named `name`, from `source`, with `phases` in their normal order and
    /// nothing else: no requirements, default tolerances, the rules' own severities and
    /// no target group. Its checks run when it is inserted into [`ServiceModels`](crate::ServiceModels).
    pub fn new(
        id: Key,
        name: LocalizedText,
        source: impl Into<String>,
        phases: Vec<PhaseSpec>,
    ) -> Self {
        ServiceModelSpec {
            document: DocumentTag::CURRENT,
            schema_version: SchemaVersion::CURRENT,
            id,
            name,
            source: source.into(),
            phases,
            requirements: Vec::new(),
            tolerances: Tolerances::default(),
            severities: BTreeMap::new(),
            target_statuses: Vec::new(),
        }
    }

    /// The listed [`Source`](crate::source::Source)s the model's `source` names.
    pub fn sources(&self) -> Vec<&'static crate::source::Source> {
        crate::source::cited_in(&self.source)
    }
}

impl ServiceModelSpec {
    /// Deserializes without [checking](ServiceModelSpec::check): the document API reports
    /// each problem of the check as a finding of its own.
    pub(crate) fn deserialize_unchecked<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        ServiceModelSpec::deserialize(deserializer)
    }

    /// The phase with id `phase`.
    pub fn phase(&self, phase: &Key) -> Option<&PhaseSpec> {
        self.phases.iter().find(|spec| &spec.id == phase)
    }
}

impl TaggedDocument for ServiceModelSpec {
    const KIND: crate::format::DocumentKind = crate::format::DocumentKind::ServiceModel;
}
