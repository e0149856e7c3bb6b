//! Memory grows with the document: the peak heap of parsing, validating and writing the
//! report (in one language) stays within a documented multiple of the input's bytes.
//!
//! The bound: peak ≤ 256 KiB + 24 × the document's bytes + 4 KiB × the findings. A
//! parsed path holds each event of a few dozen bytes of JSON as a fixed-size enum value;
//! the event index and the obligations add a few words per event; each finding (its
//! parameters and its JSON in one language) takes at most a few KiB while the report is
//! written. Findings themselves are bounded by the document and the per-rule limit
//! (`tests/amplification.rs`: at most 64 + one per 2 bytes, and 100 per rule by default),
//! so memory grows with the document. The tests of this binary take turns, so no other
//! test's allocations are counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::rules::ValidationLimits;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Document, Lang};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded to the system allocator with the caller's layout.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded to the system allocator with the pointer and layout it gave.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const BASE: usize = 256 * 1024;
const PER_BYTE: usize = 24;
const PER_FINDING: usize = 4 * 1024;

/// Peak heap above what was live before, for parsing `json`, validating it and writing
/// its report in Finnish.
fn peak_of(json: &[u8], as_of: NaiveDate) -> (usize, usize) {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let limits = ValidationLimits::default().with_max_events_per_enrolment(1_000_000);
    let report = match Document::from_slice_with(json, &limits) {
        Ok(document) => document.validate(&ValidationOptions::default().with_limits(limits), as_of),
        Err(error) => error.report().clone(),
    };
    let text = serde_json::to_vec(&report.in_language(Lang::Fi)).expect("report json");
    let peak = PEAK.load(Ordering::Relaxed) - before;
    drop(text);
    (peak, report.len())
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// The tests of this binary count one global heap: they take turns.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Cases of the property: 64 in CI, more for a long run
/// (`TYOKYKY_MEMORY_CASES=100000`, TESTING.md).
#[cfg(feature = "proptest")]
fn memory_cases() -> u32 {
    std::env::var("TYOKYKY_MEMORY_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

/// Generated paths, kept or with a few bytes changed (so that many are invalid: broken
/// JSON, unknown fields and values, bytes that are not UTF-8), stay within the bound.
#[cfg(feature = "proptest")]
#[test]
fn generated_documents_valid_or_not_stay_within_the_bound() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut runner = TestRunner::new(Config {
        cases: memory_cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let edits = proptest::collection::vec((any::<usize>(), any::<u8>()), 0..4);
    runner
        .run(
            &(tyokyky::strategies::service_path(), edits),
            |((path, as_of), edits)| {
                let mut json = serde_json::to_vec(&path).expect("json");
                for (at, byte) in edits {
                    let len = json.len();
                    if let Some(slot) = json.get_mut(at % len.max(1)) {
                        *slot = byte;
                    }
                }
                let (peak, findings) = peak_of(&json, as_of);
                let bound = BASE + PER_BYTE * json.len() + PER_FINDING * findings;
                prop_assert!(
                    peak <= bound,
                    "peak {peak} bytes for {} bytes of input (bound {bound})",
                    json.len()
                );
                Ok(())
            },
        )
        .unwrap_or_else(|failure| panic!("{failure}"));
}

#[test]
fn peak_memory_grows_with_the_document() {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let as_of = date(2025, 3, 1);
    let client = || ClientId::new("memory-1").expect("id");
    let mut documents: Vec<(String, Vec<u8>)> = Vec::new();
    for id in tyokyky::service::spec::models::IDS {
        let path = sample::path_for(id, client(), date(2024, 1, 8), as_of).expect("sample");
        documents.push((id.to_owned(), serde_json::to_vec(&path).expect("json")));
    }
    // Many events: a year of mapping and coaching repeated in one enrolment.
    let mut big = sample::mapping_and_coaching(client(), date(2024, 1, 8), as_of);
    let events = big.enrolments[0].events.clone();
    for _ in 0..200 {
        big.enrolments[0].events.extend(events.iter().cloned());
    }
    documents.push((
        "many events".to_owned(),
        serde_json::to_vec(&big).expect("json"),
    ));
    // Many findings: a phase record copied over two centuries.
    let mut amplifier = sample::mapping_and_coaching(client(), date(2024, 1, 8), as_of);
    let record = amplifier.enrolments[0].phases[0].clone();
    amplifier.enrolments[0].phases = vec![record; 100];
    documents.push((
        "many findings".to_owned(),
        serde_json::to_vec(&amplifier).expect("json"),
    ));
    // Hostile: an unknown field holding many deeply nested arrays, where a reader
    // might build it before refusing it — at the top, inside an event whose "type" comes
    // last (read through a buffer), inside an internally tagged value.
    let nested = format!("{}{}", "[".repeat(50), "]".repeat(50));
    let junk = vec![nested.as_str(); 20_000].join(",");
    documents.push((
        "unknown field at the top".to_owned(),
        format!(r#"{{"document": "client", "schema_version": 1, "id": "memory-1", "labour_market_status": "student", "junk": [{junk}]}}"#).into_bytes(),
    ));
    documents.push((
        "unknown field in an event tagged last".to_owned(),
        format!(r#"{{"document": "service_path", "schema_version": 1, "client": "memory-1", "enrolments": [{{"model": "wellbeing_group", "start": "2024-01-08", "events": [{{"date": "2024-01-09", "junk": [{junk}], "type": "group_session"}}]}}]}}"#).into_bytes(),
    ));
    documents.push((
        "unknown field in a tagged cause".to_owned(),
        format!(r#"{{"document": "client", "schema_version": 1, "id": "memory-1", "labour_market_status": "student", "partial_work_ability": {{"causes": [{{"junk": [{junk}], "type": "disability"}}], "assessment": {{"type": "not_assessed"}}, "permanence": "temporary"}}}}"#).into_bytes(),
    ));
    documents.push((
        "unknown field in an instrument result tagged last".to_owned(),
        format!(r#"{{"document": "service_path", "schema_version": 1, "client": "memory-1", "enrolments": [{{"model": "wellbeing_group", "start": "2024-01-08", "measurements": [{{"date": "2024-01-09", "result": {{"score": 5, "junk": [{junk}], "type": "was"}}}}]}}]}}"#).into_bytes(),
    ));
    // Not JSON at all.
    documents.push((
        "malformed".to_owned(),
        b"{\"document\": \"service_path\", [".to_vec(),
    ));

    for (name, json) in &documents {
        let (peak, findings) = peak_of(json, as_of);
        let bound = BASE + PER_BYTE * json.len() + PER_FINDING * findings;
        eprintln!(
            "{name}: {} bytes in, peak {peak} bytes, {findings} findings",
            json.len()
        );
        assert!(
            peak <= bound,
            "{name}: peak {peak} bytes for {} bytes of input (bound {bound})",
            json.len()
        );
    }
}
