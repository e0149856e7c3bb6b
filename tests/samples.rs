//! The sample paths validate clean for many start dates and follow-up lengths, round-trip
//! through JSON, and give the planner something to say.

use chrono::{Days, NaiveDate};
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Lang, ServiceModels, ServicePath, Severity};

const MODELS: [&str; 6] = tyokyky::service::spec::models::IDS;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

#[test]
fn every_default_model_has_a_sample() {
    let client = ClientId::new("sample-1").expect("id");
    for spec in ServiceModels::defaults().iter() {
        assert!(
            sample::path_for(
                spec.id.as_str(),
                client.clone(),
                date(2024, 1, 8),
                date(2024, 6, 1)
            )
            .is_some(),
            "{}",
            spec.id
        );
    }
    assert!(sample::path_for("nope", client, date(2024, 1, 8), date(2024, 6, 1)).is_none());
}

#[test]
fn samples_validate_clean_from_any_start_for_any_follow_up() {
    let client = ClientId::new("sample-2").expect("id");
    for model in MODELS {
        // Starts on every weekday over two months (month ends, leap day), followed up
        // from the first day to well past the end.
        for start_offset in (0..62).step_by(3) {
            let start = date(2024, 1, 1) + Days::new(start_offset);
            for follow_up in [0, 1, 6, 13, 40, 95, 100, 200, 280, 366, 380, 500] {
                let as_of = start + Days::new(follow_up);
                let path = sample::path_for(model, client.clone(), start, as_of).expect("model");
                let report = path.validate(as_of);
                let problems: Vec<_> = report
                    .iter()
                    .filter(|f| f.severity() != Severity::Info)
                    .collect();
                assert!(
                    problems.is_empty(),
                    "{model} from {start} on {as_of}:\n{}",
                    report.to_text(Lang::En)
                );
            }
        }
    }
}

#[test]
fn samples_round_trip_through_json() {
    let client = ClientId::new("sample-3").expect("id");
    for model in MODELS {
        let path = sample::path_for(model, client.clone(), date(2024, 1, 8), date(2025, 3, 1))
            .expect("model");
        let json = serde_json::to_string(&path).expect("serialize");
        let back: ServicePath =
            serde_json::from_str(&json).expect("deserialize checks every id and key");
        assert_eq!(back, path, "{model}");
    }
}
