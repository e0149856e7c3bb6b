//! A client's service path: enrolments in service models with their phases, events and
//! measurements; coordinators; the team; goals; closure.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::client::ClientId;
use crate::format::{DocumentTag, SchemaVersion, TaggedDocument};
use crate::i18n::vocabulary;
pub use crate::service::record::closure::{Closure, Outcome, PositiveTransitions};
use crate::service::record::event::{Event, EventKind, Profession};
use crate::service::record::key::{Key, StaffId};
use crate::service::record::measurement::{InstrumentKind, Measurement};
pub use crate::service::record::organiser::{Organiser, OrganiserAssignment, OrganiserKind};
use crate::work_activity::placement::WorkActivityPlacement;

/// A client's service path: the top-level document validated by
/// [`ServicePath::validate`](crate::ServicePath::validate) and planned by
/// [`ServicePath::due`](crate::ServicePath::due).
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::ServicePath;
///
/// let json = r#"{"document": "service_path", "schema_version": 1, "client": "c-1", "enrolments": []}"#;
/// let value: ServicePath = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Its methods, by purpose (each beside the code it calls):
///
/// | purpose | methods |
/// |---|---|
/// | the record | [`new`](Self::new) |
/// | validation (the rules) | [`validate`](Self::validate), [`validate_with`](Self::validate_with) options, [`validate_for`](Self::validate_for) with the client |
/// | planning (the planner) | [`due`](Self::due), [`due_with`](Self::due_with) options |
/// | both from one derivation | [`validate_and_plan`](Self::validate_and_plan) |
/// | money | [`attendance`](Self::attendance) |
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ServicePath {
    /// What this document is: always `"service_path"`.
    pub document: DocumentTag<ServicePath>,
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The client, by pseudonymous id.
    pub client: ClientId,
    /// Client coordinators (*asiakasvastaava*), effective-dated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinators: Vec<CoordinatorAssignment>,
    /// The multiprofessional team working with the client.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<TeamMember>,
    /// Enrolments in service models, in any order.
    pub enrolments: Vec<Enrolment>,
    /// The client's goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// How and when the path closed; absent while it is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closure: Option<Closure>,
}

/// A worker with a role towards the client from `start` to `end` (inclusive): the client
/// coordinator, the named worker, the employment expert, a job coach, …
///
/// The list on a path is named `coordinators` for compatibility; only assignments with the
/// role [`WorkerRole::ClientCoordinator`] (the default) count for a model that asks for one
/// coordinator at a time, so a social worker and an employment expert working side by side
/// are normal casework.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::CoordinatorAssignment;
///
/// let json = r#"{"staff": "coordinator-b", "start": "2024-07-15"}"#;
/// let value: CoordinatorAssignment = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`CoordinatorAssignment::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CoordinatorAssignment {
    /// The worker.
    pub staff: StaffId,
    /// The worker's role; the client coordinator when absent.
    #[serde(default, skip_serializing_if = "WorkerRole::is_client_coordinator")]
    pub role: WorkerRole,
    /// First day.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub start: NaiveDate,
    /// Last day; absent while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub end: Option<NaiveDate>,
    /// The worker this one stands in for, during their leave (*sijainen*): the
    /// substitute covers the days (no gap) and works beside the assignment of the one on
    /// leave without a handover (no overlap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stands_in_for: Option<StaffId>,
}

impl CoordinatorAssignment {
    /// `staff` in `role` from `start`, open-ended, standing in for nobody.
    pub fn new(staff: StaffId, role: WorkerRole, start: NaiveDate) -> Self {
        CoordinatorAssignment {
            staff,
            role,
            start,
            end: None,
            stands_in_for: None,
        }
    }
}

/// The role of a worker towards a client.
///
/// ```
/// use tyokyky::{Lang, Vocabulary, WorkerRole};
///
/// let role: WorkerRole = serde_json::from_str(r#""client_coordinator""#)?;
/// assert_eq!(serde_json::to_string(&role)?, r#""client_coordinator""#);
/// assert!(!role.label(Lang::Fi).is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WorkerRole {
    /// The client coordinator (*asiakasvastaava*) of the OSAKSI model.
    #[default]
    ClientCoordinator,
    /// The named worker (*omatyöntekijä*) of the Social Welfare Act 1301/2014 §42.
    NamedWorker,
    /// An employment expert of the employment authority (*työllisyysasiantuntija*).
    EmploymentExpert,
    /// A job coach (*työhönvalmentaja*).
    JobCoach,
    /// A work-ability coordinator (*työkykykoordinaattori*).
    WorkAbilityCoordinator,
    /// Another role.
    Other,
}

impl WorkerRole {
    fn is_client_coordinator(&self) -> bool {
        *self == WorkerRole::ClientCoordinator
    }
}

vocabulary!(WorkerRole {
    ClientCoordinator => ["asiakasvastaava", "klientansvarig", "client coordinator"],
    NamedWorker => ["omatyöntekijä", "egen kontaktperson", "named worker"],
    EmploymentExpert => ["työllisyysasiantuntija", "sysselsättningsexpert", "employment expert"],
    JobCoach => ["työhönvalmentaja", "arbetscoach", "job coach"],
    WorkAbilityCoordinator => ["työkykykoordinaattori", "samordnare för arbetsförmågan", "work-ability coordinator"],
    Other => ["muu rooli", "annan roll", "another role"],
});

/// A member of the multiprofessional team.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::TeamMember;
///
/// let json = r#"{"staff": "physician-1", "profession": "physician"}"#;
/// let value: TeamMember = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`TeamMember::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TeamMember {
    /// The staff member.
    pub staff: StaffId,
    /// Their profession.
    pub profession: Profession,
}

impl TeamMember {
    /// `staff` of `profession` on the team.
    pub fn new(staff: StaffId, profession: Profession) -> Self {
        TeamMember { staff, profession }
    }
}

/// An enrolment of the client in one service model.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Enrolment;
///
/// let json = r#"{"model": "wellbeing_group", "start": "2024-09-02", "phases": [{"phase": "group", "start": "2024-09-02"}]}"#;
/// let value: Enrolment = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Enrolment {
    /// The service model's id.
    pub model: Key,
    /// First day.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub start: NaiveDate,
    /// Last day; absent while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub end: Option<NaiveDate>,
    /// The phases gone through, in order.
    pub phases: Vec<PhaseRecord>,
    /// What happened, in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Measurements taken.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
    /// Measurements a phase asked for that were not done, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements_not_done: Vec<crate::service::record::measurement::MeasurementNotDone>,
    /// What the client paid to take part, in euro cents.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub client_fee_cents: u32,
    /// Whether the client acted as a peer leader (*vertaisohjaaja*, *Hyvinvointiryhmä osatyökykyisille*).
    #[serde(default, skip_serializing_if = "is_false")]
    pub peer_leader: bool,
    /// The OsKu work-activity placement, for work activity and social rehabilitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_activity: Option<WorkActivityPlacement>,
    /// The organisers responsible for the enrolment, effective-dated; a handoff from one
    /// to the next is also recorded as an [`Event::Handoff`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<OrganiserAssignment>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A phase gone through, from `start` to `end` (inclusive).
///
/// `#[non_exhaustive]` with public fields: build it with [`PhaseRecord::new`] (and
/// [`until`](PhaseRecord::until)), read and set its fields; a field added later (a
/// reason for the end, say) breaks no one.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::PhaseRecord;
///
/// let json = r#"{"phase": "period", "start": "2024-01-08"}"#;
/// let value: PhaseRecord = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PhaseRecord {
    /// The phase's id in the model.
    pub phase: Key,
    /// First day.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub start: NaiveDate,
    /// Last day; absent while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub end: Option<NaiveDate>,
}

/// A goal of the client.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Goal;
///
/// let json = r#"{"id": "daily_walks", "set_on": "2024-01-15", "reached_on": "2024-04-02"}"#;
/// let goal: Goal = serde_json::from_str(json)?;
/// assert_eq!(goal.id.as_str(), "daily_walks");
/// assert_eq!(serde_json::to_value(&goal)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`Goal::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Goal {
    /// A short machine name, e.g. `daily_walks`; no personal text.
    pub id: Key,
    /// The day the goal was set.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub set_on: NaiveDate,
    /// The day it was reached, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub reached_on: Option<NaiveDate>,
}

impl Goal {
    /// Goal `id`, set on `set_on`, not yet reached.
    pub fn new(id: Key, set_on: NaiveDate) -> Self {
        Goal {
            id,
            set_on,
            reached_on: None,
        }
    }
}

/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::{Lang, RuleCode, ServicePath};
///
/// // A path as a frontend sends it: the client is in the wellbeing group since 8.1.2024
/// // and nothing has been recorded since.
/// let path: ServicePath = serde_json::from_str(r#"{
///     "document": "service_path", "schema_version": 1, "client": "demo-1",
///     "enrolments": [{"model": "wellbeing_group", "start": "2024-01-08",
///                     "phases": [{"phase": "group", "start": "2024-01-08"}]}]}"#)?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 2, 1).ok_or("date")?;
///
/// // The findings: the start measurements (UKK walk test, GAS, WAS) were due within two
/// // weeks of the start and are missing.
/// let report = path.validate(as_of);
/// assert_eq!(report.with_code(RuleCode::PATH_START_MEASUREMENT_MISSING).count(), 3);
/// // The coordinator's list: the physiotherapist's initial assessment before the group,
/// // the measurements, and the ten group sessions, none held yet ("Ryhmä:
/// // ryhmätapaaminen 0/10 vaiheen aikana" in Finnish).
/// let due = path.due(as_of);
/// assert_eq!(due.items.len(), 5);
/// println!("{}", due.items[4].message(Lang::Fi));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl ServicePath {
    /// An open path for `client` with no enrolments yet.
    pub fn new(client: ClientId) -> Self {
        ServicePath {
            document: DocumentTag::CURRENT,
            schema_version: SchemaVersion::CURRENT,
            client,
            coordinators: Vec::new(),
            team: Vec::new(),
            enrolments: Vec::new(),
            goals: Vec::new(),
            closure: None,
        }
    }
}

impl Enrolment {
    /// An open enrolment in `model` from `start`, with no phases yet.
    pub fn new(model: Key, start: NaiveDate) -> Self {
        Enrolment {
            measurements_not_done: Vec::new(),
            model,
            start,
            end: None,
            phases: Vec::new(),
            events: Vec::new(),
            measurements: Vec::new(),
            client_fee_cents: 0,
            peer_leader: false,
            work_activity: None,
            organisers: Vec::new(),
        }
    }

    /// Whether `date` is within the enrolment.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }

    /// Whether a measurement that [answers](Measurement::answers) `instrument` lies within
    /// `window` days of `around`.
    pub(crate) fn measured_near(
        &self,
        instrument: InstrumentKind,
        around: NaiveDate,
        window: u32,
    ) -> bool {
        let days = Days::new(u64::from(window));
        let from = around.checked_sub_days(days).unwrap_or(NaiveDate::MIN);
        let to = around.checked_add_days(days).unwrap_or(NaiveDate::MAX);
        self.measurements
            .iter()
            .any(|m| m.answers(instrument) && from <= m.date && m.date <= to)
            || self
                .measurements_not_done
                .iter()
                .any(|n| n.instrument == instrument && from <= n.date && n.date <= to)
    }

    /// Whether an individual meeting falls after `after` and on or before `until`.
    pub(crate) fn meeting_between(&self, after: NaiveDate, until: NaiveDate) -> bool {
        self.events.iter().any(|event| {
            event.kind() == EventKind::IndividualMeeting
                && after < event.date()
                && event.date() <= until
        })
    }
}

impl PhaseRecord {
    /// The phase `phase`, running since `start`.
    pub fn new(phase: Key, start: NaiveDate) -> Self {
        PhaseRecord {
            phase,
            start,
            end: None,
        }
    }

    /// The same phase, ended on `end` (its last day).
    #[must_use]
    pub fn until(mut self, end: NaiveDate) -> Self {
        self.end = Some(end);
        self
    }

    /// Whether `date` is within the phase.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }
}

impl TaggedDocument for ServicePath {
    const KIND: crate::format::DocumentKind = crate::format::DocumentKind::ServicePath;
}
