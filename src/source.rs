//! The public sources the crate cites, each once.
//!
//! The five source documents are public web pages describing Finnish services; they are
//! cited by their own titles. Laws are cited by number and section as in force on a date;
//! where a section could not be verified against the consolidated text, the citation says
//! so.

/// *Hyvinvointiryhmä osatyökykyisille*: a service-model description of the Vahvaksi
/// project, Pudasjärvi employment and sports services, 2020–2022.
pub(crate) const WELLBEING_GROUP: &str = "Hyvinvointiryhmä osatyökykyisille (service-model description, Vahvaksi project, Pudasjärvi, 2020–2022)";

/// *Hyvinvointia ja työkykyä edistämässä*: a good-practice description of an assessment,
/// support and coaching service (structural-funds project S20058).
pub(crate) const MAPPING_AND_COACHING: &str = "Hyvinvointia ja työkykyä edistämässä (good-practice description, structural-funds project S20058)";

/// *OsKu – Osallisuutta kuntoutuksesta*: ESF project EURA S20463, South Ostrobothnia,
/// 1.9.2015–31.12.2017.
pub(crate) const OSKU: &str =
    "OsKu – Osallisuutta kuntoutuksesta (ESF project EURA S20463, South Ostrobothnia, 2015–2017)";

/// *OSAKSI-hanke: Monialaisuus vahvistamaan asiakkaan työ- ja toimintakykyä*: a project of
/// the Work Ability Programme 2019–2023, Kainuu.
pub(crate) const OSAKSI: &str = "OSAKSI-hanke: Monialaisuus vahvistamaan asiakkaan työ- ja toimintakykyä (Work Ability Programme 2019–2023, Kainuu)";

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: a service-model description of the
/// Varsinais-Suomi wellbeing services county, 2023–2024.
pub(crate) const WORK_ABILITY_PROGRAMME_VARSINAIS_SUOMI: &str = "Työkykyohjelman laajentaminen, Varsinais-Suomi (service-model description, Varsinais-Suomi wellbeing services county, 2023–2024)";

/// The IPS-25 fidelity scale.
pub(crate) const IPS_25: &str = "Bond, Peterson, Becker & Drake 2012, Validation of the revised Individual Placement and Support fidelity scale (IPS-25), Psychiatric Services 63(8), doi:10.1176/appi.ps.201100476";

/// Law 189/2001 §13: periods and weekly participation. Verified: the wording "periods of
/// 3–24 months; at least four hours a day on at least one and at most four days a calendar
/// week" came with law 142/2015 (in force 1.7.2015); law 702/2020 (in force 1.1.2021)
/// amended §13 again, and the consolidated text was not available to check that the
/// figures kept their place in it.
pub(crate) const KTT_PARTICIPATION: &str = "Act on Rehabilitative Work Activity 189/2001 §13 (3–24-month periods; at least 4 h a day on 1–4 days a calendar week, wording of 142/2015; section amended by 702/2020 from 1.1.2021)";

/// Municipal guidance on the longest day and week of rehabilitative work activity; a
/// guidance limit, not law.
pub(crate) const KTT_GUIDANCE: &str =
    "municipal guidance on rehabilitative work activity (at most 8 h a day and 32 h a week)";

/// The plan that precedes rehabilitative work activity.
pub(crate) const KTT_PLAN: &str = "Act on Rehabilitative Work Activity 189/2001 as amended by 702/2020 (from 1.1.2021): the activity is arranged as defined in an activation plan or a multiprofessional employment plan (§6), which records the goal of the activity and the support and guidance given (government proposal HE 13/2020; the section holding the recording duty is unverified)";

/// A structural invariant of the record itself: time runs one way.
pub(crate) const RECORD: &str = "structural invariant of the record: dates are consistent";

/// The rules derived from the service model spec in use.
pub(crate) const SPEC: &str =
    "the service model spec in use (the crate's default models cite their sources)";

/// The date range the crate supports.
pub(crate) const SUPPORTED_DATES: &str =
    "limit of this crate: dates are supported from 1900-01-01 to 2100-12-31";

/// The personal identity code.
pub(crate) const IDENTITY_CODE: &str = "Population Information Act 661/2009 §11; Government Decree 128/2010 (the personal identity code and its check character)";

/// Labour-market situations and partial work ability as the source documents describe
/// them.
pub(crate) const CLIENT_SITUATION: &str = "Hyvinvointiryhmä osatyökykyisille; OSAKSI-hanke (clients' labour-market situations and partial work ability)";

/// The working-age range used for statistics.
pub(crate) const WORKING_AGE: &str =
    "Statistics Finland: the working-age population is 15–64 years old (a configurable default)";
