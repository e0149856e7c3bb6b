//! A service model as data: [`ServiceModelSpec`] with its phases, cadences, requirements,
//! lengths and tolerances; [`Amount`], a number of a spec that is its own or a dated
//! figure of the law or the sources; each parameter of a spec declared once
//! ([`parameter`]); the checks a spec passes ([`SpecError`]); the default models of the
//! sources ([`models`]) and the set a validation reads ([`ServiceModels`]).

pub(crate) mod amount;
pub(crate) mod check;
pub(crate) mod model_set;
pub(crate) mod model_spec;
pub mod models;
pub mod parameter;
pub(crate) mod requirement;

pub use amount::Amount;
pub use check::{
    MAX_CONTACT_MINUTES, MAX_DAYS, MAX_PHASE_MONTHS, SpecError, SpecErrors, SpecProblem,
};
pub use model_set::ServiceModels;
pub use model_spec::{
    Cadence, Length, PhaseSpec, REQUIREMENT_LABELS, Requirement, ServiceModelSpec, Tolerances,
    Total,
};
