//! Unit tests of findings and reports.

use super::*;
use chrono::NaiveDate;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

#[test]
fn renders_placeholders_per_language() {
    let params: Params = [
        ("date", ParamValue::from(date(2024, 2, 1))),
        ("n", ParamValue::from(3u32)),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        render("on {date}: {n} {x}", &params, Lang::Fi),
        "On 1.2.2024: 3 {x}"
    );
    assert_eq!(render("On {date}", &params, Lang::En), "On 2024-02-01");
    assert_eq!(render("Open { brace", &params, Lang::En), "Open { brace");
    assert_eq!(render("{n} left", &params, Lang::En), "3 left");
    let label: Params = [("t", ParamValue::term(Severity::Info))]
        .into_iter()
        .collect();
    assert_eq!(render("{t} only", &label, Lang::Fi), "Huomio only");
}

fn finding(severity: Severity) -> Finding {
    Finding::new(RuleCode::PATH_JOB_END_WITHOUT_START, JsonPointer::root())
        .param("date", date(2024, 3, 1))
        .with_severity(severity)
}

#[test]
fn a_report_counts_and_judges_its_findings() {
    let mut report = Report::new();
    assert!(report.is_empty() && report.is_clean() && !report.has_errors());
    report.push(finding(Severity::Info));
    assert_eq!(report.len(), 1);
    assert!(!report.is_empty());
    assert!(report.is_clean(), "advice leaves a report clean");
    report.push(finding(Severity::Warning));
    assert_eq!(report.len(), 2);
    assert!(!report.is_clean(), "a warning does not");
    assert!(!report.has_errors());
    report.push(finding(Severity::Error));
    assert!(report.has_errors());
    assert_eq!(
        (
            report.count(Severity::Info),
            report.count(Severity::Warning),
            report.count(Severity::Error)
        ),
        (1, 1, 1)
    );
}

#[test]
fn a_report_moves_under_a_base_iterates_extends_and_reads_as_text() {
    let report: Report = [finding(Severity::Warning)].into_iter().collect();
    let base = JsonPointer::root().field("paths").index(2);
    let moved = report.clone().under(&base);
    assert_eq!(moved.len(), 1);
    assert_eq!(moved.findings()[0].path().as_str(), "/paths/2");
    let codes: Vec<RuleCode> = (&moved).into_iter().map(Finding::code).collect();
    assert_eq!(codes, [RuleCode::PATH_JOB_END_WITHOUT_START]);
    let mut grown = moved.clone();
    Extend::extend(
        &mut grown,
        [finding(Severity::Info), finding(Severity::Error)],
    );
    assert_eq!(grown.len(), 3);
    assert_eq!(
        moved.to_text(Lang::En),
        "warning\t/paths/2\tpath.job_end_without_start\tA job ends on 2024-03-01 without an earlier job start.\n"
    );
    assert!(Report::new().to_text(Lang::Fi).is_empty());
}

#[test]
fn a_finding_shows_its_parameters_and_reads_as_one_line() {
    let found = finding(Severity::Error);
    assert_eq!(found.params().len(), 1);
    assert_eq!(found.get("date"), Some(&ParamValue::from(date(2024, 3, 1))));
    assert_eq!(found.get("missing"), None);
    assert_eq!(
        found.to_string(),
        "error path.job_end_without_start at /: A job ends on 2024-03-01 without an earlier job start."
    );
}
