//! How the path closed: after its last event, with every enrolment ended, explained when
//! the outcome is "other".

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::Event;
use crate::service::record::path::Outcome;
use crate::source::RECORD;

rules! {
    /// The path closed before an event or measurement recorded on it.
    PATH_CLOSURE_BEFORE_LAST_EVENT => ClosureBeforeLastEvent {
        code: "path.closure_before_last_event",
        severity: Error because "structural: nothing happens on a path after it closes",
        source: RECORD,
        parameters: [],
        params: { date: NaiveDate, last_event: NaiveDate },
        title: ["Päättyi ennen viimeistä tapahtumaa", "Avslutad före sista händelsen", "Closed before the last event"],
        message: [
            "Palvelupolku päättyi {date}, mutta viimeinen tapahtuma on {last_event}.",
            "Servicestigen avslutades {date}, men den sista händelsen är {last_event}.",
            "The path closed on {date}, but the last event is on {last_event}.",
        ],
    }

    /// An enrolment goes on after the path closed.
    PATH_OPEN_AFTER_CLOSURE => OpenAfterClosure {
        code: "path.open_after_closure",
        severity: Error because "structural: a closed path has no running enrolment",
        source: RECORD,
        parameters: [],
        params: { date: NaiveDate },
        title: ["Palvelujakso jatkuu palvelupolun päätyttyä", "Inskrivning pågår efter servicestigens avslut", "Enrolment open after closure"],
        message: [
            "Palvelujakso jatkuu palvelupolun päättymisen {date} jälkeen.",
            "Inskrivningen pågår efter att servicestigen avslutades {date}.",
            "The enrolment goes on after the path closed on {date}.",
        ],
    }

    /// The outcome is "other" and no note says what it was.
    PATH_CLOSURE_NOTE_MISSING => ClosureNoteMissing {
        code: "path.closure_note_missing",
        severity: Warning because "the record looks incomplete: an outcome of 'other' is explained",
        source: RECORD,
        parameters: [],
        params: {},
        title: ["Päättymisen selite puuttuu", "Förklaring saknas", "Closure note missing"],
        message: [
            "Päättymisen syy on ”muu”, mutta selitettä ei ole.",
            "Avslutet har orsaken ”annat” men ingen förklaring.",
            "The outcome is “other” but no note explains it.",
        ],
    }
}

impl Check<'_> {
    pub(super) fn closure(&mut self) {
        let Some(closure) = &self.path.closure else {
            return;
        };
        let at = || JsonPointer::root().field("closure");
        let last_event = self
            .path
            .enrolments
            .iter()
            .flat_map(|enrolment| {
                enrolment
                    .events
                    .iter()
                    .map(Event::date)
                    .chain(enrolment.measurements.iter().map(|m| m.date))
            })
            .max();
        if let Some(last_event) = last_event.filter(|last| *last > closure.date) {
            self.push(
                ClosureBeforeLastEvent {
                    date: closure.date,
                    last_event,
                }
                .at(at().field("date")),
            );
        }
        for (index, enrolment) in self.path.enrolments.iter().enumerate() {
            if enrolment.end.is_none_or(|end| end > closure.date) {
                let base = JsonPointer::root().field("enrolments").index(index);
                let pointer = if enrolment.end.is_some() {
                    base.field("end")
                } else {
                    base
                };
                self.push(OpenAfterClosure { date: closure.date }.at(pointer));
            }
        }
        if closure.outcome == Outcome::Other
            && closure
                .note
                .as_ref()
                .is_none_or(|note| note.as_str().trim().is_empty())
        {
            self.push(ClosureNoteMissing {}.at(at().field("note")));
        }
    }
}
