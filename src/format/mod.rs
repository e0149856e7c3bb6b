//! The JSON contract every document shares: what a document is (its `"document"` kind)
//! and the version of its format (`"schema_version"`).
//!
//! The lowest layer of the crate: every record, report and document uses these, and they
//! use nothing of the crate's.

mod kind;
mod version;

pub use kind::{DocumentKind, DocumentTag, TaggedDocument};
pub use version::SchemaVersion;
