//! The events of an enrolment indexed once by kind and date, so that a question about one
//! phase or one period reads only the events in it: checks over many phase records and
//! many events stay O((P + E) log E) instead of O(P × E).

use chrono::NaiveDate;

use crate::service::record::event::{Event, EventKind};
use crate::service::record::path::Enrolment;

/// An enrolment's events by kind, each kind sorted by date (stable: same-day events keep
/// their order in the record). Kinds are slots of a vector, by the kind's position in the
/// enum: a hash of each event's kind was a fifth of indexing.
#[derive(Debug, Default)]
pub(crate) struct EventIndex {
    by_kind: Vec<Vec<(NaiveDate, usize)>>,
    all: Vec<(NaiveDate, usize)>,
}

impl EventIndex {
    /// Indexes `enrolment`'s events: O(E log E).
    pub(crate) fn of(enrolment: &Enrolment) -> Self {
        let mut by_kind: Vec<Vec<(NaiveDate, usize)>> = Vec::new();
        let mut all = Vec::with_capacity(enrolment.events.len());
        for (index, event) in enrolment.events.iter().enumerate() {
            let (slot, date) = (event.kind() as usize, event.date());
            if by_kind.len() <= slot {
                by_kind.resize_with(slot + 1, Vec::new);
            }
            if let Some(dated) = by_kind.get_mut(slot) {
                dated.push((date, index));
            }
            all.push((date, index));
        }
        for dated in &mut by_kind {
            dated.sort_by_key(|&(date, _)| date);
        }
        all.sort_by_key(|&(date, _)| date);
        EventIndex { by_kind, all }
    }

    /// The indices into the enrolment's events of the events of `kind` from `first` to
    /// `last` inclusive (`None`: no end), by date.
    pub(crate) fn between(
        &self,
        kind: EventKind,
        first: NaiveDate,
        last: Option<NaiveDate>,
    ) -> impl Iterator<Item = usize> + '_ {
        self.dated_between(kind, first, last)
            .map(|(_, index)| index)
    }

    /// The events of `kind` from `first` to `last` inclusive as their date and index, by
    /// date: a loop over many events reads each day from the index, not from the event
    /// (a `match` over every kind of event).
    pub(crate) fn dated_between(
        &self,
        kind: EventKind,
        first: NaiveDate,
        last: Option<NaiveDate>,
    ) -> impl Iterator<Item = (NaiveDate, usize)> + '_ {
        within(
            self.by_kind
                .get(kind as usize)
                .map_or(&[][..], Vec::as_slice),
            first,
            last,
        )
        .iter()
        .copied()
    }

    /// Every event of `kind` as its date and index, by date.
    pub(crate) fn all_of(&self, kind: EventKind) -> impl Iterator<Item = (NaiveDate, usize)> + '_ {
        self.by_kind
            .get(kind as usize)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
    }

    /// The indices of the events of any kind from `first` to `last` inclusive, by date.
    pub(crate) fn any_between(
        &self,
        first: NaiveDate,
        last: Option<NaiveDate>,
    ) -> impl Iterator<Item = usize> + '_ {
        within(&self.all, first, last)
            .iter()
            .map(|&(_, index)| index)
    }

    /// The events of `kind` from `first` to `last` inclusive, by date.
    pub(crate) fn events_between<'e>(
        &'e self,
        events: &'e [Event],
        kind: EventKind,
        first: NaiveDate,
        last: Option<NaiveDate>,
    ) -> impl Iterator<Item = &'e Event> + 'e {
        self.between(kind, first, last)
            .filter_map(move |index| events.get(index))
    }
}

/// The entries of date-sorted `dated` from `first` to `last` inclusive.
fn within(
    dated: &[(NaiveDate, usize)],
    first: NaiveDate,
    last: Option<NaiveDate>,
) -> &[(NaiveDate, usize)] {
    let from = dated.partition_point(|&(date, _)| date < first);
    let to = last.map_or(dated.len(), |last| {
        dated.partition_point(|&(date, _)| date <= last)
    });
    dated.get(from..to.max(from)).unwrap_or(&[])
}

/// The days a set of date ranges covers, merged: whether a day is covered in O(log n).
#[derive(Debug, Default)]
pub(crate) struct Coverage {
    /// Disjoint, sorted ranges; `None` ends never.
    ranges: Vec<(NaiveDate, Option<NaiveDate>)>,
}

impl Coverage {
    /// The days some client coordinator of `path` covers.
    pub(crate) fn client_coordinators(path: &crate::service::record::path::ServicePath) -> Self {
        Coverage::of(
            path.coordinators
                .iter()
                .filter(|a| a.role == crate::service::record::path::WorkerRole::ClientCoordinator)
                .filter(|a| a.end.is_none_or(|end| end >= a.start))
                .map(|a| (a.start, a.end)),
        )
    }

    /// `None` when `day` is covered; else the first day of the gap it lies in: the day
    /// after the last range that ended before it, or `NaiveDate::MIN` when none did.
    /// O(log n).
    pub(crate) fn gap_at(&self, day: NaiveDate) -> Option<NaiveDate> {
        let started = self.ranges.partition_point(|&(start, _)| start <= day);
        match started.checked_sub(1).and_then(|i| self.ranges.get(i)) {
            Some(&(_, end)) if end.is_none_or(|end| end >= day) => None,
            Some(&(_, Some(end))) => Some(end.succ_opt().unwrap_or(end)),
            _ => Some(NaiveDate::MIN),
        }
    }

    /// The union of `ranges` (first day, last day or open), in O(n log n).
    pub(crate) fn of(ranges: impl IntoIterator<Item = (NaiveDate, Option<NaiveDate>)>) -> Self {
        let mut sorted: Vec<_> = ranges.into_iter().collect();
        sorted.sort_by_key(|&(start, _)| start);
        let mut merged: Vec<(NaiveDate, Option<NaiveDate>)> = Vec::with_capacity(sorted.len());
        for (start, end) in sorted {
            match merged.last_mut() {
                // Overlapping or touching the previous range: extend it.
                Some((_, last))
                    if last.is_none_or(|last| last.succ_opt().is_none_or(|next| start <= next)) =>
                {
                    *last = match (*last, end) {
                        (None, _) | (_, None) => None,
                        (Some(a), Some(b)) => Some(a.max(b)),
                    };
                }
                _ => merged.push((start, end)),
            }
        }
        Coverage { ranges: merged }
    }

    /// The runs of days from `first` to `last` that no range covers, in order. Reads only
    /// the ranges that reach the window.
    pub(crate) fn gaps(&self, first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        let mut gaps = Vec::new();
        // `cursor` is the first day not yet covered; `None` once covered for good.
        let mut cursor = Some(first);
        let reaching = self
            .ranges
            .partition_point(|&(_, end)| end.is_some_and(|end| end < first));
        for &(start, end) in self.ranges.get(reaching..).unwrap_or(&[]) {
            let Some(from) = cursor else { break };
            if from > last {
                break;
            }
            if start > from {
                gaps.push((from, start.pred_opt().unwrap_or(start).min(last)));
            }
            cursor = match end {
                None => None,
                Some(end) if end >= from => end.succ_opt(),
                Some(_) => Some(from),
            };
        }
        if let Some(from) = cursor
            && from <= last
        {
            gaps.push((from, last));
        }
        gaps
    }

    /// Whether `date` lies in one of the ranges.
    pub(crate) fn contains(&self, date: NaiveDate) -> bool {
        let after = self.ranges.partition_point(|&(start, _)| start <= date);
        after
            .checked_sub(1)
            .and_then(|i| self.ranges.get(i))
            .is_some_and(|&(_, end)| end.is_none_or(|end| date <= end))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_gap_starts_the_day_after_the_last_range_that_ended() {
        let day = |d| NaiveDate::from_ymd_opt(2024, 1, d).expect("date");
        let cover = Coverage::of([(day(5), Some(day(10))), (day(15), None)]);
        assert_eq!(cover.gap_at(day(4)), Some(NaiveDate::MIN));
        assert_eq!(cover.gap_at(day(5)), None);
        assert_eq!(cover.gap_at(day(10)), None);
        assert_eq!(cover.gap_at(day(11)), Some(day(11)));
        assert_eq!(cover.gap_at(day(14)), Some(day(11)));
        assert_eq!(cover.gap_at(day(15)), None);
        assert_eq!(cover.gap_at(day(31)), None);
    }

    use super::*;
    use crate::service::record::key::Key;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 1, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn finds_exactly_the_events_of_a_kind_in_a_range() {
        let mut enrolment = Enrolment::new(Key::from_static("m"), date(1));
        for d in [5, 1, 3, 3, 9] {
            enrolment.events.push(Event::EmployerContact {
                note: None,
                date: date(d),
            });
        }
        enrolment.events.push(Event::JobEnd {
            note: None,
            reason: None,
            date: date(3),
        });
        let index = EventIndex::of(&enrolment);
        let found: Vec<usize> = index
            .between(EventKind::EmployerContact, date(3), Some(date(5)))
            .collect();
        assert_eq!(found, [2, 3, 0]);
        let open: Vec<usize> = index
            .between(EventKind::EmployerContact, date(4), None)
            .collect();
        assert_eq!(open, [0, 4]);
        assert_eq!(
            index
                .between(EventKind::EmployerContact, date(6), Some(date(8)))
                .count(),
            0
        );
        assert_eq!(
            index
                .between(EventKind::EmployerContact, date(6), Some(date(2)))
                .count(),
            0
        );
        assert_eq!(
            index
                .between(EventKind::GroupSession, date(1), None)
                .count(),
            0
        );
        assert_eq!(
            index
                .between(EventKind::JobEnd, date(3), Some(date(3)))
                .count(),
            1
        );
        let any: Vec<usize> = index.any_between(date(3), Some(date(3))).collect();
        assert_eq!(any, [2, 3, 5]);
    }

    #[test]
    fn coverage_is_the_union_of_its_ranges() {
        let coverage = Coverage::of([
            (date(10), Some(date(12))),
            (date(1), Some(date(3))),
            (date(4), Some(date(5))),
            (date(2), Some(date(2))),
            (date(20), None),
        ]);
        for d in [1, 2, 3, 4, 5, 10, 11, 12, 20, 31] {
            assert!(coverage.contains(date(d)), "{d}");
        }
        for d in [6, 9, 13, 19] {
            assert!(!coverage.contains(date(d)), "{d}");
        }
        assert_eq!(coverage.ranges.len(), 3, "1–3 and 4–5 touch and merge");
        assert!(!Coverage::of([]).contains(date(1)));
        assert_eq!(
            coverage.gaps(date(3), date(25)),
            [(date(6), date(9)), (date(13), date(19))]
        );
        assert_eq!(coverage.gaps(date(6), date(7)), [(date(6), date(7))]);
        assert_eq!(coverage.gaps(date(11), date(12)), []);
        assert_eq!(
            Coverage::of([]).gaps(date(1), date(2)),
            [(date(1), date(2))]
        );
        let open_first = Coverage::of([(date(5), None), (date(7), Some(date(8)))]);
        assert!(open_first.contains(date(30)));
        assert!(!open_first.contains(date(4)));
    }
}
