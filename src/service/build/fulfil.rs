//! A path that fulfils a spec: one generic builder for any service model spec.
//!
//! [`fulfilling`] reads a spec the way the validator and the planner do and records, from
//! a start to a day, exactly what the spec asks for: the phases in the order the spec
//! allows, each as long as its shortest allowed length; in every week or month of a phase
//! the fewest contacts its cadence asks for, each as long as the cadence allows; the totals
//! and themes of a phase; the measurements at a phase's start and end; the plan, referral,
//! coordinator, team, physiotherapist's and doctor's assessments and the first employer
//! contact the model's requirements ask for. Only what has happened by the day is kept.

use chrono::NaiveDate;

use crate::calendar::{add_months, minus_days};
use crate::client::ClientId;
use crate::service::record::event::{Event, EventKind, PlanAction, Profession, Theme};
use crate::service::record::key::StaffId;
use crate::service::record::measurement::{InstrumentKind, Measurement};
use crate::service::record::path::WorkerRole;
use crate::service::record::path::{
    CoordinatorAssignment, Enrolment, PhaseRecord, ServicePath, TeamMember,
};
use crate::service::record::period::{PeriodSpan, index_of};
use crate::service::spec::model_spec::{Cadence, PhaseSpec, Requirement, ServiceModelSpec};
use crate::service::spec::parameter::{Role, cadence_values};

/// Months a phase without a length in its spec lasts in a built path (a derived default:
/// the shortest phase length of the crate's default models).
pub const DEFAULT_PHASE_MONTHS: u32 = 3;

/// Minutes a contact lasts when its cadence sets no length (a derived default: an hour's
/// meeting).
pub const DEFAULT_CONTACT_MINUTES: u32 = 60;

/// A path for `client` in the model `spec`, starting on `start` and recorded up to
/// `as_of`, that fulfils the spec: it validates with no error or warning against a set of
/// models holding `spec`, and [`ServicePath::due`] lists nothing overdue on `as_of`.
///
/// Phases follow the spec's order: the first phase, then the first `next` phase that is
/// not optional (else the first `next`), until a phase has none or one repeats. The
/// enrolment ends with its last phase only when every required phase was visited.
///
/// What a spec can ask that no path can give is outside the promise: a cadence whose
/// fewest contacts times their shortest length exceed the period's most minutes, two
/// cadences of one kind in a phase whose limits conflict, or cadences of job starts and
/// ends. Dates outside 1900–2100 give a path the validator reports as out of range.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::{build::fulfilling, spec::models};
/// use tyokyky::{ClientId, ServiceModels};
///
/// let spec = models::mapping_and_coaching();
/// let start = NaiveDate::from_ymd_opt(2024, 3, 14).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 9, 1).ok_or("date")?;
/// let path = fulfilling(&spec, ClientId::new("demo-1")?, start, as_of);
/// assert!(path.validate(as_of).is_clean());
/// assert_eq!(path.due(as_of).overdue().count(), 0);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn fulfilling(
    spec: &ServiceModelSpec,
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> ServicePath {
    let mut enrolment = Enrolment::new(spec.id.clone(), start);
    let mut day = start;
    let mut last_end = start;
    for phase_spec in phase_order(spec) {
        if day > as_of {
            break;
        }
        let end = phase_last_day(phase_spec, day);
        enrolment.phases.push(PhaseRecord {
            phase: phase_spec.id.clone(),
            start: day,
            end: (end < as_of).then_some(end),
        });
        phase(&mut enrolment, phase_spec, day, end, as_of);
        last_end = end;
        day = end.succ_opt().unwrap_or(end);
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
    requirements(&mut path, &mut enrolment, spec);
    enrolment.events.retain(|event| event.date() <= as_of);
    enrolment
        .events
        .sort_by_key(|event| (event.date(), event.kind()));
    enrolment.measurements.retain(|m| m.date <= as_of);
    path.enrolments.push(enrolment);
    path
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

/// The last day of a phase starting on `start`, as long as its shortest allowed length
/// (at least a month) read on that day.
fn phase_last_day(phase: &PhaseSpec, start: NaiveDate) -> NaiveDate {
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

fn phase(
    enrolment: &mut Enrolment,
    phase_spec: &PhaseSpec,
    start: NaiveDate,
    end: NaiveDate,
    as_of: NaiveDate,
) {
    let last = end.min(as_of);
    for cadence in &phase_spec.cadence {
        contacts(enrolment, phase_spec, cadence, start, last);
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
    themes(enrolment, phase_spec, start, end);
    for &instrument in &phase_spec.measurements_at_start {
        enrolment
            .measurements
            .push(measurement(start, instrument, false));
    }
    // The end measurement at the phase's last day, or at its planned end while it runs.
    let planned_end = if end < as_of {
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
    if phase_spec.expected_themes.is_empty() && phase_spec.offered_themes.is_empty() {
        return;
    }
    // The offered themes too: a path that keeps to the spec meets what it offers.
    let wanted: Vec<Theme> = phase_spec
        .expected_themes
        .iter()
        .chain(&phase_spec.offered_themes)
        .copied()
        .collect();
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

/// Staff ids of a built team, one for each profession.
const TEAM: [&str; 13] = [
    "team-01", "team-02", "team-03", "team-04", "team-05", "team-06", "team-07", "team-08",
    "team-09", "team-10", "team-11", "team-12", "team-13",
];

/// What the model's requirements ask of the whole enrolment.
fn requirements(path: &mut ServicePath, enrolment: &mut Enrolment, spec: &ServiceModelSpec) {
    let start = enrolment.start;
    for requirement in &spec.requirements {
        match requirement {
            Requirement::PlanBeforeStart { plans } => {
                if let Some(plan) = plans.first() {
                    enrolment.events.push(Event::plan(
                        minus_days(start, 7),
                        *plan,
                        PlanAction::DrawnUp,
                    ));
                }
            }
            Requirement::SingleCoordinator { .. } => {
                path.coordinators = vec![CoordinatorAssignment {
                    stands_in_for: None,
                    staff: StaffId::from_static("coordinator-1"),
                    role: WorkerRole::ClientCoordinator,
                    start,
                    end: None,
                }];
            }
            Requirement::Team {
                min_professions,
                health_care,
            } => {
                let mut professions: Vec<Profession> = Vec::new();
                if *health_care {
                    professions.push(Profession::Physician);
                }
                for profession in <Profession as crate::i18n::Vocabulary>::ALL {
                    if professions.len() >= *min_professions as usize {
                        break;
                    }
                    if !professions.contains(profession) {
                        professions.push(*profession);
                    }
                }
                path.team = professions
                    .into_iter()
                    .zip(TEAM)
                    .map(|(profession, staff)| TeamMember {
                        staff: StaffId::from_static(staff),
                        profession,
                    })
                    .collect();
            }
            Requirement::Referral {} => enrolment.events.push(Event::Referral {
                note: None,
                date: start,
            }),
            Requirement::PhysiotherapyAssessmentBeforeGroup {} => {
                enrolment.events.push(Event::PhysiotherapyAssessment {
                    note: None,
                    date: start,
                    personal_instructions: Some(true),
                })
            }
            Requirement::HealthAssessmentOffered { phase } => {
                if let Some(record) = enrolment.phases.iter().find(|r| &r.phase == phase) {
                    enrolment.events.push(Event::HealthAssessment {
                        note: None,
                        date: record.start,
                        accepted: true,
                    });
                }
            }
            Requirement::EmployerContactWithin { .. } => {
                enrolment.events.push(Event::EmployerContact {
                    note: None,
                    date: start,
                });
            }
            Requirement::PreferenceBeforeJobSearch {} => {
                enrolment.events.push(Event::of_kind(
                    EventKind::WorkPreference,
                    start,
                    0,
                    Vec::new(),
                ));
            }
            Requirement::BenefitsCounsellingBeforeJob {} => {
                enrolment.events.push(Event::of_kind(
                    EventKind::BenefitsCounselling,
                    start,
                    0,
                    Vec::new(),
                ));
            }
            Requirement::CoordinatorWorkflow { .. } => {
                // Identified, assessed and planned on the first day.
                for kind in [
                    EventKind::NeedIdentified,
                    EventKind::WorkAbilityAssessment,
                    EventKind::Plan,
                    EventKind::ServiceCoordination,
                ] {
                    enrolment
                        .events
                        .push(Event::of_kind(kind, start, 0, Vec::new()));
                }
            }
            Requirement::AffordableForClient {}
            | Requirement::SupportAfterJobStart { .. }
            | Requirement::FollowAlongSupport { .. }
            | Requirement::ExcludedActivities {} => {}
        }
    }
}
