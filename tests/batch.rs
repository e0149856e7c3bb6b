//! The batch: the reports come out in the input's order whatever the threads, the summary
//! adds up to the single validations, and an I/O error ends the run without hanging.

use std::io::Write;
use std::num::NonZeroUsize;

use chrono::{Days, NaiveDate};
use tyokyky::ValidationOptions;
use tyokyky::batch::Batch;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Lang, ServiceModels, Severity, ValidationLimits, validate_json};

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 1).expect("date")
}

/// `n` lines: paths of every model, some broken, an empty line and a malformed one.
fn lines(n: usize) -> Vec<String> {
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let mut lines: Vec<String> = (0..n)
        .map(|i| {
            let start = first + Days::new((i * 11 % 300) as u64);
            let id = ClientId::new(format!("b-{i}")).expect("id");
            let model = tyokyky::service::spec::models::IDS[i % 6];
            let mut path =
                sample::path_for(model, id, start, start + Days::new(200)).expect("model");
            if i % 3 == 0 {
                path.enrolments[0].events.truncate(2);
            }
            serde_json::to_string(&path).expect("json")
        })
        .collect();
    lines.insert(5, String::new());
    lines.insert(9, "{\"document\": ".to_owned());
    lines
}

fn run(input: &str, threads: usize, chunk: usize) -> (String, tyokyky::batch::BatchSummary) {
    let mut batch =
        Batch::new(as_of(), Lang::Sv).on_threads(NonZeroUsize::new(threads).expect("threads"));
    batch.chunk_lines = NonZeroUsize::new(chunk).expect("chunk");
    let mut output = Vec::new();
    let mut seen = Vec::new();
    let summary = batch
        .run(
            input.as_bytes(),
            &mut output,
            &ValidationOptions::default(),
            |done| seen.push(done),
        )
        .expect("run");
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "progress goes forward"
    );
    assert_eq!(seen.last().copied(), Some(summary.documents));
    (String::from_utf8(output).expect("utf-8"), summary)
}

#[test]
fn reports_come_in_the_inputs_order_and_add_up() {
    let lines = lines(120);
    let input = lines.join("\n");
    let (one, summary) = run(&input, 1, 7);
    let (two, again) = run(&input, 2, 3);
    let (four, _) = run(&input, 4, 1);
    assert_eq!(one, two);
    assert_eq!(one, four);
    assert_eq!(summary, again);
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let mut expected_errors = 0;
    let mut out = one.lines();
    for (number, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let report = validate_json(
            line.as_bytes(),
            &ValidationOptions::new(&models).with_limits(limits),
            as_of(),
        );
        expected_errors += report
            .iter()
            .filter(|f| f.severity() == Severity::Error)
            .count() as u64;
        let written = out.next().expect("a line per document");
        let expected = format!(
            "{{\"line\":{},\"report\":{}}}",
            number + 1,
            serde_json::to_string(&report.in_language(Lang::Sv)).expect("json")
        );
        assert_eq!(written, expected);
    }
    assert!(out.next().is_none());
    assert_eq!(summary.documents, 121);
    assert_eq!(summary.unreadable, 1);
    assert_eq!(summary.by_severity(Severity::Error), expected_errors);
    assert!(summary.clean > 0 && summary.clean < summary.documents);
    assert_eq!(
        summary.by_rule.values().sum::<u64>(),
        [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .map(|s| summary.by_severity(s))
            .sum::<u64>()
    );
}

/// A writer that fails after some bytes.
struct Failing(usize);

impl Write for Failing {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.0 < bytes.len() {
            return Err(std::io::Error::other("disk full"));
        }
        self.0 -= bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn an_output_error_ends_the_run_without_hanging() {
    let input = lines(400).join("\n");
    let batch = Batch::new(as_of(), Lang::Fi).on_threads(NonZeroUsize::new(2).expect("two"));
    let result = batch.run(
        input.as_bytes(),
        Failing(10_000),
        &ValidationOptions::default(),
        |_| {},
    );
    assert!(result.is_err());
}
