//! Figures of the law, of the sources' practice and the crate's derived defaults, each
//! declared once as dated values with their basis ([`Figure`]).
//!
//! A rule reads a figure on the day it judges ([`Figure::on`]), so a path that crosses a
//! change in the law (1.7.2015, 1.1.2021, 1.1.2023, 1.1.2025) is judged by the law of each
//! of its days. A model spec names a figure by its id where it takes the law's or the
//! source's number, or writes its own number (a municipality's variant); see
//! [`Amount`](crate::service::spec::amount::Amount).
//!
//! - [`law`]: the Act on Rehabilitative Work Activity and the acts around it, by section
//!   and date, with what was verified.
//! - [`practice`]: what the source documents and public guidance describe, quoted.
//! - [`defaults`]: the crate's derived defaults, each with its reason.
//!
//! [`all`] lists every figure; the rule catalogue shows each rule's figures with their
//! dates and bases (`cargo run --example catalogue -- figures`).

mod dated;
pub mod defaults;
pub mod law;
pub mod practice;
mod registry;

pub use dated::{
    AnyFigure, Basis, BasisEntry, BasisKind, Dated, DatedEntry, Figure, FigureEntry, Unit,
};
pub use registry::{COUNTS, all, count};
