//! Phase records: known to the model, in an order the model allows, not overlapping,
//! inside their enrolment, of the length the model gives.

use chrono::NaiveDate;

use super::{Check, last_day};
use crate::calendar::{add_months, minus_days, plus_days};
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::key::Key;
use crate::service::record::path::{Enrolment, PhaseRecord};
use crate::service::spec::model_spec::{PhaseSpec, ServiceModelSpec};
use crate::source::{RECORD, SPEC};

rules! {
    /// A phase record names a phase its model does not have.
    PATH_UNKNOWN_PHASE => UnknownPhase {
        code: "path.unknown_phase",
        severity: Error because "structural: the phase's rules cannot be checked",
        source: SPEC,
        parameters: [PHASE_ID],
        params: { phase: ParamValue, model: ParamValue },
        title: ["Tuntematon vaihe", "Okänd fas", "Unknown phase"],
        message: [
            "{model}: mallissa ei ole vaihetta {phase}.",
            "{model}: modellen har ingen fas {phase}.",
            "{model}: the model has no phase {phase}.",
        ],
    }

    /// A phase follows a phase the model does not let it follow.
    PATH_PHASE_ORDER => PhaseOrder {
        code: "path.phase_order",
        severity: Error because "structural: the model's phases follow each other in a set order",
        source: SPEC,
        parameters: [PHASE_NEXT],
        params: { phase: ParamValue, allowed: ParamValue },
        title: ["Vaiheet väärässä järjestyksessä", "Faserna i fel ordning", "Phases out of order"],
        message: [
            "Vaihe {phase} ei voi tulla tässä kohdassa; sallittu: {allowed}.",
            "Fasen {phase} kan inte komma här; tillåtet: {allowed}.",
            "The phase {phase} cannot come here; allowed: {allowed}.",
        ],
    }

    /// A phase starts before the previous one ends.
    PATH_PHASES_OVERLAP => PhasesOverlap {
        code: "path.phases_overlap",
        severity: Error because "structural: the model's phases follow each other",
        source: SPEC,
        parameters: [],
        params: { phase: ParamValue, start: NaiveDate, other: ParamValue },
        title: ["Päällekkäiset vaiheet", "Överlappande faser", "Overlapping phases"],
        message: [
            "Vaihe {phase} alkaa {start} ennen kuin edellinen vaihe {other} päättyy.",
            "Fasen {phase} börjar {start} innan den föregående fasen {other} slutar.",
            "The phase {phase} starts on {start} before the previous phase {other} ends.",
        ],
    }

    /// A phase reaches outside its enrolment.
    PATH_PHASE_OUTSIDE_ENROLMENT => PhaseOutsideEnrolment {
        code: "path.phase_outside_enrolment",
        severity: Error because "structural: a phase is part of its enrolment",
        source: RECORD,
        parameters: [],
        params: { phase: ParamValue, start: NaiveDate, end: ParamValue },
        title: ["Vaihe palvelujakson ulkopuolella", "Fas utanför inskrivningen", "Phase outside its enrolment"],
        message: [
            "Vaihe {phase} ulottuu palvelujakson ({start}–{end}) ulkopuolelle.",
            "Fasen {phase} sträcker sig utanför inskrivningen ({start}–{end}).",
            "The phase {phase} reaches outside its enrolment ({start} to {end}).",
        ],
    }

    /// A phase runs longer than its model's longest length. The law's longest length (a
    /// rehabilitative work activity period of at most 24 months) is an error; a source's
    /// practice (the 3 and 9 months of mapping and coaching) or a municipality's own
    /// length is a warning, measured without the days the client was away with a reason
    /// or the service was interrupted.
    PATH_PHASE_TOO_LONG => PhaseTooLong {
        code: "path.phase_too_long",
        severity: Warning because "departs from the length the model's source describes, days away and interruptions not counted; past the law's longest period (rehabilitative work activity, 24 months) the finding is an error",
        source: SPEC,
        parameters: [LENGTH_MAX_MONTHS, LENGTH_DAYS],
        params: { phase: ParamValue, max_months: u32, latest_end: NaiveDate },
        title: ["Vaihe liian pitkä", "Fasen för lång", "Phase too long"],
        message: [
            "Vaihe {phase} saa kestää enintään {max_months} kuukautta, eli päättyä viimeistään {latest_end}.",
            "Fasen {phase} får pågå högst {max_months} månader, alltså sluta senast {latest_end}.",
            "The phase {phase} may last at most {max_months} months, ending by {latest_end}.",
        ],
    }

    /// A phase ended before its model's shortest length.
    PATH_PHASE_TOO_SHORT => PhaseTooShort {
        code: "path.phase_too_short",
        severity: Warning because "departs from the length the model's source describes; a client may leave early",
        source: SPEC,
        parameters: [LENGTH_MIN_MONTHS, LENGTH_DAYS],
        params: { phase: ParamValue, min_months: u32, end: NaiveDate },
        title: ["Vaihe liian lyhyt", "Fasen för kort", "Phase too short"],
        message: [
            "Vaiheen {phase} pitäisi kestää vähintään {min_months} kuukautta, mutta se päättyi {end}.",
            "Fasen {phase} borde pågå minst {min_months} månader, men den slutade {end}.",
            "The phase {phase} should last at least {min_months} months, but it ended on {end}.",
        ],
    }

    /// An enrolment ended without a phase its model requires.
    PATH_REQUIRED_PHASE_MISSING => RequiredPhaseMissing {
        code: "path.required_phase_missing",
        severity: Warning because "departs from the model's source; a client may leave before a phase",
        source: SPEC,
        parameters: [PHASE_OPTIONAL],
        params: { phase: ParamValue },
        title: ["Pakollinen vaihe puuttuu", "Obligatorisk fas saknas", "Required phase missing"],
        message: [
            "Jakso päättyi ilman vaihetta {phase}.",
            "Inskrivningen slutade utan fasen {phase}.",
            "The enrolment ended without the phase {phase}.",
        ],
    }
}

impl Check<'_> {
    /// The days of `first..=last` the client was away with a reason or the service was
    /// interrupted (read only when a practice length is passed: the rare case).
    fn days_away(&self, enrolment: &Enrolment, first: NaiveDate, last: NaiveDate) -> i64 {
        let events = crate::service::obligation::event_index::EventIndex::of(enrolment);
        crate::service::obligation::away::Away::of(enrolment, &events, self.as_of)
            .days_within(first, last)
    }
}

/// A phase by its name in the spec, or its id as written when the spec has no such phase.
pub(crate) fn phase_name(spec: &ServiceModelSpec, phase: &Key) -> ParamValue {
    match spec.phase(phase) {
        Some(phase_spec) => ParamValue::name(phase_spec.id.clone(), &phase_spec.name),
        None => ParamValue::key(phase.as_str()),
    }
}

impl Check<'_> {
    /// Phase records: known, ordered, inside the enrolment, of the right length. Returns
    /// the records with a known phase, with their spec.
    pub(super) fn phases<'s>(
        &mut self,
        enrolment: &Enrolment,
        spec: &'s ServiceModelSpec,
        base: &JsonPointer,
    ) -> Vec<(usize, &'s PhaseSpec)> {
        let at = |index: usize| base.clone().field("phases").index(index);
        let mut known = Vec::new();
        for (index, record) in enrolment.phases.iter().enumerate() {
            match spec.phase(&record.phase) {
                Some(phase_spec) => known.push((index, phase_spec)),
                None => self.push(
                    UnknownPhase {
                        phase: ParamValue::key(record.phase.as_str()),
                        model: ParamValue::name(spec.id.clone(), &spec.name),
                    }
                    .at(at(index).field("phase")),
                ),
            }
        }
        let mut order: Vec<usize> = (0..enrolment.phases.len()).collect();
        order.sort_by_key(|&index| (enrolment.phases[index].start, index));
        let mut previous: Option<usize> = None;
        for &index in &order {
            let record = &enrolment.phases[index];
            self.order(enrolment, spec, previous, index, at(index));
            if let Some(prev) = previous {
                let prev_record = &enrolment.phases[prev];
                if prev_record.end.is_none_or(|end| record.start <= end) {
                    self.push(
                        PhasesOverlap {
                            phase: phase_name(spec, &record.phase),
                            start: record.start,
                            other: phase_name(spec, &prev_record.phase),
                        }
                        .at(at(index)),
                    );
                }
            }
            let starts_before = record.start < enrolment.start;
            let ends_after = match (record.end, enrolment.end) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(phase_end), Some(end)) => phase_end > end,
            };
            if starts_before || ends_after {
                self.push(
                    PhaseOutsideEnrolment {
                        phase: phase_name(spec, &record.phase),
                        start: enrolment.start,
                        end: ParamValue::date_or_missing(enrolment.end),
                    }
                    .at(at(index)),
                );
            }
            previous = Some(index);
        }
        for &(index, phase_spec) in &known {
            self.length(
                enrolment,
                &enrolment.phases[index],
                phase_spec,
                spec,
                at(index),
            );
        }
        if enrolment.end.is_some_and(|end| end <= self.as_of) {
            for phase_spec in spec.phases.iter().filter(|phase| !phase.optional) {
                if !enrolment.phases.iter().any(|r| r.phase == phase_spec.id) {
                    self.push(
                        RequiredPhaseMissing {
                            phase: ParamValue::name(phase_spec.id.clone(), &phase_spec.name),
                        }
                        .at(base.clone().field("phases")),
                    );
                }
            }
        }
        known
    }

    /// The first phase must be the model's first; every later one must be a `next` of the
    /// one before. Unknown phases are reported once, as unknown.
    fn order(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        previous: Option<usize>,
        index: usize,
        at: JsonPointer,
    ) {
        let record = &enrolment.phases[index];
        let allowed: Vec<&Key> = match previous {
            None => spec
                .phases
                .first()
                .map(|first| vec![&first.id])
                .unwrap_or_default(),
            Some(prev) => match spec.phase(&enrolment.phases[prev].phase) {
                Some(prev_spec) => prev_spec.next.iter().collect(),
                None => return,
            },
        };
        if spec.phase(&record.phase).is_none() || allowed.contains(&&record.phase) {
            return;
        }
        let allowed = if allowed.is_empty() {
            ParamValue::Missing {}
        } else {
            ParamValue::List {
                items: allowed.iter().map(|key| phase_name(spec, key)).collect(),
            }
        };
        self.push(
            PhaseOrder {
                phase: phase_name(spec, &record.phase),
                allowed,
            }
            .at(at.field("phase")),
        );
    }

    /// Length is measured to the day after the last day, so 8.1.–7.4. is 3 months. The
    /// lengths are read on the phase's first day: a period is agreed under the law in force
    /// when it starts.
    fn length(
        &mut self,
        enrolment: &Enrolment,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        spec: &ServiceModelSpec,
        at: JsonPointer,
    ) {
        let Some(length) = phase_spec.length else {
            return;
        };
        let tolerance = spec.tolerances.length_days;
        let next_day = |date: NaiveDate| date.succ_opt().unwrap_or(date);
        let end_exclusive = next_day(last_day(record.end, self.as_of));
        let name = || ParamValue::name(phase_spec.id.clone(), &phase_spec.name);
        if let Some(max_months) = length.max_months.on(record.start)
            && let Some(limit) =
                add_months(record.start, max_months).map(|d| plus_days(d, tolerance))
            && end_exclusive > limit
        {
            let law = length.max_months.is_law_on(record.start);
            // A practice length does not count the days away with a reason and the
            // interrupted days: they push the phase's end on by as many days.
            let away = if law {
                0
            } else {
                self.days_away(
                    enrolment,
                    record.start,
                    end_exclusive.pred_opt().unwrap_or(end_exclusive),
                )
            };
            let latest = plus_days(limit, u32::try_from(away).unwrap_or(u32::MAX));
            if end_exclusive > latest {
                let finding = PhaseTooLong {
                    phase: name(),
                    max_months,
                    latest_end: latest.pred_opt().unwrap_or(latest),
                }
                .at(at.clone());
                self.push(if law {
                    finding.with_severity(crate::rules::severity::Severity::Error)
                } else {
                    finding
                });
            }
        }
        if let Some(end) = record.end.filter(|end| *end <= self.as_of)
            && let Some(min_months) = length.min_months.on(record.start)
            && let Some(limit) =
                add_months(record.start, min_months).map(|d| minus_days(d, tolerance))
            && next_day(end) < limit
        {
            self.push(
                PhaseTooShort {
                    phase: name(),
                    min_months,
                    end,
                }
                .at(at),
            );
        }
    }
}
