//! An obligation as the planner lists it.

use super::Kind;

use crate::rules::pointer::JsonPointer;
use crate::service::planner::due_kind::DueKind;

impl Kind<'_> {
    /// The obligation as the planner lists it: where on the path it belongs (`base` is
    /// the enrolment's pointer) and what is due.
    pub(crate) fn due(&self, base: &JsonPointer) -> (JsonPointer, DueKind) {
        use crate::service::planner::due_kind as due;
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
