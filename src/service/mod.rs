//! Service paths and the service models they follow.
//!
//! - [`spec`]: a service model as data ([`ServiceModelSpec`]) and a set of them
//!   ([`ServiceModels`]);
//! - [`models`]: the default models of the sources;
//! - [`amount`]: a number a spec asks for, its own or a dated figure of the law;
//! - [`parameter`]: the rules' parameters, each declared once with its range and figures;
//! - [`path`]: a client's [`ServicePath`] with enrolments, phases, events, measurements;
//! - [`event`]: the dated events;
//! - [`measurement`]: dated instrument results;
//! - [`period`]: ISO weeks and calendar months as cadence periods;
//! - [`plan`]: the planner, what is due as of a date;
//! - [`sample`]: realistic fictitious paths that follow each default model.

pub mod amount;
pub mod attendance;
pub(crate) mod away;
pub(crate) mod closure;
pub(crate) mod due_kind;
pub mod event;
pub(crate) mod event_de;
pub(crate) mod event_index;
pub mod fulfil;
pub mod key;
pub mod measurement;
pub mod model_set;
pub mod models;
pub(crate) mod obligation;
pub(crate) mod organiser;
pub mod parameter;
pub mod path;
pub mod period;
pub mod plan;
pub(crate) mod plan_terms;
pub(crate) mod profession;
pub(crate) mod reason;
pub(crate) mod requirement;
pub mod sample;
pub mod spec;
pub mod spec_check;
pub(crate) mod theme;
pub mod workflow;

pub use event::{
    AbsenceReason, EmploymentKind, Event, EventKind, InterruptionReason, PlanAction, PlanContent,
    PlanKind, PlanParty, Profession, Theme,
};
pub use key::{Key, KeyError, StaffId};
pub use measurement::{InstrumentKind, Measurement};
pub use model_set::ServiceModels;
pub use path::{
    Closure, CoordinatorAssignment, Enrolment, Goal, Organiser, OrganiserAssignment, OrganiserKind,
    Outcome, PhaseRecord, PositiveTransitions, ServicePath, TeamMember, WorkerRole,
};
pub use period::Period;
pub use plan::{DueItem, DueKind, DueList, DueStatus, PlannerConfig};
pub use spec::{Cadence, Length, PhaseSpec, Requirement, ServiceModelSpec, Tolerances, Total};
pub use spec_check::{SpecError, SpecErrors, SpecProblem};
