//! Plausible instrument results of fictitious clients, for the sample paths.

use crate::instrument::InstrumentResult;
use crate::instrument::change::Direction;
use crate::instrument::gas::{GasGoal, GasLevel, GasWeight, Rho};
use crate::instrument::ips::{IpsFidelity, IpsScaleVersion};
use crate::instrument::kykyviisari::{AreaValues, DeclaredScale, KykyviisariResult};
use crate::instrument::perceived::{PerceivedChange, PerceivedDomain, PerceivedItem};
use crate::instrument::ukk::{Sex, UkkWalkTest};
use crate::instrument::wai::{
    ImpairmentRating, JobDemands, JobNature, Prognosis, Rating0To4, Rating1To5, SickLeave,
    WaiAnswers,
};
use crate::instrument::was::WorkAbilityScore;
use crate::service::record::key::Key;
use crate::service::record::measurement::InstrumentKind;

/// A plausible result of `instrument` for a fictitious client; `improved` gives the
/// better of two administrations.
pub fn result(instrument: InstrumentKind, improved: bool) -> InstrumentResult {
    let step = i64::from(improved);
    let score = |n: i64| WorkAbilityScore::new(n).unwrap_or(WorkAbilityScore::LOWEST);
    match instrument {
        InstrumentKind::Was => InstrumentResult::Was {
            score: score(6 + step),
        },
        InstrumentKind::Wai => InstrumentResult::Wai {
            answers: WaiAnswers {
                current_work_ability: score(6 + step),
                job_demands: JobDemands {
                    nature: JobNature::Both,
                    physical: rating(3 + step),
                    mental: rating(3),
                },
                diagnosed_diseases: 2,
                impairment: ImpairmentRating::new(4 + step).unwrap_or(ImpairmentRating::LOWEST),
                sick_leave: SickLeave::From10To24Days,
                prognosis: Prognosis::NotCertain,
                mental_resources: [answer(2), answer(2 + step), answer(3)],
            },
        },
        InstrumentKind::UkkWalkTest => {
            let seconds = if improved { 18 * 60 } else { 18 * 60 + 40 };
            match UkkWalkTest::new(Sex::Female, 44, 166, 74.0, seconds, 150) {
                Ok(test) => InstrumentResult::UkkWalkTest { test },
                Err(_) => InstrumentResult::Was { score: score(6) },
            }
        }
        InstrumentKind::Gas => InstrumentResult::Gas {
            goals: ["daily_walks", "regular_meals", "sleep_rhythm"]
                .iter()
                .map(|id| GasGoal {
                    id: Key::from_static(id),
                    weight: GasWeight::LOWEST,
                    baseline: GasLevel::new(-1).unwrap_or(GasLevel::EXPECTED),
                    attainment: improved.then_some(GasLevel::EXPECTED),
                })
                .collect(),
            rho: Rho::DEFAULT,
        },
        InstrumentKind::Kykyviisari => {
            let scale = DeclaredScale { min: 0, max: 10 };
            let v = |n: i64| i32::try_from(n).unwrap_or(0);
            let areas = AreaValues {
                mental_wellbeing: v(5 + step),
                social_inclusion: v(6),
                physical_functioning: v(5 + step),
                skills: v(7),
                everyday_fluency: v(6),
            };
            match KykyviisariResult::new(score(6 + step), scale, areas) {
                Ok(result) => InstrumentResult::Kykyviisari { result },
                Err(_) => InstrumentResult::Was { score: score(6) },
            }
        }
        InstrumentKind::IpsFidelity => InstrumentResult::IpsFidelity {
            fidelity: IpsFidelity {
                version: IpsScaleVersion::Ips25,
                items: [rating(4); 25],
            },
        },
        InstrumentKind::PerceivedChange => InstrumentResult::PerceivedChange {
            perceived: perceived(if improved {
                Direction::Improved
            } else {
                Direction::Unchanged
            }),
        },
    }
}

/// The same perceived change in every domain.
fn perceived(change: Direction) -> PerceivedChange {
    PerceivedChange::new(
        PerceivedDomain::ALL
            .iter()
            .map(|domain| PerceivedItem {
                domain: *domain,
                change,
            })
            .collect(),
    )
}

fn rating(n: i64) -> Rating1To5 {
    Rating1To5::new(n).unwrap_or(Rating1To5::LOWEST)
}

fn answer(n: i64) -> Rating0To4 {
    Rating0To4::new(n).unwrap_or(Rating0To4::LOWEST)
}
