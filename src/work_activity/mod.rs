//! The OsKu model of work activity (*työtoiminta*; *OsKu – Osallisuutta kuntoutuksesta*,
//!: three contents, four models, one common set of quality criteria.
//!
//! - [`model`]: the [`Content`]s, the [`WorkActivityModel`]s and their emphasis
//!   [`Profiles`] over the contents;
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

pub use model::{Content, ContentWeights, Profiles, WorkActivityModel};
pub use placement::{GroupFormat, LegalFrame, PlaceForm, TransitionTarget, WorkActivityPlacement};
pub use quality::{CriteriaSet, Criterion, Evidence, QualityReport};
pub use readiness::{DeploymentProgress, NetworkPrerequisite, ReadinessReport};
pub use recommend::{NeedProfile, Recommendation, Recommendations};
