//! The planner: what is due on a path as of a date, from the same specs the rules use.
//!
//! It answers the coordinator's daily question: which contacts are still missing this
//! week or month (and were missed last period), which measurements and plans are due or
//! overdue, and when phases are due to end.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::document::SchemaVersion;
use crate::i18n::{Lang, LocalizedText, vocabulary};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::obligation::{Kind, Obligations};
use crate::service::path::{Enrolment, ServicePath};
use crate::service::spec::{Period, ServiceModelSpec, ServiceModels};

pub use crate::service::due_kind::{DUE_KIND_LABELS, DueKind};

/// Settings of the planner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct PlannerConfig {
    /// Upcoming items are listed when due within this many days (default 14); overdue
    /// items are always listed.
    pub horizon_days: u32,
}

impl Default for PlannerConfig {
    fn default() -> Self {
        PlannerConfig {
            horizon_days: crate::figure::defaults::PLANNER_HORIZON_DAYS.value(),
        }
    }
}

/// Whether an item is late.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DueStatus {
    /// The due date has passed.
    Overdue,
    /// Due on or after the date asked about.
    Upcoming,
}

vocabulary!(DueStatus {
    Overdue => ["myöhässä", "försenad", "overdue"],
    Upcoming => ["tulossa", "kommande", "upcoming"],
});

/// One item of the due list.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::sample;
/// use tyokyky::{ClientId, Lang};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 1, 10).ok_or("date")?;
/// let path = sample::mapping_and_coaching(ClientId::new("demo-1")?, start, as_of);
/// let due = path.due(as_of);
/// let item = due.items.first().ok_or("an item")?;
/// assert_eq!(item.message(Lang::Fi), "Kartoitusjakso, viikko 2/2024: ryhmätapaaminen 0/1");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DueItem {
    /// The day it is due by.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub due: NaiveDate,
    /// Overdue or upcoming.
    pub status: DueStatus,
    /// Where on the path: the enrolment or phase it belongs to.
    pub path: JsonPointer,
    /// The name of the phase it belongs to, from the model's spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<LocalizedText>,
    /// What is due.
    pub what: DueKind,
}

impl DueItem {
    /// What is due, as a reader of `lang` reads it: the phase, what is asked and how much
    /// of it is done (`Kartoitusjakso, viikko 2/2024: yksilötapaaminen 0/1`).
    pub fn message(&self, lang: Lang) -> String {
        let mut params = crate::rules::Params::new();
        let mut put = |name: &'static str, value: ParamValue| {
            params.insert(name, value);
        };
        put(
            "phase",
            self.phase
                .as_ref()
                .map_or(ParamValue::Missing {}, |name| ParamValue::name("", name)),
        );
        let template = match &self.what {
            DueKind::Contact {
                event,
                period,
                required,
                done,
            } => {
                put("event", ParamValue::term(*event));
                put("period", period_param(period));
                put("required", (*required).into());
                put("done", (*done).into());
                ["{phase}, {period}: {event} {done}/{required}"; 3]
            }
            DueKind::TotalContacts {
                event,
                required,
                done,
            } => {
                put("event", ParamValue::term(*event));
                put("required", (*required).into());
                put("done", (*done).into());
                [
                    "{phase}: {event} {done}/{required} vaiheen aikana",
                    "{phase}: {event} {done}/{required} under fasen",
                    "{phase}: {event} {done}/{required} during the phase",
                ]
            }
            DueKind::StartMeasurement { instrument } => {
                put("instrument", ParamValue::term(*instrument));
                [
                    "{phase}: alkumittaus {instrument}",
                    "{phase}: startmätning {instrument}",
                    "{phase}: start measurement {instrument}",
                ]
            }
            DueKind::EndMeasurement { instrument } => {
                put("instrument", ParamValue::term(*instrument));
                [
                    "{phase}: loppumittaus {instrument}",
                    "{phase}: slutmätning {instrument}",
                    "{phase}: end measurement {instrument}",
                ]
            }
            DueKind::PhaseEnd { next, .. } if next.is_empty() => [
                "{phase}: pisin kesto täyttyy; palvelu päättyy",
                "{phase}: den längsta tiden går ut; tjänsten slutar",
                "{phase}: reaches its longest length; the service ends",
            ],
            DueKind::PhaseEnd { .. } => [
                "{phase}: pisin kesto täyttyy; seuraava vaihe alkaa",
                "{phase}: den längsta tiden går ut; nästa fas börjar",
                "{phase}: reaches its longest length; the next phase starts",
            ],
            DueKind::Plan {} => [
                "Suunnitelma laaditaan ennen palvelun alkua",
                "En plan upprättas före tjänstens början",
                "A plan is drawn up before the service starts",
            ],
            DueKind::EmployerContact {} => [
                "Ensimmäinen työnantajakontakti",
                "Den första arbetsgivarkontakten",
                "The first employer contact",
            ],
            DueKind::FollowAlong { job_start, week } => {
                put("job_start", (*job_start).into());
                put("week", (*week).into());
                [
                    "Yksilötapaaminen työn {week}. viikolla (työ alkoi {job_start})",
                    "Ett individuellt möte arbetsvecka {week} (arbetet började {job_start})",
                    "An individual meeting in week {week} at work (the job started on {job_start})",
                ]
            }
            DueKind::WorkflowStep { step } => {
                put("step", ParamValue::term(*step));
                [
                    "Asiakasvastaavan työnkulku: {step}",
                    "Klientansvarigas arbetsflöde: {step}",
                    "Client coordinator's workflow: {step}",
                ]
            }
            DueKind::SupportAfterJobStart { job_start } => {
                put("job_start", (*job_start).into());
                [
                    "Yksilötapaaminen työn alettua {job_start}",
                    "Ett individuellt möte efter arbetsstarten {job_start}",
                    "An individual meeting after the job start on {job_start}",
                ]
            }
            DueKind::PlanReview { plan_date } => {
                put("plan_date", (*plan_date).into());
                [
                    "Suunnitelman {plan_date} tarkistus",
                    "Översyn av planen från {plan_date}",
                    "Review of the plan of {plan_date}",
                ]
            }
            DueKind::Return { since } => {
                put("since", (*since).into());
                [
                    "Palvelu keskeytynyt {since} alkaen: paluu",
                    "Tjänsten avbruten sedan {since}: återkomst",
                    "The service has been interrupted since {since}: return",
                ]
            }
        };
        let template = match lang {
            Lang::Fi => template[0],
            Lang::Sv => template[1],
            Lang::En => template[2],
        };
        crate::rules::finding::render(template, &params, lang)
    }
}

/// A period written `2024-W05` or `2024-05` as a typed parameter; any other text as it is.
fn period_param(period: &str) -> ParamValue {
    let parsed = match period.split_once("-W") {
        Some((year, week)) => year.parse().ok().zip(week.parse().ok()).and_then(|(y, w)| {
            NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
                .map(|first| (Period::IsoWeek, first))
        }),
        None => period.split_once('-').and_then(|(year, month)| {
            let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)?;
            Some((Period::CalendarMonth, date))
        }),
    };
    match parsed {
        Some((per, first)) => ParamValue::Periods {
            per,
            first,
            last: first,
            count: 1,
        },
        None => ParamValue::key(period),
    }
}

/// The coordinator's list for one path on one day, ordered by due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DueList {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The day the list is for.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub as_of: NaiveDate,
    /// The items, overdue and upcoming, by due date.
    pub items: Vec<DueItem>,
}

impl DueList {
    /// The overdue items.
    pub fn overdue(&self) -> impl Iterator<Item = &DueItem> {
        self.items
            .iter()
            .filter(|item| item.status == DueStatus::Overdue)
    }
}

impl ServicePath {
    /// What is due on this path as of `as_of`, with the default models and planner
    /// settings.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{ClientId, DueKind, Enrolment, Key, PhaseRecord, ServicePath};
    ///
    /// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
    /// let mut enrolment = Enrolment::new(Key::new("mapping_and_coaching")?, start);
    /// enrolment.phases.push(PhaseRecord { phase: Key::new("mapping")?, start, end: None });
    /// let mut path = ServicePath::new(ClientId::new("demo-1")?);
    /// path.enrolments.push(enrolment);
    ///
    /// let due = path.due(NaiveDate::from_ymd_opt(2024, 1, 10).ok_or("date")?);
    /// assert!(due.items.iter().any(|item| matches!(item.what, DueKind::StartMeasurement { .. })));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn due(&self, as_of: NaiveDate) -> DueList {
        self.due_with(&ServiceModels::defaults(), &PlannerConfig::default(), as_of)
    }

    /// What is due on this path as of `as_of`, with the given models and settings.
    pub fn due_with(
        &self,
        models: &ServiceModels,
        config: &PlannerConfig,
        as_of: NaiveDate,
    ) -> DueList {
        let mut open = Vec::new();
        if self.closure.is_none() {
            for (index, enrolment) in self.enrolments.iter().enumerate() {
                let ended = enrolment.end.is_some_and(|end| end < as_of);
                if let (false, Some(spec)) = (ended, models.get(&enrolment.model)) {
                    let base = JsonPointer::root().field("enrolments").index(index);
                    items(enrolment, spec, as_of, &base, &mut open);
                }
            }
        }
        let horizon = as_of
            .checked_add_days(Days::new(u64::from(config.horizon_days)))
            .unwrap_or(NaiveDate::MAX);
        let mut items: Vec<DueItem> = open
            .into_iter()
            .filter(|item| item.status == DueStatus::Overdue || item.due <= horizon)
            .collect();
        items.sort_by(|a, b| (a.due, &a.path).cmp(&(b.due, &b.path)));
        DueList {
            schema_version: SchemaVersion::CURRENT,
            as_of,
            items,
        }
    }
}

/// The planner's view of the obligations: the open ones, as due items.
fn items(
    enrolment: &Enrolment,
    spec: &ServiceModelSpec,
    as_of: NaiveDate,
    base: &JsonPointer,
    items: &mut Vec<DueItem>,
) {
    let events = crate::service::event_index::EventIndex::of(enrolment);
    let obligations = Obligations::of(enrolment, &events, spec, as_of);
    for obligation in obligations.open() {
        let phase_at = |phase: usize| base.clone().field("phases").index(phase);
        let phase_name = obligation
            .kind
            .phase()
            .and_then(|index| enrolment.phases.get(index))
            .and_then(|record| spec.phase(&record.phase))
            .map(|phase_spec| phase_spec.name.clone());
        let (path, what) = match &obligation.kind {
            Kind::Contacts {
                phase,
                cadence,
                period,
                required,
                done,
                ..
            } => (
                phase_at(*phase),
                DueKind::Contact {
                    event: cadence.event,
                    period: period.to_string(),
                    required: *required,
                    done: *done,
                },
            ),
            Kind::TotalContacts {
                phase,
                total,
                required,
                done,
            } => (
                phase_at(*phase),
                DueKind::TotalContacts {
                    event: total.event,
                    required: *required,
                    done: *done,
                },
            ),
            Kind::StartMeasurement { instrument, .. } => (
                base.clone().field("measurements"),
                DueKind::StartMeasurement {
                    instrument: *instrument,
                },
            ),
            Kind::EndMeasurement { instrument, .. } => (
                base.clone().field("measurements"),
                DueKind::EndMeasurement {
                    instrument: *instrument,
                },
            ),
            Kind::PhaseEnd { phase, spec } => (
                phase_at(*phase),
                DueKind::PhaseEnd {
                    phase: spec.id.clone(),
                    next: spec.next.clone(),
                },
            ),
            Kind::Plan { .. } => (base.clone().field("events"), DueKind::Plan {}),
            Kind::EmployerContact { .. } => {
                (base.clone().field("events"), DueKind::EmployerContact {})
            }
            Kind::FollowAlong { job, start, week } => (
                base.clone().field("events").index(*job),
                DueKind::FollowAlong {
                    job_start: *start,
                    week: *week,
                },
            ),
            Kind::WorkflowStep { step, done, .. } => (
                match done {
                    Some(index) => base.clone().field("events").index(*index),
                    None => base.clone().field("events"),
                },
                DueKind::WorkflowStep { step: *step },
            ),
            Kind::SupportAfterJobStart { start, .. } => (
                base.clone().field("events"),
                DueKind::SupportAfterJobStart { job_start: *start },
            ),
            Kind::PlanReview { plan, made } => (
                base.clone().field("events").index(*plan),
                DueKind::PlanReview { plan_date: *made },
            ),
            Kind::Return {
                interruption,
                since,
            } => (
                base.clone().field("events").index(*interruption),
                DueKind::Return { since: *since },
            ),
        };
        let status = if obligation.due < as_of {
            DueStatus::Overdue
        } else {
            DueStatus::Upcoming
        };
        items.push(DueItem {
            due: obligation.due,
            status,
            path,
            phase: phase_name,
            what,
        });
    }
}
