//! Strategies for service model specs: the default models with other tolerances, and
//! specs of any shape the spec checks accept.
//!
//! Every number is drawn from its parameter's declared typical range
//! ([`crate::service::spec::parameter`]) and kept within the bounds its role sets, so a field
//! declared with a role is generated (and so exercised by the builder's property tests)
//! without a line here.

use super::*;
use crate::service::spec::amount::Amount;
use crate::service::spec::model_spec::{Cadence, Length, Requirement, Tolerances, Total};
use crate::service::spec::parameter::{self, Access, Parameter, Role};

/// A number in the parameter's typical range.
fn typical(parameter: &'static Parameter) -> impl Strategy<Value = u32> {
    let (low, high) = parameter.typical();
    low..=high
}

/// The parameters whose place `access` is.
fn declared(place: fn(&Access) -> bool) -> Vec<&'static Parameter> {
    parameter::ALL
        .iter()
        .copied()
        .filter(|parameter| place(&parameter.access))
        .collect()
}

/// Tolerances drawn from the typical range of each.
fn tolerances() -> impl Strategy<Value = Tolerances> {
    let parameters = declared(|access| matches!(access, Access::Tolerances { .. }));
    let draws: Vec<_> = parameters.iter().map(|p| typical(p)).collect();
    draws.prop_map(move |values| {
        let mut tolerances = Tolerances::default();
        for (parameter, value) in parameters.iter().zip(values) {
            if let Access::Tolerances { set, .. } = parameter.access {
                set(&mut tolerances, value);
            }
        }
        tolerances
    })
}

/// A default service model spec with tolerances drawn from each tolerance's typical range
/// ([`crate::service::spec::parameter`]: missed periods 0–3, length tolerance 0–14 days,
/// measurement window 0–30 days, content-mix tolerance 10–60, excused share 30–70 %,
/// interruption 30–180 days).
pub fn service_model_spec()
-> impl Strategy<Value = crate::service::spec::model_spec::ServiceModelSpec> {
    let specs = crate::service::spec::models::all();
    (proptest::sample::select(specs), tolerances()).prop_map(|(mut spec, tolerances)| {
        spec.tolerances = tolerances;
        spec
    })
}

/// A service model spec of any shape that [`ServiceModelSpec::check`] accepts and a path
/// can fulfil (see [`crate::service::build::fulfilling`]), valid by construction.
///
/// One to four phases chained by `next`, later ones optional with probability ½; a length
/// (or none, ¼) and per phase up to two cadences of distinct contact kinds (individual
/// meeting, group session, work activity day, team meeting), weekly or monthly, each
/// number drawn from its parameter's typical range, optional limits present with
/// probability ½, and every upper bound raised to what its lower bounds and the fewest
/// contacts at their length need; up to one total of health assessments or card trainings;
/// up to three themes; up to two instruments at the start and at the end; any subset of
/// the requirements with their numbers from their typical ranges; tolerances likewise.
///
/// [`ServiceModelSpec::check`]: crate::ServiceModelSpec::check
pub fn any_service_model_spec()
-> impl Strategy<Value = crate::service::spec::model_spec::ServiceModelSpec> {
    use crate::service::spec::model_spec::{PhaseSpec, ServiceModelSpec};
    (
        proptest::collection::vec(phase_spec_parts(), 1..=4),
        proptest::collection::vec(any::<bool>(), 3),
        requirements(),
        tolerances(),
    )
        .prop_map(|(parts, optional, requirements, tolerances)| {
            let count = parts.len();
            let phases: Vec<PhaseSpec> = parts
                .into_iter()
                .enumerate()
                .map(
                    |(index, (length, cadence, totals, themes, at_start, at_end))| {
                        let mut phase = PhaseSpec::new(
                            Key::from_static(PHASE_IDS[index]),
                            crate::i18n::LocalizedText::new(
                                format!("Vaihe {}", index + 1),
                                format!("Fas {}", index + 1),
                                format!("Phase {}", index + 1),
                            ),
                        );
                        phase.optional =
                            index > 0 && optional.get(index - 1).copied().unwrap_or(false);
                        phase.length = length;
                        phase.cadence = cadence;
                        phase.totals = totals;
                        phase.expected_themes = themes;
                        phase.measurements_at_start = at_start;
                        phase.measurements_at_end = at_end;
                        if index + 1 < count {
                            phase.next = vec![Key::from_static(PHASE_IDS[index + 1])];
                        }
                        phase
                    },
                )
                .collect();
            let mut spec = ServiceModelSpec::new(
                Key::from_static("generated_model"),
                crate::i18n::LocalizedText::new("Malli", "Modell", "Model"),
                "generated",
                phases,
            );
            spec.requirements = requirements;
            spec.tolerances = tolerances;
            spec
        })
}

const PHASE_IDS: [&str; 4] = ["first", "second", "third", "fourth"];

type PhaseParts = (
    Option<Length>,
    Vec<Cadence>,
    Vec<Total>,
    Vec<Theme>,
    Vec<InstrumentKind>,
    Vec<InstrumentKind>,
);

fn phase_spec_parts() -> impl Strategy<Value = PhaseParts> {
    use crate::service::record::event::EventKind;
    let instruments = vec![
        InstrumentKind::Was,
        InstrumentKind::Wai,
        InstrumentKind::UkkWalkTest,
        InstrumentKind::Gas,
        InstrumentKind::Kykyviisari,
    ];
    let contact_kinds = vec![
        EventKind::IndividualMeeting,
        EventKind::GroupSession,
        EventKind::WorkActivityDay,
        EventKind::TeamMeeting,
    ];
    (
        proptest::option::weighted(0.75, length()),
        subsequence(contact_kinds, 0..=2)
            .prop_flat_map(|kinds| kinds.into_iter().map(cadence_of).collect::<Vec<_>>()),
        proptest::option::of((
            proptest::sample::select(vec![EventKind::HealthAssessment, EventKind::CardTraining]),
            declared(|access| matches!(access, Access::Total { .. }))
                .into_iter()
                .map(|p| typical(p).prop_map(move |value| (p, value)))
                .collect::<Vec<_>>(),
        ))
        .prop_map(|total| {
            total
                .map(|(event, values)| {
                    let mut total = Total {
                        event,
                        min_count: Amount::Fixed(1),
                    };
                    for (parameter, value) in values {
                        if let Access::Total { set, .. } = parameter.access {
                            set(&mut total, Amount::Fixed(value));
                        }
                    }
                    total
                })
                .into_iter()
                .collect()
        }),
        subsequence(Theme::ALL.to_vec(), 0..=3),
        subsequence(instruments.clone(), 0..=2),
        subsequence(instruments, 0..=2),
    )
}

/// A phase length with every number from its parameter, the longest at least the shortest
/// (and at least a month).
fn length() -> impl Strategy<Value = Length> {
    let parameters = declared(|access| matches!(access, Access::Length { .. }));
    let draws: Vec<_> = parameters.iter().map(|p| typical(p)).collect();
    draws.prop_map(move |values| {
        let mut length = Length {
            min_months: Amount::Fixed(0),
            max_months: Amount::Fixed(1),
        };
        for (parameter, value) in parameters.iter().zip(values) {
            if let Access::Length { set, .. } = parameter.access {
                set(&mut length, Amount::Fixed(value));
            }
        }
        let highest_lower = fixed_values(&parameters, |p| match p.access {
            Access::Length { get, .. } if p.role == Role::MonthsAtLeast => Some(get(&length)),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .max(1);
        for parameter in &parameters {
            if let Access::Length { get, set } = parameter.access
                && parameter.role == Role::MonthsAtMost
                && fixed(get(&length)) < highest_lower
            {
                set(&mut length, Amount::Fixed(highest_lower));
            }
        }
        length
    })
}

/// The number of a fixed amount (a generated spec has no other).
fn fixed(amount: Amount) -> u32 {
    amount.values().next().unwrap_or(0)
}

fn fixed_values(
    parameters: &[&'static Parameter],
    value: impl Fn(&Parameter) -> Option<Amount>,
) -> impl Iterator<Item = u32> {
    parameters
        .iter()
        .filter_map(|p| value(p))
        .map(fixed)
        .collect::<Vec<_>>()
        .into_iter()
}

/// A cadence of `event`, weekly or monthly, with every declared cadence parameter drawn
/// from its typical range (an optional one present with probability ½), then kept
/// consistent by role: each upper bound at least its lower bounds, and the most minutes
/// of a period at least the fewest contacts at the length the builder gives them.
fn cadence_of(event: crate::service::record::event::EventKind) -> impl Strategy<Value = Cadence> {
    use crate::service::record::period::Period;
    let parameters: Vec<&'static Parameter> = parameter::of_cadence().collect();
    let draws: Vec<BoxedStrategy<Option<u32>>> = parameters
        .iter()
        .map(|p| match p.access {
            Access::Cadence { optional: true, .. } => proptest::option::of(typical(p)).boxed(),
            _ => typical(p).prop_map(Some).boxed(),
        })
        .collect();
    (any::<bool>(), draws).prop_map(move |(weekly, values)| {
        let per = if weekly {
            Period::IsoWeek
        } else {
            Period::CalendarMonth
        };
        let mut cadence = Cadence::new(event, per, 0);
        for (parameter, value) in parameters.iter().zip(values) {
            if let Access::Cadence { set, .. } = parameter.access {
                set(&mut cadence, value.map(Amount::Fixed));
            }
        }
        keep_bounds(&mut cadence, &parameters);
        cadence
    })
}

/// Raises each upper bound of a generated cadence to what its lower bounds need.
fn keep_bounds(cadence: &mut Cadence, parameters: &[&'static Parameter]) {
    let values = |cadence: &Cadence, role: Role| -> Vec<u32> {
        parameters
            .iter()
            .filter(|p| p.role == role)
            .filter_map(|p| match p.access {
                Access::Cadence { get, .. } => get(cadence).map(fixed),
                _ => None,
            })
            .collect()
    };
    let raise = |cadence: &mut Cadence, role: Role, at_least: u32| {
        for parameter in parameters.iter().filter(|p| p.role == role) {
            if let Access::Cadence { get, set, .. } = parameter.access
                && let Some(value) = get(cadence).map(fixed)
                && value < at_least
            {
                set(cadence, Some(Amount::Fixed(at_least)));
            }
        }
    };
    for lower in [Role::CountAtLeast, Role::ContactMinutesAtLeast] {
        let highest = values(cadence, lower).into_iter().max().unwrap_or(0);
        if let Some(upper) = lower.upper() {
            raise(cadence, upper, highest.max(1));
        }
    }
    // The builder's contact: the longest lower bound (or its default) within every upper.
    let minutes = values(cadence, Role::ContactMinutesAtMost)
        .into_iter()
        .fold(
            values(cadence, Role::ContactMinutesAtLeast)
                .into_iter()
                .max()
                .unwrap_or(crate::service::build::DEFAULT_CONTACT_MINUTES),
            u32::min,
        );
    let count = values(cadence, Role::CountAtLeast)
        .into_iter()
        .max()
        .unwrap_or(0);
    raise(
        cadence,
        Role::PeriodMinutesAtMost,
        minutes.saturating_mul(count).max(1),
    );
}

fn requirements() -> impl Strategy<Value = Vec<Requirement>> {
    use crate::service::record::event::PlanKind;
    let parameters = declared(|access| matches!(access, Access::Requirement { .. }));
    let draws: Vec<_> = parameters.iter().map(|p| typical(p)).collect();
    (
        proptest::collection::vec(any::<bool>(), 12),
        any::<bool>(),
        draws,
    )
        .prop_map(move |(on, health_care, values)| {
            let all = [
                Requirement::PlanBeforeStart {
                    plans: vec![
                        PlanKind::ActivationPlan,
                        PlanKind::MultiprofessionalEmploymentPlan,
                    ],
                },
                Requirement::SingleCoordinator { handover_days: 0 },
                Requirement::Team {
                    min_professions: 1,
                    health_care,
                },
                Requirement::Referral {},
                Requirement::PhysiotherapyAssessmentBeforeGroup {},
                Requirement::AffordableForClient {},
                Requirement::HealthAssessmentOffered {
                    phase: Key::from_static(PHASE_IDS[0]),
                },
                Requirement::EmployerContactWithin { days: 1 },
                Requirement::SupportAfterJobStart { within_days: 1 },
                Requirement::CoordinatorWorkflow {
                    assessment_within_days: 1,
                    plan_within_days: 1,
                },
                Requirement::PreferenceBeforeJobSearch {},
                Requirement::FollowAlongSupport { weeks: 1 },
                Requirement::BenefitsCounsellingBeforeJob {},
            ];
            all.into_iter()
                .zip(on)
                .filter(|(_, on)| *on)
                .map(|(mut requirement, _)| {
                    for (parameter, value) in parameters.iter().zip(&values) {
                        if let Access::Requirement { set, .. } = parameter.access {
                            set(&mut requirement, *value);
                        }
                    }
                    requirement
                })
                .collect()
        })
}
