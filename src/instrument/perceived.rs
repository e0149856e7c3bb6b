//! Perceived change (*koettu muutos*): the client's own retrospective answer at the end of
//! a service, per domain, whether it got better, stayed the same or got worse.
//!
//! *Hyvinvointia ja työkykyä edistämässä* publishes its results this way: "Asiakkaista
//! 45 % koki psyykkisen toimintakykynsä parantuneen" — clients *felt* it improved; the
//! source names no instrument. A perceived change is therefore its own record, not a
//! difference between two measurements.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::instrument::direction::Direction;

/// A domain a client is asked about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PerceivedDomain {
    /// Psychological functional capacity (*psyykkinen toimintakyky*).
    Psychological,
    /// Physical functional capacity (*fyysinen toimintakyky*).
    Physical,
    /// Social functional capacity (*sosiaalinen toimintakyky*).
    Social,
    /// Activity and initiative (*aktiivisuus ja aloitekyky*).
    ActivityAndInitiative,
    /// Work ability (*työkyky*).
    WorkAbility,
}

impl PerceivedDomain {
    /// Every domain, in the order the source reports them.
    pub const ALL: [PerceivedDomain; 5] = [
        PerceivedDomain::Psychological,
        PerceivedDomain::Physical,
        PerceivedDomain::Social,
        PerceivedDomain::ActivityAndInitiative,
        PerceivedDomain::WorkAbility,
    ];
}

vocabulary!(PerceivedDomain {
    Psychological => ["psyykkinen toimintakyky", "psykisk funktionsförmåga", "psychological functional capacity"],
    Physical => ["fyysinen toimintakyky", "fysisk funktionsförmåga", "physical functional capacity"],
    Social => ["sosiaalinen toimintakyky", "social funktionsförmåga", "social functional capacity"],
    ActivityAndInitiative => ["aktiivisuus ja aloitekyky", "aktivitet och initiativförmåga", "activity and initiative"],
    WorkAbility => ["työkyky", "arbetsförmåga", "work ability"],
});

/// One answer: the domain and how the client felt it changed.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`PerceivedItem::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PerceivedItem {
    /// The domain.
    pub domain: PerceivedDomain,
    /// Better, the same or worse, as the client felt it.
    pub change: Direction,
}

impl PerceivedItem {
    /// The client's perceived `change` in `domain`.
    pub fn new(domain: PerceivedDomain, change: Direction) -> Self {
        PerceivedItem { domain, change }
    }
}

/// A client's perceived change, one answer per domain asked about.
///
/// ```
/// use tyokyky::instrument::change::Direction;
/// use tyokyky::instrument::perceived::{PerceivedChange, PerceivedDomain, PerceivedItem};
///
/// let answers = PerceivedChange::new(vec![PerceivedItem::new(
///     PerceivedDomain::Psychological,
///     Direction::Improved,
/// )]);
/// assert_eq!(answers.of(PerceivedDomain::Psychological), Some(Direction::Improved));
/// assert_eq!(answers.of(PerceivedDomain::Physical), None);
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`PerceivedChange::new`]; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PerceivedChange {
    /// The answers; a domain answered twice counts by its last answer.
    pub items: Vec<PerceivedItem>,
}

impl PerceivedChange {
    /// Answers for the listed domains.
    pub fn new(items: Vec<PerceivedItem>) -> Self {
        PerceivedChange { items }
    }

    /// The answer for `domain`, if asked.
    pub fn of(&self, domain: PerceivedDomain) -> Option<Direction> {
        self.items
            .iter()
            .rev()
            .find(|item| item.domain == domain)
            .map(|item| item.change)
    }

    /// How many domains the client felt improved.
    pub fn improved(&self) -> u32 {
        let count = PerceivedDomain::ALL
            .iter()
            .filter(|domain| self.of(**domain) == Some(Direction::Improved))
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }
}
