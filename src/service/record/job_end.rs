//! Why a client's job ended.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// Why a job ended, as a job coach records it (IPS follows every job end: a lost job is
/// a step of the job search, not its end).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{JobEndReason, Lang, Vocabulary};
///
/// let value: JobEndReason = serde_json::from_str(r#""resigned""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""resigned""#);
/// assert_eq!(value.label(Lang::Fi), "irtisanoutui");
/// assert_eq!(JobEndReason::ALL.len(), 5);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum JobEndReason {
    /// The client resigned (*irtisanoutui*).
    Resigned,
    /// The employer dismissed the client (*irtisanottiin*), in the trial period or later.
    Dismissed,
    /// A fixed-term contract ended (*määräaikainen työsuhde päättyi*).
    FixedTermEnded,
    /// The client's health did not allow going on (*terveydellisistä syistä*).
    Health,
    /// Another reason.
    Other,
}

vocabulary!(JobEndReason {
    Resigned => ["irtisanoutui", "sade upp sig", "resigned"],
    Dismissed => ["irtisanottiin", "blev uppsagd", "dismissed"],
    FixedTermEnded => ["määräaikainen työsuhde päättyi", "visstidsanställningen upphörde", "fixed-term contract ended"],
    Health => ["terveydelliset syyt", "hälsoskäl", "health reasons"],
    Other => ["muu syy", "annan orsak", "another reason"],
});
