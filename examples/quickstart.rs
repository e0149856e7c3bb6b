//! Quickstart: a fictitious client and a 12-month service path; their findings in Finnish
//! and English, and the coordinator's due list.
//!
//! Run with `cargo run --example quickstart`. The output explains itself for a reader who
//! does not know Finnish work-ability services: before each part it says what the part
//! shows and why the findings are there.

use chrono::NaiveDate;
use tyokyky::service::build::sample;
use tyokyky::work_activity::quality::{CriteriaSet, Ratings};
use tyokyky::work_activity::recommend::{Capacity, Level, NeedProfile};
use tyokyky::{
    AssessmentStatus, Cause, Client, ClientId, Event, FunctionalDomain, Key, LabourMarketStatus,
    Lang, MunicipalityCode, PartialWorkAbility, Permanence, ReducedCapacityBasis,
    UnemploymentSpell, Vocabulary,
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
    let mut ability = PartialWorkAbility::new(
        vec![
            Cause::LongTermIllness {},
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::Illness,
            },
        ],
        AssessmentStatus::InProgress {
            since: date(2024, 5, 2)?,
        },
        Permanence::Unknown,
    );
    ability.limited_domains = vec![FunctionalDomain::Physical, FunctionalDomain::Psychological];
    client.partial_work_ability = Some(ability);

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

    println!(
        "\nWhat follows: the client record's findings. A finding names a rule (a stable code),
how serious it is (error: breaks a law or the record's own consistency; warning: departs
from the practice a source describes; info: advice), where in the JSON (a JSON Pointer)
and a message in Finnish, Swedish and English. This record has a data-entry slip on
purpose: two unemployment spells overlap."
    );
    let report = client.validate(as_of);
    for lang in [Lang::Fi, Lang::En] {
        println!("\n== {} ({} findings) ==", lang.label(lang), report.len());
        print!("{}", report.to_text(lang));
    }

    println!("\n== JSON ==\n{}", serde_json::to_string_pretty(&report)?);

    // A 12-month path in the mapping and coaching service (the mapping and coaching source): 3 months of mapping,
    // then rehabilitative coaching. The sample is clean; two slips are added to it.
    let start = date(2024, 1, 8)?;
    let as_of = date(2024, 12, 27)?;
    let mut path = sample::mapping_and_coaching(client.id.clone(), start, as_of);
    let enrolment = &mut path.enrolments[0];
    // A week of mapping without meetings, and a shortened group day.
    enrolment.events.retain(|event| {
        !(date(2024, 2, 12).ok() <= Some(event.date())
            && Some(event.date()) <= date(2024, 2, 18).ok())
    });
    if let Some(Event::GroupSession { minutes, .. }) = enrolment
        .events
        .iter_mut()
        .find(|event| matches!(event, Event::GroupSession { .. }))
    {
        *minutes = 240;
    }
    println!(
        "\n== 12-month path: {} events, {} phases ==",
        enrolment.events.len(),
        enrolment.phases.len()
    );
    println!(
        "The mapping and coaching service asks for a meeting every week of its 3-month mapping
phase and group days of at least 5 hours. A week without meetings and a 4-hour group day
were put in on purpose: expect them below, as warnings (departures from the model's
practice, not breaches of law)."
    );
    let report = path.validate(as_of);
    for lang in [Lang::Fi, Lang::En] {
        println!("\n-- {} --", lang.label(lang));
        print!("{}", report.to_text(lang));
    }

    // The coordinator's list: what the model still asks for as of the day, from the same
    // reading of the spec the validator uses. An overdue item is one the validator would
    // report once its time has passed; an upcoming one is due within two weeks.
    println!(
        "\n== due on {as_of} ==\nThe due list is the coordinator's to-do list: what the service model still asks
for (a meeting this month, a measurement at the end of the phase), overdue first. An
item turns into a finding once its time has passed without it."
    );
    for item in path.due(as_of).items {
        for lang in [Lang::Fi, Lang::En] {
            println!(
                "{} {:<10} {}",
                item.due,
                item.status.label(lang),
                item.message(lang)
            );
        }
    }

    // OsKu work activity: which model fits a client with great life-management needs and
    // no continuation path yet, and how good is a social rehabilitation path's quality?
    let level = Level::new;
    let need = NeedProfile::new(
        level(4)?,
        level(1)?,
        Capacity {
            physical: level(2)?,
            psychological: level(1)?,
            social: level(1)?,
            cognitive: level(3)?,
        },
    );
    println!(
        "\n== recommended work activity ==\nOsKu describes four models of rehabilitative work
activity, each a different mix of life management, working-life readiness and doing the
work itself. The score (0-100) says how close a model's mix is to what this client needs;
the reasons say why."
    );
    for ranked in need.recommend() {
        let reasons: Vec<String> = ranked.reasons.iter().map(|r| r.message(Lang::En)).collect();
        println!(
            "{:>3} {} — {}",
            ranked.score,
            ranked.model.label(Lang::En),
            reasons.join(" ")
        );
    }
    let social = sample::social_rehabilitation(client.id.clone(), start, as_of);
    let set = CriteriaSet::osku_derived();
    let mut ratings = Ratings::new();
    ratings.insert(Key::new("need_based")?, 4);
    ratings.insert(Key::new("client_centred")?, 3);
    let quality = set.assess(&social, &ratings);
    println!(
        "\n== quality ({}) ==\nHow well a path meets OsKu's quality criteria: some are read from the path,
some are an assessor's ratings (0-4). Each criterion's attainment is 0-100; the score is
their weighted mean.\nscore {}/100",
        set.name.get(Lang::En),
        quality.score
    );
    for criterion in &quality.criteria {
        println!("  {:<24} {:>3}", criterion.id, criterion.attainment);
    }
    Ok(())
}
