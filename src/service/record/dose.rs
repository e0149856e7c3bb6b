//! The dose a plan agrees: days a calendar week and minutes a day.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What an activation or multiprofessional employment plan agrees of rehabilitative work
/// activity: the days a calendar week and, when agreed, the minutes a day. Law 189/2001
/// §13(2) sets the bounds (from 1.7.2015 1–4 days a calendar week of at least 4 hours);
/// the plan sets the client's own within them, and a review may change it. The validator
/// compares the recorded days with the dose in force
/// (`path.dose_not_followed`).
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Dose;
///
/// let json = r#"{"days_a_week": 3, "minutes_a_day": 300}"#;
/// let value: Dose = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Dose {
    /// Days a calendar week.
    pub days_a_week: u32,
    /// Minutes a day, when agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_a_day: Option<u32>,
}

impl Dose {
    /// `days_a_week` days of `minutes_a_day` minutes.
    ///
    /// ```
    /// use tyokyky::Dose;
    ///
    /// let dose = Dose::new(3, Some(300));
    /// assert_eq!(serde_json::to_string(&dose)?, r#"{"days_a_week":3,"minutes_a_day":300}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(days_a_week: u32, minutes_a_day: Option<u32>) -> Self {
        Dose {
            days_a_week,
            minutes_a_day,
        }
    }
}
