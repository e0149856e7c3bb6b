//! How a contact took place: in person, by phone or by video.
//!
//! Practitioners meet clients by phone and video as well as in person; every mode counts
//! as a contact unless a model's cadence names the modes that count
//! ([`Cadence::modes`](crate::service::spec::model_spec::Cadence::modes)).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// How a meeting or a group session took place. Default: in person.
///
/// ```
/// use tyokyky::{ContactMode, Lang, Vocabulary};
///
/// let mode: ContactMode = serde_json::from_str(r#""video""#)?;
/// assert_ne!(mode, ContactMode::default());
/// assert!(!mode.label(Lang::Sv).is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ContactMode {
    /// Face to face (*kasvokkain*).
    #[default]
    InPerson,
    /// By phone (*puhelimitse*).
    Phone,
    /// By video (*videoyhteydellä*).
    Video,
}

impl ContactMode {
    /// Whether the mode is the default, in person (left out of the JSON).
    pub fn is_in_person(&self) -> bool {
        *self == ContactMode::InPerson
    }
}

vocabulary!(ContactMode {
    InPerson => ["kasvokkain", "personligt möte", "in person"],
    Phone => ["puhelimitse", "per telefon", "by phone"],
    Video => ["videoyhteydellä", "via video", "by video"],
});
