//! Measurements on a service path: dated instrument results.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::instrument::InstrumentResult;

/// An instrument measuring work ability or functioning
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{InstrumentKind, Lang, Vocabulary};
///
/// let value: InstrumentKind = serde_json::from_str(r#""was""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""was""#);
/// assert_eq!(value.label(Lang::Fi), "työkykypistemäärä (WAS)");
/// assert_eq!(InstrumentKind::ALL.len(), 7);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InstrumentKind {
    /// Work Ability Score, 0–10 (*työkykypistemäärä*).
    Was,
    /// Work Ability Index (*työkykyindeksi*).
    Wai,
    /// UKK 2 km walk test (*UKK-kävelytesti*).
    UkkWalkTest,
    /// Goal Attainment Scaling (*GAS-menetelmä*).
    Gas,
    /// Kykyviisari self-assessment of work ability and functioning.
    Kykyviisari,
    /// IPS-25 fidelity scale (of a service, not a client).
    IpsFidelity,
    /// The client's perceived change at the end of a service (*koettu muutos*).
    PerceivedChange,
}

vocabulary!(InstrumentKind {
    Was => ["työkykypistemäärä (WAS)", "arbetsförmågepoäng (WAS)", "Work Ability Score (WAS)"],
    Wai => ["työkykyindeksi (WAI)", "arbetsförmågeindex (WAI)", "Work Ability Index (WAI)"],
    UkkWalkTest => ["UKK-kävelytesti", "UKK-gångtest", "UKK walk test"],
    Gas => ["tavoitteen saavuttamisen asteikko (GAS)", "GAS-metoden för måluppfyllelse", "Goal Attainment Scaling (GAS)"],
    Kykyviisari => ["Kykyviisari", "Kykyviisari (Förmågeguiden)", "Kykyviisari (the Abilitator)"],
    IpsFidelity => ["IPS-mallin toteutususkollisuus", "IPS-modellens programtrohet", "IPS fidelity"],
    PerceivedChange => ["koettu muutos", "upplevd förändring", "perceived change"],
});

/// A dated measurement: an instrument's result on a day.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Measurement;
///
/// let json = r#"{"date": "2024-01-08", "result": {"type": "was", "score": 6}}"#;
/// let value: Measurement = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Measurement {
    /// The day of the measurement.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub date: NaiveDate,
    /// The result, tagged by instrument.
    pub result: InstrumentResult,
}

impl Measurement {
    /// `result` measured on `date`.
    pub fn new(date: NaiveDate, result: InstrumentResult) -> Self {
        Measurement { date, result }
    }

    /// The instrument measured with.
    pub fn instrument(&self) -> InstrumentKind {
        self.result.instrument()
    }

    /// Whether this measurement gives what a model asks for with `required`. A Work
    /// Ability Score is asked for its 0–10 rating, which the Work Ability Index (item 1)
    /// and Kykyviisari (its work-ability question) carry too, so either of them also
    /// answers a WAS at the start or the end of a phase. *Hyvinvointiryhmä
    /// osatyökykyisille* asks for work-ability measures beside health ones
    /// ("Terveyteen liittyvien mittareiden lisäksi muistettava työkykymittaristo") and
    /// names none; a unit that uses Kykyviisari meets it. Every other instrument answers
    /// only itself.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::instrument::InstrumentResult;
    /// use tyokyky::{InstrumentKind, Measurement};
    ///
    /// let wai: InstrumentResult = serde_json::from_str(r#"{"type": "was", "score": 7}"#)?;
    /// let m = Measurement::new(NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?, wai);
    /// assert!(m.answers(InstrumentKind::Was));
    /// assert!(!m.answers(InstrumentKind::Kykyviisari));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answers(&self, required: InstrumentKind) -> bool {
        let instrument = self.instrument();
        instrument == required
            || (required == InstrumentKind::Was && self.result.work_ability().is_some())
    }
}

/// A measurement a phase asked for that was not done, with the reason: it answers the
/// measurement duty (no `path.*_measurement_missing`) and is reported as advice
/// (`path.measurement_not_done`). The UKK walk test is validated for healthy adults of
/// 20–65 (Oja et al. 1991) and is not for everyone; a client may decline any measure.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::MeasurementNotDone;
///
/// let json = r#"{"date": "2024-01-08", "instrument": "ukk_walk_test", "reason": "contraindicated"}"#;
/// let value: MeasurementNotDone = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MeasurementNotDone {
    /// The day it was due or decided against.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub date: NaiveDate,
    /// The instrument not used.
    pub instrument: InstrumentKind,
    /// Why.
    pub reason: NotDoneReason,
}

impl MeasurementNotDone {
    /// `instrument` not used on `date` for `reason`.
    pub fn new(date: NaiveDate, instrument: InstrumentKind, reason: NotDoneReason) -> Self {
        MeasurementNotDone {
            date,
            instrument,
            reason,
        }
    }
}

/// Why a measurement was not done.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{NotDoneReason, Lang, Vocabulary};
///
/// let value: NotDoneReason = serde_json::from_str(r#""contraindicated""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""contraindicated""#);
/// assert_eq!(value.label(Lang::Fi), "vasta-aihe");
/// assert_eq!(NotDoneReason::ALL.len(), 3);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotDoneReason {
    /// The client's health rules it out (*vasta-aihe*): e.g. the walk test for a client
    /// with a heart condition.
    Contraindicated,
    /// The client declined (*asiakas kieltäytyi*).
    Declined,
    /// The instrument does not fit the client (*ei sovellu*): e.g. outside the ages it
    /// was validated for.
    NotApplicable,
}

vocabulary!(NotDoneReason {
    Contraindicated => ["vasta-aihe", "kontraindikation", "contraindicated"],
    Declined => ["asiakas kieltäytyi", "klienten avböjde", "the client declined"],
    NotApplicable => ["ei sovellu asiakkaalle", "lämpar sig inte för klienten", "not applicable to the client"],
});
