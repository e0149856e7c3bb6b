//! The client coordinator's workflow in multiprofessional work-ability support: each step
//! in its time.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::planner::workflow::WorkflowStep;
use crate::source::OSAKSI;

rules! {
    /// A step of the client coordinator's workflow (the assessment after the identified
    /// need, the plan after the assessment) came later than the model's days allow, or
    /// has not come.
    PATH_WORKFLOW_STEP_LATE => WorkflowStepLate {
        code: "path.workflow_step_late",
        severity: Warning because "departs from the coordinated, planned path the model's source describes; the days are derived defaults, not law",
        source: OSAKSI,
        parameters: [WORKFLOW_ASSESSMENT_DAYS, WORKFLOW_PLAN_DAYS],
        params: { step: ParamValue, from: NaiveDate, days: u32, due: NaiveDate },
        title: [
            "Työnkulun vaihe myöhässä",
            "Steg i arbetsflödet försenat",
            "Workflow step late",
        ],
        message: [
            "Työnkulun vaiheen {step} määräaika oli {days} päivää {from} alkaen, viimeistään {due}.",
            "Arbetsflödets steg {step} borde göras inom {days} dagar från {from}, senast {due}.",
            "The workflow step {step} should follow within {days} days of {from}, by {due}.",
        ],
    }
}

impl Check<'_> {
    /// A late workflow step, pointing at the event that took it when there is one.
    pub(super) fn workflow_step_late(
        &mut self,
        step: WorkflowStep,
        from: NaiveDate,
        days: u32,
        done: Option<usize>,
        due: NaiveDate,
        base: &JsonPointer,
    ) {
        let events_at = base.clone().field("events");
        let at = match done {
            Some(index) => events_at.index(index),
            None => events_at,
        };
        self.push(
            WorkflowStepLate {
                step: ParamValue::term(step),
                from,
                days,
                due,
            }
            .at(at),
        );
    }
}
