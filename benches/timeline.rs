//! Drawing the picture of the 12-month path against validating it, in the same run: the
//! picture should cost less than the validation it shows. `draw` makes a `String`,
//! `write` the bytes the HTTP API sends. Run with
//! `cargo bench --features svg --bench timeline`; BENCHMARKS.md gives the ratio.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::timeline::{timeline, write_timeline};
use tyokyky::{ClientId, Lang, ServiceModels};

fn bench_timeline(c: &mut Criterion) {
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let as_of = NaiveDate::from_ymd_opt(2025, 1, 8).expect("date");
    let models = ServiceModels::defaults();
    // The densest default path (three work-activity days a week), and the README's model.
    let paths = [
        (
            "timeline_12_months",
            sample::rehabilitative_work_activity(
                ClientId::new("bench-0001").expect("id"),
                start,
                as_of,
            ),
        ),
        (
            "timeline_mapping_and_coaching",
            sample::mapping_and_coaching(ClientId::new("bench-0003").expect("id"), start, as_of),
        ),
    ];
    for (name, path) in paths {
        let report = path.validate_with(&ValidationOptions::new(&models), as_of);
        let due = path.due_with(&ValidationOptions::new(&models), as_of);
        let mut group = c.benchmark_group(name);
        group.bench_function("validate", |b| {
            b.iter(|| black_box(&path).validate_with(&ValidationOptions::new(&models), as_of))
        });
        group.bench_function("draw", |b| {
            b.iter(|| timeline(black_box(&path), &report, &due, &models, as_of, Lang::Fi))
        });
        // The bytes as the HTTP API sends them: no UTF-8 check and copy into a `String`.
        group.bench_function("write", |b| {
            b.iter(|| {
                let mut out = Vec::new();
                write_timeline(
                    black_box(&path),
                    &report,
                    &due,
                    &models,
                    as_of,
                    Lang::Fi,
                    &mut out,
                );
                out
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_timeline);
criterion_main!(benches);
