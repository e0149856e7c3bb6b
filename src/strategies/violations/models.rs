//! Cases for the rules of the source documents' deepened models: the wellbeing group's
//! physiotherapy, multiprofessional support's workflow and IPS job coaching.

use super::{PathCase, days_after, first, multiprofessional, start, wellbeing};
use crate::rules::catalogue::RuleCode;
use crate::service::event::Event;
use crate::service::path::ServicePath;

/// Moves the multiprofessional sample's assessment to `assessed` days after the start and
/// its plan to a week later.
fn assess_on(path: &mut ServicePath, assessed: u64) {
    for event in &mut first(path).events {
        match event {
            Event::WorkAbilityAssessment { date, .. } => *date = days_after(start(), assessed),
            Event::Plan { date, .. } => *date = days_after(start(), assessed + 7),
            _ => {}
        }
    }
}

pub(super) fn model_cases() -> Vec<PathCase> {
    vec![
        PathCase {
            name: "multiprofessional assessment 31 days after the identified need",
            code: RuleCode::PATH_WORKFLOW_STEP_LATE,
            base: multiprofessional,
            breaks: |p| assess_on(p, 31),
            pointer: "/enrolments/0/events/2",
            // 30 days is within the model's days.
            near_miss: |p| assess_on(p, 30),
        },
        PathCase {
            name: "physiotherapist's assessment without personal instructions",
            code: RuleCode::PATH_PHYSIOTHERAPY_WITHOUT_INSTRUCTIONS,
            base: wellbeing,
            breaks: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    date: start(),
                    personal_instructions: Some(false),
                }
            },
            pointer: "/enrolments/0/events/0/personal_instructions",
            near_miss: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    date: start(),
                    personal_instructions: Some(true),
                }
            },
        },
    ]
}
