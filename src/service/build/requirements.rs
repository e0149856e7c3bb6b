//! What a spec's requirements ask of a built path's enrolment: the plan, referral,
//! assessments, first employer contact and coordinator's workflow, each unless an event of
//! its kind is already there, and the coordinator and team.

use super::realism::Realism;
use crate::calendar::minus_days;
use crate::service::record::event::{Event, EventKind, PlanAction, Profession};
use crate::service::record::key::StaffId;
use crate::service::record::path::{
    CoordinatorAssignment, Enrolment, ServicePath, TeamMember, WorkerRole,
};
use crate::service::spec::model_spec::{Requirement, ServiceModelSpec};

/// Staff ids of a built team, one for each profession.
const TEAM: [&str; 13] = [
    "team-01", "team-02", "team-03", "team-04", "team-05", "team-06", "team-07", "team-08",
    "team-09", "team-10", "team-11", "team-12", "team-13",
];

/// What the model's requirements ask of the whole enrolment.
pub(super) fn requirements(
    path: &mut ServicePath,
    enrolment: &mut Enrolment,
    spec: &ServiceModelSpec,
    realism: &Realism,
) {
    let start = enrolment.start;
    // The kinds `realism` places: a requirement asking for one of them adds nothing.
    let placed: Vec<EventKind> = (realism.events.iter().map(|(_, event)| event.kind()))
        .chain(
            realism
                .contacts
                .iter()
                .map(|contacts| contacts.event.kind()),
        )
        .collect();
    let add = |enrolment: &mut Enrolment, event: Event| {
        if !placed.contains(&event.kind()) {
            enrolment.events.push(event);
        }
    };
    for requirement in &spec.requirements {
        match requirement {
            Requirement::PlanBeforeStart { plans } => {
                if let Some(plan) = plans.first() {
                    let plan = Event::plan(minus_days(start, 7), *plan, PlanAction::DrawnUp);
                    add(enrolment, plan);
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
            } => path.team = team(*min_professions, *health_care),
            Requirement::Referral {} => add(
                enrolment,
                Event::Referral {
                    note: None,
                    date: start,
                },
            ),
            Requirement::PhysiotherapyAssessmentBeforeGroup {} => add(
                enrolment,
                Event::PhysiotherapyAssessment {
                    note: None,
                    date: start,
                    personal_instructions: Some(true),
                },
            ),
            Requirement::HealthAssessmentOffered { phase } => {
                if let Some(record) = enrolment.phases.iter().find(|r| &r.phase == phase) {
                    let assessment = Event::HealthAssessment {
                        note: None,
                        date: record.start,
                        accepted: true,
                    };
                    add(enrolment, assessment);
                }
            }
            Requirement::EmployerContactWithin { .. } => {
                add(
                    enrolment,
                    Event::EmployerContact {
                        note: None,
                        date: start,
                    },
                );
            }
            Requirement::PreferenceBeforeJobSearch {} => add(
                enrolment,
                Event::of_kind(EventKind::WorkPreference, start, 0, Vec::new()),
            ),
            Requirement::BenefitsCounsellingBeforeJob {} => add(
                enrolment,
                Event::of_kind(EventKind::BenefitsCounselling, start, 0, Vec::new()),
            ),
            Requirement::CoordinatorWorkflow { .. } => {
                // Identified, assessed and planned on the first day.
                for kind in [
                    EventKind::NeedIdentified,
                    EventKind::WorkAbilityAssessment,
                    EventKind::Plan,
                    EventKind::ServiceCoordination,
                ] {
                    add(enrolment, Event::of_kind(kind, start, 0, Vec::new()));
                }
            }
            Requirement::AffordableForClient {}
            | Requirement::SupportAfterJobStart { .. }
            | Requirement::FollowAlongSupport { .. }
            | Requirement::ExcludedActivities {} => {}
        }
    }
}

/// A team of `min_professions` professions, a physician first when health care is asked.
fn team(min_professions: u32, health_care: bool) -> Vec<TeamMember> {
    let mut professions: Vec<Profession> = Vec::new();
    if health_care {
        professions.push(Profession::Physician);
    }
    for profession in <Profession as crate::i18n::Vocabulary>::ALL {
        if professions.len() >= min_professions as usize {
            break;
        }
        if !professions.contains(profession) {
            professions.push(*profession);
        }
    }
    professions
        .into_iter()
        .zip(TEAM)
        .map(|(profession, staff)| TeamMember {
            staff: StaffId::from_static(staff),
            profession,
        })
        .collect()
}
