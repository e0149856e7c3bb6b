//! Why a client is away or the service is interrupted: the reasons casework records.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// Why a client is away.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{AbsenceReason, Lang, Vocabulary};
///
/// let value: AbsenceReason = serde_json::from_str(r#""sickness""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""sickness""#);
/// assert_eq!(value.label(Lang::Fi), "sairaus");
/// assert_eq!(AbsenceReason::ALL.len(), 5);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AbsenceReason {
    /// Sickness (*sairauspoissaolo*).
    Sickness,
    /// A holiday agreed with the client (*loma*).
    Holiday,
    /// The unit is closed, e.g. over Christmas or the summer (*yksikkö suljettu*).
    UnitClosed,
    /// Another reason agreed with the worker (*muu hyväksytty syy*).
    OtherExcused,
    /// Away without a reason (*luvaton poissaolo*).
    Unexcused,
}

impl AbsenceReason {
    /// Whether the absence excuses the contacts it makes miss: every reason but
    /// [`AbsenceReason::Unexcused`].
    pub const fn is_excused(self) -> bool {
        !matches!(self, AbsenceReason::Unexcused)
    }
}

vocabulary!(AbsenceReason {
    Sickness => ["sairaus", "sjukdom", "sickness"],
    Holiday => ["loma", "semester", "holiday"],
    UnitClosed => ["yksikkö suljettu", "enheten stängd", "unit closed"],
    OtherExcused => ["muu hyväksytty syy", "annat godkänt skäl", "other agreed reason"],
    Unexcused => ["luvaton poissaolo", "olovlig frånvaro", "unexcused absence"],
});

/// Why a service is interrupted.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{InterruptionReason, Lang, Vocabulary};
///
/// let value: InterruptionReason = serde_json::from_str(r#""hospital_treatment""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""hospital_treatment""#);
/// assert_eq!(value.label(Lang::Fi), "sairaalahoito");
/// assert_eq!(InterruptionReason::ALL.len(), 8);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InterruptionReason {
    /// Hospital treatment (*sairaalahoito*).
    HospitalTreatment,
    /// Illness or sick leave (*sairaus*).
    Illness,
    /// Medical or vocational rehabilitation elsewhere (*kuntoutus*).
    Rehabilitation,
    /// Work (*työ*).
    Work,
    /// Studies (*opinnot*).
    Studies,
    /// Family reasons, e.g. parental leave (*perhesyyt*).
    FamilyReasons,
    /// The client's own wish (*asiakkaan pyyntö*).
    ClientRequest,
    /// Another reason (*muu syy*).
    Other,
}

vocabulary!(InterruptionReason {
    HospitalTreatment => ["sairaalahoito", "sjukhusvård", "hospital treatment"],
    Illness => ["sairaus", "sjukdom", "illness"],
    Rehabilitation => ["kuntoutus", "rehabilitering", "rehabilitation"],
    Work => ["työ", "arbete", "work"],
    Studies => ["opinnot", "studier", "studies"],
    FamilyReasons => ["perhesyyt", "familjeskäl", "family reasons"],
    ClientRequest => ["asiakkaan pyyntö", "klientens begäran", "the client's request"],
    Other => ["muu syy", "annat skäl", "another reason"],
});
