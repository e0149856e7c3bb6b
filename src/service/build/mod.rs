//! The builder of service paths: [`fulfilling`], a path that keeps to any spec, derived
//! from the spec itself and lived as a [`Realism`] says (weekdays, phase lengths, themes
//! spread over meetings, one-off events, coordinators and handovers, the team, a
//! work-activity placement); and [`sample`], each default model's realism, for examples,
//! tests and demonstrations.

mod fulfil;
mod realism;
mod requirements;
pub mod sample;

pub use fulfil::{DEFAULT_CONTACT_MINUTES, DEFAULT_PHASE_MONTHS, fulfilling};
pub use realism::{Contacts, Offset, Realism, Schedule};
