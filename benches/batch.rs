//! Batch validation of 10 000 and 100 000 generated paths on one thread, against parsing
//! and schema-validating the same documents, in the same run; and the cohort report.
//!
//! Paths mix the six default models with starts spread over 2024 and follow-ups of one
//! to fifteen months. The crate offers no parallel API: callers parallelise over paths
//! (each validation is independent and allocation-light). Run with
//! `cargo bench --bench batch`.

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use tyokyky::ValidationOptions;
use tyokyky::document::validate_json;
use tyokyky::outcome::CohortReport;
use tyokyky::rules::ValidationLimits;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Lang, ServiceModels, ServicePath};
#[path = "support/schema.rs"]
mod schema;
use schema::schema_validator;

const MODELS: [&str; 6] = tyokyky::service::spec::models::IDS;

fn paths(n: usize) -> Vec<(ServicePath, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    (0..n)
        .map(|i| {
            let start = first + Days::new((i * 7 % 365) as u64);
            let as_of = start + Days::new(30 + (i * 13 % 420) as u64);
            let client = ClientId::new(format!("batch-{i}")).expect("id");
            let path =
                sample::path_for(MODELS[i % MODELS.len()], client, start, as_of).expect("model");
            (path, as_of)
        })
        .collect()
}

fn bench_batch(c: &mut Criterion) {
    let models = ServiceModels::defaults();
    let schema = schema_validator();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for n in [10_000usize, 100_000] {
        let batch = paths(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("validate", n), &batch, |b, batch| {
            b.iter(|| {
                batch
                    .iter()
                    .map(|(path, as_of)| {
                        path.validate_with(&ValidationOptions::new(&models), *as_of)
                            .len()
                    })
                    .sum::<usize>()
            })
        });
        if n == 10_000 {
            let texts: Vec<String> = batch
                .iter()
                .map(|(p, _)| serde_json::to_string(p).expect("json"))
                .collect();
            let values: Vec<serde_json::Value> = texts
                .iter()
                .map(|t| serde_json::from_str(t).expect("value"))
                .collect();
            group.bench_with_input(BenchmarkId::new("parse_typed", n), &texts, |b, texts| {
                b.iter(|| {
                    texts
                        .iter()
                        .filter(|t| serde_json::from_str::<ServicePath>(t).is_ok())
                        .count()
                })
            });
            group.bench_with_input(
                BenchmarkId::new("jsonschema_validate", n),
                &values,
                |b, values| b.iter(|| values.iter().filter(|v| schema.is_valid(v)).count()),
            );
        }
    }
    group.finish();

    // JSON text to a one-language report JSON for 100 000 mixed paths: on one thread, and
    // split over both cores with scoped threads (the crate is Send + Sync; it offers no
    // parallel API of its own).
    let batch = paths(100_000);
    let texts: Vec<(Vec<u8>, NaiveDate)> = batch
        .iter()
        .map(|(path, as_of)| (serde_json::to_vec(path).expect("json"), *as_of))
        .collect();
    drop(batch);
    let limits = ValidationLimits::default();
    let to_reports = |texts: &[(Vec<u8>, NaiveDate)]| {
        texts
            .iter()
            .map(|(text, as_of)| {
                let report = validate_json(
                    text,
                    &ValidationOptions::new(&models).with_limits(limits),
                    *as_of,
                );
                serde_json::to_vec(&report.in_language(Lang::Fi)).map_or(0, |json| json.len())
            })
            .sum::<usize>()
    };
    let mut group = c.benchmark_group("json_to_report");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(40));
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("100000_paths_one_thread", |b| b.iter(|| to_reports(&texts)));
    group.bench_function("100000_paths_two_threads", |b| {
        b.iter(|| {
            let (first, second) = texts.split_at(texts.len() / 2);
            std::thread::scope(|scope| {
                let other = scope.spawn(|| to_reports(second));
                to_reports(first) + other.join().unwrap_or(0)
            })
        })
    });
    group.finish();

    let cohort = sample::seed_001_cohort();
    let big: Vec<ServicePath> = (0..100).flat_map(|_| cohort.iter().cloned()).collect();
    let mut group = c.benchmark_group("cohort_report");
    group.throughput(Throughput::Elements(big.len() as u64));
    group.bench_function("10000_paths", |b| {
        b.iter(|| CohortReport::of(black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, bench_batch);
criterion_main!(benches);
