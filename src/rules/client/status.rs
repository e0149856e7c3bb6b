//! The labour-market status against the unemployment spells.

use chrono::NaiveDate;

use crate::client::{Client, LabourMarketStatus};
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::{ParamValue, Report};
use crate::rules::pointer::JsonPointer;
use crate::source::CLIENT_SITUATION;

rules! {
    /// An unemployed jobseeker whose recorded spells do not cover the date.
    CLIENT_UNEMPLOYED_WITHOUT_SPELL => UnemployedWithoutSpell {
        code: "client.unemployed_without_spell",
        severity: Warning because "the record looks inconsistent: a person should look",
        source: CLIENT_SITUATION,
        parameters: [],
        params: { as_of: NaiveDate },
        title: [
            "Työtön työnhakija ilman voimassa olevaa työttömyysjaksoa",
            "Arbetslös arbetssökande utan pågående arbetslöshetsperiod",
            "Unemployed jobseeker without a current spell",
        ],
        message: [
            "Asiakas on työtön työnhakija, mutta mikään kirjattu työttömyysjakso ei kata päivää {as_of}.",
            "Klienten är arbetslös arbetssökande, men ingen registrerad arbetslöshetsperiod omfattar {as_of}.",
            "The client is an unemployed jobseeker, but no recorded unemployment spell covers {as_of}.",
        ],
    }

    /// An unemployment spell is current while the status says the client works.
    CLIENT_WORKING_WITH_OPEN_SPELL => WorkingWithOpenSpell {
        code: "client.working_with_open_spell",
        severity: Warning because "the record looks inconsistent: a person should look",
        source: CLIENT_SITUATION,
        parameters: [],
        params: { status: ParamValue, start: NaiveDate, as_of: NaiveDate },
        title: [
            "Työssä, mutta työttömyysjakso voimassa",
            "I arbete men arbetslöshetsperioden pågår",
            "Working, but an unemployment spell is current",
        ],
        message: [
            "Asiakkaan tilanne: {status}; silti {start} alkanut työttömyysjakso on voimassa {as_of}.",
            "Klientens situation: {status}; ändå pågår arbetslöshetsperioden som började {start} ännu {as_of}.",
            "The client's status is {status}, but the unemployment spell that began on {start} is current on {as_of}.",
        ],
    }
}

pub(super) fn check(client: &Client, as_of: NaiveDate, report: &mut Report) {
    let status = client.labour_market_status;
    let current = client
        .unemployment_spells
        .iter()
        .position(|spell| spell.contains(as_of));
    match (status, current) {
        (LabourMarketStatus::UnemployedJobseeker, None)
            if !client.unemployment_spells.is_empty() =>
        {
            report.push(
                UnemployedWithoutSpell { as_of }
                    .at(JsonPointer::root().field("labour_market_status")),
            );
        }
        (LabourMarketStatus::Employed | LabourMarketStatus::Entrepreneur, Some(index)) => {
            report.push(
                WorkingWithOpenSpell {
                    status: ParamValue::term(status),
                    start: client.unemployment_spells[index].start(),
                    as_of,
                }
                .at(JsonPointer::root()
                    .field("unemployment_spells")
                    .index(index)),
            );
        }
        _ => {}
    }
}
