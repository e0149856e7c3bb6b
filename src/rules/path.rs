//! Rules for a service path: structure, phases, cadence, measurements, model
//! requirements and closure, derived from the service model specs.
//!
//! Every finding's pointer is into the path's JSON document.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};

use crate::calendar::add_months;
use crate::i18n::Labels;
use crate::rules::catalogue::{RuleCode, RuleInfo};
use crate::rules::finding::{Finding, ParamValue, Report, Severity};
use crate::rules::pointer::JsonPointer;
use crate::service::event::{Event, EventKind, PlanKind};
use crate::service::path::{Enrolment, Outcome, PhaseRecord, ServicePath};
use crate::service::period::PeriodSpan;
use crate::service::spec::{PhaseSpec, Requirement, ServiceModelSpec, ServiceModels};

const SPEC: &str = "service model spec (design.md §5); the default specs cite their seeds and laws";
const S000: &str = "seed 000_0c99fcb607d3d1ba.txt";
const S001: &str = "seed 001_f359176572fa3b2e.txt";
const LAW_13: &str =
    "law 189/2001 §13 as amended by 142/2015; municipal guidance (8 h a day, 32 h a week)";
const LAW_13A: &str = "law 189/2001 §§13a-13b (702/2020)";
const S003: &str = "seeds 003_650ff298c73b7d40.txt, 004_b1b0fac92b25ca96.txt";
const IPS: &str = "seed 004_b1b0fac92b25ca96.txt; IPS-25 fidelity scale";
const RECORD: &str = "domain.md §2; a path's record must be consistent in time";

const fn rule(
    code: &'static str,
    default_severity: Severity,
    source: &'static str,
    parameter: Option<&'static str>,
    title: [&'static str; 3],
    message: [&'static str; 3],
) -> RuleInfo {
    RuleInfo {
        code,
        default_severity,
        title: Labels {
            fi: title[0],
            sv: title[1],
            en: title[2],
        },
        message: Labels {
            fi: message[0],
            sv: message[1],
            en: message[2],
        },
        source,
        parameter,
    }
}

use Severity::{Error, Warning};

pub(crate) const UNKNOWN_MODEL: RuleInfo = rule(
    "path.unknown_model",
    Error,
    SPEC,
    Some("ServiceModelSpec.id"),
    [
        "Tuntematon palvelumalli",
        "Okänd tjänstemodell",
        "Unknown service model",
    ],
    [
        "Palvelumallia {model} ei tunneta.",
        "Tjänstemodellen {model} är okänd.",
        "The service model {model} is not known.",
    ],
);
pub(crate) const UNKNOWN_PHASE: RuleInfo = rule(
    "path.unknown_phase",
    Error,
    SPEC,
    Some("PhaseSpec.id"),
    ["Tuntematon vaihe", "Okänd fas", "Unknown phase"],
    [
        "Palvelumallissa {model} ei ole vaihetta {phase}.",
        "Tjänstemodellen {model} har ingen fas {phase}.",
        "The service model {model} has no phase {phase}.",
    ],
);
pub(crate) const DATES_REVERSED: RuleInfo = rule(
    "path.dates_reversed",
    Error,
    RECORD,
    None,
    [
        "Päättyy ennen alkua",
        "Slutar före början",
        "Ends before it starts",
    ],
    [
        "Loppupäivä {end} on ennen alkupäivää {start}.",
        "Slutdagen {end} är före startdagen {start}.",
        "The end {end} is before the start {start}.",
    ],
);
pub(crate) const DATE_OUT_OF_RANGE: RuleInfo = rule(
    "path.date_out_of_range",
    Error,
    "design.md §3: dates are supported in 1900-2100",
    None,
    [
        "Päivämäärä tuetun välin ulkopuolella",
        "Datum utanför det stödda intervallet",
        "Date out of the supported range",
    ],
    [
        "Päivämäärä {date} ei ole välillä 1.1.1900–31.12.2100; jakson aikarajoja ei tarkisteta.",
        "Datumet {date} ligger inte mellan 1.1.1900 och 31.12.2100; periodens tidsregler kontrolleras inte.",
        "The date {date} is not within 1900-01-01 to 2100-12-31; the period's time rules are not checked.",
    ],
);
pub(crate) const DATE_IN_FUTURE: RuleInfo = rule(
    "path.date_in_future",
    Error,
    RECORD,
    None,
    [
        "Päivämäärä tulevaisuudessa",
        "Datum i framtiden",
        "Date in the future",
    ],
    [
        "Kirjattu päivämäärä {date} on tarkastelupäivän {as_of} jälkeen.",
        "Det registrerade datumet {date} är efter granskningsdagen {as_of}.",
        "The recorded date {date} is after the date of validation {as_of}.",
    ],
);
pub(crate) const ENROLMENTS_OVERLAP: RuleInfo = rule(
    "path.enrolments_overlap",
    Error,
    RECORD,
    None,
    [
        "Päällekkäiset jaksot samassa mallissa",
        "Överlappande inskrivningar i samma modell",
        "Overlapping enrolments in one model",
    ],
    [
        "Jakso palvelumallissa {model} on päällekkäin jakson (indeksi {other}) kanssa.",
        "Inskrivningen i tjänstemodellen {model} överlappar inskrivningen med index {other}.",
        "The enrolment in {model} overlaps the enrolment at index {other}.",
    ],
);
pub(crate) const PHASE_ORDER: RuleInfo = rule(
    "path.phase_order",
    Error,
    SPEC,
    Some("PhaseSpec.next"),
    [
        "Vaiheet väärässä järjestyksessä",
        "Faserna i fel ordning",
        "Phases out of order",
    ],
    [
        "Vaihe {phase} ei voi tulla tässä kohdassa; sallittu: {allowed}.",
        "Fasen {phase} kan inte komma här; tillåtet: {allowed}.",
        "The phase {phase} cannot come here; allowed: {allowed}.",
    ],
);
pub(crate) const PHASES_OVERLAP: RuleInfo = rule(
    "path.phases_overlap",
    Error,
    SPEC,
    None,
    [
        "Päällekkäiset vaiheet",
        "Överlappande faser",
        "Overlapping phases",
    ],
    [
        "Vaihe {phase} alkaa {start} ennen kuin edellinen vaihe {other} päättyy.",
        "Fasen {phase} börjar {start} innan den föregående fasen {other} slutar.",
        "The phase {phase} starts on {start} before the previous phase {other} ends.",
    ],
);
pub(crate) const PHASE_OUTSIDE_ENROLMENT: RuleInfo = rule(
    "path.phase_outside_enrolment",
    Error,
    RECORD,
    None,
    [
        "Vaihe jakson ulkopuolella",
        "Fas utanför inskrivningen",
        "Phase outside its enrolment",
    ],
    [
        "Vaihe {phase} ulottuu palvelujakson ({start}–{end}) ulkopuolelle.",
        "Fasen {phase} sträcker sig utanför inskrivningen ({start}–{end}).",
        "The phase {phase} reaches outside its enrolment ({start} to {end}).",
    ],
);
pub(crate) const PHASE_TOO_LONG: RuleInfo = rule(
    "path.phase_too_long",
    Error,
    SPEC,
    Some("PhaseSpec.length.max_months, Tolerances.length_days"),
    ["Vaihe liian pitkä", "Fasen för lång", "Phase too long"],
    [
        "Vaihe {phase} saa kestää enintään {max_months} kuukautta, eli päättyä viimeistään {latest_end}.",
        "Fasen {phase} får pågå högst {max_months} månader, alltså sluta senast {latest_end}.",
        "The phase {phase} may last at most {max_months} months, ending by {latest_end}.",
    ],
);
pub(crate) const PHASE_TOO_SHORT: RuleInfo = rule(
    "path.phase_too_short",
    Warning,
    SPEC,
    Some("PhaseSpec.length.min_months, Tolerances.length_days"),
    ["Vaihe liian lyhyt", "Fasen för kort", "Phase too short"],
    [
        "Vaiheen {phase} pitäisi kestää vähintään {min_months} kuukautta, mutta se päättyi {end}.",
        "Fasen {phase} borde pågå minst {min_months} månader, men den slutade {end}.",
        "The phase {phase} should last at least {min_months} months, but it ended on {end}.",
    ],
);
pub(crate) const REQUIRED_PHASE_MISSING: RuleInfo = rule(
    "path.required_phase_missing",
    Warning,
    SPEC,
    Some("PhaseSpec.optional"),
    [
        "Pakollinen vaihe puuttuu",
        "Obligatorisk fas saknas",
        "Required phase missing",
    ],
    [
        "Jakso päättyi ilman vaihetta {phase}.",
        "Inskrivningen slutade utan fasen {phase}.",
        "The enrolment ended without the phase {phase}.",
    ],
);
pub(crate) const EVENT_OUTSIDE_ENROLMENT: RuleInfo = rule(
    "path.event_outside_enrolment",
    Error,
    RECORD,
    None,
    [
        "Tapahtuma jakson ulkopuolella",
        "Händelse utanför inskrivningen",
        "Event outside its enrolment",
    ],
    [
        "Tapahtuma {event} {date} on palvelujakson ulkopuolella.",
        "Händelsen {event} {date} ligger utanför inskrivningen.",
        "The event {event} on {date} is outside its enrolment.",
    ],
);
pub(crate) const EVENT_OUTSIDE_PHASE: RuleInfo = rule(
    "path.event_outside_phase",
    Warning,
    RECORD,
    None,
    [
        "Tapahtuma vaiheiden ulkopuolella",
        "Händelse utanför faserna",
        "Event outside every phase",
    ],
    [
        "Tapahtuma {event} {date} ei osu mihinkään vaiheeseen.",
        "Händelsen {event} {date} ligger inte i någon fas.",
        "The event {event} on {date} falls in no phase.",
    ],
);
pub(crate) const CADENCE_GAP: RuleInfo = rule(
    "path.cadence_gap",
    Error,
    "service model spec: seed 001_f359176572fa3b2e.txt (weekly and monthly meetings), law 189/2001 §13 (1 day a week)",
    Some("PhaseSpec.cadence.min_count, Tolerances.missed_periods"),
    ["Tapaamisia liian harvoin", "För få träffar", "Cadence gap"],
    [
        "Vaiheessa {phase} jaksolla {period} on {actual} tapahtumaa {event}, vaaditaan {required}.",
        "I fasen {phase} har perioden {period} {actual} händelser {event}, krävs {required}.",
        "In the phase {phase}, {period} has {actual} of {event}; {required} required.",
    ],
);
pub(crate) const CADENCE_EXCEEDED: RuleInfo = rule(
    "path.cadence_exceeded",
    Error,
    LAW_13,
    Some("PhaseSpec.cadence.max_count"),
    [
        "Liian monta päivää jaksossa",
        "För många dagar i perioden",
        "Too many in a period",
    ],
    [
        "Jaksolla {period} on {actual} tapahtumaa {event}, enintään {max} sallitaan.",
        "Perioden {period} har {actual} händelser {event}, högst {max} tillåts.",
        "{period} has {actual} of {event}; at most {max} allowed.",
    ],
);
pub(crate) const CONTACT_TOO_SHORT: RuleInfo = rule(
    "path.contact_too_short",
    Error,
    "service model spec: seed 001_f359176572fa3b2e.txt (5-hour group day), law 189/2001 §13 (4 hours a day)",
    Some("PhaseSpec.cadence.min_minutes"),
    [
        "Liian lyhyt kerta",
        "För kort tillfälle",
        "Contact too short",
    ],
    [
        "{event} kesti {minutes} min; vähintään {min} min vaaditaan.",
        "{event} varade {minutes} min; minst {min} min krävs.",
        "The {event} lasted {minutes} min; at least {min} min required.",
    ],
);
pub(crate) const CONTACT_TOO_LONG: RuleInfo = rule(
    "path.contact_too_long",
    Warning,
    LAW_13,
    Some("PhaseSpec.cadence.max_minutes"),
    ["Liian pitkä päivä", "För lång dag", "Contact too long"],
    [
        "{event} kesti {minutes} min; ohjeen mukaan enintään {max} min.",
        "{event} varade {minutes} min; enligt anvisningen högst {max} min.",
        "The {event} lasted {minutes} min; guidance allows at most {max} min.",
    ],
);
pub(crate) const PERIOD_MINUTES_EXCEEDED: RuleInfo = rule(
    "path.period_minutes_exceeded",
    Warning,
    LAW_13,
    Some("PhaseSpec.cadence.max_minutes_per_period"),
    [
        "Liikaa tunteja jaksossa",
        "För många timmar i perioden",
        "Too many minutes in a period",
    ],
    [
        "Jaksolla {period} kertyi {minutes} min; ohjeen mukaan enintään {max} min.",
        "Perioden {period} har {minutes} min; enligt anvisningen högst {max} min.",
        "{period} has {minutes} min; guidance allows at most {max} min.",
    ],
);
pub(crate) const TOTAL_COUNT_SHORT: RuleInfo = rule(
    "path.total_count_short",
    Warning,
    S000,
    Some("PhaseSpec.totals"),
    [
        "Kertoja liian vähän",
        "För få tillfällen",
        "Too few in total",
    ],
    [
        "Vaiheessa {phase} oli {actual} tapahtumaa {event}; {required} edellytetään.",
        "Fasen {phase} hade {actual} händelser {event}; {required} förutsätts.",
        "The phase {phase} had {actual} of {event}; {required} expected.",
    ],
);
pub(crate) const THEME_NOT_COVERED: RuleInfo = rule(
    "path.theme_not_covered",
    Warning,
    "service model spec: seeds 000_0c99fcb607d3d1ba.txt, 001_f359176572fa3b2e.txt (contents of each phase)",
    Some("PhaseSpec.expected_themes"),
    ["Sisältö puuttuu", "Innehåll saknas", "Theme not covered"],
    [
        "Vaiheessa {phase} ei käsitelty sisältöä {theme}.",
        "Fasen {phase} behandlade inte innehållet {theme}.",
        "The phase {phase} did not cover {theme}.",
    ],
);
pub(crate) const START_MEASUREMENT_MISSING: RuleInfo = rule(
    "path.start_measurement_missing",
    Error,
    "service model spec: seed 000_0c99fcb607d3d1ba.txt (UKK test, goals), seed 001_f359176572fa3b2e.txt (0-10 work ability)",
    Some("PhaseSpec.measurements_at_start, Tolerances.measurement_window_days"),
    [
        "Alkumittaus puuttuu",
        "Startmätning saknas",
        "Start measurement missing",
    ],
    [
        "Vaiheen {phase} alkumittaus {instrument} puuttuu (määräpäivä {due}).",
        "Startmätningen {instrument} för fasen {phase} saknas (senast {due}).",
        "The start measurement {instrument} of the phase {phase} is missing (due {due}).",
    ],
);
pub(crate) const END_MEASUREMENT_MISSING: RuleInfo = rule(
    "path.end_measurement_missing",
    Warning,
    "service model spec: seed 000_0c99fcb607d3d1ba.txt (UKK test, goals), seed 001_f359176572fa3b2e.txt (0-10 work ability)",
    Some("PhaseSpec.measurements_at_end, Tolerances.measurement_window_days"),
    [
        "Loppumittaus puuttuu",
        "Slutmätning saknas",
        "End measurement missing",
    ],
    [
        "Vaiheen {phase} loppumittaus {instrument} puuttuu.",
        "Slutmätningen {instrument} för fasen {phase} saknas.",
        "The end measurement {instrument} of the phase {phase} is missing.",
    ],
);
pub(crate) const PLAN_MISSING: RuleInfo = rule(
    "path.plan_missing",
    Error,
    LAW_13A,
    Some("Requirement.plan_before_start"),
    ["Suunnitelma puuttuu", "Plan saknas", "Plan missing"],
    [
        "Aktivointisuunnitelmaa tai monialaista työllistymissuunnitelmaa ei ole laadittu viimeistään {start}.",
        "Ingen aktiveringsplan eller sektorsövergripande sysselsättningsplan har upprättats senast {start}.",
        "No activation plan or multiprofessional employment plan was drawn up by {start}.",
    ],
);
pub(crate) const PLAN_INCOMPLETE: RuleInfo = rule(
    "path.plan_incomplete",
    Error,
    LAW_13A,
    Some("Requirement.plan_before_start"),
    [
        "Suunnitelma puutteellinen",
        "Planen ofullständig",
        "Plan incomplete",
    ],
    [
        "Suunnitelmasta puuttuu: {missing}.",
        "Planen saknar: {missing}.",
        "The plan does not record: {missing}.",
    ],
);
pub(crate) const NO_COORDINATOR: RuleInfo = rule(
    "path.no_coordinator",
    Error,
    S003,
    Some("Requirement.single_coordinator"),
    [
        "Ei asiakasvastaavaa",
        "Ingen klientansvarig",
        "No coordinator",
    ],
    [
        "Asiakkaalla ei ole asiakasvastaavaa {from}–{to}.",
        "Klienten har ingen klientansvarig {from}–{to}.",
        "The client has no coordinator from {from} to {to}.",
    ],
);
pub(crate) const COORDINATORS_OVERLAP: RuleInfo = rule(
    "path.coordinators_overlap",
    Error,
    S003,
    None,
    [
        "Kaksi asiakasvastaavaa yhtä aikaa",
        "Två klientansvariga samtidigt",
        "Two coordinators at once",
    ],
    [
        "Asiakasvastaavan kausi alkaa {start}, kun edellinen (indeksi {other}) on vielä voimassa.",
        "Klientansvarets period börjar {start} medan den föregående (index {other}) pågår.",
        "The coordinator assignment starting on {start} overlaps the one at index {other}.",
    ],
);
pub(crate) const TEAM_TOO_SMALL: RuleInfo = rule(
    "path.team_too_small",
    Error,
    S003,
    Some("Requirement.team.min_professions"),
    ["Tiimi liian suppea", "Teamet för litet", "Team too small"],
    [
        "Tiimissä on {actual} ammattiryhmää; vähintään {required} vaaditaan.",
        "Teamet har {actual} yrkesgrupper; minst {required} krävs.",
        "The team has {actual} professions; at least {required} required.",
    ],
);
pub(crate) const TEAM_WITHOUT_HEALTH_CARE: RuleInfo = rule(
    "path.team_without_health_care",
    Error,
    S003,
    Some("Requirement.team.health_care"),
    [
        "Tiimistä puuttuu terveydenhuolto",
        "Teamet saknar hälso- och sjukvård",
        "Team without health care",
    ],
    [
        "Tiimissä ei ole terveydenhuollon ammattilaista.",
        "Teamet har ingen yrkesperson inom hälso- och sjukvård.",
        "The team has no health-care professional.",
    ],
);
pub(crate) const REFERRAL_MISSING: RuleInfo = rule(
    "path.referral_missing",
    Warning,
    S003,
    Some("Requirement.referral"),
    ["Ohjaus puuttuu", "Hänvisning saknas", "Referral missing"],
    [
        "Palveluun ohjausta ei ole kirjattu.",
        "Ingen hänvisning till tjänsten är registrerad.",
        "No referral to the service is recorded.",
    ],
);
pub(crate) const PHYSIOTHERAPY_ASSESSMENT_MISSING: RuleInfo = rule(
    "path.physiotherapy_assessment_missing",
    Error,
    S000,
    Some("Requirement.physiotherapy_assessment_before_group"),
    [
        "Fysioterapeutin alkukartoitus puuttuu",
        "Fysioterapeutens kartläggning saknas",
        "Physiotherapy assessment missing",
    ],
    [
        "Fysioterapeutin alkukartoitusta ei ole tehty ennen ensimmäistä ryhmäkertaa {date}.",
        "Fysioterapeutens inledande kartläggning gjordes inte före den första gruppträffen {date}.",
        "No physiotherapist's initial assessment before the first group session on {date}.",
    ],
);
pub(crate) const CLIENT_FEE: RuleInfo = rule(
    "path.client_fee",
    Error,
    S000,
    Some("Requirement.free_for_client"),
    ["Asiakasmaksu", "Klientavgift", "Client charged"],
    [
        "Asiakkaalta perittiin {fee_cents} senttiä, vaikka osallistumisen tulee olla maksutonta.",
        "Klienten debiterades {fee_cents} cent, fast deltagandet ska vara avgiftsfritt.",
        "The client was charged {fee_cents} cents, but taking part must be free.",
    ],
);
pub(crate) const HEALTH_ASSESSMENT_NOT_OFFERED: RuleInfo = rule(
    "path.health_assessment_not_offered",
    Warning,
    S001,
    Some("Requirement.health_assessment_offered"),
    [
        "Terveysarviota ei tarjottu",
        "Hälsobedömning erbjöds inte",
        "Health assessment not offered",
    ],
    [
        "Vaiheen {phase} aikana ei tarjottu lääkärin terveys- ja hyvinvointiarviota.",
        "Under fasen {phase} erbjöds ingen läkares hälso- och välfärdsbedömning.",
        "No doctor's health and wellbeing assessment was offered during the phase {phase}.",
    ],
);
pub(crate) const JOB_SEARCH_LATE: RuleInfo = rule(
    "path.job_search_late",
    Warning,
    IPS,
    Some("Requirement.employer_contact_within.days"),
    [
        "Työnhaku alkoi myöhään",
        "Jobbsökandet började sent",
        "Job search late",
    ],
    [
        "Ensimmäinen työnantajakontakti pitäisi olla {days} päivän kuluessa, viimeistään {due}.",
        "Den första arbetsgivarkontakten borde ske inom {days} dagar, senast {due}.",
        "The first employer contact should come within {days} days, by {due}.",
    ],
);
pub(crate) const NO_SUPPORT_AFTER_JOB_START: RuleInfo = rule(
    "path.no_support_after_job_start",
    Warning,
    IPS,
    Some("Requirement.support_after_job_start.within_days"),
    [
        "Tuki ei jatkunut työn alettua",
        "Stödet fortsatte inte efter arbetsstarten",
        "No support after job start",
    ],
    [
        "Työn alettua {date} ei ollut yksilötapaamista {days} päivän kuluessa.",
        "Efter arbetsstarten {date} hölls inget individuellt möte inom {days} dagar.",
        "No individual meeting within {days} days of the job start on {date}.",
    ],
);
pub(crate) const JOB_END_WITHOUT_START: RuleInfo = rule(
    "path.job_end_without_start",
    Error,
    RECORD,
    None,
    [
        "Työ päättyi alkamatta",
        "Arbete slutade utan att börja",
        "Job end without start",
    ],
    [
        "Työn päättyminen {date} ilman aiempaa työn alkua.",
        "Arbetet slutade {date} utan en tidigare arbetsstart.",
        "A job ends on {date} without an earlier job start.",
    ],
);
pub(crate) const CLOSURE_BEFORE_LAST_EVENT: RuleInfo = rule(
    "path.closure_before_last_event",
    Error,
    RECORD,
    None,
    [
        "Päättyi ennen viimeistä tapahtumaa",
        "Avslutad före sista händelsen",
        "Closed before the last event",
    ],
    [
        "Polku päättyi {date}, mutta viimeinen tapahtuma on {last_event}.",
        "Vägen avslutades {date}, men den sista händelsen är {last_event}.",
        "The path closed on {date}, but the last event is on {last_event}.",
    ],
);
pub(crate) const OPEN_AFTER_CLOSURE: RuleInfo = rule(
    "path.open_after_closure",
    Error,
    RECORD,
    None,
    [
        "Jakso jatkuu polun päätyttyä",
        "Inskrivning pågår efter avslut",
        "Enrolment open after closure",
    ],
    [
        "Palvelujakso jatkuu polun päättymisen {date} jälkeen.",
        "Inskrivningen pågår efter att vägen avslutades {date}.",
        "The enrolment goes on after the path closed on {date}.",
    ],
);
pub(crate) const CLOSURE_NOTE_MISSING: RuleInfo = rule(
    "path.closure_note_missing",
    Warning,
    RECORD,
    None,
    [
        "Päättymisen selite puuttuu",
        "Förklaring saknas",
        "Closure note missing",
    ],
    [
        "Päättymisen syy on 'muu', mutta selitettä ei ole.",
        "Avslutet har orsaken 'annat' men ingen förklaring.",
        "The outcome is 'other' but no note explains it.",
    ],
);

const S002: &str = "seed 002_9129b5a0a5cd8d6a.txt (OsKu work activity)";

pub(crate) const CONTENT_MISSING: RuleInfo = rule(
    "path.content_missing",
    Warning,
    S002,
    None,
    [
        "Työtoiminnan sisältö puuttuu",
        "Innehåll saknas i arbetsverksamheten",
        "Work-activity content missing",
    ],
    [
        "Työtoiminnassa ei ole sisältöä {content}; kaikkia kolmea tulisi olla asiakkaan tarvitsemassa suhteessa.",
        "Arbetsverksamheten saknar innehållet {content}; alla tre borde ingå i den proportion klienten behöver.",
        "The work activity has no {content}; all three contents belong in the proportion the client needs.",
    ],
);
pub(crate) const CONTENT_OFF_PROFILE: RuleInfo = rule(
    "path.content_off_profile",
    Warning,
    S002,
    Some("Tolerances.content_mix_points, ServiceModels::profiles"),
    [
        "Sisältöjen suhde poikkeaa mallista",
        "Innehållens proportion avviker från modellen",
        "Content mix off the model",
    ],
    [
        "Toteutunut sisältöjen suhde poikkeaa mallin {model} painotuksesta {distance} prosenttiyksikköä (enintään {max}).",
        "Det genomförda innehållet avviker {distance} procentenheter från modellen {model} (högst {max}).",
        "The delivered content mix is {distance} points from the profile of {model} (at most {max}).",
    ],
);
pub(crate) const GROUP_FORMAT_WITHOUT_GROUP: RuleInfo = rule(
    "path.group_format_without_group",
    Error,
    S002,
    None,
    [
        "Ryhmämuoto ilman ryhmää",
        "Gruppformat utan grupp",
        "Group format without a group",
    ],
    [
        "Ryhmämuoto on kirjattu, mutta toimintamuoto on {form}.",
        "Ett gruppformat är registrerat, men verksamhetsformen är {form}.",
        "A group format is recorded, but the form is {form}.",
    ],
);
pub(crate) const TRANSITION_OUT_OF_ORDER: RuleInfo = rule(
    "path.transition_out_of_order",
    Error,
    S002,
    None,
    [
        "Siirtymä väärässä järjestyksessä",
        "Övergång i fel ordning",
        "Transition out of order",
    ],
    [
        "Siirtymä {date} on ennen palvelun alkua tai edellistä siirtymää ({after}).",
        "Övergången {date} är före tjänstens början eller den föregående övergången ({after}).",
        "The transition on {date} is before the start or the previous transition ({after}).",
    ],
);

impl ServicePath {
    /// Checks the path as of `as_of` against the crate's default service models.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{ClientId, Enrolment, Key, RuleCode, ServicePath};
    ///
    /// let mut path = ServicePath::new(ClientId::new("demo-1")?);
    /// path.enrolments.push(Enrolment::new(Key::new("no_such_model")?, NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?));
    /// let report = path.validate(NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?);
    /// let finding = report.with_code(RuleCode::PathUnknownModel).next().ok_or("none")?;
    /// assert_eq!(finding.path().as_str(), "/enrolments/0/model");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self, as_of: NaiveDate) -> Report {
        self.validate_with(&ServiceModels::defaults(), as_of)
    }

    /// Checks the path as of `as_of` against `models`.
    pub fn validate_with(&self, models: &ServiceModels, as_of: NaiveDate) -> Report {
        let mut check = Check {
            path: self,
            as_of,
            profiles: models.profiles(),
            report: Report::new(),
        };
        if !crate::calendar::is_supported(as_of) {
            check.push(
                Finding::new(RuleCode::PathDateOutOfRange, JsonPointer::root())
                    .param("date", as_of),
            );
        }
        check.dates();
        check.enrolment_overlaps();
        for (index, enrolment) in self.enrolments.iter().enumerate() {
            let base = JsonPointer::root().field("enrolments").index(index);
            match models.get(&enrolment.model) {
                Some(spec) => check.enrolment(enrolment, spec, &base),
                None => check.report.push(
                    Finding::new(RuleCode::PathUnknownModel, base.field("model"))
                        .param("model", enrolment.model.as_str()),
                ),
            }
        }
        check.coordinators_overlap();
        check.jobs();
        check.closure();
        check.report
    }
}

struct Check<'a> {
    path: &'a ServicePath,
    as_of: NaiveDate,
    profiles: &'a crate::work_activity::model::Profiles,
    report: Report,
}

fn next_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(1)).unwrap_or(date)
}

fn plus_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

fn minus_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_sub_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MIN)
}

/// Whether a record with last day `end` had ended before `as_of`.
fn ended_before(end: Option<NaiveDate>, as_of: NaiveDate) -> bool {
    end.is_some_and(|end| end < as_of)
}

/// The last day a record counts as running on `as_of`: its end, or `as_of` while open.
fn last_day(end: Option<NaiveDate>, as_of: NaiveDate) -> NaiveDate {
    end.map_or(as_of, |end| end.min(as_of))
}

impl Check<'_> {
    fn push(&mut self, finding: Finding) {
        self.report.push(finding);
    }

    /// Reversed ranges and dates after `as_of`, across the whole document. Pointers are
    /// built only for findings, so a clean path allocates none.
    fn dates(&mut self) {
        let path = self.path;
        let root = JsonPointer::root;
        for (index, assignment) in path.coordinators.iter().enumerate() {
            let at = || root().field("coordinators").index(index);
            self.future(assignment.start, || at().field("start"));
            self.reversed(assignment.start, assignment.end, || at().field("end"));
        }
        for (index, enrolment) in path.enrolments.iter().enumerate() {
            let at = || root().field("enrolments").index(index);
            self.future(enrolment.start, || at().field("start"));
            self.reversed(enrolment.start, enrolment.end, || at().field("end"));
            for (j, phase) in enrolment.phases.iter().enumerate() {
                let phase_at = || at().field("phases").index(j);
                self.future(phase.start, || phase_at().field("start"));
                self.reversed(phase.start, phase.end, || phase_at().field("end"));
            }
            for (j, event) in enrolment.events.iter().enumerate() {
                self.future(event.date(), || at().field("events").index(j).field("date"));
            }
            for (j, measurement) in enrolment.measurements.iter().enumerate() {
                self.future(measurement.date, || {
                    at().field("measurements").index(j).field("date")
                });
            }
        }
        for (index, goal) in path.goals.iter().enumerate() {
            self.future(goal.set_on, || {
                root().field("goals").index(index).field("set_on")
            });
        }
        if let Some(closure) = &path.closure {
            self.future(closure.date, || root().field("closure").field("date"));
        }
    }

    fn future(&mut self, date: NaiveDate, at: impl FnOnce() -> JsonPointer) {
        if !crate::calendar::is_supported(date) {
            self.push(Finding::new(RuleCode::PathDateOutOfRange, at()).param("date", date));
        } else if date > self.as_of {
            self.push(
                Finding::new(RuleCode::PathDateInFuture, at())
                    .param("date", date)
                    .param("as_of", self.as_of),
            );
        }
    }

    fn reversed(
        &mut self,
        start: NaiveDate,
        end: Option<NaiveDate>,
        at: impl FnOnce() -> JsonPointer,
    ) {
        if let Some(end) = end.filter(|end| *end < start) {
            self.push(
                Finding::new(RuleCode::PathDatesReversed, at())
                    .param("start", start)
                    .param("end", end),
            );
        }
    }

    fn enrolment_overlaps(&mut self) {
        let enrolments = &self.path.enrolments;
        let mut order: Vec<usize> = (0..enrolments.len()).collect();
        order.sort_by(|&a, &b| {
            (&enrolments[a].model, enrolments[a].start, a).cmp(&(
                &enrolments[b].model,
                enrolments[b].start,
                b,
            ))
        });
        let mut findings = Vec::new();
        for pair in order.windows(2) {
            let (earlier, later) = (&enrolments[pair[0]], &enrolments[pair[1]]);
            if earlier.model == later.model && earlier.end.is_none_or(|end| later.start <= end) {
                findings.push((pair[1], pair[0]));
            }
        }
        findings.sort_unstable();
        for (index, other) in findings {
            self.push(
                Finding::new(
                    RuleCode::PathEnrolmentsOverlap,
                    JsonPointer::root().field("enrolments").index(index),
                )
                .param("model", self.path.enrolments[index].model.as_str())
                .param("other", other),
            );
        }
    }

    fn enrolment(&mut self, enrolment: &Enrolment, spec: &ServiceModelSpec, base: &JsonPointer) {
        let supported = |date: Option<NaiveDate>| date.is_none_or(crate::calendar::is_supported);
        let in_range = supported(Some(enrolment.start))
            && supported(enrolment.end)
            && enrolment
                .phases
                .iter()
                .all(|p| supported(Some(p.start)) && supported(p.end))
            && crate::calendar::is_supported(self.as_of);
        if !in_range {
            // `dates` has reported the dates; time rules over them would not terminate soon.
            return;
        }
        let phases = self.phases(enrolment, spec, base);
        self.events_in_enrolment(enrolment, base);
        for (index, phase_spec) in phases {
            let record = &enrolment.phases[index];
            let at = base.clone().field("phases").index(index);
            self.cadence(enrolment, record, phase_spec, spec, base, &at);
            self.phase_contents(enrolment, record, phase_spec, &at);
            self.measurements(enrolment, record, phase_spec, spec, base);
        }
        for requirement in &spec.requirements {
            self.requirement(enrolment, requirement, base);
        }
        if let Some(placement) = &enrolment.work_activity {
            self.placement(enrolment, placement, spec, base);
        }
    }

    /// The OsKu placement: all three contents, near the model's profile; group formats
    /// only for groups; transitions in order.
    fn placement(
        &mut self,
        enrolment: &Enrolment,
        placement: &crate::work_activity::placement::WorkActivityPlacement,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        use crate::work_activity::model::Content;
        use crate::work_activity::placement::PlaceForm;
        let at = || base.clone().field("work_activity");
        if placement.group_format.is_some() && placement.form != PlaceForm::Group {
            self.push(
                Finding::new(
                    RuleCode::PathGroupFormatWithoutGroup,
                    at().field("group_format"),
                )
                .param("form", ParamValue::term(placement.form)),
            );
        }
        let mut after = enrolment.start;
        for (index, transition) in placement.transitions.iter().enumerate() {
            if transition.date < after {
                self.push(
                    Finding::new(
                        RuleCode::PathTransitionOutOfOrder,
                        at().field("transitions").index(index),
                    )
                    .param("date", transition.date)
                    .param("after", after),
                );
            }
            after = after.max(transition.date);
        }
        let Some(mix) = placement.delivered_minutes.mix() else {
            return;
        };
        // Missing means no minutes at all: a small share that rounds to 0 % is there.
        let delivered = &placement.delivered_minutes;
        let contents = [
            (
                Content::LifeManagement,
                "life_management",
                delivered.life_management,
            ),
            (
                Content::WorkingLifeReadiness,
                "working_life_readiness",
                delivered.working_life_readiness,
            ),
            (
                Content::DoingTheWork,
                "doing_the_work",
                delivered.doing_the_work,
            ),
        ];
        for (content, field, _) in contents.iter().filter(|(_, _, minutes)| *minutes == 0) {
            self.push(
                Finding::new(
                    RuleCode::PathContentMissing,
                    at().field("delivered_minutes").field(field),
                )
                .param("content", ParamValue::term(*content)),
            );
        }
        let model = placement.current_model();
        let distance = mix.distance(&self.profiles.of(model));
        let max = spec.tolerances.content_mix_points;
        if distance > max {
            self.push(
                Finding::new(
                    RuleCode::PathContentOffProfile,
                    at().field("delivered_minutes"),
                )
                .param("model", ParamValue::term(model))
                .param("distance", distance)
                .param("max", max),
            );
        }
    }

    /// Phase records: known, ordered, inside the enrolment, of the right length. Returns the
    /// records with a known phase, with their spec.
    fn phases<'s>(
        &mut self,
        enrolment: &Enrolment,
        spec: &'s ServiceModelSpec,
        base: &JsonPointer,
    ) -> Vec<(usize, &'s PhaseSpec)> {
        let mut known = Vec::new();
        for (index, record) in enrolment.phases.iter().enumerate() {
            let at = base.clone().field("phases").index(index);
            match spec.phase(&record.phase) {
                Some(phase_spec) => known.push((index, phase_spec)),
                None => self.push(
                    Finding::new(RuleCode::PathUnknownPhase, at.field("phase"))
                        .param("phase", record.phase.as_str())
                        .param("model", spec.id.as_str()),
                ),
            }
        }
        let mut order: Vec<usize> = (0..enrolment.phases.len()).collect();
        order.sort_by_key(|&index| (enrolment.phases[index].start, index));
        let mut previous: Option<usize> = None;
        for &index in &order {
            let record = &enrolment.phases[index];
            let at = base.clone().field("phases").index(index);
            let allowed: Vec<&str> = match previous {
                None => spec
                    .phases
                    .first()
                    .map(|first| vec![first.id.as_str()])
                    .unwrap_or_default(),
                Some(prev) => spec
                    .phase(&enrolment.phases[prev].phase)
                    .map(|prev_spec| prev_spec.next.iter().map(|key| key.as_str()).collect())
                    .unwrap_or_default(),
            };
            let known_phase = spec.phase(&record.phase).is_some();
            let previous_known =
                previous.is_none_or(|prev| spec.phase(&enrolment.phases[prev].phase).is_some());
            if known_phase && previous_known && !allowed.contains(&record.phase.as_str()) {
                let allowed = if allowed.is_empty() {
                    "-".to_owned()
                } else {
                    allowed.join(", ")
                };
                self.push(
                    Finding::new(RuleCode::PathPhaseOrder, at.clone().field("phase"))
                        .param("phase", record.phase.as_str())
                        .param("allowed", allowed),
                );
            }
            if let Some(prev) = previous {
                let prev_record = &enrolment.phases[prev];
                if prev_record.end.is_none_or(|end| record.start <= end) {
                    self.push(
                        Finding::new(RuleCode::PathPhasesOverlap, at.clone())
                            .param("phase", record.phase.as_str())
                            .param("start", record.start)
                            .param("other", prev_record.phase.as_str()),
                    );
                }
            }
            let starts_before = record.start < enrolment.start;
            let ends_after = match (record.end, enrolment.end) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(phase_end), Some(end)) => phase_end > end,
            };
            if starts_before || ends_after {
                let end = enrolment
                    .end
                    .map_or_else(|| ParamValue::Text("-".into()), ParamValue::Date);
                self.push(
                    Finding::new(RuleCode::PathPhaseOutsideEnrolment, at.clone())
                        .param("phase", record.phase.as_str())
                        .param("start", enrolment.start)
                        .param("end", end),
                );
            }
            previous = Some(index);
        }
        for &(index, phase_spec) in &known {
            self.length(
                &enrolment.phases[index],
                phase_spec,
                spec,
                &base.clone().field("phases").index(index),
            );
        }
        if enrolment.end.is_some_and(|end| end <= self.as_of) {
            for phase_spec in spec.phases.iter().filter(|phase| !phase.optional) {
                if !enrolment
                    .phases
                    .iter()
                    .any(|record| record.phase == phase_spec.id)
                {
                    self.push(
                        Finding::new(
                            RuleCode::PathRequiredPhaseMissing,
                            base.clone().field("phases"),
                        )
                        .param("phase", phase_spec.id.as_str()),
                    );
                }
            }
        }
        known
    }

    fn length(
        &mut self,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        spec: &ServiceModelSpec,
        at: &JsonPointer,
    ) {
        let Some(length) = phase_spec.length else {
            return;
        };
        let tolerance = spec.tolerances.length_days;
        // Length is measured to the day after the last day, so 8.1.–7.4. is 3 months.
        let end_exclusive = next_day(last_day(record.end, self.as_of));
        if let Some(limit) =
            add_months(record.start, length.max_months).map(|d| plus_days(d, tolerance))
            && end_exclusive > limit
        {
            let latest_end = limit.pred_opt().unwrap_or(limit);
            self.push(
                Finding::new(RuleCode::PathPhaseTooLong, at.clone())
                    .param("phase", record.phase.as_str())
                    .param("max_months", length.max_months)
                    .param("latest_end", latest_end),
            );
        }
        if let Some(end) = record.end.filter(|end| *end <= self.as_of)
            && let Some(limit) =
                add_months(record.start, length.min_months).map(|d| minus_days(d, tolerance))
            && next_day(end) < limit
        {
            self.push(
                Finding::new(RuleCode::PathPhaseTooShort, at.clone())
                    .param("phase", record.phase.as_str())
                    .param("min_months", length.min_months)
                    .param("end", end),
            );
        }
    }

    fn events_in_enrolment(&mut self, enrolment: &Enrolment, base: &JsonPointer) {
        for (index, event) in enrolment.events.iter().enumerate() {
            let date = event.date();
            let kind = event.kind();
            let at = || base.clone().field("events").index(index).field("date");
            // A referral and a plan come before the service starts.
            let preparatory = matches!(kind, EventKind::Referral | EventKind::Plan);
            let before = date < enrolment.start && !preparatory;
            let after = enrolment.end.is_some_and(|end| date > end);
            if before || after {
                self.push(
                    Finding::new(RuleCode::PathEventOutsideEnrolment, at())
                        .param("event", ParamValue::term(kind))
                        .param("date", date),
                );
            } else if !preparatory
                && enrolment.contains(date)
                && !enrolment.phases.iter().any(|phase| phase.contains(date))
            {
                self.push(
                    Finding::new(RuleCode::PathEventOutsidePhase, at())
                        .param("event", ParamValue::term(kind))
                        .param("date", date),
                );
            }
        }
    }

    fn cadence(
        &mut self,
        enrolment: &Enrolment,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
        at: &JsonPointer,
    ) {
        // Periods wholly inside the phase and wholly before `as_of`.
        let until = last_day(record.end, self.as_of.pred_opt().unwrap_or(self.as_of));
        for cadence in &phase_spec.cadence {
            // One pass over the events: each is checked for its length and counted in the
            // bucket of its period (periods are indexes, not dates).
            let (from, to) = crate::service::period::whole_range(cadence.per, record.start, until);
            let periods = usize::try_from(to - from + 1).unwrap_or(0);
            let mut counts = vec![(0u32, 0u32); periods];
            for (index, event) in enrolment.events.iter().enumerate() {
                if event.kind() != cadence.event || !record.contains(event.date()) {
                    continue;
                }
                let minutes = event.minutes();
                if let Some(minutes) = minutes {
                    let event_at = || base.clone().field("events").index(index).field("minutes");
                    if let Some(min) = cadence.min_minutes.filter(|min| minutes < *min) {
                        self.push(
                            Finding::new(RuleCode::PathContactTooShort, event_at())
                                .param("event", ParamValue::term(cadence.event))
                                .param("minutes", minutes)
                                .param("min", min),
                        );
                    }
                    if let Some(max) = cadence.max_minutes.filter(|max| minutes > *max) {
                        self.push(
                            Finding::new(RuleCode::PathContactTooLong, event_at())
                                .param("event", ParamValue::term(cadence.event))
                                .param("minutes", minutes)
                                .param("max", max),
                        );
                    }
                }
                let offset = crate::service::period::index_of(cadence.per, event.date()) - from;
                if let Some(bucket) = usize::try_from(offset).ok().and_then(|i| counts.get_mut(i)) {
                    bucket.0 += 1;
                    bucket.1 = bucket.1.saturating_add(minutes.unwrap_or(0));
                }
            }
            let mut gaps = 0u32;
            for (offset, &(count, minutes)) in counts.iter().enumerate() {
                let period =
                    || PeriodSpan::containing_index(cadence.per, from + offset as i64).to_string();
                if count < cadence.min_count {
                    gaps += 1;
                    let mut finding = Finding::new(RuleCode::PathCadenceGap, at.clone())
                        .param("phase", record.phase.as_str())
                        .param("period", period())
                        .param("event", ParamValue::term(cadence.event))
                        .param("required", cadence.min_count)
                        .param("actual", count);
                    if gaps <= spec.tolerances.missed_periods {
                        finding = finding.with_severity(Severity::Info);
                    }
                    self.push(finding);
                }
                if let Some(max) = cadence.max_count.filter(|max| count > *max) {
                    self.push(
                        Finding::new(RuleCode::PathCadenceExceeded, at.clone())
                            .param("period", period())
                            .param("event", ParamValue::term(cadence.event))
                            .param("max", max)
                            .param("actual", count),
                    );
                }
                if let Some(max) = cadence.max_minutes_per_period.filter(|max| minutes > *max) {
                    self.push(
                        Finding::new(RuleCode::PathPeriodMinutesExceeded, at.clone())
                            .param("period", period())
                            .param("minutes", minutes)
                            .param("max", max),
                    );
                }
            }
        }
    }

    /// Totals and themes, checked once the phase has ended.
    fn phase_contents(
        &mut self,
        enrolment: &Enrolment,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        at: &JsonPointer,
    ) {
        let nothing_expected =
            phase_spec.totals.is_empty() && phase_spec.expected_themes.is_empty();
        if nothing_expected || !ended_before(record.end, self.as_of) {
            return;
        }
        let events = || {
            enrolment
                .events
                .iter()
                .filter(|event| record.contains(event.date()))
        };
        for total in &phase_spec.totals {
            let count = events().filter(|event| event.kind() == total.event).count();
            if count < total.min_count as usize {
                self.push(
                    Finding::new(RuleCode::PathTotalCountShort, at.clone())
                        .param("phase", record.phase.as_str())
                        .param("event", ParamValue::term(total.event))
                        .param("required", total.min_count)
                        .param("actual", count),
                );
            }
        }
        let covered: BTreeSet<_> = events()
            .flat_map(|event| event.themes().iter().copied())
            .collect();
        for theme in phase_spec
            .expected_themes
            .iter()
            .filter(|theme| !covered.contains(theme))
        {
            self.push(
                Finding::new(RuleCode::PathThemeNotCovered, at.clone())
                    .param("phase", record.phase.as_str())
                    .param("theme", ParamValue::term(*theme)),
            );
        }
    }

    fn measurements(
        &mut self,
        enrolment: &Enrolment,
        record: &PhaseRecord,
        phase_spec: &PhaseSpec,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        let window = spec.tolerances.measurement_window_days;
        let at = base.clone().field("measurements");
        let measured = |instrument, around| enrolment.measured_near(instrument, around, window);
        let due = plus_days(record.start, window);
        if self.as_of > due {
            for &instrument in &phase_spec.measurements_at_start {
                if !measured(instrument, record.start) {
                    self.push(
                        Finding::new(RuleCode::PathStartMeasurementMissing, at.clone())
                            .param("phase", record.phase.as_str())
                            .param("instrument", ParamValue::term(instrument))
                            .param("due", due),
                    );
                }
            }
        }
        if let Some(end) = record
            .end
            .filter(|end| plus_days(*end, window) < self.as_of)
        {
            for &instrument in &phase_spec.measurements_at_end {
                if !measured(instrument, end) {
                    self.push(
                        Finding::new(RuleCode::PathEndMeasurementMissing, at.clone())
                            .param("phase", record.phase.as_str())
                            .param("instrument", ParamValue::term(instrument)),
                    );
                }
            }
        }
    }

    fn requirement(
        &mut self,
        enrolment: &Enrolment,
        requirement: &Requirement,
        base: &JsonPointer,
    ) {
        let events_at = || base.clone().field("events");
        let first = |kind: EventKind| -> Option<(usize, &Event)> {
            enrolment
                .events
                .iter()
                .enumerate()
                .filter(|(_, event)| event.kind() == kind)
                .min_by_key(|(index, event)| (event.date(), *index))
        };
        match requirement {
            Requirement::PlanBeforeStart { plans } => {
                self.plan_before_start(enrolment, plans, base)
            }
            Requirement::SingleCoordinator {} => self.coordinator_coverage(enrolment),
            Requirement::Team {
                min_professions,
                health_care,
            } => {
                let professions: BTreeSet<_> = self
                    .path
                    .team
                    .iter()
                    .map(|member| member.profession)
                    .collect();
                let team_at = JsonPointer::root().field("team");
                if professions.len() < *min_professions as usize {
                    self.push(
                        Finding::new(RuleCode::PathTeamTooSmall, team_at.clone())
                            .param("required", *min_professions)
                            .param("actual", professions.len()),
                    );
                }
                if *health_care && !professions.iter().any(|p| p.is_health_care()) {
                    self.push(Finding::new(RuleCode::PathTeamWithoutHealthCare, team_at));
                }
            }
            Requirement::Referral {} => {
                if first(EventKind::Referral).is_none() {
                    self.push(Finding::new(RuleCode::PathReferralMissing, events_at()));
                }
            }
            Requirement::PhysiotherapyAssessmentBeforeGroup {} => {
                if let Some((index, group)) = first(EventKind::GroupSession) {
                    let assessed = enrolment.events.iter().any(|event| {
                        event.kind() == EventKind::PhysiotherapyAssessment
                            && event.date() <= group.date()
                    });
                    if !assessed {
                        self.push(
                            Finding::new(
                                RuleCode::PathPhysiotherapyAssessmentMissing,
                                events_at().index(index),
                            )
                            .param("date", group.date()),
                        );
                    }
                }
            }
            Requirement::FreeForClient {} => {
                if enrolment.client_fee_cents > 0 {
                    self.push(
                        Finding::new(
                            RuleCode::PathClientFee,
                            base.clone().field("client_fee_cents"),
                        )
                        .param("fee_cents", enrolment.client_fee_cents),
                    );
                }
            }
            Requirement::HealthAssessmentOffered { phase } => {
                for (index, record) in enrolment.phases.iter().enumerate() {
                    if &record.phase != phase || !ended_before(record.end, self.as_of) {
                        continue;
                    }
                    let offered = enrolment.events.iter().any(|event| {
                        event.kind() == EventKind::HealthAssessment && record.contains(event.date())
                    });
                    if !offered {
                        self.push(
                            Finding::new(
                                RuleCode::PathHealthAssessmentNotOffered,
                                base.clone().field("phases").index(index),
                            )
                            .param("phase", phase.as_str()),
                        );
                    }
                }
            }
            Requirement::EmployerContactWithin { days } => {
                let due = plus_days(enrolment.start, *days);
                let (index, late) = match first(EventKind::EmployerContact) {
                    Some((index, contact)) => (Some(index), contact.date() > due),
                    None => (None, self.as_of > due),
                };
                if late {
                    let at = index.map_or_else(events_at, |index| events_at().index(index));
                    self.push(
                        Finding::new(RuleCode::PathJobSearchLate, at)
                            .param("days", *days)
                            .param("due", due),
                    );
                }
            }
            Requirement::SupportAfterJobStart { within_days } => {
                for (index, event) in enrolment.events.iter().enumerate() {
                    let Event::JobStart { date, .. } = event else {
                        continue;
                    };
                    let until = plus_days(*date, *within_days);
                    if self.as_of <= until || enrolment.end.is_some_and(|end| end < until) {
                        continue;
                    }
                    if !enrolment.meeting_between(*date, until) {
                        self.push(
                            Finding::new(
                                RuleCode::PathNoSupportAfterJobStart,
                                events_at().index(index),
                            )
                            .param("date", *date)
                            .param("days", *within_days),
                        );
                    }
                }
            }
        }
    }

    fn plan_before_start(&mut self, enrolment: &Enrolment, plans: &[PlanKind], base: &JsonPointer) {
        let latest = enrolment.plan_before_start(plans);
        let events_at = base.clone().field("events");
        match latest {
            None => self.push(
                Finding::new(RuleCode::PathPlanMissing, events_at).param("start", enrolment.start),
            ),
            Some((
                index,
                Event::Plan {
                    records_goal,
                    records_support,
                    ..
                },
            )) => {
                let missing: Vec<&str> = [
                    (*records_goal, "goal"),
                    (*records_support, "support and guidance"),
                ]
                .into_iter()
                .filter(|(recorded, _)| !recorded)
                .map(|(_, what)| what)
                .collect();
                if !missing.is_empty() {
                    self.push(
                        Finding::new(RuleCode::PathPlanIncomplete, events_at.index(index))
                            .param("missing", missing.join(", ")),
                    );
                }
            }
            Some(_) => {}
        }
    }

    /// Days of the enrolment, up to `as_of`, without any coordinator.
    fn coordinator_coverage(&mut self, enrolment: &Enrolment) {
        let last = last_day(enrolment.end, self.as_of);
        if last < enrolment.start {
            return;
        }
        let mut assignments: Vec<(NaiveDate, Option<NaiveDate>)> = self
            .path
            .coordinators
            .iter()
            .filter(|a| a.end.is_none_or(|end| end >= a.start))
            .map(|a| (a.start, a.end))
            .collect();
        assignments.sort_unstable();
        // `cursor` is the first day not yet covered; `None` once covered for good.
        let mut cursor = Some(enrolment.start);
        let mut gaps = Vec::new();
        for (start, end) in assignments {
            let Some(from) = cursor else { break };
            if from > last {
                break;
            }
            if start > from {
                gaps.push((from, start.pred_opt().unwrap_or(start).min(last)));
            }
            cursor = match end {
                None => None,
                Some(end) if end >= from => end.succ_opt(),
                Some(_) => Some(from),
            };
        }
        if let Some(from) = cursor
            && from <= last
        {
            gaps.push((from, last));
        }
        for (from, to) in gaps {
            self.push(
                Finding::new(
                    RuleCode::PathNoCoordinator,
                    JsonPointer::root().field("coordinators"),
                )
                .param("from", from)
                .param("to", to),
            );
        }
    }

    fn coordinators_overlap(&mut self) {
        let coordinators = &self.path.coordinators;
        let mut order: Vec<usize> = (0..coordinators.len()).collect();
        order.sort_by_key(|&index| (coordinators[index].start, index));
        let mut reach: Option<(Option<NaiveDate>, usize)> = None;
        let mut findings = Vec::new();
        for &index in &order {
            let assignment = &coordinators[index];
            if let Some((end, other)) = reach {
                if end.is_none_or(|end| assignment.start <= end) {
                    findings.push((index, other));
                }
                let extends = match (end, assignment.end) {
                    (None, _) => false,
                    (Some(_), None) => true,
                    (Some(current), Some(new)) => new > current,
                };
                if extends {
                    reach = Some((assignment.end, index));
                }
            } else {
                reach = Some((assignment.end, index));
            }
        }
        findings.sort_unstable();
        for (index, other) in findings {
            self.push(
                Finding::new(
                    RuleCode::PathCoordinatorsOverlap,
                    JsonPointer::root().field("coordinators").index(index),
                )
                .param("start", coordinators[index].start)
                .param("other", other),
            );
        }
    }

    /// A job end needs an earlier (or same-day) job start somewhere on the path.
    fn jobs(&mut self) {
        let mut jobs: Vec<(NaiveDate, bool, usize, usize)> = Vec::new();
        for (e, enrolment) in self.path.enrolments.iter().enumerate() {
            for (index, event) in enrolment.events.iter().enumerate() {
                match event {
                    Event::JobStart { date, .. } => jobs.push((*date, false, e, index)),
                    Event::JobEnd { date } => jobs.push((*date, true, e, index)),
                    _ => {}
                }
            }
        }
        // Starts sort before ends on the same day.
        jobs.sort_unstable();
        let mut open = 0usize;
        for (date, is_end, e, index) in jobs {
            if !is_end {
                open += 1;
            } else if open > 0 {
                open -= 1;
            } else {
                self.push(
                    Finding::new(
                        RuleCode::PathJobEndWithoutStart,
                        JsonPointer::root()
                            .field("enrolments")
                            .index(e)
                            .field("events")
                            .index(index),
                    )
                    .param("date", date),
                );
            }
        }
    }

    fn closure(&mut self) {
        let Some(closure) = &self.path.closure else {
            return;
        };
        let at = JsonPointer::root().field("closure");
        let last_event = self
            .path
            .enrolments
            .iter()
            .flat_map(|enrolment| {
                enrolment
                    .events
                    .iter()
                    .map(Event::date)
                    .chain(enrolment.measurements.iter().map(|m| m.date))
            })
            .max();
        if let Some(last_event) = last_event.filter(|last| *last > closure.date) {
            self.push(
                Finding::new(
                    RuleCode::PathClosureBeforeLastEvent,
                    at.clone().field("date"),
                )
                .param("date", closure.date)
                .param("last_event", last_event),
            );
        }
        for (index, enrolment) in self.path.enrolments.iter().enumerate() {
            if enrolment.end.is_none_or(|end| end > closure.date) {
                let base = JsonPointer::root().field("enrolments").index(index);
                let pointer = if enrolment.end.is_some() {
                    base.field("end")
                } else {
                    base
                };
                self.push(
                    Finding::new(RuleCode::PathOpenAfterClosure, pointer)
                        .param("date", closure.date),
                );
            }
        }
        if closure.outcome == Outcome::Other
            && closure
                .note
                .as_deref()
                .is_none_or(|note| note.trim().is_empty())
        {
            self.push(Finding::new(
                RuleCode::PathClosureNoteMissing,
                at.field("note"),
            ));
        }
    }
}
