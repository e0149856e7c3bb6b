//! Draws the timeline of a service path as SVG (feature `svg`):
//!
//! ```text
//! cargo run --example timeline --features svg -- examples/data/paths/violations_mapping_and_coaching.json --as-of 2024-06-30 --lang fi > path.svg
//! ```
//!
//! Without a file it draws the example path of the mapping and coaching model. Open the
//! SVG in any browser: each finding's marker holds its message and rule code as a tooltip.
//! Exit status: 0 when drawn, 2 when the document cannot be read or the command line is
//! wrong.

use std::process::ExitCode;

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::document::Document;
use tyokyky::timeline::timeline;
use tyokyky::{Lang, ServiceModels};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|arg| arg == flag)
            .and_then(|at| args.get(at + 1))
    };
    let as_of = match value("--as-of") {
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => date,
            Err(_) => {
                eprintln!("--as-of takes a date YYYY-MM-DD");
                return ExitCode::from(2);
            }
        },
        None => NaiveDate::from_ymd_opt(2024, 6, 30).unwrap_or_default(),
    };
    let lang = match value("--lang").map(|text| text.parse::<Lang>()) {
        Some(Ok(lang)) => lang,
        Some(Err(error)) => {
            eprintln!("--lang: {error}; use fi, sv or en");
            return ExitCode::from(2);
        }
        None => Lang::Fi,
    };
    let file = args
        .iter()
        .enumerate()
        .find(|(at, arg)| !arg.starts_with("--") && (*at == 0 || !args[at - 1].starts_with("--")))
        .map(|(_, arg)| arg.clone());
    let bytes = match &file {
        Some(file) => match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{file}: {error}");
                return ExitCode::from(2);
            }
        },
        None => include_bytes!("data/paths/mapping_and_coaching.json").to_vec(),
    };
    let path = match Document::from_slice(&bytes) {
        Ok(Document::ServicePath(path)) => path,
        Ok(_) => {
            eprintln!("the timeline is drawn for a service path document");
            return ExitCode::from(2);
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return ExitCode::from(2);
        }
    };
    let models = ServiceModels::defaults();
    let report = path.validate_with(&ValidationOptions::new(&models), as_of);
    let due = path.due_with(&ValidationOptions::new(&models), as_of);
    println!("{}", timeline(&path, &report, &due, &models, as_of, lang));
    ExitCode::SUCCESS
}
