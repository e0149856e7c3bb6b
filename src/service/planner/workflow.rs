//! The client coordinator's workflow in multiprofessional work-ability support: from the
//! identified need to a multiprofessional assessment, from the assessment to a plan made
//! with the client, and from the plan to fitting the client's services and benefits
//! together; follow-up runs until the path is closed or handed off.
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
    /// The client's services and benefits fitted together after the plan
    /// ([`Event::ServiceCoordination`](crate::Event::ServiceCoordination)).
    Coordination,
}

vocabulary!(WorkflowStep {
    Assessment => ["monialainen arviointi", "sektorsövergripande bedömning", "multiprofessional assessment"],
    SharedPlan => ["yhteinen suunnitelma", "gemensam plan", "shared plan"],
    Coordination => ["palvelujen ja etuuksien yhteensovittaminen", "samordning av tjänster och förmåner", "coordinating services and benefits"],
});
