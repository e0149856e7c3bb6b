//! The public sources the crate cites, each once: [`SOURCES`] lists them as [`Source`]s
//! (title, publisher, year, identifier), and the citation texts below, used by the rules
//! and models, name them. A test proves every rule's citation names a listed source or
//! says it is a limit of the crate or a structural invariant.
//!
//! The five source documents are public web pages describing Finnish services; they are
//! cited by their own titles. Laws are cited by number and section as in force on a date;
//! where a section could not be verified against the consolidated text, the citation says
//! so.
//!
//! ```
//! use tyokyky::source::{SOURCES, SourceKind};
//!
//! let osku = SOURCES.iter().find(|s| s.identifier == Some("EURA S20463")).ok_or("OsKu")?;
//! assert_eq!(osku.kind, SourceKind::SourceDocument);
//! assert!(osku.citation().starts_with("OsKu – Osallisuutta kuntoutuksesta"));
//! # Ok::<(), &str>(())
//! ```

use serde::Serialize;

/// What kind of source a [`Source`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// One of the five public descriptions of Finnish services the crate models.
    SourceDocument,
    /// A Finnish law or decree, by number and section.
    Law,
    /// A paper or a manual, by author, year and DOI or ISBN.
    Paper,
    /// Official statistics.
    Statistics,
    /// A public web page of guidance, by its address.
    WebPage,
}

/// One public source: what anyone needs to find and open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Source {
    /// A stable short name, e.g. `osku`.
    pub id: &'static str,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// Its own title, in its own language.
    pub title: &'static str,
    /// Who published it (authors, for a paper).
    pub publisher: &'static str,
    /// The year or years it covers or was published.
    pub year: &'static str,
    /// A project code, law number and section, DOI or ISBN, when it has one.
    pub identifier: Option<&'static str>,
    /// What the crate takes from it, and what could not be verified.
    pub note: &'static str,
}

impl Source {
    /// The citation as one line: title, publisher, year and identifier.
    pub fn citation(&self) -> String {
        match self.identifier {
            Some(identifier) => format!(
                "{} ({}, {}; {identifier})",
                self.title, self.publisher, self.year
            ),
            None => format!("{} ({}, {})", self.title, self.publisher, self.year),
        }
    }
}

/// Every public source the crate cites.
pub const SOURCES: &[Source] = &[
    Source {
        id: "wellbeing_group",
        kind: SourceKind::SourceDocument,
        title: "Hyvinvointiryhmä osatyökykyisille",
        publisher: "service-model description (toimintamalli), Vahvaksi project, Pudasjärvi employment and sports services; Innokylä",
        year: "2020–2022",
        identifier: None,
        note: "the wellbeing group: physiotherapist's initial assessment, ten group meetings, UKK walk test and goals",
    },
    Source {
        id: "mapping_and_coaching",
        kind: SourceKind::SourceDocument,
        title: "Hyvinvointia ja työkykyä edistämässä",
        publisher: "good-practice description (hyvä käytäntö) of an assessment, support and coaching service; contact Pohjois-Pohjanmaan ELY-keskus",
        year: "undated in the description",
        identifier: Some("structural-funds project S20058"),
        note: "the 3-month mapping phase and the 9-month rehabilitative coaching phase; WAS results",
    },
    Source {
        id: "osku",
        kind: SourceKind::SourceDocument,
        title: "OsKu – Osallisuutta kuntoutuksesta",
        publisher: "ESF project of Alavus, Alajärvi, Lapua, Soini and Vimpeli, South Ostrobothnia; administered by Kuusiokuntien sosiaali- ja terveyskuntayhtymä",
        year: "1.9.2015–31.12.2017",
        identifier: Some("EURA S20463"),
        note: "the three work-activity contents, the four work-activity models and one set of quality criteria common to them (työtoiminnan laatukriteerit)",
    },
    Source {
        id: "osaksi",
        kind: SourceKind::SourceDocument,
        title: "OSAKSI-hanke: Monialaisuus vahvistamaan asiakkaan työ- ja toimintakykyä",
        publisher: "project of Kainuun sosiaali- ja terveydenhuollon kuntayhtymä (Kainuun sote) in the Work Ability Programme 2019–2023 of the Ministry of Social Affairs and Health",
        year: "1.10.2020–31.12.2022",
        identifier: None,
        note: "multiprofessional work-ability support, the client coordinator",
    },
    Source {
        id: "work_ability_programme_varsinais_suomi",
        kind: SourceKind::SourceDocument,
        title: "Työkykyohjelman laajentaminen, Varsinais-Suomi",
        publisher: "service-model description of the Varsinais-Suomi wellbeing services county; Innokylä",
        year: "2023–2024",
        identifier: None,
        note: "identification at health and social services centres, work-ability coordinators, multiprofessional teams, and quality-based job coaching (laatuperusteinen työhönvalmennus) for clients of rehabilitative work activity who want to move to the open labour market. The description does not name IPS; the crate models the coaching with the IPS literature (Bond et al. 2012; Drake, Bond & Becker 2012)",
    },
    Source {
        id: "act_189_2001",
        kind: SourceKind::Law,
        title: "Laki kuntouttavasta työtoiminnasta (Act on Rehabilitative Work Activity)",
        publisher: "Finlex",
        year: "2001 (in force 1.9.2001), as amended by 290/2012, 142/2015, 702/2020, 591/2022 and 399/2023",
        identifier: Some("189/2001"),
        note: "§13(2) periods of 3–24 months and 1–4 days a calendar week of at least 4 hours from 1.7.2015 (142/2015, read), 1–5 days before (HE 328/2014); §2(1) who draws up the activation plan, by date; §6(5) exclusions from 1.7.2012 (290/2012, read) and §6(4) from 1.1.2021 (702/2020, read): work other than occasional over 8 hours a week, full-time business, full-time studies, an employment-promoting service; §18 expense allowance. Each figure with its dates and what was verified: tyokyky::figure::law",
    },
    Source {
        id: "act_1301_2014",
        kind: SourceKind::Law,
        title: "Sosiaalihuoltolaki (Social Welfare Act)",
        publisher: "Finlex",
        year: "2014",
        identifier: Some("1301/2014"),
        note: "§17 social rehabilitation; §42 the named worker",
    },
    Source {
        id: "act_661_2009",
        kind: SourceKind::Law,
        title: "Laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista (Population Information Act)",
        publisher: "Finlex",
        year: "2009",
        identifier: Some("661/2009"),
        note: "§11 the personal identity code; with Government Decree 128/2010 on its form and check character",
    },
    Source {
        id: "act_380_2023",
        kind: SourceKind::Law,
        title: "Laki työvoimapalveluiden järjestämisestä (Act on Organising Employment Services)",
        publisher: "Finlex",
        year: "2023, in force 1.1.2025",
        identifier: Some("380/2023"),
        note: "the municipalities and employment areas organise employment services from 1.1.2025 and are the employment authority (activation-plan parties by date); in force per the enacting act 383/2023 §1",
    },
    Source {
        id: "act_381_2023",
        kind: SourceKind::Law,
        title: "Laki työllistymisen monialaisesta edistämisestä (Act on Multiprofessional Promotion of Employment)",
        publisher: "Finlex",
        year: "2023, in force 1.1.2025",
        identifier: Some("381/2023"),
        note: "the multiprofessional employment plan that, beside the activation plan, precedes rehabilitative work activity",
    },
    Source {
        id: "ktt_guidance_eura",
        kind: SourceKind::WebPage,
        title: "Kuntouttava työtoiminta (Euran kunta)",
        publisher: "Municipality of Eura, employment services",
        year: "undated web page, read 2026",
        identifier: Some(
            "https://www.eura.fi/tyo-ja-yrittaminen/kunnan-tyollistamispalvelut/kuntouttava-tyotoiminta/",
        ),
        note: "municipal guidance: a day of 4 to 8 hours, at most 32 hours a week; guidance, not law",
    },
    Source {
        id: "ips_25",
        kind: SourceKind::Paper,
        title: "Validation of the revised Individual Placement and Support fidelity scale (IPS-25)",
        publisher: "Bond GR, Peterson AE, Becker DR, Drake RE; Psychiatric Services 63(8):758–763",
        year: "2012",
        identifier: Some("doi:10.1176/appi.ps.201100476"),
        note: "25 items scored 1–5, total 25–125, fidelity bands",
    },
    Source {
        id: "ips_job_supports",
        kind: SourceKind::WebPage,
        title: "What type of job supports do employment specialists provide?",
        publisher: "IPS Works, New York State Psychiatric Institute (IPS supported employment guidance)",
        year: "undated web page, read 2026",
        identifier: Some(
            "http://ipsworks.nyspi.org/index.php/faq-items/what-type-of-job-supports-do-employment-specialists-provide/",
        ),
        note: "weekly in-person support for at least the first month of employment; clients stay in IPS about a year on average. The IPS-25 item on follow-along supports (its anchors are in the copyrighted review manual) was not read",
    },
    Source {
        id: "wai",
        kind: SourceKind::Paper,
        title: "Work Ability Index, 2nd revised edition",
        publisher: "Tuomi K, Ilmarinen J, Jahkola A, Katajarinne L, Tulkki A; Finnish Institute of Occupational Health, Helsinki",
        year: "1998",
        identifier: Some("ISBN 951-802-202-X"),
        note: "the seven items, their scoring and the bands 7–27, 28–36, 37–43, 44–49",
    },
    Source {
        id: "was",
        kind: SourceKind::Paper,
        title: "Work ability index and perceived work ability as predictors of disability pension: a prospective study among Finnish municipal employees",
        publisher: "Jääskeläinen A, Kausto J, Seitsamo J, Ojajärvi A, Nygård C-H, Arjas E, Leino-Arjas P; Scand J Work Environ Health 42(6):490–499",
        year: "2016",
        identifier: Some("doi:10.5271/sjweh.3598"),
        note: "the Work Ability Score bands 0–5, 6–7, 8–10",
    },
    Source {
        id: "ukk_walk_test",
        kind: SourceKind::Paper,
        title: "A 2-km walking test for assessing the cardiorespiratory fitness of healthy adults",
        publisher: "Oja P, Laukkanen R, Pasanen M, Tyry T, Vuori I; Int J Sports Med 12(4):356–362",
        year: "1991",
        identifier: Some("doi:10.1055/s-2007-1024694"),
        note: "the fitness index formulas; validated for healthy adults of 20–65",
    },
    Source {
        id: "gas",
        kind: SourceKind::Paper,
        title: "Goal attainment scaling: a general method for evaluating comprehensive community mental health programs",
        publisher: "Kiresuk TJ, Sherman RE; Community Mental Health Journal 4(6):443–453",
        year: "1968",
        identifier: Some("doi:10.1007/BF01530764"),
        note: "the T-score formula with weights and ρ = 0.3",
    },
    Source {
        id: "working_age",
        kind: SourceKind::Statistics,
        title: "Työikäinen väestö (working-age population, 15–64)",
        publisher: "Statistics Finland",
        year: "current definition",
        identifier: None,
        note: "the default working-age range, configurable",
    },
];

/// *Hyvinvointiryhmä osatyökykyisille*: a service-model description of the Vahvaksi
/// project, Pudasjärvi employment and sports services, 2020–2022.
pub(crate) const WELLBEING_GROUP: &str = "Hyvinvointiryhmä osatyökykyisille (service-model description, Vahvaksi project, Pudasjärvi, 2020–2022)";

/// *Hyvinvointia ja työkykyä edistämässä*: a good-practice description of an assessment,
/// support and coaching service (structural-funds project S20058).
pub(crate) const MAPPING_AND_COACHING: &str = "Hyvinvointia ja työkykyä edistämässä (good-practice description, structural-funds project S20058)";

/// *OsKu – Osallisuutta kuntoutuksesta*: ESF project EURA S20463, South Ostrobothnia,
/// 1.9.2015–31.12.2017.
pub(crate) const OSKU: &str = "OsKu – Osallisuutta kuntoutuksesta (ESF project EURA S20463 of Alavus, Alajärvi, Lapua, Soini and Vimpeli, South Ostrobothnia, 2015–2017)";

/// *OSAKSI-hanke: Monialaisuus vahvistamaan asiakkaan työ- ja toimintakykyä*: a project of
/// Kainuu's joint authority for health and social services, 1.10.2020–31.12.2022, in the
/// Work Ability Programme 2019–2023.
pub(crate) const OSAKSI: &str = "OSAKSI-hanke: Monialaisuus vahvistamaan asiakkaan työ- ja toimintakykyä (Kainuu, 1.10.2020–31.12.2022, a project of the Work Ability Programme 2019–2023)";

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: a service-model description of the
/// Varsinais-Suomi wellbeing services county, 2023–2024.
pub(crate) const WORK_ABILITY_PROGRAMME_VARSINAIS_SUOMI: &str = "Työkykyohjelman laajentaminen, Varsinais-Suomi (service-model description, Varsinais-Suomi wellbeing services county, 2023–2024)";

/// The IPS-25 fidelity scale.
pub(crate) const IPS_JOB_SUPPORTS: &str = "What type of job supports do employment specialists provide? (IPS Works, New York State Psychiatric Institute)";
pub(crate) const IPS_25: &str = "Bond, Peterson, Becker & Drake 2012, Validation of the revised Individual Placement and Support fidelity scale (IPS-25), Psychiatric Services 63(8), doi:10.1176/appi.ps.201100476";

/// Law 189/2001 §13(2): periods and weekly participation, by date (see
/// [`crate::figure::law`] for each figure's dates and what was verified).
pub(crate) const KTT_PARTICIPATION: &str = "Act on Rehabilitative Work Activity 189/2001 §13(2): 3–24-month periods of at least 4 h a day on 1–4 days a calendar week from 1.7.2015 (142/2015), at most 5 days a week before (HE 328/2014)";

/// Municipal guidance on the longest day and week of rehabilitative work activity; a
/// guidance limit, not law.
pub(crate) const KTT_GUIDANCE: &str = "municipal guidance on rehabilitative work activity (at most 8 h a day and 32 h a week), e.g. the Municipality of Eura: https://www.eura.fi/tyo-ja-yrittaminen/kunnan-tyollistamispalvelut/kuntouttava-tyotoiminta/";

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
    "Statistics Finland, Työikäinen väestö (working-age population, 15–64): a configurable default";

/// The listed sources a citation names (by title, by the part of the title before a
/// colon, or by identifier), in the order of [`SOURCES`].
///
/// ```
/// use tyokyky::source::cited_in;
///
/// let ids: Vec<&str> = cited_in("OsKu – Osallisuutta kuntoutuksesta; Social Welfare Act 1301/2014 §17")
///     .iter()
///     .map(|source| source.id)
///     .collect();
/// assert!(ids.contains(&"osku"));
/// assert!(cited_in("nothing we know").is_empty());
/// ```
pub fn cited_in(citation: &str) -> Vec<&'static Source> {
    SOURCES
        .iter()
        .filter(|source| {
            citation.contains(source.title)
                || source
                    .identifier
                    .is_some_and(|identifier| citation.contains(identifier))
                || citation.contains(source.title.split(':').next().unwrap_or(source.title))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::code::RuleCode;

    /// What a citation may name instead of a listed source: the crate's own limits, the
    /// spec a user loads, the record's own consistency, the JSON format, HTTP and the
    /// crate's own HTTP contract.
    const NOT_A_SOURCE: [&str; 7] = [
        "limit of this crate",
        "the service model spec in use",
        "structural invariant",
        "JSON (IETF RFC 8259)",
        "municipal guidance",
        "HTTP Semantics, IETF RFC 9110",
        "the crate's OpenAPI 3.1 document",
    ];

    fn names_a_source(citation: &str) -> bool {
        !cited_in(citation).is_empty()
    }

    #[test]
    fn every_rule_cites_a_listed_source_or_says_what_else_it_rests_on() {
        for code in RuleCode::ALL {
            let citation = code.info().source;
            assert!(
                names_a_source(citation)
                    || NOT_A_SOURCE.iter().any(|other| citation.contains(other)),
                "{code}: {citation}"
            );
        }
    }

    #[test]
    fn a_rule_and_a_model_give_their_sources_as_types() {
        let ids =
            |sources: Vec<&'static Source>| -> Vec<&str> { sources.iter().map(|s| s.id).collect() };
        assert_eq!(
            ids(RuleCode::PATH_FOLLOW_ALONG_GAP.info().sources()),
            ["ips_25", "ips_job_supports"]
        );
        assert!(RuleCode::REPORT_OVER_LIMIT.info().sources().is_empty());
        let ips = crate::service::spec::models::ips_job_coaching();
        assert_eq!(ids(ips.sources()).len(), 3, "{:?}", ids(ips.sources()));
    }

    #[test]
    fn every_default_model_cites_a_listed_source() {
        for spec in crate::service::spec::model_set::ServiceModels::defaults().iter() {
            assert!(names_a_source(&spec.source), "{}: {}", spec.id, spec.source);
        }
    }

    #[test]
    fn every_source_can_be_found() {
        let mut ids = std::collections::BTreeSet::new();
        for source in SOURCES {
            assert!(ids.insert(source.id), "{} twice", source.id);
            assert!(
                !source.title.is_empty() && !source.publisher.is_empty() && !source.year.is_empty()
            );
            if source.kind == SourceKind::Paper {
                assert!(
                    source
                        .identifier
                        .is_some_and(|id| id.starts_with("doi:") || id.starts_with("ISBN")),
                    "{}: a paper has a DOI or an ISBN",
                    source.id
                );
            }
            if source.kind == SourceKind::WebPage {
                assert!(
                    source.identifier.is_some_and(|id| id.starts_with("http")),
                    "{}: a web page has its address",
                    source.id
                );
            }
            // No file name of ours: a source is cited by its own title.
            let citation = source.citation();
            assert!(
                !citation.contains(".txt") && !citation.contains(".md"),
                "{citation}"
            );
        }
    }
}
