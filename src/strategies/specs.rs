//! Strategies for service model specs: the default models with other tolerances, and
//! specs of any shape the spec checks accept.

use super::*;

/// A default service model spec with random tolerances (missed periods 0–3, length
/// tolerance 0–14 days, measurement window 0–30 days, content-mix tolerance 10–60).
pub fn service_model_spec() -> impl Strategy<Value = crate::service::spec::ServiceModelSpec> {
    let specs = crate::service::models::all();
    (
        proptest::sample::select(specs),
        0u32..=3,
        0u32..=14,
        0u32..=30,
        10u32..=60,
    )
        .prop_map(|(mut spec, missed, length, window, mix)| {
            spec.tolerances.missed_periods = missed;
            spec.tolerances.length_days = length;
            spec.tolerances.measurement_window_days = window;
            spec.tolerances.content_mix_points = mix;
            spec
        })
}

/// A service model spec of any shape that [`ServiceModelSpec::check`] accepts and a path
/// can fulfil (see [`crate::service::fulfil::fulfilling`]), valid by construction.
///
/// One to four phases chained by `next`, later ones optional with probability ½; a length
/// with the shortest 0–6 and the longest up to 12 months more (or none, ¼); per phase up
/// to two cadences of distinct contact kinds (individual meeting, group session, work
/// activity day, team meeting), weekly with 1–3 or monthly with 1–4 contacts, an optional
/// most count, contact length and most minutes per period that the fewest contacts fit;
/// up to one total of health assessments or card trainings (1–3); up to three themes; up
/// to two instruments at the start and at the end; any subset of the requirements;
/// tolerances uniform in small ranges.
///
/// [`ServiceModelSpec::check`]: crate::ServiceModelSpec::check
pub fn any_service_model_spec() -> impl Strategy<Value = crate::service::spec::ServiceModelSpec> {
    use crate::service::spec::{Length, PhaseSpec, ServiceModelSpec, Tolerances};
    (
        proptest::collection::vec(phase_spec_parts(), 1..=4),
        proptest::collection::vec(any::<bool>(), 3),
        requirements(),
        (0u32..=3, 0u32..=14, 0u32..=30, 10u32..=60),
    )
        .prop_map(
            |(parts, optional, requirements, (missed, length_days, window, mix))| {
                let count = parts.len();
                let phases: Vec<PhaseSpec> = parts
                    .into_iter()
                    .enumerate()
                    .map(
                        |(index, (length, cadence, totals, themes, at_start, at_end))| {
                            let id = PHASE_IDS[index];
                            PhaseSpec {
                                id: Key::from_static(id),
                                name: crate::i18n::LocalizedText::new(
                                    &format!("Vaihe {}", index + 1),
                                    &format!("Fas {}", index + 1),
                                    &format!("Phase {}", index + 1),
                                ),
                                optional: index > 0
                                    && optional.get(index - 1).copied().unwrap_or(false),
                                length: length.map(|(min_months, extra)| Length {
                                    min_months,
                                    max_months: (min_months + extra).max(1),
                                }),
                                cadence,
                                totals,
                                expected_themes: themes,
                                measurements_at_start: at_start,
                                measurements_at_end: at_end,
                                next: if index + 1 < count {
                                    vec![Key::from_static(PHASE_IDS[index + 1])]
                                } else {
                                    Vec::new()
                                },
                            }
                        },
                    )
                    .collect();
                ServiceModelSpec {
                    document: crate::document::DocumentTag::CURRENT,
                    schema_version: crate::document::SchemaVersion::CURRENT,
                    id: Key::from_static("generated_model"),
                    name: crate::i18n::LocalizedText::new("Malli", "Modell", "Model"),
                    source: "generated".to_owned(),
                    phases,
                    requirements,
                    tolerances: Tolerances {
                        missed_periods: missed,
                        length_days,
                        measurement_window_days: window,
                        content_mix_points: mix,
                        ..Tolerances::default()
                    },
                    severities: std::collections::BTreeMap::new(),
                    target_statuses: Vec::new(),
                }
            },
        )
}

const PHASE_IDS: [&str; 4] = ["first", "second", "third", "fourth"];

type PhaseParts = (
    Option<(u32, u32)>,
    Vec<crate::service::spec::Cadence>,
    Vec<crate::service::spec::Total>,
    Vec<Theme>,
    Vec<InstrumentKind>,
    Vec<InstrumentKind>,
);

fn phase_spec_parts() -> impl Strategy<Value = PhaseParts> {
    use crate::service::event::EventKind;
    use crate::service::spec::Total;
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
        proptest::option::weighted(0.75, (0u32..=6, 0u32..=12)),
        subsequence(contact_kinds, 0..=2)
            .prop_flat_map(|kinds| kinds.into_iter().map(cadence_of).collect::<Vec<_>>()),
        proptest::option::of((
            proptest::sample::select(vec![EventKind::HealthAssessment, EventKind::CardTraining]),
            1u32..=3,
        ))
        .prop_map(|total| {
            total
                .map(|(event, min_count)| Total { event, min_count })
                .into_iter()
                .collect()
        }),
        subsequence(Theme::ALL.to_vec(), 0..=3),
        subsequence(instruments.clone(), 0..=2),
        subsequence(instruments, 0..=2),
    )
}

fn cadence_of(
    event: crate::service::event::EventKind,
) -> impl Strategy<Value = crate::service::spec::Cadence> {
    use crate::service::spec::{Cadence, Period};
    (
        any::<bool>(),
        1u32..=4,
        proptest::option::of(0u32..=2),
        proptest::option::of(30u32..=300),
        proptest::option::of(0u32..=180),
        proptest::option::of(0u32..=600),
    )
        .prop_map(move |(weekly, count, extra, min_minutes, longer, spare)| {
            let per = if weekly {
                Period::IsoWeek
            } else {
                Period::CalendarMonth
            };
            let min_count = if weekly { count.min(3) } else { count };
            let max_minutes = longer.map(|more| min_minutes.unwrap_or(30) + more);
            let minutes = min_minutes
                .unwrap_or(crate::service::fulfil::DEFAULT_CONTACT_MINUTES)
                .min(max_minutes.unwrap_or(u32::MAX));
            Cadence {
                event,
                per,
                min_count,
                max_count: extra.map(|extra| min_count + extra),
                min_minutes,
                max_minutes,
                max_minutes_per_period: spare.map(|spare| minutes * min_count + spare),
            }
        })
}

fn requirements() -> impl Strategy<Value = Vec<crate::service::spec::Requirement>> {
    use crate::service::event::PlanKind;
    use crate::service::spec::Requirement;
    (
        proptest::collection::vec(any::<bool>(), 12),
        1u32..=4,
        any::<bool>(),
        1u32..=60,
        7u32..=60,
    )
        .prop_map(|(on, min_professions, health_care, days, within_days)| {
            let all = [
                Requirement::PlanBeforeStart {
                    plans: vec![
                        PlanKind::ActivationPlan,
                        PlanKind::MultiprofessionalEmploymentPlan,
                    ],
                },
                Requirement::SingleCoordinator { handover_days: 14 },
                Requirement::Team {
                    min_professions,
                    health_care,
                },
                Requirement::Referral {},
                Requirement::PhysiotherapyAssessmentBeforeGroup {},
                Requirement::AffordableForClient {},
                Requirement::HealthAssessmentOffered {
                    phase: Key::from_static(PHASE_IDS[0]),
                },
                Requirement::EmployerContactWithin { days },
                Requirement::SupportAfterJobStart { within_days },
                Requirement::CoordinatorWorkflow {
                    assessment_within_days: days,
                    plan_within_days: within_days,
                },
                Requirement::PreferenceBeforeJobSearch {},
                Requirement::FollowAlongSupport {
                    weeks: min_professions,
                },
            ];
            all.into_iter()
                .zip(on)
                .filter(|(_, on)| *on)
                .map(|(requirement, _)| requirement)
                .collect()
        })
}
