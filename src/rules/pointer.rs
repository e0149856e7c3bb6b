//! JSON Pointers (RFC 6901) into the validated document.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// A JSON Pointer (RFC 6901) to a part of a JSON document, such as
/// `/unemployment_spells/2/start`.
///
/// Invariant: empty (the whole document) or a sequence of `/`-prefixed tokens in which
/// every `~` is followed by `0` or `1` (the escapes of `~` and `/`).
///
/// ```
/// use tyokyky::JsonPointer;
///
/// let pointer = JsonPointer::root().field("events").index(3).field("a/b");
/// assert_eq!(pointer.as_str(), "/events/3/a~1b");
/// ```
#[derive(PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct JsonPointer(String);

/// Room for a typical pointer (`/enrolments/0/events/12/minutes` and a little more).
const TYPICAL: usize = 48;

impl Clone for JsonPointer {
    /// A copy with room for a few more tokens: a pointer is cloned to be extended (each
    /// finding's pointer starts as a clone of its enrolment's), and a copy of exactly its
    /// length was reallocated by the first token it got.
    fn clone(&self) -> Self {
        let mut text = String::with_capacity(TYPICAL.max(self.0.len() + 16));
        text.push_str(&self.0);
        JsonPointer(text)
    }
}

/// Why a text is not a JSON Pointer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JsonPointerError {
    /// A non-empty pointer must start with `/`.
    #[error("a JSON Pointer is empty or starts with '/'")]
    MissingLeadingSlash,
    /// A `~` not followed by `0` or `1`.
    #[error("'~' at byte {position} of a JSON Pointer must be followed by '0' or '1'")]
    BadEscape {
        /// Byte offset of the `~`.
        position: usize,
    },
}

impl JsonPointer {
    /// The pointer to the whole document (the empty string).
    pub fn root() -> Self {
        JsonPointer(String::new())
    }

    /// Parses a pointer.
    ///
    /// # Errors
    ///
    /// [`JsonPointerError`] when a non-empty text does not start with `/`, or a `~` is not
    /// followed by `0` or `1`.
    pub fn parse(text: &str) -> Result<Self, JsonPointerError> {
        if !text.is_empty() && !text.starts_with('/') {
            return Err(JsonPointerError::MissingLeadingSlash);
        }
        let bytes = text.as_bytes();
        for (position, byte) in bytes.iter().enumerate() {
            if *byte == b'~' && !matches!(bytes.get(position + 1), Some(b'0' | b'1')) {
                return Err(JsonPointerError::BadEscape { position });
            }
        }
        Ok(JsonPointer(text.to_owned()))
    }

    /// This pointer extended by an object member name (escaped as RFC 6901 requires).
    #[must_use]
    pub fn field(mut self, name: &str) -> Self {
        self.make_room(name.len() + 1);
        self.0.push('/');
        // Bytes, not chars: `str::contains` of a set of chars goes through the char
        // searcher (a decoder per character) for names of a few ASCII letters.
        if !name.bytes().any(|byte| byte == b'~' || byte == b'/') {
            self.0.push_str(name);
            return self;
        }
        for c in name.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// This pointer extended by an array index.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.make_room(8);
        self.0.push('/');
        // With itoa rather than the formatting machinery: a finding's pointer has one or
        // two indices, and `write!` of each cost more than the rest of the pointer.
        self.0.push_str(itoa::Buffer::new().format(index));
        self
    }

    /// Room for `more` bytes; a pointer being built gets room for a few tokens at once
    /// (`/enrolments/0/events/12/minutes` would otherwise grow five times): grown to the
    /// typical size at once, a pointer is reallocated once, not once per token.
    fn make_room(&mut self, more: usize) {
        if self.0.capacity() - self.0.len() < more {
            self.0
                .reserve(more.max(TYPICAL.saturating_sub(self.0.len())));
        }
    }

    /// This pointer placed under `base`: `/a` under `/paths/3` is `/paths/3/a`.
    #[must_use]
    pub fn under(&self, base: &JsonPointer) -> Self {
        JsonPointer(format!("{}{}", base.0, self.0))
    }

    /// The pointer as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for JsonPointer {
    type Err = JsonPointerError;

    /// Parses a pointer, as [`JsonPointer::parse`] does.
    ///
    /// ```
    /// use tyokyky::JsonPointer;
    ///
    /// let pointer: JsonPointer = "/enrolments/0/events/3".parse()?;
    /// assert_eq!(format!("{pointer:>24}"), "  /enrolments/0/events/3");
    /// # Ok::<(), tyokyky::rules::JsonPointerError>(())
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        JsonPointer::parse(text)
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JsonPointer({:?})", self.0)
    }
}

impl TryFrom<String> for JsonPointer {
    type Error = JsonPointerError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        JsonPointer::parse(&text)
    }
}

impl From<JsonPointer> for String {
    fn from(pointer: JsonPointer) -> String {
        pointer.0
    }
}

impl JsonSchema for JsonPointer {
    fn schema_name() -> Cow<'static, str> {
        "JsonPointer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "JSON Pointer (RFC 6901) into the validated document.",
            "type": "string",
            "format": "json-pointer",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_parses() {
        let pointer = JsonPointer::root().field("a~b").field("c/d").index(0);
        assert_eq!(pointer.as_str(), "/a~0b/c~1d/0");
        assert_eq!(JsonPointer::parse(pointer.as_str()), Ok(pointer));
        assert_eq!(JsonPointer::parse(""), Ok(JsonPointer::root()));
        assert_eq!(
            JsonPointer::parse("a"),
            Err(JsonPointerError::MissingLeadingSlash)
        );
        assert_eq!(
            JsonPointer::parse("/a~2"),
            Err(JsonPointerError::BadEscape { position: 2 })
        );
        assert_eq!(
            JsonPointer::parse("/a~"),
            Err(JsonPointerError::BadEscape { position: 2 })
        );
    }

    #[test]
    fn a_clone_being_extended_is_not_reallocated() {
        // A rule's pointer is a clone of its enrolment's extended by a few tokens: the
        // clone has room for them.
        let base = JsonPointer::root().field("enrolments").index(0).clone();
        let clone = base.clone();
        assert!(clone.0.capacity() >= TYPICAL, "{}", clone.0.capacity());
        let capacity = clone.0.capacity();
        let first = clone.field("phases");
        let whole = first.index(12).field("minutes");
        assert_eq!(whole.as_str(), "/enrolments/0/phases/12/minutes");
        assert_eq!(whole.0.capacity(), capacity);
        // A pointer of exactly its length (as parsed) grows to the typical size at once.
        let parsed = JsonPointer::parse("/enrolments/0").expect("pointer");
        assert!(parsed.field("phases").0.capacity() >= TYPICAL);
        // A long token still fits whole.
        let long = "x".repeat(100);
        assert_eq!(
            base.field(&long).as_str().len(),
            "/enrolments/0/".len() + 100
        );
    }

    #[test]
    fn an_empty_member_name_is_a_token_of_its_own() {
        // RFC 6901: `/` then nothing names the member "" (not the whole document).
        let pointer = JsonPointer::root().field("").field("a");
        assert_eq!(pointer.as_str(), "//a");
        assert_eq!(format!("{pointer:?}"), r#"JsonPointer("//a")"#);
        assert_eq!(pointer.to_string(), "//a");
    }

    #[test]
    fn places_under_a_base() {
        let base = JsonPointer::root().field("clients").index(4);
        let inner = JsonPointer::root().field("birth_date");
        assert_eq!(inner.under(&base).as_str(), "/clients/4/birth_date");
    }
}
