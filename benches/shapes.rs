//! The worst-case shapes of a document (many events, job starts, phase records beside
//! events, coordinators beside enrolments, a large team) at 10 000 and 100 000, validated
//! with the count limits lifted, in one run. Run with `cargo bench --bench shapes
//! --features proptest`; BENCHMARKS.md gives the figures.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use tyokyky::ServiceModels;
use tyokyky::ValidationOptions;
use tyokyky::rules::ValidationLimits;
use tyokyky::strategies::shapes::Shape;

fn bench_shapes(c: &mut Criterion) {
    let models = ServiceModels::defaults();
    let mut limits = ValidationLimits::default();
    limits.max_enrolments = usize::MAX;
    limits.max_events_per_enrolment = usize::MAX;
    limits.max_phase_records = usize::MAX;
    limits.max_people = usize::MAX;
    let mut group = c.benchmark_group("shapes");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for shape in Shape::ALL {
        for n in [10_000usize, 100_000] {
            let path = shape.build(n);
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(
                BenchmarkId::new(format!("{shape:?}"), n),
                &path,
                |b, path| {
                    b.iter(|| {
                        let report = black_box(path).validate_with(
                            &ValidationOptions::new(&models).with_limits(limits),
                            Shape::as_of(),
                        );
                        let due = path.due(Shape::as_of());
                        (report.len(), due.items.len())
                    })
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, bench_shapes);
criterion_main!(benches);
