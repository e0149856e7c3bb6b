//! Print the rule catalogue or the default service models.
//!
//! ```sh
//! cargo run --example catalogue -- rules [--json] [--lang fi|sv|en]
//! cargo run --example catalogue -- service-models [--json] [--lang fi|sv|en]
//! ```

use std::process::ExitCode;

use tyokyky::{Lang, RuleCatalogue, ServiceModels, Vocabulary};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let lang = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1))
        .and_then(|code| Lang::from_code(code))
        .unwrap_or(Lang::En);
    let result = match args.first().map(String::as_str) {
        Some("rules") => rules(json, lang),
        Some("service-models") => service_models(json, lang),
        _ => Err("usage: catalogue rules|service-models [--json] [--lang fi|sv|en]".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn rules(json: bool, lang: Lang) -> Result<(), String> {
    let catalogue = RuleCatalogue::current();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&catalogue).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for rule in &catalogue.rules {
        println!(
            "{:<40} {:<8} {}\n{:<49} source: {}{}",
            rule.code.as_str(),
            rule.default_severity.label(lang),
            rule.title.get(lang),
            "",
            rule.source,
            rule.parameter
                .as_deref()
                .map(|p| format!("; parameter: {p}"))
                .unwrap_or_default()
        );
    }
    println!("\n{} rules", catalogue.rules.len());
    Ok(())
}

fn service_models(json: bool, lang: Lang) -> Result<(), String> {
    let models: Vec<_> = ServiceModels::defaults().iter().cloned().collect();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&models).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for model in &models {
        println!("{} ({}) — {}", model.name.get(lang), model.id, model.source);
        for phase in &model.phases {
            let length = phase
                .length
                .map(|l| format!("{}–{} months", l.min_months, l.max_months))
                .unwrap_or_else(|| "no fixed length".to_owned());
            println!(
                "  {} ({}){}: {}",
                phase.name.get(lang),
                phase.id,
                if phase.optional { ", optional" } else { "" },
                length
            );
            for cadence in &phase.cadence {
                println!(
                    "    ≥ {} × {} per {}{}",
                    cadence.min_count,
                    cadence.event.label(lang),
                    cadence.per.label(lang),
                    cadence
                        .min_minutes
                        .map(|m| format!(", ≥ {m} min each"))
                        .unwrap_or_default()
                );
            }
        }
        println!();
    }
    Ok(())
}
