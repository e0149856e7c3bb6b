//! Cases for the rules of the source documents' deepened models: the wellbeing group's
//! physiotherapy, multiprofessional support's workflow and IPS job coaching.

use chrono::NaiveDate;

use super::{
    Fixture, PathCase, days_after, first, ips, multiprofessional, rehab, start, wellbeing,
};
use crate::rules::code::RuleCode;
use crate::service::record::event::{Event, EventKind};
use crate::service::record::path::ServicePath;
use crate::service::spec::model_spec::Requirement;

/// The IPS fixture validated with a model that asks for one meeting within 30 days of a
/// job start instead of weekly follow-along support.
pub(super) fn ips_support_after_job_start() -> Fixture {
    let mut fixture = ips();
    let mut spec = crate::service::spec::models::ips_job_coaching();
    for requirement in &mut spec.requirements {
        if matches!(requirement, Requirement::FollowAlongSupport { .. }) {
            *requirement = Requirement::SupportAfterJobStart { within_days: 30 };
        }
    }
    // The defaults' spec passes its checks; so does this one, which only swaps a requirement.
    let _ = fixture.models.insert(spec);
    fixture
}

/// The IPS sample's job start (three months after the start: 8.4.2024).
fn ips_job_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 4, 8).unwrap_or(NaiveDate::MIN)
}

/// Removes the individual meetings of the second week at work.
fn quiet_second_week(path: &mut ServicePath) {
    let (first_day, last_day) = (
        days_after(ips_job_start(), 7),
        days_after(ips_job_start(), 13),
    );
    first(path).events.retain(|e| {
        !(e.kind() == EventKind::IndividualMeeting && first_day <= e.date() && e.date() <= last_day)
    });
}

/// Puts the rehabilitative work activity sample's placement in start work activity,
/// moving on to mapping work activity on `moved_on`, if given.
fn in_start_model(path: &mut ServicePath, moved_on: Option<NaiveDate>) {
    use crate::work_activity::model::WorkActivityModel;
    use crate::work_activity::placement::{ModelTransition, TransitionTarget};
    if let Some(placement) = first(path).work_activity.as_mut() {
        placement.model = WorkActivityModel::Start;
        placement.transitions = moved_on
            .map(|date| ModelTransition {
                date,
                to: TransitionTarget::Mapping,
            })
            .into_iter()
            .collect();
    }
}

/// Moves the IPS sample's work preference to `day` days after the start.
fn prefer_on(path: &mut ServicePath, day: u64) {
    for event in &mut first(path).events {
        if let Event::WorkPreference { date, .. } = event {
            *date = days_after(start(), day);
        }
    }
}

/// Moves the multiprofessional sample's assessment to `assessed` days after the start and
/// its plan to a week later.
fn assess_on(path: &mut ServicePath, assessed: u64) {
    for event in &mut first(path).events {
        match event {
            Event::WorkAbilityAssessment { date, .. } => *date = days_after(start(), assessed),
            Event::Plan { date, .. } => *date = days_after(start(), assessed + 7),
            Event::ServiceCoordination { date, .. } => *date = days_after(start(), assessed + 14),
            _ => {}
        }
    }
}

pub(super) fn model_cases() -> Vec<PathCase> {
    vec![
        PathCase {
            name: "no meeting in the second week at work",
            code: RuleCode::PATH_FOLLOW_ALONG_GAP,
            base: ips,
            breaks: quiet_second_week,
            pointer: "/enrolments/0/events/20",
            // A meeting on the last day of the week keeps to the weekly rhythm.
            near_miss: |p| {
                quiet_second_week(p);
                first(p).events.push(Event::IndividualMeeting {
                    note: None,
                    mode: Default::default(),
                    date: days_after(ips_job_start(), 13),
                    minutes: Some(30),
                    themes: vec![],
                });
            },
        },
        PathCase {
            name: "employer contacted before the client's preference is recorded",
            code: RuleCode::PATH_JOB_SEARCH_WITHOUT_PREFERENCE,
            base: ips,
            // The first employer contact is on day 8.
            breaks: |p| prefer_on(p, 9),
            pointer: "/enrolments/0/events/3",
            near_miss: |p| prefer_on(p, 8),
        },
        PathCase {
            name: "coaching a client whose preference is not the open labour market",
            code: RuleCode::PATH_COACHING_WITHOUT_OPEN_MARKET_WISH,
            base: ips,
            breaks: |p| {
                for event in &mut first(p).events {
                    if let Event::WorkPreference { open_market, .. } = event {
                        *open_market = false;
                    }
                }
            },
            pointer: "/enrolments/0/events/0/open_market",
            // The sample's client wants open-market work.
            near_miss: |_| {},
        },
        PathCase {
            name: "a job started without benefits counselling",
            code: RuleCode::PATH_BENEFITS_COUNSELLING_MISSING,
            base: ips,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::BenefitsCounselling { .. }));
            },
            pointer: "/enrolments/0/events/19",
            // Counselled on the job's first day.
            near_miss: |p| {
                let day = ips_job_start();
                for event in &mut first(p).events {
                    if let Event::BenefitsCounselling { date, .. } = event {
                        *date = day;
                    }
                }
            },
        },
        PathCase {
            name: "start work activity going on for a year",
            code: RuleCode::PATH_START_MODEL_PAST_THREE_MONTHS,
            base: rehab,
            breaks: |p| in_start_model(p, None),
            pointer: "/enrolments/0/work_activity/model",
            // Moving on to mapping after exactly three months.
            near_miss: |p| in_start_model(p, NaiveDate::from_ymd_opt(2024, 4, 8)),
        },
        PathCase {
            name: "multiprofessional assessment 31 days after the identified need",
            code: RuleCode::PATH_WORKFLOW_STEP_LATE,
            base: multiprofessional,
            breaks: |p| assess_on(p, 31),
            // The identified need, the referral and the first team meeting on the first
            // day, the first individual meeting on the fifth, then the assessment.
            pointer: "/enrolments/0/events/4",
            // 30 days is within the model's days.
            near_miss: |p| assess_on(p, 30),
        },
        PathCase {
            name: "physiotherapist's assessment without personal instructions",
            code: RuleCode::PATH_PHYSIOTHERAPY_WITHOUT_INSTRUCTIONS,
            base: wellbeing,
            breaks: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    note: None,
                    date: start(),
                    personal_instructions: Some(false),
                }
            },
            pointer: "/enrolments/0/events/0/personal_instructions",
            near_miss: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    note: None,
                    date: start(),
                    personal_instructions: Some(true),
                }
            },
        },
    ]
}
