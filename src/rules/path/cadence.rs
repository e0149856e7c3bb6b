//! Contacts at a cadence: how many in each week or month of a phase, how long each is,
//! how many minutes a day and a period hold. Every limit is read on the day it judges: a
//! contact's on its own day, a period's on its first day in the phase.

use chrono::NaiveDate;

use super::Check;
use super::phases::phase_name;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::{ParamValue, Severity};
use crate::rules::pointer::JsonPointer;
use crate::service::obligation::away::{excused_absences, excused_on};
use crate::service::obligation::event_index::EventIndex;
use crate::service::obligation::{Kind, Obligation};
use crate::service::record::event::EventKind;
use crate::service::record::path::{Enrolment, PhaseRecord};
use crate::service::record::period::PeriodSpan;
use crate::service::spec::amount::{Amount, AmountOver};
use crate::service::spec::model_spec::{Cadence, PhaseSpec, ServiceModelSpec};
use crate::source::{KTT_GUIDANCE, SPEC};

rules! {
    /// Weeks or months of a phase with fewer contacts than the cadence asks. Consecutive
    /// periods with the same count are one finding.
    PATH_CADENCE_GAP => CadenceGap {
        code: "path.cadence_gap",
        severity: Warning because "departs from the contact rhythm the model's source describes; sickness, holidays and closures make gaps in normal casework",
        source: SPEC,
        parameters: [CADENCE_MIN_COUNT, MISSED_PERIODS, EXCUSED_PERIOD_PERCENT],
        params: { phase: ParamValue, periods: ParamValue, event: ParamValue, required: u32, actual: u32 },
        title: [
            "Liian vähän kertoja viikossa tai kuukaudessa",
            "För få gånger per vecka eller månad",
            "Too few in a week or month",
        ],
        message: [
            "{phase}, {periods}: {event} {actual} kertaa, vaaditaan {required}.",
            "{phase}, {periods}: {event} {actual} gånger, {required} krävs.",
            "{phase}, {periods}: {event} {actual} times; {required} required.",
        ],
    }

    /// More contacts in a period than the cadence allows: an error when the limit is the
    /// law's on that day (rehabilitative work activity on at most 4 days a calendar week,
    /// 5 before 1.7.2015), a warning when it is a model's own.
    PATH_CADENCE_EXCEEDED => CadenceExceeded {
        code: "path.cadence_exceeded",
        severity: Warning because "departs from the model's own limit; an error when the limit is a law's figure in force (the default rehabilitative work activity's days a calendar week)",
        source: SPEC,
        parameters: [CADENCE_MAX_COUNT],
        params: { periods: ParamValue, event: ParamValue, max: u32, actual: u32 },
        title: [
            "Liian monta kertaa viikossa tai kuukaudessa",
            "För många gånger per vecka eller månad",
            "Too many in a week or month",
        ],
        message: [
            "{periods}: {event} {actual} kertaa, enintään {max} sallitaan.",
            "{periods}: {event} {actual} gånger, högst {max} tillåts.",
            "{periods}: {event} {actual} times; at most {max} allowed.",
        ],
    }

    /// A contact shorter than the cadence asks: an error when the shortest length is the
    /// law's on that day (a day of rehabilitative work activity of at least 4 hours), a
    /// warning when it is a model's own.
    PATH_CONTACT_TOO_SHORT => ContactTooShort {
        code: "path.contact_too_short",
        severity: Warning because "departs from the model's own shortest contact; an error when the length is a law's figure in force (the default rehabilitative work activity's 4 hours a day)",
        source: SPEC,
        parameters: [CADENCE_MIN_MINUTES],
        params: { event: ParamValue, minutes: u32, min: u32 },
        title: ["Liian lyhyt kerta", "För kort tillfälle", "Contact too short"],
        message: [
            "{event} kesti {minutes} min; vähintään {min} min vaaditaan.",
            "{event} varade {minutes} min; minst {min} min krävs.",
            "The {event} lasted {minutes} min; at least {min} min required.",
        ],
    }

    /// A contact longer than guidance allows.
    PATH_CONTACT_TOO_LONG => ContactTooLong {
        code: "path.contact_too_long",
        severity: Warning because "departs from guidance, not law",
        source: KTT_GUIDANCE,
        parameters: [CADENCE_MAX_MINUTES],
        params: { event: ParamValue, minutes: u32, max: u32 },
        title: ["Liian pitkä päivä", "För lång dag", "Contact too long"],
        message: [
            "{event} kesti {minutes} min; ohjeen mukaan enintään {max} min.",
            "{event} varade {minutes} min; enligt anvisningen högst {max} min.",
            "The {event} lasted {minutes} min; guidance allows at most {max} min.",
        ],
    }

    /// The contacts of one kind on one day last longer together than the model allows a
    /// day (no default model sets a limit: a municipality's variant may, e.g. at most six
    /// hours of group sessions a day).
    PATH_DAY_MINUTES_EXCEEDED => DayMinutesExceeded {
        code: "path.day_minutes_exceeded",
        severity: Warning because "departs from the model's own limit, which is practice or guidance, not law",
        source: SPEC,
        parameters: [CADENCE_MAX_MINUTES_PER_DAY],
        params: { event: ParamValue, date: NaiveDate, minutes: u32, max: u32 },
        title: ["Liian pitkä päivä yhteensä", "För lång dag sammanlagt", "Day too long in total"],
        message: [
            "{date}: {event} yhteensä {minutes} min; päivässä enintään {max} min.",
            "{date}: {event} sammanlagt {minutes} min; högst {max} min per dag.",
            "{date}: {event} for {minutes} min in total; at most {max} min a day.",
        ],
    }

    /// More minutes in a period than guidance allows.
    PATH_PERIOD_MINUTES_EXCEEDED => PeriodMinutesExceeded {
        code: "path.period_minutes_exceeded",
        severity: Warning because "departs from guidance, not law",
        source: KTT_GUIDANCE,
        parameters: [CADENCE_MAX_MINUTES_PER_PERIOD],
        params: { periods: ParamValue, minutes: u32, max: u32 },
        title: [
            "Liikaa tunteja viikossa tai kuukaudessa",
            "För många timmar per vecka eller månad",
            "Too many minutes in a week or month",
        ],
        message: [
            "{periods}: {minutes} min; ohjeen mukaan enintään {max} min.",
            "{periods}: {minutes} min; enligt anvisningen högst {max} min.",
            "{periods}: {minutes} min; guidance allows at most {max} min.",
        ],
    }
}

/// One period as a parameter.
fn one(period: PeriodSpan, per: crate::service::record::period::Period) -> ParamValue {
    run(period, period, 1, per)
}

fn run(
    first: PeriodSpan,
    last: PeriodSpan,
    count: u32,
    per: crate::service::record::period::Period,
) -> ParamValue {
    ParamValue::Periods {
        per,
        first: first.first_day(),
        last: last.last_day().unwrap_or(chrono::NaiveDate::MAX),
        count,
    }
}

/// The days absences with a reason touch, read from the enrolment when first asked: a
/// short contact is rare, so a clean path reads nothing.
struct Excused<'a> {
    enrolment: &'a Enrolment,
    events: &'a EventIndex,
    spans: Option<Vec<(NaiveDate, NaiveDate)>>,
}

impl<'a> Excused<'a> {
    fn new(enrolment: &'a Enrolment, events: &'a EventIndex) -> Self {
        Excused {
            enrolment,
            events,
            spans: None,
        }
    }

    fn on(&mut self, day: NaiveDate) -> bool {
        let (enrolment, events) = (self.enrolment, self.events);
        let spans = self
            .spans
            .get_or_insert_with(|| excused_absences(enrolment, events));
        excused_on(spans, day)
    }
}

/// A cadence's limits on a contact's length over one phase record, each looked up once
/// for the record's days (per day only where a law changes inside them).
struct Limits {
    min_minutes: Option<AmountOver>,
    max_minutes: Option<AmountOver>,
    max_minutes_per_day: Option<AmountOver>,
}

impl Limits {
    fn over(cadence: &Cadence, record: &PhaseRecord) -> Self {
        // An open record's days run on: a limit that changes on a later day is read per day.
        let last = record.end.unwrap_or(NaiveDate::MAX);
        let over = |amount: Option<Amount>| amount.map(|amount| amount.over(record.start, last));
        Limits {
            min_minutes: over(cadence.min_minutes),
            max_minutes: over(cadence.max_minutes),
            max_minutes_per_day: over(cadence.max_minutes_per_day),
        }
    }
}

/// One day's contacts of a cadence: the first by index, and their minutes together.
struct Day {
    date: NaiveDate,
    first: usize,
    minutes: u32,
    contacts: u32,
}

/// A run of consecutive periods of one cadence with the same shortfall.
struct Gap<'s> {
    phase: usize,
    cadence: &'s Cadence,
    first: PeriodSpan,
    last: PeriodSpan,
    count: u32,
    /// Contacts each period needed.
    required: u32,
    actual: u32,
    /// Within the tolerated number of missed periods: reported as info.
    tolerated: bool,
}

impl Check<'_> {
    /// The contacts of each cadence's kind within the phase, for their length and for the
    /// minutes of each day. The records of one work-activity day are one day: the law
    /// counts the hours of a day, however the unit records them.
    pub(super) fn contact_lengths(
        &mut self,
        enrolment: &Enrolment,
        events: &EventIndex,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        base: &JsonPointer,
    ) {
        for cadence in &phase_spec.cadence {
            if cadence.min_minutes.is_none()
                && cadence.max_minutes.is_none()
                && cadence.max_minutes_per_day.is_none()
            {
                continue;
            }
            let per_day = cadence.event == EventKind::WorkActivityDay;
            let limits = Limits::over(cadence, record);
            // Events come by date: sum each day's records and judge the day when it ends.
            let mut day: Option<Day> = None;
            let mut excused = Excused::new(enrolment, events);
            for (date, index) in events.dated_between(cadence.event, record.start, record.end) {
                let Some(event) = enrolment.events.get(index).filter(|e| cadence.counts(e)) else {
                    continue;
                };
                let Some(minutes) = event.minutes() else {
                    continue;
                };
                if !per_day {
                    let length = (date, index, minutes);
                    self.contact_length(cadence, &limits, length, &mut excused, base);
                }
                match &mut day {
                    Some(day) if day.date == date => {
                        day.minutes = day.minutes.saturating_add(minutes);
                        day.contacts += 1;
                    }
                    _ => {
                        let next = Day {
                            date,
                            first: index,
                            minutes,
                            contacts: 1,
                        };
                        if let Some(ended) = day.replace(next) {
                            self.day_ended(cadence, &limits, per_day, ended, &mut excused, base);
                        }
                    }
                }
            }
            if let Some(ended) = day {
                self.day_ended(cadence, &limits, per_day, ended, &mut excused, base);
            }
        }
    }

    /// One contact's minutes (its day, its index and its minutes) against the cadence's
    /// limits in force on its day. Parameters and pointers are built only for a finding:
    /// a clean path allocates nothing here.
    fn contact_length(
        &mut self,
        cadence: &Cadence,
        limits: &Limits,
        (day, index, minutes): (NaiveDate, usize, u32),
        excused: &mut Excused<'_>,
        base: &JsonPointer,
    ) {
        let at = || base.clone().field("events").index(index).field("minutes");
        let event = || ParamValue::term(cadence.event);
        // A day the client was away with a reason for part of it (a sudden illness) is
        // not held to its length.
        if let Some(min) = limits
            .min_minutes
            .and_then(|min| min.on(day))
            .filter(|min| minutes < *min)
            && !excused.on(day)
        {
            let finding = ContactTooShort {
                event: event(),
                minutes,
                min,
            }
            .at(at());
            let law = cadence.min_minutes.is_some_and(|min| min.is_law_on(day));
            self.push(if law {
                finding.with_severity(Severity::Error)
            } else {
                finding
            });
        }
        if let Some(max) = limits
            .max_minutes
            .and_then(|max| max.on(day))
            .filter(|max| minutes > *max)
        {
            self.push(
                ContactTooLong {
                    event: event(),
                    minutes,
                    max,
                }
                .at(at()),
            );
        }
    }

    /// A day's contacts of a cadence: a work-activity day judged as one contact, and the
    /// day's minutes against the most the day allows. A day already reported as one
    /// contact over the longest contact is that rule's finding, not a second one.
    fn day_ended(
        &mut self,
        cadence: &Cadence,
        limits: &Limits,
        per_day: bool,
        day: Day,
        excused: &mut Excused<'_>,
        base: &JsonPointer,
    ) {
        if per_day {
            let length = (day.date, day.first, day.minutes);
            self.contact_length(cadence, limits, length, excused, base);
        }
        let Some(limit) = limits.max_minutes_per_day else {
            return;
        };
        let one_contact = per_day || day.contacts == 1;
        let contact_over = limits
            .max_minutes
            .and_then(|max| max.on(day.date))
            .is_some_and(|max| day.minutes > max);
        if one_contact && contact_over {
            return;
        }
        if let Some(max) = limit.on(day.date).filter(|max| day.minutes > *max) {
            self.push(
                DayMinutesExceeded {
                    event: ParamValue::term(cadence.event),
                    date: day.date,
                    minutes: day.minutes,
                    max,
                }
                .at(base.clone().field("events").index(day.first)),
            );
        }
    }

    /// The periods the validator checks: runs of gaps (the first
    /// [`Tolerances::missed_periods`](crate::service::spec::model_spec::Tolerances) of each cadence
    /// in a phase only as info), and periods over a limit.
    pub(super) fn periods(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        obligations: &[Obligation<'_>],
        base: &JsonPointer,
    ) {
        let mut gap: Option<Gap<'_>> = None;
        // Gaps so far per (phase, cadence), for the tolerance.
        let mut tolerated = (usize::MAX, std::ptr::null::<Cadence>(), 0u32);
        for obligation in obligations {
            let Kind::Contacts {
                phase,
                cadence,
                period,
                required,
                max,
                max_minutes,
                done,
                minutes,
                past: true,
            } = &obligation.kind
            else {
                continue;
            };
            let at = || base.clone().field("phases").index(*phase);
            if let Some(max) = max.filter(|max| done > max) {
                let finding = CadenceExceeded {
                    periods: one(*period, cadence.per),
                    event: ParamValue::term(cadence.event),
                    max,
                    actual: *done,
                }
                .at(at());
                let law = cadence
                    .max_count
                    .is_some_and(|max| max.is_law_on(period.first_day()));
                self.push(if law {
                    finding.with_severity(Severity::Error)
                } else {
                    finding
                });
            }
            if let Some(max) = max_minutes.filter(|max| minutes > max) {
                self.push(
                    PeriodMinutesExceeded {
                        periods: one(*period, cadence.per),
                        minutes: *minutes,
                        max,
                    }
                    .at(at()),
                );
            }
            if !obligation.missed {
                continue;
            }
            let key = (*phase, std::ptr::from_ref(*cadence));
            if (tolerated.0, tolerated.1) != key {
                tolerated = (key.0, key.1, 0);
            }
            tolerated.2 = tolerated.2.saturating_add(1);
            // A run is cut where the tolerance runs out, so each part has one severity.
            let within = tolerated.2 <= spec.tolerances.missed_periods;
            let extends = gap.as_ref().is_some_and(|gap| {
                gap.phase == *phase
                    && std::ptr::eq(gap.cadence, *cadence)
                    && gap.actual == *done
                    && gap.required == *required
                    && gap.tolerated == within
                    && gap.last.next() == Some(*period)
            });
            match gap.as_mut() {
                Some(gap) if extends => {
                    gap.last = *period;
                    gap.count = gap.count.saturating_add(1);
                }
                _ => {
                    if let Some(finished) = gap.take() {
                        self.gap(enrolment, spec, finished, base);
                    }
                    gap = Some(Gap {
                        phase: *phase,
                        cadence,
                        first: *period,
                        last: *period,
                        count: 1,
                        required: *required,
                        actual: *done,
                        tolerated: within,
                    });
                }
            }
        }
        if let Some(finished) = gap.take() {
            self.gap(enrolment, spec, finished, base);
        }
    }

    fn gap(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        gap: Gap<'_>,
        base: &JsonPointer,
    ) {
        let Some(record) = enrolment.phases.get(gap.phase) else {
            return;
        };
        let mut finding = CadenceGap {
            phase: phase_name(spec, &record.phase),
            periods: run(gap.first, gap.last, gap.count, gap.cadence.per),
            event: ParamValue::term(gap.cadence.event),
            required: gap.required,
            actual: gap.actual,
        }
        .at(base.clone().field("phases").index(gap.phase));
        if gap.tolerated {
            finding = finding.with_severity(Severity::Info);
        }
        self.push(finding);
    }
}
