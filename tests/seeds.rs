//! The source documents' models as their authors describe them: each test quotes the
//! sentence it holds the crate to.

use chrono::NaiveDate;
use tyokyky::service::{models, sample};
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
    let need = NeedProfile {
        life_management_need: level(4),
        working_life_readiness: level(0),
        capacity: Capacity {
            physical: level(0),
            psychological: level(0),
            social: level(0),
            cognitive: level(0),
        },
        continuation_path_known: false,
        current_model: None,
    };
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
    use tyokyky::work_activity::GroupFormat;
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
