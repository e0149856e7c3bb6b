//! The JSON contract shared by every top-level document: its version.
//!
//! Every top-level document (a client, a validation report, …) starts with
//! `"schema_version": 1`. A change to the format raises the number, gets a CHANGELOG
//! entry with a migration note, and documents of another version are rejected instead of
//! being misread.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The version of the JSON format of top-level documents.
///
/// Invariant: always [`SchemaVersion::CURRENT`] (1): it is the version this crate reads and
/// writes, and deserializing any other number fails.
///
/// ```
/// use tyokyky::SchemaVersion;
///
/// assert_eq!(serde_json::to_string(&SchemaVersion::CURRENT)?, "1");
/// assert!(serde_json::from_str::<SchemaVersion>("2").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SchemaVersion;

impl SchemaVersion {
    /// The version number this crate reads and writes.
    pub const NUMBER: u32 = 1;

    /// The current version, for building documents in code.
    pub const CURRENT: SchemaVersion = SchemaVersion;
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Self::NUMBER, f)
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(Self::NUMBER)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = u64::deserialize(deserializer)?;
        if number == u64::from(Self::NUMBER) {
            Ok(SchemaVersion)
        } else {
            Err(serde::de::Error::custom(format_args!(
                "unsupported schema_version {number}: this version of tyokyky reads {}",
                Self::NUMBER
            )))
        }
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Version of the tyokyky JSON format.",
            "type": "integer",
            "const": SchemaVersion::NUMBER,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_the_current_version() {
        assert_eq!(
            serde_json::to_string(&SchemaVersion::CURRENT)
                .ok()
                .as_deref(),
            Some("1")
        );
        assert!(serde_json::from_str::<SchemaVersion>("1").is_ok());
        let error = serde_json::from_str::<SchemaVersion>("2").expect_err("version 2");
        assert!(
            error.to_string().contains("unsupported schema_version 2"),
            "{error}"
        );
        assert!(serde_json::from_str::<SchemaVersion>("\"1\"").is_err());
    }
}
