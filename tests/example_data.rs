//! The documents under `examples/data/` give the findings their README promises.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use tyokyky::{Lang, RuleCode, ServiceModelSpec, ServiceModels, ServicePath, Severity};

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
fn violation_paths_give_their_findings() {
    let expected: [(&str, &[RuleCode]); 4] = [
        (
            "paths/violations_rehabilitative_work_activity.json",
            &[
                RuleCode::PathPlanMissing,
                RuleCode::PathContactTooShort,
                RuleCode::PathCadenceExceeded,
            ],
        ),
        (
            "paths/violations_mapping_and_coaching.json",
            &[
                RuleCode::PathCadenceGap,
                RuleCode::PathHealthAssessmentNotOffered,
                RuleCode::PathEndMeasurementMissing,
            ],
        ),
        (
            "paths/violations_multiprofessional_support.json",
            &[
                RuleCode::PathNoCoordinator,
                RuleCode::PathTeamWithoutHealthCare,
                RuleCode::PathClosureNoteMissing,
            ],
        ),
        (
            "paths/violations_wellbeing_group.json",
            &[
                RuleCode::PathClientFee,
                RuleCode::PathPhysiotherapyAssessmentMissing,
            ],
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
        assert!(report.has_errors(), "{file}");
    }
}

#[test]
fn exported_default_models_are_up_to_date() {
    for spec in ServiceModels::defaults().iter() {
        let file = format!("models/{}.json", spec.id);
        let text = fs::read_to_string(data(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let exported: ServiceModelSpec =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            &exported, spec,
            "{file} is stale: regenerate it from tyokyky::service::models"
        );
    }
}

#[test]
fn the_municipal_variant_drives_the_same_rules() {
    let text = fs::read_to_string(data("models/municipal_rehabilitative_work_activity.json"))
        .expect("variant");
    let variant: ServiceModelSpec = serde_json::from_str(&text).expect("variant");
    let mut models = ServiceModels::defaults();
    models.insert(variant);
    let mut path = read_path("paths/rehabilitative_work_activity.json");
    assert!(path.validate_with(&models, as_of()).is_clean());
    // A 7-hour day is fine by the law's guidance (8 h) but not by the variant (6 h).
    if let Some(tyokyky::Event::WorkActivityDay { minutes, .. }) =
        path.enrolments[0].events.get_mut(1)
    {
        *minutes = 420;
    }
    assert!(path.validate(as_of()).is_clean());
    let report = path.validate_with(&models, as_of());
    assert_eq!(
        report.with_code(RuleCode::PathContactTooLong).count(),
        1,
        "{}",
        report.to_text(Lang::En)
    );
}
