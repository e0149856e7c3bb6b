//! The planner: what is due on a path as of a date ([`DueList`] of [`DueItem`]s, each of a
//! [`DueKind`]), from the same specs and obligations the rules read, and the coordinator's
//! workflow steps ([`WorkflowStep`]).

pub(crate) mod config;
pub(crate) mod due_kind;
pub(crate) mod due_list;
pub(crate) mod workflow;

pub use config::PlannerConfig;
pub use due_kind::{
    ContactDue, CoordinatorDue, DUE_KIND_LABELS, DueKind, EmployerContactDue, EndMeasurementDue,
    FollowAlongDue, HealthAssessmentDue, PhaseEndDue, PhaseSequel, PhysiotherapyAssessmentDue,
    PlanDue, PlanReviewDue, ReferralDue, ReturnDue, StartMeasurementDue, SupportAfterJobStartDue,
    TeamDue, TotalContactsDue, WorkflowStepDue,
};
pub use due_list::{DueItem, DueList, DueStatus};
pub use workflow::WorkflowStep;
