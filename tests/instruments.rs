//! Instruments: the published vectors of domain.md §3, construction errors that name the
//! field and its range, and properties (bounds, monotonicity, order invariance).

use proptest::prelude::*;
use tyokyky::Key;
use tyokyky::instrument::gas::{self, GasGoal, GasLevel, GasWeight, Rho};
use tyokyky::instrument::ips::{IpsFidelity, IpsLevel, IpsScaleVersion};
use tyokyky::instrument::ukk::{FitnessClass, Sex, UkkWalkTest};
use tyokyky::instrument::wai::{
    ImpairmentRating, JobDemands, JobNature, Prognosis, Rating0To4, Rating1To5, SickLeave,
    WaiAnswers, WaiCategory,
};
use tyokyky::instrument::was::WorkAbilityScore;
use tyokyky::instrument::{InstrumentError, InstrumentResult};

const SICK_LEAVE: [SickLeave; 5] = [
    SickLeave::From100To365Days,
    SickLeave::From25To99Days,
    SickLeave::From10To24Days,
    SickLeave::UpTo9Days,
    SickLeave::None,
];
const PROGNOSIS: [Prognosis; 3] = [
    Prognosis::Unlikely,
    Prognosis::NotCertain,
    Prognosis::RelativelyCertain,
];
const NATURE: [JobNature; 3] = [JobNature::Physical, JobNature::Mental, JobNature::Both];

/// WAI answers from plain numbers; `sick_leave` and `prognosis` index the arrays above,
/// worst first, so a higher number is always a better answer.
#[derive(Debug, Clone, Copy)]
struct Wai {
    i1: i64,
    nature: usize,
    p: i64,
    m: i64,
    diseases: u32,
    i4: i64,
    sick_leave: usize,
    prognosis: usize,
    i7: [i64; 3],
}

impl Wai {
    fn answers(self) -> WaiAnswers {
        WaiAnswers {
            current_work_ability: WorkAbilityScore::new(self.i1).expect("i1"),
            job_demands: JobDemands {
                nature: NATURE[self.nature],
                physical: Rating1To5::new(self.p).expect("p"),
                mental: Rating1To5::new(self.m).expect("m"),
            },
            diagnosed_diseases: self.diseases,
            impairment: ImpairmentRating::new(self.i4).expect("i4"),
            sick_leave: SICK_LEAVE[self.sick_leave],
            prognosis: PROGNOSIS[self.prognosis],
            mental_resources: self.i7.map(|a| Rating0To4::new(a).expect("i7")),
        }
    }
}

#[test]
fn wai_vectors() {
    let vectors = [
        (
            Wai {
                i1: 10,
                nature: 2,
                p: 5,
                m: 5,
                diseases: 0,
                i4: 6,
                sick_leave: 4,
                prognosis: 2,
                i7: [4, 4, 4],
            },
            98,
            WaiCategory::Excellent,
        ),
        (
            Wai {
                i1: 8,
                nature: 1,
                p: 4,
                m: 4,
                diseases: 1,
                i4: 5,
                sick_leave: 3,
                prognosis: 2,
                i7: [3, 3, 3],
            },
            80,
            WaiCategory::Good,
        ),
        (
            Wai {
                i1: 7,
                nature: 2,
                p: 4,
                m: 3,
                diseases: 2,
                i4: 5,
                sick_leave: 3,
                prognosis: 1,
                i7: [2, 2, 3],
            },
            68,
            WaiCategory::Moderate,
        ),
        (
            Wai {
                i1: 5,
                nature: 0,
                p: 3,
                m: 4,
                diseases: 3,
                i4: 4,
                sick_leave: 2,
                prognosis: 1,
                i7: [2, 2, 2],
            },
            55,
            WaiCategory::Poor,
        ),
    ];
    for (wai, half_points, category) in vectors {
        let score = wai.answers().score();
        assert_eq!(
            (score.total.0, score.category),
            (half_points, category),
            "{wai:?}"
        );
        let result = InstrumentResult::Wai {
            answers: wai.answers(),
        };
        assert_eq!(result.headline(), Some(f64::from(half_points) / 2.0));
    }
}

#[test]
fn ukk_vector() {
    let result = UkkWalkTest::new(Sex::Male, 50, 188, 105.0, 17 * 60 + 34, 157)
        .expect("valid")
        .score();
    assert_eq!(
        (result.fitness_index, result.class),
        (61, FitnessClass::WellBelowAverage)
    );
}

fn goals(levels: &[i64]) -> Vec<GasGoal> {
    levels
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let mut goal = GasGoal::new(
                Key::new(&format!("goal_{i}")).expect("key"),
                GasWeight::new(1).expect("weight"),
                GasLevel::new(-1).expect("baseline"),
            );
            goal.attainment = Some(GasLevel::new(*x).expect("level"));
            goal
        })
        .collect()
}

#[test]
fn gas_vectors() {
    for (levels, t) in [
        (&[0, 0, 0][..], 50.0),
        (&[1, 0, -1][..], 50.0),
        (&[1, 1, 1][..], 63.69),
        (&[-2, -2, -2][..], 22.61),
        (&[1, 1][..], 62.4),
    ] {
        assert_eq!(
            gas::score(&goals(levels), Rho::DEFAULT).map(|s| s.attainment_t),
            Some(t),
            "{levels:?}"
        );
    }
}

#[test]
fn construction_errors_name_the_field_and_range() {
    let cases: Vec<(Result<(), InstrumentError>, &str)> = vec![
        (
            WorkAbilityScore::new(11).map(drop),
            "work_ability_score must be in 0..=10, got 11",
        ),
        (
            Rating1To5::new(0).map(drop),
            "rating must be in 1..=5, got 0",
        ),
        (
            ImpairmentRating::new(7).map(drop),
            "impairment must be in 1..=6, got 7",
        ),
        (
            Rating0To4::new(5).map(drop),
            "mental_resources_answer must be in 0..=4, got 5",
        ),
        (
            GasLevel::new(3).map(drop),
            "gas_level must be in -2..=2, got 3",
        ),
        (
            GasWeight::new(0).map(drop),
            "gas_weight must be in 1..=100, got 0",
        ),
        (
            UkkWalkTest::new(Sex::Female, 14, 170, 60.0, 900, 120).map(drop),
            "age_years must be in 15..=99, got 14",
        ),
        (
            UkkWalkTest::new(Sex::Female, 40, 170, 60.0, 100, 120).map(drop),
            "time_seconds must be in 480..=3600, got 100",
        ),
        (
            Rho::new(1.5).map(drop),
            "rho must be a finite number in 0..=0.99, got 1.5",
        ),
        (
            IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &[3; 20]).map(drop),
            "items must have 25 entries, got 20",
        ),
    ];
    for (result, message) in cases {
        assert_eq!(result.map_err(|e| e.to_string()), Err(message.to_owned()));
    }
    // Deserialization goes through the same checks.
    let json = r#"{"type":"was","score":12}"#;
    let error = serde_json::from_str::<InstrumentResult>(json).expect_err("out of range");
    assert!(
        error
            .to_string()
            .contains("work_ability_score must be in 0..=10, got 12"),
        "{error}"
    );
}

fn wai_strategy() -> impl Strategy<Value = Wai> {
    (
        0i64..=10,
        0usize..3,
        1i64..=5,
        1i64..=5,
        0u32..=8,
        1i64..=6,
        0usize..5,
        0usize..3,
        [0i64..=4, 0i64..=4, 0i64..=4],
    )
        .prop_map(
            |(i1, nature, p, m, diseases, i4, sick_leave, prognosis, i7)| Wai {
                i1,
                nature,
                p,
                m,
                diseases,
                i4,
                sick_leave,
                prognosis,
                i7,
            },
        )
}

proptest! {
    #[test]
    fn wai_totals_stay_in_7_to_49(wai in wai_strategy()) {
        let score = wai.answers().score();
        prop_assert!((14..=98).contains(&score.total.0));
        prop_assert_eq!(score.items.iter().map(|i| i.0).sum::<u32>(), score.total.0);
    }

    #[test]
    fn a_better_wai_answer_never_lowers_the_total(wai in wai_strategy(), item in 0usize..9) {
        let mut better = wai;
        match item {
            0 => better.i1 = (wai.i1 + 1).min(10),
            1 => better.p = (wai.p + 1).min(5),
            2 => better.m = (wai.m + 1).min(5),
            3 => better.diseases = wai.diseases.saturating_sub(1),
            4 => better.i4 = (wai.i4 + 1).min(6),
            5 => better.sick_leave = (wai.sick_leave + 1).min(4),
            6 => better.prognosis = (wai.prognosis + 1).min(2),
            7 => better.i7[0] = (wai.i7[0] + 1).min(4),
            _ => better.i7[2] = (wai.i7[2] + 1).min(4),
        }
        prop_assert!(better.answers().score().total >= wai.answers().score().total);
    }

    #[test]
    fn ukk_results_are_finite_and_faster_or_calmer_never_lowers_the_index(
        male in any::<bool>(), age in 15u32..=99, height in 100u32..=250, weight in 30.0f64..=300.0,
        seconds in 480u32..=3500, hr in 40u32..=230, faster in 0u32..=100, calmer in 0u32..=10,
    ) {
        let sex = if male { Sex::Male } else { Sex::Female };
        let base = UkkWalkTest::new(sex, age, height, weight, seconds, hr).expect("valid").score();
        prop_assert!(base.vo2max.is_finite() && base.bmi.is_finite());
        prop_assert_eq!(base.class, FitnessClass::of(base.fitness_index));
        prop_assert_eq!(base.outside_validated_age, !(20..=65).contains(&age));
        let better = UkkWalkTest::new(sex, age, height, weight, (seconds - faster).max(480), hr - calmer.min(hr - 40)).expect("valid").score();
        prop_assert!(better.fitness_index >= base.fitness_index);
        prop_assert!(better.vo2max >= base.vo2max);
    }

    #[test]
    fn gas_is_bounded_monotone_and_order_invariant(
        levels in proptest::collection::vec(-2i64..=2, 1..12),
        weights in proptest::collection::vec(1i64..=10, 12),
        rho in 0.0f64..0.99,
        raise in any::<proptest::sample::Index>(),
        rotate in any::<proptest::sample::Index>(),
    ) {
        let rho = Rho::new(rho).expect("rho");
        let mut goals = goals(&levels);
        for (goal, weight) in goals.iter_mut().zip(&weights) {
            goal.weight = GasWeight::new(*weight).expect("weight");
        }
        let t = gas::score(&goals, rho).expect("scored").attainment_t;
        // All at −2 or all at +2 bound the score.
        let bound = |x| {
            let mut extreme = goals.clone();
            for goal in &mut extreme { goal.attainment = Some(GasLevel::new(x).expect("level")); }
            gas::score(&extreme, rho).expect("scored").attainment_t
        };
        prop_assert!(bound(-2) <= t && t <= bound(2));
        let mut rotated = goals.clone();
        rotated.rotate_left(rotate.index(goals.len()));
        prop_assert_eq!(gas::score(&rotated, rho).expect("scored").attainment_t, t);
        let i = raise.index(goals.len());
        let mut raised = goals.clone();
        let up = (raised[i].attainment.map_or(0, |l| l.get()) + 1).min(2);
        raised[i].attainment = Some(GasLevel::new(up).expect("level"));
        prop_assert!(gas::score(&raised, rho).expect("scored").attainment_t >= t);
    }

    #[test]
    fn ips_totals_stay_in_25_to_125_and_a_higher_rating_never_lowers_them(
        ratings in proptest::collection::vec(1i64..=5, 25), item in 0usize..25,
    ) {
        let review = IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &ratings).expect("valid");
        prop_assert!((25..=125).contains(&review.total()));
        prop_assert_eq!(review.level(), IpsLevel::of(review.total()));
        let mut better = ratings.clone();
        better[item] = (better[item] + 1).min(5);
        let better = IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &better).expect("valid");
        prop_assert!(better.total() >= review.total());
        prop_assert!(better.level() <= review.level());
    }

    #[test]
    fn every_was_has_a_band_and_round_trips(n in 0i64..=10) {
        let score = WorkAbilityScore::new(n).expect("in range");
        let json = serde_json::to_string(&InstrumentResult::Was { score }).expect("json");
        let back: InstrumentResult = serde_json::from_str(&json).expect("back");
        prop_assert_eq!(back.work_ability(), Some(score));
    }
}

#[test]
fn each_result_names_the_work_ability_rating_it_carries() {
    use tyokyky::instrument::kykyviisari::{AreaValues, DeclaredScale, KykyviisariResult};
    let rating = |n| WorkAbilityScore::new(n).expect("rating");
    let mut answers = Wai {
        i1: 6,
        nature: 0,
        p: 3,
        m: 3,
        diseases: 1,
        i4: 5,
        sick_leave: 3,
        prognosis: 2,
        i7: [3, 3, 3],
    }
    .answers();
    answers.current_work_ability = rating(6);
    let wai = InstrumentResult::Wai { answers };
    assert_eq!(wai.work_ability(), Some(rating(6)));
    let areas = AreaValues {
        mental_wellbeing: 4,
        social_inclusion: 5,
        physical_functioning: 6,
        skills: 7,
        everyday_fluency: 8,
    };
    let kyky = InstrumentResult::Kykyviisari {
        result: KykyviisariResult::new(rating(3), DeclaredScale { min: 0, max: 10 }, areas)
            .expect("result"),
    };
    assert_eq!(kyky.work_ability(), Some(rating(3)));
    assert_eq!(kyky.headline(), Some(3.0));
    let gas = InstrumentResult::Gas {
        goals: goals(&[1, 1]),
        rho: Rho::DEFAULT,
    };
    assert_eq!(gas.work_ability(), None);
}

#[test]
fn gas_before_any_attainment_is_headlined_by_its_baselines() {
    // Every goal at baseline −1 and none scored yet: the T-score of the baselines.
    let mut unscored = goals(&[0, 0, 0]);
    for goal in &mut unscored {
        goal.attainment = None;
    }
    let at_baseline = goals(&[-1, -1, -1]);
    let expected = gas::score(&at_baseline, Rho::DEFAULT).map(|s| s.attainment_t);
    assert!(expected.is_some_and(|t| t < 50.0), "{expected:?}");
    let result = InstrumentResult::Gas {
        goals: unscored,
        rho: Rho::DEFAULT,
    };
    assert_eq!(result.headline(), expected);
    let scored = InstrumentResult::Gas {
        goals: goals(&[0, 0, 0]),
        rho: Rho::DEFAULT,
    };
    assert_eq!(scored.headline(), Some(50.0));
}

#[test]
fn perceived_change_counts_the_domains_felt_improved() {
    use tyokyky::instrument::change::Direction;
    use tyokyky::instrument::perceived::{PerceivedChange, PerceivedDomain, PerceivedItem};
    let item = PerceivedItem::new;
    let answers = PerceivedChange::new(vec![
        item(PerceivedDomain::Psychological, Direction::Improved),
        item(PerceivedDomain::Physical, Direction::Unchanged),
        item(PerceivedDomain::Social, Direction::Improved),
        item(PerceivedDomain::WorkAbility, Direction::Worsened),
    ]);
    assert_eq!(answers.improved(), 2);
    assert_eq!(PerceivedChange::new(Vec::new()).improved(), 0);
    // The last answer for a domain counts.
    let revised = PerceivedChange::new(vec![
        item(PerceivedDomain::Social, Direction::Improved),
        item(PerceivedDomain::Social, Direction::Worsened),
    ]);
    assert_eq!(revised.improved(), 0);
}

/// A result written by the crate reads back as the same value, for any number the reader
/// accepts: a GAS correlation given with 22 digits (the fuzzer's) was read to one double
/// and written as another's shortest digits, until serde_json's exact float reading
/// (`float_roundtrip`) was turned on.
#[test]
fn a_long_decimal_reads_back_as_itself() {
    let json = br#"{"type":"gas","goals":[],"rho":0.1111113111111111111109}"#;
    let limits = tyokyky::ValidationLimits::default();
    let result =
        tyokyky::document::read_value::<tyokyky::instrument::InstrumentResult>(json, &limits)
            .expect("a GAS result");
    let written = serde_json::to_vec(&result).expect("json");
    let back =
        tyokyky::document::read_value::<tyokyky::instrument::InstrumentResult>(&written, &limits)
            .expect("read back");
    assert_eq!(back, result);
}
