//! How a built path is lived: the options of [`fulfilling`](super::fulfilling) beyond what
//! a spec asks.
//!
//! A spec says which phases follow which, how long each may last, the fewest contacts a
//! week or a month, the themes, the measurements and the requirements. It does not say
//! on which weekday the group meets, that a team meets mid-month, when the coordinator
//! hands over or what a work-activity placement is. [`Realism`] says that, and the builder
//! keeps to the spec for everything it leaves out. [`Realism::default`] is the least a
//! spec asks: the fewest contacts on the first days of each period, each phase as short as
//! allowed, the themes on one meeting.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar::add_months;
use crate::service::record::event::Event;
use crate::service::record::key::{Key, StaffId};
use crate::service::record::path::TeamMember;
use crate::work_activity::placement::WorkActivityPlacement;

/// A day counted from a start: `months` calendar months later, then `days` days more (or
/// fewer, when negative). `Offset::months(3).and_days(-7)` is a week before the day three
/// months on. A value: private fields, built by its constant constructors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Offset {
    months: u32,
    days: i32,
}

impl Offset {
    /// The start itself.
    pub const START: Offset = Offset { months: 0, days: 0 };

    /// `days` days after the start.
    pub const fn days(days: i32) -> Offset {
        Offset { months: 0, days }
    }

    /// `months` calendar months after the start (the same day of the month, or the
    /// month's last day).
    pub const fn months(months: u32) -> Offset {
        Offset { months, days: 0 }
    }

    /// This offset and `days` more (or fewer) days.
    pub const fn and_days(self, days: i32) -> Offset {
        Offset { days, ..self }
    }

    /// The day this offset names from `start`, or `None` outside the calendar.
    pub fn date_from(self, start: NaiveDate) -> Option<NaiveDate> {
        let month = add_months(start, self.months)?;
        let days = chrono::Days::new(u64::from(self.days.unsigned_abs()));
        if self.days < 0 {
            month.checked_sub_days(days)
        } else {
            month.checked_add_days(days)
        }
    }
}

/// On which days contacts of one kind fall, inside their window.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Schedule {
    /// Every week on these weekdays (Monday, Wednesday and Thursday: three days a week).
    Weekdays(Vec<Weekday>),
    /// Every other week on this weekday, from the first such day of the window.
    EveryOtherWeek(Weekday),
    /// Every `n` days from the window's first day (7: weekly, on the weekday it starts).
    EveryDays(u32),
    /// This day of every month (kept to the month's last day); in the window's first
    /// month a day before the window falls on its first day, so every month of the window
    /// has its contact.
    DayOfMonth(u32),
}

impl Schedule {
    /// The days of the schedule in `first..=last`, in order.
    pub(crate) fn days(&self, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let in_window = |day: &NaiveDate| *day <= last;
        match self {
            Schedule::Weekdays(on) => first
                .iter_days()
                .take_while(in_window)
                .filter(|day| on.contains(&day.weekday()))
                .collect(),
            Schedule::EveryOtherWeek(weekday) => first
                .iter_days()
                .take_while(in_window)
                .filter(|day| day.weekday() == *weekday)
                .step_by(2)
                .collect(),
            Schedule::EveryDays(n) => first
                .iter_days()
                .take_while(in_window)
                .step_by((*n).max(1) as usize)
                .collect(),
            Schedule::DayOfMonth(day) => {
                let mut dates = Vec::new();
                let mut month = first.with_day(1);
                while let Some(month_start) = month.filter(|m| *m <= last) {
                    let next = add_months(month_start, 1);
                    let month_last = next.and_then(|n| n.pred_opt()).unwrap_or(month_start);
                    let date = month_start
                        .with_day((*day).clamp(1, month_last.day()))
                        .unwrap_or(month_start)
                        .max(first);
                    if date <= last {
                        dates.push(date);
                    }
                    month = next;
                }
                dates
            }
        }
    }
}

/// Contacts of one kind on a [`Schedule`]: each a copy of `event` moved to its day, within
/// a phase (or the whole enrolment) and a window counted from the enrolment's start.
///
/// Where a phase's spec asks for contacts of the same kind, these take the place of the
/// fewest-on-the-first-days the builder would otherwise record: keeping the spec's cadence
/// is then the schedule's to do, and the sample paths' tests check that theirs do.
///
/// `#[non_exhaustive]` with a constructor and builder methods: a field can be added.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Contacts {
    /// The event each contact copies (its date is replaced).
    pub event: Event,
    /// The days.
    pub on: Schedule,
    /// The phase whose days they fall in; `None`: any day of the enrolment.
    pub phase: Option<Key>,
    /// The window's first day, from the enrolment's start.
    pub from: Offset,
    /// The window's end (exclusive), from the enrolment's start; `None`: open.
    pub until: Option<Offset>,
}

impl Contacts {
    /// Copies of `event` on the days of `on`, over the whole enrolment.
    pub fn new(event: Event, on: Schedule) -> Contacts {
        Contacts {
            event,
            on,
            phase: None,
            from: Offset::START,
            until: None,
        }
    }

    /// Only within the phase `phase`.
    pub fn in_phase(mut self, phase: &'static str) -> Contacts {
        self.phase = Some(Key::from_static(phase));
        self
    }

    /// From `from` on (counted from the enrolment's start).
    pub fn starting(mut self, from: Offset) -> Contacts {
        self.from = from;
        self
    }

    /// Before `until` (counted from the enrolment's start).
    pub fn until(mut self, until: Offset) -> Contacts {
        self.until = Some(until);
        self
    }
}

/// The options of [`fulfilling`](super::fulfilling): how a built path is lived beyond what
/// its spec asks. `#[non_exhaustive]` with a builder: options will grow.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Realism {
    /// How long a phase lasts, by phase id, counted from its first day (its last day is the
    /// day before); a phase not listed is as short as its spec allows.
    pub phase_lengths: Vec<(Key, Offset)>,
    /// Scheduled contacts.
    pub contacts: Vec<Contacts>,
    /// Themes a meeting or group session deals with when a phase's themes are spread over
    /// its contacts; `None`: all on the phase's first meeting.
    pub themes_per_contact: Option<u8>,
    /// One-off events, each at its offset from the enrolment's start. A requirement of the
    /// spec that an event of the same kind already answers adds none of its own.
    pub events: Vec<(Offset, Event)>,
    /// The client coordinators one after another, each from its offset until the day
    /// before the next one's; empty: the one coordinator a requirement asks for.
    pub coordinators: Vec<(Offset, StaffId)>,
    /// The team; empty: one member for each profession a requirement asks for.
    pub team: Vec<TeamMember>,
    /// The work-activity placement, its delivered minutes split from the contacts' minutes
    /// by its model's profile.
    pub work_activity: Option<WorkActivityPlacement>,
}

impl Realism {
    /// Phase `phase` lasts `length` from its first day.
    pub fn phase_length(mut self, phase: &'static str, length: Offset) -> Realism {
        self.phase_lengths.push((Key::from_static(phase), length));
        self
    }

    /// Scheduled contacts.
    pub fn contacts(mut self, contacts: Contacts) -> Realism {
        self.contacts.push(contacts);
        self
    }

    /// A phase's themes spread over its meetings and group sessions, `n` each.
    pub fn themes_per_contact(mut self, n: u8) -> Realism {
        self.themes_per_contact = Some(n);
        self
    }

    /// A one-off event at `at` from the enrolment's start.
    pub fn event(mut self, at: Offset, event: Event) -> Realism {
        self.events.push((at, event));
        self
    }

    /// A client coordinator from `from` on (until the next one's start).
    pub fn coordinator(mut self, from: Offset, staff: &'static str) -> Realism {
        self.coordinators.push((from, StaffId::from_static(staff)));
        self
    }

    /// A team member.
    pub fn team_member(mut self, member: TeamMember) -> Realism {
        self.team.push(member);
        self
    }

    /// The work-activity placement.
    pub fn work_activity(mut self, placement: WorkActivityPlacement) -> Realism {
        self.work_activity = Some(placement);
        self
    }

    /// The length of phase `phase`, if set.
    pub(crate) fn length_of(&self, phase: &Key) -> Option<Offset> {
        self.phase_lengths
            .iter()
            .find(|(id, _)| id == phase)
            .map(|(_, length)| *length)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn offsets_count_months_then_days() {
        let start = d(2024, 1, 31);
        assert_eq!(Offset::months(1).date_from(start), Some(d(2024, 2, 29)));
        assert_eq!(
            Offset::months(3).and_days(-7).date_from(d(2024, 1, 8)),
            Some(d(2024, 4, 1))
        );
        assert_eq!(
            Offset::days(9).date_from(d(2024, 1, 8)),
            Some(d(2024, 1, 17))
        );
        assert_eq!(Offset::START.date_from(start), Some(start));
    }

    #[test]
    fn schedules_fall_on_their_days() {
        // 2024-01-08 is a Monday.
        let (first, last) = (d(2024, 1, 8), d(2024, 1, 31));
        assert_eq!(
            Schedule::Weekdays(vec![Weekday::Tue]).days(first, last),
            [
                d(2024, 1, 9),
                d(2024, 1, 16),
                d(2024, 1, 23),
                d(2024, 1, 30)
            ]
        );
        assert_eq!(
            Schedule::EveryOtherWeek(Weekday::Wed).days(first, last),
            [d(2024, 1, 10), d(2024, 1, 24)]
        );
        assert_eq!(
            Schedule::EveryDays(7).days(d(2024, 1, 9), last),
            [
                d(2024, 1, 9),
                d(2024, 1, 16),
                d(2024, 1, 23),
                d(2024, 1, 30)
            ]
        );
        // A day before the window in its first month falls on the window's first day; the
        // 31st is the last day of a shorter month.
        assert_eq!(
            Schedule::DayOfMonth(5).days(first, d(2024, 3, 4)),
            [d(2024, 1, 8), d(2024, 2, 5)]
        );
        assert_eq!(
            Schedule::DayOfMonth(31).days(d(2024, 2, 1), d(2024, 3, 31)),
            [d(2024, 2, 29), d(2024, 3, 31)]
        );
        assert!(Schedule::EveryDays(0).days(first, first).len() == 1);
    }
}
