//! `exports/`: the JSON a frontend needs without Rust — the rule catalogue, every label,
//! the criteria set, the model profiles — and documents the crate emits for the example
//! data (reports, due lists, quality reports, instrument scores, a cohort report). The
//! JavaScript interop tests in `tests/interop/` read them. A test fails when an export is
//! stale: run `TYOKYKY_BLESS=1 cargo test --test exports` after a deliberate change.

mod bless;

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use tyokyky::outcome::CohortReport;
use tyokyky::registry::LabelCatalogue;
use tyokyky::service::build::sample;
use tyokyky::work_activity::model::Profiles;
use tyokyky::work_activity::quality::CriteriaSet;
use tyokyky::work_activity::quality::Ratings;
use tyokyky::{ClientId, InstrumentKind, RuleCatalogue, ServicePath};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("serialize");
    text.push('\n');
    text
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn generated() -> Vec<(String, String)> {
    let mut files = vec![
        (
            "rule_catalogue.json".to_owned(),
            json(&RuleCatalogue::current()),
        ),
        ("labels.json".to_owned(), json(&LabelCatalogue::current())),
        ("sources.json".to_owned(), json(&tyokyky::source::SOURCES)),
        (
            "criteria_set.json".to_owned(),
            json(&CriteriaSet::osku_derived()),
        ),
        ("model_profiles.json".to_owned(), json(&Profiles::DEFAULT)),
        (
            "cohort_report.json".to_owned(),
            json(&CohortReport::of(&sample::seed_001_cohort())),
        ),
    ];
    // Reports and quality reports of the example paths, as of the day their README names.
    let as_of = date(2025, 3, 1);
    let set = CriteriaSet::osku_derived();
    let dir = root().join("examples/data/paths");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("examples/data/paths")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    for name in names {
        let path: ServicePath =
            serde_json::from_str(&fs::read_to_string(dir.join(&name)).expect("read"))
                .expect("path");
        files.push((format!("reports/{name}"), json(&path.validate(as_of))));
        files.push((
            format!("quality_reports/{name}"),
            json(&set.assess(&path, &Ratings::new())),
        ));
    }
    // Due lists a coordinator sees five weeks into each model.
    let start = date(2024, 1, 8);
    let day = date(2024, 2, 14);
    for spec in tyokyky::ServiceModels::defaults().iter() {
        let path = sample::path_for(
            spec.id.as_str(),
            ClientId::new("export-1").expect("id"),
            start,
            day,
        )
        .expect("model");
        files.push((format!("due_lists/{}.json", spec.id), json(&path.due(day))));
    }
    for (kind, name) in [
        (InstrumentKind::Was, "was"),
        (InstrumentKind::Wai, "wai"),
        (InstrumentKind::UkkWalkTest, "ukk_walk_test"),
        (InstrumentKind::Gas, "gas"),
        (InstrumentKind::Kykyviisari, "kykyviisari"),
        (InstrumentKind::IpsFidelity, "ips_fidelity"),
        (InstrumentKind::PerceivedChange, "perceived_change"),
    ] {
        files.push((
            format!("instrument_scores/{name}.json"),
            json(&sample::result(kind, true).score()),
        ));
    }
    files
}

#[test]
fn exports_are_up_to_date() {
    let dir = root().join("exports");
    bless::check(
        generated()
            .into_iter()
            .map(|(file, text)| (dir.join(file), text)),
        "TYOKYKY_BLESS=1 cargo test --test exports",
    );
}

#[test]
fn the_due_list_exports_have_something_to_show() {
    let mut with_items = Vec::new();
    for (file, text) in generated() {
        if let Some(name) = file.strip_prefix("due_lists/") {
            let list: tyokyky::DueList = serde_json::from_str(&text).expect("due list");
            if !list.items.is_empty() {
                with_items.push(name.to_owned());
            }
        }
    }
    // The interop test renders the mapping and coaching list.
    assert!(
        with_items.contains(&"mapping_and_coaching.json".to_owned()),
        "{with_items:?}"
    );
    assert!(with_items.len() >= 2, "{with_items:?}");
}
