//! What practitioners record beyond the contacts themselves: how a contact took place, a
//! substitute during a coordinator's leave, a measurement not done, the dose a plan
//! agrees, the supports of IPS follow-along and the client's chosen rhythm, why a job
//! ended and how a path closed.

use chrono::{Days, NaiveDate, Weekday};
use tyokyky::ValidationOptions;
use tyokyky::service::{build::sample, spec::models};
use tyokyky::{
    ClientId, ContactMode, CoordinatorAssignment, Dose, Event, InstrumentKind, JobEndReason, Lang,
    MeasurementNotDone, NotDoneReason, Outcome, RuleCode, ServiceModels, ServicePath, Severity,
    StaffId, Vocabulary, WorkerRole,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn client() -> ClientId {
    ClientId::new("recorded-facts").expect("id")
}

fn codes(path: &ServicePath, models: &ServiceModels, as_of: NaiveDate) -> Vec<RuleCode> {
    path.validate_with(&ValidationOptions::new(models), as_of)
        .iter()
        .map(|f| f.code())
        .collect()
}

/// Every meeting of the mapping phase by phone: a contact like any other by default; a
/// unit that counts only meetings in person says so in its cadence.
#[test]
fn a_meeting_by_phone_counts_unless_the_model_counts_only_meetings_in_person() {
    let as_of = date(2024, 6, 30);
    let mut path = sample::mapping_and_coaching(client(), date(2024, 1, 8), as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::IndividualMeeting {
            date: day, mode, ..
        } = event
            && *day < date(2024, 4, 8)
        {
            *mode = ContactMode::Phone;
        }
    }
    let defaults = ServiceModels::defaults();
    assert!(path.validate(as_of).is_clean());
    let json = serde_json::to_string(&path).expect("json");
    assert!(json.contains(r#""mode":"phone""#));
    assert_eq!(
        serde_json::from_str::<ServicePath>(&json).expect("read"),
        path
    );

    let mut spec = models::mapping_and_coaching();
    spec.phases[0].cadence[0].modes = vec![ContactMode::InPerson, ContactMode::Video];
    let mut in_person = ServiceModels::defaults();
    in_person.insert(spec).expect("valid spec");
    let gaps = codes(&path, &in_person, as_of)
        .into_iter()
        .filter(|code| *code == RuleCode::PATH_CADENCE_GAP)
        .count();
    assert!(
        gaps > 0,
        "phone meetings counted where only in person counts"
    );
    assert!(!codes(&path, &defaults, as_of).contains(&RuleCode::PATH_CADENCE_GAP));
}

/// A substitute covers the coordinator's leave: no gap, and no overlap although both
/// assignments run at once.
#[test]
fn a_substitute_covers_the_coordinators_leave() {
    let as_of = date(2024, 9, 1);
    let mut path = sample::multiprofessional_support(client(), date(2024, 1, 8), as_of);
    // The coordinator whose assignment runs in June (a handover follows in July).
    let coordinator = path.coordinators[0].staff.clone();
    let mut substitute = CoordinatorAssignment::new(
        StaffId::new("substitute-1").expect("id"),
        WorkerRole::ClientCoordinator,
        date(2024, 6, 3),
    );
    substitute.end = Some(date(2024, 7, 28));
    substitute.stands_in_for = Some(coordinator);
    path.coordinators.push(substitute);
    let report = path.validate(as_of);
    assert!(report.is_empty(), "{}", report.to_text(Lang::En));
    // Without `stands_in_for` the same record is two coordinators at once.
    let substitute = path.coordinators.len() - 1;
    path.coordinators[substitute].stands_in_for = None;
    let overlaps: Vec<String> = path
        .validate(as_of)
        .with_code(RuleCode::PATH_COORDINATORS_OVERLAP)
        .map(|f| f.path().to_string())
        .collect();
    assert!(
        overlaps.contains(&format!("/coordinators/{substitute}")),
        "{overlaps:?}"
    );
}

/// *Hyvinvointiryhmä osatyökykyisille* measures with the UKK walk test; a client whose
/// health rules it out is recorded as not measured, with the reason: advice, no warning.
#[test]
fn a_measurement_not_done_for_a_reason_is_advice() {
    let as_of = date(2024, 6, 30);
    let start = date(2024, 1, 8);
    let mut path = sample::wellbeing_group(client(), start, as_of);
    path.enrolments[0]
        .measurements
        .retain(|m| m.instrument() != InstrumentKind::UkkWalkTest);
    let missing = path.validate(as_of);
    assert!(
        missing
            .with_code(RuleCode::PATH_START_MEASUREMENT_MISSING)
            .count()
            > 0
    );
    let last = path.enrolments[0].end.expect("the group ended");
    for day in [start, last] {
        path.enrolments[0]
            .measurements_not_done
            .push(MeasurementNotDone::new(
                day,
                InstrumentKind::UkkWalkTest,
                NotDoneReason::Contraindicated,
            ));
    }
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    let advice: Vec<Severity> = report
        .with_code(RuleCode::PATH_MEASUREMENT_NOT_DONE)
        .map(|f| f.severity())
        .collect();
    assert_eq!(advice, [Severity::Info, Severity::Info]);
    assert!(report.to_text(Lang::Fi).contains("vasta-aihe"));
}

/// A plan agrees three days a week; the days follow it until a review agrees two, and
/// the days follow the review. Without the review, the two-day weeks differ from the plan.
#[test]
fn the_days_follow_the_dose_in_force() {
    let as_of = date(2024, 12, 31);
    let start = date(2024, 1, 8);
    let mut path = sample::rehabilitative_work_activity(client(), start, as_of);
    for event in &mut path.enrolments[0].events {
        if let Event::Plan { dose, .. } = event {
            *dose = Some(Dose::new(3, Some(300)));
        }
    }
    // From June on, Mondays and Wednesdays only.
    let review = date(2024, 5, 31);
    path.enrolments[0].events.retain(|event| {
        !(matches!(event, Event::WorkActivityDay { date, .. }
            if *date > review && chrono::Datelike::weekday(date) == Weekday::Thu))
    });
    let differing = path
        .validate(as_of)
        .with_code(RuleCode::PATH_DOSE_NOT_FOLLOWED)
        .map(|f| (f.severity(), f.path().to_string()))
        .collect::<Vec<_>>();
    assert_eq!(
        differing,
        [(Severity::Warning, "/enrolments/0/events/0/dose".to_owned())]
    );
    let mut reviewed = Event::plan(
        review,
        tyokyky::PlanKind::ActivationPlan,
        tyokyky::PlanAction::Reviewed,
    );
    if let Event::Plan { dose, .. } = &mut reviewed {
        *dose = Some(Dose::new(2, Some(300)));
    }
    path.enrolments[0].events.push(reviewed);
    path.enrolments[0].events.sort_by_key(|e| e.date());
    let report = path.validate(as_of);
    assert_eq!(
        report.with_code(RuleCode::PATH_DOSE_NOT_FOLLOWED).count(),
        0,
        "{}",
        report.to_text(Lang::En)
    );
    // One odd week is casework: a Thursday off in a three-day week.
    let mut one_week = sample::rehabilitative_work_activity(client(), start, as_of);
    if let Some(Event::Plan { dose, .. }) = one_week.enrolments[0].events.first_mut() {
        *dose = Some(Dose::new(3, None));
    }
    one_week.enrolments[0].events.retain(
        |e| !matches!(e, Event::WorkActivityDay { date: d, .. } if *d == date(2024, 3, 14)),
    );
    assert_eq!(
        one_week
            .validate(as_of)
            .with_code(RuleCode::PATH_DOSE_NOT_FOLLOWED)
            .count(),
        0
    );
}

/// IPS follow-along: a week's support may be a contact with the employer or a visit to
/// the workplace; a client who chose support every other week is owed it every other
/// week.
#[test]
fn follow_along_counts_every_job_support_and_the_clients_rhythm() {
    let start = date(2024, 1, 8);
    let as_of = date(2024, 12, 31);
    let base = sample::ips_job_coaching(client(), start, as_of);
    let job_start = base.enrolments[0]
        .events
        .iter()
        .find_map(|e| match e {
            Event::JobStart { date, .. } => Some(*date),
            _ => None,
        })
        .expect("a job");
    let first_month = |day: NaiveDate| day >= job_start && day < job_start + Days::new(28);
    let without_meetings = |path: &mut ServicePath| {
        path.enrolments[0].events.retain(
            |e| !(matches!(e, Event::IndividualMeeting { date, .. } if first_month(*date))),
        );
    };
    let gaps = |path: &ServicePath| {
        path.validate(as_of)
            .with_code(RuleCode::PATH_FOLLOW_ALONG_GAP)
            .count()
    };
    let mut none = base.clone();
    without_meetings(&mut none);
    assert_eq!(gaps(&none), 4);

    // Weekly supports other than meetings: the employer, the workplace.
    let mut other_supports = none.clone();
    for week in 0..4u64 {
        let day = job_start + Days::new(7 * week + 2);
        other_supports.enrolments[0].events.push(if week % 2 == 0 {
            Event::EmployerContact {
                note: None,
                date: day,
            }
        } else {
            Event::WorkplaceVisit {
                note: None,
                date: day,
            }
        });
    }
    assert_eq!(gaps(&other_supports), 0);

    // The client chose support every other week: two windows of two weeks.
    let mut chosen = none.clone();
    for event in &mut chosen.enrolments[0].events {
        if let Event::JobStart {
            support_every_weeks,
            ..
        } = event
        {
            *support_every_weeks = Some(2);
        }
    }
    assert_eq!(gaps(&chosen), 2);
    for week in [1u64, 3] {
        chosen.enrolments[0].events.push(Event::WorkplaceVisit {
            note: None,
            date: job_start + Days::new(7 * week + 1),
        });
    }
    assert_eq!(gaps(&chosen), 0);
}

/// Why a job ended, and a path closed on a pension, are recorded and labelled in every
/// language.
#[test]
fn job_ends_and_pension_outcomes_are_recorded() {
    let event: Event = serde_json::from_str(
        r#"{"type": "job_end", "date": "2024-05-31", "reason": "fixed_term_ended"}"#,
    )
    .expect("a job end");
    assert!(matches!(
        event,
        Event::JobEnd {
            reason: Some(JobEndReason::FixedTermEnded),
            ..
        }
    ));
    assert_eq!(
        JobEndReason::FixedTermEnded.label(Lang::Sv),
        "visstidsanställningen upphörde"
    );
    for outcome in [
        Outcome::OldAgePension,
        Outcome::DisabilityPension,
        Outcome::RehabilitationAllowance,
    ] {
        assert!(!outcome.is_positive(), "{outcome:?}");
        for lang in Lang::ALL {
            assert!(!outcome.label(lang).is_empty());
        }
    }
    let closure: tyokyky::Closure =
        serde_json::from_str(r#"{"date": "2024-12-20", "outcome": "old_age_pension"}"#)
            .expect("a closure");
    assert_eq!(closure.outcome, Outcome::OldAgePension);
}

/// Any event carries a worker's short note; a note never holds an identity code, and
/// `Debug` never shows what was written.
#[test]
fn any_event_carries_a_note() {
    let json = r#"{"type": "absence", "date": "2024-03-11", "until": "2024-03-15",
                   "reason": "sickness", "note": "flu, called in on Monday"}"#;
    let event: Event = serde_json::from_str(json).expect("an absence with a note");
    let Event::Absence {
        note: Some(note), ..
    } = &event
    else {
        panic!("no note: {event:?}");
    };
    assert_eq!(note.as_str(), "flu, called in on Monday");
    assert!(!format!("{event:?}").contains("flu"));
    let back = serde_json::to_string(&event).expect("json");
    assert!(back.contains(r#""note":"flu, called in on Monday""#));
    let with_code = r#"{"type": "referral", "date": "2024-03-11", "note": "131052-308T"}"#;
    let error = serde_json::from_str::<Event>(with_code).expect_err("an identity code");
    assert!(!error.to_string().contains("131052"), "{error}");
}

#[test]
fn a_note_is_added_and_read_through_the_event() {
    let day = date(2024, 3, 12);
    let event = Event::work_activity_day(day, 300)
        .with_note(tyokyky::FreeText::new("kitchen shift").expect("a note"));
    assert_eq!(event.note().map(|n| n.as_str()), Some("kitchen shift"));
    assert!(Event::work_activity_day(day, 300).note().is_none());
}
