//! Validate a JSON document: a service path or a client.
//!
//! ```sh
//! cargo run --example validate -- FILE.json [--lang fi|sv|en] [--json] [--as-of YYYY-MM-DD] [--model SPEC.json]...
//! ```
//!
//! Prints a human report in the chosen language (default Finnish), or with `--json` the
//! JSON report (`{"schema_version": 1, "findings": [...]}`, each finding with `code`,
//! `severity`, `path`, `params` and `message` in fi/sv/en). `--as-of` defaults to today:
//! the example reads the clock, the library never does. `--model` loads a service model
//! spec (e.g. a municipality's variant) that replaces the default with the same id.
//!
//! The example is a thin wrapper over [`tyokyky::document::validate_json`]: the document
//! names its kind (`"document": "client"`, `"service_path"`, `"service_model"` or `"client_record"`), is parsed once, and a
//! document that cannot be read gets `document.*` findings with a JSON Pointer, the line
//! and the column, like any other finding.
//!
//! Exit status: 0 when the report is clean (no finding of severity error or warning), 1
//! when it has an error or a warning, 2 when the document cannot be read (its findings are
//! printed) or the command line is wrong. `--help` prints the usage and exits 0.

use std::process::ExitCode;

use chrono::{Days, NaiveDate};
use tyokyky::ValidationOptions;
use tyokyky::document::{Document, unreadable, validate_json};
use tyokyky::rules::ValidationLimits;
use tyokyky::{Lang, Report, ServiceModels};

struct Args {
    file: String,
    lang: Lang,
    json: bool,
    as_of: Option<NaiveDate>,
    models: Vec<String>,
}

const HELP: &str =
    "Validates a client or a service path (the kind is the document's \"document\" field) and
prints its findings. Exit status: 0 clean, 1 a finding of severity error or warning,
2 an unreadable document (its findings are printed too) or a bad command line.";

const USAGE: &str = "usage: validate FILE.json [--lang fi|sv|en] [--json] [--as-of YYYY-MM-DD] [--model SPEC.json]...";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = std::env::args().skip(1);
    let mut parsed = Args {
        file: String::new(),
        lang: Lang::Fi,
        json: false,
        as_of: None,
        models: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => parsed.json = true,
            "--lang" => {
                let code = args.next().ok_or("--lang needs fi, sv or en")?;
                parsed.lang = Lang::from_code(&code).ok_or(format!("unknown language {code:?}"))?;
            }
            "--as-of" => {
                let text = args.next().ok_or("--as-of needs a date")?;
                let date = text
                    .parse()
                    .map_err(|_| format!("--as-of: {text:?} is not YYYY-MM-DD"))?;
                parsed.as_of = Some(date);
            }
            "--model" => parsed
                .models
                .push(args.next().ok_or("--model needs a file")?),
            "-h" | "--help" => return Ok(None),
            _ if parsed.file.is_empty() && !arg.starts_with("--") => parsed.file = arg,
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    if parsed.file.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(Some(parsed))
}

/// Today in UTC, from the system clock (the example's choice, not the library's).
fn today() -> NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() / 86_400)
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(Days::new(days)))
        .unwrap_or(NaiveDate::MIN)
}

fn read_file(file: &str) -> Result<Vec<u8>, String> {
    std::fs::read(file).map_err(|e| format!("{file}: cannot read: {e}"))
}

fn run(args: &Args) -> Result<Report, String> {
    let as_of = args.as_of.unwrap_or_else(today);
    let limits = ValidationLimits::default();
    let mut models = ServiceModels::defaults();
    for file in &args.models {
        // A spec that cannot be read is the caller's mistake in the command, not a finding
        // of the document: it stops the run.
        match Document::from_slice_with(&read_file(file)?, &limits) {
            Ok(Document::ServiceModel(spec)) => models
                .insert(spec)
                .map_err(|errors| format!("{file}: not a usable service model spec: {errors}"))?,
            Ok(other) => {
                return Err(format!(
                    "{file}: a {} document, not a service_model",
                    other.kind()
                ));
            }
            Err(error) => return Err(format!("{file}: {error}")),
        }
    }
    // One parse, one call: a document that cannot be read comes back as findings too.
    Ok(validate_json(
        &read_file(&args.file)?,
        &ValidationOptions::new(&models).with_limits(limits),
        as_of,
    ))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let report = match run(&args) {
        Ok(report) => report,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("cannot write the report: {e}");
                return ExitCode::from(2);
            }
        }
    } else if report.is_empty() {
        println!(
            "{}: {}",
            args.file,
            match args.lang {
                Lang::Fi => "ei havaintoja",
                Lang::Sv => "inga anmärkningar",
                Lang::En => "no findings",
            }
        );
    } else {
        print!("{}", report.to_text(args.lang));
    }
    if unreadable(&report) {
        ExitCode::from(2)
    } else if !report.is_clean() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
