//! Work grows with the input: for each shape a hostile document can take (many events,
//! many job starts, many phase records beside many events, many coordinators beside many
//! enrolments, a large team), validating and planning ten times the input costs at most
//! about fifteen times the time. Two sizes are timed in one run and compared as a ratio,
//! never against a wall-clock budget; each size takes the fastest of a few runs, so a
//! busy machine slows both alike.
//!
//! Time is noisy, so the bound here is loose; the same shapes are held to twelve times
//! (1 MB against 100 KB) by instruction count in `.ci/budget` (`benches/budget.rs`),
//! which does not move with the machine's load.

use std::time::{Duration, Instant};

use tyokyky::ServicePath;
use tyokyky::ValidationOptions;
use tyokyky::rules::ValidationLimits;
use tyokyky::strategies::shapes::Shape;

/// The most ten times the input may cost: linear work with a log factor and noise stays
/// well under it; quadratic work costs about 100 times.
const MAX_RATIO: f64 = 15.0;

/// One run of validation and planning.
fn cost(path: &ServicePath) -> Duration {
    let started = Instant::now();
    // The count limits would refuse the larger shapes before any rule: lifted, so the
    // rules themselves are timed.
    let mut limits = ValidationLimits::default();
    limits.max_enrolments = usize::MAX;
    limits.max_events_per_enrolment = usize::MAX;
    limits.max_phase_records = usize::MAX;
    limits.max_people = usize::MAX;
    let report = path.validate_with(
        &ValidationOptions::default().with_limits(limits),
        Shape::as_of(),
    );
    let due = path.due(Shape::as_of());
    std::hint::black_box((report, due));
    started.elapsed()
}

/// The tests of this file time one at a time: parallel test threads would share the
/// cores unevenly between the two sizes.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn assert_grows_linearly(shape: &str, build: impl Fn(usize) -> ServicePath, n: usize) {
    let (small_path, large_path) = (build(n), build(10 * n));
    assert_ten_times_costs_little(shape, n, &|| cost(&small_path), &|| cost(&large_path));
}

/// `large` (ten times the input of `small`) costs at most [`MAX_RATIO`] times as much.
fn assert_ten_times_costs_little(
    shape: &str,
    n: usize,
    small_cost: &dyn Fn() -> Duration,
    large_cost: &dyn Fn() -> Duration,
) {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Interleaved, fastest of five each: a slow moment of the machine hits both sizes.
    // A busy machine (another build on the other core) can still skew one attempt, so up
    // to three are made: quadratic work fails every one of them by far.
    let mut best = (f64::MAX, Duration::ZERO, Duration::ZERO);
    for _attempt in 0..3 {
        let (mut small, mut large) = (Duration::MAX, Duration::MAX);
        for _ in 0..5 {
            small = small.min(small_cost());
            large = large.min(large_cost());
        }
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-9);
        if ratio < best.0 {
            best = (ratio, small, large);
        }
        if ratio <= MAX_RATIO {
            break;
        }
    }
    let (ratio, small, large) = best;
    eprintln!(
        "{shape}: {n} → {} took {small:?} → {large:?}, {ratio:.1}×",
        10 * n
    );
    assert!(
        ratio <= MAX_RATIO,
        "{shape}: {n} → {} took {small:?} → {large:?}, {ratio:.1}× (at most {MAX_RATIO}×)",
        10 * n
    );
}

/// A field name full of codes (the fuzzer's was digits with a few signs among them): the
/// identity-code scan that redacts it listed the text's characters again after each code
/// it found, so the work grew with the square of the name.
#[test]
fn a_field_name_full_of_codes_grows_linearly() {
    let document = |n: usize| {
        format!(
            r#"{{"document": "client", "schema_version": 1, "id": "c-1", "labour_market_status": "student", "{}": 1}}"#,
            "010594-903,".repeat(n / 11)
        )
        .into_bytes()
    };
    let cost = |bytes: &[u8]| {
        let started = Instant::now();
        let report = tyokyky::validate_json(bytes, &ValidationOptions::default(), Shape::as_of());
        std::hint::black_box(report);
        started.elapsed()
    };
    let (small, large) = (document(10_000), document(100_000));
    assert_ten_times_costs_little(
        "a field name full of codes",
        10_000,
        &|| cost(&small),
        &|| cost(&large),
    );
}

#[test]
fn events_grow_linearly() {
    assert_grows_linearly("events", |n| Shape::Events.build(n), 2_000);
}

#[test]
fn job_starts_grow_linearly() {
    assert_grows_linearly("job starts", |n| Shape::JobStarts.build(n), 1_000);
}

#[test]
fn phase_records_beside_events_grow_linearly() {
    assert_grows_linearly(
        "phases × events",
        |n| Shape::PhasesBesideEvents.build(n),
        300,
    );
}

#[test]
fn coordinators_beside_enrolments_grow_linearly() {
    assert_grows_linearly(
        "coordinators × enrolments",
        |n| Shape::CoordinatorsBesideEnrolments.build(n),
        1_000,
    );
}

#[test]
fn a_team_grows_linearly() {
    assert_grows_linearly("team", |n| Shape::Team.build(n), 2_000);
}
