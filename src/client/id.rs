//! The pseudonymous client id.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// An opaque, pseudonymous client identifier chosen by the service provider.
///
/// Invariant: 1–64 characters, each an ASCII letter, digit, `.`, `_`, `:` or `-`, and no
/// part reads as a personal identity code in any case, with any separator or none
/// ([`crate::hetu_scan`]), so an identity code cannot leak into reports through the id.
///
/// ```
/// use tyokyky::ClientId;
///
/// let id = ClientId::new("oulu-0101")?;
/// assert_eq!(id.as_str(), "oulu-0101");
/// assert_eq!(format!("[{id:>10}]"), "[ oulu-0101]");
/// // A personal identity code is never an id.
/// assert!(ClientId::new("131052-308T").is_err());
/// # Ok::<(), tyokyky::IdError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClientId(String);

/// Why a text is not a valid pseudonymous id ([`ClientId`], `StaffId`).
///
/// ```
/// use tyokyky::{ClientId, IdError};
///
/// assert_eq!(ClientId::new(""), Err(IdError::Empty));
/// assert!(matches!(ClientId::new("a b"), Err(IdError::Character { position: 2, .. })));
/// // The message names the position, never the text.
/// assert!(!ClientId::new("131052-308T").unwrap_err().to_string().contains("131052"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The id is empty.
    #[error("an id must not be empty")]
    Empty,
    /// The id is longer than [`ClientId::MAX_LEN`] characters.
    #[error("an id has at most {max} characters, this one has {actual}", max = ClientId::MAX_LEN)]
    TooLong {
        /// The number of characters.
        actual: usize,
    },
    /// A character outside ASCII letters, digits, `.`, `_`, `:` and `-`.
    #[error(
        "character {position} of an id is not allowed; allowed are ASCII letters, digits, '.', '_', ':' and '-'"
    )]
    Character {
        /// 1-based position of the character.
        position: usize,
        /// The character.
        found: char,
    },
    /// The id contains a personal identity code; ids must be pseudonymous.
    #[error("an id must be pseudonymous, and this one contains a personal identity code")]
    ContainsIdentityCode,
}

impl ClientId {
    /// The longest id accepted, in characters.
    pub const MAX_LEN: usize = 64;

    /// Checks and wraps an id.
    ///
    /// # Errors
    ///
    /// [`IdError`] when the id is empty, longer than 64 characters, contains a
    /// character other than ASCII letters, digits, `.`, `_`, `:`, `-`, or contains a valid
    /// personal identity code.
    pub fn new(id: impl Into<String>) -> Result<Self, IdError> {
        let id = id.into();
        check_pseudonymous_id(&id)?;
        Ok(ClientId(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An id the crate builds from valid parts, unchecked (the samples' ids; a test checks
    /// them by a JSON round trip).
    pub(crate) fn from_trusted(id: String) -> Self {
        ClientId(id)
    }
}

/// Checks the invariant shared by every pseudonymous id of the crate: 1–64 characters of
/// ASCII letters, digits, `.`, `_`, `:`, `-`, containing no valid personal identity code.
pub(crate) fn check_pseudonymous_id(id: &str) -> Result<(), IdError> {
    if id.is_empty() {
        return Err(IdError::Empty);
    }
    let length = id.chars().count();
    if length > ClientId::MAX_LEN {
        return Err(IdError::TooLong { actual: length });
    }
    if let Some((index, found)) = id.chars().enumerate().find(|(_, c)| !is_id_char(*c)) {
        return Err(IdError::Character {
            position: index + 1,
            found,
        });
    }
    // In any case and with any separator or none: `x131052308t` hides a code too.
    if crate::hetu_scan::contains_identity_code(id) {
        return Err(IdError::ContainsIdentityCode);
    }
    Ok(())
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-')
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClientId({:?})", self.0)
    }
}

impl TryFrom<String> for ClientId {
    type Error = IdError;

    fn try_from(id: String) -> Result<Self, Self::Error> {
        ClientId::new(id)
    }
}

impl From<ClientId> for String {
    fn from(id: ClientId) -> String {
        id.0
    }
}

impl JsonSchema for ClientId {
    fn schema_name() -> Cow<'static, str> {
        "ClientId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Opaque pseudonymous client id; must not contain a personal identity code.",
            "type": "string",
            "minLength": 1,
            "maxLength": ClientId::MAX_LEN,
            "pattern": "^[A-Za-z0-9._:-]+$",
        })
    }
}

crate::text_id::text_id!(ClientId, IdError);
