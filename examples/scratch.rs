use chrono::NaiveDate;
use tyokyky::service::sample;
fn main() {
    let c = tyokyky::ClientId::new("x").unwrap();
    let s = NaiveDate::from_ymd_opt(2024, 1, 8).unwrap();
    for m in [
        "mapping_and_coaching",
        "rehabilitative_work_activity",
        "wellbeing_group",
    ] {
        let as_of = NaiveDate::from_ymd_opt(2024, 2, 14).unwrap();
        let p = sample::path_for(m, c.clone(), s, as_of).unwrap();
        println!(
            "{m}: {} events; report {}",
            p.enrolments[0].events.len(),
            p.validate(as_of).len()
        );
        for i in p.due(as_of).items {
            println!("  {:?}", i);
        }
        let mut p2 = p.clone();
        p2.enrolments[0].events.retain(|e| {
            e.date() != NaiveDate::from_ymd_opt(2024, 1, 23).unwrap()
                && e.date() != NaiveDate::from_ymd_opt(2024, 1, 22).unwrap()
        });
        print!("{}", p2.validate(as_of).to_text(tyokyky::Lang::Fi));
    }
    let full = sample::path_for(
        "rehabilitative_work_activity",
        c,
        s,
        NaiveDate::from_ymd_opt(2025, 1, 8).unwrap(),
    )
    .unwrap();
    println!("rehab 12m events {}", full.enrolments[0].events.len());
}
