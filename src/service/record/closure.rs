//! How a path closed: the closure, its outcome and which outcomes count as positive transitions.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// How a path closed.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Closure;
///
/// let json = r#"{"date": "2025-01-14", "outcome": "other"}"#;
/// let value: Closure = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Closure {
    /// The day the path closed.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub date: NaiveDate,
    /// Where the client went.
    pub outcome: Outcome,
    /// A short explanation, required for [`Outcome::Other`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<crate::free_text::FreeText>,
}

impl Closure {
    /// A closure on `date` with `outcome` and no note.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{Closure, FreeText, Outcome};
    ///
    /// let day = NaiveDate::from_ymd_opt(2024, 12, 20).ok_or("date")?;
    /// let closure = Closure::new(day, Outcome::Education).with_note(FreeText::new("starts a course")?);
    /// assert_eq!(closure.outcome, Outcome::Education);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate, outcome: Outcome) -> Self {
        Closure {
            date,
            outcome,
            note: None,
        }
    }

    /// The same closure with `note`.
    pub fn with_note(mut self, note: crate::free_text::FreeText) -> Self {
        self.note = Some(note);
        self
    }
}

/// Where a client went when the path closed: the outcome classes a practitioner records.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Outcome, Lang, Vocabulary};
///
/// let value: Outcome = serde_json::from_str(r#""open_market_job""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""open_market_job""#);
/// assert_eq!(value.label(Lang::Fi), "työ avoimilla työmarkkinoilla");
/// assert_eq!(Outcome::ALL.len(), 17);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// A job in the open labour market (*avoimet työmarkkinat*).
    OpenMarketJob,
    /// A wage-subsidised job (*palkkatuettu työ*).
    SubsidisedJob,
    /// A work trial (*työkokeilu*).
    WorkTrial,
    /// Education or training (*koulutus*).
    Education,
    /// Kela's rehabilitation, e.g. vocational rehabilitation (*Kelan kuntoutus*).
    KelaRehabilitation,
    /// An assessment for a rehabilitation allowance or a disability pension
    /// (*kuntoutustuki- tai työkyvyttömyyseläkeselvittely*).
    PensionAssessment,
    /// A rehabilitation allowance granted: a fixed-term disability pension
    /// (*kuntoutustuki*, *rehabiliteringsstöd*).
    RehabilitationAllowance,
    /// A disability pension granted (*työkyvyttömyyseläke*, *invalidpension*).
    DisabilityPension,
    /// Retirement on an old-age pension (*vanhuuseläke*, *ålderspension*).
    OldAgePension,
    /// Medical or mental-health treatment (*hoito*).
    Treatment,
    /// Back to the employment services (*takaisin työllisyyspalveluihin*).
    EmploymentServices,
    /// Handed to occupational health care (*työterveyshuolto*): *OSAKSI-hanke*, "Työssä
    /// olevat kuuluvat ensisijaisesti työterveyshuollon piiriin".
    OccupationalHealthCare,
    /// Another service.
    AnotherService,
    /// Dropped out (*keskeytti*).
    DroppedOut,
    /// Moved away (*muutti*).
    MovedAway,
    /// Died (*kuoli*).
    Deceased,
    /// Something else, explained in the note.
    Other,
}

impl Outcome {
    /// Whether the outcome is a positive transition (*positiivinen siirtymä*) under the
    /// crate's default [`PositiveTransitions`].
    pub fn is_positive(self) -> bool {
        PositiveTransitions::default().contains(self)
    }
}

vocabulary!(Outcome {
    OpenMarketJob => ["työ avoimilla työmarkkinoilla", "arbete på den öppna arbetsmarknaden", "open-market job"],
    SubsidisedJob => ["palkkatuettu työ", "lönesubventionerat arbete", "subsidised job"],
    WorkTrial => ["työkokeilu", "arbetsprövning", "work trial"],
    Education => ["koulutus", "utbildning", "education"],
    KelaRehabilitation => ["Kelan kuntoutus", "FPA:s rehabilitering", "Kela rehabilitation"],
    PensionAssessment => ["kuntoutustuki- tai eläkeselvittely", "utredning av rehabiliteringsstöd eller pension", "rehabilitation allowance or pension assessment"],
    RehabilitationAllowance => ["kuntoutustuki", "rehabiliteringsstöd", "rehabilitation allowance"],
    DisabilityPension => ["työkyvyttömyyseläke", "invalidpension", "disability pension"],
    OldAgePension => ["vanhuuseläke", "ålderspension", "old-age pension"],
    Treatment => ["hoito", "vård", "treatment"],
    EmploymentServices => ["takaisin työllisyyspalveluihin", "tillbaka till sysselsättningstjänsterna", "back to employment services"],
    OccupationalHealthCare => ["työterveyshuoltoon", "till företagshälsovården", "to occupational health care"],
    AnotherService => ["toinen palvelu", "annan tjänst", "another service"],
    DroppedOut => ["keskeytti", "avbröt", "dropped out"],
    MovedAway => ["muutti pois", "flyttade bort", "moved away"],
    Deceased => ["kuoli", "avled", "deceased"],
    Other => ["muu", "annat", "other"],
});

/// Which closure outcomes count as a positive transition (*positiivinen siirtymä*), the
/// effectiveness aim of the OsKu work-activity model.
///
/// The source names the aim but lists no outcomes, so the default is *derived*: a step
/// towards work or education, or into a service that clarifies or restores work ability
/// (open-market and subsidised work, a work trial, education, Kela rehabilitation, a
/// rehabilitation allowance or pension assessment). A pension or a rehabilitation
/// allowance granted settles the client's situation but is no step towards work;
/// treatment, a return to the employment services, another service, moving, dying,
/// dropping out and "other" are not counted either. A programme with another definition
/// passes its own.
///
/// ```
/// use tyokyky::{Outcome, PositiveTransitions};
///
/// let default = PositiveTransitions::default();
/// assert!(default.contains(Outcome::WorkTrial));
/// assert!(!default.contains(Outcome::AnotherService));
/// let mine = PositiveTransitions::new(vec![Outcome::OpenMarketJob]);
/// assert!(!mine.contains(Outcome::SubsidisedJob));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PositiveTransitions {
    outcomes: Vec<Outcome>,
}

impl PositiveTransitions {
    /// The outcomes that count.
    pub fn new(outcomes: Vec<Outcome>) -> Self {
        PositiveTransitions { outcomes }
    }

    /// Whether `outcome` counts.
    pub fn contains(&self, outcome: Outcome) -> bool {
        self.outcomes.contains(&outcome)
    }

    /// The outcomes that count.
    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }
}

impl Default for PositiveTransitions {
    fn default() -> Self {
        PositiveTransitions::new(vec![
            Outcome::OpenMarketJob,
            Outcome::SubsidisedJob,
            Outcome::WorkTrial,
            Outcome::Education,
            Outcome::KelaRehabilitation,
            Outcome::PensionAssessment,
        ])
    }
}
