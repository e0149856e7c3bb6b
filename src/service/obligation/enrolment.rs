//! The obligations of a whole enrolment: plans and reviews, referral, assessments,
//! team, coordinator, employer contact and support after a job start.

use super::{Context, Kind, Obligation, count};
use chrono::NaiveDate;

use crate::calendar::{add_months, plus_days};
use crate::service::record::event::{Event, EventKind, PlanKind};
use crate::service::record::path::Enrolment;
use crate::service::spec::model_spec::Requirement;

pub(super) fn enrolment_wide<'s>(
    items: &mut Vec<Obligation<'s>>,
    context: &Context<'_>,
    requirement: &'s Requirement,
) {
    let Context {
        path,
        enrolment,
        as_of,
        ..
    } = *context;
    let running = enrolment.start <= as_of && enrolment.end.is_none_or(|end| end >= as_of);
    match requirement {
        Requirement::PlanBeforeStart { plans } => plan_before_each_period(items, context, plans),
        Requirement::Referral {} => {
            let first = first_of(enrolment, EventKind::Referral);
            items.push(Obligation {
                kind: Kind::Referral,
                due: enrolment.start,
                fulfilled: first.is_some(),
                // A referral before a start still to come is scheduled, not missed.
                missed: first.is_none() && as_of >= enrolment.start,
                current: true,
            });
        }
        Requirement::PhysiotherapyAssessmentBeforeGroup {} => {
            let group = first_of(enrolment, EventKind::GroupSession);
            let by = group.map_or(enrolment.start, |index| enrolment.events[index].date());
            let assessed = enrolment.events.iter().any(|event| {
                event.kind() == EventKind::PhysiotherapyAssessment && event.date() <= by
            });
            items.push(Obligation {
                kind: Kind::PhysiotherapyAssessment { group },
                due: by,
                fulfilled: assessed,
                missed: group.is_some() && !assessed,
                current: true,
            });
        }
        Requirement::HealthAssessmentOffered { phase } => {
            for (index, record) in enrolment.phases.iter().enumerate() {
                if &record.phase != phase {
                    continue;
                }
                let offered = context
                    .events
                    .between(EventKind::HealthAssessment, record.start, record.end)
                    .next()
                    .is_some();
                let ended = record.end.is_some_and(|end| end < as_of);
                let running = record.start <= as_of && !ended;
                // Offered by the phase's last day, or its planned last day while it runs.
                let planned_end = context
                    .spec
                    .phase(&record.phase)
                    .and_then(|spec| spec.length)
                    .and_then(|length| length.max_months.on(record.start))
                    .and_then(|months| add_months(record.start, months))
                    .and_then(|limit| limit.pred_opt());
                items.push(Obligation {
                    kind: Kind::HealthAssessment { phase: index },
                    due: record
                        .end
                        .or(planned_end)
                        .unwrap_or(as_of)
                        .max(record.start),
                    fulfilled: offered,
                    missed: ended && !offered,
                    current: running,
                });
            }
        }
        Requirement::Team {
            min_professions,
            health_care,
        } => {
            let mut professions: Vec<_> = path.team.iter().map(|m| m.profession).collect();
            professions.sort_unstable();
            professions.dedup();
            let actual = count(professions.len());
            let has_health = professions.iter().any(|p| p.is_health_care());
            let fulfilled = actual >= *min_professions && (!health_care || has_health);
            items.push(Obligation {
                kind: Kind::Team {
                    min_professions: *min_professions,
                    health_care: *health_care,
                    actual,
                },
                due: enrolment.start,
                fulfilled,
                missed: !fulfilled,
                current: true,
            });
        }
        Requirement::SingleCoordinator { .. } => {
            // Open on a day no one covers, since the first day of that gap.
            let gap = context.coordinators.gap_at(as_of);
            let since = gap.map_or(as_of, |first| first.max(enrolment.start));
            items.push(Obligation {
                kind: Kind::Coordinator,
                due: since.min(as_of),
                fulfilled: gap.is_none() || !running,
                // Reported as runs of days by the validator, whether today is covered or not.
                missed: false,
                current: true,
            });
        }
        Requirement::EmployerContactWithin { days } => {
            let due = plus_days(enrolment.start, *days);
            let first = first_of(enrolment, EventKind::EmployerContact);
            let late = match first {
                Some(index) => enrolment.events[index].date() > due,
                None => as_of > due,
            };
            items.push(Obligation {
                kind: Kind::EmployerContact { days: *days, first },
                due,
                fulfilled: first.is_some(),
                missed: late,
                current: true,
            });
        }
        Requirement::SupportAfterJobStart { within_days } => {
            for (job, event) in enrolment.events.iter().enumerate() {
                let Event::JobStart { date, .. } = event else {
                    continue;
                };
                let until = plus_days(*date, *within_days);
                let fulfilled = enrolment.meeting_between(*date, until);
                // An enrolment that ended before the time was up owes nothing.
                let owed = as_of > until && enrolment.end.is_none_or(|end| end >= until);
                items.push(Obligation {
                    kind: Kind::SupportAfterJobStart {
                        job,
                        start: *date,
                        within_days: *within_days,
                    },
                    due: until,
                    fulfilled,
                    missed: owed && !fulfilled,
                    current: true,
                });
            }
        }
        // Checked as a whole: the fee is advice on the enrolment, the exclusions need the
        // client (`validate_for`), the preference is read at the first employer contact;
        // follow-along support and the coordinator's workflow read the shared context in
        // `Obligations::of`.
        Requirement::AffordableForClient {}
        | Requirement::ExcludedActivities {}
        | Requirement::PreferenceBeforeJobSearch {}
        | Requirement::BenefitsCounsellingBeforeJob {}
        | Requirement::FollowAlongSupport { .. }
        | Requirement::CoordinatorWorkflow { .. } => {}
    }
}

/// Every plan that sets a review day owes a later plan by then.
pub(super) fn reviews(items: &mut Vec<Obligation<'_>>, enrolment: &Enrolment, as_of: NaiveDate) {
    let mut plans: Vec<(NaiveDate, usize, Option<NaiveDate>)> = enrolment
        .events
        .iter()
        .enumerate()
        .filter_map(|(index, event)| match event {
            Event::Plan {
                date, review_by, ..
            } => Some((*date, index, *review_by)),
            _ => None,
        })
        .collect();
    plans.sort_unstable();
    for (position, &(made, plan, review_by)) in plans.iter().enumerate() {
        let Some(review_by) = review_by else {
            continue;
        };
        let reviewed = plans[position + 1..]
            .iter()
            .any(|(date, ..)| *date > made && *date <= as_of);
        items.push(Obligation {
            kind: Kind::PlanReview { plan, made },
            due: review_by,
            fulfilled: reviewed,
            missed: !reviewed && as_of > review_by,
            current: true,
        });
    }
}

/// The first event of `kind` by date (the lowest index on a tie).
pub(crate) fn first_of(enrolment: &Enrolment, kind: EventKind) -> Option<usize> {
    enrolment
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.kind() == kind)
        .min_by_key(|(index, event)| (event.date(), *index))
        .map(|(index, _)| index)
}

/// The latest plan of one of `plans` drawn up or reviewed on or before the first day, by
/// index among the events.
/// A plan before the enrolment's first day, and before each later period of a phase
/// that repeats (law 189/2001 §13(2): "3–24 months at a time", each period agreed in the
/// plan). A plan filed under this enrolment counts whenever it was made; one filed under
/// another enrolment of the person counts when it was made within one longest period
/// before (a review held in the previous period agreeing the next). A start still to come
/// is not missed yet.
fn plan_before_each_period(
    items: &mut Vec<Obligation<'_>>,
    context: &Context<'_>,
    plans: &[PlanKind],
) {
    let Context {
        path,
        enrolment,
        as_of,
        ..
    } = *context;
    let here = path
        .enrolments
        .iter()
        .position(|e| std::ptr::eq(e, enrolment))
        .unwrap_or(0);
    let elsewhere = |start: NaiveDate| {
        let months = crate::figure::law::KTT_MAX_PERIOD_MONTHS.on(start)?;
        let first = start.checked_sub_months(chrono::Months::new(months))?;
        context
            .plans
            .latest_between(path, plans, first, start, here)
    };
    let own = latest_plan_before_start(enrolment, plans).map(|event| (here, event));
    let mut push = |latest: Option<(usize, usize)>, start: NaiveDate| {
        items.push(Obligation {
            kind: Kind::Plan { latest, start },
            due: start,
            fulfilled: latest.is_some(),
            missed: latest.is_none() && as_of >= start,
            current: true,
        });
    };
    let start = enrolment.start;
    push(own.or_else(|| elsewhere(start)), start);
    // Later periods of a repeating phase: a plan after the previous period began.
    let mut order: Vec<usize> = (0..enrolment.phases.len()).collect();
    order.sort_by_key(|&index| (enrolment.phases[index].start, index));
    for pair in order.windows(2) {
        let (previous, record) = (&enrolment.phases[pair[0]], &enrolment.phases[pair[1]]);
        if previous.phase != record.phase || record.start <= enrolment.start {
            continue;
        }
        let after = previous.start.succ_opt().unwrap_or(previous.start);
        let latest = context
            .plans
            .latest_between(path, plans, after, record.start, here);
        push(latest, record.start);
    }
}

fn latest_plan_before_start(enrolment: &Enrolment, plans: &[PlanKind]) -> Option<usize> {
    enrolment
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| {
            // A plan drawn up or reviewed before the start agrees the period.
            matches!(event, Event::Plan { plan, date, .. }
                if plans.contains(plan) && *date <= enrolment.start)
        })
        .max_by_key(|(index, event)| (event.date(), *index))
        .map(|(index, _)| index)
}
