//! Path rules beyond the violation table (see `tests/rules.rs`): tolerances and how
//! messages name what they are about.

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Lang, RuleCode, ServiceModels, Severity};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn client_id() -> ClientId {
    ClientId::new("fixture-path").expect("id")
}

/// The sample path of a default model, started on 8.1.2024 and kept until `as_of`.
fn sample_path(model: &str, as_of: NaiveDate) -> tyokyky::ServicePath {
    sample::path_for(model, client_id(), date(2024, 1, 8), as_of).expect("model")
}

fn mapping() -> tyokyky::ServicePath {
    sample_path("mapping_and_coaching", date(2025, 3, 1))
}

#[test]
fn gaps_within_the_tolerance_are_info_and_the_rest_warnings() {
    let mut models = ServiceModels::defaults();
    let mut spec = tyokyky::service::spec::models::mapping_and_coaching();
    spec.tolerances.missed_periods = 1;
    models.insert(spec).expect("spec");
    let mut path = mapping();
    path.enrolments[0]
        .events
        .retain(|e| e.date() != date(2024, 1, 23) && e.date() != date(2024, 1, 30));
    let report = path.validate_with(&ValidationOptions::new(&models), date(2025, 3, 1));
    let severities: Vec<Severity> = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .map(|f| f.severity())
        .collect();
    assert_eq!(severities, [Severity::Info, Severity::Warning]);
}

#[test]
fn consecutive_gaps_are_one_finding_with_a_range() {
    let mut path = mapping();
    let (first, last) = (date(2024, 1, 22), date(2024, 2, 11));
    path.enrolments[0].events.retain(|e| {
        !(e.kind() == tyokyky::EventKind::IndividualMeeting
            && first <= e.date()
            && e.date() <= last)
    });
    let report = path.validate(date(2025, 3, 1));
    let gaps: Vec<String> = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .map(|f| f.message(Lang::En))
        .collect();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert!(
        gaps[0].contains("weeks 2024-W04–2024-W06 (3)"),
        "{}",
        gaps[0]
    );
    let fi = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .next()
        .expect("gap")
        .message(Lang::Fi);
    assert!(fi.contains("viikot 4/2024–6/2024 (3)"), "{fi}");
}

#[test]
fn messages_name_terms_and_phases_in_each_language() {
    let mut path = mapping();
    path.enrolments[0]
        .events
        .retain(|e| e.date() != date(2024, 1, 23));
    let report = path.validate(date(2025, 3, 1));
    let finding = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .next()
        .expect("gap");
    let fi = finding.message(Lang::Fi);
    assert!(fi.contains("yksilötapaaminen"), "{fi}");
    assert!(
        fi.contains("Kartoitusjakso") || fi.contains("kartoitusjakso"),
        "{fi}"
    );
    assert!(fi.contains("viikko 4/2024"), "{fi}");
    assert!(finding.message(Lang::Sv).contains("individuellt möte"));
    assert!(finding.message(Lang::En).contains("week 2024-W04"));
}

#[test]
fn a_model_overrides_a_rules_severity() {
    // The mapping and coaching service's 5-hour group day is the source's practice: a
    // shorter day is a warning there.
    let mut path = mapping();
    if let Some(tyokyky::Event::GroupSession { minutes, .. }) = path.enrolments[0]
        .events
        .iter_mut()
        .find(|e| matches!(e, tyokyky::Event::GroupSession { .. }))
    {
        *minutes = 240;
    }
    let report = path.validate(date(2025, 3, 1));
    let severities: Vec<Severity> = report
        .with_code(RuleCode::PATH_CONTACT_TOO_SHORT)
        .map(|f| f.severity())
        .collect();
    assert_eq!(severities, [Severity::Warning]);
    // Rehabilitative work activity's 4-hour day is law: there it stays an error.
    let mut work =
        sample::rehabilitative_work_activity(client_id(), date(2024, 1, 8), date(2025, 3, 1));
    if let Some(tyokyky::Event::WorkActivityDay { minutes, .. }) = work.enrolments[0]
        .events
        .iter_mut()
        .find(|e| matches!(e, tyokyky::Event::WorkActivityDay { .. }))
    {
        *minutes = 180;
    }
    let report = work.validate(date(2025, 3, 1));
    let severities: Vec<Severity> = report
        .with_code(RuleCode::PATH_CONTACT_TOO_SHORT)
        .map(|f| f.severity())
        .collect();
    assert_eq!(severities, [Severity::Error]);
}

#[test]
fn due_items_read_in_every_language() {
    for spec in ServiceModels::defaults().iter() {
        let client = ClientId::new("due-1").expect("id");
        let start = date(2024, 1, 8);
        for as_of in [date(2024, 1, 8), date(2024, 2, 20), date(2024, 12, 30)] {
            // An empty path still owes everything: every kind of item shows up somewhere.
            let mut path = tyokyky::service::build::fulfilling(
                spec,
                client.clone(),
                start,
                as_of,
                &Default::default(),
            );
            path.enrolments[0].events.clear();
            path.enrolments[0].measurements.clear();
            for item in path.due(as_of).items {
                for lang in Lang::ALL {
                    let message = item.message(lang);
                    assert!(
                        !message.contains('{') && !message.contains('_'),
                        "{lang:?}: {message}"
                    );
                    assert!(
                        message.chars().next().is_some_and(char::is_uppercase),
                        "{message}"
                    );
                }
            }
        }
    }
}

#[test]
fn an_enrolment_spanning_two_others_overlaps_both() {
    use tyokyky::{Enrolment, Key, PhaseRecord};
    let model = Key::new("social_rehabilitation").expect("key");
    let enrolment = |start: NaiveDate, end: NaiveDate| {
        let mut e = Enrolment::new(model.clone(), start);
        e.end = Some(end);
        e.phases
            .push(PhaseRecord::new(Key::new("rehabilitation").expect("key"), start).until(end));
        e
    };
    let mut path = tyokyky::ServicePath::new(ClientId::new("overlap-1").expect("id"));
    path.enrolments = vec![
        enrolment(date(2024, 1, 1), date(2024, 12, 31)),
        enrolment(date(2024, 2, 1), date(2024, 2, 28)),
        enrolment(date(2024, 5, 1), date(2024, 5, 31)),
    ];
    let report = path.validate(date(2025, 3, 1));
    let pointers: Vec<&str> = report
        .with_code(RuleCode::PATH_ENROLMENTS_OVERLAP)
        .map(|f| f.path().as_str())
        .collect();
    assert_eq!(pointers, ["/enrolments/1", "/enrolments/2"]);
}

/// The themes of a phase and its health assessment are judged once it has ended: on its
/// last day there is still time.
#[test]
fn a_phase_is_judged_the_day_after_its_last_day() {
    use tyokyky::{Event, Theme};
    let mut group = sample_path("wellbeing_group", date(2025, 3, 1));
    for event in &mut group.enrolments[0].events {
        if let Event::GroupSession { themes, .. } = event {
            themes.retain(|theme| *theme != Theme::Nutrition);
        }
    }
    let mut mapping = mapping();
    mapping.enrolments[0]
        .events
        .retain(|event| !matches!(event, Event::HealthAssessment { .. }));
    for (path, code) in [
        (&group, RuleCode::PATH_OFFERED_THEME_NOT_MET),
        (&mapping, RuleCode::PATH_HEALTH_ASSESSMENT_NOT_OFFERED),
    ] {
        let last = path.enrolments[0].phases[0].end.expect("ended");
        let on_last_day = path.validate(last);
        assert_eq!(on_last_day.with_code(code).count(), 0, "{code} on {last}");
        let day_after = path.validate(last.succ_opt().expect("day"));
        assert_eq!(day_after.with_code(code).count(), 1, "{code} after {last}");
    }
}

/// An interruption is long once it has lasted more days than the model's tolerance,
/// counting its first day and the day before the restart.
#[test]
fn an_interruption_is_long_from_the_day_after_the_tolerance() {
    use tyokyky::{Event, InterruptionReason, ParamValue};
    let max = tyokyky::service::spec::models::rehabilitative_work_activity()
        .tolerances
        .interruption_days;
    let long = |days: u32| {
        let as_of = date(2025, 1, 8);
        let mut path = sample_path("rehabilitative_work_activity", as_of);
        let first = date(2024, 5, 6);
        let back = first + chrono::Days::new(u64::from(days));
        let events = &mut path.enrolments[0].events;
        events.retain(|event| !(first <= event.date() && event.date() < back));
        events.insert(
            0,
            Event::Interruption {
                note: None,
                date: first,
                reason: InterruptionReason::HospitalTreatment,
                expected_return: None,
            },
        );
        events.push(Event::Restart {
            note: None,
            date: back,
        });
        path.validate(as_of)
            .with_code(RuleCode::PATH_INTERRUPTION_LONG)
            .map(|finding| finding.get("days").cloned())
            .collect::<Vec<_>>()
    };
    assert_eq!(long(max), []);
    assert_eq!(
        long(max + 1),
        [Some(ParamValue::Integer {
            value: i64::from(max) + 1
        })]
    );
}

/// The tolerance counts the gaps of each cadence of each phase apart: one missed week in
/// mapping and one missed month in coaching are both within a tolerance of one.
#[test]
fn the_tolerance_counts_each_phase_and_cadence_apart() {
    use tyokyky::{Event, EventKind};
    let mut models = ServiceModels::defaults();
    let mut spec = tyokyky::service::spec::models::mapping_and_coaching();
    spec.tolerances.missed_periods = 1;
    models.insert(spec).expect("spec");
    let mut path = mapping();
    let june = date(2024, 6, 1)..date(2024, 7, 1);
    path.enrolments[0].events.retain(|event| {
        event.date() != date(2024, 1, 23)
            && !(event.kind() == EventKind::IndividualMeeting && june.contains(&event.date()))
    });
    assert!(!path.enrolments[0].events.iter().any(
        |event| matches!(event, Event::IndividualMeeting { date, .. } if june.contains(date))
    ));
    let report = path.validate_with(&ValidationOptions::new(&models), date(2025, 3, 1));
    let gaps: Vec<(String, Severity)> = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .map(|f| (f.path().as_str().to_owned(), f.severity()))
        .collect();
    assert_eq!(
        gaps,
        [
            ("/enrolments/0/phases/0".to_owned(), Severity::Info),
            ("/enrolments/0/phases/1".to_owned(), Severity::Info)
        ]
    );
}

/// Law 189/2001 §13 allows at most four days a week; the municipal guidance at most
/// 32 hours. A week at both limits is kept; a fifth day breaks both. Judged a year later
/// and in the week after (when the week is also the planner's previous one).
#[test]
fn a_week_at_the_limits_is_kept_and_one_over_them_is_not() {
    use tyokyky::Event;
    let week = |days: &[u32], as_of: NaiveDate| {
        let mut path = sample_path("rehabilitative_work_activity", date(2025, 1, 8));
        let events = &mut path.enrolments[0].events;
        events.retain(|event| !(date(2024, 3, 4)..=date(2024, 3, 10)).contains(&event.date()));
        for &day in days {
            events.push(Event::WorkActivityDay {
                note: None,
                date: date(2024, 3, day),
                minutes: 480,
            });
        }
        let report = path.validate(as_of);
        (
            report.with_code(RuleCode::PATH_CADENCE_EXCEEDED).count(),
            report
                .with_code(RuleCode::PATH_PERIOD_MINUTES_EXCEEDED)
                .count(),
        )
    };
    for as_of in [date(2025, 1, 8), date(2024, 3, 12)] {
        // Four days of eight hours: 4 days and 1 920 minutes, both exactly the limit.
        assert_eq!(week(&[4, 5, 6, 7], as_of), (0, 0), "{as_of}");
        assert_eq!(week(&[4, 5, 6, 7, 8], as_of), (1, 1), "{as_of}");
    }
}

/// A path over a limit is refused before any rule runs, the client's fit included.
#[test]
fn a_path_over_a_limit_is_not_checked_against_the_client() {
    use tyokyky::{Client, LabourMarketStatus};
    let as_of = date(2024, 6, 1);
    let client = Client::new(client_id(), LabourMarketStatus::Employed);
    let mut path = sample_path("multiprofessional_support", as_of);
    let models = ServiceModels::defaults();
    let fit = RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP;
    assert_eq!(
        path.validate_for(&client, &ValidationOptions::new(&models), as_of)
            .with_code(fit)
            .count(),
        1
    );
    let enrolment = path.enrolments[0].clone();
    path.enrolments = vec![enrolment; 1_001];
    let report = path.validate_for(&client, &ValidationOptions::new(&models), as_of);
    assert_eq!(report.with_code(RuleCode::REPORT_OVER_LIMIT).count(), 1);
    assert_eq!(report.with_code(fit).count(), 0);
}

/// A client's own activity excludes rehabilitative work activity only while the two
/// overlap: work that ended before the enrolment began, or starts after the day asked
/// about, is not held against it.
#[test]
fn only_an_activity_overlapping_the_enrolment_excludes_it() {
    use tyokyky::{Client, LabourMarketStatus, OwnActivity};
    let as_of = date(2024, 6, 1);
    let mut client = Client::new(client_id(), LabourMarketStatus::UnemployedJobseeker);
    let path = sample_path("rehabilitative_work_activity", as_of);
    let models = ServiceModels::defaults();
    let work = |start, end| {
        let mut work = OwnActivity::work(start, 20);
        work.end = end;
        work
    };
    let excluded = |client: &Client| {
        path.validate_for(client, &ValidationOptions::new(&models), as_of)
            .with_code(RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES)
            .count()
    };
    client.own_activities = vec![
        work(date(2023, 1, 1), Some(date(2024, 1, 7))),
        work(date(2024, 6, 2), None),
    ];
    assert_eq!(excluded(&client), 0);
    client.own_activities = vec![work(date(2023, 1, 1), Some(date(2024, 1, 8)))];
    assert_eq!(excluded(&client), 1);
    client.own_activities = vec![work(as_of, None)];
    assert_eq!(excluded(&client), 1);
}

/// The client's fit is checked beside the path's other findings; only a document that
/// cannot be read or is over a limit stops it.
#[test]
fn the_clients_fit_is_checked_beside_other_findings() {
    use tyokyky::{Client, LabourMarketStatus};
    let as_of = date(2024, 6, 1);
    let client = Client::new(client_id(), LabourMarketStatus::Employed);
    let mut path = sample_path("multiprofessional_support", as_of);
    path.enrolments[0].events.clear();
    let report = path.validate_for(&client, &ValidationOptions::default(), as_of);
    assert!(
        report
            .iter()
            .any(|f| f.code() != RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP),
        "other findings"
    );
    assert_eq!(
        report
            .with_code(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP)
            .count(),
        1
    );
}

/// A municipality's variant of mapping and coaching: individual meetings of at most 90
/// minutes and at most two hours of them a day. One meeting over both limits is a long
/// contact only (the day's finding would say the same again); two meetings within the
/// first limit but over the day's together are a long day only.
#[test]
fn one_long_contact_is_not_also_a_long_day() {
    let mut spec = tyokyky::service::spec::models::mapping_and_coaching();
    spec.phases[0].cadence[0].max_minutes = Some(90.into());
    spec.phases[0].cadence[0].max_minutes_per_day = Some(120.into());
    let mut models = ServiceModels::defaults();
    models
        .insert(spec)
        .expect("a variant that only adds limits");
    let options = ValidationOptions::new(&models);
    let as_of = date(2025, 3, 1);
    let counts = |path: &tyokyky::ServicePath| {
        let report = path.validate_with(&options, as_of);
        (
            report.with_code(RuleCode::PATH_CONTACT_TOO_LONG).count(),
            report
                .with_code(RuleCode::PATH_DAY_MINUTES_EXCEEDED)
                .count(),
        )
    };
    let set_minutes = |event: &mut tyokyky::Event, to: u32| {
        if let tyokyky::Event::IndividualMeeting { minutes, .. } = event {
            *minutes = Some(to);
        }
    };
    let path = mapping();
    assert_eq!(counts(&path), (0, 0), "the sample keeps both limits");
    let first = path.enrolments[0]
        .events
        .iter()
        .position(|e| matches!(e, tyokyky::Event::IndividualMeeting { .. }))
        .expect("a meeting");

    let mut one_long = path.clone();
    set_minutes(&mut one_long.enrolments[0].events[first], 150);
    assert_eq!(counts(&one_long), (1, 0));

    let mut two_on_a_day = path.clone();
    let events = &mut two_on_a_day.enrolments[0].events;
    set_minutes(&mut events[first], 80);
    let second = events[first].clone();
    events.push(second);
    assert_eq!(counts(&two_on_a_day), (0, 1));
}
