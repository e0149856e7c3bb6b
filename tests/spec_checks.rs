//! A service model spec that cannot be applied is refused on deserialization, insert and
//! `ServiceModels::from_specs`, naming the JSON Pointer and the accepted range.

use tyokyky::service::spec::models;
use tyokyky::{
    EventKind, Key, Period, PlanKind, Requirement, ServiceModelSpec, ServiceModels, SpecProblem,
};

/// The pointers and problems `spec.check()` finds.
fn problems(spec: &ServiceModelSpec) -> Vec<(String, SpecProblem)> {
    match spec.check() {
        Ok(()) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| (e.pointer().as_str().to_owned(), e.problem().clone()))
            .collect(),
    }
}

fn range(value: u64, min: u64, max: u64) -> SpecProblem {
    SpecProblem::OutOfRange { value, min, max }
}

fn key(text: &str) -> Key {
    Key::new(text).expect("key")
}

#[test]
fn every_default_model_passes() {
    for spec in ServiceModels::defaults().iter() {
        assert_eq!(problems(spec), [], "{}", spec.id);
    }
    let all: Vec<ServiceModelSpec> = ServiceModels::defaults().iter().cloned().collect();
    assert!(ServiceModels::from_specs(all).is_ok());
}

#[test]
fn a_minimum_above_its_maximum_is_refused() {
    let mut spec = models::mapping_and_coaching();
    let length = spec.phases[0].length.as_mut().expect("length");
    length.min_months = 9.into();
    length.max_months = 2.into();
    assert_eq!(
        problems(&spec),
        [("/phases/0/length/min_months".to_owned(), range(9, 0, 2))]
    );
}

#[test]
fn a_longest_length_is_bounded() {
    let mut spec = models::mapping_and_coaching();
    spec.phases[0].length.as_mut().expect("length").max_months = 0.into();
    spec.phases[1].length.as_mut().expect("length").max_months = 1201.into();
    let found = problems(&spec);
    assert!(found.contains(&("/phases/0/length/max_months".to_owned(), range(0, 1, 1200))));
    assert!(found.contains(&(
        "/phases/1/length/max_months".to_owned(),
        range(1201, 1, 1200)
    )));
}

#[test]
fn next_names_a_phase_of_the_model() {
    let mut spec = models::mapping_and_coaching();
    spec.phases[0].next.push(key("nowhere"));
    let at = format!("/phases/0/next/{}", spec.phases[0].next.len() - 1);
    assert_eq!(
        problems(&spec),
        [(at, SpecProblem::UnknownPhase { id: key("nowhere") })]
    );
}

#[test]
fn phase_ids_are_unique() {
    let mut spec = models::mapping_and_coaching();
    let copy = spec.phases[0].clone();
    spec.phases.push(copy);
    let at = format!("/phases/{}/id", spec.phases.len() - 1);
    assert_eq!(
        problems(&spec),
        [(at, SpecProblem::DuplicatePhase { id: key("mapping") })]
    );
}

#[test]
fn a_model_has_phases() {
    let mut spec = models::wellbeing_group();
    spec.phases.clear();
    spec.requirements.clear();
    assert_eq!(
        problems(&spec),
        [("/phases".to_owned(), SpecProblem::NoPhases)]
    );
}

#[test]
fn a_cadence_asks_for_something_within_its_bounds() {
    let mut spec = models::rehabilitative_work_activity();
    let cadence = &mut spec.phases[0].cadence[0];
    cadence.min_count = 5.into();
    cadence.max_count = Some(4.into());
    cadence.min_minutes = Some(500.into());
    cadence.max_minutes = Some(480.into());
    let found = problems(&spec);
    assert!(found.contains(&("/phases/0/cadence/0/min_count".to_owned(), range(5, 0, 4))));
    assert!(found.contains(&(
        "/phases/0/cadence/0/min_minutes".to_owned(),
        range(500, 0, 480)
    )));

    let mut spec = models::rehabilitative_work_activity();
    spec.phases[0].cadence[0].max_minutes = Some(1441.into());
    assert_eq!(
        problems(&spec),
        [(
            "/phases/0/cadence/0/max_minutes".to_owned(),
            range(1441, 1, 1440)
        )]
    );

    let mut spec = models::mapping_and_coaching();
    spec.phases[0].cadence.push(tyokyky::Cadence::new(
        EventKind::GroupSession,
        Period::IsoWeek,
        0,
    ));
    let at = format!("/phases/0/cadence/{}", spec.phases[0].cadence.len() - 1);
    assert_eq!(problems(&spec), [(at, SpecProblem::EmptyCadence)]);
}

#[test]
fn a_total_asks_for_at_least_one() {
    let mut spec = models::wellbeing_group();
    spec.phases[0].totals[0].min_count = 0.into();
    assert_eq!(
        problems(&spec),
        [(
            "/phases/0/totals/0/min_count".to_owned(),
            range(0, 1, u64::from(u32::MAX))
        )]
    );
}

#[test]
fn tolerances_are_within_range() {
    let mut spec = models::rehabilitative_work_activity();
    spec.tolerances.content_mix_points = 101;
    spec.tolerances.measurement_window_days = 4000;
    let found = problems(&spec);
    assert!(found.contains(&(
        "/tolerances/content_mix_points".to_owned(),
        range(101, 0, 100)
    )));
    assert!(found.contains(&(
        "/tolerances/measurement_window_days".to_owned(),
        range(4000, 0, 3660)
    )));
}

#[test]
fn requirements_are_checked() {
    let mut spec = models::mapping_and_coaching();
    spec.requirements = vec![
        Requirement::PlanBeforeStart { plans: Vec::new() },
        Requirement::Team {
            min_professions: 0,
            health_care: false,
        },
        Requirement::HealthAssessmentOffered {
            phase: key("nowhere"),
        },
        Requirement::EmployerContactWithin { days: 0 },
        Requirement::SupportAfterJobStart { within_days: 0 },
        Requirement::PlanBeforeStart {
            plans: vec![PlanKind::ActivationPlan],
        },
    ];
    let pointers: Vec<String> = problems(&spec).into_iter().map(|(at, _)| at).collect();
    assert_eq!(
        pointers,
        [
            "/requirements/0/plans",
            "/requirements/1/min_professions",
            "/requirements/2/phase",
            "/requirements/3/days",
            "/requirements/4/within_days",
        ]
    );
}

#[test]
fn deserialization_refuses_with_the_pointer() {
    let mut json = serde_json::to_value(models::mapping_and_coaching()).expect("json");
    json["phases"][0]["length"]["min_months"] = 9.into();
    json["phases"][0]["length"]["max_months"] = 2.into();
    let error = serde_json::from_value::<ServiceModelSpec>(json)
        .expect_err("refused")
        .to_string();
    assert!(
        error.contains("/phases/0/length/min_months: 9 is above the maximum 2"),
        "{error}"
    );
}

#[test]
fn insert_refuses_and_leaves_the_set_unchanged() {
    let mut models = ServiceModels::defaults();
    let before = models.clone();
    let mut spec = models::ips_job_coaching();
    spec.tolerances.content_mix_points = 200;
    let errors = models.insert(spec).expect_err("refused");
    assert_eq!(errors.len(), 1);
    assert_eq!(models, before);
}

#[test]
fn a_set_has_each_id_once() {
    let errors =
        ServiceModels::from_specs(vec![models::wellbeing_group(), models::wellbeing_group()])
            .expect_err("refused");
    let first = errors.first().expect("one");
    assert_eq!(first.pointer().as_str(), "/1/id");
    assert_eq!(
        first.problem(),
        &SpecProblem::DuplicateModel {
            id: key("wellbeing_group")
        }
    );
}

#[test]
fn a_spec_holding_an_identity_code_is_refused() {
    // A spec describes a service; an identity code in its text would reach every Debug,
    // message and export that names the model.
    let mut spec = models::mapping_and_coaching();
    spec.phases[1].name = tyokyky::LocalizedText::new("Valmennus", "coach 010594y9032", "Coaching");
    spec.source = "see 131052-308T".to_owned();
    assert_eq!(
        problems(&spec),
        [
            ("/source".to_owned(), SpecProblem::PersonalData),
            ("/phases/1/name/sv".to_owned(), SpecProblem::PersonalData),
        ]
    );
    spec.source = "see 131052".to_owned();
    spec.phases[1].name = tyokyky::LocalizedText::new("Valmennus", "coach", "Coaching");
    assert_eq!(problems(&spec), []);
}
