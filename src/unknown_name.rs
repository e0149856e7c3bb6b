//! The error of parsing a name the crate does not know (a language code, a rule code, a
//! document kind), shared so each text form has the same `FromStr` error.

/// Text that is not one of the names of `what`; the text itself is not kept, since it
/// may be anything a caller typed (a personal identity code included).
///
/// ```
/// use tyokyky::{Lang, UnknownName};
///
/// assert_eq!("de".parse::<Lang>(), Err(UnknownName { what: "language" }));
/// assert_eq!(UnknownName { what: "language" }.to_string(), "not a known language");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a known {what}")]
pub struct UnknownName {
    /// What was parsed: `"language"`, `"rule code"`, `"document kind"`.
    pub what: &'static str,
}
