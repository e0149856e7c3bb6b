//! Service paths and the service models they follow, by concept:
//!
//! | concept | modules |
//! |---|---|
//! | **records** of a client's path | [`path`] ([`ServicePath`](crate::ServicePath), enrolments, phase records, workers, the closure), [`event`] (meetings, sessions, days, plans, jobs, absences and their reasons), [`measurement`] (dated instrument results), [`key`] (ids and keys), [`period`] (ISO weeks and calendar months) |
//! | **specs**: a service model as data | [`spec`] ([`ServiceModelSpec`](crate::ServiceModelSpec), phases, cadences, requirements, tolerances), [`amount`] (a number of a spec: its own or a dated figure), [`parameter`] (each parameter declared once), [`spec_check`] (the checks a spec passes), [`models`] (the defaults of the sources), [`model_set`] ([`ServiceModels`](crate::ServiceModels)) |
//! | **obligations and the planner** | what a spec asks of a path, derived once; [`plan`] lists the open ones ([`ServicePath::due`](crate::ServicePath::due)), the rules report the missed ones; [`workflow`] names the coordinator's steps |
//! | **builders** | [`fulfil`] (a path that keeps to any spec), [`sample`] (realistic fictitious paths of each default model) |
//! | **money** | [`attendance`] (attended days and the allowance they earn) |
//!
//! [`ServicePath`](crate::ServicePath)'s methods, by purpose: its record (`new`) in
//! [`path`]; validation (`validate`, `validate_with`,
//! `validate_with_limits`, `validate_for`) in the rules; planning (`due`, `due_with`) in
//! [`plan`]; money (`attendance`) in [`attendance`].

pub mod amount;
pub mod attendance;
pub(crate) mod away;
pub(crate) mod closure;
pub(crate) mod contact_mode;
pub(crate) mod dose;
pub(crate) mod due_kind;
pub mod event;
pub(crate) mod event_access;
pub(crate) mod event_index;
pub(crate) mod event_kind;
pub mod fulfil;
pub(crate) mod job_end;
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
pub(crate) mod plan_index;
pub(crate) mod plan_terms;
pub(crate) mod profession;
pub(crate) mod reason;
pub(crate) mod requirement;
pub mod sample;
pub mod spec;
pub mod spec_check;
pub(crate) mod theme;
pub mod workflow;
