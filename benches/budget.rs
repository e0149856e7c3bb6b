//! The instruction budget of a document under 1 MB: each shape a hostile or huge document
//! can take, built as JSON just under 1 MB, read, validated and planned as a service
//! does it (`Document::from_slice_with`, then `ServicePath::validate_and_plan`), with the
//! default options.
//!
//! `bash .ci/budget` counts one round of each with callgrind (one round minus none, so
//! building the document is not counted) and fails when one costs more than the budget,
//! or when a shape at 1 MB costs more than twelve times the same shape at 100 KB: an
//! instruction count does not move with the machine's load, so CI can hold both.
//!
//! ```sh
//! cargo bench --bench budget --features proptest --no-run
//! B=$(ls -t target/release/deps/budget-* | grep -v '\.d$' | head -1)
//! $B --list
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null $B events 1
//! ```
//!
//! Without arguments every document runs once, so `cargo bench` keeps it working.

use std::hint::black_box;

use chrono::NaiveDate;
use tyokyky::strategies::shapes::Shape;
use tyokyky::{ClientId, Document, Enrolment, Key, PhaseRecord, ServicePath, ValidationOptions};

/// What a document may weigh: anything under a megabyte is held to the budget.
const MEGABYTE: usize = 1_000_000;

/// The documents, by name.
const DOCUMENTS: &[&str] = &[
    "events",
    "job_starts",
    "phases_beside_events",
    "coordinators_beside_enrolments",
    "team",
    "calendar_copies",
    "calendar_thousand",
];

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (documents, rounds): (Vec<&str>, usize) = match args.as_slice() {
        [list] if list == "--list" => {
            for name in DOCUMENTS {
                println!("{name} {}", document(name, MEGABYTE).0.len());
            }
            return;
        }
        [name, rounds, ..] => (
            vec![
                DOCUMENTS
                    .iter()
                    .copied()
                    .find(|d| d == name)
                    .expect("a document"),
            ],
            rounds.parse().expect("a count"),
        ),
        _ => (DOCUMENTS.to_vec(), 1),
    };
    // For the growth check, `tenth` builds the shape at a tenth of the size, and `lifted`
    // lifts the count limits, so the rules themselves are counted (the default limits
    // refuse the largest shapes before any rule runs).
    let flag = |name: &str| args.iter().skip(2).any(|a| a == name);
    let limit = if flag("tenth") {
        MEGABYTE / 10
    } else {
        MEGABYTE
    };
    let mut options = ValidationOptions::default();
    if flag("lifted") {
        options.limits.max_enrolments = usize::MAX;
        options.limits.max_events_per_enrolment = usize::MAX;
        options.limits.max_phase_records = usize::MAX;
        options.limits.max_people = usize::MAX;
    }
    for name in documents {
        let (bytes, as_of) = document(name, limit);
        assert!(bytes.len() < MEGABYTE, "{name}: {} bytes", bytes.len());
        for _ in 0..rounds {
            match Document::from_slice_with(black_box(&bytes), &options.limits) {
                Ok(Document::ServicePath(path)) => {
                    black_box(path.validate_and_plan(&options, as_of));
                }
                other => {
                    black_box(other.ok());
                }
            }
        }
    }
}

/// The document `name` (a shape at the largest size under `limit` bytes) and the day it
/// is validated on.
fn document(name: &str, limit: usize) -> (Vec<u8>, NaiveDate) {
    match name {
        // The hostile calendars of the amplification tests: 100 enrolments × 100 phase
        // records from 1900 to 2100 (about 620 KB), and one enrolment of 1 000 of them.
        "calendar_copies" => (json(&calendar(100, 100)), date(2100, 12, 31)),
        "calendar_thousand" => (json(&calendar(1, 1000)), date(2100, 12, 31)),
        _ => (largest_under(shape(name), limit), Shape::as_of()),
    }
}

fn shape(name: &str) -> Shape {
    match name {
        "events" => Shape::Events,
        "job_starts" => Shape::JobStarts,
        "phases_beside_events" => Shape::PhasesBesideEvents,
        "coordinators_beside_enrolments" => Shape::CoordinatorsBesideEnrolments,
        _ => Shape::Team,
    }
}

/// The shape at the largest size whose JSON stays under `limit` bytes.
fn largest_under(shape: Shape, limit: usize) -> Vec<u8> {
    let fits = |n: usize| json(&shape.build(n)).len() < limit;
    let (mut low, mut high) = (1, 2);
    while fits(high) {
        (low, high) = (high, high * 2);
    }
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    json(&shape.build(low))
}

/// `enrolments` enrolments, each with `records` copies of one phase record running from
/// 1900 to 2100: a calendar of millions of weeks in a few hundred kilobytes.
fn calendar(enrolments: usize, records: usize) -> ServicePath {
    let mut path = ServicePath::new(ClientId::new("budget-1").expect("id"));
    let mut enrolment = Enrolment::new(
        Key::new("mapping_and_coaching").expect("key"),
        date(1900, 1, 1),
    );
    for _ in 0..records {
        enrolment.phases.push(
            PhaseRecord::new(Key::new("mapping").expect("key"), date(1900, 1, 1))
                .until(date(2100, 12, 31)),
        );
    }
    path.enrolments = vec![enrolment; enrolments];
    path
}

fn json(path: &ServicePath) -> Vec<u8> {
    serde_json::to_vec(path).expect("json")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}
