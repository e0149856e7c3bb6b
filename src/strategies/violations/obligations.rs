//! Cases for what a model asks of a path: contact rhythms and lengths, totals, themes,
//! measurements, plans, the coordinator and team, requirements, jobs, closure and the OsKu
//! placement.

use super::*;

pub(super) fn obligation_cases() -> Vec<PathCase> {
    vec![
        PathCase {
            name: "no individual meeting in week 2024-W04",
            code: RuleCode::PATH_CADENCE_GAP,
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
        PathCase {
            name: "five work activity days in one week",
            code: RuleCode::PATH_CADENCE_EXCEEDED,
            base: rehab,
            breaks: |p| {
                for day in [date(2024, 1, 9), date(2024, 1, 12)] {
                    first(p).events.push(Event::WorkActivityDay {
                        note: None,
                        date: day,
                        minutes: 300,
                    });
                }
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                first(p).events.push(Event::WorkActivityDay {
                    note: None,
                    date: date(2024, 1, 9),
                    minutes: 300,
                });
            },
        },
        PathCase {
            name: "work activity day under four hours",
            code: RuleCode::PATH_CONTACT_TOO_SHORT,
            base: rehab,
            breaks: |p| set_minutes(p, 1, 200),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_minutes(p, 1, 240),
        },
        PathCase {
            name: "work activity day over eight hours",
            code: RuleCode::PATH_CONTACT_TOO_LONG,
            base: rehab,
            breaks: |p| set_minutes(p, 1, 500),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_minutes(p, 1, 480),
        },
        PathCase {
            name: "two and a half hours of individual meetings on one day under a two-hour municipal variant",
            code: RuleCode::PATH_DAY_MINUTES_EXCEEDED,
            base: mapping_two_hour_days,
            breaks: |p| second_meeting_on_day_one(p, 90),
            pointer: "/enrolments/0/events/0",
            // An hour and an hour: two hours in all, the most the variant allows.
            near_miss: |p| second_meeting_on_day_one(p, 60),
        },
        PathCase {
            name: "21 hours in a week under a 20-hour municipal variant",
            code: RuleCode::PATH_PERIOD_MINUTES_EXCEEDED,
            base: rehab_32_hour_variant,
            breaks: |p| set_week_two_minutes(p, 420),
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| set_week_two_minutes(p, 400),
        },
        PathCase {
            name: "wellbeing group met nine times",
            code: RuleCode::PATH_TOTAL_COUNT_SHORT,
            base: wellbeing,
            breaks: |p| without_group_session_on(p, wellbeing_last_session()),
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        PathCase {
            name: "job-search coaching never dealt with in mapping",
            code: RuleCode::PATH_THEME_NOT_COVERED,
            base: mapping,
            breaks: |p| without_theme(p, Theme::JobSearchCoaching),
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        PathCase {
            name: "a wellbeing group that never took up nutrition",
            code: RuleCode::PATH_OFFERED_THEME_NOT_MET,
            base: wellbeing,
            breaks: |p| without_theme(p, Theme::Nutrition),
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        PathCase {
            name: "no UKK walk test at the start",
            code: RuleCode::PATH_START_MEASUREMENT_MISSING,
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
        PathCase {
            name: "the start UKK walk test not done: a heart condition rules it out",
            code: RuleCode::PATH_MEASUREMENT_NOT_DONE,
            base: wellbeing,
            breaks: |p| {
                first(p).measurements.retain(|m| {
                    !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == start())
                });
                first(p).measurements_not_done.push(
                    crate::service::record::measurement::MeasurementNotDone::new(
                        start(),
                        InstrumentKind::UkkWalkTest,
                        crate::service::record::measurement::NotDoneReason::Contraindicated,
                    ),
                );
            },
            pointer: "/enrolments/0/measurements_not_done/0",
            // The test was done after all.
            near_miss: |_| {},
        },
        PathCase {
            name: "no UKK walk test at the end",
            code: RuleCode::PATH_END_MEASUREMENT_MISSING,
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
        PathCase {
            name: "no activation plan",
            code: RuleCode::PATH_PLAN_MISSING,
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
        PathCase {
            name: "activation plan without the support and guidance needed",
            code: RuleCode::PATH_PLAN_INCOMPLETE,
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
                    *action = crate::PlanAction::Reviewed;
                    *records_support = false;
                }
                first(p).events.push(review);
            },
        },
        PathCase {
            name: "ten days without a coordinator at the handover",
            code: RuleCode::PATH_NO_COORDINATOR,
            base: multiprofessional,
            breaks: |p| p.coordinators[1].start = days_after(handover(), 10),
            pointer: "/coordinators",
            near_miss: |p| p.coordinators[1].start = handover(),
        },
        PathCase {
            name: "two coordinators for 15 days, one longer than a 14-day handover",
            code: RuleCode::PATH_COORDINATORS_OVERLAP,
            base: multiprofessional,
            breaks: |p| p.coordinators[0].end = handover().checked_add_days(Days::new(14)),
            pointer: "/coordinators/1",
            // Two weeks of handover: normal casework.
            near_miss: |p| p.coordinators[0].end = handover().checked_add_days(Days::new(13)),
        },
        PathCase {
            name: "team of two professions",
            code: RuleCode::PATH_TEAM_TOO_SMALL,
            base: multiprofessional,
            breaks: |p| p.team.truncate(2),
            pointer: "/team",
            near_miss: |p| p.team.truncate(3),
        },
        PathCase {
            name: "team without health care",
            code: RuleCode::PATH_TEAM_WITHOUT_HEALTH_CARE,
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
        PathCase {
            name: "no referral recorded",
            code: RuleCode::PATH_REFERRAL_MISSING,
            base: multiprofessional,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::Referral { .. }))
            },
            pointer: "/enrolments/0/events",
            near_miss: |p| {
                for event in &mut first(p).events {
                    if let Event::Referral { date: day, .. } = event {
                        *day = date(2023, 12, 20);
                    }
                }
            },
        },
        PathCase {
            name: "physiotherapist's assessment after the first group session",
            code: RuleCode::PATH_PHYSIOTHERAPY_ASSESSMENT_MISSING,
            base: wellbeing,
            breaks: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    note: None,
                    date: days_after(start(), 2),
                    personal_instructions: Some(true),
                }
            },
            pointer: "/enrolments/0/events/1",
            near_miss: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    note: None,
                    date: days_after(start(), 1),
                    personal_instructions: Some(true),
                }
            },
        },
        PathCase {
            name: "client charged for the wellbeing group",
            code: RuleCode::PATH_CLIENT_FEE,
            base: wellbeing,
            breaks: |p| first(p).client_fee_cents = 500,
            pointer: "/enrolments/0/client_fee_cents",
            near_miss: |p| first(p).client_fee_cents = 0,
        },
        PathCase {
            name: "no health assessment offered during mapping",
            code: RuleCode::PATH_HEALTH_ASSESSMENT_NOT_OFFERED,
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
        PathCase {
            name: "first employer contact after 35 days",
            code: RuleCode::PATH_JOB_SEARCH_LATE,
            base: ips,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::EmployerContact { .. }));
                first(p).events.insert(
                    0,
                    Event::EmployerContact {
                        note: None,
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
                        note: None,
                        date: days_after(start(), 30),
                    },
                );
            },
        },
        PathCase {
            name: "no meeting in the month after the job started",
            code: RuleCode::PATH_NO_SUPPORT_AFTER_JOB_START,
            base: models::ips_support_after_job_start,
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
                    note: None,
                    mode: Default::default(),
                    date: days_after(job_start, 30),
                    minutes: None,
                    themes: vec![],
                });
            },
        },
        PathCase {
            name: "job ends before any job starts",
            code: RuleCode::PATH_JOB_END_WITHOUT_START,
            base: ips,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::JobEnd {
                        note: None,
                        reason: None,
                        date: date(2024, 3, 1),
                    },
                )
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::JobEnd {
                        note: None,
                        reason: None,
                        date: date(2024, 6, 1),
                    },
                )
            },
        },
        PathCase {
            name: "closed before a follow-up measurement",
            code: RuleCode::PATH_CLOSURE_BEFORE_LAST_EVENT,
            base: wellbeing,
            breaks: |p| {
                close(p, Outcome::AnotherService, None);
                first(p).measurements.push(crate::Measurement {
                    date: days_after(wellbeing_last_session(), 3),
                    result: sample::result(InstrumentKind::Gas, true),
                });
            },
            pointer: "/closure/date",
            near_miss: |p| close(p, Outcome::AnotherService, None),
        },
        PathCase {
            name: "closed while the enrolment stays open",
            code: RuleCode::PATH_OPEN_AFTER_CLOSURE,
            base: wellbeing,
            breaks: |p| {
                close(p, Outcome::Education, None);
                first(p).end = None;
            },
            pointer: "/enrolments/0",
            near_miss: |p| close(p, Outcome::Education, None),
        },
        PathCase {
            name: "no life management in the work activity",
            code: RuleCode::PATH_CONTENT_MISSING,
            base: rehab,
            breaks: |p| placement(p).delivered_minutes.life_management = 0,
            pointer: "/enrolments/0/work_activity/delivered_minutes/life_management",
            near_miss: |p| placement(p).delivered_minutes.life_management = 100,
        },
        PathCase {
            name: "work activity that is almost only work",
            code: RuleCode::PATH_CONTENT_OFF_PROFILE,
            base: rehab,
            breaks: |p| placement(p).delivered_minutes = minutes(1000, 1000, 8000),
            pointer: "/enrolments/0/work_activity/delivered_minutes",
            near_miss: |p| placement(p).delivered_minutes = minutes(2000, 3000, 5000),
        },
        PathCase {
            name: "non-stop group format on a workshop place",
            code: RuleCode::PATH_GROUP_FORMAT_WITHOUT_GROUP,
            base: rehab,
            breaks: |p| placement(p).group_format = Some(GroupFormat::NonStopGroup),
            pointer: "/enrolments/0/work_activity/group_format",
            near_miss: |p| {
                placement(p).form = PlaceForm::Group;
                placement(p).group_format = Some(GroupFormat::NonStopGroup);
            },
        },
        PathCase {
            name: "transition dated before the service started",
            code: RuleCode::PATH_TRANSITION_OUT_OF_ORDER,
            base: rehab,
            breaks: |p| placement(p).transitions.push(transition(date(2024, 1, 1))),
            pointer: "/enrolments/0/work_activity/transitions/0",
            near_miss: |p| placement(p).transitions.push(transition(date(2024, 2, 1))),
        },
        PathCase {
            name: "closed as 'other' without a note",
            code: RuleCode::PATH_CLOSURE_NOTE_MISSING,
            base: wellbeing,
            breaks: |p| close(p, Outcome::Other, None),
            pointer: "/closure/note",
            near_miss: |p| close(p, Outcome::Other, Some("moved to a private service")),
        },
    ]
}
