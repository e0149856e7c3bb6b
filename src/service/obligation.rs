//! What a service model spec asks of one enrolment as of a date: the obligations, derived
//! in one place.
//!
//! Each obligation knows when it is due, whether the path has fulfilled it, and whether
//! the time to fulfil it has passed. The two views of a spec read the same list:
//! [`ServicePath::validate`](crate::ServicePath::validate) reports the *missed* ones as
//! findings, [`ServicePath::due`](crate::ServicePath::due) lists the *open* ones of the
//! current phases.

use chrono::NaiveDate;

use crate::calendar::{add_months, is_supported, plus_days};
use crate::rules::pointer::JsonPointer;
use crate::service::away::{Away, interruptions};
use crate::service::due_kind::DueKind;
use crate::service::event::{Event, EventKind, PlanKind};
use crate::service::event_index::{Coverage, EventIndex};
use crate::service::measurement::InstrumentKind;
use crate::service::path::{Enrolment, PhaseRecord, ServicePath};
use crate::service::period::{PeriodSpan, index_of, whole_range};
use crate::service::spec::{Cadence, PhaseSpec, Requirement, ServiceModelSpec, Total};

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
    /// A plan drawn up on or before the first day.
    Plan {
        /// The latest qualifying plan, by index among the events.
        latest: Option<usize>,
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
        step: crate::service::workflow::WorkflowStep,
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

impl Kind<'_> {
    /// The obligation as the planner lists it: where on the path it belongs (`base` is
    /// the enrolment's pointer) and what is due.
    pub(crate) fn due(&self, base: &JsonPointer) -> (JsonPointer, DueKind) {
        use crate::service::due_kind as due;
        let phase_at = |phase: usize| base.clone().field("phases").index(phase);
        let events = || base.clone().field("events");
        match self {
            Kind::Contacts {
                phase,
                cadence,
                period,
                required,
                done,
                ..
            } => (
                phase_at(*phase),
                due::ContactDue {
                    event: cadence.event,
                    period: period.to_string(),
                    required: *required,
                    done: *done,
                }
                .into(),
            ),
            Kind::TotalContacts {
                phase,
                total,
                required,
                done,
            } => (
                phase_at(*phase),
                due::TotalContactsDue {
                    event: total.event,
                    required: *required,
                    done: *done,
                }
                .into(),
            ),
            Kind::StartMeasurement { instrument, .. } => (
                base.clone().field("measurements"),
                due::StartMeasurementDue {
                    instrument: *instrument,
                }
                .into(),
            ),
            Kind::EndMeasurement { instrument, .. } => (
                base.clone().field("measurements"),
                due::EndMeasurementDue {
                    instrument: *instrument,
                }
                .into(),
            ),
            Kind::PhaseEnd { phase, spec } => (
                phase_at(*phase),
                due::PhaseEndDue {
                    phase: spec.id.clone(),
                    next: spec.next.clone(),
                }
                .into(),
            ),
            Kind::Plan { .. } => (events(), due::PlanDue {}.into()),
            Kind::Referral => (events(), due::ReferralDue {}.into()),
            Kind::PhysiotherapyAssessment { group } => (
                group.map_or_else(events, |index| events().index(index)),
                due::PhysiotherapyAssessmentDue {}.into(),
            ),
            Kind::HealthAssessment { phase } => {
                (phase_at(*phase), due::HealthAssessmentDue {}.into())
            }
            Kind::Team {
                min_professions,
                actual,
                ..
            } => (
                JsonPointer::root().field("team"),
                due::TeamDue {
                    required: *min_professions,
                    actual: *actual,
                }
                .into(),
            ),
            Kind::Coordinator => (
                JsonPointer::root().field("coordinators"),
                due::CoordinatorDue {}.into(),
            ),
            Kind::EmployerContact { .. } => (events(), due::EmployerContactDue {}.into()),
            Kind::FollowAlong { job, start, week } => (
                events().index(*job),
                due::FollowAlongDue {
                    job_start: *start,
                    week: *week,
                }
                .into(),
            ),
            Kind::WorkflowStep { step, done, .. } => (
                done.map_or_else(events, |index| events().index(index)),
                due::WorkflowStepDue { step: *step }.into(),
            ),
            Kind::SupportAfterJobStart { start, .. } => (
                events(),
                due::SupportAfterJobStartDue { job_start: *start }.into(),
            ),
            Kind::PlanReview { plan, made } => (
                events().index(*plan),
                due::PlanReviewDue { plan_date: *made }.into(),
            ),
            Kind::Return {
                interruption,
                since,
            } => (
                events().index(*interruption),
                due::ReturnDue { since: *since }.into(),
            ),
        }
    }
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
    /// [`Tolerances::measurement_window_days`](crate::service::spec::Tolerances) of its
    /// day.
    pub(crate) fn of(
        path: &ServicePath,
        coordinators: &Coverage,
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
            enrolment,
            events,
            spec,
            away: &away,
            as_of,
        };
        for (index, record) in enrolment.phases.iter().enumerate() {
            if let Some(phase_spec) = spec.phase(&record.phase) {
                phase(&mut items, &context, index, record, phase_spec);
            }
        }
        for requirement in &spec.requirements {
            match requirement {
                Requirement::FollowAlongSupport { weeks } => {
                    crate::service::follow_along::obligations(&mut items, &context, *weeks);
                }
                Requirement::CoordinatorWorkflow {
                    assessment_within_days,
                    plan_within_days,
                } => crate::service::workflow::obligations(
                    &mut items,
                    &context,
                    *assessment_within_days,
                    *plan_within_days,
                ),
                _ => enrolment_wide(&mut items, &context, requirement),
            }
        }
        reviews(&mut items, enrolment, as_of);
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

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What every phase's obligations are read against.
pub(crate) struct Context<'a> {
    pub(crate) path: &'a ServicePath,
    /// The days some client coordinator of the path covers, merged once per path.
    pub(crate) coordinators: &'a Coverage,
    pub(crate) enrolment: &'a Enrolment,
    pub(crate) events: &'a EventIndex,
    pub(crate) spec: &'a ServiceModelSpec,
    pub(crate) away: &'a Away,
    pub(crate) as_of: NaiveDate,
}

fn phase<'s>(
    items: &mut Vec<Obligation<'s>>,
    context: &Context<'_>,
    index: usize,
    record: &PhaseRecord,
    phase_spec: &'s PhaseSpec,
) {
    let Context {
        enrolment,
        spec,
        as_of,
        ..
    } = *context;
    let running = record.start <= as_of && record.end.is_none_or(|end| end >= as_of);
    let ended = record.end.is_some_and(|end| end < as_of);
    for cadence in &phase_spec.cadence {
        contacts(items, context, index, record, cadence, running);
    }
    // The day the phase ends, or is planned to end while it runs.
    let planned_end = record.end.or_else(|| {
        phase_spec
            .length
            .and_then(|length| length.max_months.on(record.start))
            .and_then(|months| add_months(record.start, months))
            .and_then(|limit| limit.pred_opt())
    });
    // A client away with a reason misses the sessions of those days: a sick week in a
    // ten-week group owes one session fewer.
    let phase_last = record.end.unwrap_or(as_of).max(record.start);
    let phase_days = (phase_last - record.start).num_days() + 1;
    let away_days = context.away.days_within(record.start, phase_last);
    for total in &phase_spec.totals {
        // The total the law or source asked when the phase began.
        let Some(min_count) = total.min_count.on(record.start) else {
            continue;
        };
        let done = count(
            enrolment
                .events
                .iter()
                .filter(|event| event.kind() == total.event && record.contains(event.date()))
                .count(),
        );
        let present = u64::try_from(phase_days - away_days).unwrap_or(0);
        let days = u64::try_from(phase_days).unwrap_or(1).max(1);
        let required = u32::try_from(u64::from(min_count) * present / days).unwrap_or(min_count);
        let fulfilled = done >= required;
        items.push(Obligation {
            kind: Kind::TotalContacts {
                phase: index,
                total,
                required,
                done,
            },
            due: planned_end.unwrap_or(as_of).max(as_of),
            fulfilled,
            missed: ended && !fulfilled,
            current: running,
        });
    }
    let window = spec.tolerances.measurement_window_days;
    for &instrument in &phase_spec.measurements_at_start {
        let due = plus_days(record.start, window);
        let fulfilled = enrolment.measured_near(instrument, record.start, window);
        items.push(Obligation {
            kind: Kind::StartMeasurement {
                phase: index,
                instrument,
            },
            due,
            fulfilled,
            missed: !fulfilled && as_of > due,
            current: running,
        });
    }
    if let Some(end) = planned_end {
        for &instrument in &phase_spec.measurements_at_end {
            let fulfilled = enrolment.measured_near(instrument, end, window);
            // Only a phase that has ended can have missed its end measurement.
            let final_end = record.end.is_some_and(|end| plus_days(end, window) < as_of);
            items.push(Obligation {
                kind: Kind::EndMeasurement {
                    phase: index,
                    instrument,
                },
                due: end,
                fulfilled,
                missed: !fulfilled && final_end,
                current: running,
            });
        }
        if record.end.is_none() && phase_spec.length.is_some() {
            items.push(Obligation {
                kind: Kind::PhaseEnd {
                    phase: index,
                    spec: phase_spec,
                },
                due: end,
                fulfilled: false,
                missed: false,
                current: running,
            });
        }
    }
}

/// The periods of one cadence in one phase: every period that lies wholly in the phase and
/// has wholly passed (the validator's), and the running period and the one before it
/// while the phase runs (the planner's).
fn contacts<'s>(
    items: &mut Vec<Obligation<'s>>,
    context: &Context<'_>,
    index: usize,
    record: &PhaseRecord,
    cadence: &'s Cadence,
    running: bool,
) {
    let Context {
        enrolment,
        events,
        away,
        as_of,
        spec,
        ..
    } = *context;
    let per = cadence.per;
    let yesterday = as_of.pred_opt().unwrap_or(as_of);
    let until = record.end.map_or(yesterday, |end| end.min(yesterday));
    let (from, to) = whole_range(per, record.start, until);
    let current = index_of(per, as_of);
    // The running period counts while the phase runs, whole or not.
    let last = if running { to.max(current) } else { to };
    let first = if running { from.min(current) } else { from };
    let periods = usize::try_from(last - first + 1).unwrap_or(0);
    let mut buckets = vec![(0u32, 0u32); periods];
    // A work-activity day counts once however many records it has (the law counts days a
    // week); meetings and sessions count each. Events come by date.
    let per_day = cadence.event == EventKind::WorkActivityDay;
    let mut counted_day = None;
    for event in events.events_between(&enrolment.events, cadence.event, record.start, record.end) {
        let offset = index_of(per, event.date()) - first;
        if let Some(bucket) = usize::try_from(offset)
            .ok()
            .and_then(|i| buckets.get_mut(i))
        {
            if !(per_day && counted_day == Some(event.date())) {
                bucket.0 = bucket.0.saturating_add(1);
            }
            counted_day = Some(event.date());
            bucket.1 = bucket.1.saturating_add(event.minutes().unwrap_or(0));
        }
    }
    // The cadence's numbers over the phase: one lookup when the law does not change
    // inside it, else per period.
    let phase_last = record.end.unwrap_or(as_of).max(record.start);
    let over_phase =
        |amount: crate::service::amount::Amount| amount.between(record.start, phase_last);
    let min_count = over_phase(cadence.min_count);
    let max_count = cadence.max_count.map(over_phase);
    let max_minutes = cadence.max_minutes_per_period.map(over_phase);
    for (offset, &(done, minutes)) in buckets.iter().enumerate() {
        let period_index = first + offset as i64;
        let whole_and_past = (from..=to).contains(&period_index);
        let planner_sees = running && (period_index == current || period_index + 1 == current);
        if !whole_and_past && !planner_sees {
            continue;
        }
        // The planner's previous period must lie wholly in the phase.
        if !whole_and_past && period_index + 1 == current && period_index < from {
            continue;
        }
        // The day the period's numbers are read on: its first day in the phase.
        let read_on = || {
            PeriodSpan::containing_index(per, period_index)
                .first_day()
                .max(record.start)
        };
        let resolve = |over: Result<Option<u32>, crate::service::amount::Amount>| match over {
            Ok(value) => value,
            Err(amount) => amount.on(read_on()),
        };
        let required = resolve(min_count).unwrap_or(0);
        let max = max_count.and_then(resolve);
        let max_minutes = max_minutes.and_then(resolve);
        // A passed period with enough contacts and none over a limit concerns neither
        // view: skip it before any calendar arithmetic (most periods of a kept path).
        let over_limit =
            max.is_some_and(|max| done > max) || max_minutes.is_some_and(|max| minutes > max);
        if !planner_sees && done >= required && !over_limit {
            continue;
        }
        let period = PeriodSpan::containing_index(per, period_index);
        let last_day = period.last_day().unwrap_or(NaiveDate::MAX);
        // The days of the period in the phase (and, while it runs, up to the day asked).
        let first_in = period.first_day().max(record.start);
        let last_in = last_day
            .min(record.end.unwrap_or(as_of))
            .min(as_of.max(first_in));
        let excused = away.excuses(first_in, last_in, spec.tolerances.excused_period_percent);
        // A period mostly spent away with a reason owes nothing.
        let fulfilled = done >= required || excused;
        items.push(Obligation {
            kind: Kind::Contacts {
                phase: index,
                cadence,
                period,
                required,
                max,
                max_minutes,
                done,
                minutes,
                past: whole_and_past,
            },
            due: record.end.map_or(last_day, |end| end.min(last_day)),
            fulfilled,
            missed: whole_and_past && !fulfilled,
            current: planner_sees,
        });
    }
}

fn enrolment_wide<'s>(
    items: &mut Vec<Obligation<'s>>,
    context: &Context<'_>,
    requirement: &'s Requirement,
) {
    let Context {
        path,
        enrolment,
        as_of,
        ..
    } = *context;
    let running = enrolment.start <= as_of && enrolment.end.is_none_or(|end| end >= as_of);
    match requirement {
        Requirement::PlanBeforeStart { plans } => {
            let latest = latest_plan_before_start(enrolment, plans);
            items.push(Obligation {
                kind: Kind::Plan { latest },
                due: enrolment.start,
                fulfilled: latest.is_some(),
                missed: latest.is_none(),
                current: true,
            });
        }
        Requirement::Referral {} => {
            let first = first_of(enrolment, EventKind::Referral);
            items.push(Obligation {
                kind: Kind::Referral,
                due: enrolment.start,
                fulfilled: first.is_some(),
                // A referral before a start still to come is scheduled, not missed.
                missed: first.is_none() && as_of >= enrolment.start,
                current: true,
            });
        }
        Requirement::PhysiotherapyAssessmentBeforeGroup {} => {
            let group = first_of(enrolment, EventKind::GroupSession);
            let by = group.map_or(enrolment.start, |index| enrolment.events[index].date());
            let assessed = enrolment.events.iter().any(|event| {
                event.kind() == EventKind::PhysiotherapyAssessment && event.date() <= by
            });
            items.push(Obligation {
                kind: Kind::PhysiotherapyAssessment { group },
                due: by,
                fulfilled: assessed,
                missed: group.is_some() && !assessed,
                current: true,
            });
        }
        Requirement::HealthAssessmentOffered { phase } => {
            for (index, record) in enrolment.phases.iter().enumerate() {
                if &record.phase != phase {
                    continue;
                }
                let offered = context
                    .events
                    .between(EventKind::HealthAssessment, record.start, record.end)
                    .next()
                    .is_some();
                let ended = record.end.is_some_and(|end| end < as_of);
                let running = record.start <= as_of && !ended;
                // Offered by the phase's last day, or its planned last day while it runs.
                let planned_end = context
                    .spec
                    .phase(&record.phase)
                    .and_then(|spec| spec.length)
                    .and_then(|length| length.max_months.on(record.start))
                    .and_then(|months| add_months(record.start, months))
                    .and_then(|limit| limit.pred_opt());
                items.push(Obligation {
                    kind: Kind::HealthAssessment { phase: index },
                    due: record
                        .end
                        .or(planned_end)
                        .unwrap_or(as_of)
                        .max(record.start),
                    fulfilled: offered,
                    missed: ended && !offered,
                    current: running,
                });
            }
        }
        Requirement::Team {
            min_professions,
            health_care,
        } => {
            let mut professions: Vec<_> = path.team.iter().map(|m| m.profession).collect();
            professions.sort_unstable();
            professions.dedup();
            let actual = count(professions.len());
            let has_health = professions.iter().any(|p| p.is_health_care());
            let fulfilled = actual >= *min_professions && (!health_care || has_health);
            items.push(Obligation {
                kind: Kind::Team {
                    min_professions: *min_professions,
                    health_care: *health_care,
                    actual,
                },
                due: enrolment.start,
                fulfilled,
                missed: !fulfilled,
                current: true,
            });
        }
        Requirement::SingleCoordinator { .. } => {
            // Open on a day no one covers, since the first day of that gap.
            let gap = context.coordinators.gap_at(as_of);
            let since = gap.map_or(as_of, |first| first.max(enrolment.start));
            items.push(Obligation {
                kind: Kind::Coordinator,
                due: since.min(as_of),
                fulfilled: gap.is_none() || !running,
                // Reported as runs of days by the validator, whether today is covered or not.
                missed: false,
                current: true,
            });
        }
        Requirement::EmployerContactWithin { days } => {
            let due = plus_days(enrolment.start, *days);
            let first = first_of(enrolment, EventKind::EmployerContact);
            let late = match first {
                Some(index) => enrolment.events[index].date() > due,
                None => as_of > due,
            };
            items.push(Obligation {
                kind: Kind::EmployerContact { days: *days, first },
                due,
                fulfilled: first.is_some(),
                missed: late,
                current: true,
            });
        }
        Requirement::SupportAfterJobStart { within_days } => {
            for (job, event) in enrolment.events.iter().enumerate() {
                let Event::JobStart { date, .. } = event else {
                    continue;
                };
                let until = plus_days(*date, *within_days);
                let fulfilled = enrolment.meeting_between(*date, until);
                // An enrolment that ended before the time was up owes nothing.
                let owed = as_of > until && enrolment.end.is_none_or(|end| end >= until);
                items.push(Obligation {
                    kind: Kind::SupportAfterJobStart {
                        job,
                        start: *date,
                        within_days: *within_days,
                    },
                    due: until,
                    fulfilled,
                    missed: owed && !fulfilled,
                    current: true,
                });
            }
        }
        // Checked as a whole: the fee is advice on the enrolment, the exclusions need the
        // client (`validate_for`), the preference is read at the first employer contact;
        // follow-along support and the coordinator's workflow read the shared context in
        // `Obligations::of`.
        Requirement::AffordableForClient {}
        | Requirement::ExcludedActivities {}
        | Requirement::PreferenceBeforeJobSearch {}
        | Requirement::FollowAlongSupport { .. }
        | Requirement::CoordinatorWorkflow { .. } => {}
    }
}

/// Every plan that sets a review day owes a later plan by then.
fn reviews(items: &mut Vec<Obligation<'_>>, enrolment: &Enrolment, as_of: NaiveDate) {
    let mut plans: Vec<(NaiveDate, usize, Option<NaiveDate>)> = enrolment
        .events
        .iter()
        .enumerate()
        .filter_map(|(index, event)| match event {
            Event::Plan {
                date, review_by, ..
            } => Some((*date, index, *review_by)),
            _ => None,
        })
        .collect();
    plans.sort_unstable();
    for (position, &(made, plan, review_by)) in plans.iter().enumerate() {
        let Some(review_by) = review_by else {
            continue;
        };
        let reviewed = plans[position + 1..]
            .iter()
            .any(|(date, ..)| *date > made && *date <= as_of);
        items.push(Obligation {
            kind: Kind::PlanReview { plan, made },
            due: review_by,
            fulfilled: reviewed,
            missed: !reviewed && as_of > review_by,
            current: true,
        });
    }
}

/// The first event of `kind` by date (the lowest index on a tie).
pub(crate) fn first_of(enrolment: &Enrolment, kind: EventKind) -> Option<usize> {
    enrolment
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.kind() == kind)
        .min_by_key(|(index, event)| (event.date(), *index))
        .map(|(index, _)| index)
}

/// The latest plan of one of `plans` drawn up or reviewed on or before the first day, by
/// index among the events.
fn latest_plan_before_start(enrolment: &Enrolment, plans: &[PlanKind]) -> Option<usize> {
    enrolment
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| {
            // A plan drawn up or reviewed before the start agrees the period.
            matches!(event, Event::Plan { plan, date, .. }
                if plans.contains(plan) && *date <= enrolment.start)
        })
        .max_by_key(|(index, event)| (event.date(), *index))
        .map(|(index, _)| index)
}
