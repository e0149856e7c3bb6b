//! Strategies for instrument results: every instrument, in its valid ranges.

use super::*;

/// Any instrument result with valid inputs: the instrument uniform, each input uniform in
/// its range.
pub fn instrument_result() -> impl Strategy<Value = InstrumentResult> {
    use crate::instrument::gas::{GasGoal, GasLevel, GasWeight, Rho};
    use crate::instrument::ips::{IpsFidelity, IpsScaleVersion};
    use crate::instrument::kykyviisari::{AreaValues, DeclaredScale, KykyviisariResult};
    use crate::instrument::ukk::{Sex, UkkWalkTest};
    use crate::instrument::wai::{
        ImpairmentRating, JobDemands, JobNature, Prognosis, Rating0To4, Rating1To5, SickLeave,
        WaiAnswers,
    };
    use crate::instrument::was::WorkAbilityScore;
    let was =
        (0i64..=10).prop_map(|n| WorkAbilityScore::new(n).unwrap_or(WorkAbilityScore::LOWEST));
    let r15 = (1i64..=5).prop_map(|n| Rating1To5::new(n).unwrap_or(Rating1To5::LOWEST));
    let r04 = (0i64..=4).prop_map(|n| Rating0To4::new(n).unwrap_or(Rating0To4::LOWEST));
    let wai = (
        was.clone(),
        proptest::sample::select(JobNature::ALL.to_vec()),
        r15.clone(),
        r15.clone(),
        0u32..=8,
        (1i64..=6).prop_map(|n| ImpairmentRating::new(n).unwrap_or(ImpairmentRating::LOWEST)),
        proptest::sample::select(SickLeave::ALL.to_vec()),
        proptest::sample::select(Prognosis::ALL.to_vec()),
        [r04.clone(), r04.clone(), r04],
    )
        .prop_map(
            |(
                w,
                nature,
                physical,
                mental,
                diseases,
                impairment,
                sick_leave,
                prognosis,
                resources,
            )| {
                InstrumentResult::Wai {
                    answers: WaiAnswers {
                        current_work_ability: w,
                        job_demands: JobDemands {
                            nature,
                            physical,
                            mental,
                        },
                        diagnosed_diseases: diseases,
                        impairment,
                        sick_leave,
                        prognosis,
                        mental_resources: resources,
                    },
                }
            },
        );
    let ukk = (
        any::<bool>(),
        15u32..=99,
        100u32..=250,
        30u32..=300,
        480u32..=3600,
        40u32..=240,
    )
        .prop_filter_map(
            "inputs are generated inside their ranges",
            |(male, age, height, weight, time, hr)| {
                let sex = if male { Sex::Male } else { Sex::Female };
                UkkWalkTest::new(sex, age, height, f64::from(weight), time, hr)
                    .ok()
                    .map(|test| InstrumentResult::UkkWalkTest { test })
            },
        );
    let level = (-2i64..=2).prop_map(|n| GasLevel::new(n).unwrap_or(GasLevel::EXPECTED));
    let gas = proptest::collection::vec(
        (
            key(),
            (1i64..=5).prop_map(|n| GasWeight::new(n).unwrap_or(GasWeight::LOWEST)),
            level.clone(),
            proptest::option::of(level),
        ),
        0..6,
    )
    .prop_map(|goals| InstrumentResult::Gas {
        goals: goals
            .into_iter()
            .map(|(id, weight, baseline, attainment)| GasGoal {
                id,
                weight,
                baseline,
                attainment,
            })
            .collect(),
        rho: Rho::DEFAULT,
    });
    let kyky = (
        was.clone(),
        -5i32..=5,
        1i32..=10,
        [0i32..=100, 0i32..=100, 0i32..=100, 0i32..=100, 0i32..=100],
    )
        .prop_filter_map(
            "values are placed on the scale",
            |(w, min, width, fractions)| {
                let scale = DeclaredScale {
                    min,
                    max: min + width,
                };
                let on = |f: i32| min + width * f / 100;
                let areas = AreaValues {
                    mental_wellbeing: on(fractions[0]),
                    social_inclusion: on(fractions[1]),
                    physical_functioning: on(fractions[2]),
                    skills: on(fractions[3]),
                    everyday_fluency: on(fractions[4]),
                };
                KykyviisariResult::new(w, scale, areas)
                    .ok()
                    .map(|result| InstrumentResult::Kykyviisari { result })
            },
        );
    let ips =
        proptest::collection::vec(1i64..=5, 25).prop_filter_map("25 ratings in 1..=5", |ratings| {
            IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &ratings)
                .ok()
                .map(|fidelity| InstrumentResult::IpsFidelity { fidelity })
        });
    let perceived = proptest::collection::vec(
        (
            proptest::sample::select(crate::instrument::perceived::PerceivedDomain::ALL.to_vec()),
            proptest::sample::select(crate::instrument::change::Direction::ALL.to_vec()),
        ),
        0..=5,
    )
    .prop_map(|answers| InstrumentResult::PerceivedChange {
        perceived: crate::instrument::perceived::PerceivedChange::new(
            answers
                .into_iter()
                .map(
                    |(domain, change)| crate::instrument::perceived::PerceivedItem {
                        domain,
                        change,
                    },
                )
                .collect(),
        ),
    });
    prop_oneof![
        was.prop_map(|score| InstrumentResult::Was { score }),
        wai,
        ukk,
        gas,
        kyky,
        ips,
        perceived
    ]
}
