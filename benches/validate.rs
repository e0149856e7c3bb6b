//! Validating one 12-month service path, against parsing the same JSON with serde_json
//! and validating it with the `jsonschema` crate against the crate's committed schema,
//! all in the same run.
//!
//! The path is the sample of rehabilitative work activity (law 189/2001): a 12-month
//! period with three days a week, 158 events. Run with `cargo bench --bench validate`;
//! BENCHMARKS.md gives the ratios. The same comparison runs on a path with about thirty
//! findings.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, ServiceModels, ServicePath};

#[path = "support/schema.rs"]
mod schema;
#[path = "support/violating.rs"]
mod violating;
use schema::schema_validator;

fn twelve_month_path() -> (ServicePath, NaiveDate) {
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let as_of = NaiveDate::from_ymd_opt(2025, 1, 8).expect("date");
    let client = ClientId::new("bench-0001").expect("id");
    (
        sample::rehabilitative_work_activity(client, start, as_of),
        as_of,
    )
}

fn bench_path(c: &mut Criterion) {
    let (path, as_of) = twelve_month_path();
    let models = ServiceModels::defaults();
    assert!(
        path.validate_with(&ValidationOptions::new(&models), as_of)
            .is_clean()
    );
    let events = path.enrolments[0].events.len();
    bench_one(c, &format!("path_12_months_{events}_events"), &path, as_of);
    // The same comparison where validation has something to say: the path with about
    // thirty findings (valid against the schema: its faults are the rules').
    let (violating, as_of) = violating::violating_path();
    let findings = violating
        .validate_with(&ValidationOptions::new(&models), as_of)
        .len();
    assert!(findings >= 25, "{findings} findings");
    bench_one(c, &format!("path_{findings}_findings"), &violating, as_of);
}

fn bench_one(c: &mut Criterion, name: &str, path: &ServicePath, as_of: NaiveDate) {
    let json = serde_json::to_string(path).expect("serialize");
    let value: serde_json::Value = serde_json::from_str(&json).expect("value");
    let models = ServiceModels::defaults();
    let schema = schema_validator();
    assert!(schema.is_valid(&value));

    let mut group = c.benchmark_group(name);
    group.bench_function("parse_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)))
    });
    group.bench_function("parse_typed", |b| {
        b.iter(|| serde_json::from_str::<ServicePath>(black_box(&json)))
    });
    group.bench_function("jsonschema_validate", |b| {
        b.iter(|| schema.is_valid(black_box(&value)))
    });
    group.bench_function("validate", |b| {
        b.iter(|| black_box(path).validate_with(&ValidationOptions::new(&models), as_of))
    });
    group.bench_function("due", |b| b.iter(|| black_box(path).due(as_of)));
    group.finish();
}

criterion_group!(benches, bench_path);
criterion_main!(benches);
