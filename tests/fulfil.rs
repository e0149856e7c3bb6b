//! One generic builder makes a path that fulfils any service model spec: the validator
//! finds nothing wrong with it and the planner lists nothing overdue, for specs of every
//! shape the spec strategy generates, not only the crate's defaults.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use tyokyky::ValidationOptions;
use tyokyky::service::build::{Realism, fulfilling};
use tyokyky::strategies::{any_service_model_spec, client_id, date_between};
use tyokyky::{Lang, ServiceModels};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("TYOKYKY_SPEC_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn a_path_built_from_any_spec_is_clean_and_nothing_is_overdue(
        spec in any_service_model_spec(),
        client in client_id(),
        start in date_between(ymd(2001, 1, 1), ymd(2089, 12, 31)),
        follow_up in 0u64..=900,
    ) {
        prop_assert!(spec.check().is_ok(), "{:?}", spec.check());
        let as_of = start + Days::new(follow_up);
        let path = fulfilling(&spec, client, start, as_of, &Realism::default());
        let mut models = ServiceModels::defaults();
        models.insert(spec.clone()).expect("the strategy's specs pass their checks");
        let report = path.validate_with(&ValidationOptions::new(&models), as_of);
        prop_assert!(
            report.is_clean(),
            "{}\n{}",
            report.to_text(Lang::En),
            serde_json::to_string_pretty(&spec).unwrap_or_default()
        );
        let due = path.due_with(&ValidationOptions::new(&models), as_of);
        let overdue: Vec<_> = due.overdue().collect();
        prop_assert!(overdue.is_empty(), "{overdue:?}");
    }
}

#[test]
fn the_builder_fulfils_every_default_model_over_two_years() {
    let models = ServiceModels::defaults();
    for spec in models.iter() {
        let start = ymd(2024, 2, 29);
        let mut as_of = start;
        while as_of < ymd(2026, 3, 1) {
            let client = tyokyky::ClientId::new("built-1").expect("id");
            let path = fulfilling(spec, client, start, as_of, &Realism::default());
            let report = path.validate(as_of);
            assert!(
                report.is_clean(),
                "{} on {as_of}:\n{}",
                spec.id,
                report.to_text(Lang::En)
            );
            assert_eq!(
                path.due(as_of).overdue().count(),
                0,
                "{} on {as_of}",
                spec.id
            );
            as_of = as_of + Days::new(11);
        }
    }
}

/// A path lived as `realism` says, for the default model `spec`, validated clean on
/// `as_of`.
fn lived(
    spec: &tyokyky::ServiceModelSpec,
    realism: &Realism,
    start: NaiveDate,
    as_of: NaiveDate,
) -> tyokyky::ServicePath {
    let client = tyokyky::ClientId::new("lived-1").expect("id");
    let path = fulfilling(spec, client, start, as_of, realism);
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    path
}

#[test]
fn scheduled_contacts_take_the_place_of_the_fewest_and_keep_to_their_window() {
    use chrono::{Datelike, Weekday};
    use tyokyky::service::build::{Contacts, Offset, Schedule};
    use tyokyky::{Event, EventKind};
    let spec = tyokyky::service::spec::models::mapping_and_coaching();
    let meeting = Event::individual_meeting(ymd(2000, 1, 1), Some(75), Vec::new());
    let realism = Realism::default()
        .contacts(
            Contacts::new(meeting, Schedule::Weekdays(vec![Weekday::Wed]))
                .in_phase("mapping")
                .starting(Offset::days(7)),
        )
        // The first week still needs its meeting: one scheduled by hand.
        .event(
            Offset::days(2),
            Event::individual_meeting(ymd(2000, 1, 1), Some(75), Vec::new()),
        );
    // 2024-01-08 is a Monday; mapping runs to 2024-04-07.
    let path = lived(&spec, &realism, ymd(2024, 1, 8), ymd(2024, 6, 1));
    let meetings: Vec<NaiveDate> = path.enrolments[0]
        .events
        .iter()
        .filter(|e| e.kind() == EventKind::IndividualMeeting && e.date() <= ymd(2024, 4, 7))
        .map(|e| e.date())
        .collect();
    assert_eq!(meetings.first(), Some(&ymd(2024, 1, 10)));
    assert_eq!(meetings.get(1), Some(&ymd(2024, 1, 17)));
    assert!(
        meetings.iter().all(|d| d.weekday() == Weekday::Wed),
        "{meetings:?}"
    );
    assert_eq!(meetings.last(), Some(&ymd(2024, 4, 3)));
    assert!(
        path.enrolments[0]
            .events
            .iter()
            .filter(|e| e.kind() == EventKind::IndividualMeeting)
            .all(|e| e.minutes() == Some(75) || e.date() > ymd(2024, 4, 7))
    );
}

#[test]
fn a_requirement_answered_by_a_realism_event_adds_none_of_its_own() {
    use tyokyky::EventKind;
    use tyokyky::service::build::sample;
    let spec = tyokyky::service::spec::models::multiprofessional_support();
    let realism = sample::realism("multiprofessional_support").expect("model");
    let path = lived(&spec, &realism, ymd(2024, 1, 8), ymd(2025, 3, 1));
    let events = &path.enrolments[0].events;
    for kind in [
        EventKind::NeedIdentified,
        EventKind::Referral,
        EventKind::WorkAbilityAssessment,
        EventKind::Plan,
        EventKind::ServiceCoordination,
    ] {
        assert_eq!(
            events.iter().filter(|e| e.kind() == kind).count(),
            1,
            "{kind:?}"
        );
    }
    // The assessment on day 14, not the requirement's first day.
    let assessment = events
        .iter()
        .find(|e| e.kind() == EventKind::WorkAbilityAssessment)
        .expect("assessment");
    assert_eq!(assessment.date(), ymd(2024, 1, 22));
    // The realism's team and coordinators, the first handing over after six months.
    assert_eq!(path.team.len(), 4);
    assert_eq!(path.coordinators.len(), 2);
    assert_eq!(path.coordinators[0].end, Some(ymd(2024, 7, 7)));
    assert_eq!(path.coordinators[1].start, ymd(2024, 7, 8));
    // Before the handover, one coordinator with no end.
    let early = lived(&spec, &realism, ymd(2024, 1, 8), ymd(2024, 7, 7));
    assert_eq!(early.coordinators.len(), 1);
    assert_eq!(early.coordinators[0].end, None);
}

#[test]
fn phase_lengths_themes_and_offsets_are_kept() {
    use tyokyky::EventKind;
    use tyokyky::service::build::sample;
    use tyokyky::service::spec::models;
    // Twelve months of work activity where the spec's shortest is three.
    let ktt = models::rehabilitative_work_activity();
    let realism = sample::realism("rehabilitative_work_activity").expect("model");
    let path = lived(&ktt, &realism, ymd(2024, 1, 8), ymd(2025, 3, 1));
    assert_eq!(path.enrolments[0].phases[0].end, Some(ymd(2025, 1, 7)));
    assert_eq!(path.enrolments[0].end, Some(ymd(2025, 1, 7)));
    let placement = path.enrolments[0]
        .work_activity
        .as_ref()
        .expect("placement");
    let minutes: u32 = path.enrolments[0]
        .events
        .iter()
        .filter_map(|e| e.minutes())
        .sum();
    let delivered = placement.delivered_minutes;
    let split =
        delivered.life_management + delivered.working_life_readiness + delivered.doing_the_work;
    assert!(
        split <= minutes && minutes - split < 100,
        "{split} of {minutes}"
    );
    // Mapping's themes two a contact, every one of them met.
    let mapping = models::mapping_and_coaching();
    let realism = sample::realism("mapping_and_coaching").expect("model");
    let path = lived(&mapping, &realism, ymd(2024, 1, 8), ymd(2024, 4, 7));
    let contacts: Vec<_> = path.enrolments[0]
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind(),
                EventKind::IndividualMeeting | EventKind::GroupSession
            )
        })
        .collect();
    assert!(contacts.iter().all(|e| e.themes().len() == 2));
    for theme in &mapping.phases[0].expected_themes {
        assert!(
            contacts.iter().any(|e| e.themes().contains(theme)),
            "{theme:?}"
        );
    }
    // Benefits counselling a week before the job three months on.
    let ips = models::ips_job_coaching();
    let realism = sample::realism("ips_job_coaching").expect("model");
    let path = lived(&ips, &realism, ymd(2024, 1, 8), ymd(2024, 6, 1));
    let on = |kind| {
        path.enrolments[0]
            .events
            .iter()
            .find(|e| e.kind() == kind)
            .map(|e| e.date())
    };
    assert_eq!(on(EventKind::JobStart), Some(ymd(2024, 4, 8)));
    assert_eq!(on(EventKind::BenefitsCounselling), Some(ymd(2024, 4, 1)));
    assert_eq!(sample::realism("nope"), None);
}

/// On the last day of a phase's shortest length the phase still runs (it may go on to its
/// longest), so its end measurement is not yet taken; the day after, the phase has ended on
/// that day and is measured there.
#[test]
fn a_phase_running_on_its_shortest_last_day_is_measured_at_its_end_later() {
    use tyokyky::service::spec::Length;
    let mut spec = tyokyky::service::spec::models::wellbeing_group();
    spec.phases[0].length = Some(Length {
        min_months: 2.into(),
        max_months: 4.into(),
    });
    let start = ymd(2024, 1, 8);
    let shortest_last = ymd(2024, 3, 7);
    let build = |as_of| {
        let client = tyokyky::ClientId::new("lived-2").expect("id");
        fulfilling(&spec, client, start, as_of, &Realism::default())
    };
    let running = build(shortest_last);
    assert_eq!(running.enrolments[0].phases[0].end, None);
    assert!(
        running.enrolments[0]
            .measurements
            .iter()
            .all(|m| m.date == start),
        "{:?}",
        running.enrolments[0].measurements
    );
    let ended = build(ymd(2024, 3, 8));
    assert_eq!(ended.enrolments[0].phases[0].end, Some(shortest_last));
    assert!(
        ended.enrolments[0]
            .measurements
            .iter()
            .any(|m| m.date == shortest_last)
    );
}
