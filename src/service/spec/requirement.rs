//! Requirements a service model puts on a whole enrolment, beside its phases: referral,
//! plans, the coordinator and team, group prerequisites, IPS job search and follow-along
//! support, the client coordinator's workflow.

use crate::tagged::tagged_first;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Labels;
use crate::service::record::event::PlanKind;
use crate::service::record::key::Key;

tagged_first! {
mirror RequirementByTag of "Requirement";
expecting "a requirement: an object with a \"type\"";
/// A requirement on a whole enrolment.
///
/// Read from and written back to its JSON form:
///
/// ```
/// use tyokyky::Requirement;
///
/// let json = r#"{"type": "referral"}"#;
/// let value: Requirement = serde_json::from_str(json)?;
/// assert_eq!(serde_json::to_value(&value)?, serde_json::from_str::<serde_json::Value>(json)?);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
#[non_exhaustive]
pub enum Requirement {
    /// A plan of one of these kinds, recording the goal and the support and guidance
    /// needed, is drawn up or reviewed on or before the first day (see [`crate::figure::law`]).
    PlanBeforeStart {
        /// Kinds of plan that qualify.
        plans: Vec<PlanKind>,
    },
    /// One client coordinator on every day of the enrolment (the OSAKSI coordinator
    /// model): a day without one is a gap, and two at once for longer than a handover is
    /// an overlap.
    SingleCoordinator {
        /// Days two coordinators may overlap while one hands the client over to the
        /// other. Default 14 (*derived*: two weeks for a handover; no source gives one).
        #[serde(default = "default_handover_days")]
        handover_days: u32,
    },
    /// A multiprofessional team of at least `min_professions` professions, including
    /// health care when `health_care` (*OSAKSI-hanke* and *Työkykyohjelman laajentaminen, Varsinais-Suomi*).
    Team {
        /// Fewest distinct professions.
        min_professions: u32,
        /// Whether a health-care profession is required.
        health_care: bool,
    },
    /// The referral to the service is recorded.
    Referral {},
    /// The client coordinator's workflow (*OSAKSI-hanke*): a multiprofessional
    /// [assessment](crate::Event::WorkAbilityAssessment) within `assessment_within_days`
    /// of the [identified need](crate::Event::NeedIdentified) (or of the first day, when
    /// none is recorded), and a [plan](crate::Event::Plan) drawn up or reviewed with the
    /// client within `plan_within_days` of the assessment. Days away with a reason and
    /// interrupted days do not count. See [`WorkflowStep`](crate::service::planner::WorkflowStep).
    CoordinatorWorkflow {
        /// Days from the identified need to the assessment. Default 30 (*derived*: the
        /// sources give no time; a month is one round of the team's monthly meeting).
        assessment_within_days: u32,
        /// Days from the assessment to the plan. Default 30 (*derived*, as above).
        plan_within_days: u32,
    },
    /// A physiotherapist's initial assessment on or before the first group session
    /// (*Hyvinvointiryhmä osatyökykyisille*).
    PhysiotherapyAssessmentBeforeGroup {},
    /// Taking part must be financially possible for the client: a fee is recorded as
    /// advice to check it is affordable ("osallistumisen tulee olla taloudellisesti
    /// mahdollista", *Hyvinvointiryhmä osatyökykyisille*; only the city's lifestyle
    /// guidance is free there). Read from JSON as `affordable_for_client`, or the former
    /// `free_for_client`.
    #[serde(alias = "free_for_client")]
    AffordableForClient {},
    /// A doctor's health and wellbeing assessment is offered during the phase
    /// (*Hyvinvointia ja työkykyä edistämässä*).
    HealthAssessmentOffered {
        /// The phase.
        phase: Key,
    },
    /// The first employer contact comes within `days` of the start (IPS rapid job search).
    EmployerContactWithin {
        /// Days from the first day of the enrolment.
        days: u32,
    },
    /// The client's own work, studies or business that free the municipality from the duty
    /// to arrange the service (rehabilitative work activity, law 189/2001 §6(4) as amended
    /// by 702/2020): checked when a path is validated together with its client
    /// ([`ServicePath::validate_for`](crate::ServicePath::validate_for)).
    ExcludedActivities {},
    /// The client's [work preference](crate::Event::WorkPreference) is recorded on or
    /// before the first employer contact: IPS job search follows the client's
    /// preferences ("attention to client preferences", IPS-25, Bond et al. 2012).
    PreferenceBeforeJobSearch {},
    /// Benefits counselling on or before the first day of a job (*Työkykyohjelman
    /// laajentaminen, Varsinais-Suomi* names job coaching for clients of rehabilitative
    /// work activity; the IPS-25 fidelity scale rates work incentives planning, Bond et al.
    /// 2012). A job start without it is a warning (`path.benefits_counselling_missing`).
    BenefitsCounsellingBeforeJob {},
    /// Follow-along support after each job start: an individual meeting in each of the
    /// first `weeks` weeks at work, counted in 7-day windows from the first working day
    /// (IPS: "intensive supports, including in-person contact, on a weekly basis for at
    /// least the first month of employment"). A window mostly spent away with a reason,
    /// or one the job or the enrolment does not last through, owes nothing. Support after the
    /// first month is time-unlimited in IPS, so the model sets no end to it.
    FollowAlongSupport {
        /// Weeks of weekly support from the first working day. Default 4 (the first month).
        weeks: u32,
    },
    /// Individual support continues after a job starts: a meeting within `within_days`
    /// (IPS time-unlimited follow-along support).
    SupportAfterJobStart {
        /// Days from the first working day.
        within_days: u32,
    },
}
}

fn default_handover_days() -> u32 {
    crate::figure::defaults::HANDOVER_DAYS.value()
}

/// Labels of the `"type"` of each [`Requirement`].
pub const REQUIREMENT_LABELS: &[(&str, Labels)] = &[
    (
        "plan_before_start",
        Labels {
            fi: "suunnitelma ennen alkua",
            sv: "plan före start",
            en: "plan before the start",
        },
    ),
    (
        "single_coordinator",
        Labels {
            fi: "yksi asiakasvastaava",
            sv: "en klientansvarig",
            en: "one coordinator",
        },
    ),
    (
        "team",
        Labels {
            fi: "moniammatillinen tiimi",
            sv: "multiprofessionellt team",
            en: "multiprofessional team",
        },
    ),
    (
        "referral",
        Labels {
            fi: "ohjaus palveluun",
            sv: "hänvisning till tjänsten",
            en: "referral",
        },
    ),
    (
        "preference_before_job_search",
        Labels {
            fi: "työtoive ennen työnhakua",
            sv: "önskemål om arbete före jobbsökandet",
            en: "work preference before the job search",
        },
    ),
    (
        "benefits_counselling_before_job",
        Labels {
            fi: "etuusneuvonta ennen työn alkua",
            sv: "förmånsrådgivning före arbetets början",
            en: "benefits counselling before a job starts",
        },
    ),
    (
        "follow_along_support",
        Labels {
            fi: "viikoittainen tuki työn alussa",
            sv: "stöd varje vecka i början av arbetet",
            en: "weekly follow-along support at work",
        },
    ),
    (
        "coordinator_workflow",
        Labels {
            fi: "asiakasvastaavan työnkulku",
            sv: "den klientansvariges arbetsflöde",
            en: "client coordinator's workflow",
        },
    ),
    (
        "physiotherapy_assessment_before_group",
        Labels {
            fi: "fysioterapeutin alkukartoitus ennen ryhmää",
            sv: "fysioterapeutens kartläggning före gruppen",
            en: "physiotherapy assessment before the group",
        },
    ),
    (
        "affordable_for_client",
        Labels {
            fi: "taloudellisesti mahdollista asiakkaalle",
            sv: "ekonomiskt möjligt för klienten",
            en: "affordable for the client",
        },
    ),
    (
        "health_assessment_offered",
        Labels {
            fi: "terveysarvio tarjotaan",
            sv: "hälsobedömning erbjuds",
            en: "health assessment offered",
        },
    ),
    (
        "employer_contact_within",
        Labels {
            fi: "työnantajakontakti määräajassa",
            sv: "arbetsgivarkontakt inom tidsfrist",
            en: "employer contact in time",
        },
    ),
    (
        "excluded_activities",
        Labels {
            fi: "järjestämisvelvollisuuden rajaukset",
            sv: "undantag från skyldigheten att ordna",
            en: "exclusions from the duty to arrange",
        },
    ),
    (
        "support_after_job_start",
        Labels {
            fi: "tuki jatkuu työn alettua",
            sv: "stödet fortsätter efter arbetsstarten",
            en: "support after job start",
        },
    ),
];
