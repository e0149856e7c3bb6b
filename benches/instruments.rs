//! Scoring each instrument once. Run with `cargo bench --bench instruments`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tyokyky::InstrumentKind;
use tyokyky::service::build::sample;

fn bench_instruments(c: &mut Criterion) {
    let mut group = c.benchmark_group("score");
    for (name, kind) in [
        ("was", InstrumentKind::Was),
        ("wai", InstrumentKind::Wai),
        ("ukk_walk_test", InstrumentKind::UkkWalkTest),
        ("gas_3_goals", InstrumentKind::Gas),
        ("kykyviisari", InstrumentKind::Kykyviisari),
        ("ips_fidelity", InstrumentKind::IpsFidelity),
    ] {
        let result = sample::result(kind, true);
        group.bench_function(name, |b| b.iter(|| black_box(&result).score()));
    }
    group.finish();
}

criterion_group!(benches, bench_instruments);
criterion_main!(benches);
