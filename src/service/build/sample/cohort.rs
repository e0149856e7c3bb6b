//! The synthetic cohort of *Hyvinvointia ja työkykyä edistämässä*.

use chrono::NaiveDate;

use super::mapping_and_coaching;
use crate::calendar::plus_days;
use crate::client::ClientId;
use crate::instrument::InstrumentResult;
use crate::instrument::change::Direction;
use crate::instrument::perceived::{PerceivedChange, PerceivedDomain, PerceivedItem};
use crate::instrument::was::WorkAbilityScore;
use crate::service::record::measurement::Measurement;
use crate::service::record::path::{Closure, Outcome, ServicePath};

/// A synthetic, fictitious cohort of 100 clients of the mapping and coaching service
/// whose raw data give the published figures of *Hyvinvointia ja työkykyä edistämässä*:
/// self-rated work ability 0–10 from 6.8 to 7.3 (a Work Ability Score at the start of
/// mapping and at the end of coaching), and 45 % / 38 % / 37 % who *felt* their
/// psychological / physical / social functional capacity improved (a perceived change
/// answered at the end: "koki … parantuneen"; the source names no instrument). Clients
/// start on Mondays through 2023; by `as_of` = 31.12.2024 every path has ended, and nine
/// in ten are closed with an outcome.
///
/// The figures are not stored anywhere: [`crate::outcome::CohortReport`] computes them
/// from the measurements.
pub fn seed_001_cohort() -> Vec<ServicePath> {
    // Ten-client patterns whose means are 6.8 and 7.3.
    const START: [i64; 10] = [5, 6, 7, 8, 8, 5, 6, 7, 8, 8];
    const END: [i64; 10] = [6, 7, 7, 8, 9, 5, 7, 8, 8, 8];
    let as_of = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or(NaiveDate::MIN);
    let first_monday = NaiveDate::from_ymd_opt(2023, 1, 2).unwrap_or(NaiveDate::MIN);
    (0..100usize)
        .map(|i| {
            let start = plus_days(first_monday, 7 * (i as u32 % 40));
            // ASCII letters, digits and '-': a valid id by construction.
            let client = ClientId::from_trusted(format!("cohort-{i:03}"));
            let mut path = mapping_and_coaching(client, start, as_of);
            let enrolment = &mut path.enrolments[0];
            let end = enrolment.end.unwrap_or(as_of);
            let score = |n: i64| WorkAbilityScore::new(n).unwrap_or(WorkAbilityScore::LOWEST);
            // Improvement patterns: 45, 38 and 37 of the 100 clients (7 and 3 are coprime
            // with 100, so each pattern picks exactly that many).
            let up = |improved: bool| i32::from(improved);
            let psychological = up(i < 45);
            let physical = up((7 * i) % 100 < 38);
            let social = up((3 * i + 1) % 100 < 37);
            let felt = |improved: i32| {
                if improved > 0 {
                    Direction::Improved
                } else {
                    Direction::Unchanged
                }
            };
            let answers = PerceivedChange::new(vec![
                PerceivedItem {
                    domain: PerceivedDomain::Psychological,
                    change: felt(psychological),
                },
                PerceivedItem {
                    domain: PerceivedDomain::Physical,
                    change: felt(physical),
                },
                PerceivedItem {
                    domain: PerceivedDomain::Social,
                    change: felt(social),
                },
            ]);
            let (before, after) = (START[i % 10], END[i % 10]);
            enrolment.measurements = vec![
                Measurement {
                    date: start,
                    result: InstrumentResult::Was {
                        score: score(before),
                    },
                },
                Measurement {
                    date: end,
                    result: InstrumentResult::Was {
                        score: score(after),
                    },
                },
                Measurement {
                    date: end,
                    result: InstrumentResult::PerceivedChange { perceived: answers },
                },
            ];
            let outcome = match i % 10 {
                0..=2 => Some(Outcome::OpenMarketJob),
                3 => Some(Outcome::SubsidisedJob),
                4 | 5 => Some(Outcome::Education),
                6 => Some(Outcome::AnotherService),
                7 => Some(Outcome::DroppedOut),
                8 => Some(Outcome::MovedAway),
                _ => None,
            };
            path.closure = outcome.map(|outcome| Closure {
                date: end,
                outcome,
                note: None,
            });
            path
        })
        .collect()
}
