//! The sample path of rehabilitative work activity broken in about 30 places, shared by
//! the benchmarks that measure findings.

use chrono::{Datelike, NaiveDate, Weekday};
use tyokyky::service::build::sample;
use tyokyky::{ClientId, Event, ServicePath};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// The sample path with about 30 findings.
pub fn violating_path() -> (ServicePath, NaiveDate) {
    let as_of = date(2025, 1, 8);
    let client = ClientId::new("bench-0030").expect("id");
    let mut path = sample::rehabilitative_work_activity(client, date(2024, 1, 8), as_of);
    let events = &mut path.enrolments[0].events;
    events.retain(|event| !matches!(event, Event::Plan { .. }));
    // Fifteen short days.
    for event in events.iter_mut().step_by(10).take(15) {
        if let Event::WorkActivityDay { minutes, .. } = event {
            *minutes = 180;
        }
    }
    // A fifth day in eight weeks.
    let fridays: Vec<NaiveDate> = date(2024, 3, 1)
        .iter_days()
        .filter(|day| day.weekday() == Weekday::Fri)
        .step_by(5)
        .take(8)
        .collect();
    for friday in fridays {
        for day in [friday, friday.pred_opt().expect("day")] {
            events.push(Event::WorkActivityDay {
                note: None,
                date: day,
                minutes: 300,
            });
        }
    }
    // Ten weeks without a day, apart from each other.
    let mondays: Vec<NaiveDate> = date(2024, 6, 3)
        .iter_days()
        .filter(|day| day.weekday() == Weekday::Mon)
        .step_by(2)
        .take(10)
        .collect();
    events.retain(|event| {
        !mondays
            .iter()
            .any(|monday| *monday <= event.date() && event.date() < *monday + chrono::Days::new(7))
    });
    (path, as_of)
}
