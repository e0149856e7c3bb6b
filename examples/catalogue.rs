//! Print the rule catalogue or the default service models.
//!
//! ```sh
//! cargo run --example catalogue -- rules [--json] [--lang fi|sv|en]
//! cargo run --example catalogue -- service-models [--json] [--lang fi|sv|en]
//! cargo run --example catalogue -- models [--json] [--lang fi|sv|en]
//! cargo run --example catalogue -- criteria [--json] [--lang fi|sv|en]
//! cargo run --example catalogue -- sources [--json]
//! cargo run --example catalogue -- figures [--json] [--lang fi|sv|en]
//! ```
//!
//! `models` prints the four OsKu work-activity models with their emphasis profiles;
//! `criteria` the default quality criteria set; `sources` every public source the crate
//! cites (source documents, laws, papers), with what anyone needs to open it; `figures`
//! every figure of the law, of the sources' practice and of the crate's derived defaults,
//! with its values by date and the basis of each.

use std::process::ExitCode;

use tyokyky::source::SOURCES;
use tyokyky::work_activity::model::{Content, Profiles, WorkActivityModel};
use tyokyky::work_activity::quality::{CriteriaSet, Evidence};
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
        Some("models") => work_activity_models(json, lang),
        Some("criteria") => criteria(json, lang),
        Some("sources") => sources(json),
        Some("figures") => figures(json, lang),
        _ => Err(
            "usage: catalogue rules|service-models|models|criteria|sources|figures [--json] [--lang fi|sv|en]"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn sources(json: bool) -> Result<(), String> {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(SOURCES).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for source in SOURCES {
        println!(
            "{:<40} {}
{:<40} {}",
            source.id,
            source.citation(),
            "",
            source.note
        );
    }
    Ok(())
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
            "{:<40} {:<8} {}\n{:<49} why: {}\n{:<49} source: {}",
            rule.code.as_str(),
            rule.default_severity.label(lang),
            rule.title.get(lang),
            "",
            rule.severity_reason,
            "",
            rule.source,
        );
        if !rule.parameters.is_empty() {
            println!("{:<49} parameters: {}", "", rule.parameters.join(", "));
        }
        for id in &rule.figures {
            if let Some(figure) = catalogue.figures.iter().find(|f| &f.id == id) {
                println!("{:<49} {}: {}", "", figure.title.get(lang), dated(figure));
            }
        }
    }
    println!("\n{} rules", catalogue.rules.len());
    Ok(())
}

/// The example's own words in each language, so `--lang fi` prints no English.
struct Words {
    months: &'static str,
    no_length: &'static str,
    optional: &'static str,
    per: &'static str,
    each: &'static str,
    over_phase: &'static str,
    themes: &'static str,
    offered: &'static str,
    at_start: &'static str,
    at_end: &'static str,
    requires: &'static str,
    target_group: &'static str,
    from: &'static str,
    until: &'static str,
    always: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Fi => Words {
            months: "kuukautta",
            no_length: "ei kiinteää kestoa",
            optional: ", valinnainen",
            per: "/",
            each: "kukin",
            over_phase: "vaiheen aikana",
            themes: "sisällöt",
            offered: "tarjolla tarpeen mukaan",
            at_start: "mitataan alussa",
            at_end: "mitataan lopussa",
            requires: "edellyttää",
            target_group: "kohderyhmä",
            from: "alkaen",
            until: "asti",
            always: "aina",
        },
        Lang::Sv => Words {
            months: "månader",
            no_length: "ingen fast längd",
            optional: ", valfri",
            per: "per",
            each: "var",
            over_phase: "under fasen",
            themes: "innehåll",
            offered: "erbjuds vid behov",
            at_start: "mäts i början",
            at_end: "mäts i slutet",
            requires: "kräver",
            target_group: "målgrupp",
            from: "från",
            until: "till",
            always: "alltid",
        },
        Lang::En => Words {
            months: "months",
            no_length: "no fixed length",
            optional: ", optional",
            per: "per",
            each: "each",
            over_phase: "over the phase",
            themes: "themes",
            offered: "offered as needed",
            at_start: "measured at the start",
            at_end: "measured at the end",
            requires: "requires",
            target_group: "target group",
            from: "from",
            until: "until",
            always: "always",
        },
    }
}

fn service_models(json: bool, lang: Lang) -> Result<(), String> {
    let w = words(lang);
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
                .map(|l| {
                    let (min, max) = (amount(l.min_months, &w), amount(l.max_months, &w));
                    if min == max {
                        format!("{min} {}", w.months)
                    } else {
                        format!("{min}–{max} {}", w.months)
                    }
                })
                .unwrap_or_else(|| w.no_length.to_owned());
            println!(
                "  {} ({}){}: {}",
                phase.name.get(lang),
                phase.id,
                if phase.optional { w.optional } else { "" },
                length
            );
            for cadence in &phase.cadence {
                println!(
                    "    ≥ {} × {} {} {}{}{}",
                    amount(cadence.min_count, &w),
                    cadence.event.label(lang),
                    w.per,
                    cadence.per.label(lang),
                    cadence
                        .max_count
                        .map(|m| format!(", ≤ {}", amount(m, &w)))
                        .unwrap_or_default(),
                    cadence
                        .min_minutes
                        .map(|m| format!(", ≥ {} min {}", amount(m, &w), w.each))
                        .unwrap_or_default()
                );
            }
            for total in &phase.totals {
                println!(
                    "    ≥ {} × {} {}",
                    amount(total.min_count, &w),
                    total.event.label(lang),
                    w.over_phase
                );
            }
            let list = |labels: Vec<&str>| labels.join(", ");
            if !phase.expected_themes.is_empty() {
                let themes = phase.expected_themes.iter().map(|t| t.label(lang));
                println!("    {}: {}", w.themes, list(themes.collect()));
            }
            if !phase.offered_themes.is_empty() {
                let themes = phase.offered_themes.iter().map(|t| t.label(lang));
                println!("    {}: {}", w.offered, list(themes.collect()));
            }
            for (when, instruments) in [
                (w.at_start, &phase.measurements_at_start),
                (w.at_end, &phase.measurements_at_end),
            ] {
                if !instruments.is_empty() {
                    let names = instruments.iter().map(|i| i.label(lang));
                    println!("    {when}: {}", list(names.collect()));
                }
            }
        }
        for requirement in &model.requirements {
            println!("  {} {}", w.requires, requirement_text(requirement, lang)?);
        }
        if !model.target_statuses.is_empty() {
            let statuses: Vec<&str> = model
                .target_statuses
                .iter()
                .map(|s| s.label(lang))
                .collect();
            println!("  {}: {}", w.target_group, statuses.join(", "));
        }
        println!();
    }
    Ok(())
}

/// An amount as a reader wants it: a figure's dated values with its id, or the number.
fn amount(amount: tyokyky::Amount, w: &Words) -> String {
    match amount.figure() {
        Some(figure) => {
            // A value a later amendment restated is shown once, from its first day.
            let mut values: Vec<String> = Vec::new();
            let mut last = None;
            for d in figure.values.iter() {
                if last == Some(d.value) {
                    continue;
                }
                last = Some(d.value);
                values.push(match d.from {
                    Some(from) => format!("{} {} {from}", d.value, w.from),
                    None => d.value.to_string(),
                });
            }
            format!("{} [{}]", values.join(", "), figure.id)
        }
        None => amount.to_string(),
    }
}

/// A figure's values by date, on one line.
fn dated(figure: &tyokyky::figure::FigureEntry) -> String {
    figure
        .values
        .iter()
        .map(|d| {
            let from = d.from.map(|f| format!(" from {f}")).unwrap_or_default();
            let until = d.until.map(|u| format!(" until {u}")).unwrap_or_default();
            format!("{}{from}{until}", d.value)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn figures(json: bool, lang: Lang) -> Result<(), String> {
    let w = words(lang);
    let entries: Vec<_> = tyokyky::figure::all().map(|f| f.entry()).collect();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&entries).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for figure in &entries {
        println!(
            "{} ({}, {})",
            figure.title.get(lang),
            figure.id,
            figure.unit.label(lang)
        );
        for value in &figure.values {
            let from = value
                .from
                .map_or_else(|| w.always.to_owned(), |f| format!("{} {f}", w.from));
            let until = value
                .until
                .map(|u| format!(" {} {u}", w.until))
                .unwrap_or_default();
            println!(
                "  {:<24} {}  [{}] {}: {}",
                format!("{from}{until}"),
                value.value,
                value.basis.kind.label(lang),
                value.basis.citation,
                value.basis.note
            );
        }
    }
    println!("\n{} figures", entries.len());
    Ok(())
}

/// A requirement by its label, with its parameters as the spec states them.
fn requirement_text(requirement: &tyokyky::Requirement, lang: Lang) -> Result<String, String> {
    let json = serde_json::to_value(requirement).map_err(|e| e.to_string())?;
    let kind = json
        .get("type")
        .and_then(|t| t.as_str())
        .unwrap_or_default();
    let label = tyokyky::service::spec::REQUIREMENT_LABELS
        .iter()
        .find(|(tag, _)| *tag == kind)
        .map_or(kind, |(_, labels)| labels.get(lang));
    let parameters: Vec<String> = json
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(key, _)| key.as_str() != "type")
        .map(|(key, value)| format!("{key} = {value}"))
        .collect();
    Ok(if parameters.is_empty() {
        label.to_owned()
    } else {
        format!("{label} ({})", parameters.join(", "))
    })
}

fn work_activity_models(json: bool, lang: Lang) -> Result<(), String> {
    let profiles = Profiles::DEFAULT;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&profiles).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    println!(
        "{:<40} {}",
        "",
        Content::ALL
            .map(|c| format!("{:>12}", short(c, lang)))
            .join("")
    );
    for model in WorkActivityModel::ALL {
        let weights = profiles.of(model);
        let row: String = Content::ALL
            .iter()
            .map(|c| format!("{:>11}%", weights.get(*c)))
            .collect();
        println!("{:<40} {row}", model.label(lang));
    }
    println!(
        "\nSource: *OsKu – Osallisuutta kuntoutuksesta*; the numbers are derived (see tyokyky::work_activity::model)."
    );
    Ok(())
}

fn short(content: Content, lang: Lang) -> &'static str {
    match (content, lang) {
        (Content::LifeManagement, Lang::Fi) => "elämänh.",
        (Content::WorkingLifeReadiness, Lang::Fi) => "työelämäv.",
        (Content::DoingTheWork, Lang::Fi) => "työ",
        (Content::LifeManagement, Lang::Sv) => "livskomp.",
        (Content::WorkingLifeReadiness, Lang::Sv) => "arbetslivsf.",
        (Content::DoingTheWork, Lang::Sv) => "arbete",
        (Content::LifeManagement, Lang::En) => "life mgmt",
        (Content::WorkingLifeReadiness, Lang::En) => "readiness",
        (Content::DoingTheWork, Lang::En) => "work",
    }
}

fn criteria(json: bool, lang: Lang) -> Result<(), String> {
    let set = CriteriaSet::osku_derived();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&set).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    println!(
        "{} ({}){}",
        set.name.get(lang),
        set.id,
        if set.derived { ", derived" } else { "" }
    );
    for criterion in &set.criteria {
        let evidence = match criterion.evidence {
            Evidence::Derived { from } => format!("derived: {}", from.label(lang)),
            Evidence::Assessor {} => "assessor 0-4".to_owned(),
        };
        println!(
            "  {:<24} w{}  {:<40} [{evidence}]",
            criterion.id,
            criterion.weight,
            criterion.title.get(lang)
        );
    }
    println!("\nSource: {}", set.source);
    Ok(())
}
