//! A path that fulfils a spec: one generic builder for any service model spec.
//!
//! [`fulfilling`] reads a spec the way the validator and the planner do and records, from
//! a start to a day, what the spec asks for: the phases in the order the spec allows, each
//! as long as its shortest allowed length; in every week or month of a phase the fewest
//! contacts its cadence asks for, each as long as the cadence allows; the totals and
//! themes of a phase; the measurements at a phase's start and end; the plan, referral,
//! coordinator, team, physiotherapist's and doctor's assessments and the first employer
//! contact the model's requirements ask for. A [`Realism`] changes how: phase lengths,
//! contacts on a schedule, themes spread, one-off events, people. Only what has happened
//! by the day is kept.

use chrono::NaiveDate;

use super::realism::{Contacts, Realism};
use super::requirements::requirements;
use crate::calendar::add_months;
use crate::client::ClientId;
use crate::service::record::event::{Event, EventKind, Theme};
use crate::service::record::key::StaffId;
use crate::service::record::measurement::{InstrumentKind, Measurement};
use crate::service::record::path::{
    CoordinatorAssignment, Enrolment, PhaseRecord, ServicePath, WorkerRole,
};
use crate::service::record::period::{PeriodSpan, index_of};
use crate::service::spec::model_spec::{Cadence, PhaseSpec, ServiceModelSpec};
use crate::service::spec::parameter::{Role, cadence_values};
use crate::work_activity::model::{Content, Profiles};
use crate::work_activity::placement::{ContentMinutes, WorkActivityPlacement};

/// Months a phase without a length in its spec lasts in a built path (a derived default:
/// the shortest phase length of the crate's default models).
pub const DEFAULT_PHASE_MONTHS: u32 = 3;

/// Minutes a contact lasts when its cadence sets no length (a derived default: an hour's
/// meeting).
pub const DEFAULT_CONTACT_MINUTES: u32 = 60;

/// A path for `client` in the model `spec`, starting on `start` and recorded up to
/// `as_of`, that fulfils the spec and is lived as `realism` says: with
/// [`Realism::default`] it validates with no error or warning against a set of models
/// holding `spec`, and [`ServicePath::due`] lists nothing overdue on `as_of`. The crate's
/// sample paths are this builder with each default model's realism
/// ([`sample::realism`](super::sample::realism)), and their tests hold them to the same
/// promise.
///
/// Phases follow the spec's order: the first phase, then the first `next` phase that is
/// not optional (else the first `next`), until a phase has none or one repeats. Each lasts
/// as long as `realism` says, else as short as its spec allows. The enrolment ends with
/// its last phase only when every required phase was visited.
///
/// What a spec can ask that no path can give is outside the promise: a cadence whose
/// fewest contacts times their shortest length exceed the period's most minutes, two
/// cadences of one kind in a phase whose limits conflict, or cadences of job starts and
/// ends. So is a `realism` whose schedules keep fewer contacts than a cadence asks. Dates
/// outside 1900–2100 give a path the validator reports as out of range.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::build::{Realism, fulfilling};
/// use tyokyky::service::spec::models;
/// use tyokyky::{ClientId, ServiceModels};
///
/// let spec = models::mapping_and_coaching();
/// let start = NaiveDate::from_ymd_opt(2024, 3, 14).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 9, 1).ok_or("date")?;
/// let path = fulfilling(&spec, ClientId::new("demo-1")?, start, as_of, &Realism::default());
/// assert!(path.validate(as_of).is_clean());
/// assert_eq!(path.due(as_of).overdue().count(), 0);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn fulfilling(
    spec: &ServiceModelSpec,
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
    realism: &Realism,
) -> ServicePath {
    let mut enrolment = Enrolment::new(spec.id.clone(), start);
    let mut spans: Vec<Span<'_>> = Vec::new();
    let mut day = start;
    for phase_spec in phase_order(spec) {
        if day > as_of {
            break;
        }
        let end = phase_last_day(phase_spec, day, realism);
        enrolment.phases.push(PhaseRecord {
            phase: phase_spec.id.clone(),
            start: day,
            end: (end < as_of).then_some(end),
        });
        spans.push(Span {
            spec: phase_spec,
            first: day,
            last: end,
        });
        day = end.succ_opt().unwrap_or(end);
    }
    let last_end = spans.last().map_or(start, |span| span.last);
    for contacts in &realism.contacts {
        scheduled(&mut enrolment.events, contacts, &spans, start, last_end);
    }
    for span in &spans {
        phase(&mut enrolment, span, as_of, realism);
    }
    for (at, event) in &realism.events {
        if let Some(date) = at.date_from(start) {
            enrolment.events.push(event.clone().moved_to(date));
        }
    }
    let visited_all = spec
        .phases
        .iter()
        .filter(|phase| !phase.optional)
        .all(|phase| enrolment.phases.iter().any(|r| r.phase == phase.id));
    if visited_all && last_end < as_of {
        enrolment.end = Some(last_end);
    }
    let mut path = ServicePath::new(client);
    requirements(&mut path, &mut enrolment, spec, realism);
    people(&mut path, realism, start, as_of);
    enrolment.events.retain(|event| event.date() <= as_of);
    enrolment
        .events
        .sort_by_key(|event| (event.date(), event.kind()));
    enrolment.measurements.retain(|m| m.date <= as_of);
    enrolment.work_activity = realism
        .work_activity
        .as_ref()
        .map(|placement| delivered(placement, &enrolment.events));
    path.enrolments.push(enrolment);
    path
}

/// A phase of the built path: its spec and its days.
struct Span<'s> {
    spec: &'s PhaseSpec,
    first: NaiveDate,
    last: NaiveDate,
}

/// Scheduled contacts within their phase (or the enrolment) and their window.
fn scheduled(
    events: &mut Vec<Event>,
    contacts: &Contacts,
    spans: &[Span<'_>],
    start: NaiveDate,
    last_end: NaiveDate,
) {
    let (Some(from), until) = (
        contacts.from.date_from(start),
        contacts.until.and_then(|until| until.date_from(start)),
    ) else {
        return;
    };
    let windows: Vec<(NaiveDate, NaiveDate)> = match &contacts.phase {
        None => vec![(start, last_end)],
        Some(id) => spans
            .iter()
            .filter(|span| &span.spec.id == id)
            .map(|span| (span.first, span.last))
            .collect(),
    };
    for (first, last) in windows {
        let first = first.max(from);
        let last = until
            .and_then(|u| u.pred_opt())
            .map_or(last, |u| last.min(u));
        if first > last {
            continue;
        }
        let added: Vec<Event> = contacts
            .on
            .days(first, last)
            .into_iter()
            .map(|day| contacts.event.clone().moved_to(day))
            .collect();
        events.extend(added);
    }
}

/// The client coordinators and the team `realism` names, in place of those the
/// requirements built.
fn people(path: &mut ServicePath, realism: &Realism, start: NaiveDate, as_of: NaiveDate) {
    let starts: Vec<(NaiveDate, &StaffId)> = realism
        .coordinators
        .iter()
        .filter_map(|(at, staff)| Some((at.date_from(start)?, staff)))
        .filter(|(from, _)| *from <= as_of)
        .collect();
    if !starts.is_empty() {
        path.coordinators = starts
            .iter()
            .enumerate()
            .map(|(i, (from, staff))| CoordinatorAssignment {
                stands_in_for: None,
                staff: (*staff).clone(),
                role: WorkerRole::ClientCoordinator,
                start: *from,
                end: starts.get(i + 1).and_then(|(next, _)| next.pred_opt()),
            })
            .collect();
    }
    if !realism.team.is_empty() {
        path.team = realism.team.clone();
    }
}

/// A placement whose delivered minutes are the minutes of `events`, split by its model's
/// profile.
fn delivered(placement: &WorkActivityPlacement, events: &[Event]) -> WorkActivityPlacement {
    let minutes: u32 = events
        .iter()
        .filter_map(Event::minutes)
        .fold(0, u32::saturating_add);
    let profile = Profiles::DEFAULT.of(placement.model);
    let part = |content| minutes / 100 * u32::from(profile.get(content));
    let mut placement = placement.clone();
    placement.delivered_minutes = ContentMinutes {
        life_management: part(Content::LifeManagement),
        working_life_readiness: part(Content::WorkingLifeReadiness),
        doing_the_work: part(Content::DoingTheWork),
    };
    placement
}

/// The phases a built path goes through, in order.
fn phase_order(spec: &ServiceModelSpec) -> Vec<&PhaseSpec> {
    let mut order: Vec<&PhaseSpec> = Vec::new();
    let mut next = spec.phases.first();
    while let Some(phase) = next {
        if order.iter().any(|seen| seen.id == phase.id) {
            break;
        }
        order.push(phase);
        let candidates: Vec<&PhaseSpec> =
            phase.next.iter().filter_map(|id| spec.phase(id)).collect();
        next = candidates
            .iter()
            .find(|candidate| !candidate.optional)
            .or(candidates.first())
            .copied();
    }
    order
}

/// The last day of a phase starting on `start`: as long as `realism` says, else as long
/// as its shortest allowed length (at least a month) read on that day.
fn phase_last_day(phase: &PhaseSpec, start: NaiveDate, realism: &Realism) -> NaiveDate {
    if let Some(length) = realism.length_of(&phase.id) {
        return length
            .date_from(start)
            .and_then(|end| end.pred_opt())
            .filter(|end| *end >= start)
            .unwrap_or(start);
    }
    let months = phase.length.map_or(DEFAULT_PHASE_MONTHS, |length| {
        let shortest = length.min_months.on(start).unwrap_or(0).max(1);
        length
            .max_months
            .on(start)
            .map_or(shortest, |longest| shortest.min(longest))
    });
    add_months(start, months)
        .and_then(|end| end.pred_opt())
        .unwrap_or(start)
}

/// The minutes a contact of `kind` lasts in this phase on `date`: the longest of the
/// cadence's lower bounds (or [`DEFAULT_CONTACT_MINUTES`]), kept within every upper bound
/// of a contact's minutes its parameters declare.
fn minutes_for(phase: &PhaseSpec, kind: EventKind, date: NaiveDate) -> u32 {
    phase
        .cadence
        .iter()
        .find(|cadence| cadence.event == kind)
        .map_or(DEFAULT_CONTACT_MINUTES, |cadence| {
            let wanted = cadence_values(cadence, Role::ContactMinutesAtLeast, date)
                .max()
                .unwrap_or(DEFAULT_CONTACT_MINUTES);
            cadence_values(cadence, Role::ContactMinutesAtMost, date).fold(wanted, u32::min)
        })
}

/// What a phase's spec asks within its days: the contacts of its cadences that `realism`
/// does not schedule, its totals, themes and measurements.
fn phase(enrolment: &mut Enrolment, span: &Span<'_>, as_of: NaiveDate, realism: &Realism) {
    let (phase_spec, start, end) = (span.spec, span.first, span.last);
    let last = end.min(as_of);
    let scheduled = |kind: EventKind| {
        realism.contacts.iter().any(|contacts| {
            contacts.event.kind() == kind
                && contacts
                    .phase
                    .as_ref()
                    .is_none_or(|id| *id == phase_spec.id)
        })
    };
    for cadence in &phase_spec.cadence {
        if !scheduled(cadence.event) {
            contacts(enrolment, phase_spec, cadence, start, last);
        }
    }
    for total in &phase_spec.totals {
        let Some(min_count) = total.min_count.on(start) else {
            continue;
        };
        let done = enrolment
            .events
            .iter()
            .filter(|e| e.kind() == total.event && start <= e.date() && e.date() <= end)
            .count();
        let missing = (min_count as usize).saturating_sub(done);
        let minutes = minutes_for(phase_spec, total.event, start);
        let days = start
            .iter_days()
            .take_while(|day| *day <= last)
            .take(missing);
        let added: Vec<Event> = days
            .map(|day| Event::of_kind(total.event, day, minutes, Vec::new()))
            .collect();
        enrolment.events.extend(added);
    }
    match realism.themes_per_contact {
        Some(per_contact) if spread_themes(enrolment, phase_spec, span, per_contact) => {}
        _ => themes(enrolment, phase_spec, start, end),
    }
    for &instrument in &phase_spec.measurements_at_start {
        enrolment
            .measurements
            .push(measurement(start, instrument, false));
    }
    // The end measurement at the phase's last day, or at its planned end while it runs:
    // the length `realism` gives it, else the longest its spec allows.
    let planned_end = if end < as_of || realism.length_of(&phase_spec.id).is_some() {
        end
    } else {
        phase_spec
            .length
            .and_then(|length| length.max_months.on(start))
            .and_then(|months| add_months(start, months))
            .and_then(|limit| limit.pred_opt())
            .unwrap_or(end)
    };
    for &instrument in &phase_spec.measurements_at_end {
        enrolment
            .measurements
            .push(measurement(planned_end, instrument, true));
    }
}

/// The themes a built phase deals with: the expected ones and the offered ones too, since
/// a path that keeps to the spec meets what it offers.
fn wanted_themes(phase_spec: &PhaseSpec) -> Vec<Theme> {
    phase_spec
        .expected_themes
        .iter()
        .chain(&phase_spec.offered_themes)
        .copied()
        .collect()
}

/// The phase's themes spread over its meetings and group sessions that have none, in
/// order of date, `per_contact` each and round again; `false` when it has no such contact.
fn spread_themes(
    enrolment: &mut Enrolment,
    phase_spec: &PhaseSpec,
    span: &Span<'_>,
    per_contact: u8,
) -> bool {
    let wanted = wanted_themes(phase_spec);
    if wanted.is_empty() {
        return true;
    }
    let mut carriers: Vec<&mut Event> = enrolment
        .events
        .iter_mut()
        .filter(|e| span.first <= e.date() && e.date() <= span.last && e.themes().is_empty())
        .filter(|e| {
            matches!(
                e,
                Event::IndividualMeeting { .. } | Event::GroupSession { .. }
            )
        })
        .collect();
    if carriers.is_empty() {
        return false;
    }
    carriers.sort_by_key(|event| (event.date(), event.kind()));
    let mut next = wanted.iter().cycle();
    for carrier in carriers {
        if let Event::IndividualMeeting { themes, .. } | Event::GroupSession { themes, .. } =
            carrier
        {
            themes.extend(next.by_ref().take(usize::from(per_contact.max(1))).copied());
        }
    }
    true
}

/// The fewest contacts of a cadence in every period that overlaps the phase up to `last`,
/// on the first days of each period.
fn contacts(
    enrolment: &mut Enrolment,
    phase_spec: &PhaseSpec,
    cadence: &Cadence,
    start: NaiveDate,
    last: NaiveDate,
) {
    if last < start {
        return;
    }
    let mut period = PeriodSpan::containing(cadence.per, start);
    let last_index = index_of(cadence.per, last);
    while let Some(span) = period {
        if index_of(cadence.per, span.first_day()) > last_index {
            break;
        }
        let from = span.first_day().max(start);
        let to = span.last_day().unwrap_or(last).min(last);
        // The fewest contacts the period asks on its first day in the phase, each as long
        // as the day's bounds allow.
        let count = cadence_values(cadence, Role::CountAtLeast, from)
            .max()
            .unwrap_or(0);
        let minutes = minutes_for(phase_spec, cadence.event, from);
        let days = from
            .iter_days()
            .take_while(|day| *day <= to)
            .take(count as usize);
        let added: Vec<Event> = days
            .map(|day| Event::of_kind(cadence.event, day, minutes, Vec::new()))
            .collect();
        enrolment.events.extend(added);
        period = span.next();
    }
}

/// The phase's expected themes, on the first event of the phase that carries themes, or
/// on a meeting of a kind the phase does not limit.
fn themes(enrolment: &mut Enrolment, phase_spec: &PhaseSpec, start: NaiveDate, end: NaiveDate) {
    let wanted = wanted_themes(phase_spec);
    if wanted.is_empty() {
        return;
    }
    let carrier = enrolment.events.iter_mut().find(|e| {
        start <= e.date()
            && e.date() <= end
            && matches!(
                e,
                Event::IndividualMeeting { .. } | Event::GroupSession { .. }
            )
    });
    if let Some(Event::IndividualMeeting { themes, .. } | Event::GroupSession { themes, .. }) =
        carrier
    {
        themes.extend(wanted);
        return;
    }
    let limited = |kind: EventKind| {
        phase_spec.cadence.iter().any(|c| {
            c.event == kind && (c.max_count.is_some() || c.max_minutes_per_period.is_some())
        })
    };
    let kind = [EventKind::IndividualMeeting, EventKind::GroupSession]
        .into_iter()
        .find(|kind| !limited(*kind))
        .unwrap_or(EventKind::IndividualMeeting);
    let minutes = minutes_for(phase_spec, kind, start);
    enrolment
        .events
        .push(Event::of_kind(kind, start, minutes, wanted));
}

fn measurement(date: NaiveDate, instrument: InstrumentKind, improved: bool) -> Measurement {
    Measurement {
        date,
        result: crate::service::build::sample::result(instrument, improved),
    }
}
