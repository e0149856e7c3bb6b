//! A path is judged by the law in force on each of its days: at every date the law
//! changed, one day before and on the day.
//!
//! - 1.9.2001: the Act on Rehabilitative Work Activity 189/2001 comes into force.
//! - 1.7.2012: law 290/2012, the four exclusions of the organiser's duty (§6(5)).
//! - 1.7.2015: law 142/2015, "i minst fyra timmar per dag under minst en och högst fyra
//!   dagar per kalendervecka" (at most five days before).
//! - 1.1.2021: law 702/2020, the plan records the goal and the support and guidance.
//! - 1.1.2023: the wellbeing services county draws up the plan instead of the municipality.
//! - 1.1.2025: the employment authority is the municipality or employment area.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::{
    ActivityKind, Client, ClientId, Event, LabourMarketStatus, OwnActivity, PlanContent, PlanParty,
    Report, RuleCode, ServiceModels, ServicePath,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn client() -> ClientId {
    ClientId::new("law-of-the-day").expect("id")
}

/// A clean rehabilitative work activity path starting on `start`, validated a year on.
fn ktt(start: NaiveDate) -> (ServicePath, NaiveDate) {
    let as_of = start + Days::new(365);
    (
        sample::rehabilitative_work_activity(client(), start, as_of),
        as_of,
    )
}

fn count(report: &Report, code: RuleCode) -> usize {
    report.with_code(code).count()
}

/// Every work-activity day of the week beginning on `monday` (Monday to Friday), five
/// hours each, added to the path's days.
fn five_days_from(path: &mut ServicePath, monday: NaiveDate) {
    assert_eq!(monday.weekday(), Weekday::Mon);
    let enrolment = &mut path.enrolments[0];
    enrolment
        .events
        .retain(|e| !(e.date() >= monday && e.date() < monday + Days::new(7)));
    for day in 0..5 {
        enrolment.events.push(Event::WorkActivityDay {
            note: None,
            date: monday + Days::new(day),
            minutes: 300,
        });
    }
}

#[test]
fn five_days_a_week_are_allowed_until_the_week_of_1_july_2015_and_four_from_then_on() {
    // One path across the change, judged by both laws. A week is judged by the law of its
    // first day: the week of Monday 29.6.2015, whose Tuesday is the day before the change
    // and Wednesday the day of it, is the old law's; the week of 6.7.2015 the new one's.
    let law = &tyokyky::figure::law::KTT_MAX_DAYS_PER_WEEK;
    assert_eq!(law.on(date(2015, 6, 30)), Some(5));
    assert_eq!(law.on(date(2015, 7, 1)), Some(4));
    let (mut path, as_of) = ktt(date(2015, 3, 2));
    five_days_from(&mut path, date(2015, 6, 22));
    five_days_from(&mut path, date(2015, 6, 29));
    let report = path.validate(as_of);
    assert_eq!(
        count(&report, RuleCode::PATH_CADENCE_EXCEEDED),
        0,
        "{report:?}"
    );

    five_days_from(&mut path, date(2015, 7, 6));
    let report = path.validate(as_of);
    let exceeded: Vec<_> = report.with_code(RuleCode::PATH_CADENCE_EXCEEDED).collect();
    assert_eq!(exceeded.len(), 1, "{report:?}");
    let json = serde_json::to_value(exceeded[0]).expect("json");
    assert_eq!(json["params"]["periods"]["first"], "2015-07-06", "{json}");
    assert_eq!(json["params"]["max"]["value"], 4, "{json}");
}

#[test]
fn a_short_day_is_a_breach_from_the_day_the_act_came_into_force() {
    // 31.8.2001: no act yet, so no shortest day; 1.9.2001: at least four hours.
    for (day, breaches) in [(date(2001, 8, 31), 0), (date(2001, 9, 1), 1)] {
        let (mut path, as_of) = ktt(date(2001, 8, 27));
        path.enrolments[0].events.push(Event::WorkActivityDay {
            note: None,
            date: day,
            minutes: 120,
        });
        let report = path.validate(as_of);
        assert_eq!(
            count(&report, RuleCode::PATH_CONTACT_TOO_SHORT),
            breaches,
            "{day}: {report:?}"
        );
    }
}

#[test]
fn a_period_longer_than_24_months_is_a_breach_only_under_the_act() {
    // A period is agreed under the law of its first day.
    for (start, breaches) in [(date(2001, 8, 31), 0), (date(2001, 9, 1), 1)] {
        let (mut path, _) = ktt(start);
        let end = start + Days::new(800);
        path.enrolments[0].phases[0].end = Some(end);
        path.enrolments[0].end = Some(end);
        let report = path.validate(end + Days::new(30));
        assert_eq!(
            count(&report, RuleCode::PATH_PHASE_TOO_LONG),
            breaches,
            "{start}: {report:?}"
        );
    }
}

/// A KTT path whose plan is drawn up on `plan_date` by `parties`, recording its goal as
/// `records_goal`.
fn planned(plan_date: NaiveDate, parties: &[PlanParty], records_goal: bool) -> Report {
    let start = plan_date + Days::new(7);
    let (mut path, as_of) = ktt(start);
    let Some(Event::Plan {
        date,
        parties: recorded,
        records_goal: goal,
        ..
    }) = path.enrolments[0].events.first_mut()
    else {
        panic!("the sample's first event is its plan");
    };
    *date = plan_date;
    *recorded = parties.to_vec();
    *goal = records_goal;
    path.validate(as_of)
}

#[test]
fn the_plan_records_its_goal_from_1_january_2021() {
    let everyone = [
        PlanParty::Client,
        PlanParty::EmploymentAuthority,
        PlanParty::Municipality,
    ];
    let report = planned(date(2020, 12, 31), &everyone, false);
    assert_eq!(
        count(&report, RuleCode::PATH_PLAN_INCOMPLETE),
        0,
        "{report:?}"
    );
    let report = planned(date(2021, 1, 1), &everyone, false);
    let incomplete: Vec<_> = report.with_code(RuleCode::PATH_PLAN_INCOMPLETE).collect();
    assert_eq!(incomplete.len(), 1, "{report:?}");
    let json = serde_json::to_value(incomplete[0]).expect("json");
    assert_eq!(
        json["params"]["missing"]["items"][0]["value"],
        serde_json::to_value(PlanContent::Goal).expect("json"),
        "{json}"
    );
}

#[test]
fn the_wellbeing_services_county_draws_up_the_plan_from_1_january_2023() {
    let municipal = [
        PlanParty::Client,
        PlanParty::EmploymentAuthority,
        PlanParty::Municipality,
    ];
    let county = [
        PlanParty::Client,
        PlanParty::EmploymentAuthority,
        PlanParty::WellbeingServicesCounty,
    ];
    let missing = |report: &Report| count(report, RuleCode::PATH_PLAN_PARTIES_MISSING);
    assert_eq!(missing(&planned(date(2022, 12, 31), &municipal, true)), 0);
    assert_eq!(missing(&planned(date(2022, 12, 31), &county, true)), 1);
    assert_eq!(missing(&planned(date(2023, 1, 1), &municipal, true)), 1);
    assert_eq!(missing(&planned(date(2023, 1, 1), &county, true)), 0);
}

#[test]
fn the_municipality_is_the_employment_authority_from_1_january_2025() {
    // The plan of a municipality (employment area) and the county, with the client.
    let municipality_and_county = [
        PlanParty::Client,
        PlanParty::Municipality,
        PlanParty::WellbeingServicesCounty,
    ];
    let missing = |report: &Report| count(report, RuleCode::PATH_PLAN_PARTIES_MISSING);
    assert_eq!(
        missing(&planned(date(2024, 12, 31), &municipality_and_county, true)),
        1
    );
    assert_eq!(
        missing(&planned(date(2025, 1, 1), &municipality_and_county, true)),
        0
    );
    // Without the county it is still short of a party.
    assert_eq!(
        missing(&planned(
            date(2025, 1, 1),
            &[PlanParty::Client, PlanParty::Municipality],
            true
        )),
        1
    );
}

#[test]
/// Law 290/2012, in force 1.7.2012: "työskentelee muutoin kuin satunnaisesti työ- tai
/// virkasuhteessa tehtävässä työssä, jonka säännöllinen työaika ylittää kahdeksan tuntia
/// viikossa".
fn work_over_eight_hours_a_week_excludes_the_activity_from_1_july_2012() {
    let check = |start: NaiveDate| {
        let (path, as_of) = ktt(start);
        let mut client = Client::new(client(), LabourMarketStatus::UnemployedJobseeker);
        client.own_activities.push(OwnActivity::work(start, 20));
        let report = path.validate_for(&client, &ValidationOptions::default(), as_of);
        count(&report, RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES)
    };
    assert_eq!(check(date(2012, 6, 30)), 0);
    assert_eq!(check(date(2012, 7, 1)), 1);
}

#[test]
fn the_organiser_freed_from_the_duty_is_the_one_of_the_day() {
    let message = |start: NaiveDate| {
        let (path, as_of) = ktt(start);
        let mut client = Client::new(client(), LabourMarketStatus::UnemployedJobseeker);
        client.own_activities.push(OwnActivity::work(start, 20));
        let report = path.validate_for(&client, &ValidationOptions::default(), as_of);
        report
            .with_code(RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES)
            .next()
            .map(|finding| finding.message(tyokyky::Lang::Fi))
            .expect("a finding")
    };
    assert!(message(date(2022, 12, 31)).contains("(kunta)"));
    assert!(message(date(2023, 1, 1)).contains("(hyvinvointialue)"));
}

/// Only the law's figure makes a breach an error: a municipality that writes its own
/// numbers in the spec (four days, four hours) gets warnings for departing from them.
#[test]
fn a_limit_is_an_error_only_when_it_is_the_laws() {
    let (mut path, as_of) = ktt(date(2024, 1, 8));
    five_days_from(&mut path, date(2024, 3, 4));
    for event in &mut path.enrolments[0].events {
        if let Event::WorkActivityDay {
            date: day, minutes, ..
        } = event
            && *day == date(2024, 4, 10)
        {
            *minutes = 120;
        }
    }
    let severities = |report: &Report, code| -> Vec<tyokyky::Severity> {
        report.with_code(code).map(|f| f.severity()).collect()
    };
    let by_law = path.validate(as_of);
    assert_eq!(
        severities(&by_law, RuleCode::PATH_CADENCE_EXCEEDED),
        [tyokyky::Severity::Error]
    );
    assert_eq!(
        severities(&by_law, RuleCode::PATH_CONTACT_TOO_SHORT),
        [tyokyky::Severity::Error]
    );
    // The same numbers written as the municipality's own.
    let mut spec = tyokyky::service::spec::models::rehabilitative_work_activity();
    let cadence = &mut spec.phases[0].cadence[0];
    cadence.max_count = Some(4.into());
    cadence.min_minutes = Some(240.into());
    let mut models = ServiceModels::defaults();
    models.insert(spec).expect("valid spec");
    let own = path.validate_with(&ValidationOptions::new(&models), as_of);
    assert_eq!(
        severities(&own, RuleCode::PATH_CADENCE_EXCEEDED),
        [tyokyky::Severity::Warning]
    );
    assert_eq!(
        severities(&own, RuleCode::PATH_CONTACT_TOO_SHORT),
        [tyokyky::Severity::Warning]
    );
}

/// 189/2001 §6(4) as amended by 702/2020: no duty "jos henkilö … 1) työskentelee muutoin
/// kuin satunnaisesti …" and "4) osallistuu … työllistymistä edistävään palveluun".
#[test]
fn occasional_work_does_not_exclude_and_an_employment_promoting_service_does() {
    let start = date(2024, 1, 8);
    let (path, as_of) = ktt(start);
    let excluded = |activity: OwnActivity| {
        let mut client = Client::new(client(), LabourMarketStatus::UnemployedJobseeker);
        client.own_activities.push(activity);
        count(
            &path.validate_for(&client, &ValidationOptions::default(), as_of),
            RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES,
        )
    };
    let mut occasional = OwnActivity::work(start, 20);
    occasional.occasional = true;
    assert_eq!(excluded(occasional), 0);
    assert_eq!(excluded(OwnActivity::work(start, 20)), 1);
    let mut training = OwnActivity::work(start, 0);
    training.kind = ActivityKind::EmploymentPromotingService;
    training.hours_per_week = None;
    assert_eq!(excluded(training), 1);
}
