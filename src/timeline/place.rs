//! Where a finding or a due item is drawn: the enrolment band and the days it concerns,
//! read from its parameters (a period, a date) or from the record its JSON Pointer names.

use chrono::NaiveDate;

use crate::rules::finding::{Finding, ParamValue};
use crate::rules::pointer::JsonPointer;
use crate::service::record::path::ServicePath;

/// A place on the picture: a band (an enrolment; `None` for the path as a whole) and
/// the first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Place {
    pub(super) band: Option<usize>,
    pub(super) first: NaiveDate,
    pub(super) last: NaiveDate,
}

/// Where `finding` belongs on `path`.
pub(super) fn of_finding(finding: &Finding, path: &ServicePath, fallback: NaiveDate) -> Place {
    let pointed = of_pointer(finding.path(), path, fallback);
    // A period or a date among the parameters says which days better than the record.
    for (_, value) in finding.params() {
        match value {
            ParamValue::Periods { first, last, .. } => {
                return Place {
                    first: *first,
                    last: *last,
                    ..pointed
                };
            }
            ParamValue::Date { value } => {
                return Place {
                    first: *value,
                    last: *value,
                    ..pointed
                };
            }
            _ => {}
        }
    }
    pointed
}

/// The band and day of the record `pointer` names: an event, a phase record, a
/// measurement, an enrolment, the closure; `fallback` for the rest.
pub(super) fn of_pointer(pointer: &JsonPointer, path: &ServicePath, fallback: NaiveDate) -> Place {
    let mut parts = pointer.as_str().split('/').skip(1);
    let whole = Place {
        band: None,
        first: fallback,
        last: fallback,
    };
    match parts.next() {
        Some("enrolments") => {}
        Some("closure") => {
            return path.closure.as_ref().map_or(whole, |closure| Place {
                band: None,
                first: closure.date,
                last: closure.date,
            });
        }
        _ => return whole,
    }
    let Some((index, enrolment)) = parts
        .next()
        .and_then(|text| text.parse::<usize>().ok())
        .and_then(|index| Some((index, path.enrolments.get(index)?)))
    else {
        return whole;
    };
    let day = |date: NaiveDate| Place {
        band: Some(index),
        first: date,
        last: date,
    };
    let item = parts.next();
    let position = parts.next().and_then(|text| text.parse::<usize>().ok());
    let date = match (item, position) {
        (Some("events"), Some(at)) => enrolment.events.get(at).map(crate::Event::date),
        (Some("phases"), Some(at)) => enrolment.phases.get(at).map(|record| record.start),
        (Some("measurements"), Some(at)) => enrolment.measurements.get(at).map(|m| m.date),
        _ => None,
    };
    day(date.unwrap_or(enrolment.start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::build::sample;

    #[test]
    fn a_pointer_into_an_event_is_drawn_on_its_day_in_its_band() {
        let start = NaiveDate::from_ymd_opt(2024, 1, 8).unwrap_or_default();
        let as_of = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap_or_default();
        let path =
            sample::wellbeing_group(crate::ClientId::from_trusted("x".to_owned()), start, as_of);
        let event = &path.enrolments[0].events[2];
        let pointer = JsonPointer::root()
            .field("enrolments")
            .index(0)
            .field("events")
            .index(2);
        let place = of_pointer(&pointer, &path, as_of);
        assert_eq!(place.band, Some(0));
        assert_eq!(place.first, event.date());
        let nowhere = of_pointer(&JsonPointer::root().field("team"), &path, as_of);
        assert_eq!((nowhere.band, nowhere.first), (None, as_of));
        let missing = JsonPointer::root().field("enrolments").index(9);
        assert_eq!(of_pointer(&missing, &path, as_of).band, None);
    }
}
