//! Free text a worker writes into a record (a closure note): short, and never a personal
//! identity code.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// A short free text: at most [`FreeText::MAX_LEN`] characters, holding nothing that reads
/// as a personal identity code in any case or form ([`crate::hetu_scan`]).
///
/// `Debug` shows only its length, so logging a record never writes what a worker typed.
///
/// ```
/// use tyokyky::FreeText;
///
/// let note = FreeText::new("moved to a private service")?;
/// assert_eq!(format!("{note:?}"), "FreeText(26 characters)");
/// assert!(FreeText::new("client 010594y9032 asked").is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FreeText(String);

/// Why a text cannot be a [`FreeText`]; never carries the text.
///
/// ```
/// use tyokyky::{FreeText, FreeTextError};
///
/// assert_eq!(FreeText::new("Soitti: flunssa, palaa maanantaina").map(|t| t.as_str().len()), Ok(34));
/// assert_eq!(FreeText::new("hetu 131052-308T"), Err(FreeTextError::ContainsIdentityCode));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FreeTextError {
    /// Longer than [`FreeText::MAX_LEN`] characters.
    #[error("a free text has at most {max} characters, this one has {actual}", max = FreeText::MAX_LEN)]
    TooLong {
        /// The number of characters.
        actual: usize,
    },
    /// Holds something that reads as a personal identity code.
    #[error("a free text must not hold a personal identity code")]
    ContainsIdentityCode,
}

impl FreeText {
    /// The longest free text accepted, in characters.
    pub const MAX_LEN: usize = 500;

    /// Checks and wraps a text.
    ///
    /// # Errors
    ///
    /// [`FreeTextError`] when the text has more than 500 characters or holds a personal
    /// identity code in any form.
    pub fn new(text: impl Into<String>) -> Result<Self, FreeTextError> {
        let text = text.into();
        let actual = text.chars().count();
        if actual > Self::MAX_LEN {
            return Err(FreeTextError::TooLong { actual });
        }
        if crate::hetu_scan::contains_identity_code(&text) {
            return Err(FreeTextError::ContainsIdentityCode);
        }
        Ok(FreeText(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for FreeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FreeText({} characters)", self.0.chars().count())
    }
}

impl TryFrom<String> for FreeText {
    type Error = FreeTextError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        FreeText::new(text)
    }
}

impl From<FreeText> for String {
    fn from(text: FreeText) -> String {
        text.0
    }
}

impl JsonSchema for FreeText {
    fn schema_name() -> Cow<'static, str> {
        "FreeText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A short free text; it must not hold a personal identity code (checked by deserialization).",
            "type": "string",
            "maxLength": FreeText::MAX_LEN,
        })
    }
}
