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
//! Exit status: 0 when the report is clean (no finding of severity error or warning), 1
//! when it has an error or a warning, 2 when a file is unreadable or not a valid document
//! (the message names the line and column).

use std::process::ExitCode;

use chrono::{Days, NaiveDate};
use tyokyky::hetu_scan::redact_identity_codes;
use tyokyky::{Client, Lang, Report, ServiceModelSpec, ServiceModels, ServicePath};

struct Args {
    file: String,
    lang: Lang,
    json: bool,
    as_of: Option<NaiveDate>,
    models: Vec<String>,
}

const USAGE: &str = "usage: validate FILE.json [--lang fi|sv|en] [--json] [--as-of YYYY-MM-DD] [--model SPEC.json]...";

fn parse_args() -> Result<Args, String> {
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
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if parsed.file.is_empty() && !arg.starts_with("--") => parsed.file = arg,
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    if parsed.file.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(parsed)
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

fn read_json(file: &str) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    serde_json::from_str(&text)
        .map_err(|e| format!("{file}:{}:{}: not JSON: {e}", e.line(), e.column()))
}

/// Deserializes `file` as `T`, naming the line and column of the first problem.
fn read<T: serde::de::DeserializeOwned>(file: &str, what: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{file}:{}:{}: not a valid {what}: {e}",
            e.line(),
            e.column()
        )
    })
}

fn run(args: &Args) -> Result<Report, String> {
    let as_of = args.as_of.unwrap_or_else(today);
    let mut models = ServiceModels::defaults();
    for file in &args.models {
        models
            .insert(read::<ServiceModelSpec>(file, "service model spec")?)
            .map_err(|errors| format!("{file}: not a usable service model spec: {errors}"))?;
    }
    let json = read_json(&args.file)?;
    if json.get("enrolments").is_some() {
        let path: ServicePath = read(&args.file, "service path")?;
        Ok(path.validate_with(&models, as_of))
    } else if json.get("labour_market_status").is_some() {
        let client: Client = read(&args.file, "client")?;
        Ok(client.validate(as_of))
    } else {
        Err(format!(
            "{}: neither a service path (no \"enrolments\") nor a client (no \"labour_market_status\")",
            args.file
        ))
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let report = match run(&args) {
        Ok(report) => report,
        Err(message) => {
            // A parser's message repeats what it could not read: an identity code typed in
            // the wrong field must not reach the terminal or a log.
            eprintln!("{}", redact_identity_codes(&message));
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
    if !report.is_clean() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
