//! A national batch: service paths as NDJSON (one document per line) validated on all
//! cores with bounded memory, one report per line out, a progress bar on a terminal and a
//! summary table at the end.
//!
//! ```text
//! cargo run --release --example batch -- --generate 600000 > paths.ndjson
//! cargo run --release --example batch -- paths.ndjson --as-of 2025-03-01 --threads 2 > reports.ndjson
//! ```
//!
//! `--generate N` writes N varied paths (every default model, lengths of one to fifteen
//! months, absences, interruptions, jobs) instead of validating. Without a file the
//! documents are read from standard input. Exit status: 0 when every document was read,
//! 1 when some could not be, 2 on a wrong command line or an I/O error.

use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use tyokyky::ValidationOptions;
use tyokyky::batch::Batch;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Event, Lang, ServiceModels, Severity};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|arg| arg == flag)
            .and_then(|at| args.get(at + 1))
    };
    if let Some(count) = value("--generate") {
        return match count.parse::<usize>() {
            Ok(count) => generate(count),
            Err(_) => usage("--generate takes a count"),
        };
    }
    let as_of = match value("--as-of").map(|text| NaiveDate::parse_from_str(text, "%Y-%m-%d")) {
        Some(Ok(date)) => date,
        Some(Err(_)) => return usage("--as-of takes a date YYYY-MM-DD"),
        None => NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default(),
    };
    let lang = match value("--lang").map(|text| text.parse::<Lang>()) {
        Some(Ok(lang)) => lang,
        Some(Err(_)) => return usage("--lang takes fi, sv or en"),
        None => Lang::Fi,
    };
    let threads = match value("--threads").map(|text| text.parse::<NonZeroUsize>()) {
        Some(Ok(threads)) => threads,
        Some(Err(_)) => return usage("--threads takes a count of 1 or more"),
        None => std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN),
    };
    let flags = ["--as-of", "--lang", "--threads"];
    let file = args
        .iter()
        .enumerate()
        .find(|(at, arg)| {
            !arg.starts_with("--") && (*at == 0 || !flags.contains(&args[at - 1].as_str()))
        })
        .map(|(_, arg)| arg.clone());
    let input: Box<dyn BufRead> = match &file {
        Some(file) => match std::fs::File::open(file) {
            Ok(opened) => Box::new(BufReader::new(opened)),
            Err(error) => return usage(&format!("{file}: {error}")),
        },
        None => Box::new(std::io::stdin().lock()),
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {human_pos} documents, {per_sec}, {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Some(bar)
    } else {
        None
    };
    let batch = Batch::new(as_of, lang).on_threads(threads);
    let models = ServiceModels::defaults();
    let started = Instant::now();
    let stdout = std::io::stdout().lock();
    let progress = |done: u64| {
        if let Some(bar) = &bar {
            bar.set_position(done);
        }
    };
    let summary = match batch.run(
        input,
        std::io::BufWriter::new(stdout),
        &ValidationOptions::new(&models),
        progress,
    ) {
        Ok(summary) => summary,
        Err(error) => return usage(&format!("I/O: {error}")),
    };
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let seconds = started.elapsed().as_secs_f64();
    let mut table = String::new();
    table.push_str(&format!(
        "documents {:>10}\nclean     {:>10}\nunreadable{:>10}\nerrors    {:>10}\nwarnings  {:>10}\ninfo      {:>10}\n",
        summary.documents,
        summary.clean,
        summary.unreadable,
        summary.by_severity(Severity::Error),
        summary.by_severity(Severity::Warning),
        summary.by_severity(Severity::Info),
    ));
    table.push_str(&format!(
        "threads   {threads:>10}\nseconds   {seconds:>10.2}\ndocs/s    {:>10.0}\n\nby rule:\n",
        summary.documents as f64 / seconds.max(1e-9)
    ));
    for (code, count) in &summary.by_rule {
        table.push_str(&format!("  {code:<45} {count:>10}\n"));
    }
    eprint!("{table}");
    if summary.unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!(
        "{problem}\nusage: batch [FILE.ndjson] [--as-of YYYY-MM-DD] [--lang fi|sv|en] [--threads N] | batch --generate N"
    );
    ExitCode::from(2)
}

/// `count` varied paths, one per line: every default model, one to fifteen months of
/// follow-up, a sick week in some, an interruption in some, a job in some; most clean.
fn generate(count: usize) -> ExitCode {
    let models = tyokyky::service::spec::models::IDS;
    let first = NaiveDate::from_ymd_opt(2023, 1, 2).unwrap_or_default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for i in 0..count {
        let start = first + Days::new((i * 7 % 700) as u64);
        let as_of = start + Days::new(30 + (i * 13 % 420) as u64);
        let Ok(client) = ClientId::new(format!("batch-{i:07}")) else {
            return usage("id");
        };
        let Some(mut path) = sample::path_for(models[i % models.len()], client, start, as_of)
        else {
            return usage("model");
        };
        if let Some(enrolment) = path.enrolments.first_mut() {
            let day = start + Days::new(14 + (i % 60) as u64);
            match i % 10 {
                // A sick week: ordinary casework.
                0 | 1 => enrolment.events.push(Event::Absence {
                    date: day,
                    until: day + Days::new(6),
                    reason: tyokyky::AbsenceReason::Sickness,
                    part_day: false,
                    note: None,
                }),
                // A month with no contacts at all: a finding.
                2 => enrolment
                    .events
                    .retain(|event| event.date() < day || event.date() > day + Days::new(30)),
                // Half the events gone: several findings.
                3 => {
                    let mut keep = false;
                    enrolment.events.retain(|_| {
                        keep = !keep;
                        keep
                    });
                }
                _ => {}
            }
            enrolment.events.sort_by_key(Event::date);
        }
        let Ok(json) = serde_json::to_string(&path) else {
            return usage("json");
        };
        if writeln!(out, "{json}").is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
