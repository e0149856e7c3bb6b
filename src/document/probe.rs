//! A first look at a document: its kind and version, read before the typed parse.
//!
//! The probe walks the top-level object once, keeps the `"document"` and
//! `"schema_version"` values and skips everything else without building it (serde's
//! `IgnoredAny`), stopping as soon as it has both. It never fails: a document it cannot
//! read is reported by the typed parse that follows, which knows the line, the column and
//! the pointer.

use std::fmt;

use serde::Deserializer as _;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};

/// What the probe found at the top level.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Probe {
    /// The `"document"` value, if it is a string.
    pub(crate) kind: Option<Tag>,
    /// The `"schema_version"` value, if it is a non-negative integer.
    pub(crate) version: Option<u64>,
}

/// What the `"document"` field held.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// One of the crate's kinds.
    Known(super::DocumentKind),
    /// Something else (the text is not kept: it is the caller's).
    Unknown,
}

impl Probe {
    /// Reads the kind and version of `bytes`.
    pub(crate) fn of(bytes: &[u8]) -> Probe {
        let mut probe = Probe::default();
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        // An error only means the probe stopped early or the document is malformed; what
        // was found before it stands, and the typed parse reports the rest.
        let _ = deserializer.deserialize_map(ProbeVisitor(&mut probe));
        probe
    }
}

struct ProbeVisitor<'p>(&'p mut Probe);

impl<'de> Visitor<'de> for ProbeVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen_kind = false;
        let mut seen_version = false;
        while let Some(key) = map.next_key::<KeyName>()? {
            match key {
                KeyName::Document => {
                    seen_kind = true;
                    self.0.kind = map.next_value_seed(TagSeed)?;
                }
                KeyName::Version => {
                    seen_version = true;
                    self.0.version = map.next_value::<Option<u64>>().ok().flatten();
                }
                KeyName::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            if seen_kind && seen_version {
                // Stop: the rest is the typed parse's to read.
                return Err(serde::de::Error::custom("probe done"));
            }
        }
        Ok(())
    }
}

/// A top-level key, without allocating for the ones the probe skips.
enum KeyName {
    Document,
    Version,
    Other,
}

impl<'de> serde::Deserialize<'de> for KeyName {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = KeyName;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E>(self, key: &str) -> Result<KeyName, E> {
                Ok(match key {
                    "document" => KeyName::Document,
                    "schema_version" => KeyName::Version,
                    _ => KeyName::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct TagSeed;

impl<'de> DeserializeSeed<'de> for TagSeed {
    type Value = Option<Tag>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        struct TagVisitor;
        impl<'de> Visitor<'de> for TagVisitor {
            type Value = Option<Tag>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a document kind")
            }
            fn visit_str<E>(self, tag: &str) -> Result<Self::Value, E> {
                Ok(Some(
                    super::DocumentKind::from_tag(tag).map_or(Tag::Unknown, Tag::Known),
                ))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Some(Tag::Unknown))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(Some(Tag::Unknown))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(Some(Tag::Unknown))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(Some(Tag::Unknown))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Some(Tag::Unknown))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Some(Tag::Unknown))
            }
        }
        deserializer.deserialize_any(TagVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::DocumentKind;

    #[test]
    fn reads_kind_and_version_wherever_they_stand() {
        let probe = Probe::of(
            br#"{"a": [1, {"document": "x"}], "schema_version": 1, "document": "client"}"#,
        );
        assert_eq!(probe.kind, Some(Tag::Known(DocumentKind::Client)));
        assert_eq!(probe.version, Some(1));
    }

    #[test]
    fn tells_missing_unknown_and_malformed_apart() {
        assert_eq!(Probe::of(br#"{"schema_version": 2}"#).kind, None);
        assert_eq!(Probe::of(br#"{"schema_version": 2}"#).version, Some(2));
        assert_eq!(
            Probe::of(br#"{"document": "pathh"}"#).kind,
            Some(Tag::Unknown)
        );
        // Any value that is not a string is a kind the crate does not know, not a
        // missing one.
        for value in ["7", "-7", "7.5", "true", "[1, \"client\"]", "{\"a\": 1}"] {
            let json = format!(r#"{{"document": {value}}}"#);
            assert_eq!(
                Probe::of(json.as_bytes()).kind,
                Some(Tag::Unknown),
                "{value}"
            );
        }
        assert_eq!(Probe::of(br#"{"document": null}"#).kind, None);
        assert_eq!(Probe::of(b"[1, 2]"), Probe::default());
        assert_eq!(
            Probe::of(b"{\"document\": \"client\", \"x\": ").kind,
            Some(Tag::Known(DocumentKind::Client))
        );
    }
}
