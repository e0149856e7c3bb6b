//! The plan drawn up before the service starts.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::event::{Event, PlanContent};
use crate::service::path::Enrolment;
use crate::source::KTT_PLAN;

rules! {
    /// No plan of a qualifying kind was drawn up on or before the first day.
    PATH_PLAN_MISSING => PlanMissing {
        code: "path.plan_missing",
        severity: Error because "breaks the law: rehabilitative work activity is arranged as an activation plan or a multiprofessional employment plan defines it",
        source: KTT_PLAN,
        parameter: Some("Requirement.plan_before_start"),
        params: { start: NaiveDate },
        title: ["Suunnitelma puuttuu", "Plan saknas", "Plan missing"],
        message: [
            "Aktivointisuunnitelmaa tai monialaista työllistymissuunnitelmaa ei ole laadittu viimeistään {start}.",
            "Ingen aktiveringsplan eller sektorsövergripande sysselsättningsplan har upprättats senast {start}.",
            "No activation plan or multiprofessional employment plan was drawn up by {start}.",
        ],
    }

    /// The plan before the start does not record what the law asks it to.
    PATH_PLAN_INCOMPLETE => PlanIncomplete {
        code: "path.plan_incomplete",
        severity: Error because "breaks the law: the plan records the goal and the support and guidance given",
        source: KTT_PLAN,
        parameter: Some("Requirement.plan_before_start"),
        params: { missing: ParamValue },
        title: ["Suunnitelma puutteellinen", "Planen ofullständig", "Plan incomplete"],
        message: [
            "Suunnitelmasta puuttuu: {missing}.",
            "Planen saknar: {missing}.",
            "The plan does not record: {missing}.",
        ],
    }
}

impl Check<'_> {
    /// The plan obligation: missing, or present and incomplete.
    pub(super) fn plan(
        &mut self,
        enrolment: &Enrolment,
        latest: Option<usize>,
        base: &JsonPointer,
    ) {
        let events_at = base.clone().field("events");
        let Some(index) = latest else {
            self.push(
                PlanMissing {
                    start: enrolment.start,
                }
                .at(events_at),
            );
            return;
        };
        if let Some(Event::Plan {
            records_goal,
            records_support,
            ..
        }) = enrolment.events.get(index)
        {
            let missing: Vec<PlanContent> = [
                (*records_goal, PlanContent::Goal),
                (*records_support, PlanContent::SupportAndGuidance),
            ]
            .into_iter()
            .filter(|(recorded, _)| !recorded)
            .map(|(_, content)| content)
            .collect();
            if !missing.is_empty() {
                self.push(
                    PlanIncomplete {
                        missing: ParamValue::terms(missing),
                    }
                    .at(events_at.index(index)),
                );
            }
        }
    }
}
