//! IPS follow-along support: a job support every week of the first weeks at work, or at
//! the rhythm the client chose.
//!
//! The IPS Employment Center's guidance: "employment specialists are encouraged to provide
//! intensive supports, including in-person contact, on a weekly basis for at least the
//! first month of employment" (IPS Works, New York State Psychiatric Institute, "What type
//! of job supports do employment specialists provide?"); the IPS-25 fidelity scale rates
//! time-unlimited follow-along supports (Bond et al. 2012, doi:10.1176/appi.ps.201100476).
//! Checked: the weekly first month, against the guidance above. A job support is a meeting
//! with the client (in person, by phone or by video), a contact with the employer or a
//! visit to the workplace. A client who chose a lighter rhythm
//! (`JobStart::support_every_weeks`) is owed a support in each window of that many weeks:
//! IPS follows the client's preferences. Not checked: the share of supports in person,
//! and the exact anchors of the IPS-25 item, whose manual is copyrighted and could not be
//! read here.

use chrono::{Days, NaiveDate};

use super::{Context, Kind, Obligation};
use crate::service::record::event::{Event, EventKind};

/// The weekly windows after each job start, as obligations.
pub(crate) fn obligations(items: &mut Vec<Obligation<'_>>, context: &Context<'_>, weeks: u32) {
    let enrolment = context.enrolment;
    let percent = context.spec.tolerances.excused_period_percent;
    for job in context
        .events
        .between(EventKind::JobStart, NaiveDate::MIN, None)
    {
        let Event::JobStart {
            date: start,
            support_every_weeks,
            ..
        } = enrolment.events[job]
        else {
            continue;
        };
        // The client's own rhythm, in weeks: at least weekly support unless they chose less.
        let every = support_every_weeks.unwrap_or(1).clamp(1, weeks.max(1));
        // The job's end: the first job end on or after its start.
        let job_end = context
            .events
            .between(EventKind::JobEnd, start, None)
            .next()
            .map(|index| enrolment.events[index].date());
        for week in (1..=weeks).step_by(every as usize) {
            let Some(first) = start.checked_add_days(Days::new(7 * u64::from(week - 1))) else {
                break;
            };
            // The window: `every` weeks, cut at the last of the weeks owed.
            let span = every.min(weeks - week + 1);
            let last = first
                .checked_add_days(Days::new(7 * u64::from(span) - 1))
                .unwrap_or(first);
            let stopped = |end: Option<NaiveDate>| end.is_some_and(|end| end < last);
            if stopped(job_end) || stopped(enrolment.end) || first > context.as_of {
                break;
            }
            let met = [
                EventKind::IndividualMeeting,
                EventKind::EmployerContact,
                EventKind::WorkplaceVisit,
            ]
            .into_iter()
            .any(|kind| {
                context
                    .events
                    .between(kind, first, Some(last))
                    .next()
                    .is_some()
            });
            let excused = context.away.excuses(first, last, percent);
            items.push(Obligation {
                kind: Kind::FollowAlong { job, start, week },
                due: last,
                fulfilled: met || excused,
                missed: !met && !excused && context.as_of > last,
                current: true,
            });
        }
    }
}
