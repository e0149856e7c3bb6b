//! The kind of an event, without its data: for specs, labels and counting.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
// Only the docs link to the event each kind names.
#[cfg(doc)]
use super::event::Event;

/// The kind of an [`Event`], without its data: for specs, labels and counting.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{EventKind, Lang, Vocabulary};
///
/// let value: EventKind = serde_json::from_str(r#""individual_meeting""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""individual_meeting""#);
/// assert_eq!(value.label(Lang::Fi), "yksilötapaaminen");
/// assert_eq!(EventKind::ALL.len(), 23);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// [`Event::IndividualMeeting`].
    IndividualMeeting,
    /// [`Event::GroupSession`].
    GroupSession,
    /// [`Event::WorkActivityDay`].
    WorkActivityDay,
    /// [`Event::HealthAssessment`].
    HealthAssessment,
    /// [`Event::PhysiotherapyAssessment`].
    PhysiotherapyAssessment,
    /// [`Event::CardTraining`].
    CardTraining,
    /// [`Event::TeamMeeting`].
    TeamMeeting,
    /// [`Event::Referral`].
    Referral,
    /// [`Event::Plan`].
    Plan,
    /// [`Event::WorkPreference`].
    WorkPreference,
    /// [`Event::EmployerContact`].
    EmployerContact,
    /// [`Event::NeedIdentified`].
    NeedIdentified,
    /// [`Event::WorkAbilityAssessment`].
    WorkAbilityAssessment,
    /// [`Event::Consultation`].
    Consultation,
    /// [`Event::WorkplaceVisit`].
    WorkplaceVisit,
    /// [`Event::ServiceCoordination`].
    ServiceCoordination,
    /// [`Event::BenefitsCounselling`].
    BenefitsCounselling,
    /// [`Event::JobStart`].
    JobStart,
    /// [`Event::JobEnd`].
    JobEnd,
    /// [`Event::Absence`].
    Absence,
    /// [`Event::Interruption`].
    Interruption,
    /// [`Event::Restart`].
    Restart,
    /// [`Event::Handoff`].
    Handoff,
}

vocabulary!(EventKind {
    IndividualMeeting => ["yksilötapaaminen", "individuellt möte", "individual meeting"],
    GroupSession => ["ryhmätapaaminen", "gruppträff", "group session"],
    WorkActivityDay => ["työtoimintapäivä", "arbetsverksamhetsdag", "work activity day"],
    HealthAssessment => ["lääkärin terveys- ja hyvinvointiarvio", "läkares hälso- och välfärdsbedömning", "doctor's health and wellbeing assessment"],
    PhysiotherapyAssessment => ["fysioterapeutin alkukartoitus", "fysioterapeutens inledande kartläggning", "physiotherapist's initial assessment"],
    CardTraining => ["korttikoulutus", "kortutbildning", "card training"],
    TeamMeeting => ["tiimipalaveri", "teammöte", "team meeting"],
    Referral => ["ohjaus palveluun", "hänvisning till tjänsten", "referral"],
    Plan => ["suunnitelma", "plan", "plan"],
    WorkPreference => ["asiakkaan työtoive", "klientens önskemål om arbete", "client's work preference"],
    EmployerContact => ["työnantajakontakti", "arbetsgivarkontakt", "employer contact"],
    NeedIdentified => ["työkyvyn tuen tarpeen tunnistaminen", "identifiering av behovet av stöd för arbetsförmågan", "work-ability support need identified"],
    WorkAbilityAssessment => ["monialainen työkyvyn arviointi", "sektorsövergripande bedömning av arbetsförmågan", "multiprofessional work-ability assessment"],
    Consultation => ["työkykykoordinaattorin konsultaatio", "konsultation av samordnaren för arbetsförmågan", "consultation of the work-ability coordinator"],
    WorkplaceVisit => ["työpaikkakäynti", "arbetsplatsbesök", "workplace visit"],
    ServiceCoordination => ["palvelujen ja etuuksien yhteensovittaminen", "samordning av tjänster och förmåner", "coordinating services and benefits"],
    BenefitsCounselling => ["etuusneuvonta", "förmånsrådgivning", "benefits counselling"],
    JobStart => ["työn alku", "arbetets början", "job start"],
    JobEnd => ["työn loppu", "arbetets slut", "job end"],
    Absence => ["poissaolo", "frånvaro", "absence"],
    Interruption => ["keskeytys", "avbrott", "interruption"],
    Restart => ["jatkuminen keskeytyksen jälkeen", "återupptagande efter avbrott", "restart"],
    Handoff => ["siirto toiselle järjestäjälle", "överlämning till en annan anordnare", "handoff to another organiser"],
});
