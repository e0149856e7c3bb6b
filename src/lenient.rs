//! The document parser agreeing with JSON Schema where serde alone does not.
//!
//! JSON has one kind of number: `4.0` and `4` are the same value, and JSON Schema's
//! `"type": "integer"` accepts both, while serde refuses `4.0` for an integer field. serde
//! also reads a struct written as a positional array (`["a", "b"]` for `{"x": "a", "y":
//! "b"}`), which every schema of the crate refuses. [`Lenient`] wraps the parser so that
//! a whole number written with a fraction or an exponent is read as the integer it is,
//! and a struct is read only from an object: what the schemas accept, serde accepts, and
//! what they refuse, it refuses.
//!
//! The wrapper passes every call through, so a document read through it gives the same
//! values and the same errors (pointer, line, column) as without, but for those two cases.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};

/// A deserializer read the way the crate's schemas read JSON.
pub(crate) struct Lenient<D>(pub(crate) D);

/// A visitor that gets whole-valued floats as integers and its nested values through
/// [`Lenient`]; `structure` refuses a sequence where a struct is read.
struct Wrap<V> {
    inner: V,
    structure: bool,
}

fn wrap<V>(inner: V) -> Wrap<V> {
    Wrap {
        inner,
        structure: false,
    }
}

macro_rules! forward {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(wrap(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
    type Error = D::Error;

    forward!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, wrap(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, wrap(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let visitor = Wrap {
            inner: visitor,
            structure: true,
        };
        self.0.deserialize_struct(name, fields, visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, wrap(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// The integer a float is, when it is whole and within `i64`/`u64`.
fn whole(value: f64) -> Option<Result<u64, i64>> {
    // 2^64 and -2^63 as floats are exact: the bounds of the casts below.
    const U64_END: f64 = 18_446_744_073_709_551_616.0;
    const I64_START: f64 = -9_223_372_036_854_775_808.0;
    if value.fract() != 0.0 || !value.is_finite() {
        return None;
    }
    if (0.0..U64_END).contains(&value) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return Some(Ok(value as u64));
    }
    if (I64_START..0.0).contains(&value) {
        #[allow(clippy::cast_possible_truncation)]
        return Some(Err(value as i64));
    }
    None
}

macro_rules! pass {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, value: $ty) -> Result<V::Value, E> {
                self.inner.$method(value)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    pass!(
        visit_bool: bool,
        visit_i8: i8,
        visit_i16: i16,
        visit_i32: i32,
        visit_i64: i64,
        visit_i128: i128,
        visit_u8: u8,
        visit_u16: u16,
        visit_u32: u32,
        visit_u64: u64,
        visit_u128: u128,
        visit_f32: f32,
        visit_char: char,
        visit_str: &str,
        visit_borrowed_str: &'de str,
        visit_string: String,
        visit_bytes: &[u8],
        visit_borrowed_bytes: &'de [u8],
        visit_byte_buf: Vec<u8>,
    );

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<V::Value, E> {
        match whole(value) {
            Some(Ok(unsigned)) => self.inner.visit_u64(unsigned),
            Some(Err(signed)) => self.inner.visit_i64(signed),
            None => self.inner.visit_f64(value),
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Lenient(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Lenient(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.structure {
            // The schemas have every struct as an object; a positional array is refused.
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        self.inner.visit_seq(LenientSeq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(LenientMap(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(LenientEnum(data))
    }
}

/// A seed whose value is read through [`Lenient`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Lenient(deserializer))
    }
}

struct LenientSeq<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for LenientSeq<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct LenientMap<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for LenientMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct LenientEnum<A>(A);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for LenientEnum<A> {
    type Error = A::Error;
    type Variant = LenientVariant<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(Seed(seed))
            .map(|(value, variant)| (value, LenientVariant(variant)))
    }
}

struct LenientVariant<A>(A);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for LenientVariant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, wrap(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = Wrap {
            inner: visitor,
            structure: true,
        };
        self.0.struct_variant(fields, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Pair {
        count: u8,
        weight: f64,
        #[serde(default)]
        offset: Option<i32>,
    }

    fn read<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, serde_json::Error> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        T::deserialize(Lenient(&mut deserializer))
    }

    #[test]
    fn a_whole_number_with_a_fraction_or_exponent_is_the_integer() {
        let pair: Pair = read(r#"{"count": 4.0, "weight": 74.0, "offset": -2e0}"#).expect("read");
        assert_eq!(
            pair,
            Pair {
                count: 4,
                weight: 74.0,
                offset: Some(-2)
            }
        );
        assert!(read::<Pair>(r#"{"count": 4.5, "weight": 1}"#).is_err());
        assert!(read::<Pair>(r#"{"count": 256.0, "weight": 1}"#).is_err());
        assert!(read::<Pair>(r#"{"count": 1e300, "weight": 1}"#).is_err());
    }

    #[test]
    fn a_struct_is_read_only_from_an_object() {
        assert!(read::<Pair>("[4, 74.0]").is_err());
        let listed: Vec<u8> = read("[1.0, 2]").expect("a list stays a list");
        assert_eq!(listed, [1, 2]);
        let tuple: (u8, u8) = read("[1, 2]").expect("a tuple is an array");
        assert_eq!(tuple, (1, 2));
    }

    #[test]
    fn whole_knows_the_bounds() {
        assert_eq!(whole(0.0), Some(Ok(0)));
        assert_eq!(whole(-1.0), Some(Err(-1)));
        assert_eq!(whole(0.5), None);
        assert_eq!(whole(f64::NAN), None);
        assert_eq!(whole(1e20), None);
        assert_eq!(whole(-1e19), None);
    }
}
