//! The plan drawn up before the service starts.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::{Event, PlanAction, PlanContent, PlanKind, PlanParty};
use crate::source::KTT_PLAN;

rules! {
    /// No plan of a qualifying kind was drawn up on or before the first day.
    PATH_PLAN_MISSING => PlanMissing {
        code: "path.plan_missing",
        severity: Error because "breaks the law: rehabilitative work activity is arranged as an activation plan or a multiprofessional employment plan defines it",
        source: KTT_PLAN,
        parameters: [PLAN_BEFORE_START],
        params: { start: NaiveDate },
        title: ["Suunnitelma puuttuu", "Plan saknas", "Plan missing"],
        message: [
            "Aktivointisuunnitelmaa tai monialaista työllistymissuunnitelmaa ei ole laadittu viimeistään {start}.",
            "Ingen aktiveringsplan eller sektorsövergripande sysselsättningsplan har upprättats senast {start}.",
            "No activation plan or multiprofessional employment plan was drawn up by {start}.",
        ],
    }

    /// An activation plan names who drew it up, and a party the law asks for on the
    /// plan's date is not among them.
    PATH_PLAN_PARTIES_MISSING => PlanPartiesMissing {
        code: "path.plan_parties_missing",
        severity: Error because "breaks the law: the employment authority and the wellbeing services county (the municipality before 2023) draw up the activation plan together with the client",
        source: "Act on Rehabilitative Work Activity 189/2001 §2(1): original wording (employment office and municipality) until 31.12.2022; as amended by 591/2022 from 1.1.2023 and 399/2023 from 1.1.2025 (employment authority and wellbeing services county)",
        parameters: [PLAN_PARTIES],
        params: { date: NaiveDate, missing: ParamValue },
        title: [
            "Suunnitelman laatijoista puuttuu osapuoli",
            "En part saknas bland planens upprättare",
            "A party missing from the plan",
        ],
        message: [
            "Aktivointisuunnitelma {date}: laatijoista puuttuu {missing}.",
            "Aktiveringsplanen {date}: bland dem som upprättade den saknas {missing}.",
            "The activation plan of {date} was not drawn up with {missing}.",
        ],
    }

    /// The day a plan set for its review has passed without a later plan.
    PATH_PLAN_REVIEW_OVERDUE => PlanReviewOverdue {
        code: "path.plan_review_overdue",
        severity: Warning because "departs from the plan's own review day; the review may be late, not missing",
        source: KTT_PLAN,
        parameters: [],
        params: { date: NaiveDate, review_by: NaiveDate },
        title: ["Suunnitelman tarkistus myöhässä", "Planens översyn försenad", "Plan review overdue"],
        message: [
            "Suunnitelma {date} oli määrä tarkistaa viimeistään {review_by}.",
            "Planen från {date} skulle ses över senast {review_by}.",
            "The plan of {date} was to be reviewed by {review_by}.",
        ],
    }

    /// The plan before the start does not record what the law of its day asks it to: its
    /// goal and the support and guidance, for plans from 1 January 2021.
    PATH_PLAN_INCOMPLETE => PlanIncomplete {
        code: "path.plan_incomplete",
        severity: Error because "breaks the law: the plan records the goal and the support and guidance given",
        source: KTT_PLAN,
        parameters: [PLAN_BEFORE_START, PLAN_CONTENT_DUTY],
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
    /// A plan's review day passed without a later plan.
    pub(super) fn review_overdue(
        &mut self,
        plan: usize,
        made: NaiveDate,
        review_by: NaiveDate,
        base: &JsonPointer,
    ) {
        self.push(
            PlanReviewOverdue {
                date: made,
                review_by,
            }
            .at(base.clone().field("events").index(plan).field("review_by")),
        );
    }

    /// The plan obligation: missing, or present and incomplete (wherever in the person's
    /// record the plan is filed).
    pub(super) fn plan(
        &mut self,
        start: NaiveDate,
        latest: Option<(usize, usize)>,
        base: &JsonPointer,
    ) {
        let Some((filed, index)) = latest else {
            self.push(PlanMissing { start }.at(base.clone().field("events")));
            return;
        };
        let events_at = JsonPointer::root()
            .field("enrolments")
            .index(filed)
            .field("events");
        let Some(enrolment) = self.path.enrolments.get(filed) else {
            return;
        };
        if let Some(Event::Plan {
            records_goal,
            records_support,
            parties,
            plan,
            date,
            action,
            ..
        }) = enrolment.events.get(index)
        {
            // Each party the law of the plan's day asks for, as the parties that count as it
            // (from 2025 the municipality is the employment authority).
            let required = crate::figure::law::activation_plan_parties(*date);
            let absent: Vec<PlanParty> = required
                .iter()
                .filter(|alternatives| !alternatives.iter().any(|party| parties.contains(party)))
                .filter_map(|alternatives| alternatives.first().copied())
                .collect();
            // Parties not recorded at all are not checked: older records lack them.
            if *plan == PlanKind::ActivationPlan && !parties.is_empty() && !absent.is_empty() {
                self.push(
                    PlanPartiesMissing {
                        date: *date,
                        missing: ParamValue::terms(absent),
                    }
                    .at(events_at.clone().index(index).field("parties")),
                );
            }
            // The content duty of the plan's own day (from 1.1.2021, law 702/2020). A review
            // confirms the plan it reviews; it need not restate the goal and the support.
            let duty = crate::figure::law::PLAN_CONTENT_DUTY.on(*date) == Some(true)
                && *action == PlanAction::DrawnUp;
            let missing: Vec<PlanContent> = [
                (*records_goal, PlanContent::Goal),
                (*records_support, PlanContent::SupportAndGuidance),
            ]
            .into_iter()
            .filter(|(recorded, _)| duty && !recorded)
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
