//! The speed targets of "validation that costs less than reading its input", each the
//! ratio of two operations criterion measures in the same run, printed as a table after
//! criterion's own output:
//!
//! ```sh
//! cargo bench --bench targets
//! ```
//!
//! Two documents, as the targets name them: the 12-month sample path of rehabilitative
//! work activity (158 events, no finding) and the same path with about thirty findings.
//! Each is measured six ways, one criterion group per document:
//!
//! - `parse_ignored_any`: serde_json reading the bytes into `IgnoredAny` (the floor of
//!   any reading);
//! - `parse_document`: the crate's typed parse, `Document::from_slice` (what a caller's
//!   bytes go through: the denominator of every target that names "the typed parse");
//! - `parse_serde_typed`: serde_json reading the bytes into a `ServicePath` directly (the
//!   denominator earlier figures used for bytes to report; shown beside it);
//! - `validate`: `ServicePath::validate_with` of the parsed path;
//! - `jsonschema`: the `jsonschema` crate checking the same document, parsed into a
//!   `serde_json::Value`, against the committed schema (formats checked);
//! - `bytes_to_report_fi`: the bytes to a report's JSON in Finnish through the report
//!   writer (`validate_json`, then `write_json`), as the batch and the HTTP API answer.
//!
//! The table reads each estimate from criterion's `estimates.json` and `sample.json` (under
//! `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else the target directory this
//! binary was built in). A run filtered to some benchmarks prints the ratios it has.

use std::hint::black_box;
use std::path::PathBuf;

use chrono::NaiveDate;
use criterion::Criterion;
use tyokyky::document::Document;
use tyokyky::service::build::sample;
use tyokyky::{
    ClientId, Lang, ServiceModels, ServicePath, ValidationLimits, ValidationOptions, validate_json,
};

#[path = "support/violating.rs"]
mod violating;
use violating::{date, violating_path};
#[path = "support/schema.rs"]
mod schema;
use schema::schema_validator;

/// A document of the comparison: its criterion group and what it is.
struct Measured {
    group: String,
    about: &'static str,
}

fn documents() -> Vec<(&'static str, ServicePath, NaiveDate)> {
    let (violating, as_of) = violating_path();
    let clean = sample::rehabilitative_work_activity(
        ClientId::new("bench-0001").expect("id"),
        date(2024, 1, 8),
        as_of,
    );
    vec![
        ("clean path (158 events)", clean, as_of),
        ("30 findings", violating, as_of),
    ]
}

fn bench_document(
    c: &mut Criterion,
    about: &'static str,
    path: &ServicePath,
    as_of: NaiveDate,
) -> Measured {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let findings = path
        .validate_with(&ValidationOptions::new(&models), as_of)
        .len();
    let text = serde_json::to_vec(path).expect("json");
    let value: serde_json::Value = serde_json::from_slice(&text).expect("value");
    let schema = schema_validator();
    // The same document to every reader: valid against the schema, its faults the rules'.
    assert!(schema.is_valid(&value));
    assert!(Document::from_slice(&text).is_ok());
    let group = format!("targets_{}_bytes_{findings}_findings", text.len());
    let mut g = c.benchmark_group(&group);
    g.bench_function("parse_ignored_any", |b| {
        b.iter(|| serde_json::from_slice::<serde::de::IgnoredAny>(black_box(&text)))
    });
    g.bench_function("parse_document", |b| {
        b.iter(|| Document::from_slice(black_box(&text)))
    });
    g.bench_function("parse_serde_typed", |b| {
        b.iter(|| serde_json::from_slice::<ServicePath>(black_box(&text)))
    });
    g.bench_function("validate", |b| {
        b.iter(|| black_box(path).validate_with(&ValidationOptions::new(&models), as_of))
    });
    g.bench_function("jsonschema", |b| {
        b.iter(|| schema.is_valid(black_box(&value)))
    });
    g.bench_function("bytes_to_report_fi", |b| {
        b.iter(|| {
            let report = validate_json(
                black_box(&text),
                &ValidationOptions::new(&models).with_limits(limits),
                as_of,
            );
            let mut out = Vec::new();
            report.in_language(Lang::Fi).write_json(&mut out);
            out
        })
    });
    g.finish();
    Measured { group, about }
}

/// Where criterion wrote its estimates (its own order of preference, the last step
/// replaced by the directory this binary was built in, `target/release/deps/..`).
fn criterion_home() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return Some(home.into());
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Some(PathBuf::from(target).join("criterion"));
    }
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.parent()?.parent()?.join("criterion"))
}

/// One benchmark of this run, in nanoseconds an iteration: criterion's estimate (the
/// one it prints: the slope of time over iterations, else the mean) and the fastest of
/// its samples (which a busy machine's neighbours can only slow down, so the steadier
/// ratio where they come and go).
struct Timing {
    estimate: f64,
    fastest: f64,
}

fn timing(group: &str, function: &str) -> Option<Timing> {
    let run = criterion_home()?.join(group).join(function).join("new");
    let read = |name: &str| -> Option<serde_json::Value> {
        serde_json::from_slice(&std::fs::read(run.join(name)).ok()?).ok()
    };
    let estimates = read("estimates.json")?;
    let estimate = estimates["slope"]["point_estimate"]
        .as_f64()
        .or_else(|| estimates["mean"]["point_estimate"].as_f64())?;
    let sample = read("sample.json")?;
    let (iterations, times) = (sample["iters"].as_array()?, sample["times"].as_array()?);
    let fastest = iterations
        .iter()
        .zip(times)
        .filter_map(|(n, t)| Some(t.as_f64()? / n.as_f64()?))
        .fold(f64::INFINITY, f64::min);
    Some(Timing { estimate, fastest })
}

/// A target: the ratio `numerator / denominator` of two benchmarks, met when it is on the
/// right side of `bound`.
struct Target {
    what: &'static str,
    numerator: &'static str,
    denominator: &'static str,
    at_least: bool,
    bound: f64,
    only: Option<&'static str>,
}

const TARGETS: [Target; 6] = [
    Target {
        what: "typed parse: throughput against IgnoredAny (ignored ÷ typed)",
        numerator: "parse_ignored_any",
        denominator: "parse_document",
        at_least: true,
        bound: 0.50,
        only: None,
    },
    Target {
        what: "validation ÷ the typed parse, clean path",
        numerator: "validate",
        denominator: "parse_document",
        at_least: false,
        bound: 0.05,
        only: Some("clean"),
    },
    Target {
        what: "validation ÷ the typed parse, 30 findings",
        numerator: "validate",
        denominator: "parse_document",
        at_least: false,
        bound: 0.15,
        only: Some("30"),
    },
    Target {
        what: "jsonschema ÷ validation (times faster)",
        numerator: "jsonschema",
        denominator: "validate",
        at_least: true,
        bound: 10.0,
        only: None,
    },
    Target {
        what: "bytes → report JSON ÷ the typed parse, 30 findings",
        numerator: "bytes_to_report_fi",
        denominator: "parse_document",
        at_least: false,
        bound: 1.5,
        only: Some("30"),
    },
    Target {
        what: "the same against serde_json's typed parse of a ServicePath",
        numerator: "bytes_to_report_fi",
        denominator: "parse_serde_typed",
        at_least: false,
        bound: 1.5,
        only: Some("30"),
    },
];

fn print_targets(measured: &[Measured]) {
    println!("\nTargets, as ratios of this run (criterion's estimates; in brackets, of the");
    println!("fastest samples):\n");
    println!("| document | target | numerator, µs | denominator, µs | ratio | bound | met |");
    println!("|---|---|---|---|---|---|---|");
    let mut rows = 0;
    for document in measured {
        for target in &TARGETS {
            if target
                .only
                .is_some_and(|only| !document.about.starts_with(only))
            {
                continue;
            }
            let (Some(top), Some(bottom)) = (
                timing(&document.group, target.numerator),
                timing(&document.group, target.denominator),
            ) else {
                continue;
            };
            let ratio = top.estimate / bottom.estimate;
            let steady = top.fastest / bottom.fastest;
            let met = if target.at_least {
                ratio >= target.bound
            } else {
                ratio <= target.bound
            };
            println!(
                "| {} | {} | {} {:.2} ({:.2}) | {} {:.2} ({:.2}) | {ratio:.3} ({steady:.3}) | {} {} | {} |",
                document.about,
                target.what,
                target.numerator,
                top.estimate / 1000.0,
                top.fastest / 1000.0,
                target.denominator,
                bottom.estimate / 1000.0,
                bottom.fastest / 1000.0,
                if target.at_least { "≥" } else { "≤" },
                target.bound,
                if met { "yes" } else { "no" },
            );
            rows += 1;
        }
    }
    if rows == 0 {
        println!(
            "\n(no estimates from this run: a `--test` or `--list` run, or a filter, writes none)"
        );
    }
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let measured: Vec<Measured> = documents()
        .iter()
        .map(|(about, path, as_of)| bench_document(&mut criterion, about, path, *as_of))
        .collect();
    criterion.final_summary();
    print_targets(&measured);
}
