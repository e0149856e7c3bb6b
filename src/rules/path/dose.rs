//! The dose a plan agrees against the days recorded.
//!
//! Law 189/2001 §6: the activity is arranged as the activation plan or the
//! multiprofessional employment plan defines it. A plan that agrees a dose (days a
//! calendar week, minutes a day) is followed when the recorded weeks keep to it; a single
//! odd week is ordinary casework (a public holiday, a day swapped), two or more in a row
//! are worth a review of the plan.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::obligation::away::Away;
use crate::service::obligation::event_index::EventIndex;
use crate::service::record::event::{Dose, Event, EventKind};
use crate::service::record::path::Enrolment;
use crate::service::record::period::{Period, PeriodSpan, index_of};
use crate::source::KTT_PLAN;

rules! {
    /// Two or more weeks in a row whose recorded work-activity days differ from the dose
    /// the plan in force agreed (the number of days, or the mean length of a day by an
    /// hour or more), without an absence or an interruption to explain them.
    PATH_DOSE_NOT_FOLLOWED => DoseNotFollowed {
        code: "path.dose_not_followed",
        severity: Warning because "departs from the plan the activity is arranged by; the plan may be due for a review rather than the days wrong",
        source: KTT_PLAN,
        parameters: [DOSE_TOLERANCE],
        params: { plan: NaiveDate, days_a_week: u32, periods: ParamValue },
        title: [
            "Suunnitelman määrä ei toteudu",
            "Planens omfattning följs inte",
            "Plan's dose not followed",
        ],
        message: [
            "Suunnitelmassa {plan} sovittiin {days_a_week} päivää viikossa; {periods} toteutuivat toisin.",
            "Planen {plan} avtalade {days_a_week} dagar i veckan; {periods} blev annorlunda.",
            "The plan of {plan} agreed {days_a_week} days a week; {periods} went otherwise.",
        ],
    }
}

/// A week's recorded work-activity days: how many, and their minutes together.
#[derive(Clone, Copy, Default)]
struct Week {
    days: u32,
    minutes: u32,
}

impl Check<'_> {
    /// The weeks of the enrolment after a plan with a dose, against that dose.
    pub(super) fn dose(&mut self, enrolment: &Enrolment, events: &EventIndex, base: &JsonPointer) {
        let mut doses: Vec<(NaiveDate, Dose)> = enrolment
            .events
            .iter()
            .filter_map(|event| match event {
                Event::Plan {
                    date,
                    dose: Some(dose),
                    ..
                } => Some((*date, *dose)),
                _ => None,
            })
            .collect();
        if doses.is_empty() {
            return;
        }
        doses.sort_by_key(|(date, _)| *date);
        // Whole weeks from the first dose's to the last before today or the end.
        let yesterday = self.as_of.pred_opt().unwrap_or(self.as_of);
        let last_day = enrolment.end.map_or(yesterday, |end| end.min(yesterday));
        let first_day = doses[0].0.max(enrolment.start);
        let week_of = |day| index_of(Period::IsoWeek, day);
        let whole = |day: NaiveDate, start: bool| {
            let span = PeriodSpan::containing_index(Period::IsoWeek, week_of(day));
            if start {
                span.first_day() == day
            } else {
                span.last_day() == Some(day)
            }
        };
        let first = week_of(first_day) + i64::from(!whole(first_day, true));
        let last = week_of(last_day) - i64::from(!whole(last_day, false));
        if last < first {
            return;
        }
        let mut weeks = vec![Week::default(); usize::try_from(last - first + 1).unwrap_or(0)];
        let mut counted_day = None;
        for event in events.events_between(
            &enrolment.events,
            EventKind::WorkActivityDay,
            enrolment.start,
            enrolment.end,
        ) {
            let Some(week) = usize::try_from(index_of(Period::IsoWeek, event.date()) - first)
                .ok()
                .and_then(|offset| weeks.get_mut(offset))
            else {
                continue;
            };
            if counted_day != Some(event.date()) {
                week.days += 1;
            }
            counted_day = Some(event.date());
            week.minutes = week.minutes.saturating_add(event.minutes().unwrap_or(0));
        }
        let away = Away::of(enrolment, events, self.as_of);
        // The run of differing weeks under one dose: its plan, first and last week.
        let mut run: Option<(NaiveDate, Dose, i64, i64)> = None;
        let mut findings = Vec::new();
        for (offset, week) in weeks.iter().enumerate() {
            let index = first + offset as i64;
            let span = PeriodSpan::containing_index(Period::IsoWeek, index);
            let monday = span.first_day();
            let sunday = span.last_day().unwrap_or(monday);
            let in_force = doses.partition_point(|(date, _)| *date <= monday);
            let Some(&(plan, dose)) = in_force.checked_sub(1).and_then(|i| doses.get(i)) else {
                continue;
            };
            let explained = away.days_within(monday, sunday) > 0;
            let differs = !explained && differs(*week, dose);
            match (&mut run, differs) {
                (Some((run_plan, _, _, end)), true) if *run_plan == plan => *end = index,
                (_, true) => {
                    findings.extend(run.take());
                    run = Some((plan, dose, index, index));
                }
                (_, false) => findings.extend(run.take()),
            }
        }
        findings.extend(run);
        let in_a_row = crate::figure::defaults::DOSE_WEEKS_IN_A_ROW.value();
        for (plan, dose, from, to) in findings {
            let count = u32::try_from(to - from + 1).unwrap_or(u32::MAX);
            if count < in_a_row {
                continue;
            }
            let plan_index = enrolment
                .events
                .iter()
                .position(|event| matches!(event, Event::Plan { date, dose: Some(_), .. } if *date == plan))
                .unwrap_or(0);
            self.push(
                DoseNotFollowed {
                    plan,
                    days_a_week: dose.days_a_week,
                    periods: ParamValue::Periods {
                        per: Period::IsoWeek,
                        first: PeriodSpan::containing_index(Period::IsoWeek, from).first_day(),
                        last: PeriodSpan::containing_index(Period::IsoWeek, to)
                            .last_day()
                            .unwrap_or(NaiveDate::MAX),
                        count,
                    },
                }
                .at(base.clone().field("events").index(plan_index).field("dose")),
            );
        }
    }
}

/// Whether a week's days differ from the dose: in number, or in the mean length of a
/// day by an hour or more.
fn differs(week: Week, dose: Dose) -> bool {
    if week.days != dose.days_a_week {
        return true;
    }
    match (dose.minutes_a_day, week.days) {
        (Some(agreed), days) if days > 0 => {
            (week.minutes / days).abs_diff(agreed)
                >= crate::figure::defaults::DOSE_MINUTES_OFF.value()
        }
        _ => false,
    }
}
