//! Multiprofessional work-ability support and IPS job coaching as their sources describe
//! them: each test quotes the sentence it holds the crate to.

use chrono::{Datelike, Days, NaiveDate};
use tyokyky::service::workflow::WorkflowStep;
use tyokyky::service::{models, sample};
use tyokyky::{
    AbsenceReason, Client, ClientId, DueKind, Event, EventKind, LabourMarketStatus, Lang,
    Profession, RuleCode, ServiceModels, ServicePath, Severity,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn client() -> ClientId {
    ClientId::new("seed-support-1").expect("id")
}

fn start() -> NaiveDate {
    date(2024, 1, 8)
}

fn multiprofessional(as_of: NaiveDate) -> ServicePath {
    sample::multiprofessional_support(client(), start(), as_of)
}

/// Sets the day of the first event of `kind`.
fn move_first(path: &mut ServicePath, kind: EventKind, to: NaiveDate) {
    if let Some(event) = path.enrolments[0]
        .events
        .iter_mut()
        .find(|event| event.kind() == kind)
    {
        *event = match event.clone() {
            Event::WorkAbilityAssessment { professions, .. } => Event::WorkAbilityAssessment {
                date: to,
                professions,
            },
            Event::Plan { plan, action, .. } => Event::plan(to, plan, action),
            other => other,
        };
    }
}

fn late_steps(path: &ServicePath, as_of: NaiveDate) -> Vec<(Severity, String)> {
    path.validate(as_of)
        .with_code(RuleCode::PATH_WORKFLOW_STEP_LATE)
        .map(|f| (f.severity(), f.message(Lang::En)))
        .collect()
}

/// *OSAKSI-hanke* aims at "Moniammatillinen työkyvyn tuen tiimi ja asiakasvastaava-malli
/// toimii sote-keskuksessa" and "Asiakkaiden palvelupolut rakentuvat koordinoitusti ja
/// ovat suunnitelmallisia"; *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "lisätä
/// sote-keskuksissa osatyökykyisten tunnistamista". The coordinator's workflow runs from
/// the identified need to an assessment and a shared plan.
#[test]
fn the_coordinators_workflow_runs_from_identification_to_a_plan() {
    let as_of = date(2024, 9, 1);
    let path = multiprofessional(as_of);
    let kinds: Vec<EventKind> = path.enrolments[0].events.iter().map(Event::kind).collect();
    for kind in [
        EventKind::NeedIdentified,
        EventKind::Referral,
        EventKind::WorkAbilityAssessment,
        EventKind::Plan,
        EventKind::TeamMeeting,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from the sample");
    }
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    assert!(late_steps(&path, as_of).is_empty());

    // An assessment 31 days after the identified need is late; 30 is in time.
    let mut late = path.clone();
    move_first(
        &mut late,
        EventKind::WorkAbilityAssessment,
        start() + Days::new(31),
    );
    move_first(&mut late, EventKind::Plan, start() + Days::new(35));
    let steps = late_steps(&late, as_of);
    assert_eq!(steps.len(), 1, "{steps:?}");
    assert_eq!(steps[0].0, Severity::Warning);
    assert!(
        steps[0].1.contains("multiprofessional assessment"),
        "{}",
        steps[0].1
    );
    let mut in_time = path.clone();
    move_first(
        &mut in_time,
        EventKind::WorkAbilityAssessment,
        start() + Days::new(30),
    );
    move_first(&mut in_time, EventKind::Plan, start() + Days::new(35));
    assert!(late_steps(&in_time, as_of).is_empty());

    // A plan made before the assessment is not the shared plan that follows it.
    let mut plan_first = path.clone();
    move_first(&mut plan_first, EventKind::Plan, start() + Days::new(7));
    let steps = late_steps(&plan_first, as_of);
    assert_eq!(steps.len(), 1, "{steps:?}");
    assert!(steps[0].1.contains("shared plan"), "{}", steps[0].1);
    // While the plan is open, the planner lists it as the next step.
    let due = plan_first.due(start() + Days::new(40));
    assert!(
        due.items.iter().any(|item| item.what
            == DueKind::WorkflowStep {
                step: WorkflowStep::SharedPlan
            }),
        "{due:?}"
    );
}

/// A sick fortnight is ordinary casework: the days away do not count against the
/// workflow's days.
#[test]
fn days_away_do_not_count_against_the_workflow() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    move_first(
        &mut path,
        EventKind::WorkAbilityAssessment,
        start() + Days::new(40),
    );
    move_first(&mut path, EventKind::Plan, start() + Days::new(45));
    assert_eq!(late_steps(&path, as_of).len(), 1);
    path.enrolments[0].events.push(Event::Absence {
        date: start() + Days::new(5),
        until: start() + Days::new(18),
        reason: AbsenceReason::Sickness,
    });
    let report = path.validate(as_of);
    assert!(
        late_steps(&path, as_of).is_empty(),
        "{}",
        report.to_text(Lang::En)
    );
    assert!(!report.has_errors());
}

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "ammattilaiset, jotka voivat
/// konsultoida asiakkaiden työkyvyn tuen asioissa työkykykoordinaattoria" — consultations
/// are recorded and are ordinary work.
#[test]
fn consultations_of_the_coordinator_are_recorded() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    path.enrolments[0].events.push(Event::Consultation {
        date: date(2024, 5, 6),
        by: Profession::Psychologist,
    });
    let consultations = path.enrolments[0]
        .events
        .iter()
        .filter(|e| e.kind() == EventKind::Consultation)
        .count();
    assert_eq!(consultations, 2);
    assert!(path.validate(as_of).is_clean());
    let json = serde_json::to_string(&path).expect("json");
    assert!(json.contains(r#""type":"consultation""#));
    let back: ServicePath = serde_json::from_str(&json).expect("read");
    assert_eq!(back, path);
}

/// The team meets about the client at a rhythm the spec sets: monthly by default
/// (*derived*), a month without a meeting is a warning, and a unit can load its own rhythm.
#[test]
fn team_meetings_keep_a_configurable_rhythm() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    path.enrolments[0]
        .events
        .retain(|e| !(e.kind() == EventKind::TeamMeeting && e.date().month0() == 3));
    let report = path.validate(as_of);
    let gaps: Vec<Severity> = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .map(|f| f.severity())
        .collect();
    assert_eq!(gaps, [Severity::Warning], "{}", report.to_text(Lang::En));
    // A unit that meets every other month loads a spec without the monthly rhythm.
    let mut spec = models::multiprofessional_support();
    spec.phases[0].cadence.clear();
    let mut models = ServiceModels::defaults();
    models.insert(spec).expect("valid spec");
    assert!(path.validate_with(&models, as_of).is_clean());
}

/// *OSAKSI-hanke*: "Työssä olevat kuuluvat ensisijaisesti työterveyshuollon piiriin";
/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "Kohderyhmänä osatyökykyiset
/// työelämän ulkopuolella olevat asiakkaat".
#[test]
fn the_employed_are_routed_to_occupational_health() {
    let as_of = date(2024, 9, 1);
    let path = multiprofessional(as_of);
    let models = ServiceModels::defaults();
    let outside = |status| {
        path.validate_for(&Client::new(client(), status), &models, as_of)
            .with_code(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP)
            .map(|f| (f.severity(), f.path().to_string()))
            .collect::<Vec<_>>()
    };
    for working in [
        LabourMarketStatus::Employed,
        LabourMarketStatus::PartTimeEmployed,
        LabourMarketStatus::Entrepreneur,
    ] {
        assert_eq!(
            outside(working),
            [(Severity::Warning, "/enrolments/0/model".to_owned())],
            "{working:?}"
        );
    }
    for outside_working_life in [
        LabourMarketStatus::UnemployedJobseeker,
        LabourMarketStatus::SickLeave,
        LabourMarketStatus::Rehabilitation,
    ] {
        assert!(outside(outside_working_life).is_empty());
    }
    let message = path
        .validate_for(
            &Client::new(client(), LabourMarketStatus::Employed),
            &models,
            as_of,
        )
        .with_code(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP)
        .map(|f| f.message(Lang::Fi))
        .collect::<String>();
    assert!(message.contains("työssä"), "{message}");
}
