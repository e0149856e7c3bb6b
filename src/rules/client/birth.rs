//! Birth date and identity code: agreeing, known, in the past, of working age.

use chrono::NaiveDate;

use super::ClientRules;
use crate::client::Client;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::Report;
use crate::rules::pointer::JsonPointer;
use crate::source::{CLIENT_SITUATION, IDENTITY_CODE, WORKING_AGE};

rules! {
    /// The birth date disagrees with the identity code.
    CLIENT_BIRTH_DATE_MISMATCH => BirthDateMismatch {
        code: "client.birth_date_mismatch",
        severity: Error because "structural: the identity code holds the birth date",
        source: IDENTITY_CODE,
        parameters: [],
        params: { birth_date: NaiveDate, identity_code_date: NaiveDate },
        title: [
            "Syntymäaika ei vastaa henkilötunnusta",
            "Födelsedatumet stämmer inte med personbeteckningen",
            "Birth date disagrees with the identity code",
        ],
        message: [
            "Syntymäaika {birth_date} ei vastaa henkilötunnuksen syntymäaikaa {identity_code_date}.",
            "Födelsedatumet {birth_date} stämmer inte med personbeteckningens födelsedatum {identity_code_date}.",
            "Birth date {birth_date} disagrees with the identity code's birth date {identity_code_date}.",
        ],
    }

    /// The birth date is after the date of validation.
    CLIENT_BIRTH_DATE_IN_FUTURE => BirthDateInFuture {
        code: "client.birth_date_in_future",
        severity: Error because "structural: a client is born before the record is checked",
        source: CLIENT_SITUATION,
        parameters: [],
        params: { birth_date: NaiveDate, as_of: NaiveDate },
        title: [
            "Syntymäaika on tarkastelupäivän jälkeen",
            "Födelsedatumet är efter granskningsdagen",
            "Birth date after the date of validation",
        ],
        message: [
            "Syntymäaika {birth_date} on tarkastelupäivän {as_of} jälkeen.",
            "Födelsedatumet {birth_date} är efter granskningsdagen {as_of}.",
            "Birth date {birth_date} is after the date of validation {as_of}.",
        ],
    }

    /// Neither a birth date nor an identity code: age rules cannot run.
    CLIENT_BIRTH_DATE_UNKNOWN => BirthDateUnknown {
        code: "client.birth_date_unknown",
        severity: Info because "advice: the age rules need a birth date",
        source: CLIENT_SITUATION,
        parameters: [],
        params: {},
        title: ["Syntymäaika puuttuu", "Födelsedatum saknas", "Birth date unknown"],
        message: [
            "Syntymäaikaa tai henkilötunnusta ei ole kirjattu, joten ikään perustuvia sääntöjä ei tarkisteta.",
            "Varken födelsedatum eller personbeteckning är registrerade, så åldersreglerna kontrolleras inte.",
            "Neither a birth date nor an identity code is recorded, so age rules are not checked.",
        ],
    }

    /// Age outside the working-age range.
    CLIENT_OUTSIDE_WORKING_AGE => OutsideWorkingAge {
        code: "client.outside_working_age",
        severity: Warning because "departs from a configurable default range, not a legal limit",
        source: WORKING_AGE,
        parameters: [WORKING_AGE_MIN, WORKING_AGE_MAX],
        params: { age: u32, min: u32, max: u32 },
        title: [
            "Ikä työikäisten ikävälin ulkopuolella",
            "Åldern utanför arbetsför ålder",
            "Age outside working age",
        ],
        message: [
            "Asiakas on {age}-vuotias; työikä on {min}–{max} vuotta.",
            "Klienten är {age} år; arbetsför ålder är {min}–{max} år.",
            "The client is {age} years old; working age is {min}–{max} years.",
        ],
    }

    /// A temporary identity code (individual number 900–999) is in use. The finding names
    /// no part of the code.
    CLIENT_TEMPORARY_IDENTITY_CODE => TemporaryIdentityCode {
        code: "client.temporary_identity_code",
        severity: Info because "advice: a temporary code is replaced by a permanent one",
        source: IDENTITY_CODE,
        parameters: [],
        params: {},
        title: ["Väliaikainen henkilötunnus", "Tillfällig personbeteckning", "Temporary identity code"],
        message: [
            "Henkilötunnus on väliaikainen (yksilönumero välillä 900–999).",
            "Personbeteckningen är tillfällig (individnummer mellan 900 och 999).",
            "The identity code is a temporary one (individual number 900–999).",
        ],
    }
}

pub(super) fn check(client: &Client, as_of: NaiveDate, rules: &ClientRules, report: &mut Report) {
    let root = JsonPointer::root;
    let code_date = client.identity_code.as_ref().map(|code| code.birth_date());
    if let (Some(birth_date), Some(identity_code_date)) = (client.birth_date, code_date)
        && birth_date != identity_code_date
    {
        report.push(
            BirthDateMismatch {
                birth_date,
                identity_code_date,
            }
            .at(root().field("birth_date")),
        );
    }
    if let Some(code) = &client.identity_code
        && code.is_temporary()
    {
        report.push(TemporaryIdentityCode {}.at(root().field("identity_code")));
    }
    let birth_field = if client.birth_date.is_some() {
        "birth_date"
    } else {
        "identity_code"
    };
    let Some(birth_date) = client.birth_date() else {
        report.push(BirthDateUnknown {}.at(root()));
        return;
    };
    if birth_date > as_of {
        report.push(BirthDateInFuture { birth_date, as_of }.at(root().field(birth_field)));
        return;
    }
    if let Some(age) = client.age_on(as_of)
        && !(rules.working_age_min..=rules.working_age_max).contains(&age)
    {
        report.push(
            OutsideWorkingAge {
                age,
                min: rules.working_age_min,
                max: rules.working_age_max,
            }
            .at(root().field(birth_field)),
        );
    }
}
