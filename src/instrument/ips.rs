//! IPS-25 Supported Employment Fidelity Scale: 25 items scored 1–5, total 25–125.
//!
//! Levels: 115–125 exemplary, 100–114 good, 74–99 fair (IPS Employment Center), 73 and
//! below not supported employment (one secondary source). Item anchors differ between scale
//! versions, so a result names its version. Only the item identifiers are shipped; the
//! item texts and anchors are in the IPS-25 manual. IPS is the basis of the Finnish
//! quality criteria of job coaching (*Työkykyohjelman laajentaminen, Varsinais-Suomi*).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::instrument::InstrumentError;
use crate::instrument::wai::Rating1To5;

/// The identifiers of the 25 items, in scale order (staffing 1–3, organization 4–11,
/// services 12–25).
pub const ITEMS: [&str; 25] = [
    "caseload_size",
    "employment_services_staff",
    "vocational_generalists",
    "integration_through_team_assignment",
    "integration_through_team_contact",
    "collaboration_with_vocational_rehabilitation",
    "vocational_unit",
    "role_of_employment_supervisor",
    "zero_exclusion",
    "agency_focus_on_competitive_employment",
    "executive_team_support",
    "work_incentives_planning",
    "disclosure",
    "ongoing_work_based_assessment",
    "rapid_job_search",
    "individualized_job_search",
    "job_development_frequent_contact",
    "job_development_quality_of_contact",
    "diversity_of_job_types",
    "diversity_of_employers",
    "competitive_jobs",
    "individualized_follow_along_supports",
    "time_unlimited_follow_along_supports",
    "community_based_services",
    "assertive_engagement_and_outreach",
];

/// The version of the scale the items were rated with.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum IpsScaleVersion {
    /// IPS-25, the revised 25-item scale (2008; manual revised 2019).
    Ips25,
}

vocabulary!(IpsScaleVersion {
    Ips25 => ["IPS-25", "IPS-25", "IPS-25"],
});

/// The fidelity level of a total.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum IpsLevel {
    /// 115–125.
    Exemplary,
    /// 100–114.
    Good,
    /// 74–99.
    Fair,
    /// 73 or below.
    NotSupportedEmployment,
}

vocabulary!(IpsLevel {
    Exemplary => ["erinomainen", "utmärkt", "exemplary fidelity"],
    Good => ["hyvä", "god", "good fidelity"],
    Fair => ["kohtalainen", "måttlig", "fair fidelity"],
    NotSupportedEmployment => ["ei tuettua työllistymistä", "inte stödd sysselsättning", "not supported employment"],
});

impl IpsLevel {
    /// The level of a total.
    pub const fn of(total: u32) -> IpsLevel {
        match total {
            115.. => IpsLevel::Exemplary,
            100..=114 => IpsLevel::Good,
            74..=99 => IpsLevel::Fair,
            _ => IpsLevel::NotSupportedEmployment,
        }
    }
}

/// A rated IPS-25 fidelity review of a service (not of a client).
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: an IPS fidelity review is its scale version and the scale's items, fixed by the scale (IPS-25)."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IpsFidelity {
    /// The scale version.
    pub version: IpsScaleVersion,
    /// The 25 item ratings, 1–5, in the order of [`ITEMS`].
    pub items: [Rating1To5; 25],
}

impl IpsFidelity {
    /// Ratings from 25 integers.
    ///
    /// # Errors
    ///
    /// [`InstrumentError::Count`] unless there are 25 ratings;
    /// [`InstrumentError::OutOfRange`] for a rating outside 1–5.
    pub fn from_ratings(
        version: IpsScaleVersion,
        ratings: &[i64],
    ) -> Result<Self, InstrumentError> {
        let checked: Vec<Rating1To5> = ratings
            .iter()
            .map(|r| Rating1To5::new(*r))
            .collect::<Result<_, _>>()?;
        let items: [Rating1To5; 25] =
            checked
                .try_into()
                .map_err(|v: Vec<Rating1To5>| InstrumentError::Count {
                    field: "items",
                    expected: 25,
                    actual: v.len(),
                })?;
        Ok(IpsFidelity { version, items })
    }

    /// The total, 25–125.
    pub fn total(&self) -> u32 {
        self.items.iter().map(|r| u32::from(r.repr())).sum()
    }

    /// The level of the total.
    pub fn level(&self) -> IpsLevel {
        IpsLevel::of(self.total())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_totals() {
        use IpsLevel::*;
        let levels: Vec<IpsLevel> = [125, 115, 114, 100, 99, 74, 73, 25]
            .map(IpsLevel::of)
            .to_vec();
        assert_eq!(
            levels,
            [
                Exemplary,
                Exemplary,
                Good,
                Good,
                Fair,
                Fair,
                NotSupportedEmployment,
                NotSupportedEmployment
            ]
        );
    }

    #[test]
    fn a_review_has_25_ratings() {
        let review = IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &[4; 25]).expect("valid");
        assert_eq!((review.total(), review.level()), (100, IpsLevel::Good));
        assert_eq!(
            IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &[4; 24]),
            Err(InstrumentError::Count {
                field: "items",
                expected: 25,
                actual: 24
            })
        );
        assert!(IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &[6; 25]).is_err());
        assert_eq!(ITEMS.len(), 25);
    }
}
