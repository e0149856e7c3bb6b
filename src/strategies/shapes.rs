//! The worst-case shapes a hostile or huge document can take, built at any size: for
//! growth tests and benchmarks (the crate's own, and a downstream service's).

use chrono::{Days, NaiveDate};

use crate::client::ClientId;
use crate::i18n::Vocabulary;
use crate::service::build::sample;
use crate::service::record::event::{EmploymentKind, Event, Profession};
use crate::service::record::key::{Key, StaffId};
use crate::service::record::path::{
    CoordinatorAssignment, Enrolment, PhaseRecord, ServicePath, TeamMember, WorkerRole,
};

/// A shape of document whose size is one number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Shape {
    /// A mapping-and-coaching path with `n` extra individual meetings.
    Events,
    /// An IPS path with `n` job starts.
    JobStarts,
    /// One enrolment with `n` one-day phase records and `n` events.
    PhasesBesideEvents,
    /// `n` one-day coordinator assignments and `n` one-day enrolments.
    CoordinatorsBesideEnrolments,
    /// A multiprofessional path with `n` team members.
    Team,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Shape; 5] = [
        Shape::Events,
        Shape::JobStarts,
        Shape::PhasesBesideEvents,
        Shape::CoordinatorsBesideEnrolments,
        Shape::Team,
    ];

    /// The day the shapes are validated on: every sample has run its course.
    pub fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The path of this shape at size `n`.
    pub fn build(self, n: usize) -> ServicePath {
        let client = ClientId::from_trusted("shape-1".to_owned());
        let start = day(0);
        match self {
            Shape::Events => {
                let mut path = sample::mapping_and_coaching(client, start, Self::as_of());
                let events = &mut path.enrolments[0].events;
                events.extend((0..n).map(|i| Event::IndividualMeeting {
                    note: None,
                    mode: Default::default(),
                    date: day(i % 360),
                    minutes: Some(60),
                    themes: Vec::new(),
                }));
                path
            }
            Shape::JobStarts => {
                let mut path = sample::ips_job_coaching(client, start, Self::as_of());
                let events = &mut path.enrolments[0].events;
                events.extend((0..n).map(|i| Event::JobStart {
                    note: None,
                    support_every_weeks: None,
                    date: day(i % 360),
                    employment: EmploymentKind::OpenMarket,
                }));
                path
            }
            Shape::PhasesBesideEvents => {
                let mut path = ServicePath::new(client);
                let mut enrolment = Enrolment::new(Key::from_static("mapping_and_coaching"), start);
                for i in 0..n {
                    enrolment.phases.push(PhaseRecord {
                        phase: Key::from_static("mapping"),
                        start: day(i),
                        end: Some(day(i)),
                    });
                    enrolment.events.push(Event::IndividualMeeting {
                        note: None,
                        mode: Default::default(),
                        date: day(i),
                        minutes: Some(60),
                        themes: Vec::new(),
                    });
                }
                path.enrolments.push(enrolment);
                path
            }
            Shape::CoordinatorsBesideEnrolments => {
                let mut path = ServicePath::new(client);
                for i in 0..n {
                    path.coordinators.push(CoordinatorAssignment {
                        stands_in_for: None,
                        staff: StaffId::from_trusted(format!("staff-{i}")),
                        role: WorkerRole::ClientCoordinator,
                        start: day(i),
                        end: Some(day(i)),
                    });
                    let mut enrolment =
                        Enrolment::new(Key::from_static("multiprofessional_support"), day(i));
                    enrolment.end = Some(day(i));
                    path.enrolments.push(enrolment);
                }
                path
            }
            Shape::Team => {
                let mut path = sample::multiprofessional_support(client, start, Self::as_of());
                let professions = <Profession as Vocabulary>::ALL;
                path.team.extend((0..n).map(|i| TeamMember {
                    staff: StaffId::from_trusted(format!("member-{i}")),
                    profession: professions[i % professions.len()],
                }));
                path
            }
        }
    }
}

/// Day `n` after Monday 8 January 2024.
fn day(n: usize) -> NaiveDate {
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).unwrap_or(NaiveDate::MIN);
    start
        .checked_add_days(Days::new(u64::try_from(n).unwrap_or(0)))
        .unwrap_or(start)
}
