//! The models of work-ability support: multiprofessional support with its client
//! coordinator (*OSAKSI-hanke*; *Työkykyohjelman laajentaminen, Varsinais-Suomi*) and
//! quality-based job coaching by IPS principles.

use super::*;

/// Multiprofessional work-ability support (sources *OSAKSI-hanke*,
/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*).
///
/// The client coordinator's (*asiakasvastaava*) workflow at the health and social services
/// centre, as the sources describe it:
///
/// 1. **Identification** of partial work ability or a support need
///    ([`Event::NeedIdentified`](crate::Event::NeedIdentified)): "lisätä sote-keskuksissa
///    osatyökykyisten tunnistamista"; a referral to the service is recorded.
/// 2. **Multiprofessional assessment** of work ability and service need
///    ([`Event::WorkAbilityAssessment`](crate::Event::WorkAbilityAssessment)): "Monialainen
///    työkyvyn ja kuntoutus- ja palvelutarpeen arviointi vaatii useissa tapauksissa
///    vaativaa erityisosaamista, missä lääkärin rooli korostuu" — *many* cases, so a team
///    without health care is advice, not a breach.
/// 3. **A shared plan** with the client ([`Event::Plan`](crate::Event::Plan)): "Asiakkaiden
///    palvelupolut rakentuvat koordinoitusti ja ovat suunnitelmallisia".
/// 4. **Follow-up** in team meetings ([`Event::TeamMeeting`](crate::Event::TeamMeeting)),
///    and consultations of the work-ability coordinator by other professionals
///    ([`Event::Consultation`](crate::Event::Consultation)), which are recorded, not
///    required.
/// 5. **Closure or handoff** ([`ServicePath::closure`](crate::ServicePath::closure),
///    [`Event::Handoff`](crate::Event::Handoff)).
///
/// Exactly one coordinator at any time, because the source names unclear responsibility
/// for coordination as the problem to solve ("asiakkaan koordinoinnin vastuu osittain
/// epäselvä"). The target group is people outside working life; the employed belong
/// first to occupational health care ("Työssä olevat kuuluvat ensisijaisesti
/// työterveyshuollon piiriin").
///
/// *Derived* (no source gives a number; each is a spec field): at least three
/// professions, the smallest team that is multiprofessional across health, social and
/// employment services; 30 days from the identified need to the assessment and 30 from the
/// assessment to the plan; a handover of two weeks. No rhythm of team meetings: neither
/// source states one (a municipality adds its own cadence).
pub fn multiprofessional_support() -> ServiceModelSpec {
    // Neither source states a rhythm of team meetings: a municipality that follows each
    // client at a monthly meeting adds the cadence, naming the figure
    // `defaults.team_meetings_a_month`.
    let support = phase("support", LocalizedText::new("Tuki", "Stöd", "Support"));
    ServiceModelSpec {
        document: DocumentTag::CURRENT,
        schema_version: SchemaVersion::CURRENT,
        id: Key::from_static("multiprofessional_support"),
        name: LocalizedText::new(
            "Monialainen työkyvyn tuki",
            "Sektorsövergripande stöd för arbetsförmågan",
            "Multiprofessional work-ability support",
        ),
        source: format!(
            "{}; {}",
            source::OSAKSI,
            source::WORK_ABILITY_PROGRAMME_VARSINAIS_SUOMI
        ),
        phases: vec![support],
        requirements: vec![
            Requirement::SingleCoordinator {
                handover_days: defaults::HANDOVER_DAYS.value(),
            },
            Requirement::CoordinatorWorkflow {
                assessment_within_days: defaults::WORKFLOW_ASSESSMENT_DAYS.value(),
                plan_within_days: defaults::WORKFLOW_PLAN_DAYS.value(),
            },
            Requirement::Team {
                min_professions: defaults::TEAM_MIN_PROFESSIONS.value(),
                health_care: true,
            },
            Requirement::Referral {},
        ],
        tolerances: Tolerances::default(),
        severities: BTreeMap::new(),
        // "Kohderyhmänä osatyökykyiset työelämän ulkopuolella olevat asiakkaat"; "Työssä
        // olevat kuuluvat ensisijaisesti työterveyshuollon piiriin".
        target_statuses: NOT_WORKING.to_vec(),
    }
}

/// Quality-based job coaching by IPS principles (*Työkykyohjelman laajentaminen, Varsinais-Suomi*).
///
/// Place first, then train: "Ajatellaan, että työ itsessään kuntouttaa ja
/// työhönvalmentajan tuki on olemassa myös työssä käynnin aikana." The target group is
/// "kuntouttavasta työtoiminnasta avoimille työmarkkinoille haluavat": clients of
/// rehabilitative work activity who want work in the open labour market, so
///
/// - the client's own [work preference](crate::Event::WorkPreference) is recorded before
///   the job search ("attention to client preferences"), and IPS counts *competitive*
///   work: an open-market job start, not a subsidised one
///   ([`IpsCaseload`](crate::instrument::ips_caseload::IpsCaseload));
/// - rapid job search: the first employer contact within 30 days of the start, after the
///   IPS-25 item on rapid job search (first face-to-face employer contact within 30 days;
///   confidence: one secondary source);
/// - follow-along support: an individual meeting every week of the first month at work
///   (the IPS Employment Center's guidance: "in-person contact, on a weekly basis for at
///   least the first month of employment"), and time-unlimited after it, so the coaching
///   phase has no longest length.
///
/// The IPS principles are those the IPS-25 validation names (Bond et al. 2012,
/// doi:10.1176/appi.ps.201100476): eligibility based on client choice, competitive
/// employment, integration with treatment, client preferences, benefits counselling,
/// rapid job search, systematic job development and individualised job supports.
pub fn ips_job_coaching() -> ServiceModelSpec {
    // The job coaching goes together with the client's treatment: the coach meets the
    // treatment team (integration with treatment, IPS-25; Työkykyohjelman laajentaminen,
    // Varsinais-Suomi brings the coaching to the social services' own teams).
    let mut coaching = phase(
        "coaching",
        LocalizedText::new("Valmennus", "Coachning", "Coaching"),
    );
    coaching.cadence = vec![cadence(
        EventKind::TeamMeeting,
        Period::CalendarMonth,
        &defaults::IPS_TREATMENT_TEAM_MEETINGS_A_MONTH,
    )];
    ServiceModelSpec {
        document: DocumentTag::CURRENT,
        schema_version: SchemaVersion::CURRENT,
        id: Key::from_static("ips_job_coaching"),
        name: LocalizedText::new(
            "Laatuperusteinen työhönvalmennus (IPS)",
            "Kvalitetsbaserad arbetscoachning (IPS)",
            "Quality-based job coaching (IPS)",
        ),
        source: format!(
            "{}; {}; {}",
            source::WORK_ABILITY_PROGRAMME_VARSINAIS_SUOMI,
            source::IPS_25,
            source::IPS_JOB_SUPPORTS
        ),
        phases: vec![coaching],
        requirements: vec![
            Requirement::PreferenceBeforeJobSearch {},
            Requirement::BenefitsCounsellingBeforeJob {},
            Requirement::EmployerContactWithin {
                days: practice::IPS_FIRST_EMPLOYER_CONTACT_DAYS.value(),
            },
            Requirement::FollowAlongSupport {
                weeks: practice::IPS_FOLLOW_ALONG_WEEKS.value(),
            },
        ],
        tolerances: Tolerances::default(),
        severities: BTreeMap::new(),
        target_statuses: Vec::new(),
    }
}
