//! Plans and their parts: the kinds of plan, the parties, what a plan records and the
//! actions it agrees.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// A kind of plan (Act on Rehabilitative Work Activity 189/2001 as amended by 702/2020).
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{PlanKind, Lang, Vocabulary};
///
/// let value: PlanKind = serde_json::from_str(r#""activation_plan""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""activation_plan""#);
/// assert_eq!(value.label(Lang::Fi), "aktivointisuunnitelma");
/// assert_eq!(PlanKind::ALL.len(), 4);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanKind {
    /// Activation plan (*aktivointisuunnitelma*).
    ActivationPlan,
    /// Multiprofessional employment plan (*monialainen työllistymissuunnitelma*).
    MultiprofessionalEmploymentPlan,
    /// Employment plan (*työllistymissuunnitelma*).
    EmploymentPlan,
    /// Client plan of social services (*asiakassuunnitelma*).
    ClientPlan,
}

vocabulary!(PlanKind {
    ActivationPlan => ["aktivointisuunnitelma", "aktiveringsplan", "activation plan"],
    MultiprofessionalEmploymentPlan => ["monialainen työllistymissuunnitelma", "sektorsövergripande sysselsättningsplan", "multiprofessional employment plan"],
    EmploymentPlan => ["työllistymissuunnitelma", "sysselsättningsplan", "employment plan"],
    ClientPlan => ["asiakassuunnitelma", "klientplan", "client plan"],
});

/// A party that draws up a plan together with the client.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{PlanParty, Lang, Vocabulary};
///
/// let value: PlanParty = serde_json::from_str(r#""client""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""client""#);
/// assert_eq!(value.label(Lang::Fi), "asiakas");
/// assert_eq!(PlanParty::ALL.len(), 7);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanParty {
    /// The client (*asiakas*).
    Client,
    /// The employment authority (*työvoimaviranomainen*): the TE office until 2024, the
    /// municipal employment area since 2025.
    EmploymentAuthority,
    /// The wellbeing services county (*hyvinvointialue*), since 2023.
    WellbeingServicesCounty,
    /// The municipality (*kunta*): the social services' organiser until 2022.
    Municipality,
    /// Kela, the Social Insurance Institution.
    Kela,
    /// Occupational health care (*työterveyshuolto*).
    OccupationalHealth,
    /// A service provider or project.
    ServiceProvider,
}

vocabulary!(PlanParty {
    Client => ["asiakas", "klienten", "the client"],
    EmploymentAuthority => ["työvoimaviranomainen", "arbetskraftsmyndigheten", "the employment authority"],
    WellbeingServicesCounty => ["hyvinvointialue", "välfärdsområdet", "the wellbeing services county"],
    Municipality => ["kunta", "kommunen", "the municipality"],
    Kela => ["Kela", "FPA", "Kela"],
    OccupationalHealth => ["työterveyshuolto", "företagshälsovården", "occupational health care"],
    ServiceProvider => ["palveluntuottaja", "tjänsteproducenten", "the service provider"],
});

/// A content a plan records (the goal, the support and guidance), named in findings about
/// an incomplete plan.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{PlanContent, Lang, Vocabulary};
///
/// let value: PlanContent = serde_json::from_str(r#""goal""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""goal""#);
/// assert_eq!(value.label(Lang::Fi), "tavoite");
/// assert_eq!(PlanContent::ALL.len(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlanContent {
    /// The goal of the service (*tavoite*).
    Goal,
    /// The support and guidance the client needs (*tuki ja ohjaus*).
    SupportAndGuidance,
}

vocabulary!(PlanContent {
    Goal => ["tavoite", "mål", "goal"],
    SupportAndGuidance => ["tuki ja ohjaus", "stöd och handledning", "support and guidance"],
});

/// What was done with a plan.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{PlanAction, Lang, Vocabulary};
///
/// let value: PlanAction = serde_json::from_str(r#""drawn_up""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""drawn_up""#);
/// assert_eq!(value.label(Lang::Fi), "laadittu");
/// assert_eq!(PlanAction::ALL.len(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlanAction {
    /// Drawn up (*laadittu*).
    DrawnUp,
    /// Reviewed (*tarkistettu*).
    Reviewed,
}

vocabulary!(PlanAction {
    DrawnUp => ["laadittu", "upprättad", "drawn up"],
    Reviewed => ["tarkistettu", "översedd", "reviewed"],
});
