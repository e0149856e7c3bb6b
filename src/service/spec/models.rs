//! The service models of the sources, as default [`ServiceModelSpec`]s.
//!
//! | id | source |
//! |---|---|
//! | `mapping_and_coaching` | *Hyvinvointia ja työkykyä edistämässä* |
//! | `wellbeing_group` | *Hyvinvointiryhmä osatyökykyisille* |
//! | `rehabilitative_work_activity` | Act on Rehabilitative Work Activity 189/2001 §13(2) (periods and days, by date), §2(1) and the plan (702/2020) |
//! | `social_rehabilitation` | Social Welfare Act 1301/2014 §17 |
//! | `multiprofessional_support` | *OSAKSI-hanke* and *Työkykyohjelman laajentaminen, Varsinais-Suomi* |
//! | `ips_job_coaching` | *Työkykyohjelman laajentaminen, Varsinais-Suomi*; IPS-25 fidelity scale |
//!
//! Every number is a declared [`Figure`] of the law
//! ([`crate::figure::law`]), of the source's practice ([`crate::figure::practice`]) or a
//! derived default ([`crate::figure::defaults`]), named here and read on the day judged;
//! none is written twice. Each is a spec field a municipality can change by loading its
//! own spec.

use crate::client::LabourMarketStatus;
use crate::figure::{Figure, defaults, law, practice};
use crate::format::{DocumentTag, SchemaVersion};
use crate::i18n::LocalizedText;
use crate::service::record::event::{EventKind, PlanKind, Theme};
use crate::service::record::key::Key;
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::period::Period;
use crate::service::spec::model_spec::{
    Cadence, Length, PhaseSpec, Requirement, ServiceModelSpec, Tolerances, Total,
};
use std::collections::BTreeMap;

use crate::rules::code::RuleCode;
use crate::rules::finding::Severity;
use crate::source;

mod work_ability;
pub use work_ability::{ips_job_coaching, multiprofessional_support};

/// The ids of the default models, in the order of [`all`].
pub const IDS: [&str; 6] = [
    "mapping_and_coaching",
    "wellbeing_group",
    "rehabilitative_work_activity",
    "social_rehabilitation",
    "multiprofessional_support",
    "ips_job_coaching",
];

/// Every default model.
pub fn all() -> Vec<ServiceModelSpec> {
    vec![
        mapping_and_coaching(),
        wellbeing_group(),
        rehabilitative_work_activity(),
        social_rehabilitation(),
        multiprofessional_support(),
        ips_job_coaching(),
    ]
}

/// The statuses of people outside working life: whoever does not work (employed,
/// part-time employed or entrepreneur), as [`LabourMarketStatus::works`] says.
const NOT_WORKING: [LabourMarketStatus; 5] = [
    LabourMarketStatus::UnemployedJobseeker,
    LabourMarketStatus::Student,
    LabourMarketStatus::SickLeave,
    LabourMarketStatus::Rehabilitation,
    LabourMarketStatus::OutsideLabourForceOther,
];

fn phase(id: &'static str, name: LocalizedText) -> PhaseSpec {
    PhaseSpec::new(Key::from_static(id), name)
}

fn cadence(event: EventKind, per: Period, min_count: &'static Figure<u32>) -> Cadence {
    Cadence::new(event, per, min_count)
}

fn months(min_months: &'static Figure<u32>, max_months: &'static Figure<u32>) -> Option<Length> {
    Some(Length {
        min_months: min_months.into(),
        max_months: max_months.into(),
    })
}

/// Mapping and coaching service (*Hyvinvointia ja työkykyä edistämässä*).
///
/// - Mapping (*kartoitusjakso*), 3 months: an individual meeting once a week and a group
///   day of 5 hours once a week; a doctor's health and wellbeing assessment is offered.
/// - Rehabilitative coaching (*kuntouttava valmennusjakso*), 9 months: at least one
///   individual meeting and one group coaching a month.
/// - A wage-subsidised job (*palkkatukityösuhde*, 6 months in the source, which predates
///   the wage-subsidy reform of 1.7.2023: usually 5 or 10 months now) runs *inside* the
///   coaching phase, whose meetings follow the employment up: it is recorded as an
///   [`Event::JobStart`](crate::Event::JobStart), not as a phase.
///
/// Expected themes are the contents the source lists for each phase. *Derived*: Work
/// Ability Score at the start of mapping and the end of coaching, because the source
/// publishes the 0–10 self-rated work ability at start and end (6.8 → 7.3); a length
/// tolerance of 7 days, because the source states lengths in whole months only.
pub fn mapping_and_coaching() -> ServiceModelSpec {
    let mut mapping = phase(
        "mapping",
        LocalizedText::new("Kartoitusjakso", "Kartläggningsfas", "Mapping phase"),
    );
    mapping.length = months(&practice::MAPPING_MONTHS, &practice::MAPPING_MONTHS);
    mapping.cadence = vec![
        cadence(
            EventKind::IndividualMeeting,
            Period::IsoWeek,
            &practice::MAPPING_INDIVIDUAL_MEETINGS_A_WEEK,
        ),
        Cadence {
            min_minutes: Some((&practice::MAPPING_GROUP_DAY_MINUTES).into()),
            ..cadence(
                EventKind::GroupSession,
                Period::IsoWeek,
                &practice::MAPPING_GROUP_DAYS_A_WEEK,
            )
        },
    ];
    mapping.expected_themes = vec![
        Theme::SituationAssessment,
        Theme::SupportiveDiscussion,
        Theme::WorkAndEducationBackground,
        Theme::JobSearchCoaching,
        Theme::EducationPlanning,
        Theme::NextStep,
        Theme::LifeManagement,
        Theme::WorkAndFunctionalCapacity,
        Theme::WorkingLifeReadiness,
        Theme::Exercise,
        Theme::RehabilitativeEvent,
    ];
    mapping.measurements_at_start = vec![InstrumentKind::Was];
    mapping.next = vec![Key::from_static("rehabilitative_coaching")];

    let mut coaching = phase(
        "rehabilitative_coaching",
        LocalizedText::new(
            "Kuntouttava valmennusjakso",
            "Rehabiliterande coachningsfas",
            "Rehabilitative coaching phase",
        ),
    );
    coaching.length = months(&practice::COACHING_MONTHS, &practice::COACHING_MONTHS);
    coaching.cadence = vec![
        cadence(
            EventKind::IndividualMeeting,
            Period::CalendarMonth,
            &practice::COACHING_INDIVIDUAL_MEETINGS_A_MONTH,
        ),
        cadence(
            EventKind::GroupSession,
            Period::CalendarMonth,
            &practice::COACHING_GROUP_SESSIONS_A_MONTH,
        ),
    ];
    coaching.expected_themes = vec![
        Theme::SupportiveDiscussion,
        Theme::PlaceSearch,
        Theme::CareerCoaching,
        Theme::ItSkills,
        Theme::WorkAndFunctionalCapacity,
        Theme::Recreation,
        Theme::CooperationMeeting,
    ];
    // "tarvittavaa ohjausta tutkimuksiin, hoitoon tai kuntoutukseen": guidance as needed;
    // supported employment and workplace guidance follow a job, which not every client
    // finds. Offered, not owed.
    coaching.offered_themes = vec![
        Theme::GuidanceToServices,
        Theme::SupportedEmployment,
        Theme::WorkplaceGuidance,
    ];
    coaching.measurements_at_end = vec![InstrumentKind::Was];
    // The subsidised job is no phase of its own: the source's coaching phase follows it
    // up ("tuettua työllistämistä ja työsuhteen edistymisen seurantaa"), so it is recorded
    // as a job start inside coaching.

    ServiceModelSpec {
        document: DocumentTag::CURRENT,
        schema_version: SchemaVersion::CURRENT,
        id: Key::from_static("mapping_and_coaching"),
        name: LocalizedText::new(
            "Arviointi-, tuki- ja valmennuspalvelu",
            "Bedömnings-, stöd- och coachningstjänst",
            "Mapping and coaching service",
        ),
        source: source::MAPPING_AND_COACHING.to_owned(),
        phases: vec![mapping, coaching],
        requirements: vec![Requirement::HealthAssessmentOffered {
            phase: Key::from_static("mapping"),
        }],
        tolerances: Tolerances {
            length_days: defaults::MAPPING_AND_COACHING_LENGTH_DAYS.value(),
            ..Tolerances::default()
        },
        // The 5-hour group day is the source's practice, not a law's figure: a shorter
        // day is a warning by the rule's own default.
        severities: BTreeMap::new(),
        target_statuses: Vec::new(),
    }
}

/// Wellbeing group for partially able jobseekers (*Hyvinvointiryhmä osatyökykyisille*).
///
/// - A physiotherapist's individual initial assessment before the group, with personal
///   instructions, and more individual meetings when needed ("fysioterapeutin yksilöllisen
///   alkukartoituksen, henkilökohtaiset ohjeet ja tarvittaessa lisää yksilötapaamisia").
/// - The group meets 10 times over its themes — exercise, nutrition, relaxation, forms of
///   work-ability support, doing together and peer support, and culture (the model's short
///   description: "liikunta, lepo, ravinto ja kulttuuri") — with study visits to local
///   sport and culture services ("Ryhmässä käydään tutustumiskäynneillä"); visits from
///   work-ability support services are recordable ([`Theme::SupportServiceVisit`]) but not
///   expected ("voi olla": they may happen). A client may act as a peer leader
///   ([`Enrolment::peer_leader`](crate::Enrolment::peer_leader)).
/// - Measures: UKK walk test and personal (OTA) goals, modelled as GAS goals, and — the
///   source's own warning, "Terveyteen liittyvien mittareiden lisäksi muistettava
///   työkykymittaristo" — a work-ability measure beside them: the Work Ability Score, which
///   a WAI or a Kykyviisari also answers ([`Measurement::answers`](crate::Measurement::answers)).
/// - Taking part must be financially possible (a fee is advice, not a breach).
/// - Target groups the source names: partially able unemployed jobseekers, part-time
///   workers, clients of rehabilitative work activity, of individual lifestyle guidance and
///   of individual physiotherapy; the last two may have any labour-market status, so the
///   model lists statuses only as advice ([`ServiceModelSpec::target_statuses`]).
///
/// *Derived*: the measurements are taken at the start and the end of the group, since the
/// source names them without dates; a missing one is a warning.
pub fn wellbeing_group() -> ServiceModelSpec {
    let mut group = phase("group", LocalizedText::new("Ryhmä", "Grupp", "Group"));
    group.totals = vec![Total {
        event: EventKind::GroupSession,
        min_count: (&practice::WELLBEING_GROUP_MEETINGS).into(),
    }];
    // "Toimintaa muokataan ryhmän asiakkaiden toiveiden mukaan": the group chooses its
    // themes, so each is offered; one never met is advice.
    group.offered_themes = vec![
        Theme::Exercise,
        Theme::Nutrition,
        Theme::Relaxation,
        Theme::WorkAbilitySupport,
        Theme::DoingTogether,
        Theme::Culture,
        Theme::StudyVisit,
    ];
    // "Terveyteen liittyvien mittareiden lisäksi muistettava työkykymittaristo": the
    // source's own pitfall, so the work-ability score is measured beside the health ones.
    group.measurements_at_start = vec![
        InstrumentKind::UkkWalkTest,
        InstrumentKind::Gas,
        InstrumentKind::Was,
    ];
    group.measurements_at_end = vec![
        InstrumentKind::UkkWalkTest,
        InstrumentKind::Gas,
        InstrumentKind::Was,
    ];
    ServiceModelSpec {
        document: DocumentTag::CURRENT,
        schema_version: SchemaVersion::CURRENT,
        id: Key::from_static("wellbeing_group"),
        name: LocalizedText::new(
            "Hyvinvointiryhmä osatyökykyisille",
            "Välmåendegrupp för partiellt arbetsföra",
            "Wellbeing group for partially able jobseekers",
        ),
        source: source::WELLBEING_GROUP.to_owned(),
        phases: vec![group],
        requirements: vec![
            Requirement::PhysiotherapyAssessmentBeforeGroup {},
            Requirement::AffordableForClient {},
        ],
        tolerances: Tolerances::default(),
        // Lifestyle-guidance and physiotherapy clients may have any status, so a client
        // outside these is advice, not a warning.
        severities: BTreeMap::from([(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP, Severity::Info)]),
        // "osatyökykyiset työttömät työnhakijat, osa-aikaisesti työssä olevat, kuntouttavan
        // työtoiminnan asiakkaat" and, in its clients, people on sick leave or in
        // rehabilitation ("sairausloman tai kuntoutuksen aikana").
        target_statuses: vec![
            LabourMarketStatus::UnemployedJobseeker,
            LabourMarketStatus::PartTimeEmployed,
            LabourMarketStatus::SickLeave,
            LabourMarketStatus::Rehabilitation,
            LabourMarketStatus::OutsideLabourForceOther,
        ],
    }
}

/// Rehabilitative work activity (*kuntouttava työtoiminta*, Act on Rehabilitative Work
/// Activity 189/2001).
///
/// §13(2), read by date: periods of 3–24 months; at least 4 hours a day on at least 1 and
/// at most 4 days a calendar week from 1.7.2015 (law 142/2015), at most 5 before.
/// Municipal guidance adds at most 8 hours a day and 32 hours a week (warnings). Since
/// 702/2020 (1.1.2021) an activation plan or a multiprofessional employment plan records
/// the goal and the support and guidance, and is drawn up before the period; who draws
/// it up changes on 1.1.2023 and 1.1.2025 ([`law::ACTIVATION_PLAN_PARTIES`]).
pub fn rehabilitative_work_activity() -> ServiceModelSpec {
    let mut period = phase("period", LocalizedText::new("Jakso", "Period", "Period"));
    period.length = months(&law::KTT_MIN_PERIOD_MONTHS, &law::KTT_MAX_PERIOD_MONTHS);
    // "3–24 months at a time" (§13(2)): a new period may follow in the same enrolment,
    // agreed by a plan drawn up or reviewed after the previous one began.
    period.next = vec![Key::from_static("period")];
    period.cadence = vec![Cadence {
        max_count: Some((&law::KTT_MAX_DAYS_PER_WEEK).into()),
        min_minutes: Some((&law::KTT_MIN_MINUTES_A_DAY).into()),
        max_minutes: Some((&practice::KTT_GUIDANCE_MAX_MINUTES_A_DAY).into()),
        max_minutes_per_period: Some((&practice::KTT_GUIDANCE_MAX_MINUTES_A_WEEK).into()),
        ..cadence(
            EventKind::WorkActivityDay,
            Period::IsoWeek,
            &law::KTT_MIN_DAYS_PER_WEEK,
        )
    }];
    ServiceModelSpec {
        document: DocumentTag::CURRENT,
        schema_version: SchemaVersion::CURRENT,
        id: Key::from_static("rehabilitative_work_activity"),
        name: LocalizedText::new(
            "Kuntouttava työtoiminta",
            "Arbetsverksamhet i rehabiliteringssyfte",
            "Rehabilitative work activity",
        ),
        source: format!("{}; {}", source::KTT_PARTICIPATION, source::KTT_PLAN),
        phases: vec![period],
        requirements: vec![
            Requirement::ExcludedActivities {},
            Requirement::PlanBeforeStart {
                plans: vec![
                    PlanKind::ActivationPlan,
                    PlanKind::MultiprofessionalEmploymentPlan,
                ],
            },
        ],
        tolerances: Tolerances::default(),
        severities: BTreeMap::new(),
        target_statuses: Vec::new(),
    }
}

/// Social rehabilitation (*sosiaalinen kuntoutus*, Social Welfare Act 1301/2014 §17).
///
/// No fixed duration or cadence. Its five components are recordable as event themes:
/// assessment of social functioning and rehabilitation need, rehabilitation counselling
/// and guidance, coaching in everyday life and life management, group activity and
/// support for social relationships, other measures.
pub fn social_rehabilitation() -> ServiceModelSpec {
    ServiceModelSpec {
        document: DocumentTag::CURRENT,
        schema_version: SchemaVersion::CURRENT,
        id: Key::from_static("social_rehabilitation"),
        name: LocalizedText::new(
            "Sosiaalinen kuntoutus",
            "Social rehabilitering",
            "Social rehabilitation",
        ),
        source: "Social Welfare Act 1301/2014 §17".to_owned(),
        phases: vec![phase(
            "rehabilitation",
            LocalizedText::new("Kuntoutus", "Rehabilitering", "Rehabilitation"),
        )],
        requirements: Vec::new(),
        tolerances: Tolerances::default(),
        severities: BTreeMap::new(),
        target_statuses: Vec::new(),
    }
}
