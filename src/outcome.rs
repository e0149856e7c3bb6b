//! Cohort outcome reports: the figures programmes publish, computed from raw client data.
//!
//! *Hyvinvointia ja työkykyä edistämässä* publishes, for 270+ clients: self-rated work ability
//! 0–10 rising from 6.8 to 7.3 (mean), and the shares who felt their psychological (45 %),
//! physical (38 %) and social (37 %) functional capacity improved. [`CohortReport`]
//! computes the same table from measurements and closures:
//!
//! - work ability: each client's baseline and follow-up 0–10 rating (a WAS, WAI item 1 or
//!   the Kykyviisari work-ability item); means rounded to one decimal;
//! - *felt* improvement: each client's last perceived change (the source's "koki …
//!   parantuneen" is a retrospective self-report), by domain — the published table;
//! - *measured* functional capacity, kept apart: baseline and follow-up Kykyviisari;
//!   psychological is *mental wellbeing*, physical is *physical functioning*, social is
//!   *social inclusion* (a documented mapping: the source's survey questions are not
//!   public); improved means at least [`minimal_steps`](crate::instrument::kykyviisari::DeclaredScale::minimal_steps) of the declared
//!   scale up ([`MinimalChange::kykyviisari_area_share`]);
//! - outcomes at closure by [`Outcome`], and positive transitions (work, education or
//!   another service, *OsKu – Osallisuutta kuntoutuksesta*).
//!
//! One definition of *assessed* holds for every measured domain: a client is assessed when
//! they have a **baseline and a follow-up on a later day** that can be compared (for
//! Kykyviisari, on the same declared scale). **Ties**: measurements on one day keep the
//! document's order, so the baseline is the first recorded on the earliest day and the
//! follow-up the last recorded on the latest day; two ratings on one day alone are no pair.
//! Every summary counts the clients it leaves out, and why, so the shares can be read
//! against the whole cohort. Shares are whole percents, rounded half up, with the counts
//! beside them.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ability::FunctionalDomain;
use crate::format::SchemaVersion;
use crate::i18n::Vocabulary;
use crate::instrument::InstrumentResult;
use crate::instrument::change::{Direction, MinimalChange};
use crate::instrument::kykyviisari::{KykyviisariArea, KykyviisariResult};
use crate::instrument::perceived::PerceivedDomain;
use crate::service::record::path::PositiveTransitions;
use crate::service::record::path::{Outcome, ServicePath};

/// Mean 0–10 work ability at the start and at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct WorkAbilitySummary {
    /// Clients assessed: a baseline and a follow-up rating on a later day.
    pub paired: usize,
    /// Clients left out: no rating, or ratings on one day only.
    pub not_paired: usize,
    /// Mean of the first ratings, rounded to one decimal; `None` without pairs.
    pub mean_start: Option<f64>,
    /// Mean of the last ratings, rounded to one decimal; `None` without pairs.
    pub mean_end: Option<f64>,
    /// Clients whose rating rose by the minimal change or more.
    pub improved: usize,
    /// Clients whose rating moved less than the minimal change.
    pub unchanged: usize,
    /// Clients whose rating fell by the minimal change or more.
    pub worsened: usize,
}

/// The share of clients whose capacity in one domain improved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DomainSummary {
    /// The domain.
    pub domain: FunctionalDomain,
    /// Clients assessed: a baseline and a follow-up Kykyviisari on a later day, on one
    /// declared scale.
    pub assessed: usize,
    /// Clients left out: no Kykyviisari, or administrations on one day only.
    pub not_paired: usize,
    /// Clients left out: baseline and follow-up on different declared scales.
    pub different_scales: usize,
    /// Of them, clients who improved.
    pub improved: usize,
    /// `improved / assessed` as a whole percent, rounded half up; `None` if none assessed.
    pub percent_improved: Option<u32>,
}

/// The share of clients who *felt* a domain improved, from their perceived change at the
/// end (the way *Hyvinvointia ja työkykyä edistämässä* reports "koki … parantuneen").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PerceivedSummary {
    /// The domain.
    pub domain: PerceivedDomain,
    /// Clients who answered for the domain (their last perceived change).
    pub answered: usize,
    /// Clients left out: no perceived change, or none for this domain.
    pub not_answered: usize,
    /// Of them, clients who felt it improved.
    pub improved: usize,
    /// `improved / answered` as a whole percent, rounded half up; `None` if none answered.
    pub percent_improved: Option<u32>,
}

/// How many paths closed with an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OutcomeCount {
    /// The outcome.
    pub outcome: Outcome,
    /// How many paths.
    pub count: usize,
}

/// The outcome table of a cohort of service paths.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CohortReport {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// Number of clients (paths).
    pub clients: usize,
    /// Work ability 0–10 at start and end.
    pub work_ability: WorkAbilitySummary,
    /// Measured improvement by functional capacity domain (psychological, physical,
    /// social), from two comparable Kykyviisari administrations.
    pub functional_capacity: Vec<DomainSummary>,
    /// Perceived improvement by domain, from the clients' own retrospective answers: kept
    /// apart from the measured change.
    pub perceived: Vec<PerceivedSummary>,
    /// Closed paths by outcome, every outcome listed.
    pub outcomes: Vec<OutcomeCount>,
    /// Paths still open.
    pub open: usize,
    /// Closed paths with a positive transition.
    pub positive_transitions: usize,
}

/// The domains the source reports, with the Kykyviisari area that measures each.
const DOMAINS: [(FunctionalDomain, KykyviisariArea); 3] = [
    (
        FunctionalDomain::Psychological,
        KykyviisariArea::MentalWellbeing,
    ),
    (
        FunctionalDomain::Physical,
        KykyviisariArea::PhysicalFunctioning,
    ),
    (FunctionalDomain::Social, KykyviisariArea::SocialInclusion),
];

/// `part / whole` as a whole percent, rounded half up; `None` when `whole` is 0.
pub(crate) fn percent(part: usize, whole: usize) -> Option<u32> {
    // Half up: (200·part + whole) / (2·whole).
    (whole > 0).then(|| u32::try_from((200 * part + whole) / (2 * whole)).unwrap_or(u32::MAX))
}

fn mean_one_decimal(sum: u64, count: usize) -> Option<f64> {
    let count = u64::try_from(count).ok().filter(|c| *c > 0)?;
    // Tenths, half up, in integers: exact for any realistic cohort.
    let tenths = (20 * sum + count) / (2 * count);
    Some(tenths as f64 / 10.0)
}

/// Measurements of a path by date, across enrolments.
fn results(path: &ServicePath) -> Vec<(NaiveDate, &InstrumentResult)> {
    let mut all: Vec<(NaiveDate, &InstrumentResult)> = path
        .enrolments
        .iter()
        .flat_map(|enrolment| enrolment.measurements.iter().map(|m| (m.date, &m.result)))
        .collect();
    all.sort_by_key(|(date, _)| *date);
    all
}

/// The baseline and the follow-up of values in date order (document order within a day):
/// the first of the earliest day and the last of the latest day; `None` unless the
/// follow-up falls on a later day.
fn baseline_and_follow_up<T: Copy>(dated: &[(NaiveDate, T)]) -> Option<(T, T)> {
    let (first, last) = (dated.first()?, dated.last()?);
    (last.0 > first.0).then_some((first.1, last.1))
}

/// # Example
///
/// ```
/// use tyokyky::outcome::CohortReport;
/// use tyokyky::service::build::sample;
///
/// // The cohort the good-practice description reports on, computed from its paths.
/// let report = CohortReport::of(&sample::seed_001_cohort());
/// assert_eq!(report.clients, sample::seed_001_cohort().len());
/// assert!(report.work_ability.paired > 0);
/// ```
impl CohortReport {
    /// The report of `paths` with the default minimal changes.
    pub fn of(paths: &[ServicePath]) -> Self {
        CohortReport::with(paths, &MinimalChange::default())
    }

    /// The report of `paths` with the given minimal changes and the default positive
    /// transitions.
    pub fn with(paths: &[ServicePath], minimal: &MinimalChange) -> Self {
        CohortReport::with_transitions(paths, minimal, &PositiveTransitions::default())
    }

    /// The report of `paths` with the given minimal changes and the outcomes that count as
    /// positive transitions.
    pub fn with_transitions(
        paths: &[ServicePath],
        minimal: &MinimalChange,
        positive_transitions: &PositiveTransitions,
    ) -> Self {
        let mut work = WorkAbilitySummary {
            paired: 0,
            not_paired: 0,
            mean_start: None,
            mean_end: None,
            improved: 0,
            unchanged: 0,
            worsened: 0,
        };
        let (mut sum_start, mut sum_end) = (0u64, 0u64);
        let mut domains: Vec<DomainSummary> = DOMAINS
            .iter()
            .map(|(domain, _)| DomainSummary {
                domain: *domain,
                assessed: 0,
                not_paired: 0,
                different_scales: 0,
                improved: 0,
                percent_improved: None,
            })
            .collect();
        let mut outcomes: Vec<OutcomeCount> = Outcome::ALL
            .iter()
            .map(|outcome| OutcomeCount {
                outcome: *outcome,
                count: 0,
            })
            .collect();
        let mut perceived: Vec<PerceivedSummary> = PerceivedDomain::ALL
            .iter()
            .map(|domain| PerceivedSummary {
                domain: *domain,
                answered: 0,
                not_answered: 0,
                improved: 0,
                percent_improved: None,
            })
            .collect();
        let (mut open, mut positive) = (0, 0);

        for path in paths {
            let results = results(path);
            let ratings: Vec<(NaiveDate, u8)> = results
                .iter()
                .filter_map(|(date, r)| r.work_ability().map(|w| (*date, w.repr())))
                .collect();
            match baseline_and_follow_up(&ratings) {
                Some((start, end)) => {
                    work.paired += 1;
                    sum_start += u64::from(start);
                    sum_end += u64::from(end);
                    match Direction::of(f64::from(start), f64::from(end), minimal.was) {
                        Direction::Improved => work.improved += 1,
                        Direction::Unchanged => work.unchanged += 1,
                        Direction::Worsened => work.worsened += 1,
                    }
                }
                None => work.not_paired += 1,
            }
            let kyky: Vec<(NaiveDate, &KykyviisariResult)> = results
                .iter()
                .filter_map(|(date, r)| match r {
                    InstrumentResult::Kykyviisari { result } => Some((*date, result)),
                    _ => None,
                })
                .collect();
            match baseline_and_follow_up(&kyky) {
                None => domains.iter_mut().for_each(|d| d.not_paired += 1),
                Some((first, last)) => match first.change_to(last) {
                    Err(_) => domains.iter_mut().for_each(|d| d.different_scales += 1),
                    Ok(changes) => {
                        let steps = first.scale().minimal_steps(minimal.kykyviisari_area_share);
                        for (summary, (_, area)) in domains.iter_mut().zip(DOMAINS) {
                            summary.assessed += 1;
                            let delta = changes
                                .iter()
                                .find(|c| c.area == area)
                                .map_or(0, |c| c.delta);
                            if delta >= steps {
                                summary.improved += 1;
                            }
                        }
                    }
                },
            }
            // The last perceived change counts (measurements are in date order; on one day
            // the later one in the document).
            let last_perceived = results.iter().rev().find_map(|(_, r)| match r {
                InstrumentResult::PerceivedChange { perceived } => Some(perceived),
                _ => None,
            });
            for summary in &mut perceived {
                match last_perceived.and_then(|answers| answers.of(summary.domain)) {
                    Some(change) => {
                        summary.answered += 1;
                        if change == Direction::Improved {
                            summary.improved += 1;
                        }
                    }
                    None => summary.not_answered += 1,
                }
            }
            match &path.closure {
                None => open += 1,
                Some(closure) => {
                    if let Some(count) = outcomes.iter_mut().find(|c| c.outcome == closure.outcome)
                    {
                        count.count += 1;
                    }
                    if positive_transitions.contains(closure.outcome) {
                        positive += 1;
                    }
                }
            }
        }
        work.mean_start = mean_one_decimal(sum_start, work.paired);
        work.mean_end = mean_one_decimal(sum_end, work.paired);
        for summary in &mut domains {
            summary.percent_improved = percent(summary.improved, summary.assessed);
        }
        for summary in &mut perceived {
            summary.percent_improved = percent(summary.improved, summary.answered);
        }
        CohortReport {
            schema_version: SchemaVersion::CURRENT,
            clients: paths.len(),
            work_ability: work,
            functional_capacity: domains,
            perceived,
            outcomes,
            open,
            positive_transitions: positive,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_and_means_round_half_up() {
        assert_eq!(percent(1, 8), Some(13)); // 12.5 → 13
        assert_eq!(percent(45, 100), Some(45));
        assert_eq!(percent(0, 0), None);
        assert_eq!(mean_one_decimal(68, 10), Some(6.8));
        assert_eq!(mean_one_decimal(685, 100), Some(6.9)); // 6.85 → 6.9
        assert_eq!(mean_one_decimal(5, 0), None);
    }

    #[test]
    fn an_empty_cohort_has_no_figures() {
        let report = CohortReport::of(&[]);
        assert_eq!(report.clients, 0);
        assert_eq!(report.work_ability.mean_start, None);
        assert!(
            report
                .functional_capacity
                .iter()
                .all(|d| d.percent_improved.is_none())
        );
        assert_eq!(report.outcomes.len(), Outcome::ALL.len());
    }
}
