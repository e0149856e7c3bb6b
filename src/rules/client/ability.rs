//! Partial work ability: an assessment in the past, a cause for confirmed limitations, no
//! cause or domain listed twice.

use chrono::NaiveDate;

use crate::ability::AssessmentStatus;
use crate::client::Client;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::Report;
use crate::rules::param::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::source::{CLIENT_SITUATION, RECORD};

rules! {
    /// The work-ability assessment is dated after the date of validation.
    CLIENT_ASSESSMENT_IN_FUTURE => AssessmentInFuture {
        code: "client.assessment_in_future",
        severity: Error because "structural: the record cannot hold what has not happened",
        source: RECORD,
        parameters: [],
        params: { date: NaiveDate, as_of: NaiveDate },
        title: [
            "Työkyvyn arvio päivätty tarkastelupäivän jälkeen",
            "Bedömningen av arbetsförmågan daterad efter granskningsdagen",
            "Work-ability assessment dated after the date of validation",
        ],
        message: [
            "Työkyvyn arvioinnin päivämäärä {date} on tarkastelupäivän {as_of} jälkeen.",
            "Datumet {date} för bedömningen av arbetsförmågan är efter granskningsdagen {as_of}.",
            "The work-ability assessment date {date} is after the date of validation {as_of}.",
        ],
    }

    /// The same cause is listed twice.
    CLIENT_DUPLICATE_CAUSE => DuplicateCause {
        code: "client.duplicate_cause",
        severity: Warning because "the record looks careless: a person should look",
        source: CLIENT_SITUATION,
        parameters: [],
        params: {},
        title: ["Sama syy kahdesti", "Samma orsak två gånger", "Cause listed twice"],
        message: [
            "Sama osatyökykyisyyden syy on kirjattu kahdesti.",
            "Samma orsak till den partiella arbetsförmågan är registrerad två gånger.",
            "The same cause of partial work ability is listed twice.",
        ],
    }

    /// The same functional domain is listed twice.
    CLIENT_DUPLICATE_DOMAIN => DuplicateDomain {
        code: "client.duplicate_domain",
        severity: Warning because "the record looks careless: a person should look",
        source: CLIENT_SITUATION,
        parameters: [],
        params: { domain: ParamValue },
        title: [
            "Sama toimintakyvyn osa-alue kahdesti",
            "Samma funktionsområde två gånger",
            "Functional domain listed twice",
        ],
        message: [
            "Toimintakyvyn osa-alue {domain} on kirjattu kahdesti.",
            "Funktionsområdet {domain} är registrerat två gånger.",
            "The functional domain {domain} is listed twice.",
        ],
    }

    /// Limitations are confirmed but no cause is recorded.
    CLIENT_CONFIRMED_WITHOUT_CAUSE => ConfirmedWithoutCause {
        code: "client.confirmed_without_cause",
        severity: Warning because "the record looks incomplete: partial work ability is tied to its cause",
        source: CLIENT_SITUATION,
        parameters: [],
        params: { date: NaiveDate },
        title: [
            "Rajoitteet todettu ilman syytä",
            "Begränsningar fastställda utan orsak",
            "Limitations confirmed without a cause",
        ],
        message: [
            "Työkyvyn rajoitteet on todettu {date}, mutta yhtään osatyökykyisyyden syytä ei ole kirjattu.",
            "Begränsningar i arbetsförmågan fastställdes {date}, men ingen orsak är registrerad.",
            "Work-ability limitations were confirmed on {date}, but no cause is recorded.",
        ],
    }
}

pub(super) fn check(client: &Client, as_of: NaiveDate, report: &mut Report) {
    let Some(ability) = &client.partial_work_ability else {
        return;
    };
    let base = || JsonPointer::root().field("partial_work_ability");
    let assessment = &ability.assessment;
    if let (Some(date), Some(field)) = (assessment.date(), assessment.date_field())
        && date > as_of
    {
        report.push(AssessmentInFuture { date, as_of }.at(base().field("assessment").field(field)));
    }
    if let AssessmentStatus::Confirmed { on } = assessment
        && ability.causes.is_empty()
    {
        report.push(ConfirmedWithoutCause { date: *on }.at(base().field("causes")));
    }
    for index in repeats(&ability.causes) {
        report.push(DuplicateCause {}.at(base().field("causes").index(index)));
    }
    for index in repeats(&ability.limited_domains) {
        let domain = ParamValue::term(ability.limited_domains[index]);
        report.push(DuplicateDomain { domain }.at(base().field("limited_domains").index(index)));
    }
}

/// The index of every item equal to an earlier one.
fn repeats<T: Eq + std::hash::Hash>(items: &[T]) -> Vec<usize> {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| (!seen.insert(item)).then_some(index))
        .collect()
}
