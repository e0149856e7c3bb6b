//! Validation: findings, reports, the rule catalogue and the rules by area.
//!
//! Construction errors ("this value cannot exist") live beside each type; the rules here
//! report how a valid record breaks a service rule, as a [`Report`] of [`Finding`]s.

pub mod catalogue;
pub mod client;
pub mod code;
pub(crate) mod declare;
pub(crate) mod finding;
pub(crate) mod options;
pub(crate) mod param;
pub(crate) mod params;
pub(crate) mod path;
pub(crate) mod pointer;
pub(crate) mod report;
pub(crate) mod request;
pub(crate) mod severity;

pub use finding::{Finding, Report, ReportIn};
pub use options::ValidationOptions;
pub use param::{ParamValue, TermLabels};
pub use params::Params;
pub use pointer::{JsonPointer, JsonPointerError};
pub use report::ValidationLimits;
pub use severity::Severity;
