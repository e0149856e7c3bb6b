//! The records of a client's service path: the path and its enrolments, phase records,
//! workers, organisers and closure; the events of an enrolment with their kinds, modes,
//! themes, doses and reasons; dated measurements; ids and keys; periods.

pub(crate) mod closure;
pub(crate) mod contact_mode;
pub(crate) mod dose;
pub(crate) mod event;
pub(crate) mod event_access;
pub(crate) mod event_kind;
pub(crate) mod job_end;
pub(crate) mod key;
pub(crate) mod measurement;
pub(crate) mod organiser;
pub(crate) mod path;
pub(crate) mod period;
pub(crate) mod plan_terms;
pub(crate) mod profession;
pub(crate) mod reason;
pub(crate) mod theme;

pub use event::{
    AbsenceReason, ContactMode, Dose, EmploymentKind, Event, EventKind, InterruptionReason,
    JobEndReason, PlanAction, PlanContent, PlanKind, PlanParty, Profession, Theme,
};
pub use key::{Key, KeyError, StaffId};
pub use measurement::{InstrumentKind, Measurement, MeasurementNotDone, NotDoneReason};
pub use path::{
    Closure, CoordinatorAssignment, Enrolment, Goal, Organiser, OrganiserAssignment, OrganiserKind,
    Outcome, PhaseRecord, PositiveTransitions, ServicePath, TeamMember, WorkerRole,
};
pub use period::{Period, PeriodSpan};
