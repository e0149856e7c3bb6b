//! OsKu work activity: recommendation for realistic clients, quality scoring and
//! deployment readiness; properties of scores and profiles.

use chrono::NaiveDate;
use proptest::prelude::*;
use tyokyky::service::build::sample;
use tyokyky::work_activity::model::{Content, Profiles, WorkActivityModel};
use tyokyky::work_activity::quality::{CriteriaSet, EvidenceFound, Ratings};
use tyokyky::work_activity::readiness::{
    Competency, DeploymentProgress, DeploymentStep, MetricKind, Pitfall,
};
use tyokyky::work_activity::recommend::{Capacity, Level, NeedProfile, Reason};
use tyokyky::{ClientId, Closure, Goal, Key, Outcome};

fn level(n: i64) -> Level {
    Level::new(n).expect("level")
}

fn client(life_management: i64, readiness: i64, capacity: i64, known: bool) -> NeedProfile {
    let mut need = NeedProfile::new(
        level(life_management),
        level(readiness),
        Capacity {
            physical: level(capacity),
            psychological: level(capacity),
            social: level(capacity),
            cognitive: level(capacity),
        },
    );
    need.continuation_path_known = known;
    need
}

#[test]
fn realistic_clients_get_their_model() {
    // Fictitious archetypes: great life-management challenges; near working life; capacities
    // to be mapped; no idea of a continuation path.
    let cases = [
        (client(4, 0, 1, true), WorkActivityModel::Participatory),
        (
            client(0, 4, 4, true),
            WorkActivityModel::WorkingLifeOriented,
        ),
        (client(1, 2, 3, true), WorkActivityModel::Mapping),
    ];
    for (need, expected) in cases {
        let ranked = need.recommend();
        assert_eq!(ranked[0].model, expected, "{need:?}: {ranked:?}");
        assert!(
            ranked[0]
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::ProfileDistance { .. }))
        );
    }
    // "Palveluihin ohjauksen mallia ei erikseen mallinnukseen sisälly, vaan palvelu
    // perustuu aina asiakkaan tarpeeseen" (OsKu): by default only the need decides, and an
    // unclear continuation path adds nothing.
    let need = client(2, 1, 2, false);
    let by_need = need.recommend();
    assert!(by_need.iter().all(|r| {
        !r.reasons
            .iter()
            .any(|reason| matches!(reason, Reason::ContinuationPathUnclear { .. }))
    }));
    // A service can opt in to favour the start model while the path is unclear.
    let options = tyokyky::work_activity::recommend::RecommendOptions::with_start_bonus(15);
    let opted = need.recommend_with_options(&Profiles::DEFAULT, &options);
    assert_eq!(opted[0].model, WorkActivityModel::Start);
    assert!(
        opted[0]
            .reasons
            .contains(&Reason::ContinuationPathUnclear { bonus: 15 })
    );
    let start_score = |ranked: &[tyokyky::work_activity::recommend::Recommendation]| {
        ranked
            .iter()
            .find(|r| r.model == WorkActivityModel::Start)
            .map(|r| r.score)
    };
    // The bonus is added, and the score stays within 100.
    assert_eq!(
        start_score(&opted),
        start_score(&by_need).map(|score| (score + 15).min(100))
    );
    assert!(!opted[0].reasons[0].message(tyokyky::Lang::Fi).is_empty());
}

fn need_strategy() -> impl Strategy<Value = NeedProfile> {
    (
        0i64..=4,
        0i64..=4,
        [0i64..=4, 0i64..=4, 0i64..=4, 0i64..=4],
        any::<bool>(),
    )
        .prop_map(|(lm, r, c, known)| {
            let mut need = NeedProfile::new(
                level(lm),
                level(r),
                Capacity {
                    physical: level(c[0]),
                    psychological: level(c[1]),
                    social: level(c[2]),
                    cognitive: level(c[3]),
                },
            );
            need.continuation_path_known = known;
            need
        })
}

proptest! {
    #[test]
    fn recommendations_are_deterministic_ranked_and_bounded(need in need_strategy()) {
        let ranked = need.recommend();
        prop_assert_eq!(&ranked, &need.recommend());
        prop_assert_eq!(ranked.len(), 4);
        prop_assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
        prop_assert!(ranked.iter().all(|r| r.score <= 100 && !r.reasons.is_empty()));
    }

    /// The seed's orderings, as the recommendation sees them: a client whose
    /// life-management need clearly exceeds their readiness is steered to participatory
    /// rather than working-life-oriented work activity, and the reverse.
    #[test]
    fn the_default_profiles_keep_the_seeds_orderings(need in need_strategy()) {
        let p = Profiles::DEFAULT;
        let wlo = p.of(WorkActivityModel::WorkingLifeOriented);
        prop_assert!(wlo.get(Content::WorkingLifeReadiness) > wlo.get(Content::LifeManagement));
        let part = p.of(WorkActivityModel::Participatory);
        prop_assert!(part.get(Content::LifeManagement) > part.get(Content::WorkingLifeReadiness));
        let score = |model| need.recommend().iter().find(|r| r.model == model).map(|r| r.score).unwrap_or(0);
        let lm = need.life_management_need.get();
        let ready = need.working_life_readiness.get();
        if lm - ready >= 3 {
            prop_assert!(score(WorkActivityModel::Participatory) > score(WorkActivityModel::WorkingLifeOriented));
        }
        if ready - lm >= 3 {
            prop_assert!(score(WorkActivityModel::WorkingLifeOriented) > score(WorkActivityModel::Participatory));
        }
    }

    #[test]
    fn more_evidence_never_lowers_a_quality_score(
        ratings in proptest::collection::vec(0u8..=4, 4),
        raise in 0usize..4,
        goals in any::<bool>(),
        closed in any::<bool>(),
    ) {
        let set = CriteriaSet::osku_derived();
        let as_of = NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
        let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
        let mut path = sample::social_rehabilitation(ClientId::new("q-1").expect("id"), start, as_of);
        let assessor = ["need_based", "client_centred", "meaningful_guidance", "client_feedback"];
        let rated: Ratings = assessor.iter().zip(&ratings).map(|(id, r)| (Key::new(id).expect("key"), *r)).collect();
        let base = set.assess(&path, &rated).score;
        prop_assert!(base <= 100);
        let mut better = rated.clone();
        let id = Key::new(assessor[raise]).expect("key");
        let value = better.get(&id).copied().unwrap_or(0);
        better.insert(id, (value + 1).min(4));
        prop_assert!(set.assess(&path, &better).score >= base);
        if goals {
            path.goals.push(Goal::new(Key::new("daily_rhythm").expect("key"), start));
        }
        if closed {
            path.closure = Some(Closure::new(as_of, Outcome::Education));
        }
        prop_assert!(set.assess(&path, &rated).score >= base);
    }
}

#[test]
fn a_path_is_scored_with_its_evidence() {
    let set = CriteriaSet::osku_derived();
    assert!(set.derived && set.criteria.len() >= 8);
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
    let path = sample::social_rehabilitation(ClientId::new("q-2").expect("id"), start, as_of);
    let report = set.assess(&path, &Ratings::new());
    let evidence = |id: &str| {
        report
            .criteria
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(|c| (c.attainment, c.evidence.clone()))
    };
    assert_eq!(evidence("contents_in_proportion").map(|e| e.0), Some(100));
    assert_eq!(
        evidence("need_based"),
        Some((0, EvidenceFound::NotRated {}))
    );
    assert!(report.score > 0 && report.score < 100, "{report:?}");
    let all_top: Ratings = set.criteria.iter().map(|c| (c.id.clone(), 4)).collect();
    let unit = set.assess_unit(&[(&path, &all_top), (&path, &Ratings::new())]);
    assert_eq!(unit.paths, 2);
    assert!(unit.score >= report.score);
}

#[test]
fn deployment_readiness_lists_what_is_missing() {
    let mut progress = DeploymentProgress::new();
    progress.steps_done = vec![
        DeploymentStep::MapClientWishes,
        DeploymentStep::PilotPurchasedService,
    ];
    progress.competencies = vec![
        Competency::PhysiotherapyAndExercise,
        Competency::GroupFormation,
    ];
    progress.metrics = vec![MetricKind::Health];
    let report = progress.readiness();
    assert_eq!(report.steps_completed, 2);
    assert_eq!(report.next_step, Some(DeploymentStep::MapNetwork));
    assert_eq!(report.missing_competencies.len(), 8);
    assert!(report.pitfalls.contains(&Pitfall::NoWorkAbilityMetric));
    assert!(report.pitfalls.contains(&Pitfall::ProjectDriven));
    assert!(!report.ready);
}
