//! Service paths and the service models they follow, in one folder per concept:
//!
//! | concept | module | what it holds |
//! |---|---|---|
//! | **records** of a client's path | [`record`] | [`ServicePath`](record::ServicePath), enrolments, phase records, workers and organisers, the closure; events (meetings, sessions, days, plans, jobs, absences and their reasons); dated measurements; ids and keys; ISO weeks and calendar months |
//! | **specs**: a service model as data | [`spec`] | [`ServiceModelSpec`](spec::ServiceModelSpec) with its phases, cadences, requirements and tolerances; [`Amount`](spec::Amount) (a number of a spec: its own or a dated figure); each parameter declared once ([`spec::parameter`]); the checks a spec passes; the defaults of the sources ([`spec::models`]); [`ServiceModels`](spec::ServiceModels) |
//! | **obligations** | (crate-private) | what a spec asks of a path, derived once per enrolment and read by both the rules and the planner; the indexes of a path's events, plans and absences they read |
//! | **the planner** | [`planner`] | what is due as of a date ([`DueList`](planner::DueList), [`DueKind`](planner::DueKind)), the coordinator's workflow steps |
//! | **builders** | [`build`] | one builder of a path that keeps to any spec ([`build::fulfilling`]), lived as a [`build::Realism`] says; each default model's realism and its sample paths ([`build::sample`]) |
//! | **money** | [`money`] | attended days and the allowance they earn |
//!
//! [`ServicePath`](record::ServicePath)'s methods, by purpose: the record (`new`) in
//! [`record`]; validation (`validate`, and with
//! [`ValidationOptions`](crate::ValidationOptions) `validate_with`, `validate_for` with
//! the client, `validate_and_plan` with the due list) in the rules; planning (`due`,
//! `due_with`) in [`planner`]; money (`attendance`) in [`money`].
//!
//! Each concept module re-exports the public items of its files, so a type has one path
//! here (and at most one more at the crate root); the files themselves are private.

pub mod build;
pub mod money;
pub(crate) mod obligation;
pub mod planner;
pub mod record;
pub mod spec;
