//! The client coordinator's workflow in multiprofessional work-ability support: from the
//! identified need to a multiprofessional assessment, and from the assessment to a plan
//! made with the client; follow-up runs at the team's meeting rhythm until the path is
//! closed or handed off.
//!
//! *OSAKSI-hanke* aims at "Moniammatillinen työkyvyn tuen tiimi ja asiakasvastaava-malli
//! toimii sote-keskuksessa" and "Asiakkaiden palvelupolut rakentuvat koordinoitusti ja
//! ovat suunnitelmallisia"; *Työkykyohjelman laajentaminen, Varsinais-Suomi* aims "lisätä
//! sote-keskuksissa osatyökykyisten tunnistamista". Neither gives a time for a step: the
//! days in [`Requirement::CoordinatorWorkflow`](crate::Requirement::CoordinatorWorkflow)
//! are *derived* defaults, and days the client is away with a reason or the service is
//! interrupted do not count against them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// A dated step of the client coordinator's workflow.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WorkflowStep {
    /// The multiprofessional assessment of work ability and service need, after the need
    /// is identified.
    Assessment,
    /// A plan drawn up (or reviewed) with the client after the assessment.
    SharedPlan,
}

vocabulary!(WorkflowStep {
    Assessment => ["monialainen arviointi", "sektorsövergripande bedömning", "multiprofessional assessment"],
    SharedPlan => ["yhteinen suunnitelma", "gemensam plan", "shared plan"],
});
