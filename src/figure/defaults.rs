//! The crate's derived defaults: numbers no source gives, each with the reason it is what
//! it is. A model spec sets its own where a municipality or project knows better; the
//! severity policy makes a departure from a derived default a warning at most.

use super::dated::{Basis, Dated, Figure, Unit};
use crate::i18n::Labels;

/// Declares a derived default with its reason.
macro_rules! derived {
    ($(#[doc = $doc:literal])+ $name:ident = $id:literal, $value:expr, $unit:ident,
     [$fi:literal, $sv:literal, $en:literal], $reason:literal) => {
        $(#[doc = $doc])+
        pub static $name: Figure<u32> = Figure::new(
            $id,
            Labels { fi: $fi, sv: $sv, en: $en },
            Unit::$unit,
            &[Dated::always($value, Basis::derived($reason))],
        );
    };
}

derived! {
    /// Periods of a cadence that may miss their contacts unexplained before a gap is a
    /// warning: 0.
    MISSED_PERIODS = "defaults.missed_periods", 0, Count,
    ["Sallitut selittämättömät väliin jääneet viikot tai kuukaudet", "Tillåtna oförklarade missade perioder", "Unexplained missed periods tolerated"],
    "a gap nobody explained is worth a look"
}

derived! {
    /// Days a phase may run over or under its length: 0.
    LENGTH_DAYS = "defaults.length_days", 0, Days,
    ["Vaiheen pituuden jousto", "Tolerans för fasens längd", "Tolerance of a phase's length"],
    "the lengths are the sources' own"
}

derived! {
    /// Days the mapping and coaching service's phases may run over or under their months:
    /// 7.
    MAPPING_AND_COACHING_LENGTH_DAYS = "defaults.mapping_and_coaching_length_days", 7, Days,
    ["Kartoitus- ja valmennusjaksojen pituuden jousto", "Tolerans för kartläggnings- och coachningsfasernas längd", "Tolerance of the mapping and coaching phases' lengths"],
    "a week: the source gives its phases in whole months of weekly and monthly meetings, so a phase ending within the week of its last meeting keeps to it"
}

derived! {
    /// Days after a phase starts by which its start measurements are due, and around its
    /// end within which an end measurement counts: 14.
    MEASUREMENT_WINDOW_DAYS = "defaults.measurement_window_days", 14, Days,
    ["Mittauksen aikaikkuna", "Tidsfönster för mätning", "Measurement window"],
    "two weeks, the interval of the sources' weekly rhythm twice over; no source names one"
}

derived! {
    /// How far a placement's delivered content mix may be from its model's profile, in
    /// percentage points: 30.
    CONTENT_MIX_POINTS = "defaults.content_mix_points", 30, PercentagePoints,
    ["Sisältöjen suhteen jousto", "Tolerans för innehållens fördelning", "Tolerance of the content mix"],
    "a third of the mix moved elsewhere"
}

derived! {
    /// The share of a period that excused absences and interruptions must cover for it to
    /// owe no contacts, in percent: 50.
    EXCUSED_PERIOD_PERCENT = "defaults.excused_period_percent", 50, Percent,
    ["Poissaolon osuus, joka vapauttaa viikon tai kuukauden", "Andel frånvaro som befriar perioden", "Share of absence that excuses a period"],
    "away for most of the period; a day or two of sickness in a week leaves days for the contact"
}

derived! {
    /// Days an interruption may last before it is a warning: 90.
    INTERRUPTION_DAYS = "defaults.interruption_days", 90, Days,
    ["Keskeytyksen pituus ennen huomautusta", "Avbrottets längd före anmärkning", "Days of interruption before a warning"],
    "three months, the shortest period of rehabilitative work activity, after which the plan is worth reviewing"
}

derived! {
    /// Days two coordinators may overlap while one hands the client over: 14.
    HANDOVER_DAYS = "defaults.handover_days", 14, Days,
    ["Asiakasvastaavien päällekkäisyys luovutuksessa", "Överlappning mellan klientansvariga vid överlämning", "Coordinators' overlap in a handover"],
    "two weeks for a handover; no source gives one"
}

derived! {
    /// Days from the identified need to the multiprofessional assessment: 30.
    WORKFLOW_ASSESSMENT_DAYS = "defaults.workflow_assessment_days", 30, Days,
    ["Päiviä tunnistetusta tarpeesta arvioon", "Dagar från identifierat behov till bedömning", "Days from the identified need to the assessment"],
    "the sources give no time; a month is one round of a team's monthly meeting"
}

derived! {
    /// Days from the assessment to the shared plan: 30.
    WORKFLOW_PLAN_DAYS = "defaults.workflow_plan_days", 30, Days,
    ["Päiviä arviosta suunnitelmaan", "Dagar från bedömning till plan", "Days from the assessment to the plan"],
    "the sources give no time; a month is one round of a team's monthly meeting"
}

derived! {
    /// The fewest professions in a multiprofessional team: 3.
    TEAM_MIN_PROFESSIONS = "defaults.team_min_professions", 3, Count,
    ["Moniammatillisen tiimin ammatteja vähintään", "Minst antal yrken i ett multiprofessionellt team", "Fewest professions in a multiprofessional team"],
    "the smallest team that is multiprofessional across health, social and employment services"
}

derived! {
    /// Team meetings about the client in a calendar month, for a municipality that opts in:
    /// 1. No default model uses it.
    TEAM_MEETINGS_A_MONTH = "defaults.team_meetings_a_month", 1, Count,
    ["Tiimin tapaamiset kuukaudessa", "Teamets möten per månad", "Team meetings a month"],
    "an opt-in: neither source states a rhythm of team meetings, so no default model has one; a municipality that follows each client at a monthly meeting names this figure in its cadence"
}

derived! {
    /// Meetings of the job coach with the client's treatment team in a calendar month: 1.
    IPS_TREATMENT_TEAM_MEETINGS_A_MONTH = "defaults.ips_treatment_team_meetings_a_month", 1, Count,
    ["Hoitotiimin tapaamiset kuukaudessa", "Möten med vårdteamet per månad", "Treatment team meetings a month"],
    "IPS integrates the job coaching with the client's treatment team through frequent contact (the IPS-25 fidelity scale, Bond et al. 2012, items on integration with treatment); the scale's anchors are in its copyrighted manual and were not read, so the floor is a monthly meeting, which a unit that meets weekly raises"
}

derived! {
    /// Weeks in a row that differ from a plan's dose before it is worth a finding: 2.
    DOSE_WEEKS_IN_A_ROW = "defaults.dose_weeks_in_a_row", 2, Weeks,
    ["Sovitusta määrästä poikkeavia viikkoja peräkkäin", "Veckor i rad som avviker från planens omfattning", "Weeks in a row off the plan's dose"],
    "a single odd week is ordinary casework (a public holiday, a day swapped); two in a row suggest the plan and the days have parted"
}

derived! {
    /// How far a week's mean day may be from the dose's minutes a day: 60.
    DOSE_MINUTES_OFF = "defaults.dose_minutes_off", 60, Minutes,
    ["Päivän pituuden poikkeama sovitusta", "Dagens avvikelse från planens längd", "A day's departure from the dose's length"],
    "an hour: a day ended early or begun late now and then stays within it"
}

derived! {
    /// Days ahead the planner lists upcoming items: 14.
    PLANNER_HORIZON_DAYS = "defaults.planner_horizon_days", 14, Days,
    ["Suunnittelun näkymä eteenpäin", "Planerarens horisont", "The planner's horizon"],
    "two weeks: a coordinator's fortnight of appointments"
}

/// The working-age range for statistics: 15–64 years (Statistics Finland).
pub static WORKING_AGE_MIN: Figure<u32> = Figure::new(
    "statistics.working_age_min",
    Labels {
        fi: "Työikäisyyden alaraja",
        sv: "Nedre gräns för arbetsför ålder",
        en: "Youngest working age",
    },
    Unit::Years,
    &[Dated::always(
        15,
        Basis::statistics(
            crate::source::WORKING_AGE,
            "the working-age population is 15–64",
        ),
    )],
);

/// The working-age range for statistics: 15–64 years (Statistics Finland).
pub static WORKING_AGE_MAX: Figure<u32> = Figure::new(
    "statistics.working_age_max",
    Labels {
        fi: "Työikäisyyden yläraja",
        sv: "Övre gräns för arbetsför ålder",
        en: "Oldest working age",
    },
    Unit::Years,
    &[Dated::always(
        64,
        Basis::statistics(
            crate::source::WORKING_AGE,
            "the working-age population is 15–64",
        ),
    )],
);

derived! {
    /// The most findings of one rule in one report: 100.
    MAX_FINDINGS_PER_RULE = "limits.max_findings_per_rule", 100, Count,
    ["Saman säännön havaintoja enintään", "Högst antal fynd per regel", "Most findings of one rule"],
    "a screenful per rule; a path with more findings of one rule needs a person, not a longer list"
}

derived! {
    /// The largest JSON document read, in bytes: 16 MiB.
    MAX_DOCUMENT_BYTES = "limits.max_document_bytes", 16 * 1024 * 1024, Count,
    ["Asiakirjan enimmäiskoko tavuina", "Dokumentets största storlek i byte", "Largest document in bytes"],
    "ten years of weekly events with notes is under 1 MB; the limit leaves room for a path with many enrolments and bounds what one request can make the parser allocate"
}

derived! {
    /// The most enrolments in one path: 1 000.
    MAX_ENROLMENTS = "limits.max_enrolments", 1_000, Count,
    ["Palvelujaksoja enintään", "Högst antal inskrivningar", "Most enrolments"],
    "a client takes part in a handful of services over years; a thousand is far past any real path"
}

derived! {
    /// The most events in one enrolment: 100 000.
    MAX_EVENTS_PER_ENROLMENT = "limits.max_events_per_enrolment", 100_000, Count,
    ["Tapahtumia palvelujaksossa enintään", "Högst antal händelser per inskrivning", "Most events in one enrolment"],
    "ten years of daily events is under 4 000"
}

derived! {
    /// The most phase records in one enrolment: 1 000.
    MAX_PHASE_RECORDS = "limits.max_phase_records", 1_000, Count,
    ["Vaihekirjauksia enintään", "Högst antal fasposter", "Most phase records"],
    "far past any real enrolment, which has a handful of phases"
}

derived! {
    /// The most calendar periods (weeks or months of a cadence) one path's obligations may
    /// span: 100 000.
    MAX_OBLIGATION_PERIODS = "limits.max_obligation_periods", 100_000, Count,
    ["Velvoitejaksoja enintään", "Högst antal skyldighetsperioder", "Most obligation periods"],
    "a working life of weekly contacts of five kinds is under 15 000 periods; a path past it is a calendar of copies, and checking it would cost time without telling more"
}

derived! {
    /// The most coordinator assignments and the most team members in one path, each: 1 000.
    MAX_PEOPLE = "limits.max_people", 1_000, Count,
    ["Työntekijöitä enintään", "Högst antal personer", "Most people"],
    "far past any real path, which has a handful of workers"
}
