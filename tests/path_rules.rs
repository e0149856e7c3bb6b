//! Every path rule has a fixture that breaks it (asserted by code and JSON Pointer, with
//! no other error or warning) and a near miss that passes it. Fixtures start from the
//! clean sample paths of `tyokyky::service::sample`.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use tyokyky::service::sample;
use tyokyky::work_activity::placement::{
    ContentMinutes, GroupFormat, ModelTransition, PlaceForm, TransitionTarget,
    WorkActivityPlacement,
};
use tyokyky::{
    ClientId, Closure, CoordinatorAssignment, Enrolment, Event, InstrumentKind, Key, Lang, Outcome,
    PhaseRecord, Profession, RuleCode, ServiceModels, ServicePath, Severity, StaffId, Theme,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

/// Monday 8 January 2024: every sample starts here.
fn start() -> NaiveDate {
    date(2024, 1, 8)
}

struct Fixture {
    path: ServicePath,
    as_of: NaiveDate,
    models: ServiceModels,
}

fn fixture(model: &str, as_of: NaiveDate) -> Fixture {
    let client = ClientId::new("fixture-path").expect("id");
    Fixture {
        path: sample::path_for(model, client, start(), as_of).expect("model"),
        as_of,
        models: ServiceModels::defaults(),
    }
}

/// 1.3.2025: every sample has run its course.
fn after() -> NaiveDate {
    date(2025, 3, 1)
}

fn mapping() -> Fixture {
    fixture("mapping_and_coaching", after())
}
fn mapping_during_coaching() -> Fixture {
    fixture("mapping_and_coaching", date(2024, 5, 1))
}
fn mapping_mid_april() -> Fixture {
    fixture("mapping_and_coaching", date(2024, 4, 15))
}
fn wellbeing() -> Fixture {
    fixture("wellbeing_group", after())
}
fn rehab() -> Fixture {
    fixture("rehabilitative_work_activity", after())
}
fn rehab_june() -> Fixture {
    fixture("rehabilitative_work_activity", date(2024, 6, 5))
}
fn rehab_32_hour_variant() -> Fixture {
    // A municipality variant loaded from JSON: at most 20 hours a week.
    let mut spec = tyokyky::service::models::rehabilitative_work_activity();
    spec.phases[0].cadence[0].max_minutes_per_period = Some(1200);
    let json = serde_json::to_string(&spec).expect("serialize");
    let mut models = ServiceModels::defaults();
    models.insert(serde_json::from_str(&json).expect("variant"));
    Fixture { models, ..rehab() }
}
fn social() -> Fixture {
    fixture("social_rehabilitation", after())
}
fn multiprofessional() -> Fixture {
    fixture("multiprofessional_support", after())
}
fn ips() -> Fixture {
    fixture("ips_job_coaching", after())
}

fn first(path: &mut ServicePath) -> &mut Enrolment {
    &mut path.enrolments[0]
}

fn days_after(date: NaiveDate, n: u64) -> NaiveDate {
    date + Days::new(n)
}

fn wellbeing_last_session() -> NaiveDate {
    days_after(start(), 64)
}

fn without_group_session_on(path: &mut ServicePath, day: NaiveDate) {
    first(path)
        .events
        .retain(|e| !(matches!(e, Event::GroupSession { .. }) && e.date() == day));
}

fn set_minutes(path: &mut ServicePath, index: usize, value: u32) {
    if let Event::WorkActivityDay { minutes, .. } = &mut first(path).events[index] {
        *minutes = value;
    } else {
        panic!("event {index} is not a work activity day");
    }
}

fn set_week_two_minutes(path: &mut ServicePath, value: u32) {
    // Events 1-3 are the days of ISO week 2024-W02 (event 0 is the plan).
    for index in 1..=3 {
        set_minutes(path, index, value);
    }
}

fn plan_mut(path: &mut ServicePath) -> &mut Event {
    &mut first(path).events[0]
}

fn close(path: &mut ServicePath, outcome: Outcome, note: Option<&str>) {
    path.closure = Some(Closure {
        date: wellbeing_last_session(),
        outcome,
        note: note.map(str::to_owned),
    });
}

fn staff(id: &str) -> StaffId {
    StaffId::new(id).expect("staff id")
}

fn handover() -> NaiveDate {
    date(2024, 7, 8)
}

fn move_job_start_first(path: &mut ServicePath) {
    let events = &mut first(path).events;
    let index = events
        .iter()
        .position(|e| matches!(e, Event::JobStart { .. }))
        .expect("job start");
    let job = events.remove(index);
    events.insert(0, job);
}

fn placement(path: &mut ServicePath) -> &mut WorkActivityPlacement {
    first(path)
        .work_activity
        .as_mut()
        .expect("the sample has a placement")
}

fn minutes(
    life_management: u32,
    working_life_readiness: u32,
    doing_the_work: u32,
) -> ContentMinutes {
    ContentMinutes {
        life_management,
        working_life_readiness,
        doing_the_work,
    }
}

fn transition(date: NaiveDate) -> ModelTransition {
    ModelTransition {
        date,
        to: TransitionTarget::WorkingLifeOriented,
    }
}

struct Case {
    name: &'static str,
    code: RuleCode,
    base: fn() -> Fixture,
    breaks: fn(&mut ServicePath),
    pointer: &'static str,
    near_miss: fn(&mut ServicePath),
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "enrolment in an unknown model",
            code: RuleCode::PathUnknownModel,
            base: social,
            breaks: |p| first(p).model = Key::new("no_such_model").expect("key"),
            pointer: "/enrolments/0/model",
            near_miss: |p| first(p).model = Key::new("social_rehabilitation").expect("key"),
        },
        Case {
            name: "phase unknown to the model",
            code: RuleCode::PathUnknownPhase,
            base: mapping,
            breaks: |p| {
                first(p).end = None;
                first(p).phases[1].phase = Key::new("coaching").expect("key");
            },
            pointer: "/enrolments/0/phases/1/phase",
            near_miss: |p| first(p).end = None,
        },
        Case {
            name: "coordinator assignment ending before it starts",
            code: RuleCode::PathDatesReversed,
            base: mapping,
            breaks: |p| {
                p.coordinators.push(CoordinatorAssignment {
                    staff: staff("coord-1"),
                    start: date(2024, 2, 1),
                    end: Some(date(2024, 1, 31)),
                });
            },
            pointer: "/coordinators/0/end",
            near_miss: |p| {
                p.coordinators.push(CoordinatorAssignment {
                    staff: staff("coord-1"),
                    start: date(2024, 2, 1),
                    end: Some(date(2024, 2, 1)),
                });
            },
        },
        Case {
            name: "work activity day recorded for tomorrow",
            code: RuleCode::PathDateInFuture,
            base: rehab_june,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::WorkActivityDay {
                        date: date(2024, 6, 6),
                        minutes: 300,
                    },
                );
            },
            pointer: "/enrolments/0/events/0/date",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::WorkActivityDay {
                        date: date(2024, 6, 4),
                        minutes: 300,
                    },
                );
            },
        },
        Case {
            name: "phase dated in the 1800s",
            code: RuleCode::PathDateOutOfRange,
            base: social,
            breaks: |p| first(p).phases[0].start = date(1899, 12, 31),
            pointer: "/enrolments/0/phases/0/start",
            near_miss: |p| {
                first(p).start = date(1900, 1, 1);
                first(p).phases[0].start = date(1900, 1, 1);
            },
        },
        Case {
            name: "second enrolment in the same model before the first ends",
            code: RuleCode::PathEnrolmentsOverlap,
            base: social,
            breaks: |p| {
                let mut second = Enrolment::new(
                    Key::new("social_rehabilitation").expect("key"),
                    date(2024, 7, 1),
                );
                second.phases.push(PhaseRecord {
                    phase: Key::new("rehabilitation").expect("key"),
                    start: date(2024, 7, 1),
                    end: None,
                });
                p.enrolments.push(second);
            },
            pointer: "/enrolments/1",
            near_miss: |p| {
                let mut second = Enrolment::new(
                    Key::new("social_rehabilitation").expect("key"),
                    date(2024, 7, 8),
                );
                second.phases.push(PhaseRecord {
                    phase: Key::new("rehabilitation").expect("key"),
                    start: date(2024, 7, 8),
                    end: None,
                });
                p.enrolments.push(second);
            },
        },
        Case {
            name: "wage-subsidised job straight after mapping",
            code: RuleCode::PathPhaseOrder,
            base: mapping_during_coaching,
            breaks: |p| first(p).phases[1].phase = Key::new("wage_subsidised_job").expect("key"),
            pointer: "/enrolments/0/phases/1/phase",
            near_miss: |_| {},
        },
        Case {
            name: "coaching starts on the last day of mapping",
            code: RuleCode::PathPhasesOverlap,
            base: mapping,
            breaks: |p| first(p).phases[1].start = date(2024, 4, 7),
            pointer: "/enrolments/0/phases/1",
            near_miss: |p| {
                first(p).phases[0].end = Some(date(2024, 4, 6));
                first(p).phases[1].start = date(2024, 4, 7);
            },
        },
        Case {
            name: "phase starting before its enrolment",
            code: RuleCode::PathPhaseOutsideEnrolment,
            base: social,
            breaks: |p| first(p).phases[0].start = date(2024, 1, 7),
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| first(p).phases[0].start = date(2024, 1, 9),
        },
        Case {
            name: "mapping still open eight days past three months",
            code: RuleCode::PathPhaseTooLong,
            base: mapping_mid_april,
            breaks: |p| {
                first(p).phases.truncate(1);
                first(p).phases[0].end = None;
                first(p).events.push(Event::GroupSession {
                    date: date(2024, 4, 11),
                    minutes: 300,
                    themes: vec![],
                });
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                first(p).phases.truncate(1);
                first(p).phases[0].end = Some(date(2024, 4, 14));
                first(p).events.retain(|e| e.date() <= date(2024, 4, 14));
                first(p).events.push(Event::GroupSession {
                    date: date(2024, 4, 11),
                    minutes: 300,
                    themes: vec![],
                });
            },
        },
        Case {
            name: "rehabilitative work activity period under three months",
            code: RuleCode::PathPhaseTooShort,
            base: rehab,
            breaks: |p| {
                let end = date(2024, 3, 31);
                first(p).phases[0].end = Some(end);
                first(p).end = Some(end);
                first(p).events.retain(|e| e.date() <= end);
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                let end = date(2024, 4, 7);
                first(p).phases[0].end = Some(end);
                first(p).end = Some(end);
                first(p).events.retain(|e| e.date() <= end);
            },
        },
        Case {
            name: "service ended after mapping without coaching",
            code: RuleCode::PathRequiredPhaseMissing,
            base: mapping,
            breaks: |p| {
                let end = date(2024, 4, 7);
                let enrolment = first(p);
                enrolment.phases.truncate(1);
                enrolment.end = Some(end);
                enrolment.events.retain(|e| e.date() <= end);
                enrolment.measurements.retain(|m| m.date <= end);
            },
            pointer: "/enrolments/0/phases",
            near_miss: |_| {},
        },
        Case {
            name: "meeting after the enrolment ended",
            code: RuleCode::PathEventOutsideEnrolment,
            base: social,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::IndividualMeeting {
                        date: date(2024, 8, 1),
                        minutes: None,
                        themes: vec![],
                    },
                );
            },
            pointer: "/enrolments/0/events/0/date",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::IndividualMeeting {
                        date: date(2024, 7, 7),
                        minutes: None,
                        themes: vec![],
                    },
                );
            },
        },
        Case {
            name: "first meeting before the first phase",
            code: RuleCode::PathEventOutsidePhase,
            base: social,
            breaks: |p| first(p).phases[0].start = date(2024, 1, 9),
            pointer: "/enrolments/0/events/0/date",
            near_miss: |_| {},
        },
        Case {
            name: "no individual meeting in week 2024-W04",
            code: RuleCode::PathCadenceGap,
            base: mapping,
            breaks: |p| {
                first(p).events.retain(|e| e.date() != date(2024, 1, 23));
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                let events = &mut first(p).events;
                for event in events.iter_mut() {
                    if let Event::IndividualMeeting { date: day, .. } = event
                        && *day == date(2024, 1, 23)
                    {
                        *day = date(2024, 1, 24);
                    }
                }
            },
        },
        Case {
            name: "five work activity days in one week",
            code: RuleCode::PathCadenceExceeded,
            base: rehab,
            breaks: |p| {
                for day in [date(2024, 1, 9), date(2024, 1, 12)] {
                    first(p).events.push(Event::WorkActivityDay {
                        date: day,
                        minutes: 300,
                    });
                }
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                first(p).events.push(Event::WorkActivityDay {
                    date: date(2024, 1, 9),
                    minutes: 300,
                });
            },
        },
        Case {
            name: "work activity day under four hours",
            code: RuleCode::PathContactTooShort,
            base: rehab,
            breaks: |p| set_minutes(p, 1, 200),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_minutes(p, 1, 240),
        },
        Case {
            name: "work activity day over eight hours",
            code: RuleCode::PathContactTooLong,
            base: rehab,
            breaks: |p| set_minutes(p, 1, 500),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_minutes(p, 1, 480),
        },
        Case {
            name: "21 hours in a week under a 20-hour municipal variant",
            code: RuleCode::PathPeriodMinutesExceeded,
            base: rehab_32_hour_variant,
            breaks: |p| set_week_two_minutes(p, 420),
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| set_week_two_minutes(p, 400),
        },
        Case {
            name: "wellbeing group met nine times",
            code: RuleCode::PathTotalCountShort,
            base: wellbeing,
            breaks: |p| without_group_session_on(p, wellbeing_last_session()),
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        Case {
            name: "nutrition never dealt with",
            code: RuleCode::PathThemeNotCovered,
            base: wellbeing,
            breaks: |p| {
                for event in &mut first(p).events {
                    if let Event::GroupSession { themes, .. } = event {
                        themes.retain(|t| *t != Theme::Nutrition);
                    }
                }
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        Case {
            name: "no UKK walk test at the start",
            code: RuleCode::PathStartMeasurementMissing,
            base: wellbeing,
            breaks: |p| {
                first(p).measurements.retain(|m| {
                    !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == start())
                });
            },
            pointer: "/enrolments/0/measurements",
            near_miss: |p| {
                for m in &mut first(p).measurements {
                    if m.instrument() == InstrumentKind::UkkWalkTest && m.date == start() {
                        m.date = days_after(start(), 14);
                    }
                }
            },
        },
        Case {
            name: "no UKK walk test at the end",
            code: RuleCode::PathEndMeasurementMissing,
            base: wellbeing,
            breaks: |p| {
                let end = wellbeing_last_session();
                first(p)
                    .measurements
                    .retain(|m| !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == end));
            },
            pointer: "/enrolments/0/measurements",
            near_miss: |p| {
                let end = wellbeing_last_session();
                for m in &mut first(p).measurements {
                    if m.instrument() == InstrumentKind::UkkWalkTest && m.date == end {
                        m.date = days_after(end, 14);
                    }
                }
            },
        },
        Case {
            name: "no activation plan",
            code: RuleCode::PathPlanMissing,
            base: rehab,
            breaks: |p| {
                first(p).events.remove(0);
            },
            pointer: "/enrolments/0/events",
            near_miss: |p| {
                if let Event::Plan { date: day, .. } = plan_mut(p) {
                    *day = start();
                }
            },
        },
        Case {
            name: "activation plan without the support and guidance needed",
            code: RuleCode::PathPlanIncomplete,
            base: rehab,
            breaks: |p| {
                if let Event::Plan {
                    records_support, ..
                } = plan_mut(p)
                {
                    *records_support = false;
                }
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                let mut review = plan_mut(p).clone();
                if let Event::Plan {
                    date: day,
                    action,
                    records_support,
                    ..
                } = &mut review
                {
                    *day = date(2024, 3, 1);
                    *action = tyokyky::PlanAction::Reviewed;
                    *records_support = false;
                }
                first(p).events.push(review);
            },
        },
        Case {
            name: "ten days without a coordinator at the handover",
            code: RuleCode::PathNoCoordinator,
            base: multiprofessional,
            breaks: |p| p.coordinators[1].start = days_after(handover(), 10),
            pointer: "/coordinators",
            near_miss: |p| p.coordinators[1].start = handover(),
        },
        Case {
            name: "two coordinators on the handover day",
            code: RuleCode::PathCoordinatorsOverlap,
            base: multiprofessional,
            breaks: |p| p.coordinators[0].end = Some(handover()),
            pointer: "/coordinators/1",
            near_miss: |p| p.coordinators[0].end = handover().pred_opt(),
        },
        Case {
            name: "team of two professions",
            code: RuleCode::PathTeamTooSmall,
            base: multiprofessional,
            breaks: |p| p.team.truncate(2),
            pointer: "/team",
            near_miss: |p| p.team.truncate(3),
        },
        Case {
            name: "team without health care",
            code: RuleCode::PathTeamWithoutHealthCare,
            base: multiprofessional,
            breaks: |p| {
                p.team.retain(|m| m.profession != Profession::Physician);
            },
            pointer: "/team",
            near_miss: |p| {
                for member in &mut p.team {
                    if member.profession == Profession::Physician {
                        member.profession = Profession::Nurse;
                    }
                }
            },
        },
        Case {
            name: "no referral recorded",
            code: RuleCode::PathReferralMissing,
            base: multiprofessional,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::Referral { .. }))
            },
            pointer: "/enrolments/0/events",
            near_miss: |p| {
                for event in &mut first(p).events {
                    if let Event::Referral { date: day } = event {
                        *day = date(2023, 12, 20);
                    }
                }
            },
        },
        Case {
            name: "physiotherapist's assessment after the first group session",
            code: RuleCode::PathPhysiotherapyAssessmentMissing,
            base: wellbeing,
            breaks: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    date: days_after(start(), 2),
                }
            },
            pointer: "/enrolments/0/events/1",
            near_miss: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    date: days_after(start(), 1),
                }
            },
        },
        Case {
            name: "client charged for the wellbeing group",
            code: RuleCode::PathClientFee,
            base: wellbeing,
            breaks: |p| first(p).client_fee_cents = 500,
            pointer: "/enrolments/0/client_fee_cents",
            near_miss: |p| first(p).client_fee_cents = 0,
        },
        Case {
            name: "no health assessment offered during mapping",
            code: RuleCode::PathHealthAssessmentNotOffered,
            base: mapping,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::HealthAssessment { .. }))
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                for event in &mut first(p).events {
                    if let Event::HealthAssessment { accepted, .. } = event {
                        *accepted = false;
                    }
                }
            },
        },
        Case {
            name: "first employer contact after 35 days",
            code: RuleCode::PathJobSearchLate,
            base: ips,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::EmployerContact { .. }));
                first(p).events.insert(
                    0,
                    Event::EmployerContact {
                        date: days_after(start(), 35),
                    },
                );
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::EmployerContact { .. }));
                first(p).events.insert(
                    0,
                    Event::EmployerContact {
                        date: days_after(start(), 30),
                    },
                );
            },
        },
        Case {
            name: "no meeting in the month after the job started",
            code: RuleCode::PathNoSupportAfterJobStart,
            base: ips,
            breaks: |p| {
                move_job_start_first(p);
                let job_start = date(2024, 4, 8);
                first(p).events.retain(|e| {
                    !(matches!(e, Event::IndividualMeeting { .. })
                        && e.date() > job_start
                        && e.date() <= days_after(job_start, 30))
                });
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                move_job_start_first(p);
                let job_start = date(2024, 4, 8);
                first(p).events.retain(|e| {
                    !(matches!(e, Event::IndividualMeeting { .. })
                        && e.date() > job_start
                        && e.date() < days_after(job_start, 30))
                });
                first(p).events.push(Event::IndividualMeeting {
                    date: days_after(job_start, 30),
                    minutes: None,
                    themes: vec![],
                });
            },
        },
        Case {
            name: "job ends before any job starts",
            code: RuleCode::PathJobEndWithoutStart,
            base: ips,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::JobEnd {
                        date: date(2024, 3, 1),
                    },
                )
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::JobEnd {
                        date: date(2024, 6, 1),
                    },
                )
            },
        },
        Case {
            name: "closed before a follow-up measurement",
            code: RuleCode::PathClosureBeforeLastEvent,
            base: wellbeing,
            breaks: |p| {
                close(p, Outcome::AnotherService, None);
                first(p).measurements.push(tyokyky::Measurement {
                    date: days_after(wellbeing_last_session(), 3),
                    result: sample::result(InstrumentKind::Gas, true),
                });
            },
            pointer: "/closure/date",
            near_miss: |p| close(p, Outcome::AnotherService, None),
        },
        Case {
            name: "closed while the enrolment stays open",
            code: RuleCode::PathOpenAfterClosure,
            base: wellbeing,
            breaks: |p| {
                close(p, Outcome::Education, None);
                first(p).end = None;
            },
            pointer: "/enrolments/0",
            near_miss: |p| close(p, Outcome::Education, None),
        },
        Case {
            name: "no life management in the work activity",
            code: RuleCode::PathContentMissing,
            base: rehab,
            breaks: |p| placement(p).delivered_minutes.life_management = 0,
            pointer: "/enrolments/0/work_activity/delivered_minutes/life_management",
            near_miss: |p| placement(p).delivered_minutes.life_management = 100,
        },
        Case {
            name: "work activity that is almost only work",
            code: RuleCode::PathContentOffProfile,
            base: rehab,
            breaks: |p| placement(p).delivered_minutes = minutes(1000, 1000, 8000),
            pointer: "/enrolments/0/work_activity/delivered_minutes",
            near_miss: |p| placement(p).delivered_minutes = minutes(2000, 3000, 5000),
        },
        Case {
            name: "non-stop group format on a workshop place",
            code: RuleCode::PathGroupFormatWithoutGroup,
            base: rehab,
            breaks: |p| placement(p).group_format = Some(GroupFormat::NonStopGroup),
            pointer: "/enrolments/0/work_activity/group_format",
            near_miss: |p| {
                placement(p).form = PlaceForm::Group;
                placement(p).group_format = Some(GroupFormat::NonStopGroup);
            },
        },
        Case {
            name: "transition dated before the service started",
            code: RuleCode::PathTransitionOutOfOrder,
            base: rehab,
            breaks: |p| placement(p).transitions.push(transition(date(2024, 1, 1))),
            pointer: "/enrolments/0/work_activity/transitions/0",
            near_miss: |p| placement(p).transitions.push(transition(date(2024, 2, 1))),
        },
        Case {
            name: "closed as 'other' without a note",
            code: RuleCode::PathClosureNoteMissing,
            base: wellbeing,
            breaks: |p| close(p, Outcome::Other, None),
            pointer: "/closure/note",
            near_miss: |p| close(p, Outcome::Other, Some("moved to a private service")),
        },
    ]
}

#[test]
fn every_base_fixture_is_clean() {
    for base in [
        mapping,
        mapping_during_coaching,
        mapping_mid_april,
        wellbeing,
        rehab,
        rehab_june,
        rehab_32_hour_variant,
        social,
        multiprofessional,
        ips,
    ] {
        let fixture = base();
        let report = fixture.path.validate_with(&fixture.models, fixture.as_of);
        assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    }
}

#[test]
fn each_fixture_breaks_exactly_its_rule_at_its_pointer() {
    for case in cases() {
        let mut fixture = (case.base)();
        (case.breaks)(&mut fixture.path);
        let report = fixture.path.validate_with(&fixture.models, fixture.as_of);
        let hits: Vec<&str> = report
            .with_code(case.code)
            .map(|f| f.path().as_str())
            .collect();
        assert_eq!(
            hits,
            vec![case.pointer],
            "{}:\n{}",
            case.name,
            report.to_text(Lang::En)
        );
        let others: BTreeSet<RuleCode> = report
            .iter()
            .filter(|f| f.severity() != Severity::Info && f.code() != case.code)
            .map(|f| f.code())
            .collect();
        assert!(
            others.is_empty(),
            "{}: also broke {others:?}\n{}",
            case.name,
            report.to_text(Lang::En)
        );
        // The breaking document is also valid JSON of the format.
        let json = serde_json::to_string(&fixture.path).expect("serialize");
        let back: ServicePath = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, fixture.path, "{}", case.name);
    }
}

#[test]
fn each_near_miss_passes_its_rule() {
    for case in cases() {
        let mut fixture = (case.base)();
        (case.near_miss)(&mut fixture.path);
        let report = fixture.path.validate_with(&fixture.models, fixture.as_of);
        assert_eq!(
            report.with_code(case.code).count(),
            0,
            "{}:\n{}",
            case.name,
            report.to_text(Lang::En)
        );
        assert!(
            !report.has_errors(),
            "{}:\n{}",
            case.name,
            report.to_text(Lang::En)
        );
    }
}

#[test]
fn every_path_rule_has_a_fixture() {
    let covered: BTreeSet<RuleCode> = cases().iter().map(|case| case.code).collect();
    for code in RuleCode::ALL {
        if code.as_str().starts_with("path.") {
            assert!(covered.contains(code), "{code} has no fixture");
        }
    }
}

#[test]
fn tolerated_gaps_are_info() {
    let mut fixture = mapping();
    let mut spec = tyokyky::service::models::mapping_and_coaching();
    spec.tolerances.missed_periods = 1;
    fixture.models.insert(spec);
    first(&mut fixture.path)
        .events
        .retain(|e| e.date() != date(2024, 1, 23) && e.date() != date(2024, 1, 30));
    let report = fixture.path.validate_with(&fixture.models, fixture.as_of);
    let severities: Vec<Severity> = report
        .with_code(RuleCode::PathCadenceGap)
        .map(|f| f.severity())
        .collect();
    assert_eq!(severities, [Severity::Info, Severity::Error]);
}

#[test]
fn messages_name_terms_in_each_language() {
    let mut fixture = mapping();
    first(&mut fixture.path)
        .events
        .retain(|e| e.date() != date(2024, 1, 23));
    let report = fixture.path.validate_with(&fixture.models, fixture.as_of);
    let finding = report
        .with_code(RuleCode::PathCadenceGap)
        .next()
        .expect("gap");
    assert!(
        finding.message(Lang::Fi).contains("yksilötapaaminen"),
        "{}",
        finding.message(Lang::Fi)
    );
    assert!(finding.message(Lang::Sv).contains("individuellt möte"));
    assert!(finding.message(Lang::En).contains("2024-W04"));
}
