//! The conversions every text identifier of the crate offers ([`Key`](crate::Key),
//! [`ClientId`](crate::ClientId), [`StaffId`](crate::StaffId)), written once.
//!
//! Each already checks its text in `TryFrom<String>` and shows it with `Display`; the
//! macro adds `FromStr`, `TryFrom<&str>`, `AsRef<str>` and `Borrow<str>`, so an id parses
//! with `"demo-1".parse()` and a map keyed by ids can be looked up with a `&str`.
//! (`Borrow<str>` is sound: each id compares and hashes exactly as its text.)

macro_rules! text_id {
    ($id:ty, $error:ty) => {
        impl std::str::FromStr for $id {
            type Err = $error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                <$id>::try_from(text.to_owned())
            }
        }

        impl TryFrom<&str> for $id {
            type Error = $error;

            fn try_from(text: &str) -> Result<Self, Self::Error> {
                <$id>::try_from(text.to_owned())
            }
        }

        impl AsRef<str> for $id {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::borrow::Borrow<str> for $id {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }
    };
}

pub(crate) use text_id;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use crate::{ClientId, Key, StaffId};

    #[test]
    fn ids_parse_and_borrow_as_their_text() {
        let key: Key = "mapping".parse().expect("key");
        assert_eq!(key.as_ref(), "mapping");
        assert!("Mapping".parse::<Key>().is_err());
        let client = ClientId::try_from("demo-1").expect("id");
        assert_eq!(client.to_string(), "demo-1");
        assert!(ClientId::try_from("131052-308T").is_err());
        let staff: StaffId = "worker-7".parse().expect("staff");
        let set: HashSet<StaffId> = [staff].into_iter().collect();
        assert!(set.contains("worker-7"));
        assert!(!set.contains("worker-8"));
    }
}
