//! The obligations of one phase record: contacts per period, totals, measurements and
//! its end.

use super::{Context, Kind, Obligation, count};
use chrono::NaiveDate;

use crate::calendar::{add_months, plus_days};
use crate::service::record::event::EventKind;
use crate::service::record::path::PhaseRecord;
use crate::service::record::period::{PeriodSpan, index_of, whole_range};
use crate::service::spec::amount::Amount;
use crate::service::spec::model_spec::{Cadence, PhaseSpec};

pub(super) fn phase<'s>(
    items: &mut Vec<Obligation<'s>>,
    context: &Context<'_>,
    index: usize,
    record: &PhaseRecord,
    phase_spec: &'s PhaseSpec,
) {
    let Context {
        enrolment,
        spec,
        as_of,
        ..
    } = *context;
    let running = record.start <= as_of && record.end.is_none_or(|end| end >= as_of);
    let ended = record.end.is_some_and(|end| end < as_of);
    for cadence in &phase_spec.cadence {
        contacts(items, context, index, record, cadence, running);
    }
    // The day the phase ends, or is planned to end while it runs. A practice length
    // (not a law's) does not count the days away with a reason and the interrupted days
    // so far: they push the end on, as the validator's `path.phase_too_long` does.
    let planned_end = record.end.or_else(|| {
        let length = phase_spec.length?;
        let months = length.max_months.on(record.start)?;
        let last = add_months(record.start, months)?.pred_opt()?;
        if length.max_months.is_law_on(record.start) {
            return Some(last);
        }
        let away = context.away.days_within(record.start, as_of.min(last));
        Some(plus_days(last, u32::try_from(away).unwrap_or(0)))
    });
    // A client away with a reason misses the sessions of those days: a sick week in a
    // ten-week group owes one session fewer.
    let phase_last = record.end.unwrap_or(as_of).max(record.start);
    let phase_days = (phase_last - record.start).num_days() + 1;
    let away_days = context.away.days_within(record.start, phase_last);
    for total in &phase_spec.totals {
        // The total the law or source asked when the phase began.
        let Some(min_count) = total.min_count.on(record.start) else {
            continue;
        };
        let done = count(
            enrolment
                .events
                .iter()
                .filter(|event| event.kind() == total.event && record.contains(event.date()))
                .count(),
        );
        let present = u64::try_from(phase_days - away_days).unwrap_or(0);
        let days = u64::try_from(phase_days).unwrap_or(1).max(1);
        let required = u32::try_from(u64::from(min_count) * present / days).unwrap_or(min_count);
        let fulfilled = done >= required;
        items.push(Obligation {
            kind: Kind::TotalContacts {
                phase: index,
                total,
                required,
                done,
            },
            due: planned_end.unwrap_or(as_of).max(as_of),
            fulfilled,
            missed: ended && !fulfilled,
            current: running,
        });
    }
    let window = spec.tolerances.measurement_window_days;
    for &instrument in &phase_spec.measurements_at_start {
        let due = plus_days(record.start, window);
        let fulfilled = enrolment.measured_near(instrument, record.start, window);
        items.push(Obligation {
            kind: Kind::StartMeasurement {
                phase: index,
                instrument,
            },
            due,
            fulfilled,
            missed: !fulfilled && as_of > due,
            current: running,
        });
    }
    if let Some(end) = planned_end {
        for &instrument in &phase_spec.measurements_at_end {
            let fulfilled = enrolment.measured_near(instrument, end, window);
            // Only a phase that has ended can have missed its end measurement.
            let final_end = record.end.is_some_and(|end| plus_days(end, window) < as_of);
            items.push(Obligation {
                kind: Kind::EndMeasurement {
                    phase: index,
                    instrument,
                },
                due: end,
                fulfilled,
                missed: !fulfilled && final_end,
                current: running,
            });
        }
        if record.end.is_none() && phase_spec.length.is_some() {
            items.push(Obligation {
                kind: Kind::PhaseEnd {
                    phase: index,
                    spec: phase_spec,
                },
                due: end,
                fulfilled: false,
                missed: false,
                current: running,
            });
        }
    }
}

/// The periods of one cadence in one phase: every period that lies wholly in the phase and
/// has wholly passed (the validator's), and the running period and the one before it
/// while the phase runs (the planner's).
fn contacts<'s>(
    items: &mut Vec<Obligation<'s>>,
    context: &Context<'_>,
    index: usize,
    record: &PhaseRecord,
    cadence: &'s Cadence,
    running: bool,
) {
    let Context {
        enrolment,
        events,
        away,
        as_of,
        spec,
        ..
    } = *context;
    let per = cadence.per;
    let yesterday = as_of.pred_opt().unwrap_or(as_of);
    let until = record.end.map_or(yesterday, |end| end.min(yesterday));
    let (from, to) = whole_range(per, record.start, until);
    let current = index_of(per, as_of);
    // The running period counts while the phase runs, whole or not.
    let last = if running { to.max(current) } else { to };
    // Before the first whole period only the running one has a bucket: the planner's
    // previous period is listed only when it lies wholly in the phase.
    let first = if running { from.min(current) } else { from };
    let periods = usize::try_from(last - first + 1).unwrap_or(0);
    let mut buckets = vec![(0u32, 0u32); periods];
    // A work-activity day counts once however many records it has (the law counts days a
    // week); meetings and sessions count each. Events come by date.
    let per_day = cadence.event == EventKind::WorkActivityDay;
    let mut counted_day = None;
    for (date, index) in events.dated_between(cadence.event, record.start, record.end) {
        let Some(event) = enrolment.events.get(index).filter(|e| cadence.counts(e)) else {
            continue;
        };
        let offset = index_of(per, date) - first;
        if let Some(bucket) = usize::try_from(offset)
            .ok()
            .and_then(|i| buckets.get_mut(i))
        {
            if !(per_day && counted_day == Some(date)) {
                bucket.0 = bucket.0.saturating_add(1);
            }
            counted_day = Some(date);
            bucket.1 = bucket.1.saturating_add(event.minutes().unwrap_or(0));
        }
    }
    // The cadence's numbers over the phase: one lookup when the law does not change
    // inside it, else per period.
    let phase_last = record.end.unwrap_or(as_of).max(record.start);
    let over_phase = |amount: Amount| amount.over(record.start, phase_last);
    let min_count = over_phase(cadence.min_count);
    let max_count = cadence.max_count.map(over_phase);
    let max_minutes = cadence.max_minutes_per_period.map(over_phase);
    for (offset, &(done, minutes)) in buckets.iter().enumerate() {
        let period_index = first + offset as i64;
        let whole_and_past = (from..=to).contains(&period_index);
        let planner_sees = running && (period_index == current || period_index + 1 == current);
        if !whole_and_past && !planner_sees {
            continue;
        }
        // The day the period's numbers are read on: its first day in the phase.
        let read_on = || {
            PeriodSpan::containing_index(per, period_index)
                .first_day()
                .max(record.start)
        };
        let required = min_count.on_day(read_on).unwrap_or(0);
        let max = max_count.and_then(|over| over.on_day(read_on));
        let max_minutes = max_minutes.and_then(|over| over.on_day(read_on));
        // A passed period with enough contacts and none over a limit concerns neither
        // view: skip it before any calendar arithmetic (most periods of a kept path).
        let over_limit =
            max.is_some_and(|max| done > max) || max_minutes.is_some_and(|max| minutes > max);
        if !planner_sees && done >= required && !over_limit {
            continue;
        }
        let period = PeriodSpan::containing_index(per, period_index);
        let last_day = period.last_day().unwrap_or(NaiveDate::MAX);
        // The days of the period in the phase (and, while it runs, up to the day asked).
        let first_in = period.first_day().max(record.start);
        let last_in = last_day
            .min(record.end.unwrap_or(as_of))
            .min(as_of.max(first_in));
        let excused = away.excuses(first_in, last_in, spec.tolerances.excused_period_percent);
        // A period mostly spent away with a reason owes nothing.
        let fulfilled = done >= required || excused;
        items.push(Obligation {
            kind: Kind::Contacts {
                phase: index,
                cadence,
                period,
                required,
                max,
                max_minutes,
                done,
                minutes,
                past: whole_and_past,
            },
            due: record.end.map_or(last_day, |end| end.min(last_day)),
            fulfilled,
            missed: whole_and_past && !fulfilled,
            current: planner_sees,
        });
    }
}
