//! Rendering findings and writing reports, against validating the path that produced them,
//! in the same run.
//!
//! The path is the sample of rehabilitative work activity (158 events) broken in about 30
//! places: no activation plan, short days, fifth days in a week, weeks without a day, and
//! a group format on an individual place. Run with `cargo bench --bench render`;
//! BENCHMARKS.md gives the ratios.

use std::hint::black_box;

use chrono::{Datelike, NaiveDate, Weekday};
use criterion::{Criterion, criterion_group, criterion_main};
use tyokyky::document::{Document, validate_json};
use tyokyky::rules::report::ValidationLimits;
use tyokyky::service::sample;
use tyokyky::{ClientId, Event, Lang, RuleCode, ServiceModels, ServicePath};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// The sample path with about 30 findings.
fn violating_path() -> (ServicePath, NaiveDate) {
    let as_of = date(2025, 1, 8);
    let client = ClientId::new("bench-0030").expect("id");
    let mut path = sample::rehabilitative_work_activity(client, date(2024, 1, 8), as_of);
    let events = &mut path.enrolments[0].events;
    events.retain(|event| !matches!(event, Event::Plan { .. }));
    // Fifteen short days.
    for event in events.iter_mut().step_by(10).take(15) {
        if let Event::WorkActivityDay { minutes, .. } = event {
            *minutes = 180;
        }
    }
    // A fifth day in eight weeks.
    let fridays: Vec<NaiveDate> = date(2024, 3, 1)
        .iter_days()
        .filter(|day| day.weekday() == Weekday::Fri)
        .step_by(5)
        .take(8)
        .collect();
    for friday in fridays {
        for day in [friday, friday.pred_opt().expect("day")] {
            events.push(Event::WorkActivityDay {
                note: None,
                date: day,
                minutes: 300,
            });
        }
    }
    // Ten weeks without a day, apart from each other.
    let mondays: Vec<NaiveDate> = date(2024, 6, 3)
        .iter_days()
        .filter(|day| day.weekday() == Weekday::Mon)
        .step_by(2)
        .take(10)
        .collect();
    events.retain(|event| {
        !mondays
            .iter()
            .any(|monday| *monday <= event.date() && event.date() < *monday + chrono::Days::new(7))
    });
    (path, as_of)
}

fn bench_render(c: &mut Criterion) {
    let models = ServiceModels::defaults();
    let (path, as_of) = violating_path();
    let report = path.validate_with(&models, as_of);
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
        b.iter(|| black_box(&path).validate_with(&models, as_of))
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
            let report = black_box(&path).validate_with(&models, as_of);
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
        group.bench_function("json_to_report_json_fi", |b| {
            b.iter(|| {
                let report = validate_json(black_box(&text), &models, &limits, as_of);
                serde_json::to_vec(&report.in_language(Lang::Fi))
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_render, bench_end_to_end);
criterion_main!(benches);
