//! The record itself: known models, dates in order and in range, enrolments in one model
//! that do not overlap.

use chrono::NaiveDate;

use super::Check;
use crate::calendar::is_supported;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::Event;
use crate::source::{RECORD, SPEC, SUPPORTED_DATES};

rules! {
    /// An enrolment names a service model the models in use do not have.
    PATH_UNKNOWN_MODEL => UnknownModel {
        code: "path.unknown_model",
        severity: Error because "structural: no rule of the model can be checked",
        source: SPEC,
        parameters: [MODEL_ID],
        params: { model: ParamValue },
        title: ["Tuntematon palvelumalli", "Okänd tjänstemodell", "Unknown service model"],
        message: [
            "Palvelumallia {model} ei tunneta.",
            "Tjänstemodellen {model} är okänd.",
            "The service model {model} is not known.",
        ],
    }

    /// A range ends before it starts.
    PATH_DATES_REVERSED => DatesReversed {
        code: "path.dates_reversed",
        severity: Error because "structural: a range cannot end before it starts",
        source: RECORD,
        parameters: [],
        params: { start: NaiveDate, end: NaiveDate },
        title: ["Päättyy ennen alkua", "Slutar före början", "Ends before it starts"],
        message: [
            "Loppupäivä {end} on ennen alkupäivää {start}.",
            "Slutdagen {end} är före startdagen {start}.",
            "The end {end} is before the start {start}.",
        ],
    }

    /// A date outside 1900–2100, where the crate's time rules do not run.
    PATH_DATE_OUT_OF_RANGE => DateOutOfRange {
        code: "path.date_out_of_range",
        severity: Error because "structural: the time rules cannot check the record",
        source: SUPPORTED_DATES,
        parameters: [],
        params: { date: NaiveDate },
        title: [
            "Päivämäärä tuetun välin ulkopuolella",
            "Datum utanför det stödda intervallet",
            "Date out of the supported range",
        ],
        message: [
            "Päivämäärä {date} ei ole välillä 1.1.1900–31.12.2100; sen aikasääntöjä ei tarkisteta.",
            "Datumet {date} ligger inte mellan 1.1.1900 och 31.12.2100; dess tidsregler kontrolleras inte.",
            "The date {date} is not within 1900-01-01 to 2100-12-31; its time rules are not checked.",
        ],
    }

    /// Something is recorded as done after the day of validation.
    PATH_DATE_IN_FUTURE => DateInFuture {
        code: "path.date_in_future",
        severity: Error because "structural: a measurement's result or a goal's being reached cannot be known before the day; scheduled records (starts, plans, meetings, handovers, a closure) are normal and not reported",
        source: RECORD,
        parameters: [],
        params: { date: NaiveDate, as_of: NaiveDate },
        title: ["Päivämäärä tulevaisuudessa", "Datum i framtiden", "Date in the future"],
        message: [
            "Kirjattu päivämäärä {date} on tarkastelupäivän {as_of} jälkeen.",
            "Det registrerade datumet {date} är efter granskningsdagen {as_of}.",
            "The recorded date {date} is after the date of validation {as_of}.",
        ],
    }

    /// A goal is recorded as reached before the day it was set.
    PATH_GOAL_REACHED_BEFORE_SET => GoalReachedBeforeSet {
        code: "path.goal_reached_before_set",
        severity: Error because "structural: a goal is reached after it is set",
        source: RECORD,
        parameters: [],
        params: { set_on: NaiveDate, reached_on: NaiveDate },
        title: ["Tavoite saavutettu ennen asettamista", "Målet nått innan det sattes", "Goal reached before it was set"],
        message: [
            "Tavoite on kirjattu saavutetuksi {reached_on}, ennen kuin se asetettiin {set_on}.",
            "Målet är registrerat som nått {reached_on}, innan det sattes {set_on}.",
            "The goal is recorded as reached on {reached_on}, before it was set on {set_on}.",
        ],
    }

    /// Two enrolments in one model share days.
    PATH_ENROLMENTS_OVERLAP => EnrolmentsOverlap {
        code: "path.enrolments_overlap",
        severity: Error because "structural: a client is in one enrolment of a model at a time",
        source: RECORD,
        parameters: [],
        params: { model: ParamValue, other_start: NaiveDate },
        title: [
            "Päällekkäiset palvelujaksot samassa palvelussa",
            "Överlappande inskrivningar i samma tjänst",
            "Overlapping enrolments in one service",
        ],
        message: [
            "{model}: palvelujakso on päällekkäin saman palvelun {other_start} alkaneen palvelujakson kanssa.",
            "{model}: inskrivningen överlappar den inskrivning i samma tjänst som började {other_start}.",
            "{model}: the enrolment overlaps the enrolment in the same model that began on {other_start}.",
        ],
    }
}

impl Check<'_> {
    /// The name of the model `id` in the models in use, or the id as written.
    pub(crate) fn model_name(&self, id: &crate::service::record::key::Key) -> ParamValue {
        match self.models.get(id) {
            Some(spec) => ParamValue::name(spec.id.clone(), &spec.name),
            None => ParamValue::key(id.as_str()),
        }
    }

    /// Reversed ranges and dates outside the supported range, across the whole document,
    /// and the two records that cannot lie after `as_of`: a measurement's result and a
    /// goal reached. A case-management system holds scheduled records every day (an agreed
    /// start, a plan's review, a handover, a meeting booked), so a record dated after
    /// `as_of` is checked for its consistency only, never for being in the future.
    pub(super) fn dates(&mut self) {
        let path = self.path;
        let root = JsonPointer::root;
        for (index, assignment) in path.coordinators.iter().enumerate() {
            let at = || root().field("coordinators").index(index);
            self.supported(assignment.start, || at().field("start"));
            self.reversed(assignment.start, assignment.end, || at().field("end"));
        }
        for (index, enrolment) in path.enrolments.iter().enumerate() {
            let at = || root().field("enrolments").index(index);
            self.supported(enrolment.start, || at().field("start"));
            self.reversed(enrolment.start, enrolment.end, || at().field("end"));
            for (j, organiser) in enrolment.organisers.iter().enumerate() {
                let organiser_at = || at().field("organisers").index(j);
                self.supported(organiser.start, || organiser_at().field("start"));
                self.reversed(organiser.start, organiser.end, || {
                    organiser_at().field("end")
                });
            }
            for (j, phase) in enrolment.phases.iter().enumerate() {
                let phase_at = || at().field("phases").index(j);
                self.supported(phase.start, || phase_at().field("start"));
                self.reversed(phase.start, phase.end, || phase_at().field("end"));
            }
            for (j, event) in enrolment.events.iter().enumerate() {
                let event_at = || at().field("events").index(j);
                self.supported(event.date(), || event_at().field("date"));
                if let Event::Absence { date, until, .. } = event {
                    self.supported(*until, || event_at().field("until"));
                    self.reversed(*date, Some(*until), || event_at().field("until"));
                }
            }
            for (j, measurement) in enrolment.measurements.iter().enumerate() {
                self.future(measurement.date, || {
                    at().field("measurements").index(j).field("date")
                });
            }
        }
        for (index, goal) in path.goals.iter().enumerate() {
            let at = || root().field("goals").index(index);
            self.supported(goal.set_on, || at().field("set_on"));
            if let Some(reached_on) = goal.reached_on {
                self.future(reached_on, || at().field("reached_on"));
                if reached_on < goal.set_on {
                    self.push(
                        GoalReachedBeforeSet {
                            set_on: goal.set_on,
                            reached_on,
                        }
                        .at(at().field("reached_on")),
                    );
                }
            }
        }
        if let Some(closure) = &path.closure {
            self.supported(closure.date, || root().field("closure").field("date"));
        }
    }

    fn supported(&mut self, date: NaiveDate, at: impl FnOnce() -> JsonPointer) {
        if !is_supported(date) {
            self.push(DateOutOfRange { date }.at(at()));
        }
    }

    fn future(&mut self, date: NaiveDate, at: impl FnOnce() -> JsonPointer) {
        if !is_supported(date) {
            self.push(DateOutOfRange { date }.at(at()));
        } else if date > self.as_of {
            let as_of = self.as_of;
            self.push(DateInFuture { date, as_of }.at(at()));
        }
    }

    fn reversed(
        &mut self,
        start: NaiveDate,
        end: Option<NaiveDate>,
        at: impl FnOnce() -> JsonPointer,
    ) {
        if let Some(end) = end.filter(|end| *end < start) {
            self.push(DatesReversed { start, end }.at(at()));
        }
    }

    /// Enrolments of one model that share days: swept in start order per model, each is
    /// compared with the one reaching furthest so far, so an enrolment spanning two others
    /// is caught with both.
    pub(super) fn enrolment_overlaps(&mut self) {
        let enrolments = &self.path.enrolments;
        let mut order: Vec<usize> = (0..enrolments.len()).collect();
        order.sort_by(|&a, &b| {
            (&enrolments[a].model, enrolments[a].start, a).cmp(&(
                &enrolments[b].model,
                enrolments[b].start,
                b,
            ))
        });
        let mut findings = Vec::new();
        // The enrolment of the current model reaching furthest: its end (`None` while
        // open) and index.
        let mut reach: Option<(&crate::service::record::key::Key, Option<NaiveDate>, usize)> = None;
        for &index in &order {
            let enrolment = &enrolments[index];
            match reach {
                Some((model, end, other)) if model == &enrolment.model => {
                    if end.is_none_or(|end| enrolment.start <= end) {
                        findings.push((index, other));
                    }
                    let further = match (end, enrolment.end) {
                        (None, _) => false,
                        (Some(_), None) => true,
                        (Some(current), Some(new)) => new > current,
                    };
                    if further {
                        reach = Some((&enrolment.model, enrolment.end, index));
                    }
                }
                _ => reach = Some((&enrolment.model, enrolment.end, index)),
            }
        }
        findings.sort_unstable();
        for (index, other) in findings {
            let model = self.model_name(&self.path.enrolments[index].model);
            self.push(
                EnrolmentsOverlap {
                    model,
                    other_start: self.path.enrolments[other].start,
                }
                .at(JsonPointer::root().field("enrolments").index(index)),
            );
        }
    }
}
