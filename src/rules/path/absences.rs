//! Absences and interruptions: normal casework, checked only for a record that cannot be
//! (a restart with nothing to restart) and for an interruption long enough to review.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::obligation::away::interruptions;
use crate::service::obligation::event_index::EventIndex;
use crate::service::record::path::Enrolment;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::source::{KTT_PARTICIPATION, RECORD};

rules! {
    /// A restart follows no interruption.
    PATH_RESTART_WITHOUT_INTERRUPTION => RestartWithoutInterruption {
        code: "path.restart_without_interruption",
        severity: Error because "structural: a service restarts only after an interruption",
        source: RECORD,
        parameters: [],
        params: { date: NaiveDate },
        title: [
            "Jatkuminen ilman keskeytystä",
            "Återupptagande utan avbrott",
            "Restart without an interruption",
        ],
        message: [
            "Palvelun jatkuminen {date} ilman edeltävää keskeytystä.",
            "Tjänsten återupptas {date} utan ett föregående avbrott.",
            "The service restarts on {date} with no interruption before it.",
        ],
    }

    /// An interruption has lasted longer than the model's tolerance.
    PATH_INTERRUPTION_LONG => InterruptionLong {
        code: "path.interruption_long",
        severity: Warning because "a derived default: a long interruption is worth a plan review, not an error",
        source: KTT_PARTICIPATION,
        parameters: [INTERRUPTION_DAYS],
        params: { since: NaiveDate, reason: ParamValue, days: i64, max: u32 },
        title: ["Pitkä keskeytys", "Långt avbrott", "Long interruption"],
        message: [
            "Keskeytys ({reason}) {since} alkaen on kestänyt {days} päivää; suunnitelma kannattaa tarkistaa {max} päivän jälkeen.",
            "Avbrottet ({reason}) sedan {since} har pågått {days} dagar; planen är värd att se över efter {max} dagar.",
            "The interruption ({reason}) since {since} has lasted {days} days; the plan is worth a review after {max} days.",
        ],
    }
}

impl Check<'_> {
    pub(super) fn interruptions(
        &mut self,
        enrolment: &Enrolment,
        events: &EventIndex,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        let (spans, orphans) = interruptions(enrolment, events);
        let events_at = || base.clone().field("events");
        for index in orphans {
            if let Some(event) = enrolment.events.get(index) {
                self.push(
                    RestartWithoutInterruption { date: event.date() }.at(events_at().index(index)),
                );
            }
        }
        let max = spec.tolerances.interruption_days;
        for span in spans {
            let last = span.last.unwrap_or(self.as_of).min(self.as_of);
            let days = (last - span.first).num_days() + 1;
            if days > i64::from(max) {
                self.push(
                    InterruptionLong {
                        since: span.first,
                        reason: ParamValue::term(span.reason),
                        days,
                        max,
                    }
                    .at(events_at().index(span.index)),
                );
            }
        }
    }
}
