//! The plans of a whole path, by date: a plan agrees the period it precedes wherever it
//! is filed in the person's record.

use chrono::NaiveDate;

use crate::service::record::event::{Event, PlanKind};
use crate::service::record::path::ServicePath;

/// Every plan event of a path, by date, with where it is filed. Built once per path.
pub(crate) struct PlanIndex {
    /// `(date, enrolment, event)`, by date.
    plans: Vec<(NaiveDate, usize, usize)>,
}

impl PlanIndex {
    /// Indexes `path`'s plans: O(E log E) in its events.
    pub(crate) fn of(path: &ServicePath) -> Self {
        let mut plans: Vec<(NaiveDate, usize, usize)> = path
            .enrolments
            .iter()
            .enumerate()
            .flat_map(|(e, enrolment)| {
                enrolment
                    .events
                    .iter()
                    .enumerate()
                    .filter(|(_, event)| matches!(event, Event::Plan { .. }))
                    .map(move |(i, event)| (event.date(), e, i))
            })
            .collect();
        plans.sort_unstable();
        PlanIndex { plans }
    }

    /// Whether any plan, filed anywhere, is dated from `first` to `last` (inclusive).
    pub(crate) fn any_between(&self, first: NaiveDate, last: NaiveDate) -> bool {
        let from = self.plans.partition_point(|(date, _, _)| *date < first);
        self.plans
            .get(from)
            .is_some_and(|(date, _, _)| *date <= last)
    }

    /// The latest plan of one of `kinds` dated from `first` to `last` (inclusive), as
    /// `(enrolment, event)`: filed under `prefer`, or under another enrolment and held
    /// during it (after its first day: a review agreeing what follows; a plan made before
    /// that enrolment began agreed that enrolment). The one filed under `prefer` wins a
    /// shared day.
    pub(crate) fn latest_between(
        &self,
        path: &ServicePath,
        kinds: &[PlanKind],
        first: NaiveDate,
        last: NaiveDate,
        prefer: usize,
    ) -> Option<(usize, usize)> {
        let end = self.plans.partition_point(|(date, _, _)| *date <= last);
        let mut best: Option<(NaiveDate, bool, usize, usize)> = None;
        for &(date, enrolment, event) in self.plans[..end].iter().rev() {
            if date < first || best.is_some_and(|(day, ..)| date < day) {
                break;
            }
            let Some(Event::Plan { plan, .. }) = path
                .enrolments
                .get(enrolment)
                .and_then(|e| e.events.get(event))
            else {
                continue;
            };
            if !kinds.contains(plan) {
                continue;
            }
            let held_during = path
                .enrolments
                .get(enrolment)
                .is_some_and(|filed| date > filed.start);
            if enrolment != prefer && !held_during {
                continue;
            }
            let candidate = (date, enrolment == prefer, enrolment, event);
            if best.is_none_or(|b| (candidate.1, candidate.3) > (b.1, b.3)) {
                best = Some(candidate);
            }
        }
        best.map(|(_, _, enrolment, event)| (enrolment, event))
    }
}
