//! Cases for the rules of the source documents' deepened models: the wellbeing group's
//! physiotherapy, multiprofessional support's workflow and IPS job coaching.

use super::{PathCase, first, start, wellbeing};
use crate::rules::catalogue::RuleCode;
use crate::service::event::Event;

pub(super) fn model_cases() -> Vec<PathCase> {
    vec![PathCase {
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
    }]
}
