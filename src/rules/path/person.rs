//! The law's limits on a person, over all the person's enrolments of the service.
//!
//! Law 189/2001 §13(2) limits the *person*: "Varje period ska personen delta i
//! arbetsverksamheten i rehabiliteringssyfte i minst fyra timmar per dag under minst en och
//! högst fyra dagar per kalendervecka" (as amended by 142/2015), in periods of 3–24
//! months at a time. A person in two units' rehabilitative work activity is one person:
//! the days of a calendar week count together, and a period that goes on in another
//! enrolment without a new plan is one period.

use chrono::NaiveDate;

use super::{Check, last_day};
use crate::calendar::add_months;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::{Event, EventKind};
use crate::service::record::period::{Period, PeriodSpan, index_of};
use crate::service::spec::amount::Amount;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::source::KTT_PARTICIPATION;

rules! {
    /// The days of a calendar week in two or more enrolments together exceed the law's
    /// most days a week for the person.
    PATH_PERSON_DAYS_EXCEEDED => PersonDaysExceeded {
        code: "path.person_days_exceeded",
        severity: Error because "breaks the law: the most days a calendar week limit the person, whatever unit arranges them",
        source: KTT_PARTICIPATION,
        parameters: [CADENCE_MAX_COUNT],
        params: { periods: ParamValue, days: u32, max: u32, enrolments: ParamValue },
        title: [
            "Liian monta päivää viikossa palvelujaksoissa yhteensä",
            "För många dagar i veckan i inskrivningarna sammanlagt",
            "Too many days a week across enrolments",
        ],
        message: [
            "{periods}: {days} päivää viikossa palvelujaksoissa {enrolments} yhteensä; laki sallii henkilölle enintään {max}.",
            "{periods}: {days} dagar i veckan i inskrivningarna {enrolments} sammanlagt; lagen tillåter högst {max} för personen.",
            "{periods}: {days} days a week in the enrolments {enrolments} together; the law allows the person at most {max}.",
        ],
    }

    /// A period that goes on in a following enrolment without a new plan is longer
    /// together than the law's longest period.
    PATH_PERSON_PERIOD_TOO_LONG => PersonPeriodTooLong {
        code: "path.person_period_too_long",
        severity: Error because "breaks the law: a period lasts at most 24 months at a time before a plan agrees a new one",
        source: KTT_PARTICIPATION,
        parameters: [LENGTH_MAX_MONTHS],
        params: { start: NaiveDate, max_months: u32, latest_end: NaiveDate, enrolments: ParamValue },
        title: [
            "Jakso liian pitkä palvelujaksoissa yhteensä",
            "Perioden för lång i inskrivningarna sammanlagt",
            "Period too long across enrolments",
        ],
        message: [
            "{start} alkanut jakso jatkuu palvelujaksoissa {enrolments} ilman uutta suunnitelmaa; enintään {max_months} kuukautta eli {latest_end} asti.",
            "Perioden som började {start} fortsätter i inskrivningarna {enrolments} utan en ny plan; högst {max_months} månader, till {latest_end}.",
            "The period that began on {start} goes on in the enrolments {enrolments} without a new plan; at most {max_months} months, to {latest_end}.",
        ],
    }
}

/// An enrolment under a law's limits: its index, and the cadence and length of its
/// model that read the law's figures.
struct Limited<'s> {
    index: usize,
    days_a_week: Option<Amount>,
    spec: &'s ServiceModelSpec,
}

impl Check<'_> {
    /// The law's limits on the person over the enrolments whose models read them.
    pub(super) fn person_limits(&mut self) {
        let limited: Vec<Limited<'_>> = self
            .path
            .enrolments
            .iter()
            .enumerate()
            .filter_map(|(index, enrolment)| {
                let spec = self.models.get(&enrolment.model)?;
                let days_a_week = spec
                    .phases
                    .iter()
                    .flat_map(|phase| &phase.cadence)
                    .find(|c| c.event == EventKind::WorkActivityDay && c.per == Period::IsoWeek)
                    .and_then(|c| c.max_count)
                    .filter(|max| max.figure().is_some());
                Some(Limited {
                    index,
                    days_a_week,
                    spec,
                })
            })
            .filter(|limited| limited.days_a_week.is_some() || law_length(limited.spec).is_some())
            .collect();
        if limited.len() <= 1 {
            return;
        }
        self.person_days(&limited);
        self.person_period(&limited);
    }

    /// The days of each calendar week over the enrolments together. O(D log D) in the
    /// days recorded.
    fn person_days(&mut self, limited: &[Limited<'_>]) {
        let mut days: Vec<(NaiveDate, usize, Amount)> = Vec::new();
        for entry in limited {
            let Some(max) = entry.days_a_week else {
                continue;
            };
            for event in &self.path.enrolments[entry.index].events {
                if let Event::WorkActivityDay { date, .. } = event {
                    days.push((*date, entry.index, max));
                }
            }
        }
        days.sort_unstable_by_key(|(date, index, _)| (*date, *index));
        // Weeks over the limit in a row with the same count and enrolments: one finding.
        let mut runs: Vec<(i64, i64, u32, u32, Vec<usize>)> = Vec::new();
        let mut week_start = 0;
        while week_start < days.len() {
            let week = index_of(Period::IsoWeek, days[week_start].0);
            let week_end = week_start
                + days[week_start..]
                    .iter()
                    .take_while(|(date, ..)| index_of(Period::IsoWeek, *date) == week)
                    .count();
            let this_week = &days[week_start..week_end];
            week_start = week_end;
            let mut enrolments: Vec<usize> = this_week.iter().map(|(_, i, _)| *i).collect();
            enrolments.dedup();
            enrolments.sort_unstable();
            enrolments.dedup();
            if enrolments.len() <= 1 {
                // One enrolment's week is its own cadence's to judge.
                continue;
            }
            let mut dates: Vec<NaiveDate> = this_week.iter().map(|(d, ..)| *d).collect();
            dates.dedup();
            let span = PeriodSpan::containing_index(Period::IsoWeek, week);
            let limit = this_week[0].2;
            let Some(max) = limit
                .on(span.first_day())
                .filter(|_| limit.is_law_on(span.first_day()))
            else {
                continue;
            };
            let count = u32::try_from(dates.len()).unwrap_or(u32::MAX);
            if count <= max {
                continue;
            }
            match runs.last_mut() {
                Some((_, last, days, limit, with))
                    if *last + 1 == week
                        && *days == count
                        && *limit == max
                        && *with == enrolments =>
                {
                    *last = week;
                }
                _ => runs.push((week, week, count, max, enrolments)),
            }
        }
        for (first, last, days, max, with) in runs {
            let enrolments = self.enrolments_named(&with);
            let at = *with.last().unwrap_or(&0);
            self.push(
                PersonDaysExceeded {
                    periods: ParamValue::Periods {
                        per: Period::IsoWeek,
                        first: PeriodSpan::containing_index(Period::IsoWeek, first).first_day(),
                        last: PeriodSpan::containing_index(Period::IsoWeek, last)
                            .last_day()
                            .unwrap_or(NaiveDate::MAX),
                        count: u32::try_from(last - first + 1).unwrap_or(u32::MAX),
                    },
                    days,
                    max,
                    enrolments,
                }
                .at(JsonPointer::root().field("enrolments").index(at)),
            );
        }
    }

    /// Enrolments by their model's name and first day, e.g. "Kuntouttava työtoiminta
    /// (8.1.2024)".
    fn enrolments_named(&self, indices: &[usize]) -> ParamValue {
        let items = indices
            .iter()
            .filter_map(|&i| self.path.enrolments.get(i))
            .map(|enrolment| {
                let name = match self.models.get(&enrolment.model) {
                    Some(spec) => spec.name.clone(),
                    None => crate::i18n::LocalizedText::new(
                        enrolment.model.as_str().to_owned(),
                        enrolment.model.as_str().to_owned(),
                        enrolment.model.as_str().to_owned(),
                    ),
                };
                let day = enrolment.start;
                let local = format!(
                    "{}.{}.{}",
                    chrono::Datelike::day(&day),
                    chrono::Datelike::month(&day),
                    chrono::Datelike::year(&day)
                );
                let text = crate::i18n::LocalizedText::new(
                    format!("{} ({local})", name.fi),
                    format!("{} ({local})", name.sv),
                    format!("{} ({day})", name.en),
                );
                ParamValue::name(enrolment.model.clone(), &text)
            })
            .collect();
        ParamValue::List { items }
    }

    /// Enrolments that follow one another without a day between, the later one with no
    /// plan of its own made after the earlier began: one period, judged by the law's
    /// longest period on its first day.
    fn person_period(&mut self, limited: &[Limited<'_>]) {
        let mut order: Vec<&Limited<'_>> = limited
            .iter()
            .filter(|entry| law_length(entry.spec).is_some())
            .collect();
        order.sort_by_key(|entry| (self.path.enrolments[entry.index].start, entry.index));
        let mut chain: Vec<usize> = Vec::new();
        for entry in order {
            let enrolment = &self.path.enrolments[entry.index];
            let continues = chain.last().is_some_and(|&previous| {
                let before = &self.path.enrolments[previous];
                let first = &self.path.enrolments[chain[0]];
                let joined = before
                    .end
                    .is_none_or(|end| enrolment.start <= end.succ_opt().unwrap_or(end));
                joined && !self.new_plan_between(first.start, enrolment.start)
            });
            if !continues {
                self.chain_length(&chain);
                chain.clear();
            }
            chain.push(entry.index);
        }
        self.chain_length(&chain);
    }

    /// Whether a plan of any enrolment was made after `after` and on or before `start`.
    fn new_plan_between(&self, after: NaiveDate, start: NaiveDate) -> bool {
        after
            .succ_opt()
            .is_some_and(|first| self.plans.any_between(first, start))
    }

    /// A chain of two or more enrolments against the longest period on its first day.
    fn chain_length(&mut self, chain: &[usize]) {
        if chain.len() <= 1 {
            return;
        }
        let first = &self.path.enrolments[chain[0]];
        let Some(spec) = self.models.get(&first.model) else {
            return;
        };
        let Some(max_months) = law_length(spec)
            .filter(|max| max.is_law_on(first.start))
            .and_then(|max| max.on(first.start))
        else {
            return;
        };
        let end = chain
            .iter()
            .map(|&i| last_day(self.path.enrolments[i].end, self.as_of))
            .max()
            .unwrap_or(first.start);
        let Some(limit) = add_months(first.start, max_months) else {
            return;
        };
        if end < limit {
            return;
        }
        let enrolments = self.enrolments_named(chain);
        let last = *chain.last().unwrap_or(&0);
        let finding = PersonPeriodTooLong {
            start: first.start,
            max_months,
            latest_end: limit.pred_opt().unwrap_or(limit),
            enrolments,
        }
        .at(JsonPointer::root().field("enrolments").index(last));
        self.push(finding);
    }
}

/// A model's longest phase when it is a law's figure.
fn law_length(spec: &ServiceModelSpec) -> Option<Amount> {
    spec.phases
        .iter()
        .filter_map(|phase| phase.length)
        .map(|length| length.max_months)
        .find(|max| max.figure().is_some())
}
