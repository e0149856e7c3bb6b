//! Cases for the record's own structure: models and phases known, dates in order and in range,
//! plans and interruptions, limits, enrolments, phases and events where they belong.

use super::*;

pub(super) fn record_cases() -> Vec<PathCase> {
    vec![
        PathCase {
            name: "enrolment in an unknown model",
            code: RuleCode::PATH_UNKNOWN_MODEL,
            base: social,
            breaks: |p| first(p).model = Key::from_static("no_such_model"),
            pointer: "/enrolments/0/model",
            near_miss: |p| first(p).model = Key::from_static("social_rehabilitation"),
        },
        PathCase {
            name: "phase unknown to the model",
            code: RuleCode::PATH_UNKNOWN_PHASE,
            base: mapping,
            breaks: |p| {
                first(p).end = None;
                first(p).phases[1].phase = Key::from_static("coaching");
            },
            pointer: "/enrolments/0/phases/1/phase",
            near_miss: |p| first(p).end = None,
        },
        PathCase {
            name: "coordinator assignment ending before it starts",
            code: RuleCode::PATH_DATES_REVERSED,
            base: mapping,
            breaks: |p| {
                p.coordinators.push(CoordinatorAssignment {
                    stands_in_for: None,
                    staff: staff("coord-1"),
                    role: WorkerRole::ClientCoordinator,
                    start: date(2024, 2, 1),
                    end: Some(date(2024, 1, 31)),
                });
            },
            pointer: "/coordinators/0/end",
            near_miss: |p| {
                p.coordinators.push(CoordinatorAssignment {
                    stands_in_for: None,
                    staff: staff("coord-1"),
                    role: WorkerRole::ClientCoordinator,
                    start: date(2024, 2, 1),
                    end: Some(date(2024, 2, 1)),
                });
            },
        },
        PathCase {
            name: "a Work Ability Score recorded as measured tomorrow",
            code: RuleCode::PATH_DATE_IN_FUTURE,
            base: rehab_june,
            breaks: |p| {
                first(p).measurements.push(crate::Measurement {
                    date: date(2024, 6, 6),
                    result: sample::result(InstrumentKind::Was, false),
                });
            },
            pointer: "/enrolments/0/measurements/0/date",
            // A work-activity day booked for tomorrow is a scheduled record, not an error.
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::WorkActivityDay {
                        note: None,
                        date: date(2024, 6, 6),
                        minutes: 300,
                    },
                );
            },
        },
        PathCase {
            name: "phase dated in the 1800s",
            code: RuleCode::PATH_DATE_OUT_OF_RANGE,
            base: social,
            breaks: |p| first(p).phases[0].start = date(1899, 12, 31),
            pointer: "/enrolments/0/phases/0/start",
            near_miss: |p| {
                first(p).start = date(1900, 1, 1);
                first(p).phases[0].start = date(1900, 1, 1);
            },
        },
        PathCase {
            name: "a 2024 activation plan drawn up with the municipality, not the county",
            code: RuleCode::PATH_PLAN_PARTIES_MISSING,
            base: rehab,
            breaks: |p| {
                set_plan_parties(
                    p,
                    vec![
                        PlanParty::Client,
                        PlanParty::EmploymentAuthority,
                        PlanParty::Municipality,
                    ],
                )
            },
            pointer: "/enrolments/0/events/0/parties",
            near_miss: |p| {
                set_plan_parties(
                    p,
                    vec![
                        PlanParty::Client,
                        PlanParty::EmploymentAuthority,
                        PlanParty::WellbeingServicesCounty,
                    ],
                )
            },
        },
        PathCase {
            name: "a plan to be reviewed by June, never reviewed",
            code: RuleCode::PATH_PLAN_REVIEW_OVERDUE,
            base: rehab,
            breaks: |p| {
                if let Event::Plan { review_by, .. } = plan_mut(p) {
                    *review_by = Some(date(2024, 6, 28));
                }
            },
            pointer: "/enrolments/0/events/0/review_by",
            near_miss: |p| {
                if let Event::Plan { review_by, .. } = plan_mut(p) {
                    *review_by = Some(date(2024, 6, 28));
                }
                first(p).events.push(Event::Plan {
                    note: None,
                    dose: None,
                    date: date(2024, 6, 20),
                    plan: PlanKind::ActivationPlan,
                    action: PlanAction::Reviewed,
                    records_goal: true,
                    records_support: true,
                    parties: Vec::new(),
                    services: Vec::new(),
                    review_by: None,
                    consent_to_share: Some(true),
                });
            },
        },
        PathCase {
            name: "a restart with no interruption before it",
            code: RuleCode::PATH_RESTART_WITHOUT_INTERRUPTION,
            base: rehab,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::Restart {
                        note: None,
                        date: date(2024, 3, 4),
                    },
                );
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::Interruption {
                        note: None,
                        date: date(2024, 3, 1),
                        reason: InterruptionReason::Illness,
                        expected_return: None,
                    },
                );
                first(p).events.insert(
                    1,
                    Event::Restart {
                        note: None,
                        date: date(2024, 3, 4),
                    },
                );
            },
        },
        PathCase {
            name: "hospital treatment interrupting the activity for 98 days",
            code: RuleCode::PATH_INTERRUPTION_LONG,
            base: rehab,
            breaks: |p| interrupt(p, date(2024, 5, 6), date(2024, 8, 12)),
            pointer: "/enrolments/0/events/0",
            near_miss: |p| interrupt(p, date(2024, 5, 6), date(2024, 8, 1)),
        },
        PathCase {
            name: "fees in two groups, with one finding a rule allowed",
            code: RuleCode::REPORT_TRUNCATED,
            base: two_groups_limit_one,
            breaks: |p| {
                for enrolment in &mut p.enrolments {
                    enrolment.client_fee_cents = 500;
                }
            },
            pointer: "",
            near_miss: |p| first(p).client_fee_cents = 500,
        },
        PathCase {
            name: "a 2+2+2 group day of four hours: a 2-hour part missing",
            code: RuleCode::PATH_GROUP_DAY_SHORT_OF_FORMAT,
            base: social,
            breaks: |p| set_group_minutes(p, 240),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_group_minutes(p, 390),
        },
        PathCase {
            name: "a 3-month group running for six months",
            code: RuleCode::PATH_GROUP_LONGER_THAN_FORMAT,
            base: social,
            breaks: |p| set_group_format(p, GroupFormat::ThreeMonthGroup),
            pointer: "/enrolments/0/work_activity/group_format",
            near_miss: |p| set_group_format(p, GroupFormat::NonStopGroup),
        },
        PathCase {
            name: "one event more than the limit of events in an enrolment",
            code: RuleCode::REPORT_OVER_LIMIT,
            base: mapping_at_event_limit,
            breaks: |p| {
                let copy = first(p).events[0].clone();
                first(p).events.push(copy);
            },
            pointer: "/enrolments/0/events",
            near_miss: |_| {},
        },
        PathCase {
            name: "goal reached the day before it was set",
            code: RuleCode::PATH_GOAL_REACHED_BEFORE_SET,
            base: wellbeing,
            breaks: |p| {
                p.goals.push(Goal {
                    id: Key::from_static("daily_walks"),
                    set_on: date(2024, 1, 9),
                    reached_on: Some(date(2024, 1, 8)),
                });
            },
            pointer: "/goals/0/reached_on",
            near_miss: |p| {
                p.goals.push(Goal {
                    id: Key::from_static("daily_walks"),
                    set_on: date(2024, 1, 9),
                    reached_on: Some(date(2024, 1, 9)),
                });
            },
        },
        PathCase {
            name: "second enrolment in the same model before the first ends",
            code: RuleCode::PATH_ENROLMENTS_OVERLAP,
            base: social,
            breaks: |p| {
                let mut second =
                    Enrolment::new(Key::from_static("social_rehabilitation"), date(2024, 7, 1));
                second.phases.push(PhaseRecord {
                    phase: Key::from_static("rehabilitation"),
                    start: date(2024, 7, 1),
                    end: None,
                });
                p.enrolments.push(second);
            },
            pointer: "/enrolments/1",
            near_miss: |p| {
                let mut second =
                    Enrolment::new(Key::from_static("social_rehabilitation"), date(2024, 7, 8));
                second.phases.push(PhaseRecord {
                    phase: Key::from_static("rehabilitation"),
                    start: date(2024, 7, 8),
                    end: None,
                });
                p.enrolments.push(second);
            },
        },
        PathCase {
            name: "a follow-up phase straight after mapping, skipping coaching",
            code: RuleCode::PATH_PHASE_ORDER,
            base: mapping_with_follow_up,
            breaks: |p| first(p).phases[1].phase = Key::from_static("follow_up"),
            pointer: "/enrolments/0/phases/1/phase",
            near_miss: |_| {},
        },
        PathCase {
            name: "coaching starts on the last day of mapping",
            code: RuleCode::PATH_PHASES_OVERLAP,
            base: mapping,
            breaks: |p| first(p).phases[1].start = date(2024, 4, 7),
            pointer: "/enrolments/0/phases/1",
            near_miss: |p| {
                first(p).phases[0].end = Some(date(2024, 4, 6));
                first(p).phases[1].start = date(2024, 4, 7);
            },
        },
        PathCase {
            name: "phase starting before its enrolment",
            code: RuleCode::PATH_PHASE_OUTSIDE_ENROLMENT,
            base: social,
            breaks: |p| first(p).phases[0].start = date(2024, 1, 7),
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| first(p).phases[0].start = date(2024, 1, 9),
        },
        PathCase {
            name: "mapping still open eight days past three months",
            code: RuleCode::PATH_PHASE_TOO_LONG,
            base: mapping_mid_april,
            breaks: |p| {
                first(p).phases.truncate(1);
                first(p).phases[0].end = None;
                first(p).events.push(Event::GroupSession {
                    note: None,
                    mode: Default::default(),
                    peer_led: false,
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
                    note: None,
                    mode: Default::default(),
                    peer_led: false,
                    date: date(2024, 4, 11),
                    minutes: 300,
                    themes: vec![],
                });
            },
        },
        PathCase {
            name: "rehabilitative work activity period under three months",
            code: RuleCode::PATH_PHASE_TOO_SHORT,
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
        PathCase {
            name: "service ended after mapping without coaching",
            code: RuleCode::PATH_REQUIRED_PHASE_MISSING,
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
        PathCase {
            name: "meeting after the enrolment ended",
            code: RuleCode::PATH_EVENT_OUTSIDE_ENROLMENT,
            base: social,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::IndividualMeeting {
                        note: None,
                        mode: Default::default(),
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
                        note: None,
                        mode: Default::default(),
                        date: date(2024, 7, 7),
                        minutes: None,
                        themes: vec![],
                    },
                );
            },
        },
        PathCase {
            name: "first meeting before the first phase",
            code: RuleCode::PATH_EVENT_OUTSIDE_PHASE,
            base: social,
            breaks: |p| first(p).phases[0].start = date(2024, 1, 9),
            pointer: "/enrolments/0/events/0/date",
            near_miss: |_| {},
        },
    ]
}
