//! A finding's typed parameters by name.
//!
//! A finding has one to four parameters. A vector kept in name order holds them in one
//! allocation and finds one by binary search; the `BTreeMap` it replaces allocated a node
//! for every finding, and building those maps was a fifth of validating a path with 30
//! findings (measured with `perf`, BENCHMARKS.md). Serialized as a JSON object in name
//! order, exactly as the map was.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::rules::param::ParamValue;

/// The typed parameters of a finding or a due item, by name, in name order.
///
/// ```
/// use tyokyky::rules::{ParamValue, Params};
///
/// let mut params = Params::new();
/// params.insert("weeks", ParamValue::from(3u32));
/// params.insert("date", ParamValue::Missing {});
/// let names: Vec<&str> = params.iter().map(|(name, _)| name).collect();
/// assert_eq!(names, ["date", "weeks"]);
/// assert_eq!(params.get("weeks"), Some(&ParamValue::from(3u32)));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Params {
    /// Sorted by name, each name once.
    items: Vec<(Cow<'static, str>, ParamValue)>,
}

impl Params {
    /// No parameters.
    pub fn new() -> Self {
        Params::default()
    }

    /// The parameter called `name`.
    pub fn get(&self, name: &str) -> Option<&ParamValue> {
        // One to four names: compared for equality one by one (lengths first, mostly
        // different), not ordered by a binary search, each step of which compared the
        // bytes; a message looks up each of its placeholders.
        self.items
            .iter()
            .find(|(have, _)| have.as_ref() == name)
            .map(|(_, value)| value)
    }

    /// Sets parameter `name`, returning the value it replaces.
    pub fn insert(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: ParamValue,
    ) -> Option<ParamValue> {
        let name = name.into();
        match self.position(&name) {
            Ok(at) => self
                .items
                .get_mut(at)
                .map(|(_, old)| std::mem::replace(old, value)),
            Err(at) => {
                self.items.insert(at, (name, value));
                None
            }
        }
    }

    /// How many parameters.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Each parameter with its name, in name order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &ParamValue)> {
        self.items
            .iter()
            .map(|(name, value)| (name.as_ref(), value))
    }

    /// Every parameter's value, mutable.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut ParamValue> {
        self.items.iter_mut().map(|(_, value)| value)
    }

    /// The parameters a rule declares, in the order of its declaration, put in name order
    /// by `order` ([`name_order`] of the names, found when compiling): one exact
    /// allocation, no sort. A rule's names are its struct's fields, so each is there once.
    pub(crate) fn from_declared<const N: usize>(
        mut pairs: [Option<(&'static str, ParamValue)>; N],
        order: &[usize; N],
    ) -> Self {
        let mut items = Vec::with_capacity(N);
        items.extend(
            order
                .iter()
                .filter_map(|&at| pairs.get_mut(at).and_then(Option::take))
                .map(|(name, value)| (Cow::Borrowed(name), value)),
        );
        Params { items }
    }

    fn position(&self, name: &str) -> Result<usize, usize> {
        self.items.binary_search_by(|(have, _)| by_name(have, name))
    }
}

/// Names in `str` order, decided by their first bytes when those differ (most names of
/// one finding begin differently): a comparison of the whole texts is a call.
fn by_name(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(a_first), Some(b_first)) if a_first != b_first => a_first.cmp(b_first),
        _ => a.cmp(b),
    }
}

/// The positions of `names` in name order (`str` order), computed when compiling: a
/// finding's parameters are put in order without sorting them (a sort was a third of
/// making a finding's parameters, about 250 instructions). Insertion sort: a rule has one
/// to five names.
pub(crate) const fn name_order<const N: usize>(names: [&str; N]) -> [usize; N] {
    let mut order = [0; N];
    let mut at = 0;
    while at < N {
        order[at] = at;
        at += 1;
    }
    let mut next = 1;
    while next < N {
        let mut at = next;
        while at > 0 && str_less(names[order[at]], names[order[at - 1]]) {
            let earlier = order[at - 1];
            order[at - 1] = order[at];
            order[at] = earlier;
            at -= 1;
        }
        next += 1;
    }
    order
}

/// `a < b` in `str` order (byte order), in a `const fn`.
const fn str_less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut at = 0;
    while at < a.len() && at < b.len() {
        if a[at] != b[at] {
            return a[at] < b[at];
        }
        at += 1;
    }
    a.len() < b.len()
}

impl<N: Into<Cow<'static, str>>> FromIterator<(N, ParamValue)> for Params {
    /// Later values of a name replace earlier ones, as inserting them one by one would.
    fn from_iter<I: IntoIterator<Item = (N, ParamValue)>>(iter: I) -> Self {
        let mut items: Vec<(Cow<'static, str>, ParamValue)> = iter
            .into_iter()
            .map(|(name, value)| (name.into(), value))
            .collect();
        // Stable: of equal names the last stays last.
        items.sort_by(|a, b| by_name(&a.0, &b.0));
        // `dedup_by` drops the later of two equal names; its value moves to the one kept
        // first, so the last value of a name is the one that stays.
        items.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                std::mem::swap(&mut later.1, &mut kept.1);
            }
            same
        });
        Params { items }
    }
}

impl<'a> IntoIterator for &'a Params {
    type Item = (&'a str, &'a ParamValue);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Cow<'static, str>, ParamValue)>,
        fn(&'a (Cow<'static, str>, ParamValue)) -> (&'a str, &'a ParamValue),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.items
            .iter()
            .map(|(name, value)| (name.as_ref(), value))
    }
}

impl fmt::Debug for Params {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.items.len()))?;
        for (name, value) in &self.items {
            map.serialize_entry(name.as_ref(), value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Params {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ParamsVisitor;

        impl<'de> Visitor<'de> for ParamsVisitor {
            type Value = Params;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of typed parameters")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Params, A::Error> {
                let mut params = Params::new();
                while let Some((name, value)) = map.next_entry::<String, ParamValue>()? {
                    params.insert(name, value);
                }
                Ok(params)
            }
        }

        deserializer.deserialize_map(ParamsVisitor)
    }
}

impl JsonSchema for Params {
    fn schema_name() -> Cow<'static, str> {
        <std::collections::BTreeMap<String, ParamValue>>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, ParamValue>>::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: u32) -> ParamValue {
        ParamValue::from(n)
    }

    #[test]
    fn keeps_names_in_order_and_each_once() {
        let mut params = Params::new();
        assert!(params.is_empty());
        assert_eq!(params.insert("b", int(1)), None);
        assert!(!params.is_empty());
        assert_eq!(params.insert("a", int(2)), None);
        assert_eq!(params.insert("c", int(3)), None);
        assert_eq!(params.insert("b", int(4)), Some(int(1)));
        let names: Vec<&str> = params.iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert_eq!(params.len(), 3);
        assert_eq!(params.get("b"), Some(&int(4)));
        assert_eq!(params.get("a"), Some(&int(2)));
        assert_eq!(params.get("c"), Some(&int(3)));
        assert_eq!(params.get("d"), None);
        assert_eq!(params.get(""), None);
    }

    proptest::proptest! {
        /// Names compared by their first bytes are in `str` order, and any name put in is
        /// found again, however many share a first byte or a length.
        #[test]
        fn names_are_ordered_as_str_orders_them(
            names in proptest::collection::vec("[ab]{0,3}|\\PC{0,4}", 0..8)
        ) {
            for a in &names {
                for b in &names {
                    proptest::prop_assert_eq!(by_name(a, b), a.as_str().cmp(b.as_str()));
                }
            }
            let params: Params = names
                .iter()
                .enumerate()
                .map(|(at, name)| (name.clone(), int(u32::try_from(at).unwrap_or(0))))
                .collect();
            let sorted: Vec<&str> = params.iter().map(|(name, _)| name).collect();
            proptest::prop_assert!(sorted.is_sorted());
            for (at, name) in names.iter().enumerate() {
                // The last value of a name stays.
                let last = names.iter().rposition(|other| other == name).unwrap_or(at);
                proptest::prop_assert_eq!(
                    params.get(name),
                    Some(&int(u32::try_from(last).unwrap_or(0)))
                );
            }
        }
    }

    proptest::proptest! {
        /// The order found when compiling puts any distinct names in `str` order, as
        /// collecting them does.
        #[test]
        fn declared_names_are_put_in_str_order(
            names in proptest::collection::btree_set("[a-z_]{0,6}|\\PC{0,3}", 0..6)
        ) {
            // Shuffled by a fixed rotation: the set iterates sorted.
            let mut names: Vec<String> = names.into_iter().collect();
            let half = names.len() / 2;
            names.rotate_left(half);
            let mut fixed = [""; 5];
            for (slot, name) in fixed.iter_mut().zip(&names) {
                *slot = name;
            }
            let order = name_order(fixed);
            let ordered: Vec<&str> = order
                .iter()
                .map(|&at| fixed[at])
                .skip(5 - names.len())
                .collect();
            let mut sorted: Vec<&str> = names.iter().map(String::as_str).collect();
            sorted.sort_unstable();
            proptest::prop_assert_eq!(ordered, sorted);
        }
    }

    #[test]
    fn str_less_is_str_order_strictly() {
        for (a, b) in [
            ("a", "a"),
            ("", ""),
            ("max", "max"),
            ("b", "a"),
            ("ab", "a"),
        ] {
            assert!(!str_less(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("a", "b"),
            ("", "a"),
            ("max", "max_months"),
            ("day", "days"),
        ] {
            assert!(str_less(a, b), "{a} {b}");
        }
    }

    #[test]
    fn declared_parameters_are_in_name_order_with_their_values() {
        const ORDER: [usize; 5] = name_order(["max_months", "max", "day", "days", "a"]);
        assert_eq!(ORDER, [4, 2, 3, 1, 0]);
        let params = Params::from_declared(
            [
                Some(("max_months", int(0))),
                Some(("max", int(1))),
                Some(("day", int(2))),
                Some(("days", int(3))),
                Some(("a", int(4))),
            ],
            &ORDER,
        );
        let collected: Params = [
            ("max_months", int(0)),
            ("max", int(1)),
            ("day", int(2)),
            ("days", int(3)),
            ("a", int(4)),
        ]
        .into_iter()
        .collect();
        assert_eq!(params, collected);
        assert_eq!(params.get("days"), Some(&int(3)));
    }

    #[test]
    fn collecting_keeps_the_last_value_of_a_name_like_inserting() {
        let pairs = [("n", int(1)), ("m", int(2)), ("n", int(3)), ("a", int(4))];
        let collected: Params = pairs.iter().cloned().collect();
        let mut inserted = Params::new();
        for (name, value) in pairs {
            inserted.insert(name, value);
        }
        assert_eq!(collected, inserted);
        assert_eq!(collected.get("n"), Some(&int(3)));
        assert_eq!(collected.len(), 3);
        assert_eq!(format!("{collected:?}"), format!("{inserted:?}"));
    }

    #[test]
    fn its_schema_is_that_of_a_map_of_parameters() {
        type Map = std::collections::BTreeMap<String, ParamValue>;
        assert_eq!(Params::schema_name(), Map::schema_name());
        assert_eq!(
            serde_json::to_value(schemars::schema_for!(Params)).expect("schema"),
            serde_json::to_value(schemars::schema_for!(Map)).expect("schema")
        );
    }

    #[test]
    fn reads_and_writes_an_object_in_name_order() {
        let params: Params = [("z", int(1)), ("a", ParamValue::key("x"))]
            .into_iter()
            .collect();
        let json = serde_json::to_string(&params).expect("serializes");
        assert_eq!(
            json,
            r#"{"a":{"type":"key","value":"x"},"z":{"type":"integer","value":1}}"#
        );
        let back: Params = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, params);
        let twice: Params = serde_json::from_str(
            r#"{"a":{"type":"integer","value":1},"a":{"type":"integer","value":2}}"#,
        )
        .expect("reads");
        assert_eq!(twice.get("a"), Some(&int(2)));
        let error = serde_json::from_str::<Params>("[1]").expect_err("not an object");
        assert!(
            error.to_string().contains("an object of typed parameters"),
            "{error}"
        );
        let debug = format!("{params:?}");
        assert!(debug.starts_with(r#"{"a": Key"#), "{debug}");
        assert!(debug.contains(r#", "z": Integer"#), "{debug}");
        let by_ref: Vec<&str> = (&params).into_iter().map(|(name, _)| name).collect();
        assert_eq!(by_ref, ["a", "z"]);
    }
}
