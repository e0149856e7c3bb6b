//! What a document is: the `"document"` field every input document carries.
//!
//! A service receiving JSON should not have to guess what it got from which fields are
//! present. Each document a caller sends in names its kind first —
//! `{"document": "service_path", "schema_version": 1, …}` — and [`Document`](crate::document::Document)
//! reads that field to pick the type.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The kinds of document the crate reads as input.
///
/// ```
/// use tyokyky::DocumentKind;
///
/// let kind: DocumentKind = "client_record".parse()?;
/// assert_eq!(kind, DocumentKind::ClientRecord);
/// assert_eq!(kind.to_string(), "client_record");
/// assert_eq!(DocumentKind::ALL.len(), 4);
/// # Ok::<(), tyokyky::UnknownName>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocumentKind {
    /// A [`Client`](crate::Client): `"client"`.
    Client,
    /// A [`ServicePath`](crate::ServicePath): `"service_path"`.
    ServicePath,
    /// A [`ServiceModelSpec`](crate::ServiceModelSpec): `"service_model"`.
    ServiceModel,
    /// A [`ClientRecord`](crate::document::ClientRecord), a client with their paths:
    /// `"client_record"`.
    ClientRecord,
}

impl DocumentKind {
    /// Every kind, in the order the docs list them.
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Client,
        DocumentKind::ServicePath,
        DocumentKind::ServiceModel,
        DocumentKind::ClientRecord,
    ];

    /// The value of the `"document"` field, e.g. `"service_path"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Client => "client",
            DocumentKind::ServicePath => "service_path",
            DocumentKind::ServiceModel => "service_model",
            DocumentKind::ClientRecord => "client_record",
        }
    }

    /// The kind whose tag is `tag`, if any.
    pub fn from_tag(tag: &str) -> Option<DocumentKind> {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == tag)
    }
}

impl std::str::FromStr for DocumentKind {
    type Err = crate::unknown_name::UnknownName;

    /// Parses a kind by its tag (`"client"`, `"service_path"`, `"service_model"`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DocumentKind::from_tag(text).ok_or(crate::unknown_name::UnknownName {
            what: "document kind",
        })
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A document type and its kind.
pub trait TaggedDocument {
    /// The kind this type is read and written as.
    const KIND: DocumentKind;
}

/// The `"document"` field of a document of type `T`: always `T::KIND`.
///
/// Zero-sized; serializes as the kind's string and deserializes only that string, so a
/// client record sent where a service path is expected fails at `/document` instead of at
/// the first field that happens to differ.
///
/// ```
/// use tyokyky::format::DocumentTag;
/// use tyokyky::ServicePath;
///
/// let tag = DocumentTag::<ServicePath>::default();
/// assert_eq!(serde_json::to_string(&tag)?, r#""service_path""#);
/// assert!(serde_json::from_str::<DocumentTag<ServicePath>>(r#""client""#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct DocumentTag<T>(PhantomData<fn() -> T>);

impl<T: TaggedDocument> DocumentTag<T> {
    /// The tag of a `T`.
    pub const CURRENT: DocumentTag<T> = DocumentTag(PhantomData);

    /// The kind it names.
    pub const fn kind(self) -> DocumentKind {
        T::KIND
    }
}

// Written by hand: derives would demand `T: Debug`, `T: Clone`, … of the document type.
impl<T> Clone for DocumentTag<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for DocumentTag<T> {}
impl<T> Default for DocumentTag<T> {
    fn default() -> Self {
        DocumentTag(PhantomData)
    }
}
impl<T> PartialEq for DocumentTag<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl<T> Eq for DocumentTag<T> {}
impl<T> std::hash::Hash for DocumentTag<T> {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}
impl<T: TaggedDocument> fmt::Debug for DocumentTag<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DocumentTag({})", T::KIND)
    }
}

impl<T: TaggedDocument> Serialize for DocumentTag<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(T::KIND.as_str())
    }
}

impl<'de, T: TaggedDocument> Deserialize<'de> for DocumentTag<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(PhantomData<fn() -> T>);
        impl<T: TaggedDocument> serde::de::Visitor<'_> for Visitor<T> {
            type Value = DocumentTag<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "the string \"{}\"", T::KIND)
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
                if value == T::KIND.as_str() {
                    Ok(DocumentTag(PhantomData))
                } else {
                    // The value is not repeated: it is the caller's text.
                    Err(E::custom(format_args!(
                        "wrong document kind, expected the string \"{}\"",
                        T::KIND
                    )))
                }
            }
        }
        deserializer.deserialize_str(Visitor(PhantomData))
    }
}

impl<T: TaggedDocument> JsonSchema for DocumentTag<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("DocumentTag_{}", T::KIND).into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "What this document is.",
            "type": "string",
            "const": T::KIND.as_str(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_tag() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_tag(kind.as_str()), Some(kind));
        }
        assert_eq!(DocumentKind::from_tag("Service_path"), None);
    }
}
