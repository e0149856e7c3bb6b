//! The source documents' models as their authors describe them: each test quotes the
//! sentence it holds the crate to.

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::service::{build::sample, spec::models};
use tyokyky::work_activity::quality::{CriteriaSet, Ratings};
use tyokyky::{
    ClientId, EmploymentKind, Event, InstrumentKind, Lang, Profession, RuleCode, ServiceModels,
    Severity,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn client() -> ClientId {
    ClientId::new("seed-1").expect("id")
}

/// *Hyvinvointia ja työkykyä edistämässä*: "Asiakastyö jakautuu 3 kuukautta kestävään
/// kartoitusjaksoon ja 9 kuukautta kestävään kuntouttavaan valmennusjaksoon", and coaching
/// includes "tuettua työllistämistä ja työsuhteen edistymisen seurantaa sekä
/// työpaikkaohjausta": a subsidised job runs inside coaching.
#[test]
fn the_subsidised_job_runs_inside_coaching() {
    let spec = models::mapping_and_coaching();
    let phases: Vec<&str> = spec.phases.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(phases, ["mapping", "rehabilitative_coaching"]);
    let as_of = date(2025, 1, 10);
    let mut path = sample::mapping_and_coaching(client(), date(2024, 1, 8), as_of);
    path.enrolments[0].events.push(Event::JobStart {
        note: None,
        support_every_weeks: None,
        date: date(2024, 6, 3),
        employment: EmploymentKind::Subsidised,
    });
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
}

/// *Hyvinvointiryhmä osatyökykyisille*: "Asiakkaille hyvinvointiryhmään osallistumisen
/// tulee olla taloudellisesti mahdollista" — a fee is allowed; it is advice to check it.
#[test]
fn a_fee_is_advice_not_a_breach() {
    let as_of = date(2025, 3, 1);
    let mut path = sample::wellbeing_group(client(), date(2024, 1, 8), as_of);
    path.enrolments[0].client_fee_cents = 1500;
    let report = path.validate(as_of);
    let fee: Vec<Severity> = report
        .with_code(RuleCode::PATH_CLIENT_FEE)
        .map(|f| f.severity())
        .collect();
    assert_eq!(fee, [Severity::Info]);
    assert!(report.is_clean());
    // A caseworker reads euros, not cents.
    let finding = report
        .with_code(RuleCode::PATH_CLIENT_FEE)
        .next()
        .expect("the fee");
    assert!(
        finding.message(Lang::Fi).contains("15,00\u{a0}€"),
        "{}",
        finding.message(Lang::Fi)
    );
    assert!(finding.message(Lang::En).contains("€15.00"));
    assert!(!finding.message(Lang::Fi).contains("sentt"));
}

/// *Hyvinvointiryhmä osatyökykyisille*: "Terveyteen liittyvien mittareiden lisäksi
/// muistettava työkykymittaristo" — the group measures work ability beside health.
#[test]
fn the_wellbeing_group_measures_work_ability() {
    let spec = models::wellbeing_group();
    assert!(
        spec.phases[0]
            .measurements_at_start
            .contains(&InstrumentKind::Was)
    );
    assert!(
        spec.phases[0]
            .measurements_at_end
            .contains(&InstrumentKind::Was)
    );
    // A missing UKK test is a departure from practice, not an error.
    let as_of = date(2024, 6, 1);
    let mut path = sample::wellbeing_group(client(), date(2024, 1, 8), as_of);
    path.enrolments[0]
        .measurements
        .retain(|m| m.instrument() != InstrumentKind::UkkWalkTest);
    let report = path.validate(as_of);
    assert!(!report.has_errors(), "{}", report.to_text(Lang::En));
    assert!(
        report
            .with_code(RuleCode::PATH_START_MEASUREMENT_MISSING)
            .count()
            > 0
    );
}

/// *OSAKSI-hanke*: assessment "useissa tapauksissa vaatii … erityisosaamista, missä
/// lääkärin rooli korostuu" — in many cases, not always: a team without a doctor is advice.
#[test]
fn a_team_without_a_doctor_is_advice() {
    let as_of = date(2025, 3, 1);
    let mut path = sample::multiprofessional_support(client(), date(2024, 1, 8), as_of);
    path.team.retain(|m| m.profession != Profession::Physician);
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    let info: Vec<Severity> = report
        .with_code(RuleCode::PATH_TEAM_WITHOUT_HEALTH_CARE)
        .map(|f| f.severity())
        .collect();
    assert_eq!(info, [Severity::Info]);
}

/// *OsKu – Osallisuutta kuntoutuksesta*: contents "asiakkaan tarvitsemassa suhteessa";
/// the quality criterion honours the profiles in use, the model's tolerance and the model
/// the client is in now.
#[test]
fn quality_uses_the_profiles_and_tolerance_in_use() {
    let as_of = date(2025, 3, 1);
    let path = sample::rehabilitative_work_activity(client(), date(2024, 1, 8), as_of);
    let set = CriteriaSet::osku_derived();
    let attained = |models: &ServiceModels| {
        set.assess_with(&path, &Ratings::new(), models)
            .criteria
            .iter()
            .find(|c| c.id.as_str() == "contents_in_proportion")
            .map(|c| c.attainment)
    };
    assert_eq!(attained(&ServiceModels::defaults()), Some(100));
    // A municipality whose profile for the client's model puts everything in doing the
    // work: the delivered mix is now far from it.
    let mut models = ServiceModels::defaults();
    let mut profiles = tyokyky::work_activity::model::Profiles::DEFAULT;
    profiles.mapping =
        tyokyky::work_activity::model::ContentWeights::from_minutes([0, 0, 100]).expect("weights");
    models.set_profiles(profiles);
    assert_eq!(attained(&models), Some(0));
    // A wider tolerance in the model's spec accepts it again.
    let mut spec = models::rehabilitative_work_activity();
    spec.tolerances.content_mix_points = 100;
    models.insert(spec).expect("spec");
    assert_eq!(attained(&models), Some(100));
}

/// *OsKu – Osallisuutta kuntoutuksesta*: "Ohjausresurssit joilla kehitetyt toiminnot
/// pysyvät elossa" — staffing that keeps the activity alive, which an assessor rates; no
/// count of meetings stands in for it.
#[test]
fn guidance_resources_are_rated_by_an_assessor() {
    let set = CriteriaSet::osku_derived();
    let criterion = set
        .criteria
        .iter()
        .find(|c| c.id.as_str() == "guidance_resources")
        .expect("criterion");
    assert!(matches!(
        criterion.evidence,
        tyokyky::work_activity::quality::Evidence::Assessor {}
    ));
}

/// *OsKu – Osallisuutta kuntoutuksesta*: work activity contains all three contents
/// "asiakkaan tarvitsemassa suhteessa" — in the proportion the client needs: with a need
/// profile recorded, the delivered mix is compared with the client's need.
#[test]
fn the_content_mix_is_compared_with_the_clients_need() {
    use tyokyky::work_activity::recommend::{Capacity, Level, NeedProfile};
    let as_of = date(2025, 3, 1);
    let mut path = sample::rehabilitative_work_activity(client(), date(2024, 1, 8), as_of);
    assert_eq!(
        path.validate(as_of)
            .with_code(RuleCode::PATH_CONTENT_OFF_PROFILE)
            .count(),
        0
    );
    let level = |n| Level::new(n).expect("level");
    let need = NeedProfile::new(
        level(4),
        level(0),
        Capacity {
            physical: level(0),
            psychological: level(0),
            social: level(0),
            cognitive: level(0),
        },
    );
    path.enrolments[0]
        .work_activity
        .as_mut()
        .expect("placement")
        .need = Some(need);
    let report = path.validate(as_of);
    let off: Vec<String> = report
        .with_code(RuleCode::PATH_CONTENT_OFF_PROFILE)
        .map(|f| f.message(Lang::Fi))
        .collect();
    assert_eq!(off.len(), 1, "{}", report.to_text(Lang::En));
    assert!(off[0].contains("asiakkaan tarve"), "{}", off[0]);
}

/// *OsKu – Osallisuutta kuntoutuksesta*: "Kokeilussa on ollut 2+2+2 – tyyppinen
/// ryhmätoiminta, jossa ryhmä koostui kolmesta 2h:n jaksosta" and "Osa ryhmistä on
/// suunniteltu 3kk:n pituisiksi ja osa toimii Non Stop – periaatteella": a 2+2+2 day is
/// six hours, a 3-month group ends after three months, a non-stop group has no length.
#[test]
fn osku_group_formats_are_checked_as_the_source_tried_them() {
    use tyokyky::work_activity::placement::GroupFormat;
    let as_of = date(2025, 3, 1);
    let mut path = sample::social_rehabilitation(client(), date(2024, 1, 8), as_of);
    assert!(
        path.validate(as_of).is_clean(),
        "the sample keeps its 2+2+2 format"
    );
    let placement = path.enrolments[0]
        .work_activity
        .as_mut()
        .expect("placement");
    placement.group_format = Some(GroupFormat::ThreeMonthGroup);
    let report = path.validate(as_of);
    let finding = report
        .with_code(RuleCode::PATH_GROUP_LONGER_THAN_FORMAT)
        .next()
        .expect("a six-month run of a 3-month group");
    assert_eq!(finding.severity(), Severity::Warning);
    let placement = path.enrolments[0]
        .work_activity
        .as_mut()
        .expect("placement");
    placement.group_format = Some(GroupFormat::NonStopGroup);
    assert!(
        path.validate(as_of).is_clean(),
        "a non-stop group runs as long as it runs"
    );
}

/// The wellbeing group with its WAS results replaced by Kykyviisari.
fn wellbeing_with_kykyviisari(as_of: NaiveDate) -> tyokyky::ServicePath {
    use tyokyky::instrument::InstrumentResult;
    let mut path = sample::wellbeing_group(client(), date(2024, 1, 8), as_of);
    for m in &mut path.enrolments[0].measurements {
        if m.instrument() == InstrumentKind::Was {
            m.result = serde_json::from_str::<InstrumentResult>(
                r#"{"type": "kykyviisari", "result": {"work_ability": 6,
                    "scale": {"min": 0, "max": 10},
                    "areas": {"mental_wellbeing": 5, "social_inclusion": 6,
                              "physical_functioning": 5, "skills": 7, "everyday_fluency": 6}}}"#,
            )
            .expect("kykyviisari");
        }
    }
    path
}

/// *Hyvinvointiryhmä osatyökykyisille*: "Terveyteen liittyvien mittareiden lisäksi
/// muistettava työkykymittaristo" names no instrument: Kykyviisari, which holds the 0–10
/// work-ability question, answers the work-ability measure as well as the WAS does.
#[test]
fn kykyviisari_answers_the_work_ability_measure() {
    let as_of = date(2024, 6, 1);
    let path = wellbeing_with_kykyviisari(as_of);
    assert!(
        path.enrolments[0]
            .measurements
            .iter()
            .all(|m| m.instrument() != InstrumentKind::Was)
    );
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    assert_eq!(
        report
            .with_code(RuleCode::PATH_START_MEASUREMENT_MISSING)
            .count(),
        0
    );
    // A health measure does not answer it: without any work-ability measure the
    // start is missing one.
    let mut health_only = path;
    health_only.enrolments[0]
        .measurements
        .retain(|m| m.instrument() != InstrumentKind::Kykyviisari);
    assert!(
        health_only
            .validate(as_of)
            .with_code(RuleCode::PATH_START_MEASUREMENT_MISSING)
            .count()
            > 0
    );
}

/// *Hyvinvointiryhmä osatyökykyisille*: "Hyvinvointiryhmä sisältää fysioterapeutin
/// yksilöllisen alkukartoituksen, henkilökohtaiset ohjeet ja tarvittaessa lisää
/// yksilötapaamisia."
#[test]
fn the_physiotherapists_assessment_gives_personal_instructions() {
    let as_of = date(2024, 6, 1);
    let base = sample::wellbeing_group(client(), date(2024, 1, 8), as_of);
    let with_instructions = |given: Option<bool>| {
        let mut path = base.clone();
        for event in &mut path.enrolments[0].events {
            if let Event::PhysiotherapyAssessment { date, .. } = event {
                *event = Event::PhysiotherapyAssessment {
                    note: None,
                    date: *date,
                    personal_instructions: given,
                };
            }
        }
        path.validate(as_of)
    };
    let without = with_instructions(Some(false));
    let flagged: Vec<(Severity, String)> = without
        .with_code(RuleCode::PATH_PHYSIOTHERAPY_WITHOUT_INSTRUCTIONS)
        .map(|f| (f.severity(), f.path().to_string()))
        .collect();
    assert_eq!(
        flagged,
        [(
            Severity::Warning,
            "/enrolments/0/events/0/personal_instructions".to_owned()
        )]
    );
    // Not recorded is not flagged; given is clean.
    assert!(with_instructions(None).is_clean());
    assert!(with_instructions(Some(true)).is_clean());
    // More individual meetings when needed are ordinary casework.
    let mut path = base.clone();
    for week in [2, 5] {
        path.enrolments[0].events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date: date(2024, 1, 10) + chrono::Days::new(7 * week),
            minutes: Some(45),
            themes: vec![tyokyky::Theme::Exercise],
        });
    }
    let report = path.validate(as_of);
    assert!(report.is_empty(), "{}", report.to_text(Lang::En));
}

/// *Hyvinvointiryhmä osatyökykyisille*: "Sisältää kokemuksellista yhdessä tekemistä
/// teemoista liikunta, lepo, ravinto ja kulttuuri", "Ryhmässä käydään
/// tutustumiskäynneillä paikallisissa liikunta- ja kulttuuripalveluissa. Lisäksi ryhmässä
/// voi olla vierailuita työkyvyn tuen palveluista", and "Ryhmässä asiakkaan on mahdollista
/// toimia vertaisohjaajana."
#[test]
fn culture_study_visits_and_peer_leaders_belong_to_the_group() {
    use tyokyky::Theme;
    let spec = models::wellbeing_group();
    // "Toimintaa muokataan ryhmän asiakkaiden toiveiden mukaan": the themes are offered,
    // met as the group wishes, none owed.
    let offered = &spec.phases[0].offered_themes;
    assert!(spec.phases[0].expected_themes.is_empty());
    assert!(offered.contains(&Theme::Culture));
    assert!(offered.contains(&Theme::StudyVisit));
    // Visits from support services may happen: recordable, not offered as a theme.
    assert!(!offered.contains(&Theme::SupportServiceVisit));

    let as_of = date(2024, 6, 1);
    let mut path = sample::wellbeing_group(client(), date(2024, 1, 8), as_of);
    path.enrolments[0].peer_leader = true;
    assert!(path.validate(as_of).is_clean());
    let json = serde_json::to_string(&path).expect("json");
    assert!(json.contains(r#""peer_leader":true"#));
    let back: tyokyky::ServicePath = serde_json::from_str(&json).expect("read back");
    assert_eq!(back, path);

    // A group that never made a study visit is advised of it, no more.
    let mut no_visits = path.clone();
    for event in &mut no_visits.enrolments[0].events {
        if let Event::GroupSession { themes, .. } = event {
            themes.retain(|t| *t != Theme::StudyVisit);
        }
    }
    let report = no_visits.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    let advice: Vec<Severity> = report
        .with_code(RuleCode::PATH_OFFERED_THEME_NOT_MET)
        .map(|f| f.severity())
        .collect();
    assert_eq!(advice, [Severity::Info]);
    assert_eq!(
        report.with_code(RuleCode::PATH_THEME_NOT_COVERED).count(),
        0
    );
}

/// *Hyvinvointiryhmä osatyökykyisille* names its target groups ("osatyökykyiset työttömät
/// työnhakijat, osa-aikaisesti työssä olevat, kuntouttavan työtoiminnan asiakkaat,
/// liikuntapalveluiden yksilöllisen elintapaohjauksen asiakkaat, fysioterapiapalveluiden
/// yksilöasiakkaat"); the last two may have any status, so a client outside the listed
/// statuses is advice only.
#[test]
fn the_wellbeing_groups_target_groups_are_advice() {
    use tyokyky::{Client, LabourMarketStatus};
    let as_of = date(2024, 6, 1);
    let path = sample::wellbeing_group(client(), date(2024, 1, 8), as_of);
    let models = ServiceModels::defaults();
    let severities = |status| {
        let client = Client::new(client(), status);
        path.validate_for(&client, &ValidationOptions::new(&models), as_of)
            .with_code(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP)
            .map(|f| f.severity())
            .collect::<Vec<_>>()
    };
    assert_eq!(severities(LabourMarketStatus::UnemployedJobseeker), []);
    assert_eq!(severities(LabourMarketStatus::PartTimeEmployed), []);
    assert_eq!(severities(LabourMarketStatus::Employed), [Severity::Info]);
}

/// *OsKu – Osallisuutta kuntoutuksesta*: "Starttiryhmässä, jossa tavoitteena oli
/// asiakkaalle sopivan jatkopolun löytyminen, koettiin hyväksi 3kk:n jakso" — found good,
/// not a limit: a longer stay in start work activity is advice.
#[test]
fn start_work_activity_is_advised_to_last_three_months() {
    use tyokyky::work_activity::model::WorkActivityModel;
    use tyokyky::work_activity::placement::{ModelTransition, TransitionTarget};
    let as_of = date(2025, 3, 1);
    let mut path = sample::rehabilitative_work_activity(client(), date(2024, 1, 8), as_of);
    let advice = |path: &tyokyky::ServicePath| {
        path.validate(as_of)
            .with_code(RuleCode::PATH_START_MODEL_PAST_THREE_MONTHS)
            .map(|f| f.severity())
            .collect::<Vec<_>>()
    };
    assert_eq!(advice(&path), []);
    let placement = path.enrolments[0]
        .work_activity
        .as_mut()
        .expect("placement");
    placement.model = WorkActivityModel::Start;
    assert_eq!(advice(&path), [Severity::Info]);
    assert!(path.validate(as_of).is_clean());
    // Moving on to the next model within three months and a day is what the source found
    // good.
    let placement = path.enrolments[0]
        .work_activity
        .as_mut()
        .expect("placement");
    placement.transitions.push(ModelTransition::new(
        date(2024, 4, 9),
        TransitionTarget::Mapping,
    ));
    assert_eq!(advice(&path), [Severity::Info]);
    let placement = path.enrolments[0]
        .work_activity
        .as_mut()
        .expect("placement");
    placement.transitions[0].date = date(2024, 4, 8);
    assert_eq!(advice(&path), []);
}

/// *OsKu – Osallisuutta kuntoutuksesta*: "Ryhmien teemoina on mm. arjen- ja elämänhallinta
/// ja terveys, päihteet, työelämävalmiudet, taidelähtöiset menetelmät", and a 2+2+2 day's
/// "toiminnallisesta osuudesta (esimerkiksi liikunta tai ruoanlaitto)".
#[test]
fn osku_group_themes_are_recordable() {
    use tyokyky::{Theme, Vocabulary};
    for (theme, finnish) in [
        (Theme::LifeManagement, "elämänhallinta"),
        (Theme::Health, "terveys ja hyvinvointi"),
        (Theme::Substances, "päihteet"),
        (Theme::WorkingLifeReadiness, "työelämävalmiudet"),
        (Theme::ArtBasedMethods, "taidelähtöiset menetelmät"),
        (Theme::Cooking, "ruoanlaitto"),
        (
            Theme::KnowledgeAndSkills,
            "tiedolliset ja taidolliset toiminnat",
        ),
    ] {
        assert_eq!(theme.label(Lang::Fi), finnish);
        let json = serde_json::to_string(&theme).expect("json");
        assert_eq!(serde_json::from_str::<Theme>(&json).expect("read"), theme);
    }
    // The social-rehabilitation sample's 2+2+2 days record their three parts.
    let as_of = date(2024, 6, 1);
    let path = sample::social_rehabilitation(client(), date(2024, 1, 8), as_of);
    let parts = path.enrolments[0].events.iter().any(|e| {
        [Theme::Health, Theme::Cooking, Theme::ArtBasedMethods]
            .iter()
            .all(|t| e.themes().contains(t))
    });
    assert!(parts);
    assert!(path.validate(as_of).is_clean());
}
