//! Rendering findings and writing reports, against validating the path that produced them,
//! in the same run.
//!
//! The path is the sample of rehabilitative work activity (158 events) broken in about 30
//! places: no activation plan, short days, fifth days in a week, weeks without a day, and
//! a group format on an individual place. Run with `cargo bench --bench render`;
//! BENCHMARKS.md gives the ratios.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tyokyky::ValidationOptions;
use tyokyky::document::{Document, validate_json};
use tyokyky::rules::ValidationLimits;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Lang, RuleCode, ServiceModels, ServicePath};

#[path = "support/violating.rs"]
mod violating;
use violating::{date, violating_path};

fn bench_render(c: &mut Criterion) {
    let models = ServiceModels::defaults();
    let (path, as_of) = violating_path();
    let report = path.validate_with(&ValidationOptions::new(&models), as_of);
    let findings = report.len();
    assert!(
        (25..=40).contains(&findings),
        "{findings} findings:\n{}",
        report.to_text(Lang::En)
    );
    let gap = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .next()
        .expect("a gap")
        .clone();

    let mut group = c.benchmark_group(format!("report_{findings}_findings"));
    group.bench_function("validate", |b| {
        b.iter(|| black_box(&path).validate_with(&ValidationOptions::new(&models), as_of))
    });
    group.bench_function("message_one_finding_fi", |b| {
        b.iter(|| black_box(&gap).message(Lang::Fi))
    });
    group.bench_function("messages_every_finding_fi", |b| {
        b.iter(|| {
            black_box(&report)
                .iter()
                .map(|finding| finding.message(Lang::Fi).len())
                .sum::<usize>()
        })
    });
    group.bench_function("report_json_fi", |b| {
        b.iter(|| serde_json::to_string(&black_box(&report).in_language(Lang::Fi)))
    });
    group.bench_function("report_json_three_languages", |b| {
        b.iter(|| serde_json::to_string(black_box(&report)))
    });
    group.bench_function("validate_and_report_json_fi", |b| {
        b.iter(|| {
            let report = black_box(&path).validate_with(&ValidationOptions::new(&models), as_of);
            serde_json::to_string(&report.in_language(Lang::Fi))
        })
    });
    group.finish();
}

/// JSON text to a one-language report JSON, against parsing the same text: on the clean
/// sample path and on the same path with about 30 findings.
fn bench_end_to_end(c: &mut Criterion) {
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let (violating, as_of) = violating_path();
    let clean = sample::rehabilitative_work_activity(
        ClientId::new("bench-0001").expect("id"),
        date(2024, 1, 8),
        as_of,
    );
    for (name, path) in [("clean", clean), ("30_findings", violating)] {
        let text = serde_json::to_vec(&path).expect("json");
        let mut group = c.benchmark_group(format!("end_to_end_{name}_{}_bytes", text.len()));
        group.bench_function("parse_ignored_any", |b| {
            b.iter(|| serde_json::from_slice::<serde::de::IgnoredAny>(black_box(&text)))
        });
        group.bench_function("parse_typed", |b| {
            b.iter(|| serde_json::from_slice::<ServicePath>(black_box(&text)))
        });
        group.bench_function("document_from_slice", |b| {
            b.iter(|| Document::from_slice(black_box(&text)))
        });
        let validated = || {
            validate_json(
                black_box(&text),
                &ValidationOptions::new(&models).with_limits(limits),
                as_of,
            )
        };
        group.bench_function("json_to_report_json_fi", |b| {
            b.iter(|| serde_json::to_vec(&validated().in_language(Lang::Fi)))
        });
        // The same bytes through the crate's report writer, as `Batch` and the HTTP
        // answers write them.
        group.bench_function("json_to_report_written_fi", |b| {
            b.iter(|| {
                let mut out = Vec::new();
                validated().in_language(Lang::Fi).write_json(&mut out);
                out
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_render, bench_end_to_end);
criterion_main!(benches);
