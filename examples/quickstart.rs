//! Quickstart: build a fictitious client, validate it, print the findings in Finnish and
//! English.
//!
//! Run with `cargo run --example quickstart`.

use chrono::NaiveDate;
use tyokyky::{
    AssessmentStatus, Cause, Client, ClientId, FunctionalDomain, LabourMarketStatus, Lang,
    MunicipalityCode, PartialWorkAbility, Permanence, ReducedCapacityBasis, UnemploymentSpell,
    Vocabulary,
};

fn date(year: i32, month: u32, day: u32) -> Result<NaiveDate, String> {
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| format!("no date {year}-{month}-{day}"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Every "today" is an argument: the crate reads no clock.
    let as_of = date(2024, 6, 30)?;

    // A fictitious client. 010594Y9032 is a temporary identity code (individual number
    // 900-999), the kind used for tests.
    let mut client = Client::new(
        ClientId::new("quickstart-001")?,
        LabourMarketStatus::UnemployedJobseeker,
    );
    client.identity_code = Some("010594Y9032".parse()?);
    client.home_municipality = Some(MunicipalityCode::new("205")?);
    client.unemployment_spells = vec![
        UnemploymentSpell::new(date(2020, 3, 1)?, Some(date(2021, 2, 28)?))?,
        UnemploymentSpell::open(date(2022, 9, 1)?),
        // A data-entry slip: this spell overlaps the open one.
        UnemploymentSpell::new(date(2023, 5, 1)?, Some(date(2023, 8, 31)?))?,
    ];
    client.partial_work_ability = Some(PartialWorkAbility {
        causes: vec![
            Cause::LongTermIllness {},
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::Illness,
            },
        ],
        main_cause_group: None,
        assessment: AssessmentStatus::InProgress {
            since: date(2024, 5, 2)?,
        },
        permanence: Permanence::Unknown,
        limited_domains: vec![FunctionalDomain::Physical, FunctionalDomain::Psychological],
    });

    println!("client: {}", client.id);
    if let Some(code) = &client.identity_code {
        // Display and Debug show only the redacted form.
        println!("identity code: {code}");
    }
    if let Some(age) = client.age_on(as_of) {
        println!("age on {as_of}: {age}");
    }
    if let Some(unemployment) = client.unemployment_on(as_of) {
        println!(
            "unemployed since {} ({} whole months): long-term {}, over two years {}",
            unemployment.since,
            unemployment.whole_months,
            unemployment.is_long_term(),
            unemployment.is_over_two_years()
        );
    }
    println!(
        "status: {} / {} / {}",
        client.labour_market_status.label(Lang::Fi),
        client.labour_market_status.label(Lang::Sv),
        client.labour_market_status.label(Lang::En)
    );

    let report = client.validate(as_of);
    for lang in [Lang::Fi, Lang::En] {
        println!("\n== {} ({} findings) ==", lang.label(lang), report.len());
        print!("{}", report.to_text(lang));
    }

    println!("\n== JSON ==\n{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
