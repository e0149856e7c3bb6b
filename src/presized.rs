//! Lists read into a vector with room for a path's usual length at once.
//!
//! serde reads a JSON array into a vector that starts empty (the parser does not know the
//! length), so a year's 150 events grew it seven times, each copying every event read so
//! far: a twentieth of reading a path by time.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{Deserialize, SeqAccess, Visitor};

/// The room a list starts with: a few months of weekly events, 3 KB of a 104-byte event.
const ROOM: usize = 32;

/// `deserialize_with` for a `Vec` field usually holding tens of values.
pub(crate) fn vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct List<T>(PhantomData<fn() -> T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for List<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a sequence")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(ROOM).min(ROOM));
            while let Some(value) = seq.next_element()? {
                values.push(value);
            }
            Ok(values)
        }
    }
    deserializer.deserialize_seq(List(PhantomData))
}
