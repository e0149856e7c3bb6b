//! What a service model spec asks of one enrolment as of a date: the obligations, derived
//! in one place.
//!
//! Each obligation knows when it is due, whether the path has fulfilled it, and whether
//! the time to fulfil it has passed. The two views of a spec read the same list:
//! [`ServicePath::validate`](crate::ServicePath::validate) reports the *missed* ones as
//! findings, [`ServicePath::due`](crate::ServicePath::due) lists the *open* ones of the
//! current phases.
//!
//! Beside the obligations, the indexes they and the rules read: an enrolment's events by
//! kind and date ([`event_index`]), its plans by date ([`plan_index`]), and the spans a
//! client is away with a reason ([`away`]).

pub(crate) mod away;
mod due;
mod enrolment;
pub(crate) mod event_index;
mod follow_along;
mod phase;
pub(crate) mod plan_index;
mod workflow;

pub(crate) use enrolment::first_of;

use chrono::NaiveDate;

use crate::calendar::is_supported;
use crate::service::obligation::away::{Away, interruptions};
use crate::service::obligation::event_index::{Coverage, EventIndex};
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::path::{Enrolment, ServicePath};
use crate::service::record::period::PeriodSpan;
use crate::service::spec::model_spec::{Cadence, PhaseSpec, Requirement, ServiceModelSpec, Total};

/// One thing the spec asks of the enrolment.
#[derive(Debug, Clone)]
pub(crate) struct Obligation<'s> {
    /// What is asked.
    pub(crate) kind: Kind<'s>,
    /// The day it is due by.
    pub(crate) due: NaiveDate,
    /// Whether the path has done it.
    pub(crate) fulfilled: bool,
    /// Whether the time to do it has passed without it being done: what the validator
    /// reports.
    pub(crate) missed: bool,
    /// Whether the planner lists it while it is open: it belongs to a phase running on the
    /// day asked about, or to the enrolment as a whole.
    pub(crate) current: bool,
}

/// What an [`Obligation`] asks.
#[derive(Debug, Clone)]
pub(crate) enum Kind<'s> {
    /// `cadence.min_count` contacts in one period of a phase.
    Contacts {
        /// Index of the phase record.
        phase: usize,
        /// The cadence.
        cadence: &'s Cadence,
        /// The period.
        period: PeriodSpan,
        /// Contacts the period needs, read on its first day in the phase.
        required: u32,
        /// The most contacts the period allows, if limited, read likewise.
        max: Option<u32>,
        /// The most minutes the period allows, if limited, read likewise.
        max_minutes: Option<u32>,
        /// Contacts in the period.
        done: u32,
        /// Their minutes in total.
        minutes: u32,
        /// Whether the period lies wholly in the phase and has wholly passed: the periods
        /// the validator checks.
        past: bool,
    },
    /// `total.min_count` contacts over a whole phase, fewer in proportion to the days the
    /// client was away with a reason.
    TotalContacts {
        /// Index of the phase record.
        phase: usize,
        /// The total.
        total: &'s Total,
        /// Contacts owed: the total less the share of the phase spent away with a reason,
        /// rounded down.
        required: u32,
        /// Contacts so far.
        done: u32,
    },
    /// A measurement near the first day of a phase.
    StartMeasurement {
        /// Index of the phase record.
        phase: usize,
        /// The instrument.
        instrument: InstrumentKind,
    },
    /// A measurement near the last day of a phase (its planned last day while it runs).
    EndMeasurement {
        /// Index of the phase record.
        phase: usize,
        /// The instrument.
        instrument: InstrumentKind,
    },
    /// A phase with a longest length reaches it; the next phase should start.
    PhaseEnd {
        /// Index of the phase record.
        phase: usize,
        /// The phase's spec.
        spec: &'s PhaseSpec,
    },
    /// A plan drawn up or reviewed on or before the first day of the enrolment, or of a
    /// later period of a phase that repeats.
    Plan {
        /// The latest qualifying plan, as `(enrolment, event)`: it may be filed under
        /// another enrolment of the person (a review held in the previous period).
        latest: Option<(usize, usize)>,
        /// The first day it precedes.
        start: NaiveDate,
    },
    /// The first employer contact within `days` of the start.
    EmployerContact {
        /// The days allowed.
        days: u32,
        /// The first employer contact, by index among the events.
        first: Option<usize>,
    },
    /// A plan sets a day by which it is reviewed; a later plan (drawn up or reviewed)
    /// fulfils it.
    PlanReview {
        /// The plan, by index among the events.
        plan: usize,
        /// The day the plan was made.
        made: NaiveDate,
    },
    /// The client is expected back from an interruption (the planner shows the path as
    /// interrupted).
    Return {
        /// The interruption, by index among the events.
        interruption: usize,
        /// Its first day.
        since: NaiveDate,
    },
    /// An individual meeting in week `week` (1-based) after a job start.
    FollowAlong {
        /// The job start, by index among the events.
        job: usize,
        /// Its first working day.
        start: NaiveDate,
        /// The week at work, from 1.
        week: u32,
    },
    /// A step of the client coordinator's workflow within `days` of `from`.
    WorkflowStep {
        /// The step.
        step: crate::service::planner::workflow::WorkflowStep,
        /// The day the time starts: the identified need, or the assessment.
        from: NaiveDate,
        /// The days allowed.
        days: u32,
        /// The event that took the step, by index among the events.
        done: Option<usize>,
    },
    /// The referral to the service, recorded by the first day.
    Referral,
    /// A physiotherapist's initial assessment on or before the first group session.
    PhysiotherapyAssessment {
        /// The first group session, by index among the events.
        group: Option<usize>,
    },
    /// A doctor's health and wellbeing assessment offered during a phase.
    HealthAssessment {
        /// Index of the phase record.
        phase: usize,
    },
    /// A multiprofessional team of `min_professions` professions (with health care when
    /// `health_care`) from the first day.
    Team {
        /// The fewest professions.
        min_professions: u32,
        /// Whether health care is asked for.
        health_care: bool,
        /// The distinct professions in the path's team.
        actual: u32,
    },
    /// One client coordinator on every day; open on a day no one covers.
    Coordinator,
    /// An individual meeting within `within_days` after a job start.
    SupportAfterJobStart {
        /// The job start, by index among the events.
        job: usize,
        /// Its first working day.
        start: NaiveDate,
        /// The days allowed.
        within_days: u32,
    },
}

impl Kind<'_> {
    /// The index of the phase record the obligation belongs to, if it belongs to one.
    pub(crate) fn phase(&self) -> Option<usize> {
        match self {
            Kind::Contacts { phase, .. }
            | Kind::TotalContacts { phase, .. }
            | Kind::StartMeasurement { phase, .. }
            | Kind::EndMeasurement { phase, .. }
            | Kind::PhaseEnd { phase, .. }
            | Kind::HealthAssessment { phase } => Some(*phase),
            Kind::Plan { .. }
            | Kind::Referral
            | Kind::PhysiotherapyAssessment { .. }
            | Kind::Team { .. }
            | Kind::Coordinator
            | Kind::EmployerContact { .. }
            | Kind::SupportAfterJobStart { .. }
            | Kind::WorkflowStep { .. }
            | Kind::FollowAlong { .. }
            | Kind::PlanReview { .. }
            | Kind::Return { .. } => None,
        }
    }
}

/// An upper bound on the calendar periods [`Obligations::of`] walks for `path` as of
/// `as_of`: for each phase record and each cadence of its phase, the weeks or months from
/// its start to its end or `as_of`, whichever is later. O(phase records); what the
/// validation and planning limits compare with `ValidationLimits::max_obligation_periods`.
pub(crate) fn periods_bound(
    path: &ServicePath,
    models: &crate::service::spec::model_set::ServiceModels,
    as_of: NaiveDate,
) -> u64 {
    let mut total: u64 = 0;
    for enrolment in &path.enrolments {
        // An enrolment with dates out of the supported range gets no obligations.
        let Some(spec) = models
            .get(&enrolment.model)
            .filter(|_| supported(enrolment, as_of))
        else {
            continue;
        };
        for record in &enrolment.phases {
            let Some(phase) = spec.phase(&record.phase) else {
                continue;
            };
            let last = record.end.unwrap_or(as_of).max(as_of).max(record.start);
            for cadence in &phase.cadence {
                let per = cadence.per;
                let span = crate::service::record::period::index_of(per, last)
                    - crate::service::record::period::index_of(per, record.start)
                    + 2;
                total = total.saturating_add(u64::try_from(span).unwrap_or(0));
            }
        }
    }
    total
}

/// The obligations of one enrolment as of one day.
#[derive(Debug, Clone, Default)]
pub(crate) struct Obligations<'s> {
    pub(crate) items: Vec<Obligation<'s>>,
}

impl<'s> Obligations<'s> {
    /// Everything `spec` asks of `enrolment` (one of `path`'s) as of `as_of`.
    ///
    /// Periods are checked only when they lie wholly inside their phase; a period counts as
    /// missed once it has wholly passed. A measurement counts within
    /// [`Tolerances::measurement_window_days`](crate::service::spec::model_spec::Tolerances) of its
    /// day.
    pub(crate) fn of(
        path: &ServicePath,
        coordinators: &Coverage,
        plans: &crate::service::obligation::plan_index::PlanIndex,
        enrolment: &Enrolment,
        events: &EventIndex,
        spec: &'s ServiceModelSpec,
        as_of: NaiveDate,
    ) -> Self {
        let mut items = Vec::new();
        if !supported(enrolment, as_of) {
            // The validator reports such dates; periods over them would not end soon.
            return Obligations { items };
        }
        let away = Away::of(enrolment, events, as_of);
        let context = Context {
            path,
            coordinators,
            plans,
            enrolment,
            events,
            spec,
            away: &away,
            as_of,
        };
        for (index, record) in enrolment.phases.iter().enumerate() {
            if let Some(phase_spec) = spec.phase(&record.phase) {
                phase::phase(&mut items, &context, index, record, phase_spec);
            }
        }
        for requirement in &spec.requirements {
            match requirement {
                Requirement::FollowAlongSupport { weeks } => {
                    follow_along::obligations(&mut items, &context, *weeks);
                }
                Requirement::CoordinatorWorkflow {
                    assessment_within_days,
                    plan_within_days,
                } => workflow::obligations(
                    &mut items,
                    &context,
                    *assessment_within_days,
                    *plan_within_days,
                ),
                _ => enrolment::enrolment_wide(&mut items, &context, requirement),
            }
        }
        enrolment::reviews(&mut items, enrolment, as_of);
        // An open interruption: the planner shows when the client is expected back.
        let (interrupted, _) = interruptions(enrolment, events);
        if let Some(open) = interrupted.iter().find(|span| span.last.is_none()) {
            items.push(Obligation {
                kind: Kind::Return {
                    interruption: open.index,
                    since: open.first,
                },
                due: open.expected_return.unwrap_or(as_of).max(open.first),
                fulfilled: false,
                missed: false,
                current: open.first <= as_of,
            });
        }
        Obligations { items }
    }

    /// The open obligations of the running phases and the enrolment: what the planner
    /// lists.
    pub(crate) fn open(&self) -> impl Iterator<Item = &Obligation<'s>> {
        self.items
            .iter()
            .filter(|item| item.current && !item.fulfilled)
    }
}

/// Whether every date the obligations are derived from lies in the range the crate
/// supports (1900–2100).
pub(crate) fn supported(enrolment: &Enrolment, as_of: NaiveDate) -> bool {
    let supported = |date: Option<NaiveDate>| date.is_none_or(is_supported);
    supported(Some(enrolment.start))
        && supported(enrolment.end)
        && enrolment
            .phases
            .iter()
            .all(|p| supported(Some(p.start)) && supported(p.end))
        && is_supported(as_of)
}

pub(super) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What every phase's obligations are read against.
pub(crate) struct Context<'a> {
    pub(crate) path: &'a ServicePath,
    /// The days some client coordinator of the path covers, merged once per path.
    pub(crate) coordinators: &'a Coverage,
    /// The plans of the whole path, by date.
    pub(crate) plans: &'a crate::service::obligation::plan_index::PlanIndex,
    pub(crate) enrolment: &'a Enrolment,
    pub(crate) events: &'a EventIndex,
    pub(crate) spec: &'a ServiceModelSpec,
    pub(crate) away: &'a Away,
    pub(crate) as_of: NaiveDate,
}
