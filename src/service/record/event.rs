//! Dated events of a service path: meetings, group sessions, assessments, plans, jobs.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
pub use crate::service::record::contact_mode::ContactMode;
pub use crate::service::record::dose::Dose;
pub use crate::service::record::event_kind::EventKind;
pub use crate::service::record::job_end::JobEndReason;
pub use crate::service::record::plan_terms::{PlanAction, PlanContent, PlanKind, PlanParty};
pub use crate::service::record::profession::Profession;
pub use crate::service::record::reason::{AbsenceReason, InterruptionReason};
pub use crate::service::record::theme::Theme;
use crate::tagged::tagged_first;

/// The kind of a job that starts.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{EmploymentKind, Lang, Vocabulary};
///
/// let value: EmploymentKind = serde_json::from_str(r#""open_market""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""open_market""#);
/// assert_eq!(value.label(Lang::Fi), "avoimien työmarkkinoiden työ");
/// assert_eq!(EmploymentKind::ALL.len(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmploymentKind {
    /// A job in the open labour market (*avoimet työmarkkinat*).
    OpenMarket,
    /// A wage-subsidised job (*palkkatukityö*).
    Subsidised,
}

vocabulary!(EmploymentKind {
    OpenMarket => ["avoimien työmarkkinoiden työ", "arbete på den öppna arbetsmarknaden", "open-market job"],
    Subsidised => ["palkkatuettu työ", "lönesubventionerat arbete", "wage-subsidised job"],
});

tagged_first! {
mirror EventByTag of "Event";
expecting "an event: an object with a \"type\"";
/// A dated event on a service path.
///
/// Serialized with a `"type"` tag and the date inside: `{"type": "group_session", "date":
/// "2024-02-05", "minutes": 300, "themes": ["exercise"]}`.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Event;
///
/// let json = r#"{"type": "restart", "date": "2024-03-04"}"#;
/// let value: Event = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub enum Event {
    /// An individual meeting with the client (*yksilötapaaminen*).
    IndividualMeeting {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Length in minutes, if recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<u32>,
        /// Themes or contents dealt with.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        themes: Vec<Theme>,
        /// In person (the default), by phone or by video.
        #[serde(default, skip_serializing_if = "ContactMode::is_in_person")]
        mode: ContactMode,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A group meeting or group day (*ryhmätapaaminen, ryhmäpäivä*).
    GroupSession {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Length in minutes.
        minutes: u32,
        /// Themes or contents dealt with.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        themes: Vec<Theme>,
        /// In person (the default), by phone or by video.
        #[serde(default, skip_serializing_if = "ContactMode::is_in_person")]
        mode: ContactMode,
        /// Whether another participant led the session as its peer leader
        /// (*vertaisohjaaja*; *Hyvinvointiryhmä osatyökykyisille*: "Ryhmässä asiakkaan on
        /// mahdollista toimia vertaisohjaajana"). The client's own role as a peer leader
        /// is the enrolment's `peer_leader`.
        #[serde(default, skip_serializing_if = "crate::service::record::event::is_false")]
        peer_led: bool,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A day of rehabilitative work activity attended (*kuntouttavan työtoiminnan päivä*).
    WorkActivityDay {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Time taken part, in minutes.
        minutes: u32,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A doctor's health and wellbeing assessment offered to the client (*Hyvinvointia ja työkykyä edistämässä*).
    HealthAssessment {
        /// The day it was offered, or took place.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Whether the client took it up.
        accepted: bool,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A physiotherapist's individual initial assessment (*alkukartoitus*, *Hyvinvointiryhmä
    /// osatyökykyisille*: "fysioterapeutin yksilöllisen alkukartoituksen, henkilökohtaiset
    /// ohjeet ja tarvittaessa lisää yksilötapaamisia"). Further individual meetings, when
    /// needed, are [`Event::IndividualMeeting`]s.
    PhysiotherapyAssessment {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Whether the client was given personal instructions (*henkilökohtaiset ohjeet*),
        /// when recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        personal_instructions: Option<bool>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A card training (*korttikoulutus*: a certificate needed at work, *Hyvinvointia ja työkykyä edistämässä*).
    CardTraining {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Which card, e.g. `hygiene_passport`, `occupational_safety_card`.
        card: crate::service::record::key::Key,
        /// Whether the client completed it.
        completed: bool,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A meeting of the multiprofessional team about the client.
    TeamMeeting {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// The professions present.
        professions: Vec<Profession>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A partial work ability or a need for work-ability support is identified
    /// (*työkyvyn tuen tarpeen tunnistaminen*), e.g. at a reception of the health and
    /// social services centre (*OSAKSI-hanke*; *Työkykyohjelman laajentaminen,
    /// Varsinais-Suomi*: "lisätä sote-keskuksissa osatyökykyisten tunnistamista"). The
    /// client coordinator's workflow starts here.
    NeedIdentified {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Who identified it.
        by: Profession,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A multiprofessional assessment of the client's work ability and need for
    /// rehabilitation and services (*monialainen työkyvyn ja kuntoutus- ja
    /// palvelutarpeen arviointi*, *OSAKSI-hanke*).
    WorkAbilityAssessment {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// The professions taking part.
        professions: Vec<Profession>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// Another professional consults the work-ability coordinator about the client
    /// (*Työkykyohjelman laajentaminen, Varsinais-Suomi*: "ammattilaiset, jotka voivat
    /// konsultoida asiakkaiden työkyvyn tuen asioissa työkykykoordinaattoria").
    Consultation {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// The profession of the professional who consulted.
        by: Profession,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The client coordinator fits the client's services and benefits together
    /// (*palvelujen ja etuuksien yhteensovittaminen*; *OSAKSI-hanke*: "Asiakkaiden
    /// palvelupolut rakentuvat koordinoitusti ja ovat suunnitelmallisia", and the
    /// programme's aim "palveluiden ja etuuksien yhteensovittamiseksi"): the workflow's
    /// step after the shared plan.
    ServiceCoordination {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// Benefits counselling (*etuusneuvonta*): how work changes the client's benefits,
    /// before a job starts ("work incentives planning", an item of the IPS-25 fidelity
    /// scale, Bond et al. 2012).
    BenefitsCounselling {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A referral to this service (*ohjaus palveluun*).
    Referral {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A plan drawn up or reviewed together with the client.
    Plan {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Which plan.
        plan: PlanKind,
        /// Drawn up or reviewed.
        action: PlanAction,
        /// Whether the plan records the client's goal.
        records_goal: bool,
        /// Whether the plan records the support and guidance the client needs.
        records_support: bool,
        /// Who drew the plan up together with the client, when recorded (see
        /// [`PlanParty`]).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        parties: Vec<PlanParty>,
        /// The services the plan coordinates, by the service's own ids (a model id such as
        /// `rehabilitative_work_activity`, or `kela_vocational_rehabilitation`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        services: Vec<crate::service::record::key::Key>,
        /// The day by which the plan is to be reviewed, if it sets one (for rehabilitative
        /// work activity the plan sets when the activity's effects are assessed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(deserialize_with = "crate::date_text::option")]
        review_by: Option<NaiveDate>,
        /// Whether the client consented to sharing information between the organisers,
        /// when recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        consent_to_share: Option<bool>,
        /// The days a week and minutes a day of rehabilitative work activity the plan
        /// agrees, when it agrees them; in force from the plan's date until a later plan
        /// with a dose.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dose: Option<Dose>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The client's own preference for work, recorded with them. IPS job search follows
    /// it ("attention to client preferences", one of the principles the IPS-25 fidelity
    /// scale rates, Bond et al. 2012), and *Työkykyohjelman laajentaminen,
    /// Varsinais-Suomi* coaches clients of rehabilitative work activity who want work in
    /// the open labour market ("kuntouttavasta työtoiminnasta avoimille työmarkkinoille
    /// haluavat").
    WorkPreference {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Whether the client wants competitive work in the open labour market.
        open_market: bool,
        /// The kinds of work the client prefers, by the service's own keys (e.g.
        /// `warehouse`, `cleaning`), when recorded.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        kinds_of_work: Vec<crate::service::record::key::Key>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A contact with an employer about a job for the client (IPS job development).
    EmployerContact {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// A visit to the client's workplace by the job coach (*työpaikkakäynti*): a job
    /// support of IPS follow-along.
    WorkplaceVisit {
        /// The day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The client starts a job.
    JobStart {
        /// First working day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Open market or subsidised.
        employment: EmploymentKind,
        /// The rhythm of support the client chose for the first weeks at work, in weeks
        /// (2: a contact every other week), when the client chose one lighter than the
        /// weekly default; IPS follows the client's preferences.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        support_every_weeks: Option<u32>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The client's job ends.
    JobEnd {
        /// Last working day.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Why, when recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<JobEndReason>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The client is away, or the unit is closed, from `date` to `until` (inclusive)
    /// (*poissaolo*). Normal casework: an excused absence removes the weeks or months it
    /// covers from the contact rhythm; an unexcused one does not.
    Absence {
        /// The first day away.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// The last day away.
        #[serde(deserialize_with = "crate::date_text::date")]
        until: NaiveDate,
        /// Why.
        reason: AbsenceReason,
        /// Whether it took only part of the day (the client left after two hours with a
        /// sudden illness): the day's contact is recorded too, and with a reason the
        /// absence excuses the day's length.
        #[serde(default, skip_serializing_if = "crate::service::record::event::is_false")]
        part_day: bool,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The service is interrupted (*keskeytys*) from `date` until a [`Event::Restart`].
    /// Interrupted weeks and months owe no contacts.
    Interruption {
        /// The first day of the interruption.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// Why.
        reason: InterruptionReason,
        /// The day the client is expected back, if agreed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(deserialize_with = "crate::date_text::option")]
        expected_return: Option<NaiveDate>,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The service goes on after an interruption.
    Restart {
        /// The first day back.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
    /// The client is handed over to another organiser (e.g. from the TE office to the
    /// municipal employment area in 2025, or from a project to a wellbeing services
    /// county).
    Handoff {
        /// The first day with the new organiser.
        #[serde(deserialize_with = "crate::date_text::date")]
        date: NaiveDate,
        /// The new organiser.
        to: crate::service::record::organiser::Organiser,
        /// A short note of the worker's (never a personal identity code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<crate::free_text::FreeText>,
    },
}
}

/// Whether a flag is unset, for `skip_serializing_if`.
pub(crate) fn is_false(flag: &bool) -> bool {
    !*flag
}
