//! Readiness to deploy a wellbeing-group service in a locality: progress through the
//! seven-step framework of *Hyvinvointiryhmä osatyökykyisille*, coverage of the competencies
//! and resources it names, the pitfalls it warns about, and the network prerequisites of
//! *OSAKSI-hanke*.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::SchemaVersion;
use crate::i18n::vocabulary;

/// A step of the deployment framework, in order (*Hyvinvointiryhmä osatyökykyisille*).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentStep {
    /// 1. Map the clients' wishes.
    MapClientWishes,
    /// 2. Map the local network's needs and ability to take part.
    MapNetwork,
    /// 3. Define development needs, targeted changes and metrics with clients and the
    ///    network; agree on referral and follow-up.
    DefineChangesAndMetrics,
    /// 4. Pilot as a purchased service with continuous evaluation; model the practice.
    PilotPurchasedService,
    /// 5. Plan joint pilot groups with the network; agree on referral from outside.
    PlanJointPilots,
    /// 6. Run the joint pilots; evaluate and model.
    RunJointPilots,
    /// 7. Describe and establish the models.
    EstablishModels,
}

vocabulary!(DeploymentStep {
    MapClientWishes => ["asiakkaiden toiveiden kartoitus", "kartläggning av klienternas önskemål", "map the clients' wishes"],
    MapNetwork => ["paikallisen verkoston kartoitus", "kartläggning av det lokala nätverket", "map the local network"],
    DefineChangesAndMetrics => ["muutosten ja mittareiden määrittely", "definition av förändringar och mätare", "define changes and metrics"],
    PilotPurchasedService => ["pilotointi ostopalveluna", "pilot som köpt tjänst", "pilot as a purchased service"],
    PlanJointPilots => ["yhteisten pilottien suunnittelu", "planering av gemensamma piloter", "plan joint pilots"],
    RunJointPilots => ["yhteisten pilottien toteutus", "genomförande av gemensamma piloter", "run joint pilots"],
    EstablishModels => ["mallien kuvaus ja vakiinnuttaminen", "beskrivning och etablering av modellerna", "describe and establish the models"],
});

impl DeploymentStep {
    /// The seven steps, in order.
    pub const ALL: [DeploymentStep; 7] = [
        DeploymentStep::MapClientWishes,
        DeploymentStep::MapNetwork,
        DeploymentStep::DefineChangesAndMetrics,
        DeploymentStep::PilotPurchasedService,
        DeploymentStep::PlanJointPilots,
        DeploymentStep::RunJointPilots,
        DeploymentStep::EstablishModels,
    ];
}

/// A competency or resource the source requires.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Competency {
    /// Physiotherapy and exercise guidance.
    PhysiotherapyAndExercise,
    /// Nutrition coaching.
    NutritionCoaching,
    /// Forming a group.
    GroupFormation,
    /// Motivating and supporting clients in their own goals.
    MotivatingClients,
    /// Involving clients.
    InvolvingClients,
    /// Using metrics in planning and delivery.
    UsingMetrics,
    /// Knowing local wellbeing and culture services.
    LocalServices,
    /// Network cooperation in referral and delivery.
    NetworkCooperation,
    /// Working time from basic services and the project.
    WorkingTime,
    /// Premises and materials (e.g. a kitchen and food).
    PremisesAndMaterials,
}

vocabulary!(Competency {
    PhysiotherapyAndExercise => ["fysioterapia ja liikuntaohjaus", "fysioterapi och motionshandledning", "physiotherapy and exercise guidance"],
    NutritionCoaching => ["ravintovalmennus", "kostcoachning", "nutrition coaching"],
    GroupFormation => ["ryhmäyttäminen", "gruppbildning", "group formation"],
    MotivatingClients => ["asiakkaiden motivointi", "motivering av klienter", "motivating clients"],
    InvolvingClients => ["asiakkaiden osallistaminen", "delaktiggörande av klienter", "involving clients"],
    UsingMetrics => ["mittareiden käyttö", "användning av mätare", "using metrics"],
    LocalServices => ["paikallisten palvelujen tuntemus", "kännedom om lokala tjänster", "knowing local services"],
    NetworkCooperation => ["verkostoyhteistyö", "nätverkssamarbete", "network cooperation"],
    WorkingTime => ["työaika", "arbetstid", "working time"],
    PremisesAndMaterials => ["tilat ja materiaalit", "lokaler och material", "premises and materials"],
});

impl Competency {
    /// Every competency and resource the source names.
    pub const ALL: [Competency; 10] = [
        Competency::PhysiotherapyAndExercise,
        Competency::NutritionCoaching,
        Competency::GroupFormation,
        Competency::MotivatingClients,
        Competency::InvolvingClients,
        Competency::UsingMetrics,
        Competency::LocalServices,
        Competency::NetworkCooperation,
        Competency::WorkingTime,
        Competency::PremisesAndMaterials,
    ];
}

/// A kind of metric in use.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// A health metric (e.g. the UKK walk test).
    Health,
    /// A work-ability metric (e.g. WAS, WAI, Kykyviisari).
    WorkAbility,
    /// Client feedback.
    ClientFeedback,
}

vocabulary!(MetricKind {
    Health => ["terveysmittari", "hälsomätare", "health metric"],
    WorkAbility => ["työkykymittari", "arbetsförmågemätare", "work-ability metric"],
    ClientFeedback => ["asiakaspalaute", "klientrespons", "client feedback"],
});

/// What every member of a work-ability support network needs for the network to work
/// (*OSAKSI-hanke*: "Jotta verkostot toimisivat tehokkaasti, kaikilla verkostossa mukana
/// olevilla täytyy olla yhteinen tavoite, tahto monialaiseen yhteistyöhön, luottamus
/// toisiinsa, kannustava ja kuunteleva, mutta myös kehittävä ja kriittinen työote yhteisen
/// asiakkaan hyväksi").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NetworkPrerequisite {
    /// A shared goal (*yhteinen tavoite*).
    SharedGoal,
    /// The will to cooperate across professions (*tahto monialaiseen yhteistyöhön*).
    WillToCooperate,
    /// Trust in each other (*luottamus toisiinsa*).
    MutualTrust,
    /// An encouraging and listening, but also developing and critical approach for the
    /// shared client (*kannustava ja kuunteleva, mutta myös kehittävä ja kriittinen työote*).
    CriticalApproach,
}

impl NetworkPrerequisite {
    /// Every prerequisite, in the source's order.
    pub const ALL: [NetworkPrerequisite; 4] = [
        NetworkPrerequisite::SharedGoal,
        NetworkPrerequisite::WillToCooperate,
        NetworkPrerequisite::MutualTrust,
        NetworkPrerequisite::CriticalApproach,
    ];
}

vocabulary!(NetworkPrerequisite {
    SharedGoal => ["yhteinen tavoite", "gemensamt mål", "shared goal"],
    WillToCooperate => ["tahto monialaiseen yhteistyöhön", "vilja till sektorsövergripande samarbete", "will to cooperate across professions"],
    MutualTrust => ["luottamus toisiinsa", "tillit till varandra", "mutual trust"],
    CriticalApproach => ["kannustava mutta kriittinen työote", "uppmuntrande men kritiskt arbetssätt", "encouraging but critical approach"],
});

/// Where a locality stands in deploying the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DeploymentProgress {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Steps completed.
    pub steps_done: Vec<DeploymentStep>,
    /// Competencies and resources available.
    pub competencies: Vec<Competency>,
    /// Metrics in use.
    pub metrics: Vec<MetricKind>,
    /// Network organisations taking part in delivery (not the project itself).
    pub network_partners: u32,
    /// The network prerequisites every member shares (*OSAKSI-hanke*); absent means none
    /// is established yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network_prerequisites: Vec<NetworkPrerequisite>,
}

/// A pitfall the source warns about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Pitfall {
    /// Groups run project-driven: piloting without network partners.
    ProjectDriven,
    /// The network's roles are weak: piloting without the network mapped or joint pilots
    /// planned.
    WeakNetworkRoles,
    /// Health metrics in use but no work-ability metric.
    NoWorkAbilityMetric,
}

vocabulary!(Pitfall {
    ProjectDriven => ["hankevetoisuus", "projektdrivet genomförande", "project-driven"],
    WeakNetworkRoles => ["verkoston heikot roolit", "nätverkets svaga roller", "weak network roles"],
    NoWorkAbilityMetric => ["työkykymittari puuttuu", "arbetsförmågemätare saknas", "no work-ability metric"],
});

/// What is missing before the service can take root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ReadinessReport {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Steps completed, 0–7.
    pub steps_completed: usize,
    /// The first step not yet done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_step: Option<DeploymentStep>,
    /// Steps done while an earlier step is not.
    pub out_of_order: Vec<DeploymentStep>,
    /// Competencies and resources missing.
    pub missing_competencies: Vec<Competency>,
    /// Pitfalls detected.
    pub pitfalls: Vec<Pitfall>,
    /// Network prerequisites not yet shared by every member.
    pub missing_network_prerequisites: Vec<NetworkPrerequisite>,
    /// Whether every step is done, nothing is missing and no pitfall is found.
    pub ready: bool,
}

impl Default for DeploymentProgress {
    fn default() -> Self {
        DeploymentProgress::new()
    }
}

impl DeploymentProgress {
    /// A locality that has done nothing yet: no steps, competencies, metrics, network
    /// partners or shared prerequisites. Fill in the public fields as work proceeds.
    pub fn new() -> Self {
        DeploymentProgress {
            schema_version: SchemaVersion::CURRENT,
            steps_done: Vec::new(),
            competencies: Vec::new(),
            metrics: Vec::new(),
            network_partners: 0,
            network_prerequisites: Vec::new(),
        }
    }

    /// The readiness report.
    pub fn readiness(&self) -> ReadinessReport {
        let done = |step: &DeploymentStep| self.steps_done.contains(step);
        let next_step = DeploymentStep::ALL.iter().copied().find(|s| !done(s));
        let out_of_order: Vec<DeploymentStep> = DeploymentStep::ALL
            .iter()
            .copied()
            .filter(|step| done(step) && next_step.is_some_and(|next| next < *step))
            .collect();
        let missing_competencies: Vec<Competency> = Competency::ALL
            .iter()
            .copied()
            .filter(|c| !self.competencies.contains(c))
            .collect();
        let piloting =
            done(&DeploymentStep::PilotPurchasedService) || done(&DeploymentStep::RunJointPilots);
        let mut pitfalls = Vec::new();
        if piloting && self.network_partners == 0 {
            pitfalls.push(Pitfall::ProjectDriven);
        }
        // Weak roles: piloting with the network unmapped, or joint pilots never planned.
        let network_unmapped = !done(&DeploymentStep::MapNetwork);
        let joint_unplanned =
            done(&DeploymentStep::RunJointPilots) && !done(&DeploymentStep::PlanJointPilots);
        if piloting && (network_unmapped || joint_unplanned) {
            pitfalls.push(Pitfall::WeakNetworkRoles);
        }
        if self.metrics.contains(&MetricKind::Health)
            && !self.metrics.contains(&MetricKind::WorkAbility)
        {
            pitfalls.push(Pitfall::NoWorkAbilityMetric);
        }
        let missing_network_prerequisites: Vec<NetworkPrerequisite> = NetworkPrerequisite::ALL
            .iter()
            .copied()
            .filter(|p| !self.network_prerequisites.contains(p))
            .collect();
        let steps_completed = DeploymentStep::ALL.iter().filter(|s| done(s)).count();
        ReadinessReport {
            schema_version: SchemaVersion::CURRENT,
            steps_completed,
            ready: next_step.is_none()
                && missing_competencies.is_empty()
                && pitfalls.is_empty()
                && missing_network_prerequisites.is_empty(),
            missing_network_prerequisites,
            next_step,
            out_of_order,
            missing_competencies,
            pitfalls,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(
        steps: &[DeploymentStep],
        metrics: &[MetricKind],
        partners: u32,
    ) -> DeploymentProgress {
        DeploymentProgress {
            schema_version: SchemaVersion::CURRENT,
            steps_done: steps.to_vec(),
            competencies: Competency::ALL.to_vec(),
            metrics: metrics.to_vec(),
            network_partners: partners,
            network_prerequisites: NetworkPrerequisite::ALL.to_vec(),
        }
    }

    #[test]
    fn a_complete_deployment_is_ready() {
        let report = progress(
            &DeploymentStep::ALL,
            &[MetricKind::Health, MetricKind::WorkAbility],
            3,
        )
        .readiness();
        assert!(report.ready, "{report:?}");
        assert_eq!(report.steps_completed, 7);
    }

    /// *OSAKSI-hanke*: "kaikilla verkostossa mukana olevilla täytyy olla yhteinen tavoite,
    /// tahto monialaiseen yhteistyöhön, luottamus toisiinsa, kannustava ja kuunteleva,
    /// mutta myös kehittävä ja kriittinen työote".
    #[test]
    fn a_network_without_trust_is_not_ready() {
        let mut done = progress(
            &DeploymentStep::ALL,
            &[MetricKind::Health, MetricKind::WorkAbility],
            3,
        );
        done.network_prerequisites
            .retain(|p| *p != NetworkPrerequisite::MutualTrust);
        let report = done.readiness();
        assert_eq!(
            report.missing_network_prerequisites,
            [NetworkPrerequisite::MutualTrust]
        );
        assert!(!report.ready);
        done.network_prerequisites.clear();
        assert_eq!(
            done.readiness().missing_network_prerequisites,
            NetworkPrerequisite::ALL
        );
    }

    #[test]
    fn the_seeds_pitfalls_are_detected() {
        use DeploymentStep::*;
        let report = progress(
            &[MapClientWishes, PilotPurchasedService],
            &[MetricKind::Health],
            0,
        )
        .readiness();
        assert_eq!(report.next_step, Some(MapNetwork));
        assert_eq!(report.out_of_order, [PilotPurchasedService]);
        assert_eq!(
            report.pitfalls,
            [
                Pitfall::ProjectDriven,
                Pitfall::WeakNetworkRoles,
                Pitfall::NoWorkAbilityMetric
            ]
        );
        assert!(!report.ready);
    }
}
