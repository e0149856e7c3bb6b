//! Client rules beyond the violation table (see `tests/rules.rs`): configuration,
//! severities and many spells.

use chrono::NaiveDate;
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
    client.partial_work_ability = Some(PartialWorkAbility {
        causes: vec![
            Cause::LongTermIllness {},
            Cause::LongTermUnemployment {
                basis: ReducedCapacityBasis::Illness,
            },
        ],
        main_cause_group: None,
        assessment: AssessmentStatus::Confirmed {
            on: date(2023, 3, 1),
        },
        permanence: Permanence::Lasting,
        limited_domains: vec![FunctionalDomain::Physical, FunctionalDomain::Social],
    });
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
    assert!(client.validate_with(&rules, as_of()).is_empty());
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
