//! The outcome table of the source's mapping and coaching service, computed from the raw
//! data of a synthetic, fictitious cohort.
//!
//! Run with `cargo run --example cohort [-- --json]`. The cohort's raw data are a Work
//! Ability Score at the start and the end and each client's perceived change at the end
//! (the source's clients *felt* their capacity improve); the table below is computed by
//! `CohortReport`, not restated.

use tyokyky::outcome::CohortReport;
use tyokyky::service::build::sample;
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
        "Self-rated work ability 0-10 (n = {}, left out without a pair: {}): {} -> {}",
        report.work_ability.paired,
        report.work_ability.not_paired,
        fmt(report.work_ability.mean_start),
        fmt(report.work_ability.mean_end)
    );
    for domain in report.perceived.iter().filter(|d| d.answered > 0) {
        println!(
            "Felt their {} improved: {} % ({} of {}; {} did not answer)",
            domain.domain.label(Lang::En),
            domain
                .percent_improved
                .map_or_else(|| "-".to_owned(), |p| p.to_string()),
            domain.improved,
            domain.answered,
            domain.not_answered
        );
    }
    let measured = report.functional_capacity.iter().filter(|d| d.assessed > 0);
    if report.functional_capacity.iter().all(|d| d.assessed == 0) {
        println!(
            "Measured functional capacity: no client has two Kykyviisari results to compare; the felt figures above are the clients' own answers."
        );
    }
    for domain in measured {
        println!(
            "Measured improvement in {} functional capacity: {} % ({} of {}; left out: {} without a pair, {} on different scales)",
            domain.domain.label(Lang::En),
            domain
                .percent_improved
                .map_or_else(|| "-".to_owned(), |p| p.to_string()),
            domain.improved,
            domain.assessed,
            domain.not_paired,
            domain.different_scales
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
