//! Tests of the WAI scoring: the published vectors, bands and item points.

use super::*;

#[test]
fn standard_bands_start_at_28_37_and_44_points() {
    // Poor 7–27, moderate 28–36, good 37–43, excellent 44–49 (Tuomi et al. 1998); the
    // totals are half points, so 27.5 is still poor.
    let band = |half| WaiBanding::STANDARD.category(HalfPoints(half));
    assert_eq!(band(55), WaiCategory::Poor);
    assert_eq!(band(56), WaiCategory::Moderate);
    assert_eq!(band(73), WaiCategory::Moderate);
    assert_eq!(band(74), WaiCategory::Good);
    assert_eq!(band(87), WaiCategory::Good);
    assert_eq!(band(88), WaiCategory::Excellent);
    assert_eq!(band(14), WaiCategory::Poor);
    assert_eq!(band(98), WaiCategory::Excellent);
}

#[test]
fn each_category_has_its_aim_of_measures() {
    // Tuomi et al. 1998: restore, improve, support, maintain.
    assert_eq!(WaiCategory::Poor.aim(), "restore work ability");
    assert_eq!(WaiCategory::Moderate.aim(), "improve work ability");
    assert_eq!(WaiCategory::Good.aim(), "support work ability");
    assert_eq!(WaiCategory::Excellent.aim(), "maintain work ability");
}

#[test]
fn item_3_counts_each_number_of_diseases() {
    // Item 3 (Tuomi et al. 1998): no disease 7, one 5, two 4, three 3, four 2, five or
    // more 1 — in half points, twice that.
    for (diseases, points) in [(0, 7), (1, 5), (2, 4), (3, 3), (4, 2), (5, 1), (9, 1)] {
        let score = answers(
            5,
            JobNature::Both,
            3,
            3,
            diseases,
            4,
            SickLeave::None,
            Prognosis::NotCertain,
            [2, 2, 2],
        )
        .score();
        assert_eq!(
            score.items[2],
            HalfPoints(2 * points),
            "{diseases} diseases"
        );
    }
}

// One argument per WAI input, in item order, so the vectors read like the table.
#[allow(clippy::too_many_arguments)]
fn answers(
    i1: i64,
    nature: JobNature,
    p: i64,
    m: i64,
    diseases: u32,
    i4: i64,
    i5: SickLeave,
    i6: Prognosis,
    i7: [i64; 3],
) -> WaiAnswers {
    WaiAnswers {
        current_work_ability: WorkAbilityScore::new(i1).expect("i1"),
        job_demands: JobDemands {
            nature,
            physical: Rating1To5::new(p).expect("p"),
            mental: Rating1To5::new(m).expect("m"),
        },
        diagnosed_diseases: diseases,
        impairment: ImpairmentRating::new(i4).expect("i4"),
        sick_leave: i5,
        prognosis: i6,
        mental_resources: i7.map(|a| Rating0To4::new(a).expect("i7")),
    }
}

#[test]
fn published_vectors() {
    use JobNature::*;
    use Prognosis::*;
    use SickLeave::*;
    let cases = [
        (
            answers(10, Both, 5, 5, 0, 6, None, RelativelyCertain, [4, 4, 4]),
            "49",
            WaiCategory::Excellent,
        ),
        (
            answers(
                8,
                Mental,
                4,
                4,
                1,
                5,
                UpTo9Days,
                RelativelyCertain,
                [3, 3, 3],
            ),
            "40",
            WaiCategory::Good,
        ),
        (
            answers(7, Both, 4, 3, 2, 5, UpTo9Days, NotCertain, [2, 2, 3]),
            "34",
            WaiCategory::Moderate,
        ),
        (
            answers(
                5,
                Physical,
                3,
                4,
                3,
                4,
                From10To24Days,
                NotCertain,
                [2, 2, 2],
            ),
            "27.5",
            WaiCategory::Poor,
        ),
    ];
    for (answers, total, category) in cases {
        let score = answers.score();
        assert_eq!(score.total.to_string(), total);
        assert_eq!(score.category, category, "{total}");
    }
}

#[test]
fn the_banding_is_selectable() {
    use JobNature::*;
    let answers = answers(
        8,
        Mental,
        4,
        4,
        1,
        5,
        SickLeave::UpTo9Days,
        Prognosis::RelativelyCertain,
        [3, 3, 3],
    );
    assert_eq!(
        answers.score_with(&WaiBanding::KUJALA_2005_AGE_31).category,
        WaiCategory::Moderate
    );
    assert!(check_banding(&WaiBanding::STANDARD).is_ok());
    assert!(check_banding(&WaiBanding::KUJALA_2005_AGE_31).is_ok());
    let backwards = WaiBanding {
        moderate_from: HalfPoints(80),
        good_from: HalfPoints(60),
        excellent_from: HalfPoints(90),
    };
    assert!(check_banding(&backwards).is_err());
}

#[test]
fn six_diseases_score_like_five() {
    use JobNature::*;
    let five = answers(
        5,
        Both,
        3,
        3,
        5,
        3,
        SickLeave::None,
        Prognosis::NotCertain,
        [2, 2, 2],
    )
    .score();
    let six = answers(
        5,
        Both,
        3,
        3,
        6,
        3,
        SickLeave::None,
        Prognosis::NotCertain,
        [2, 2, 2],
    )
    .score();
    assert_eq!(five.items[2], HalfPoints(2));
    assert_eq!(five.total, six.total);
}

#[test]
fn half_points_display_exactly() {
    assert_eq!(HalfPoints(55).to_string(), "27.5");
    assert_eq!(HalfPoints(56).to_string(), "28");
    assert_eq!(HalfPoints(55).points(), 27.5);
}
