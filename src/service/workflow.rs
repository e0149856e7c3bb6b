//! The client coordinator's workflow in multiprofessional work-ability support: from the
//! identified need to a multiprofessional assessment, and from the assessment to a plan
//! made with the client; follow-up runs at the team's meeting rhythm until the path is
//! closed or handed off.
//!
//! *OSAKSI-hanke* aims at "Moniammatillinen työkyvyn tuen tiimi ja asiakasvastaava-malli
//! toimii sote-keskuksessa" and "Asiakkaiden palvelupolut rakentuvat koordinoitusti ja
//! ovat suunnitelmallisia"; *Työkykyohjelman laajentaminen, Varsinais-Suomi* aims "lisätä
//! sote-keskuksissa osatyökykyisten tunnistamista". Neither gives a time for a step: the
//! days in [`Requirement::CoordinatorWorkflow`](crate::Requirement::CoordinatorWorkflow)
//! are *derived* defaults, and days the client is away with a reason or the service is
//! interrupted do not count against them.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::calendar::plus_days;
use crate::i18n::vocabulary;
use crate::service::away::Away;
use crate::service::event::EventKind;
use crate::service::obligation::{Context, Kind, Obligation, first_of};
use crate::service::path::Enrolment;

/// A dated step of the client coordinator's workflow.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WorkflowStep {
    /// The multiprofessional assessment of work ability and service need, after the need
    /// is identified.
    Assessment,
    /// A plan drawn up (or reviewed) with the client after the assessment.
    SharedPlan,
}

vocabulary!(WorkflowStep {
    Assessment => ["monialainen arviointi", "sektorsövergripande bedömning", "multiprofessional assessment"],
    SharedPlan => ["yhteinen suunnitelma", "gemensam plan", "shared plan"],
});

/// The first event of `kind` on or after `from`, by index among the events.
fn first_on_or_after(enrolment: &Enrolment, kind: EventKind, from: NaiveDate) -> Option<usize> {
    enrolment
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.kind() == kind && event.date() >= from)
        .min_by_key(|(index, event)| (event.date(), *index))
        .map(|(index, _)| index)
}

/// The day `days` after `from`, moved on by the days away in between (found once: the
/// days away after the first extension are few and a second pass would rarely move it).
fn due_after(away: &Away, from: NaiveDate, days: u32) -> NaiveDate {
    let due = plus_days(from, days);
    let away_days = u64::try_from(away.days_within(from, due)).unwrap_or(0);
    due.checked_add_days(Days::new(away_days)).unwrap_or(due)
}

/// The workflow's obligations: the assessment within `assessment_days` of the identified
/// need (or of the first day, when no identification is recorded), and a plan within
/// `plan_days` of the assessment. A step owed after the enrolment ended is not owed.
pub(crate) fn obligations(
    items: &mut Vec<Obligation<'_>>,
    context: &Context<'_>,
    assessment_days: u32,
    plan_days: u32,
) {
    let (enrolment, away, as_of) = (context.enrolment, context.away, context.as_of);
    let identified = first_of(enrolment, EventKind::NeedIdentified)
        .map_or(enrolment.start, |index| enrolment.events[index].date());
    let mut step = |step, from, days, done: Option<usize>| {
        let due = due_after(away, from, days);
        let late = match done {
            Some(index) => enrolment.events[index].date() > due,
            None => as_of > due && enrolment.end.is_none_or(|end| end >= due),
        };
        items.push(Obligation {
            kind: Kind::WorkflowStep {
                step,
                from,
                days,
                done,
            },
            due,
            fulfilled: done.is_some(),
            missed: late,
            current: true,
        });
        done.map(|index| enrolment.events[index].date())
    };
    let assessment = first_on_or_after(enrolment, EventKind::WorkAbilityAssessment, identified);
    let assessed = step(
        WorkflowStep::Assessment,
        identified,
        assessment_days,
        assessment,
    );
    // The plan is owed once the assessment is made.
    if let Some(assessed) = assessed {
        let plan = first_on_or_after(enrolment, EventKind::Plan, assessed);
        step(WorkflowStep::SharedPlan, assessed, plan_days, plan);
    }
}
