//! One operation repeated, for counting instructions with callgrind: the counts do not
//! move with the machine's load, so a change is measured even on a busy machine.
//!
//! ```sh
//! cargo bench --bench instructions --features svg --no-run
//! B=$(ls -t target/release/deps/instructions-* | grep -v '\.d$' | head -1)
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null $B validate_30 300
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null $B validate_30 0
//! ```
//!
//! The difference of the two totals over 300 is one operation's instructions
//! (BENCHMARKS.md, "Instructions per document"). Without arguments every operation runs
//! once, so `cargo bench` keeps it working.

use std::hint::black_box;

use tyokyky::ValidationOptions;
use tyokyky::document::validate_json;
use tyokyky::rules::ValidationLimits;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Lang, PlannerConfig, ServiceModels, ServicePath};

#[path = "support/violating.rs"]
mod violating;
use violating::{date, violating_path};

const OPERATIONS: &[&str] = &[
    "ignored_any_clean",
    "parse_clean",
    "document_clean",
    "validate_clean",
    "end_to_end_clean",
    "validate_then_due_running",
    "validate_and_plan_running",
    #[cfg(feature = "svg")]
    "draw_clean",
    #[cfg(feature = "svg")]
    "write_picture_clean",
    "validate_mapping",
    #[cfg(feature = "svg")]
    "draw_mapping",
    #[cfg(feature = "svg")]
    "write_picture_mapping",
    "ignored_any_30",
    "parse_30",
    "document_30",
    "validate_30",
    "report_json_30",
    "report_written_30",
    "end_to_end_written_30",
    "end_to_end_30",
];

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (operations, times): (Vec<&str>, usize) = match args.as_slice() {
        [operation, times] => (
            vec![
                OPERATIONS
                    .iter()
                    .copied()
                    .find(|o| o == operation)
                    .expect("an operation"),
            ],
            times.parse().expect("a count"),
        ),
        _ => (OPERATIONS.to_vec(), 1),
    };
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let config = PlannerConfig::default();
    let (violating, as_of) = violating_path();
    let clean = sample::rehabilitative_work_activity(
        ClientId::new("bench-0001").expect("id"),
        date(2024, 1, 8),
        as_of,
    );
    // The same model's path in its sixth month, when the planner has a running phase.
    let midyear = date(2024, 7, 1);
    let running = sample::rehabilitative_work_activity(
        ClientId::new("bench-0002").expect("id"),
        date(2024, 1, 8),
        midyear,
    );
    // The 12-month model itself, 3 months of mapping and 9 of coaching: the path the
    // README draws, as its committed example.
    let mapping = sample::path_for(
        "mapping_and_coaching",
        ClientId::new("bench-0003").expect("id"),
        date(2024, 1, 8),
        as_of,
    )
    .expect("a default model");
    let clean_text = serde_json::to_vec(&clean).expect("json");
    let violating_text = serde_json::to_vec(&violating).expect("json");
    let report = violating.validate_with(&ValidationOptions::new(&models), as_of);
    #[cfg(feature = "svg")]
    let (clean_report, clean_due) = (
        clean.validate_with(&ValidationOptions::new(&models), as_of),
        clean.due_with(&ValidationOptions::new(&models).with_planner(config), as_of),
    );
    #[cfg(feature = "svg")]
    let (mapping_report, mapping_due) = (
        mapping.validate_with(&ValidationOptions::new(&models), as_of),
        mapping.due_with(&ValidationOptions::new(&models).with_planner(config), as_of),
    );
    for operation in operations {
        let (path, text) = if operation.ends_with("_30") {
            (&violating, &violating_text)
        } else {
            (&clean, &clean_text)
        };
        for _ in 0..times {
            match operation {
                "ignored_any_clean" | "ignored_any_30" => {
                    black_box(
                        serde_json::from_slice::<serde::de::IgnoredAny>(black_box(text)).ok(),
                    );
                }
                "parse_clean" | "parse_30" => {
                    black_box(serde_json::from_slice::<ServicePath>(black_box(text)).ok());
                }
                "document_clean" | "document_30" => {
                    black_box(tyokyky::Document::from_slice(black_box(text)).ok());
                }
                "validate_clean" | "validate_30" => {
                    black_box(
                        black_box(path).validate_with(&ValidationOptions::new(&models), as_of),
                    );
                }
                "validate_then_due_running" => {
                    black_box(black_box(&running).validate_with(
                        &ValidationOptions::new(&models).with_limits(limits),
                        midyear,
                    ));
                    black_box(black_box(&running).due_with(
                        &ValidationOptions::new(&models).with_planner(config),
                        midyear,
                    ));
                }
                "validate_and_plan_running" => {
                    black_box(
                        black_box(&running).validate_and_plan(
                            &ValidationOptions::new(&models)
                                .with_limits(limits)
                                .with_planner(config),
                            midyear,
                        ),
                    );
                }
                #[cfg(feature = "svg")]
                "draw_clean" => {
                    black_box(tyokyky::timeline::timeline(
                        black_box(path),
                        &clean_report,
                        &clean_due,
                        &models,
                        as_of,
                        Lang::Fi,
                    ));
                }
                #[cfg(feature = "svg")]
                "write_picture_clean" | "write_picture_mapping" => {
                    let (path, report, due) = if operation.ends_with("clean") {
                        (&clean, &clean_report, &clean_due)
                    } else {
                        (&mapping, &mapping_report, &mapping_due)
                    };
                    let mut out = Vec::new();
                    tyokyky::timeline::write_timeline(
                        black_box(path),
                        report,
                        due,
                        &models,
                        as_of,
                        Lang::Fi,
                        &mut out,
                    );
                    black_box(out);
                }
                "validate_mapping" => {
                    black_box(
                        black_box(&mapping).validate_with(&ValidationOptions::new(&models), as_of),
                    );
                }
                #[cfg(feature = "svg")]
                "draw_mapping" => {
                    black_box(tyokyky::timeline::timeline(
                        black_box(&mapping),
                        &mapping_report,
                        &mapping_due,
                        &models,
                        as_of,
                        Lang::Fi,
                    ));
                }
                "report_written_30" => {
                    let mut out = Vec::new();
                    black_box(&report)
                        .in_language(Lang::Fi)
                        .write_json(&mut out);
                    black_box(out);
                }
                "end_to_end_written_30" => {
                    let report = validate_json(
                        black_box(text),
                        &ValidationOptions::new(&models).with_limits(limits),
                        as_of,
                    );
                    let mut out = Vec::new();
                    report.in_language(Lang::Fi).write_json(&mut out);
                    black_box(out);
                }
                "report_json_30" => {
                    black_box(serde_json::to_vec(&black_box(&report).in_language(Lang::Fi)).ok());
                }
                _ => {
                    let report = validate_json(
                        black_box(text),
                        &ValidationOptions::new(&models).with_limits(limits),
                        as_of,
                    );
                    black_box(serde_json::to_vec(&report.in_language(Lang::Fi)).ok());
                }
            }
        }
    }
}
