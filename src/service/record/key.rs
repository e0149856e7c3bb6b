//! Identifiers used by service model specs and paths.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::client::id::{IdError, check_pseudonymous_id};

/// A machine name of a service model or phase, such as `mapping_and_coaching` or `mapping`.
///
/// Invariant: 1–64 characters, each a lower-case ASCII letter, digit or `_`, starting with
/// a letter, with no part that reads as a personal identity code (`x131052_308t`).
///
/// ```
/// use tyokyky::Key;
///
/// let model = Key::new("wellbeing_group")?;
/// assert_eq!(model.as_str(), "wellbeing_group");
/// assert!(Key::new("Wellbeing Group").is_err());
/// # Ok::<(), tyokyky::KeyError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Key(Cow<'static, str>);

/// Why a text is not a [`Key`].
///
/// ```
/// use tyokyky::Key;
///
/// let error = Key::new("").unwrap_err();
/// assert_eq!(error.length, 0);
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "a key is 1-64 characters of lower-case ASCII letters, digits and '_', starting with a letter, holding no personal identity code; got {length} characters"
)]
#[non_exhaustive]
pub struct KeyError {
    /// The number of characters given.
    pub length: usize,
}

impl Key {
    /// Checks and wraps a key.
    ///
    /// # Errors
    ///
    /// [`KeyError`] unless the text is 1–64 characters of `a`–`z`, `0`–`9`, `_`, starting
    /// with a letter, and holds nothing that reads as a personal identity code.
    pub fn new(key: &str) -> Result<Self, KeyError> {
        if is_key(key) {
            Ok(Key(Cow::Owned(key.to_owned())))
        } else {
            Err(KeyError {
                length: key.chars().count(),
            })
        }
    }

    /// A key from a literal, unchecked: for the crate's default specs, whose keys a test
    /// checks by a JSON round trip (deserialization checks every key).
    pub(crate) const fn from_static(key: &'static str) -> Self {
        Key(Cow::Borrowed(key))
    }

    /// A key the crate builds from valid parts, unchecked (the strategies' keys).
    #[cfg(feature = "proptest")]
    pub(crate) fn from_trusted(key: String) -> Self {
        Key(Cow::Owned(key))
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 64
        && bytes[0].is_ascii_lowercase()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
        // A key is shown in messages: `x131052_308t` would carry an identity code.
        && !crate::hetu_scan::contains_identity_code(key)
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({:?})", self.0)
    }
}

impl TryFrom<String> for Key {
    type Error = KeyError;

    fn try_from(key: String) -> Result<Self, Self::Error> {
        if is_key(&key) {
            Ok(Key(Cow::Owned(key)))
        } else {
            Err(KeyError {
                length: key.chars().count(),
            })
        }
    }
}

impl From<Key> for String {
    fn from(key: Key) -> String {
        key.0.into_owned()
    }
}

impl From<Key> for Cow<'static, str> {
    /// The key's text, still borrowed when the key is a literal (a default model's).
    fn from(key: Key) -> Cow<'static, str> {
        key.0
    }
}

impl JsonSchema for Key {
    fn schema_name() -> Cow<'static, str> {
        "Key".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Machine name of a service model or phase.",
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]{0,63}$",
        })
    }
}

/// A pseudonymous id of a staff member (a coordinator, a team member).
///
/// Invariant: as [`crate::ClientId`]: 1–64 characters of ASCII letters, digits, `.`, `_`,
/// `:`, `-`, containing no valid personal identity code.
///
/// ```
/// use tyokyky::StaffId;
///
/// let worker = StaffId::new("coordinator-a")?;
/// assert_eq!(worker.as_str(), "coordinator-a");
/// assert!(StaffId::new("131052-308T").is_err());
/// # Ok::<(), tyokyky::IdError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct StaffId(String);

impl StaffId {
    /// Checks and wraps a staff id.
    ///
    /// # Errors
    ///
    /// [`IdError`] as for [`crate::ClientId::new`].
    pub fn new(id: impl Into<String>) -> Result<Self, IdError> {
        let id = id.into();
        check_pseudonymous_id(&id)?;
        Ok(StaffId(id))
    }

    /// An id from a literal, unchecked: for the crate's samples, whose ids a test checks
    /// by a JSON round trip.
    pub(crate) fn from_static(id: &'static str) -> Self {
        StaffId(id.to_owned())
    }

    /// An id the crate builds from valid parts, unchecked (the strategies' ids).
    #[cfg(feature = "proptest")]
    pub(crate) fn from_trusted(id: String) -> Self {
        StaffId(id)
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StaffId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for StaffId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StaffId({:?})", self.0)
    }
}

impl TryFrom<String> for StaffId {
    type Error = IdError;

    fn try_from(id: String) -> Result<Self, Self::Error> {
        StaffId::new(id)
    }
}

impl From<StaffId> for String {
    fn from(id: StaffId) -> String {
        id.0
    }
}

impl JsonSchema for StaffId {
    fn schema_name() -> Cow<'static, str> {
        "StaffId".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema = crate::client::id::ClientId::json_schema(generator);
        schema.insert(
            "description".into(),
            "Opaque pseudonymous staff id; must not contain a personal identity code.".into(),
        );
        schema
    }
}

crate::text_id::text_id!(Key, KeyError);
crate::text_id::text_id!(StaffId, IdError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_checked() {
        assert!(Key::new("mapping_and_coaching").is_ok());
        assert!(Key::new("phase2").is_ok());
        for bad in ["", "Mapping", "2phase", "a-b", &"a".repeat(65)] {
            assert!(Key::new(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<Key>("\"a b\"").is_err());
    }

    #[test]
    fn a_literal_key_stays_borrowed_into_a_finding() {
        use crate::rules::finding::ParamValue;
        let text: Cow<'static, str> = Key::from_static("mapping").into();
        assert!(matches!(text, Cow::Borrowed("mapping")));
        let read: Cow<'static, str> = Key::new("mapping").expect("key").into();
        assert_eq!(read, "mapping");
        // A default model's phase: its id and its names are borrowed, not copied.
        let spec = crate::service::spec::models::mapping_and_coaching();
        let phase = spec.phases.first().expect("a phase");
        let ParamValue::Name { key, name } = ParamValue::name(phase.id.clone(), &phase.name) else {
            panic!("a name");
        };
        assert!(matches!(key, Cow::Borrowed(_)));
        assert!(matches!(name.fi, Cow::Borrowed(_)));
    }

    #[test]
    fn staff_ids_share_the_client_id_rules() {
        assert!(StaffId::new("coord-7").is_ok());
        assert_eq!(
            StaffId::new("x131052-308T"),
            Err(IdError::ContainsIdentityCode)
        );
    }
}
