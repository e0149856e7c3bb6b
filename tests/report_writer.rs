//! `ReportIn::write_json` writes byte for byte what serde_json writes for the same report
//! in the same language: for a report of every rule, in every language, and for reports
//! of generated paths, read back from JSON or not.
#![cfg(feature = "proptest")]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use tyokyky::strategies::{path_violating, service_path};
use tyokyky::{Lang, Report, RuleCode};

fn assert_same_bytes(report: &Report) -> Result<(), TestCaseError> {
    for lang in Lang::ALL {
        let mut written = Vec::new();
        report.in_language(lang).write_json(&mut written);
        let serde = serde_json::to_vec(&report.in_language(lang)).expect("json");
        prop_assert_eq!(
            String::from_utf8_lossy(&written),
            String::from_utf8_lossy(&serde)
        );
    }
    Ok(())
}

#[test]
fn a_report_of_every_rule_is_written_as_serde_writes_it() {
    let mut findings = 0;
    for code in RuleCode::ALL {
        let mut runner = TestRunner::new(Config {
            cases: 2,
            failure_persistence: None,
            ..Config::default()
        });
        let seen = std::cell::Cell::new(0);
        runner
            .run(&path_violating(*code), |violation| {
                let report = violation.validate();
                seen.set(seen.get() + report.len());
                assert_same_bytes(&report)
            })
            .unwrap_or_else(|failure| panic!("{code}: {failure}"));
        findings += seen.get();
    }
    assert!(
        findings > RuleCode::ALL.len(),
        "{findings} findings written"
    );
}

#[test]
fn an_empty_report_is_written_as_serde_writes_it() {
    assert_same_bytes(&Report::new()).expect("same bytes");
}

proptest! {
    #![proptest_config(Config { cases: 64, ..Config::default() })]

    #[test]
    fn reports_of_generated_paths_are_written_as_serde_writes_them(
        (path, as_of) in service_path(),
        days_later in 0u64..800,
    ) {
        let later = as_of.checked_add_days(chrono::Days::new(days_later)).unwrap_or(as_of);
        let report = path.validate(later);
        assert_same_bytes(&report)?;
        // Read back from JSON (terms labelled by the registry), and written again.
        let json = serde_json::to_vec(&report).expect("json");
        let back: Report = serde_json::from_slice(&json).expect("read back");
        assert_same_bytes(&back)?;
    }
}
