//! The error of parsing a name the crate does not know (a language code, a rule code, a
//! document kind), shared so each text form has the same `FromStr` error.

/// Text that is not one of the names of `what`; the text itself is not kept, since it
/// may be anything a caller typed (a personal identity code included).
///
/// ```
/// use tyokyky::{Lang, UnknownName};
///
/// let error: UnknownName = "de".parse::<Lang>().unwrap_err();
/// assert_eq!(error.what, "language");
/// assert_eq!(error.to_string(), "not a known language");
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a known {what}")]
#[non_exhaustive]
pub struct UnknownName {
    /// What was parsed: `"language"`, `"rule code"`, `"document kind"`.
    pub what: &'static str,
}
