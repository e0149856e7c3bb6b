//! The obligations of the client coordinator's workflow (see [`crate::service::planner::workflow`]):
//! each step within its days of the step before, days away with a reason and interrupted
//! days not counted.

use chrono::{Days, NaiveDate};

use super::{Context, Kind, Obligation, first_of};
use crate::calendar::plus_days;
use crate::service::obligation::away::Away;
use crate::service::planner::workflow::WorkflowStep;
use crate::service::record::event::EventKind;
use crate::service::record::path::Enrolment;

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
    // The plan is owed once the assessment is made, and the services and benefits are
    // fitted together once the plan is made, within the same days.
    if let Some(assessed) = assessed {
        let plan = first_on_or_after(enrolment, EventKind::Plan, assessed);
        if let Some(planned) = step(WorkflowStep::SharedPlan, assessed, plan_days, plan) {
            let coordinated = first_on_or_after(enrolment, EventKind::ServiceCoordination, planned);
            step(WorkflowStep::Coordination, planned, plan_days, coordinated);
        }
    }
}
