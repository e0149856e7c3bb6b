//! A small document cannot make a huge report: findings grow with the document, not with
//! the calendar, and each rule reports at most its limit.

use chrono::NaiveDate;
use proptest::prelude::Strategy;
use tyokyky::ValidationOptions;
use tyokyky::rules::ValidationLimits;
use tyokyky::{ClientId, Enrolment, Key, PhaseRecord, RuleCode, ServicePath};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// 100 copies of one phase record running from 1900 to 2100.
fn amplifier(copies: usize) -> ServicePath {
    let mut path = ServicePath::new(ClientId::new("amp-1").expect("id"));
    let mut enrolment = Enrolment::new(
        Key::new("mapping_and_coaching").expect("key"),
        date(1900, 1, 1),
    );
    for _ in 0..copies {
        enrolment.phases.push(
            PhaseRecord::new(Key::new("mapping").expect("key"), date(1900, 1, 1))
                .until(date(2100, 12, 31)),
        );
    }
    path.enrolments.push(enrolment);
    path
}

#[test]
fn a_calendar_of_empty_weeks_is_one_finding_per_run() {
    let path = amplifier(1);
    let report = path.validate(date(2100, 12, 31));
    // Two cadences of ~10 500 empty weeks each: one run each, not one finding a week.
    assert_eq!(report.with_code(RuleCode::PATH_CADENCE_GAP).count(), 2);
    assert!(report.len() < 20, "{}", report.len());
}

#[test]
fn findings_are_bounded_by_the_document_and_the_limit() {
    let json = serde_json::to_string(&amplifier(100)).expect("json");
    let path: ServicePath = serde_json::from_str(&json).expect("path");
    // The calendar limit lifted, to reach the findings limit (2.1 M periods).
    let limits =
        ValidationLimits::with_max_findings_per_rule(50).with_max_obligation_periods(usize::MAX);
    let report = path.validate_with(
        &ValidationOptions::default().with_limits(limits),
        date(2100, 12, 31),
    );
    // At most the limit per rule, plus one truncation note per rule cut.
    let rules = tyokyky::RuleCode::ALL.len();
    assert!(report.len() <= rules * 51, "{}", report.len());
    // Far fewer findings than bytes: the report grows with the document.
    assert!(
        report.len() < json.len() / 10,
        "{} findings for {} bytes",
        report.len(),
        json.len()
    );
    assert!(report.with_code(RuleCode::REPORT_TRUNCATED).count() > 0);
}

#[test]
fn a_calendar_of_copies_is_refused_before_any_period_is_walked() {
    // 100 enrolments × 100 phase records from 1900 to 2100 (about 620 KB of JSON): 21
    // million weekly periods, where a real path has a few thousand.
    let one = amplifier(100);
    let mut path = one.clone();
    path.enrolments = vec![one.enrolments[0].clone(); 100];
    let as_of = date(2100, 12, 31);
    assert!(serde_json::to_vec(&path).expect("json").len() < 1_000_000);
    let report = path.validate(as_of);
    let over: Vec<_> = report.iter().collect();
    assert_eq!(over.len(), 1, "{}", report.to_text(tyokyky::Lang::En));
    assert_eq!(over[0].code(), RuleCode::REPORT_OVER_LIMIT);
    assert_eq!(over[0].path().as_str(), "/enrolments");
    assert!(
        report
            .to_text(tyokyky::Lang::En)
            .contains("obligation periods")
    );
    // The planner does not walk it either.
    assert!(path.due(as_of).items.is_empty());
    // One enrolment of 1 000 such records: the same.
    let thousand = amplifier(1000);
    assert_eq!(
        thousand
            .validate(as_of)
            .with_code(RuleCode::REPORT_OVER_LIMIT)
            .count(),
        1
    );
    // A real path is far under the limit: ten years of mapping and coaching.
    let mut decade = tyokyky::service::build::sample::mapping_and_coaching(
        ClientId::new("amp-2").expect("id"),
        date(2015, 1, 5),
        date(2025, 1, 5),
    );
    decade.enrolments[0].end = None;
    assert_eq!(
        decade
            .validate(date(2025, 1, 5))
            .with_code(RuleCode::REPORT_OVER_LIMIT)
            .count(),
        0
    );
}

#[test]
fn a_path_over_a_count_limit_is_refused_with_one_finding_per_limit() {
    let mut path = amplifier(1);
    let limits = ValidationLimits::default();
    let event = tyokyky::Event::EmployerContact {
        note: None,
        date: date(2000, 1, 3),
    };
    path.enrolments[0].events = vec![event; limits.max_events_per_enrolment + 1];
    let report = path.validate_with(
        &ValidationOptions::default().with_limits(limits),
        date(2100, 12, 31),
    );
    let codes: Vec<&str> = report.iter().map(|f| f.code().as_str()).collect();
    assert_eq!(codes, ["report.over_limit"]);
    assert_eq!(report.findings()[0].path().as_str(), "/enrolments/0/events");
    // At the limit, the path is checked as usual.
    path.enrolments[0].events.pop();
    let report = path.validate_with(
        &ValidationOptions::default().with_limits(limits),
        date(2100, 12, 31),
    );
    assert_eq!(report.with_code(RuleCode::REPORT_OVER_LIMIT).count(), 0);
    assert!(report.with_code(RuleCode::PATH_CADENCE_GAP).count() > 0);
}

/// The documented bound: at most 64 findings plus one per 2 bytes of the document (a
/// phase record of about 80 bytes can break a few dozen rules at once: a phase that covers
/// none of its eleven themes, its measurements, its rhythm), each finding at most 2 KiB of
/// report JSON (messages in one language). So a report is at most about 128 KiB +
/// 1 024 × the document's bytes, and the per-rule limit caps it long before that.
const FINDINGS_ANY_DOCUMENT: usize = 64;
const BYTES_PER_FINDING: usize = 2;
const MAX_FINDING_JSON: usize = 2048;

fn assert_bounded(
    json: &[u8],
    report: &tyokyky::Report,
) -> Result<(), proptest::test_runner::TestCaseError> {
    let report_json = serde_json::to_vec(&report.in_language(tyokyky::Lang::Fi)).expect("json");
    proptest::prop_assert!(
        report.len() <= FINDINGS_ANY_DOCUMENT + json.len() / BYTES_PER_FINDING,
        "{} findings for {} bytes",
        report.len(),
        json.len()
    );
    proptest::prop_assert!(
        report_json.len() <= 64 + MAX_FINDING_JSON * report.len(),
        "{} report bytes for {} findings",
        report_json.len(),
        report.len()
    );
    Ok(())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

    /// Any document breaking any rule, and any number of copies of a phase record over
    /// any span, gets a report bounded by its own size.
    #[test]
    fn findings_and_report_grow_with_the_document(
        violation in proptest::sample::select(RuleCode::ALL.to_vec())
            .prop_flat_map(tyokyky::strategies::path_violating),
        copies in 1usize..40,
        first_year in 1900i32..2100,
        years in 0i32..200,
    ) {
        let report = violation.validate();
        let json = match &violation.document {
            tyokyky::strategies::ViolatingDocument::Json(text) => text.clone().into_bytes(),
            tyokyky::strategies::ViolatingDocument::Client(client) => serde_json::to_vec(client).expect("json"),
            tyokyky::strategies::ViolatingDocument::Path(path)
            | tyokyky::strategies::ViolatingDocument::PathWithClient(path, _) => serde_json::to_vec(path).expect("json"),
            _ => Vec::new(),
        };
        if !json.is_empty() {
            assert_bounded(&json, &report)?;
        }

        let mut path = amplifier(copies);
        let last = (first_year + years).min(2100);
        for record in &mut path.enrolments[0].phases {
            record.start = date(first_year, 1, 1);
            record.end = Some(date(last, 12, 31));
        }
        path.enrolments[0].start = date(first_year, 1, 1);
        let json = serde_json::to_vec(&path).expect("json");
        let report = path.validate(date(2100, 12, 31));
        assert_bounded(&json, &report)?;
    }
}

#[test]
fn a_truncated_rule_says_how_many_were_left_out() {
    let mut path = amplifier(1);
    path.enrolments[0].phases.clear();
    path.enrolments[0].model = Key::new("social_rehabilitation").expect("key");
    for day in 1..=7 {
        path.enrolments[0].events.push(tyokyky::Event::JobEnd {
            note: None,
            reason: None,
            date: date(2000, 1, day),
        });
    }
    let limits = ValidationLimits::with_max_findings_per_rule(5);
    let report = path.validate_with(
        &ValidationOptions::default().with_limits(limits),
        date(2001, 1, 1),
    );
    assert_eq!(
        report
            .with_code(RuleCode::PATH_JOB_END_WITHOUT_START)
            .count(),
        5
    );
    let rule = tyokyky::ParamValue::key(RuleCode::PATH_JOB_END_WITHOUT_START.as_str());
    let truncated: Vec<_> = report
        .with_code(RuleCode::REPORT_TRUNCATED)
        .filter(|f| f.get("rule") == Some(&rule))
        .collect();
    assert_eq!(truncated.len(), 1, "{}", report.to_text(tyokyky::Lang::En));
    assert_eq!(
        truncated[0].get("left_out"),
        Some(&tyokyky::ParamValue::from(2usize))
    );
    assert_eq!(
        truncated[0].get("max"),
        Some(&tyokyky::ParamValue::from(5usize))
    );
}
