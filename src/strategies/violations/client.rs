//! The client rules' cases: a fictitious, long-term unemployed client who breaks no rule
//! on 30 June 2024, and the change that breaks each rule.

use chrono::NaiveDate;

use crate::ability::{
    AssessmentStatus, Cause, FunctionalDomain, PartialWorkAbility, Permanence, ReducedCapacityBasis,
};
use crate::client::{Client, ClientId, LabourMarketStatus, UnemploymentSpell};
use crate::rules::code::RuleCode;

fn client_date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

pub(super) fn client_as_of() -> NaiveDate {
    client_date(2024, 6, 30)
}

/// A fictitious, long-term unemployed client that breaks no rule on 30.6.2024.
pub(super) fn client_base() -> Client {
    let mut client = Client::new(
        ClientId::from_trusted("fixture-001".to_owned()),
        LabourMarketStatus::UnemployedJobseeker,
    );
    client.identity_code = "290200A002C".parse().ok();
    client.unemployment_spells = vec![
        spell(client_date(2019, 1, 1), Some(client_date(2019, 12, 31))),
        UnemploymentSpell::open(client_date(2022, 11, 1)),
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
            on: client_date(2023, 3, 1),
        },
        permanence: Permanence::Lasting,
        limited_domains: vec![FunctionalDomain::Physical, FunctionalDomain::Social],
    });
    client
}

fn ability(client: &mut Client) -> &mut PartialWorkAbility {
    client
        .partial_work_ability
        .get_or_insert_with(|| PartialWorkAbility {
            causes: Vec::new(),
            main_cause_group: None,
            assessment: AssessmentStatus::NotAssessed {},
            permanence: Permanence::Unknown,
            limited_domains: Vec::new(),
        })
}

fn spell(start: NaiveDate, end: Option<NaiveDate>) -> UnemploymentSpell {
    UnemploymentSpell::new(start, end).unwrap_or(UnemploymentSpell::open(start))
}

#[derive(Clone)]
pub(super) struct ClientCase {
    pub(super) name: &'static str,
    pub(super) code: RuleCode,
    pub(super) breaks: fn(&mut Client),
    pub(super) pointer: &'static str,
    pub(super) near_miss: fn(&mut Client),
}

pub(super) fn client_cases() -> Vec<ClientCase> {
    vec![
        ClientCase {
            name: "birth date one day off the identity code",
            code: RuleCode::CLIENT_BIRTH_DATE_MISMATCH,
            breaks: |c| c.birth_date = Some(client_date(2000, 3, 1)),
            pointer: "/birth_date",
            near_miss: |c| c.birth_date = Some(client_date(2000, 2, 29)),
        },
        ClientCase {
            name: "born after the date of validation",
            code: RuleCode::CLIENT_BIRTH_DATE_IN_FUTURE,
            breaks: |c| {
                c.identity_code = None;
                c.unemployment_spells.clear();
                c.labour_market_status = LabourMarketStatus::Student;
                c.birth_date = Some(client_date(2024, 7, 1));
            },
            pointer: "/birth_date",
            near_miss: |c| {
                c.identity_code = None;
                c.birth_date = Some(client_date(2009, 6, 30));
            },
        },
        ClientCase {
            name: "no birth date and no identity code",
            code: RuleCode::CLIENT_BIRTH_DATE_UNKNOWN,
            breaks: |c| c.identity_code = None,
            pointer: "",
            near_miss: |c| {
                c.identity_code = None;
                c.birth_date = Some(client_date(1990, 1, 1));
            },
        },
        ClientCase {
            name: "65 years old",
            code: RuleCode::CLIENT_OUTSIDE_WORKING_AGE,
            breaks: |c| {
                c.identity_code = None;
                c.birth_date = Some(client_date(1959, 6, 30));
            },
            pointer: "/birth_date",
            near_miss: |c| {
                c.identity_code = None;
                c.birth_date = Some(client_date(1959, 7, 1));
            },
        },
        ClientCase {
            name: "8 years old by the identity code",
            code: RuleCode::CLIENT_OUTSIDE_WORKING_AGE,
            breaks: |c| {
                c.identity_code = "010516B903X".parse().ok();
                c.unemployment_spells.clear();
                c.labour_market_status = LabourMarketStatus::Student;
            },
            pointer: "/identity_code",
            near_miss: |c| c.identity_code = "290200A002C".parse().ok(),
        },
        ClientCase {
            name: "temporary identity code",
            code: RuleCode::CLIENT_TEMPORARY_IDENTITY_CODE,
            breaks: |c| c.identity_code = "010594Y9032".parse().ok(),
            pointer: "/identity_code",
            near_miss: |c| c.identity_code = "131052-308T".parse().ok(),
        },
        ClientCase {
            name: "spell starting tomorrow",
            code: RuleCode::CLIENT_SPELL_IN_FUTURE,
            breaks: |c| {
                c.unemployment_spells[1] =
                    spell(client_date(2022, 11, 1), Some(client_date(2024, 6, 30)));
                c.unemployment_spells
                    .push(UnemploymentSpell::open(client_date(2024, 7, 1)));
            },
            pointer: "/unemployment_spells/2/start",
            near_miss: |c| {
                c.unemployment_spells[1] =
                    spell(client_date(2022, 11, 1), Some(client_date(2024, 6, 29)));
                c.unemployment_spells
                    .push(UnemploymentSpell::open(client_date(2024, 6, 30)));
            },
        },
        ClientCase {
            name: "spell before birth",
            code: RuleCode::CLIENT_SPELL_BEFORE_BIRTH,
            breaks: |c| {
                c.unemployment_spells[0] =
                    spell(client_date(2000, 2, 28), Some(client_date(2000, 12, 31)));
            },
            pointer: "/unemployment_spells/0/start",
            near_miss: |c| {
                c.unemployment_spells[0] =
                    spell(client_date(2000, 2, 29), Some(client_date(2000, 12, 31)));
            },
        },
        ClientCase {
            name: "spells sharing a day",
            code: RuleCode::CLIENT_SPELLS_OVERLAP,
            breaks: |c| {
                c.unemployment_spells[0] =
                    spell(client_date(2019, 1, 1), Some(client_date(2022, 11, 1)));
            },
            pointer: "/unemployment_spells/1",
            near_miss: |c| {
                c.unemployment_spells[0] =
                    spell(client_date(2019, 1, 1), Some(client_date(2022, 10, 31)));
            },
        },
        ClientCase {
            name: "unemployed jobseeker whose spells ended",
            code: RuleCode::CLIENT_UNEMPLOYED_WITHOUT_SPELL,
            breaks: |c| {
                c.unemployment_spells[1] =
                    spell(client_date(2022, 11, 1), Some(client_date(2024, 6, 29)));
            },
            pointer: "/labour_market_status",
            near_miss: |c| {
                c.unemployment_spells[1] =
                    spell(client_date(2022, 11, 1), Some(client_date(2024, 6, 30)));
            },
        },
        ClientCase {
            name: "employed with an open spell",
            code: RuleCode::CLIENT_WORKING_WITH_OPEN_SPELL,
            breaks: |c| c.labour_market_status = LabourMarketStatus::Employed,
            pointer: "/unemployment_spells/1",
            near_miss: |c| c.labour_market_status = LabourMarketStatus::PartTimeEmployed,
        },
        ClientCase {
            name: "assessment confirmed tomorrow",
            code: RuleCode::CLIENT_ASSESSMENT_IN_FUTURE,
            breaks: |c| {
                ability(c).assessment = AssessmentStatus::Confirmed {
                    on: client_date(2024, 7, 1),
                };
            },
            pointer: "/partial_work_ability/assessment/on",
            near_miss: |c| {
                ability(c).assessment = AssessmentStatus::InProgress {
                    since: client_date(2024, 6, 30),
                };
            },
        },
        ClientCase {
            name: "assessment started tomorrow",
            code: RuleCode::CLIENT_ASSESSMENT_IN_FUTURE,
            breaks: |c| {
                ability(c).assessment = AssessmentStatus::InProgress {
                    since: client_date(2024, 7, 1),
                };
            },
            pointer: "/partial_work_ability/assessment/since",
            near_miss: |c| ability(c).assessment = AssessmentStatus::NotAssessed {},
        },
        ClientCase {
            name: "cause listed twice",
            code: RuleCode::CLIENT_DUPLICATE_CAUSE,
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
        ClientCase {
            name: "domain listed twice",
            code: RuleCode::CLIENT_DUPLICATE_DOMAIN,
            breaks: |c| ability(c).limited_domains.push(FunctionalDomain::Physical),
            pointer: "/partial_work_ability/limited_domains/2",
            near_miss: |c| ability(c).limited_domains.push(FunctionalDomain::Cognitive),
        },
        ClientCase {
            name: "limitations confirmed without a cause",
            code: RuleCode::CLIENT_CONFIRMED_WITHOUT_CAUSE,
            breaks: |c| ability(c).causes.clear(),
            pointer: "/partial_work_ability/causes",
            near_miss: |c| {
                ability(c).causes.clear();
                ability(c).assessment = AssessmentStatus::InProgress {
                    since: client_date(2024, 1, 1),
                };
            },
        },
    ]
}
