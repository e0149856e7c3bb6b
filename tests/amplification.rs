//! A small document cannot make a huge report: findings grow with the document, not with
//! the calendar, and each rule reports at most its limit.

use chrono::NaiveDate;
use tyokyky::rules::report::ValidationLimits;
use tyokyky::{ClientId, Enrolment, Key, PhaseRecord, RuleCode, ServiceModels, ServicePath};

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
        enrolment.phases.push(PhaseRecord {
            phase: Key::new("mapping").expect("key"),
            start: date(1900, 1, 1),
            end: Some(date(2100, 12, 31)),
        });
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
    let limits = ValidationLimits::with_max_findings_per_rule(50);
    let report = path.validate_with_limits(&ServiceModels::defaults(), &limits, date(2100, 12, 31));
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
fn a_path_over_a_count_limit_is_refused_with_one_finding_per_limit() {
    let mut path = amplifier(1);
    let limits = ValidationLimits::default();
    let event = tyokyky::Event::EmployerContact {
        date: date(2000, 1, 3),
    };
    path.enrolments[0].events = vec![event; limits.max_events_per_enrolment + 1];
    let report = path.validate_with_limits(&ServiceModels::defaults(), &limits, date(2100, 12, 31));
    let codes: Vec<&str> = report.iter().map(|f| f.code().as_str()).collect();
    assert_eq!(codes, ["report.over_limit"]);
    assert_eq!(report.findings()[0].path().as_str(), "/enrolments/0/events");
    // At the limit, the path is checked as usual.
    path.enrolments[0].events.pop();
    let report = path.validate_with_limits(&ServiceModels::defaults(), &limits, date(2100, 12, 31));
    assert_eq!(report.with_code(RuleCode::REPORT_OVER_LIMIT).count(), 0);
    assert!(report.with_code(RuleCode::PATH_CADENCE_GAP).count() > 0);
}
