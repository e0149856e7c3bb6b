//! A Finnish municipality code of Statistics Finland.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// A Finnish municipality code (*kuntanumero*) of Statistics Finland: three digits.
///
/// Invariant: exactly three ASCII digits, e.g. `"091"` (Helsinki). Only the format is
/// checked: the list of municipalities changes with mergers, so the crate does not
/// hard-code it.
///
/// ```
/// use tyokyky::MunicipalityCode;
///
/// let helsinki = MunicipalityCode::new("091")?;
/// assert_eq!(helsinki.as_str(), "091");
/// assert!(MunicipalityCode::new("91").is_err());
/// # Ok::<(), tyokyky::MunicipalityCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MunicipalityCode([u8; 3]);

/// Why a text is not a [`MunicipalityCode`].
///
/// ```
/// use tyokyky::MunicipalityCode;
///
/// let error = MunicipalityCode::new("9a").unwrap_err();
/// assert_eq!(error.length, 2);
/// assert_eq!(error.non_digits, 1);
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "a municipality code is exactly three digits, e.g. \"091\"; got {length} characters, {non_digits} of them not digits"
)]
#[non_exhaustive]
pub struct MunicipalityCodeError {
    /// The number of characters given.
    pub length: usize,
    /// How many of them are not ASCII digits.
    pub non_digits: usize,
}

impl MunicipalityCode {
    /// Checks and wraps a municipality code.
    ///
    /// # Errors
    ///
    /// [`MunicipalityCodeError`] unless the text is exactly three ASCII digits.
    pub fn new(code: &str) -> Result<Self, MunicipalityCodeError> {
        match code.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|d| d.is_ascii_digit()) => {
                Ok(MunicipalityCode([*a, *b, *c]))
            }
            _ => Err(MunicipalityCodeError {
                length: code.chars().count(),
                non_digits: code.chars().filter(|c| !c.is_ascii_digit()).count(),
            }),
        }
    }

    /// The code as text, e.g. `"091"`.
    pub fn as_str(&self) -> &str {
        // Three ASCII digits by construction.
        std::str::from_utf8(&self.0).unwrap_or("000")
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MunicipalityCode({:?})", self.as_str())
    }
}

impl TryFrom<String> for MunicipalityCode {
    type Error = MunicipalityCodeError;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        MunicipalityCode::new(&code)
    }
}

impl From<MunicipalityCode> for String {
    fn from(code: MunicipalityCode) -> String {
        code.as_str().to_owned()
    }
}

impl JsonSchema for MunicipalityCode {
    fn schema_name() -> Cow<'static, str> {
        "MunicipalityCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Statistics Finland municipality code (kuntanumero), three digits.",
            "type": "string",
            "pattern": "^[0-9]{3}$",
        })
    }
}
