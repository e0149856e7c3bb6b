//! Reading an enum tagged by `"type"` (an [`Event`](crate::Event), an
//! [`InstrumentResult`](crate::instrument::InstrumentResult)) without buffering it.
//!
//! serde reads an internally tagged enum (`{"type": "group_session", "date": …}`) by
//! first copying the whole object into a buffer, because the tag may come last. Events are
//! most of a path, so that copy was most of the parse; and a value read from the buffer
//! has lost its place in the text, so its errors had no field, line or column. Here the tag is read first when it
//! is first (as the crate and most writers put it): the rest of the object goes straight
//! into the variant's fields, driven through an externally tagged mirror of the enum that
//! the [`tagged_first!`] macro declares from the same variant list. When `"type"` is not
//! first, the object is buffered and read as before, so every document that was read still
//! is. The fast way also keeps serde's path: a problem inside an event points at the field.

use std::fmt;
use std::marker::PhantomData;

use serde_json::value::RawValue;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, VariantAccess,
    Visitor,
};

/// Declares a `"type"`-tagged enum once, and beside it its mirror (named after `mirror`,
/// `of` the enum's name as text, which serde's `remote` needs), the same variants
/// externally tagged (deserialize only, building the enum), and the
/// `Serialize`/`Deserialize` impls that read the tag first. The enum's own serde
/// attributes must include `remote = "Self"`, so the derived code is what the impls call.
macro_rules! tagged_first {
    (
        mirror $mirror:ident of $remote:literal;
        expecting $expecting:literal;
        $(#[$attr:meta])*
        pub enum $name:ident {
            $(
                $(#[$vattr:meta])*
                $variant:ident {
                    $(
                        $(#[$fattr:meta])*
                        $field:ident : $ty:ty
                    ),* $(,)?
                }
            ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        pub enum $name {
            $(
                $(#[$vattr])*
                $variant {
                    $(
                        $(#[$fattr])*
                        $field: $ty
                    ),*
                }
            ),*
        }

        /// The variants of the enum, externally tagged: what the tag-first reader drives
        /// once it has read `"type"`. A serde `remote` definition: never built itself, its
        /// derived reader builds the enum's variant in place (a conversion from a mirror
        /// value moved each event twice, a twentieth of reading a path by time).
        #[derive(serde::Deserialize)]
        #[serde(remote = $remote, rename_all = "snake_case", deny_unknown_fields)]
        #[allow(dead_code)]
        pub(crate) enum $mirror {
            $(
                $(#[$vattr])*
                $variant {
                    $(
                        $(#[$fattr])*
                        $field: $ty
                    ),*
                }
            ),*
        }

        impl $crate::tagged::TaggedFields for $name {
            fn from_fields<'de, D: serde::Deserializer<'de>>(
                fields: D,
            ) -> Result<Self, D::Error> {
                $mirror::deserialize(fields)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Reads `"type"` first when it is first, without a buffer; any other order
            /// through the entries' raw text (see `TagFirstVisitor`).
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_map($crate::tagged::TagFirstVisitor::<$name> {
                    expecting: $expecting,
                    marker: std::marker::PhantomData,
                })
            }
        }
    };
}
pub(crate) use tagged_first;

/// The first key of an object: `"type"`, or another (kept, for the slow way).
enum FirstKey {
    Type,
    Other(String),
}

impl<'de> de::Deserialize<'de> for FirstKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = FirstKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<FirstKey, E> {
                Ok(if key == "type" {
                    FirstKey::Type
                } else {
                    FirstKey::Other(key.to_owned())
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// A `"type"`-tagged enum read from its variant's name and fields, as an externally tagged
/// enum is (what [`tagged_first!`] implements through the enum's mirror).
pub(crate) trait TaggedFields: Sized {
    /// Reads the value from a deserializer that gives the variant's name, then its fields.
    fn from_fields<'de, D: Deserializer<'de>>(fields: D) -> Result<Self, D::Error>;
}

/// Reads a tagged value: tag first without a buffer; any other order by keeping each
/// entry's raw text and reading the object again with its tag first.
pub(crate) struct TagFirstVisitor<T> {
    /// What the value is, for the parser's "expected …" (`"an event: an object with a
    /// \"type\""`).
    pub(crate) expecting: &'static str,
    pub(crate) marker: PhantomData<fn() -> T>,
}

impl<'de, T> Visitor<'de> for TagFirstVisitor<T>
where
    T: TaggedFields + de::DeserializeOwned,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match map.next_key::<FirstKey>()? {
            Some(FirstKey::Type) => {
                let tag: Tag<'de> = map.next_value()?;
                T::from_fields(RestOfObject { tag, map })
            }
            first => {
                // The tag is not first. serde would build every value into a buffer (a
                // nested array of a few bytes into a tree of allocations); here each entry
                // is kept as its raw text, and the object is read again with its tag
                // first, so any content costs about its own bytes.
                let mut entries: Vec<(String, Box<RawValue>)> = Vec::new();
                if let Some(FirstKey::Other(key)) = first {
                    entries.push((key, map.next_value()?));
                }
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    entries.push(entry);
                }
                // Without a tag there is nothing to read again (and no end to trying).
                let Some(tag_at) = entries.iter().position(|(key, _)| key == "type") else {
                    return Err(de::Error::missing_field("type"));
                };
                let tag_at = Some(tag_at);
                let mut text = String::from("{");
                let order = tag_at
                    .into_iter()
                    .chain((0..entries.len()).filter(|at| Some(*at) != tag_at));
                for (count, at) in order.enumerate() {
                    let (key, value) = &entries[at];
                    if count > 0 {
                        text.push(',');
                    }
                    text.push_str(&serde_json::to_string(key).map_err(de::Error::custom)?);
                    text.push(':');
                    text.push_str(value.get());
                }
                text.push('}');
                drop(entries);
                let mut again = serde_json::Deserializer::from_str(&text);
                T::deserialize(crate::lenient::Lenient(&mut again)).map_err(de::Error::custom)
            }
        }
    }
}

/// The value of `"type"`: borrowed from the input when the reader can lend it (text with
/// no escapes, as every tag is), so reading an event allocates nothing for its tag; an
/// allocation per event was a sixth of the parse's instructions outside serde_json.
enum Tag<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> de::Deserialize<'de> for Tag<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TagVisitor;
        impl<'de> Visitor<'de> for TagVisitor {
            type Value = Tag<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a type name")
            }
            fn visit_borrowed_str<E: de::Error>(self, tag: &'de str) -> Result<Tag<'de>, E> {
                Ok(Tag::Borrowed(tag))
            }
            fn visit_str<E: de::Error>(self, tag: &str) -> Result<Tag<'de>, E> {
                Ok(Tag::Owned(tag.to_owned()))
            }
        }
        deserializer.deserialize_str(TagVisitor)
    }
}

/// The object after its `"type"`: an enum whose variant is the tag and whose struct
/// variant's fields are the remaining entries.
struct RestOfObject<'de, A> {
    tag: Tag<'de>,
    map: A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for RestOfObject<'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for RestOfObject<'de, A> {
    type Error = A::Error;
    type Variant = Fields<A>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Fields<A>), A::Error> {
        let variant = match self.tag {
            Tag::Borrowed(tag) => seed.deserialize(de::value::BorrowedStrDeserializer::new(tag))?,
            Tag::Owned(tag) => seed.deserialize(tag.into_deserializer())?,
        };
        Ok((variant, Fields(self.map)))
    }
}

/// The remaining entries, read as the variant's fields.
struct Fields<A>(A);

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for Fields<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        Err(de::Error::custom("a tagged value has fields"))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, A::Error> {
        Err(de::Error::custom("a tagged value has fields"))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, A::Error> {
        Err(de::Error::custom("a tagged value has fields"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }
}

#[cfg(test)]
mod tests {
    use crate::service::record::event::{Event, Theme};

    fn read(json: &str) -> Result<Event, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn the_tag_anywhere_reads_the_same_event() {
        let first = read(
            r#"{"type": "individual_meeting", "date": "2024-01-08", "minutes": 45, "themes": ["exercise"]}"#,
        );
        let last = read(
            r#"{"date": "2024-01-08", "minutes": 45, "themes": ["exercise"], "type": "individual_meeting"}"#,
        );
        let middle = read(
            r#"{"date": "2024-01-08", "type": "individual_meeting", "minutes": 45, "themes": ["exercise"]}"#,
        );
        let expected = Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date: chrono::NaiveDate::from_ymd_opt(2024, 1, 8).expect("date"),
            minutes: Some(45),
            themes: vec![Theme::Exercise],
        };
        assert_eq!(first.expect("first"), expected);
        assert_eq!(last.expect("last"), expected);
        assert_eq!(middle.expect("middle"), expected);
    }

    #[test]
    fn both_ways_refuse_what_the_format_refuses() {
        for json in [
            r#"{"type": "individual_meeting", "date": "2024-01-08", "colour": "red"}"#,
            r#"{"date": "2024-01-08", "colour": "red", "type": "individual_meeting"}"#,
            r#"{"type": "meeting", "date": "2024-01-08"}"#,
            r#"{"date": "2024-01-08", "type": "meeting"}"#,
            r#"{"date": "2024-01-08"}"#,
            r#"{"type": "individual_meeting"}"#,
            r#"{"minutes": 5, "type": "individual_meeting"}"#,
            r#"{"type": 7, "date": "2024-01-08"}"#,
            r#"{}"#,
            r#"[]"#,
            r#""individual_meeting""#,
        ] {
            assert!(read(json).is_err(), "{json}");
        }
    }

    #[test]
    fn a_problem_inside_an_event_points_at_its_field() {
        let json = br#"{"document": "service_path", "schema_version": 1, "client": "c-1",
            "enrolments": [{"model": "wellbeing_group", "start": "2024-01-08",
            "events": [{"type": "group_session", "date": "2024-01-08", "minutes": -5}]}]}"#;
        let error = crate::document::Document::from_slice(json).expect_err("negative minutes");
        assert_eq!(
            error.findings()[0].path().as_str(),
            "/enrolments/0/events/0/minutes"
        );
    }
}
