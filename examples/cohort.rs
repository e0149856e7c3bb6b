//! The outcome table of the source's mapping and coaching service, computed from the raw
//! data of a synthetic, fictitious cohort.
//!
//! Run with `cargo run --example cohort [-- --json]`. The cohort's raw data are a Work
//! Ability Score at the start and the end and each client's perceived change at the end
//! (the source's clients *felt* their capacity improve); the table below is computed by
//! `CohortReport`, not restated.

use tyokyky::outcome::CohortReport;
use tyokyky::service::sample;
use tyokyky::{Lang, Vocabulary};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cohort = sample::seed_001_cohort();
    let report = CohortReport::of(&cohort);
    if std::env::args().any(|arg| arg == "--json") {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    let fmt = |mean: Option<f64>| mean.map_or_else(|| "-".to_owned(), |m| format!("{m:.1}"));
    println!("Clients: {}", report.clients);
    println!(
        "Self-rated work ability 0-10 (n = {}): {} -> {}",
        report.work_ability.paired,
        fmt(report.work_ability.mean_start),
        fmt(report.work_ability.mean_end)
    );
    for domain in report.perceived.iter().filter(|d| d.answered > 0) {
        println!(
            "Felt their {} improved: {} % ({} of {})",
            domain.domain.label(Lang::En),
            domain
                .percent_improved
                .map_or_else(|| "-".to_owned(), |p| p.to_string()),
            domain.improved,
            domain.answered
        );
    }
    for domain in report.functional_capacity.iter().filter(|d| d.assessed > 0) {
        println!(
            "Measured improvement in {} functional capacity: {} % ({} of {})",
            domain.domain.label(Lang::En),
            domain
                .percent_improved
                .map_or_else(|| "-".to_owned(), |p| p.to_string()),
            domain.improved,
            domain.assessed
        );
    }
    println!("Outcomes at closure:");
    for outcome in &report.outcomes {
        println!(
            "  {:<32} {}",
            outcome.outcome.label(Lang::En),
            outcome.count
        );
    }
    println!("  {:<32} {}", "still open", report.open);
    println!("Positive transitions: {}", report.positive_transitions);
    Ok(())
}
