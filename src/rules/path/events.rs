//! Events inside their enrolment and its phases.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::obligation::event_index::Coverage;
use crate::service::record::event::EventKind;
use crate::service::record::path::Enrolment;
use crate::source::RECORD;

rules! {
    /// An event lies outside its enrolment (a referral or a plan may come before it).
    PATH_EVENT_OUTSIDE_ENROLMENT => EventOutsideEnrolment {
        code: "path.event_outside_enrolment",
        severity: Error because "structural: an enrolment's events happen while it runs",
        source: RECORD,
        parameters: [],
        params: { event: ParamValue, date: NaiveDate },
        title: ["Tapahtuma palvelujakson ulkopuolella", "Händelse utanför inskrivningen", "Event outside its enrolment"],
        message: [
            "Tapahtuma {event} {date} on palvelujakson ulkopuolella.",
            "Händelsen {event} {date} ligger utanför inskrivningen.",
            "The event {event} on {date} is outside its enrolment.",
        ],
    }

    /// An event inside its enrolment falls in none of its phases.
    PATH_EVENT_OUTSIDE_PHASE => EventOutsidePhase {
        code: "path.event_outside_phase",
        severity: Warning because "the record looks incomplete: a phase record may be missing",
        source: RECORD,
        parameters: [],
        params: { event: ParamValue, date: NaiveDate },
        title: ["Tapahtuma vaiheiden ulkopuolella", "Händelse utanför faserna", "Event outside every phase"],
        message: [
            "Tapahtuma {event} {date} ei osu mihinkään vaiheeseen.",
            "Händelsen {event} {date} ligger inte i någon fas.",
            "The event {event} on {date} falls in no phase.",
        ],
    }
}

impl Check<'_> {
    pub(super) fn events_in_enrolment(&mut self, enrolment: &Enrolment, base: &JsonPointer) {
        let phases = Coverage::of(
            enrolment
                .phases
                .iter()
                .map(|phase| (phase.start, phase.end)),
        );
        for (index, event) in enrolment.events.iter().enumerate() {
            let date = event.date();
            let kind = event.kind();
            let at = || base.clone().field("events").index(index).field("date");
            // A referral and a plan come before the service starts.
            let preparatory = matches!(kind, EventKind::Referral | EventKind::Plan);
            // Being away, interrupted or back is no contact: it may fall between phases.
            let between = matches!(
                kind,
                EventKind::Absence
                    | EventKind::Interruption
                    | EventKind::Restart
                    | EventKind::Handoff
            );
            let before = date < enrolment.start && !preparatory;
            let after = enrolment.end.is_some_and(|end| date > end);
            if before || after {
                self.push(
                    EventOutsideEnrolment {
                        event: ParamValue::term(kind),
                        date,
                    }
                    .at(at()),
                );
            } else if !preparatory && !between && enrolment.contains(date) && !phases.contains(date)
            {
                self.push(
                    EventOutsidePhase {
                        event: ParamValue::term(kind),
                        date,
                    }
                    .at(at()),
                );
            }
        }
    }
}
