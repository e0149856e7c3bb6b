//! Every client rule has a fixture that breaks it (asserted by code and JSON Pointer, and
//! raising no other error or warning) and a near miss that passes it. Fixtures use the
//! temporary identity codes of `domain.md` §5 where they can, which adds an info finding.

use std::collections::BTreeSet;

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

fn ability(client: &mut Client) -> &mut PartialWorkAbility {
    client
        .partial_work_ability
        .as_mut()
        .expect("base has partial work ability")
}

struct Case {
    name: &'static str,
    code: RuleCode,
    breaks: fn(&mut Client),
    pointer: &'static str,
    near_miss: fn(&mut Client),
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "birth date one day off the identity code",
            code: RuleCode::ClientBirthDateMismatch,
            breaks: |c| c.birth_date = Some(date(2000, 3, 1)),
            pointer: "/birth_date",
            near_miss: |c| c.birth_date = Some(date(2000, 2, 29)),
        },
        Case {
            name: "born after the date of validation",
            code: RuleCode::ClientBirthDateInFuture,
            breaks: |c| {
                c.identity_code = None;
                c.unemployment_spells.clear();
                c.labour_market_status = LabourMarketStatus::Student;
                c.birth_date = Some(date(2024, 7, 1));
            },
            pointer: "/birth_date",
            near_miss: |c| {
                c.identity_code = None;
                c.birth_date = Some(date(2009, 6, 30));
            },
        },
        Case {
            name: "no birth date and no identity code",
            code: RuleCode::ClientBirthDateUnknown,
            breaks: |c| c.identity_code = None,
            pointer: "",
            near_miss: |c| {
                c.identity_code = None;
                c.birth_date = Some(date(1990, 1, 1));
            },
        },
        Case {
            name: "65 years old",
            code: RuleCode::ClientOutsideWorkingAge,
            breaks: |c| {
                c.identity_code = None;
                c.birth_date = Some(date(1959, 6, 30));
            },
            pointer: "/birth_date",
            near_miss: |c| {
                c.identity_code = None;
                c.birth_date = Some(date(1959, 7, 1));
            },
        },
        Case {
            name: "8 years old by the identity code",
            code: RuleCode::ClientOutsideWorkingAge,
            breaks: |c| {
                c.identity_code = Some("010516B903X".parse().expect("code"));
                c.unemployment_spells.clear();
                c.labour_market_status = LabourMarketStatus::Student;
            },
            pointer: "/identity_code",
            near_miss: |c| c.identity_code = Some("290200A002C".parse().expect("code")),
        },
        Case {
            name: "temporary identity code",
            code: RuleCode::ClientTemporaryIdentityCode,
            breaks: |c| c.identity_code = Some("010594Y9032".parse().expect("code")),
            pointer: "/identity_code",
            near_miss: |c| c.identity_code = Some("131052-308T".parse().expect("code")),
        },
        Case {
            name: "spell starting tomorrow",
            code: RuleCode::ClientSpellInFuture,
            breaks: |c| {
                c.unemployment_spells[1] =
                    UnemploymentSpell::new(date(2022, 11, 1), Some(date(2024, 6, 30)))
                        .expect("spell");
                c.unemployment_spells
                    .push(UnemploymentSpell::open(date(2024, 7, 1)));
            },
            pointer: "/unemployment_spells/2/start",
            near_miss: |c| {
                c.unemployment_spells[1] =
                    UnemploymentSpell::new(date(2022, 11, 1), Some(date(2024, 6, 29)))
                        .expect("spell");
                c.unemployment_spells
                    .push(UnemploymentSpell::open(date(2024, 6, 30)));
            },
        },
        Case {
            name: "spell before birth",
            code: RuleCode::ClientSpellBeforeBirth,
            breaks: |c| {
                c.unemployment_spells[0] =
                    UnemploymentSpell::new(date(2000, 2, 28), Some(date(2000, 12, 31)))
                        .expect("spell");
            },
            pointer: "/unemployment_spells/0/start",
            near_miss: |c| {
                c.unemployment_spells[0] =
                    UnemploymentSpell::new(date(2000, 2, 29), Some(date(2000, 12, 31)))
                        .expect("spell");
            },
        },
        Case {
            name: "spells sharing a day",
            code: RuleCode::ClientSpellsOverlap,
            breaks: |c| {
                c.unemployment_spells[0] =
                    UnemploymentSpell::new(date(2019, 1, 1), Some(date(2022, 11, 1)))
                        .expect("spell");
            },
            pointer: "/unemployment_spells/1",
            near_miss: |c| {
                c.unemployment_spells[0] =
                    UnemploymentSpell::new(date(2019, 1, 1), Some(date(2022, 10, 31)))
                        .expect("spell");
            },
        },
        Case {
            name: "unemployed jobseeker whose spells ended",
            code: RuleCode::ClientUnemployedWithoutSpell,
            breaks: |c| {
                c.unemployment_spells[1] =
                    UnemploymentSpell::new(date(2022, 11, 1), Some(date(2024, 6, 29)))
                        .expect("spell");
            },
            pointer: "/labour_market_status",
            near_miss: |c| {
                c.unemployment_spells[1] =
                    UnemploymentSpell::new(date(2022, 11, 1), Some(date(2024, 6, 30)))
                        .expect("spell");
            },
        },
        Case {
            name: "employed with an open spell",
            code: RuleCode::ClientWorkingWithOpenSpell,
            breaks: |c| c.labour_market_status = LabourMarketStatus::Employed,
            pointer: "/unemployment_spells/1",
            near_miss: |c| c.labour_market_status = LabourMarketStatus::PartTimeEmployed,
        },
        Case {
            name: "assessment confirmed tomorrow",
            code: RuleCode::ClientAssessmentInFuture,
            breaks: |c| {
                ability(c).assessment = AssessmentStatus::Confirmed {
                    on: date(2024, 7, 1),
                };
            },
            pointer: "/partial_work_ability/assessment/on",
            near_miss: |c| {
                ability(c).assessment = AssessmentStatus::InProgress {
                    since: date(2024, 6, 30),
                };
            },
        },
        Case {
            name: "assessment started tomorrow",
            code: RuleCode::ClientAssessmentInFuture,
            breaks: |c| {
                ability(c).assessment = AssessmentStatus::InProgress {
                    since: date(2024, 7, 1),
                };
            },
            pointer: "/partial_work_ability/assessment/since",
            near_miss: |c| ability(c).assessment = AssessmentStatus::NotAssessed {},
        },
        Case {
            name: "cause listed twice",
            code: RuleCode::ClientDuplicateCause,
            breaks: |c| {
                ability(c).causes.push(Cause::LongTermUnemployment {
                    basis: ReducedCapacityBasis::Illness,
                });
            },
            pointer: "/partial_work_ability/causes/2",
            near_miss: |c| {
                ability(c).causes.push(Cause::LongTermUnemployment {
                    basis: ReducedCapacityBasis::Injury,
                });
            },
        },
        Case {
            name: "domain listed twice",
            code: RuleCode::ClientDuplicateDomain,
            breaks: |c| ability(c).limited_domains.push(FunctionalDomain::Physical),
            pointer: "/partial_work_ability/limited_domains/2",
            near_miss: |c| ability(c).limited_domains.push(FunctionalDomain::Cognitive),
        },
        Case {
            name: "limitations confirmed without a cause",
            code: RuleCode::ClientConfirmedWithoutCause,
            breaks: |c| ability(c).causes.clear(),
            pointer: "/partial_work_ability/causes",
            near_miss: |c| {
                ability(c).causes.clear();
                ability(c).assessment = AssessmentStatus::InProgress {
                    since: date(2024, 1, 1),
                };
            },
        },
    ]
}

#[test]
fn the_base_fixture_breaks_nothing() {
    let report = base().validate(as_of());
    assert!(report.is_empty(), "{}", report.to_text(tyokyky::Lang::En));
}

#[test]
fn each_fixture_breaks_exactly_its_rule_at_its_pointer() {
    for case in cases() {
        let mut client = base();
        (case.breaks)(&mut client);
        let report = client.validate(as_of());
        let hits: Vec<&str> = report
            .with_code(case.code)
            .map(|finding| finding.path().as_str())
            .collect();
        assert_eq!(hits, vec![case.pointer], "{}: {report:#?}", case.name);
        let others: BTreeSet<RuleCode> = report
            .iter()
            .filter(|finding| finding.severity() != Severity::Info)
            .map(|finding| finding.code())
            .filter(|code| *code != case.code)
            .collect();
        assert!(others.is_empty(), "{}: also broke {others:?}", case.name);
    }
}

#[test]
fn each_near_miss_passes_its_rule() {
    for case in cases() {
        let mut client = base();
        (case.near_miss)(&mut client);
        let report = client.validate(as_of());
        assert_eq!(
            report.with_code(case.code).count(),
            0,
            "{}: {report:#?}",
            case.name
        );
        assert!(!report.has_errors(), "{}: {report:#?}", case.name);
    }
}

#[test]
fn every_client_rule_has_a_fixture() {
    let covered: BTreeSet<RuleCode> = cases().iter().map(|case| case.code).collect();
    for code in RuleCode::ALL {
        if code.as_str().starts_with("client.") {
            assert!(covered.contains(code), "{code} has no fixture");
        }
    }
}

#[test]
fn the_working_age_range_is_configurable() {
    let mut client = base();
    client.identity_code = None;
    client.birth_date = Some(date(1959, 6, 30));
    let mut rules = ClientRules::default();
    assert_eq!((rules.working_age_min, rules.working_age_max), (15, 64));
    rules.working_age_max = 67;
    assert!(client.validate_with(as_of(), &rules).is_empty());
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
    assert_eq!(report.with_code(RuleCode::ClientSpellsOverlap).count(), 999);
}
