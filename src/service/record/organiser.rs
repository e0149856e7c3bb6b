//! Who organises or provides a service: an organisation by kind and the service's own id,
//! and its responsibility for an enrolment over a span of days.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::service::record::key::Key;

/// What kind of organisation organises or provides a service.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{OrganiserKind, Lang, Vocabulary};
///
/// let value: OrganiserKind = serde_json::from_str(r#""municipal_employment_area""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""municipal_employment_area""#);
/// assert_eq!(value.label(Lang::Fi), "työllisyysalue");
/// assert_eq!(OrganiserKind::ALL.len(), 7);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OrganiserKind {
    /// A municipal employment area (*työllisyysalue*), the employment authority since 2025.
    MunicipalEmploymentArea,
    /// A wellbeing services county (*hyvinvointialue*).
    WellbeingServicesCounty,
    /// A municipality (*kunta*).
    Municipality,
    /// Kela, the Social Insurance Institution.
    Kela,
    /// Occupational health care (*työterveyshuolto*).
    OccupationalHealth,
    /// A project (*hanke*).
    Project,
    /// A service provider (*palveluntuottaja*).
    Provider,
}

vocabulary!(OrganiserKind {
    MunicipalEmploymentArea => ["työllisyysalue", "sysselsättningsområde", "municipal employment area"],
    WellbeingServicesCounty => ["hyvinvointialue", "välfärdsområde", "wellbeing services county"],
    Municipality => ["kunta", "kommun", "municipality"],
    Kela => ["Kela", "FPA", "Kela"],
    OccupationalHealth => ["työterveyshuolto", "företagshälsovård", "occupational health care"],
    Project => ["hanke", "projekt", "project"],
    Provider => ["palveluntuottaja", "tjänsteproducent", "service provider"],
});

/// An organisation by kind and the service's own id for it (`keski_suomi`, `jyvaskyla`):
/// configuration, not a fixed list.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Organiser;
///
/// let json = r#"{"kind": "provider", "id": "te_office_keski_suomi"}"#;
/// let value: Organiser = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: an organiser is identified by its kind and its id; what else is known of it belongs to the assignment."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organiser {
    /// What kind of organisation.
    pub kind: OrganiserKind,
    /// The service's id for it.
    pub id: Key,
}

/// An organiser responsible for an enrolment from `start` to `end` (inclusive).
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::OrganiserAssignment;
///
/// let json = r#"{"organiser": {"kind": "municipal_employment_area", "id": "jyvaskyla_area"}, "start": "2025-01-01"}"#;
/// let value: OrganiserAssignment = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`OrganiserAssignment::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrganiserAssignment {
    /// The organiser.
    pub organiser: Organiser,
    /// First day.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub start: NaiveDate,
    /// Last day; absent while it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::date_text::option")]
    pub end: Option<NaiveDate>,
}

impl OrganiserAssignment {
    /// `organiser` organises the enrolment from `start`, open-ended.
    pub fn new(organiser: Organiser, start: NaiveDate) -> Self {
        OrganiserAssignment {
            organiser,
            start,
            end: None,
        }
    }
}
