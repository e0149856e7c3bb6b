//! The OsKu model of work activity (*työtoiminta*; *OsKu – Osallisuutta kuntoutuksesta*,
//!: three contents, four models, one common set of quality criteria.
//!
//! - [`model`]: the contents, the four models and their emphasis profiles over the
//!   contents;
//! - [`recommend`]: from a client's need profile to a ranked, explained list of models;
//! - [`placement`]: a client's work-activity placement on a path, its delivered content
//!   mix and model transitions;
//! - [`quality`]: quality criteria as data and the assessment of a path or a unit;
//! - [`readiness`]: the seven-step deployment framework of *Hyvinvointiryhmä osatyökykyisille* and its pitfalls.

mod criteria;
pub mod model;
pub mod placement;
pub mod quality;
pub mod readiness;
pub mod recommend;
