//! Validation: findings, reports, the rule catalogue and the rules by area.
//!
//! Construction errors ("this value cannot exist") live beside each type; the rules here
//! report how a valid record breaks a service rule, as a [`Report`] of [`Finding`]s.

pub mod catalogue;
pub mod client;
pub mod code;
pub(crate) mod declare;
pub mod finding;
pub mod param;
pub mod params;
pub mod path;
pub mod pointer;
pub mod report;
pub mod severity;

pub use catalogue::{CatalogueEntry, RuleCatalogue};
pub use client::ClientRules;
pub use code::{RuleCode, RuleInfo};
pub use finding::{Finding, ParamValue, Report, ReportIn, Severity};
pub use params::Params;
pub use pointer::{JsonPointer, JsonPointerError};
