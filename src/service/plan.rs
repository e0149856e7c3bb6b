//! The planner: what is due on a path as of a date, from the same specs the rules use.
//!
//! It answers the coordinator's daily question: which contacts are still missing this
//! week or month (and were missed last period), which measurements and plans are due or
//! overdue, and when phases are due to end.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::calendar::add_months;
use crate::document::SchemaVersion;
use crate::i18n::{Labels, vocabulary};
use crate::rules::pointer::JsonPointer;
use crate::service::event::{Event, EventKind};
use crate::service::key::Key;
use crate::service::measurement::InstrumentKind;
use crate::service::path::{Enrolment, PhaseRecord, ServicePath};
use crate::service::period::PeriodSpan;
use crate::service::spec::{PhaseSpec, Requirement, ServiceModelSpec, ServiceModels};

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
        PlannerConfig { horizon_days: 14 }
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

/// What is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum DueKind {
    /// Contacts required in a period of a cadence.
    Contact {
        /// The kind of contact.
        event: EventKind,
        /// The period, `2024-W05` or `2024-05`.
        period: String,
        /// How many the period needs.
        required: u32,
        /// How many it has.
        done: u32,
    },
    /// Contacts required over the whole phase.
    TotalContacts {
        /// The kind of contact.
        event: EventKind,
        /// How many the phase needs.
        required: u32,
        /// How many it has.
        done: u32,
    },
    /// A start measurement of a phase.
    StartMeasurement {
        /// The instrument.
        instrument: InstrumentKind,
    },
    /// An end measurement of a phase.
    EndMeasurement {
        /// The instrument.
        instrument: InstrumentKind,
    },
    /// The phase reaches its longest length; the next phase should start.
    PhaseEnd {
        /// The phase.
        phase: Key,
        /// Phases that may follow.
        next: Vec<Key>,
    },
    /// A plan must be drawn up before the enrolment starts.
    Plan {},
    /// The first employer contact of IPS job coaching.
    EmployerContact {},
    /// An individual meeting after a job start.
    SupportAfterJobStart {
        /// The first working day.
        job_start: NaiveDate,
    },
}

/// Labels of the `"type"` of each [`DueKind`].
pub const DUE_KIND_LABELS: &[(&str, Labels)] = &[
    (
        "contact",
        Labels {
            fi: "tapaaminen",
            sv: "kontakt",
            en: "contact",
        },
    ),
    (
        "total_contacts",
        Labels {
            fi: "kerrat yhteensä",
            sv: "tillfällen totalt",
            en: "contacts in total",
        },
    ),
    (
        "start_measurement",
        Labels {
            fi: "alkumittaus",
            sv: "startmätning",
            en: "start measurement",
        },
    ),
    (
        "end_measurement",
        Labels {
            fi: "loppumittaus",
            sv: "slutmätning",
            en: "end measurement",
        },
    ),
    (
        "phase_end",
        Labels {
            fi: "vaiheen päättyminen",
            sv: "fasens slut",
            en: "phase end",
        },
    ),
    (
        "plan",
        Labels {
            fi: "suunnitelma",
            sv: "plan",
            en: "plan",
        },
    ),
    (
        "employer_contact",
        Labels {
            fi: "työnantajakontakti",
            sv: "arbetsgivarkontakt",
            en: "employer contact",
        },
    ),
    (
        "support_after_job_start",
        Labels {
            fi: "tuki työn alettua",
            sv: "stöd efter arbetsstarten",
            en: "support after job start",
        },
    ),
];

/// One item of the due list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DueItem {
    /// The day it is due by.
    pub due: NaiveDate,
    /// Overdue or upcoming.
    pub status: DueStatus,
    /// Where on the path: the enrolment or phase it belongs to.
    pub path: JsonPointer,
    /// What is due.
    pub what: DueKind,
}

/// The coordinator's list for one path on one day, ordered by due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DueList {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The day the list is for.
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
        let mut planner = Planner {
            as_of,
            items: Vec::new(),
        };
        if self.closure.is_none() && crate::calendar::is_supported(as_of) {
            for (index, enrolment) in self.enrolments.iter().enumerate() {
                let ended = enrolment.end.is_some_and(|end| end < as_of);
                if let (false, Some(spec)) = (ended, models.get(&enrolment.model)) {
                    let base = JsonPointer::root().field("enrolments").index(index);
                    planner.enrolment(enrolment, spec, &base);
                }
            }
        }
        let horizon = as_of
            .checked_add_days(Days::new(u64::from(config.horizon_days)))
            .unwrap_or(NaiveDate::MAX);
        let mut items: Vec<DueItem> = planner
            .items
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

struct Planner {
    as_of: NaiveDate,
    items: Vec<DueItem>,
}

fn plus_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

impl Planner {
    fn add(&mut self, due: NaiveDate, path: JsonPointer, what: DueKind) {
        let status = if due < self.as_of {
            DueStatus::Overdue
        } else {
            DueStatus::Upcoming
        };
        self.items.push(DueItem {
            due,
            status,
            path,
            what,
        });
    }

    fn enrolment(&mut self, enrolment: &Enrolment, spec: &ServiceModelSpec, base: &JsonPointer) {
        for (index, record) in enrolment.phases.iter().enumerate() {
            let current =
                record.start <= self.as_of && record.end.is_none_or(|end| end >= self.as_of);
            if let (true, Some(phase_spec)) = (current, spec.phase(&record.phase)) {
                let at = base.clone().field("phases").index(index);
                self.phase(enrolment, record, phase_spec, spec, base, &at);
            }
        }
        for requirement in &spec.requirements {
            self.requirement(enrolment, requirement, base);
        }
    }

    fn phase(
        &mut self,
        enrolment: &Enrolment,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
        at: &JsonPointer,
    ) {
        let in_phase = |kind: EventKind, first: NaiveDate, last: NaiveDate| -> u32 {
            let count = enrolment
                .events
                .iter()
                .filter(|event| {
                    event.kind() == kind
                        && record.contains(event.date())
                        && first <= event.date()
                        && event.date() <= last
                })
                .count();
            u32::try_from(count).unwrap_or(u32::MAX)
        };
        for cadence in &phase_spec.cadence {
            let Some(current) = PeriodSpan::containing(cadence.per, self.as_of) else {
                continue;
            };
            let last = current.last_day().unwrap_or(NaiveDate::MAX);
            let done = in_phase(cadence.event, current.first_day(), last);
            if done < cadence.min_count {
                let due = record.end.map_or(last, |end| end.min(last));
                self.add(
                    due,
                    at.clone(),
                    DueKind::Contact {
                        event: cadence.event,
                        period: current.to_string(),
                        required: cadence.min_count,
                        done,
                    },
                );
            }
            // The period just before, if it lies wholly in the phase.
            let previous = current
                .first_day()
                .pred_opt()
                .and_then(|day| PeriodSpan::containing(cadence.per, day));
            if let Some(previous) = previous.filter(|p| p.first_day() >= record.start) {
                let last = previous.last_day().unwrap_or(NaiveDate::MAX);
                let done = in_phase(cadence.event, previous.first_day(), last);
                if done < cadence.min_count {
                    self.add(
                        last,
                        at.clone(),
                        DueKind::Contact {
                            event: cadence.event,
                            period: previous.to_string(),
                            required: cadence.min_count,
                            done,
                        },
                    );
                }
            }
        }
        let planned_end = record.end.or_else(|| {
            phase_spec
                .length
                .and_then(|length| add_months(record.start, length.max_months))
                .and_then(|limit| limit.pred_opt())
        });
        for total in &phase_spec.totals {
            let done = in_phase(total.event, record.start, NaiveDate::MAX);
            if done < total.min_count {
                self.add(
                    planned_end.unwrap_or(self.as_of).max(self.as_of),
                    at.clone(),
                    DueKind::TotalContacts {
                        event: total.event,
                        required: total.min_count,
                        done,
                    },
                );
            }
        }
        let window = spec.tolerances.measurement_window_days;
        let measured = |instrument, around| enrolment.measured_near(instrument, around, window);
        let measurements_at = base.clone().field("measurements");
        for &instrument in &phase_spec.measurements_at_start {
            if !measured(instrument, record.start) {
                self.add(
                    plus_days(record.start, window),
                    measurements_at.clone(),
                    DueKind::StartMeasurement { instrument },
                );
            }
        }
        if let Some(end) = planned_end {
            for &instrument in &phase_spec.measurements_at_end {
                if !measured(instrument, end) {
                    self.add(
                        end,
                        measurements_at.clone(),
                        DueKind::EndMeasurement { instrument },
                    );
                }
            }
            if record.end.is_none() && phase_spec.length.is_some() {
                self.add(
                    end,
                    at.clone(),
                    DueKind::PhaseEnd {
                        phase: record.phase.clone(),
                        next: phase_spec.next.clone(),
                    },
                );
            }
        }
    }

    fn requirement(
        &mut self,
        enrolment: &Enrolment,
        requirement: &Requirement,
        base: &JsonPointer,
    ) {
        let events_at = base.clone().field("events");
        match requirement {
            Requirement::PlanBeforeStart { plans }
                if enrolment.plan_before_start(plans).is_none() =>
            {
                self.add(enrolment.start, events_at, DueKind::Plan {});
            }
            Requirement::EmployerContactWithin { days } => {
                let contacted = enrolment
                    .events
                    .iter()
                    .any(|event| event.kind() == EventKind::EmployerContact);
                if !contacted {
                    self.add(
                        plus_days(enrolment.start, *days),
                        events_at,
                        DueKind::EmployerContact {},
                    );
                }
            }
            Requirement::SupportAfterJobStart { within_days } => {
                for event in &enrolment.events {
                    let Event::JobStart { date, .. } = event else {
                        continue;
                    };
                    let until = plus_days(*date, *within_days);
                    if !enrolment.meeting_between(*date, until) {
                        self.add(
                            until,
                            events_at.clone(),
                            DueKind::SupportAfterJobStart { job_start: *date },
                        );
                    }
                }
            }
            _ => {}
        }
    }
}
