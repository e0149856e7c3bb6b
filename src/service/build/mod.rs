//! Builders of service paths: [`fulfilling`], a path that keeps to any spec, derived from
//! the spec itself; and [`sample`], realistic fictitious paths of each default model
//! (weekdays, themes, handovers) for examples, tests and demonstrations.

pub(crate) mod fulfil;
pub mod sample;

pub use fulfil::{DEFAULT_CONTACT_MINUTES, DEFAULT_PHASE_MONTHS, fulfilling};
