//! The professions of a multiprofessional team.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// A profession in a multiprofessional team (*OSAKSI-hanke* and *Työkykyohjelman laajentaminen, Varsinais-Suomi*).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Profession, Lang, Vocabulary};
///
/// let value: Profession = serde_json::from_str(r#""physician""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""physician""#);
/// assert_eq!(value.label(Lang::Fi), "lääkäri");
/// assert_eq!(Profession::ALL.len(), 13);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Profession {
    /// Physician (*lääkäri*). Health care.
    Physician,
    /// Nurse or public-health nurse (*sairaanhoitaja, terveydenhoitaja*). Health care.
    Nurse,
    /// Physiotherapist (*fysioterapeutti*). Health care.
    Physiotherapist,
    /// Psychologist (*psykologi*). Health care.
    Psychologist,
    /// Occupational therapist (*toimintaterapeutti*). Health care.
    OccupationalTherapist,
    /// Social worker (*sosiaalityöntekijä*).
    SocialWorker,
    /// Social instructor (*sosiaaliohjaaja*).
    SocialInstructor,
    /// Employment services expert (*työllisyyspalvelujen asiantuntija*).
    EmploymentExpert,
    /// Job coach (*työhönvalmentaja*).
    JobCoach,
    /// Work-ability coordinator (*työkykykoordinaattori*).
    WorkAbilityCoordinator,
    /// Rehabilitation counsellor (*kuntoutusohjaaja*).
    RehabilitationCounsellor,
    /// Exercise advisor (*liikuntaneuvoja*).
    ExerciseAdvisor,
    /// Another profession.
    Other,
}

impl Profession {
    /// Whether the profession is a health-care profession (the sources require health care
    /// in a work-ability team: assessment often needs a doctor, *OSAKSI-hanke*).
    pub const fn is_health_care(self) -> bool {
        matches!(
            self,
            Self::Physician
                | Self::Nurse
                | Self::Physiotherapist
                | Self::Psychologist
                | Self::OccupationalTherapist
        )
    }
}

vocabulary!(Profession {
    Physician => ["lääkäri", "läkare", "physician"],
    Nurse => ["sairaanhoitaja tai terveydenhoitaja", "sjukskötare eller hälsovårdare", "nurse"],
    Physiotherapist => ["fysioterapeutti", "fysioterapeut", "physiotherapist"],
    Psychologist => ["psykologi", "psykolog", "psychologist"],
    OccupationalTherapist => ["toimintaterapeutti", "ergoterapeut", "occupational therapist"],
    SocialWorker => ["sosiaalityöntekijä", "socialarbetare", "social worker"],
    SocialInstructor => ["sosiaaliohjaaja", "socialhandledare", "social instructor"],
    EmploymentExpert => ["työllisyyspalvelujen asiantuntija", "sakkunnig inom sysselsättningstjänster", "employment services expert"],
    JobCoach => ["työhönvalmentaja", "arbetscoach", "job coach"],
    WorkAbilityCoordinator => ["työkykykoordinaattori", "samordnare för arbetsförmågan", "work-ability coordinator"],
    RehabilitationCounsellor => ["kuntoutusohjaaja", "rehabiliteringshandledare", "rehabilitation counsellor"],
    ExerciseAdvisor => ["liikuntaneuvoja", "motionsrådgivare", "exercise advisor"],
    Other => ["muu ammatti", "annat yrke", "other profession"],
});
