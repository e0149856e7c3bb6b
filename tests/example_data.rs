//! The documents under `examples/data/` give the findings their README promises.

mod bless;

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::{
    Client, ClientId, ClientRecord, Closure, Event, LabourMarketStatus, Lang, LocalizedText,
    Outcome, OwnActivity, Profession, RuleCode, ServiceModelSpec, ServiceModels, ServicePath,
    Severity, UnemploymentSpell,
};

fn data(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(file)
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 1).expect("date")
}

fn read_path(file: &str) -> ServicePath {
    let text = fs::read_to_string(data(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn clean_paths_have_no_errors_or_warnings() {
    let mut count = 0;
    for spec in ServiceModels::defaults().iter() {
        let file = format!("paths/{}.json", spec.id);
        let report = read_path(&file).validate(as_of());
        assert!(report.is_clean(), "{file}:\n{}", report.to_text(Lang::En));
        count += 1;
    }
    assert!(count >= 3);
}

#[test]
fn client_records_validate_the_client_with_the_path() {
    let read = |file: &str| {
        let bytes = fs::read(data(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let validated = tyokyky::read_and_validate(&bytes, &ValidationOptions::default(), as_of());
        assert!(validated.document.is_some(), "{file} unreadable");
        validated.report
    };
    let clean = read("client_records/rehabilitative_work_activity.json");
    assert!(clean.is_clean(), "{}", clean.to_text(Lang::En));
    let flagged = read("client_records/own_work_excludes.json");
    let finding = flagged
        .with_code(RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES)
        .next()
        .expect("the 6 § exclusion, which needs the client");
    // The law frees the organiser from the duty; it does not forbid the service.
    assert_eq!(finding.severity(), Severity::Warning);
    assert!(finding.path().as_str().starts_with("/paths/0/"));
}

#[test]
fn violation_paths_give_their_findings() {
    let expected: [(&str, &[RuleCode]); 4] = [
        (
            "paths/violations_rehabilitative_work_activity.json",
            &[
                RuleCode::PATH_PLAN_MISSING,
                RuleCode::PATH_CONTACT_TOO_SHORT,
                RuleCode::PATH_CADENCE_EXCEEDED,
            ],
        ),
        (
            "paths/violations_mapping_and_coaching.json",
            &[
                RuleCode::PATH_CADENCE_GAP,
                RuleCode::PATH_HEALTH_ASSESSMENT_NOT_OFFERED,
                RuleCode::PATH_END_MEASUREMENT_MISSING,
            ],
        ),
        (
            "paths/violations_multiprofessional_support.json",
            &[
                RuleCode::PATH_NO_COORDINATOR,
                RuleCode::PATH_CLOSURE_NOTE_MISSING,
            ],
        ),
        (
            "paths/violations_wellbeing_group.json",
            // The fee is advice (info): taking part must be financially possible.
            &[RuleCode::PATH_PHYSIOTHERAPY_ASSESSMENT_MISSING],
        ),
    ];
    for (file, codes) in expected {
        let report = read_path(file).validate(as_of());
        let found: BTreeSet<RuleCode> = report
            .iter()
            .filter(|f| f.severity() != Severity::Info)
            .map(|f| f.code())
            .collect();
        let codes: BTreeSet<RuleCode> = codes.iter().copied().collect();
        assert_eq!(found, codes, "{file}:\n{}", report.to_text(Lang::En));
        assert!(!report.is_clean(), "{file}");
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn client(id: &str) -> ClientId {
    ClientId::new(id).expect("id")
}

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("serialize");
    text.push('\n');
    text
}

/// Every file of `examples/data/` (but the README), as the crate generates it.
fn generated() -> Vec<(String, String)> {
    let as_of = as_of();
    let mut files = Vec::new();
    let clean = [
        ("mapping_and_coaching", "oulu-0101", d(2024, 1, 8)),
        ("wellbeing_group", "pudasjarvi-0007", d(2024, 9, 2)),
        (
            "rehabilitative_work_activity",
            "seinajoki-0042",
            d(2024, 2, 5),
        ),
        ("social_rehabilitation", "lapua-0013", d(2024, 5, 6)),
        ("multiprofessional_support", "kajaani-0230", d(2024, 1, 15)),
        ("ips_job_coaching", "turku-0555", d(2024, 4, 1)),
    ];
    for (model, id, start) in clean {
        let path = sample::path_for(model, client(id), start, as_of).expect("model");
        files.push((format!("paths/{model}.json"), json(&path)));
    }

    // A client and their path in one document: the rules that need both run.
    let mut person = Client::new(
        client("seinajoki-0042"),
        LabourMarketStatus::UnemployedJobseeker,
    );
    person.birth_date = Some(d(1979, 5, 14));
    person
        .unemployment_spells
        .push(UnemploymentSpell::new(d(2021, 9, 1), None).expect("spell"));
    let path = sample::rehabilitative_work_activity(person.id.clone(), d(2024, 2, 5), as_of);
    files.push((
        "client_records/rehabilitative_work_activity.json".into(),
        json(&ClientRecord::new(person.clone(), vec![path.clone()])),
    ));
    // The same, but the client took up work of 25 hours a week in the spring: work that
    // excludes rehabilitative work activity (189/2001 6 §).
    person
        .own_activities
        .push(OwnActivity::work(d(2024, 4, 1), 25));
    files.push((
        "client_records/own_work_excludes.json".into(),
        json(&ClientRecord::new(person, vec![path])),
    ));

    // No activation plan; a 3-hour day; five days in one week.
    let mut path =
        sample::rehabilitative_work_activity(client("seinajoki-0043"), d(2024, 2, 5), as_of);
    let events = &mut path.enrolments[0].events;
    events.remove(0);
    for event in events.iter_mut() {
        if let Event::WorkActivityDay { date, minutes, .. } = event
            && *date == d(2024, 3, 4)
        {
            *minutes = 180;
        }
    }
    events.push(Event::WorkActivityDay {
        note: None,
        date: d(2024, 3, 5),
        minutes: 300,
    });
    events.push(Event::WorkActivityDay {
        note: None,
        date: d(2024, 3, 8),
        minutes: 300,
    });
    events.sort_by_key(Event::date);
    files.push((
        "paths/violations_rehabilitative_work_activity.json".into(),
        json(&path),
    ));

    // A week without meetings; no health assessment offered; no end measurement.
    let mut path = sample::mapping_and_coaching(client("oulu-0102"), d(2024, 1, 8), as_of);
    let enrolment = &mut path.enrolments[0];
    let skipped_week = d(2024, 2, 12)..=d(2024, 2, 18);
    enrolment.events.retain(|e| {
        !skipped_week.contains(&e.date()) && !matches!(e, Event::HealthAssessment { .. })
    });
    enrolment.measurements.retain(|m| m.date < d(2024, 6, 1));
    files.push((
        "paths/violations_mapping_and_coaching.json".into(),
        json(&path),
    ));

    // Three weeks without a coordinator; no health care in the team; "other" without a note.
    let mut path = sample::multiprofessional_support(client("kajaani-0231"), d(2024, 1, 15), as_of);
    path.coordinators[1].start = path.coordinators[1].start + chrono::Days::new(21);
    path.team.retain(|m| m.profession != Profession::Physician);
    path.closure = Some(Closure::new(d(2025, 1, 14), Outcome::Other));
    files.push((
        "paths/violations_multiprofessional_support.json".into(),
        json(&path),
    ));

    // A client fee; no physiotherapist's assessment.
    let mut path = sample::wellbeing_group(client("pudasjarvi-0008"), d(2024, 9, 2), as_of);
    path.enrolments[0].client_fee_cents = 1500;
    path.enrolments[0]
        .events
        .retain(|e| !matches!(e, Event::PhysiotherapyAssessment { .. }));
    files.push(("paths/violations_wellbeing_group.json".into(), json(&path)));

    for spec in ServiceModels::defaults().iter() {
        files.push((format!("models/{}.json", spec.id), json(spec)));
    }
    let mut variant = tyokyky::service::spec::models::rehabilitative_work_activity();
    variant.name = LocalizedText::new(
        "Kuntouttava työtoiminta (kuntaversio)",
        "Arbetsverksamhet i rehabiliteringssyfte (kommunversion)",
        "Rehabilitative work activity (municipal variant)",
    );
    variant.source =
        "law 189/2001 §13; fictitious municipal guidance: at most 6 h a day and 24 h a week".into();
    variant.phases[0].cadence[0].max_minutes = Some(360.into());
    variant.phases[0].cadence[0].max_minutes_per_period = Some(1440.into());
    variant.tolerances.missed_periods = 2;
    files.push((
        "models/municipal_rehabilitative_work_activity.json".into(),
        json(&variant),
    ));

    use tyokyky::work_activity::model::Profiles;
    use tyokyky::work_activity::quality::CriteriaSet;
    use tyokyky::work_activity::readiness::{
        Competency, DeploymentProgress, DeploymentStep, MetricKind,
    };
    use tyokyky::work_activity::recommend::{Capacity, Level, NeedProfile, Recommendations};
    files.push((
        "work_activity/criteria/osku_derived.json".into(),
        json(&CriteriaSet::osku_derived()),
    ));
    files.push((
        "work_activity/profiles/default.json".into(),
        json(&Profiles::DEFAULT),
    ));
    let level = |n| Level::new(n).expect("level");
    let need = |lm, readiness, capacity, known| {
        let mut need = NeedProfile::new(
            level(lm),
            level(readiness),
            Capacity {
                physical: level(capacity),
                psychological: level(capacity),
                social: level(capacity),
                cognitive: level(capacity),
            },
        );
        need.continuation_path_known = known;
        need
    };
    for (name, profile) in [
        ("great_life_management_need", need(4, 0, 1, true)),
        ("near_working_life", need(0, 4, 4, true)),
        ("capacities_to_map", need(1, 2, 3, true)),
        ("no_continuation_path", need(2, 1, 2, false)),
    ] {
        let ranked = Recommendations::for_need(profile, &Profiles::DEFAULT);
        files.push((
            format!("work_activity/recommendations/{name}.json"),
            json(&ranked),
        ));
    }
    let mut progress = DeploymentProgress::new();
    progress.steps_done = vec![
        DeploymentStep::MapClientWishes,
        DeploymentStep::MapNetwork,
        DeploymentStep::DefineChangesAndMetrics,
        DeploymentStep::PilotPurchasedService,
    ];
    progress.competencies = vec![
        Competency::PhysiotherapyAndExercise,
        Competency::GroupFormation,
        Competency::MotivatingClients,
        Competency::InvolvingClients,
        Competency::LocalServices,
        Competency::WorkingTime,
    ];
    progress.metrics = vec![MetricKind::Health, MetricKind::ClientFeedback];
    files.push((
        "work_activity/deployment/pilot_without_network.json".into(),
        json(&progress),
    ));
    files
}

/// Run `TYOKYKY_BLESS=1 cargo test --test example_data` to rewrite the files.
#[test]
fn example_data_is_up_to_date() {
    bless::check(
        generated()
            .into_iter()
            .map(|(file, text)| (data(&file), text)),
        "TYOKYKY_BLESS=1 cargo test --test example_data",
    );
}

#[test]
fn the_municipal_variant_drives_the_same_rules() {
    let text = fs::read_to_string(data("models/municipal_rehabilitative_work_activity.json"))
        .expect("variant");
    let variant: ServiceModelSpec = serde_json::from_str(&text).expect("variant");
    let mut models = ServiceModels::defaults();
    models.insert(variant).expect("variant");
    let mut path = read_path("paths/rehabilitative_work_activity.json");
    assert!(
        path.validate_with(&ValidationOptions::new(&models), as_of())
            .is_clean()
    );
    // A 7-hour day is fine by the law's guidance (8 h) but not by the variant (6 h).
    if let Some(tyokyky::Event::WorkActivityDay { minutes, .. }) =
        path.enrolments[0].events.get_mut(1)
    {
        *minutes = 420;
    }
    assert!(path.validate(as_of()).is_clean());
    let report = path.validate_with(&ValidationOptions::new(&models), as_of());
    assert_eq!(
        report.with_code(RuleCode::PATH_CONTACT_TOO_LONG).count(),
        1,
        "{}",
        report.to_text(Lang::En)
    );
}
