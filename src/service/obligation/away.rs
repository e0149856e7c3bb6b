//! When a client is away with a reason: excused absences and interruptions, as merged
//! spans of days. A week or month mostly spent away owes no contacts.

use chrono::NaiveDate;

use crate::service::obligation::event_index::EventIndex;
use crate::service::record::event::{Event, EventKind, InterruptionReason};
use crate::service::record::path::Enrolment;

/// One interruption of an enrolment, from its first day to the day before the restart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Interruption {
    /// Index of the interruption among the events.
    pub(crate) index: usize,
    /// The first day.
    pub(crate) first: NaiveDate,
    /// The last day: the day before the restart; `None` while it goes on.
    pub(crate) last: Option<NaiveDate>,
    /// Why.
    pub(crate) reason: InterruptionReason,
    /// The day the client is expected back, if agreed.
    pub(crate) expected_return: Option<NaiveDate>,
}

/// The interruptions of an enrolment in date order, and the restarts that follow no
/// interruption (by index among the events).
///
/// An interruption runs until the first restart after it; a second interruption while one
/// runs continues it.
///
/// Reads only the interruptions and restarts from the enrolment's `events` index.
pub(crate) fn interruptions(
    enrolment: &Enrolment,
    events: &EventIndex,
) -> (Vec<Interruption>, Vec<usize>) {
    let dated = |kind, restart| {
        events
            .all_of(kind)
            .map(move |(date, index)| (date, restart, index))
    };
    let mut marks: Vec<(NaiveDate, bool, usize)> = dated(EventKind::Interruption, false)
        .chain(dated(EventKind::Restart, true))
        .collect();
    // On one day an interruption sorts before a restart: interrupted and back the same day.
    marks.sort_unstable();
    let mut spans: Vec<Interruption> = Vec::new();
    let mut orphans = Vec::new();
    let mut open: Option<Interruption> = None;
    for (date, restart, index) in marks {
        match (restart, open.as_mut()) {
            (false, None) => {
                if let Some(Event::Interruption {
                    reason,
                    expected_return,
                    ..
                }) = enrolment.events.get(index)
                {
                    open = Some(Interruption {
                        index,
                        first: date,
                        last: None,
                        reason: *reason,
                        expected_return: *expected_return,
                    });
                }
            }
            (false, Some(_)) => {}
            (true, Some(running)) => {
                running.last = Some(date.pred_opt().unwrap_or(date));
                spans.extend(open.take());
            }
            (true, None) => orphans.push(index),
        }
    }
    spans.extend(open);
    (spans, orphans)
}

/// The days an enrolment's client is away with a reason, as sorted, merged, inclusive
/// spans.
#[derive(Debug, Clone, Default)]
pub(crate) struct Away {
    spans: Vec<(NaiveDate, NaiveDate)>,
}

/// The days an absence with a reason touches, part-day ones included: a contact on such a
/// day is not held to its length. Sorted, for [`excused_on`].
pub(crate) fn excused_absences(
    enrolment: &Enrolment,
    events: &EventIndex,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut spans: Vec<(NaiveDate, NaiveDate)> = events
        .all_of(EventKind::Absence)
        .filter_map(|(_, index)| match enrolment.events.get(index)? {
            Event::Absence {
                date,
                until,
                reason,
                ..
            } if reason.is_excused() && date <= until => Some((*date, *until)),
            _ => None,
        })
        .collect();
    spans.sort_unstable();
    // Merged, so the spans are disjoint and one binary search finds a day.
    let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(spans.len());
    for (first, last) in spans {
        match merged.last_mut() {
            Some(previous) if first <= previous.1 => previous.1 = previous.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    merged
}

/// Whether `date` lies in one of the disjoint, sorted `spans`, in O(log n).
pub(crate) fn excused_on(spans: &[(NaiveDate, NaiveDate)], date: NaiveDate) -> bool {
    let started = spans.partition_point(|span| span.0 <= date);
    started
        .checked_sub(1)
        .and_then(|i| spans.get(i))
        .is_some_and(|span| date <= span.1)
}

impl Away {
    /// Excused absences and interruptions (an open one up to `as_of`).
    pub(crate) fn of(enrolment: &Enrolment, events: &EventIndex, as_of: NaiveDate) -> Self {
        let mut spans: Vec<(NaiveDate, NaiveDate)> = events
            .all_of(EventKind::Absence)
            .filter_map(|(_, index)| match enrolment.events.get(index)? {
                // A part-day absence leaves the day's contact standing: no day away.
                Event::Absence {
                    date,
                    until,
                    reason,
                    part_day: false,
                    ..
                } if reason.is_excused() && date <= until => Some((*date, *until)),
                _ => None,
            })
            .collect();
        let (interrupted, _) = interruptions(enrolment, events);
        spans.extend(interrupted.iter().filter_map(|span| {
            let last = span.last.unwrap_or(as_of);
            (span.first <= last).then_some((span.first, last))
        }));
        spans.sort_unstable();
        let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(spans.len());
        for (first, last) in spans {
            match merged.last_mut() {
                Some(previous) if first <= previous.1.succ_opt().unwrap_or(previous.1) => {
                    previous.1 = previous.1.max(last);
                }
                _ => merged.push((first, last)),
            }
        }
        Away { spans: merged }
    }

    /// How many days of `first..=last` are spent away.
    pub(crate) fn days_within(&self, first: NaiveDate, last: NaiveDate) -> i64 {
        if last < first {
            return 0;
        }
        let from = self.spans.partition_point(|span| span.1 < first);
        self.spans[from..]
            .iter()
            .take_while(|span| span.0 <= last)
            .map(|span| (span.1.min(last) - span.0.max(first)).num_days() + 1)
            .sum()
    }

    /// Whether at least `percent` % of the days of `first..=last` are spent away.
    pub(crate) fn excuses(&self, first: NaiveDate, last: NaiveDate, percent: u32) -> bool {
        if self.spans.is_empty() || last < first {
            return false;
        }
        let days = (last - first).num_days() + 1;
        self.days_within(first, last) * 100 >= days * i64::from(percent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::record::event::AbsenceReason;
    use crate::service::record::key::Key;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    fn enrolment(events: Vec<Event>) -> Enrolment {
        let mut enrolment = Enrolment::new(Key::from_static("m"), date(2024, 1, 1));
        enrolment.events = events;
        enrolment
    }

    fn absence(first: NaiveDate, until: NaiveDate, reason: AbsenceReason) -> Event {
        Event::Absence {
            note: None,
            part_day: false,
            date: first,
            until,
            reason,
        }
    }

    #[test]
    fn excused_absences_merge_and_unexcused_ones_do_not_count() {
        let enrolment = enrolment(vec![
            absence(date(2024, 1, 8), date(2024, 1, 10), AbsenceReason::Sickness),
            absence(date(2024, 1, 11), date(2024, 1, 12), AbsenceReason::Holiday),
            absence(
                date(2024, 1, 15),
                date(2024, 1, 19),
                AbsenceReason::Unexcused,
            ),
        ]);
        let away = Away::of(&enrolment, &EventIndex::of(&enrolment), date(2024, 2, 1));
        assert_eq!(away.spans, [(date(2024, 1, 8), date(2024, 1, 12))]);
        assert_eq!(away.days_within(date(2024, 1, 8), date(2024, 1, 14)), 5);
        assert_eq!(away.days_within(date(2024, 1, 10), date(2024, 1, 10)), 1);
        assert_eq!(away.days_within(date(2024, 1, 13), date(2024, 1, 20)), 0);
        // 5 of 7 days: 71 %.
        assert!(away.excuses(date(2024, 1, 8), date(2024, 1, 14), 71));
        assert!(!away.excuses(date(2024, 1, 8), date(2024, 1, 14), 72));
    }

    #[test]
    fn an_interruption_runs_until_the_restart_or_the_day_asked_about() {
        let interrupted = Event::Interruption {
            note: None,
            date: date(2024, 3, 4),
            reason: InterruptionReason::HospitalTreatment,
            expected_return: None,
        };
        let enrolment = enrolment(vec![
            Event::Restart {
                note: None,
                date: date(2024, 2, 1),
            },
            interrupted,
            Event::Restart {
                note: None,
                date: date(2024, 4, 1),
            },
            Event::Interruption {
                note: None,
                date: date(2024, 6, 3),
                reason: InterruptionReason::Illness,
                expected_return: Some(date(2024, 7, 1)),
            },
        ]);
        let events = EventIndex::of(&enrolment);
        let (spans, orphans) = interruptions(&enrolment, &events);
        assert_eq!(orphans, [0]);
        assert_eq!(spans.len(), 2);
        assert_eq!(
            (spans[0].first, spans[0].last),
            (date(2024, 3, 4), Some(date(2024, 3, 31)))
        );
        assert_eq!(spans[1].last, None);
        let away = Away::of(&enrolment, &events, date(2024, 6, 9));
        assert_eq!(away.days_within(date(2024, 6, 3), date(2024, 6, 30)), 7);
        assert_eq!(away.days_within(date(2024, 3, 1), date(2024, 4, 1)), 28);
    }
}
