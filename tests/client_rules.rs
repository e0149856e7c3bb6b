//! Client rules beyond the violation table (see `tests/rules.rs`): configuration,
//! severities and many spells.

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::{
    AssessmentStatus, Cause, Client, ClientId, ClientRules, FunctionalDomain, LabourMarketStatus,
    PartialWorkAbility, Permanence, ReducedCapacityBasis, RuleCode, Severity, UnemploymentSpell,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn as_of() -> NaiveDate {
    date(2024, 6, 30)
}

/// A fictitious, long-term unemployed client that breaks no rule on 30.6.2024.
fn base() -> Client {
    let mut client = Client::new(
        ClientId::new("fixture-001").expect("id"),
        LabourMarketStatus::UnemployedJobseeker,
    );
    client.identity_code = Some("290200A002C".parse().expect("code"));
    client.unemployment_spells = vec![
        UnemploymentSpell::new(date(2019, 1, 1), Some(date(2019, 12, 31))).expect("spell"),
        UnemploymentSpell::open(date(2022, 11, 1)),
    ];
    let mut ability = PartialWorkAbility::new(
        vec![
            Cause::LongTermIllness {},
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::Illness,
            },
        ],
        AssessmentStatus::Confirmed {
            on: date(2023, 3, 1),
        },
        Permanence::Lasting,
    );
    ability.limited_domains = vec![FunctionalDomain::Physical, FunctionalDomain::Social];
    client.partial_work_ability = Some(ability);
    client
}

#[test]
fn the_working_age_range_is_configurable() {
    let mut client = base();
    client.identity_code = None;
    client.birth_date = Some(date(1959, 6, 30));
    let mut rules = ClientRules::default();
    assert_eq!((rules.working_age_min, rules.working_age_max), (15, 64));
    rules.working_age_max = 67;
    let options = ValidationOptions::default().with_client_rules(rules);
    assert!(client.validate_with(&options, as_of()).is_empty());
    assert!(
        !client.validate(as_of()).is_empty(),
        "65 is past the default range"
    );
}

/// A client read from JSON is checked with the options' client rules, as a typed one is:
/// a document does not fall back to the defaults.
#[test]
fn a_client_document_is_checked_with_the_options_client_rules() {
    let mut client = base();
    client.identity_code = None;
    client.birth_date = Some(date(1959, 6, 30));
    let json = serde_json::to_vec(&client).expect("json");
    let defaults = tyokyky::validate_json(&json, &ValidationOptions::default(), as_of());
    assert!(
        defaults
            .with_code(RuleCode::CLIENT_OUTSIDE_WORKING_AGE)
            .next()
            .is_some(),
        "{defaults:?}"
    );
    let mut rules = ClientRules::default();
    rules.working_age_max = 67;
    let options = ValidationOptions::default().with_client_rules(rules);
    let report = tyokyky::validate_json(&json, &options, as_of());
    assert!(report.is_empty(), "{report:?}");
}

#[test]
fn severities_follow_the_catalogue() {
    let mut client = base();
    client.birth_date = Some(date(2000, 3, 1));
    client.identity_code = Some("010594Y9032".parse().expect("code"));
    let report = client.validate(as_of());
    for finding in &report {
        assert_eq!(finding.severity(), finding.code().info().default_severity);
    }
    assert_eq!(report.count(Severity::Info), 1);
    assert_eq!(report.count(Severity::Error), 1);
}

#[test]
fn many_overlapping_spells_are_each_reported_once() {
    let mut client = base();
    client.unemployment_spells = (0..1000)
        .map(|i| UnemploymentSpell::open(date(2020, 1, 1) + chrono::Days::new(i)))
        .collect();
    let report = client.validate(as_of());
    assert_eq!(
        report.with_code(RuleCode::CLIENT_SPELLS_OVERLAP).count(),
        999
    );
}

/// The spells a later spell overlaps with: `(pointer of the later one, index of the other)`,
/// the other found by the start date the finding names.
fn overlaps(spells: &[(NaiveDate, Option<NaiveDate>)]) -> Vec<(String, i64)> {
    let mut client = base();
    client.labour_market_status = LabourMarketStatus::Student;
    client.unemployment_spells = spells
        .iter()
        .map(|&(start, end)| UnemploymentSpell::new(start, end).expect("spell"))
        .collect();
    client
        .validate(as_of())
        .with_code(RuleCode::CLIENT_SPELLS_OVERLAP)
        .map(|finding| {
            let other = match finding.get("other_start") {
                Some(tyokyky::ParamValue::Date { value }) => spells
                    .iter()
                    .position(|(start, _)| start == value)
                    .and_then(|index| i64::try_from(index).ok())
                    .expect("a spell starts on the day named"),
                other => panic!("other_start: {other:?}"),
            };
            (finding.path().as_str().to_owned(), other)
        })
        .collect()
}

#[test]
fn a_spell_is_compared_with_the_one_reaching_furthest() {
    // A spell inside an earlier one leaves the reach at the earlier one's end: a third
    // spell overlapping only the first is found, and named against the first.
    assert_eq!(
        overlaps(&[
            (date(2019, 1, 1), Some(date(2020, 12, 31))),
            (date(2019, 6, 1), Some(date(2019, 12, 31))),
            (date(2020, 6, 1), Some(date(2021, 6, 30))),
        ]),
        [
            ("/unemployment_spells/1".to_owned(), 0),
            ("/unemployment_spells/2".to_owned(), 0)
        ]
    );
    // A spell reaching further takes over: the third overlaps only the second.
    assert_eq!(
        overlaps(&[
            (date(2019, 1, 1), Some(date(2019, 12, 31))),
            (date(2019, 6, 1), Some(date(2020, 12, 31))),
            (date(2020, 6, 1), Some(date(2021, 6, 30))),
        ]),
        [
            ("/unemployment_spells/1".to_owned(), 0),
            ("/unemployment_spells/2".to_owned(), 1)
        ]
    );
    // Of two spells ending on the same day, the first keeps the reach.
    assert_eq!(
        overlaps(&[
            (date(2019, 1, 1), Some(date(2020, 12, 31))),
            (date(2019, 6, 1), Some(date(2020, 12, 31))),
            (date(2020, 6, 1), Some(date(2021, 6, 30))),
        ]),
        [
            ("/unemployment_spells/1".to_owned(), 0),
            ("/unemployment_spells/2".to_owned(), 0)
        ]
    );
}

#[test]
fn a_birth_on_the_day_of_validation_is_not_in_the_future() {
    let mut client = base();
    client.identity_code = None;
    client.unemployment_spells.clear();
    client.labour_market_status = LabourMarketStatus::Student;
    client.birth_date = Some(as_of());
    let report = client.validate(as_of());
    assert_eq!(
        report
            .with_code(RuleCode::CLIENT_BIRTH_DATE_IN_FUTURE)
            .count(),
        0
    );
    client.birth_date = as_of().succ_opt();
    let report = client.validate(as_of());
    assert_eq!(
        report
            .with_code(RuleCode::CLIENT_BIRTH_DATE_IN_FUTURE)
            .count(),
        1
    );
}

#[test]
fn a_jobseeker_without_any_recorded_spell_is_not_flagged() {
    // No spell history recorded at all is missing data, not a contradiction.
    let mut client = base();
    client.unemployment_spells.clear();
    let report = client.validate(as_of());
    assert_eq!(
        report
            .with_code(RuleCode::CLIENT_UNEMPLOYED_WITHOUT_SPELL)
            .count(),
        0
    );
}
