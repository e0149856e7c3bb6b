//! Unemployment spells: in the past, after birth, not overlapping.

use chrono::NaiveDate;

use crate::client::Client;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::Report;
use crate::rules::pointer::JsonPointer;
use crate::source::RECORD;

rules! {
    /// An unemployment spell starts after the date of validation.
    CLIENT_SPELL_IN_FUTURE => SpellInFuture {
        code: "client.spell_in_future",
        severity: Error because "structural: the record cannot hold what has not happened",
        source: RECORD,
        parameters: [],
        params: { start: NaiveDate, as_of: NaiveDate },
        title: [
            "Työttömyysjakso alkaa tarkastelupäivän jälkeen",
            "Arbetslöshetsperioden börjar efter granskningsdagen",
            "Unemployment spell starts after the date of validation",
        ],
        message: [
            "Työttömyysjakso alkaa {start}, tarkastelupäivän {as_of} jälkeen.",
            "Arbetslöshetsperioden börjar {start}, efter granskningsdagen {as_of}.",
            "The unemployment spell starts on {start}, after the date of validation {as_of}.",
        ],
    }

    /// An unemployment spell starts before the client's birth.
    CLIENT_SPELL_BEFORE_BIRTH => SpellBeforeBirth {
        code: "client.spell_before_birth",
        severity: Error because "structural: nothing happens to a client before birth",
        source: RECORD,
        parameters: [],
        params: { start: NaiveDate, birth_date: NaiveDate },
        title: [
            "Työttömyysjakso alkaa ennen syntymää",
            "Arbetslöshetsperioden börjar före födseln",
            "Unemployment spell starts before birth",
        ],
        message: [
            "Työttömyysjakso alkaa {start}, ennen syntymäaikaa {birth_date}.",
            "Arbetslöshetsperioden börjar {start}, före födelsedatumet {birth_date}.",
            "The unemployment spell starts on {start}, before the birth date {birth_date}.",
        ],
    }

    /// Two unemployment spells share days.
    CLIENT_SPELLS_OVERLAP => SpellsOverlap {
        code: "client.spells_overlap",
        severity: Error because "structural: a person is in one unemployment spell at a time",
        source: RECORD,
        parameters: [],
        params: { start: NaiveDate, other_start: NaiveDate },
        title: [
            "Päällekkäiset työttömyysjaksot",
            "Överlappande arbetslöshetsperioder",
            "Overlapping unemployment spells",
        ],
        message: [
            "Työttömyysjakso, joka alkaa {start}, on päällekkäin {other_start} alkaneen työttömyysjakson kanssa.",
            "Arbetslöshetsperioden som börjar {start} överlappar den period som började {other_start}.",
            "The unemployment spell starting on {start} overlaps the spell that began on {other_start}.",
        ],
    }
}

pub(super) fn check(client: &Client, as_of: NaiveDate, report: &mut Report) {
    let spells = || JsonPointer::root().field("unemployment_spells");
    let birth_date = client.birth_date();
    for (index, spell) in client.unemployment_spells.iter().enumerate() {
        let start = || spells().index(index).field("start");
        if spell.start() > as_of {
            report.push(
                SpellInFuture {
                    start: spell.start(),
                    as_of,
                }
                .at(start()),
            );
        }
        if let Some(birth_date) = birth_date
            && spell.start() < birth_date
        {
            report.push(
                SpellBeforeBirth {
                    start: spell.start(),
                    birth_date,
                }
                .at(start()),
            );
        }
    }
    // Sweep in start order: a spell overlaps an earlier-starting one exactly when it
    // starts no later than the latest end seen so far. O(n log n) on any input.
    let mut order: Vec<usize> = (0..client.unemployment_spells.len()).collect();
    order.sort_by_key(|&index| (client.unemployment_spells[index].start(), index));
    let mut reach: Option<(Option<NaiveDate>, usize)> = None;
    let mut overlaps: Vec<(usize, usize)> = Vec::new();
    for &index in &order {
        let spell = &client.unemployment_spells[index];
        if let Some((end, other)) = reach {
            if end.is_none_or(|end| spell.start() <= end) {
                overlaps.push((index, other));
            }
            let extends = match (end, spell.end()) {
                (None, _) => false,
                (Some(_), None) => true,
                (Some(current), Some(new)) => new > current,
            };
            if extends {
                reach = Some((spell.end(), index));
            }
        } else {
            reach = Some((spell.end(), index));
        }
    }
    overlaps.sort_unstable();
    for (index, other) in overlaps {
        report.push(
            SpellsOverlap {
                start: client.unemployment_spells[index].start(),
                other_start: client.unemployment_spells[other].start(),
            }
            .at(spells().index(index)),
        );
    }
}
