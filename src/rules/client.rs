//! Rules for a client record: consistency of birth date, identity code, unemployment
//! history, labour-market status and partial work ability, as of a date.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::client::{Client, LabourMarketStatus};
use crate::i18n::Labels;
use crate::rules::catalogue::{RuleCode, RuleInfo};
use crate::rules::finding::{Finding, Report, Severity};
use crate::rules::pointer::JsonPointer;

const DOMAIN_1: &str = "domain.md §1; seeds 000_0c99fcb607d3d1ba.txt, 003_650ff298c73b7d40.txt";
const HETU: &str =
    "domain.md §5; Population Information Act 661/2009 §11, Government Decree 128/2010";

pub(crate) const BIRTH_DATE_MISMATCH: RuleInfo = RuleInfo {
    code: "client.birth_date_mismatch",
    default_severity: Severity::Error,
    title: Labels {
        fi: "Syntymäaika ei vastaa henkilötunnusta",
        sv: "Födelsedatumet stämmer inte med personbeteckningen",
        en: "Birth date disagrees with the identity code",
    },
    message: Labels {
        fi: "Syntymäaika {birth_date} ei vastaa henkilötunnuksen syntymäaikaa {identity_code_date}.",
        sv: "Födelsedatumet {birth_date} stämmer inte med personbeteckningens födelsedatum {identity_code_date}.",
        en: "Birth date {birth_date} disagrees with the identity code's birth date {identity_code_date}.",
    },
    source: HETU,
    parameter: None,
};

pub(crate) const BIRTH_DATE_IN_FUTURE: RuleInfo = RuleInfo {
    code: "client.birth_date_in_future",
    default_severity: Severity::Error,
    title: Labels {
        fi: "Syntymäaika on tarkastelupäivän jälkeen",
        sv: "Födelsedatumet är efter granskningsdagen",
        en: "Birth date after the date of validation",
    },
    message: Labels {
        fi: "Syntymäaika {birth_date} on tarkastelupäivän {as_of} jälkeen.",
        sv: "Födelsedatumet {birth_date} är efter granskningsdagen {as_of}.",
        en: "Birth date {birth_date} is after the date of validation {as_of}.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const BIRTH_DATE_UNKNOWN: RuleInfo = RuleInfo {
    code: "client.birth_date_unknown",
    default_severity: Severity::Info,
    title: Labels {
        fi: "Syntymäaika puuttuu",
        sv: "Födelsedatum saknas",
        en: "Birth date unknown",
    },
    message: Labels {
        fi: "Syntymäaikaa tai henkilötunnusta ei ole kirjattu, joten ikään perustuvia sääntöjä ei tarkisteta.",
        sv: "Varken födelsedatum eller personbeteckning är registrerade, så åldersreglerna kontrolleras inte.",
        en: "Neither a birth date nor an identity code is recorded, so age rules are not checked.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const OUTSIDE_WORKING_AGE: RuleInfo = RuleInfo {
    code: "client.outside_working_age",
    default_severity: Severity::Warning,
    title: Labels {
        fi: "Ikä työikäisten ikävälin ulkopuolella",
        sv: "Åldern utanför arbetsför ålder",
        en: "Age outside working age",
    },
    message: Labels {
        fi: "Asiakas on {age}-vuotias; työikä on {min}–{max} vuotta.",
        sv: "Klienten är {age} år; arbetsför ålder är {min}–{max} år.",
        en: "The client is {age} years old; working age is {min}–{max} years.",
    },
    source: "Statistics Finland, definition of the working-age population (15–64 years); domain.md §1",
    parameter: Some("ClientRules.working_age_min, ClientRules.working_age_max"),
};

pub(crate) const TEMPORARY_IDENTITY_CODE: RuleInfo = RuleInfo {
    code: "client.temporary_identity_code",
    default_severity: Severity::Info,
    title: Labels {
        fi: "Väliaikainen henkilötunnus",
        sv: "Tillfällig personbeteckning",
        en: "Temporary identity code",
    },
    message: Labels {
        fi: "Henkilötunnuksen yksilönumero on {individual_number}: väliaikaiset tunnukset ovat välillä 900–999.",
        sv: "Personbeteckningens individnummer är {individual_number}: tillfälliga beteckningar är 900–999.",
        en: "The identity code's individual number is {individual_number}: temporary codes are 900–999.",
    },
    source: HETU,
    parameter: None,
};

pub(crate) const SPELL_IN_FUTURE: RuleInfo = RuleInfo {
    code: "client.spell_in_future",
    default_severity: Severity::Error,
    title: Labels {
        fi: "Työttömyysjakso alkaa tarkastelupäivän jälkeen",
        sv: "Arbetslöshetsperioden börjar efter granskningsdagen",
        en: "Unemployment spell starts after the date of validation",
    },
    message: Labels {
        fi: "Työttömyysjakso alkaa {start}, tarkastelupäivän {as_of} jälkeen.",
        sv: "Arbetslöshetsperioden börjar {start}, efter granskningsdagen {as_of}.",
        en: "The unemployment spell starts on {start}, after the date of validation {as_of}.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const SPELL_BEFORE_BIRTH: RuleInfo = RuleInfo {
    code: "client.spell_before_birth",
    default_severity: Severity::Error,
    title: Labels {
        fi: "Työttömyysjakso alkaa ennen syntymää",
        sv: "Arbetslöshetsperioden börjar före födseln",
        en: "Unemployment spell starts before birth",
    },
    message: Labels {
        fi: "Työttömyysjakso alkaa {start}, ennen syntymäaikaa {birth_date}.",
        sv: "Arbetslöshetsperioden börjar {start}, före födelsedatumet {birth_date}.",
        en: "The unemployment spell starts on {start}, before the birth date {birth_date}.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const SPELLS_OVERLAP: RuleInfo = RuleInfo {
    code: "client.spells_overlap",
    default_severity: Severity::Error,
    title: Labels {
        fi: "Päällekkäiset työttömyysjaksot",
        sv: "Överlappande arbetslöshetsperioder",
        en: "Overlapping unemployment spells",
    },
    message: Labels {
        fi: "Työttömyysjakso, joka alkaa {start}, on päällekkäin jakson (indeksi {other}) kanssa.",
        sv: "Arbetslöshetsperioden som börjar {start} överlappar perioden med index {other}.",
        en: "The unemployment spell starting on {start} overlaps the spell at index {other}.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const UNEMPLOYED_WITHOUT_SPELL: RuleInfo = RuleInfo {
    code: "client.unemployed_without_spell",
    default_severity: Severity::Warning,
    title: Labels {
        fi: "Työtön työnhakija ilman voimassa olevaa työttömyysjaksoa",
        sv: "Arbetslös arbetssökande utan pågående arbetslöshetsperiod",
        en: "Unemployed jobseeker without a current spell",
    },
    message: Labels {
        fi: "Asiakas on työtön työnhakija, mutta mikään kirjattu työttömyysjakso ei kata päivää {as_of}.",
        sv: "Klienten är arbetslös arbetssökande, men ingen registrerad arbetslöshetsperiod omfattar {as_of}.",
        en: "The client is an unemployed jobseeker, but no recorded unemployment spell covers {as_of}.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const WORKING_WITH_OPEN_SPELL: RuleInfo = RuleInfo {
    code: "client.working_with_open_spell",
    default_severity: Severity::Warning,
    title: Labels {
        fi: "Työssä, mutta työttömyysjakso voimassa",
        sv: "I arbete men arbetslöshetsperioden pågår",
        en: "Working, but an unemployment spell is current",
    },
    message: Labels {
        fi: "Asiakkaan tilanne on {status}, mutta työttömyysjakso, joka alkoi {start}, on voimassa {as_of}.",
        sv: "Klientens situation är {status}, men arbetslöshetsperioden som började {start} pågår {as_of}.",
        en: "The client's status is {status}, but the unemployment spell that began on {start} is current on {as_of}.",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const ASSESSMENT_IN_FUTURE: RuleInfo = RuleInfo {
    code: "client.assessment_in_future",
    default_severity: Severity::Error,
    title: Labels {
        fi: "Työkyvyn arvio päivätty tarkastelupäivän jälkeen",
        sv: "Bedömningen av arbetsförmågan daterad efter granskningsdagen",
        en: "Work-ability assessment dated after the date of validation",
    },
    message: Labels {
        fi: "Työkyvyn arvioinnin päivämäärä {date} on tarkastelupäivän {as_of} jälkeen.",
        sv: "Datumet {date} för bedömningen av arbetsförmågan är efter granskningsdagen {as_of}.",
        en: "The work-ability assessment date {date} is after the date of validation {as_of}.",
    },
    source: "domain.md §1; seed 000_0c99fcb607d3d1ba.txt (assessment in progress or limitations confirmed)",
    parameter: None,
};

pub(crate) const DUPLICATE_CAUSE: RuleInfo = RuleInfo {
    code: "client.duplicate_cause",
    default_severity: Severity::Warning,
    title: Labels {
        fi: "Sama syy kahdesti",
        sv: "Samma orsak två gånger",
        en: "Cause listed twice",
    },
    message: Labels {
        fi: "Osatyökykyisyyden syy on jo kirjattu (indeksi {other}).",
        sv: "Orsaken till den partiella arbetsförmågan är redan registrerad (index {other}).",
        en: "This cause of partial work ability is already listed (index {other}).",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const DUPLICATE_DOMAIN: RuleInfo = RuleInfo {
    code: "client.duplicate_domain",
    default_severity: Severity::Warning,
    title: Labels {
        fi: "Sama toimintakyvyn osa-alue kahdesti",
        sv: "Samma funktionsområde två gånger",
        en: "Functional domain listed twice",
    },
    message: Labels {
        fi: "Toimintakyvyn osa-alue on jo kirjattu (indeksi {other}).",
        sv: "Funktionsområdet är redan registrerat (index {other}).",
        en: "This functional domain is already listed (index {other}).",
    },
    source: DOMAIN_1,
    parameter: None,
};

pub(crate) const CONFIRMED_WITHOUT_CAUSE: RuleInfo = RuleInfo {
    code: "client.confirmed_without_cause",
    default_severity: Severity::Warning,
    title: Labels {
        fi: "Rajoitteet todettu ilman syytä",
        sv: "Begränsningar fastställda utan orsak",
        en: "Limitations confirmed without a cause",
    },
    message: Labels {
        fi: "Työkyvyn rajoitteet on todettu {date}, mutta yhtään osatyökykyisyyden syytä ei ole kirjattu.",
        sv: "Begränsningar i arbetsförmågan fastställdes {date}, men ingen orsak är registrerad.",
        en: "Work-ability limitations were confirmed on {date}, but no cause is recorded.",
    },
    source: "domain.md §1: partial work ability is tied to its cause",
    parameter: None,
};

/// Configuration of the client rules.
///
/// The working-age range is a documented default, not a legal limit: Statistics Finland
/// counts the working-age population as 15–64-year-olds, and services may serve others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct ClientRules {
    /// Youngest working age, in completed years (default 15).
    pub working_age_min: u32,
    /// Oldest working age, in completed years (default 64).
    pub working_age_max: u32,
}

impl Default for ClientRules {
    fn default() -> Self {
        ClientRules {
            working_age_min: 15,
            working_age_max: 64,
        }
    }
}

impl Client {
    /// Checks the record as of `as_of` with the default [`ClientRules`].
    ///
    /// Paths in the report point into the client's JSON document.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{Client, ClientId, LabourMarketStatus, RuleCode};
    ///
    /// let mut client = Client::new(ClientId::new("demo-1")?, LabourMarketStatus::Student);
    /// client.identity_code = Some("131052-308T".parse()?);
    /// client.birth_date = NaiveDate::from_ymd_opt(1952, 10, 14);
    /// let report = client.validate(NaiveDate::from_ymd_opt(2024, 1, 1).ok_or("date")?);
    /// let finding = report.with_code(RuleCode::ClientBirthDateMismatch).next().ok_or("none")?;
    /// assert_eq!(finding.path().as_str(), "/birth_date");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self, as_of: NaiveDate) -> Report {
        self.validate_with(as_of, &ClientRules::default())
    }

    /// Checks the record as of `as_of` with the given configuration.
    pub fn validate_with(&self, as_of: NaiveDate, rules: &ClientRules) -> Report {
        let mut report = Report::new();
        let root = JsonPointer::root();
        check_birth_date(self, as_of, rules, &root, &mut report);
        check_spells(self, as_of, &root, &mut report);
        check_status(self, as_of, &root, &mut report);
        check_partial_work_ability(self, as_of, &root, &mut report);
        report
    }
}

fn check_birth_date(
    client: &Client,
    as_of: NaiveDate,
    rules: &ClientRules,
    root: &JsonPointer,
    report: &mut Report,
) {
    let code_date = client.identity_code.as_ref().map(|code| code.birth_date());
    if let (Some(given), Some(coded)) = (client.birth_date, code_date)
        && given != coded
    {
        report.push(
            Finding::new(
                RuleCode::ClientBirthDateMismatch,
                root.clone().field("birth_date"),
            )
            .param("birth_date", given)
            .param("identity_code_date", coded),
        );
    }
    if let Some(code) = &client.identity_code
        && code.is_temporary()
    {
        report.push(
            Finding::new(
                RuleCode::ClientTemporaryIdentityCode,
                root.clone().field("identity_code"),
            )
            .param("individual_number", u32::from(code.individual_number())),
        );
    }
    let birth_field = if client.birth_date.is_some() {
        "birth_date"
    } else {
        "identity_code"
    };
    let Some(birth_date) = client.birth_date() else {
        report.push(Finding::new(RuleCode::ClientBirthDateUnknown, root.clone()));
        return;
    };
    if birth_date > as_of {
        report.push(
            Finding::new(
                RuleCode::ClientBirthDateInFuture,
                root.clone().field(birth_field),
            )
            .param("birth_date", birth_date)
            .param("as_of", as_of),
        );
        return;
    }
    if let Some(age) = client.age_on(as_of)
        && !(rules.working_age_min..=rules.working_age_max).contains(&age)
    {
        report.push(
            Finding::new(
                RuleCode::ClientOutsideWorkingAge,
                root.clone().field(birth_field),
            )
            .param("age", age)
            .param("min", rules.working_age_min)
            .param("max", rules.working_age_max),
        );
    }
}

fn check_spells(client: &Client, as_of: NaiveDate, root: &JsonPointer, report: &mut Report) {
    let spells = root.clone().field("unemployment_spells");
    let birth_date = client.birth_date();
    for (index, spell) in client.unemployment_spells.iter().enumerate() {
        let start = spells.clone().index(index).field("start");
        if spell.start() > as_of {
            report.push(
                Finding::new(RuleCode::ClientSpellInFuture, start.clone())
                    .param("start", spell.start())
                    .param("as_of", as_of),
            );
        }
        if let Some(birth_date) = birth_date
            && spell.start() < birth_date
        {
            report.push(
                Finding::new(RuleCode::ClientSpellBeforeBirth, start)
                    .param("start", spell.start())
                    .param("birth_date", birth_date),
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
            Finding::new(RuleCode::ClientSpellsOverlap, spells.clone().index(index))
                .param("start", client.unemployment_spells[index].start())
                .param("other", other),
        );
    }
}

fn check_status(client: &Client, as_of: NaiveDate, root: &JsonPointer, report: &mut Report) {
    use crate::i18n::{Lang, Vocabulary};
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
                Finding::new(
                    RuleCode::ClientUnemployedWithoutSpell,
                    root.clone().field("labour_market_status"),
                )
                .param("as_of", as_of),
            );
        }
        (LabourMarketStatus::Employed | LabourMarketStatus::Entrepreneur, Some(index)) => {
            report.push(
                Finding::new(
                    RuleCode::ClientWorkingWithOpenSpell,
                    root.clone().field("unemployment_spells").index(index),
                )
                .param("status", status.label(Lang::En))
                .param("start", client.unemployment_spells[index].start())
                .param("as_of", as_of),
            );
        }
        _ => {}
    }
}

fn check_partial_work_ability(
    client: &Client,
    as_of: NaiveDate,
    root: &JsonPointer,
    report: &mut Report,
) {
    let Some(ability) = &client.partial_work_ability else {
        return;
    };
    let base = root.clone().field("partial_work_ability");
    let assessment = &ability.assessment;
    if let (Some(date), Some(field)) = (assessment.date(), assessment.date_field())
        && date > as_of
    {
        report.push(
            Finding::new(
                RuleCode::ClientAssessmentInFuture,
                base.clone().field("assessment").field(field),
            )
            .param("date", date)
            .param("as_of", as_of),
        );
    }
    if let crate::ability::AssessmentStatus::Confirmed { on } = assessment
        && ability.causes.is_empty()
    {
        report.push(
            Finding::new(
                RuleCode::ClientConfirmedWithoutCause,
                base.clone().field("causes"),
            )
            .param("date", *on),
        );
    }
    push_duplicates(
        &ability.causes,
        RuleCode::ClientDuplicateCause,
        &base.clone().field("causes"),
        report,
    );
    push_duplicates(
        &ability.limited_domains,
        RuleCode::ClientDuplicateDomain,
        &base.field("limited_domains"),
        report,
    );
}

/// Reports every item equal to an earlier one, pointing at the repeat.
fn push_duplicates<T: Eq + std::hash::Hash>(
    items: &[T],
    code: RuleCode,
    base: &JsonPointer,
    report: &mut Report,
) {
    let mut first_seen = std::collections::HashMap::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let first = *first_seen.entry(item).or_insert(index);
        if first != index {
            report.push(Finding::new(code, base.clone().index(index)).param("other", first));
        }
    }
}
