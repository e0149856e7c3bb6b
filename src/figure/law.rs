//! The figures of the law, each a [`Figure`] of dated values with its section, so a path
//! is judged by the law of its own days.
//!
//! What the crate reads of the Act on Rehabilitative Work Activity (*laki kuntouttavasta
//! työtoiminnasta*) 189/2001 and where each figure was verified (with the crate's search
//! of Finlex, the Parliament's documents and public guidance, in December 2026):
//!
//! | figure | section | verified |
//! |---|---|---|
//! | the act in force from 1.9.2001 | — | the Association of Finnish Municipalities' circular 11/80/2001 ("Lait tulevat voimaan syyskuun alusta 2001") |
//! | periods of 3–24 months; at least 4 hours a day on 1–4 days a calendar week | 13 § 2 mom. as amended by 142/2015, in force 1.7.2015 | the amending act's text on Finlex ("i minst fyra timmar per dag under minst en och högst fyra dagar per kalendervecka"; "Denna lag träder i kraft den 1 juli 2015"); 702/2020 rewrote 13 § from 1.1.2021 and its consolidated wording was not available, but municipalities' current guidance gives the same figures |
//! | at most 5 days a week before 1.7.2015 | 13 § 2 mom. before 142/2015 | government proposal HE 328/2014: "enintään neljänä päivänä kalenteriviikossa nykyisen enintään viiden päivän sijaan"; the original wording itself was not read |
//! | 3–24 months and 4 hours a day before 1.7.2015 | 13 § 2 mom. before 142/2015 | not read: inferred, since HE 328/2014 proposed to change only the number of days |
//! | who draws up an activation plan | 2 § 1 kohta: original (read), 591/2022 (read; in force with the wellbeing services counties on 1.1.2023, inferred), 399/2023 (read; in force 1.1.2025) | yes |
//! | the municipality or employment area is the employment authority from 2025 | Act on Organising Employment Services 380/2023 (*laki työvoimapalveluiden järjestämisestä*) and the Act on Multiprofessional Promotion of Employment 381/2023, in force 1.1.2025 | the date, yes (the enacting act 383/2023 §1, read on Finlex); the section naming the authority, no |
//! | the plan records the goal and the support and guidance | 702/2020, in force 1.1.2021 | the duty and its date: HE 13/2020 and the Ministry of Social Affairs and Health's release 240/2020; the section holding it, no |
//! | the organiser: the municipality, the wellbeing services county from 2023 | 2 § 2 kohta (original), 6 § 1 mom. (702/2020, read); 591/2022 | the municipality, yes; the county's date inferred from the reform |
//! | no duty for work other than occasional over 8 regular hours a week, full-time business, full-time studies or an employment-promoting service | 6 § 5 mom. as amended by 290/2012, in force 1.7.2012 (read); 6 § 4 mom. as amended by 702/2020 (read) | yes; the §8(4) situations the wording before 2021 added are not modelled |
//! | the expense allowance and activity money, 9 € a day | 18 § (1025/2022, read); the amount from THL's page for clients | the amount, yes; its first day, no |
//!
//! Not modelled, because not enacted as far as could be verified: government proposal HE
//! 109/2025 would draw up activation plans only for clients on social assistance because
//! of unemployment, others coming to the service on a multiprofessional employment plan
//! (381/2023); the Social Affairs and Health Committee supported it on 27.11.2025 (StVM
//! 27/2025), but no enacted act or date could be found. The default model already accepts
//! either plan. The government's spring 2025 decision to move rehabilitative work activity
//! to the municipalities is not enacted either: [`KTT_ORGANISER`] gains a value when it is.

use super::dated::{Basis, Dated, Figure, Unit, day};
use crate::i18n::Labels;
use crate::service::record::plan_terms::PlanParty;

/// The day the Act on Rehabilitative Work Activity came into force, 1 September 2001.
pub const KTT_IN_FORCE: chrono::NaiveDate = day(2001, 9, 1);
/// The day law 142/2015 came into force: at most four days a calendar week.
pub const KTT_FOUR_DAYS_FROM: chrono::NaiveDate = day(2015, 7, 1);
/// The day law 702/2020 came into force: the plan records the goal and the support.
pub const KTT_PLAN_CONTENT_FROM: chrono::NaiveDate = day(2021, 1, 1);
/// The day the wellbeing services counties took social services over, 1 January 2023.
pub const WELLBEING_COUNTIES_FROM: chrono::NaiveDate = day(2023, 1, 1);
/// The day the employment services moved to the municipalities and employment areas,
/// 1 January 2025 (laws 380/2023, 381/2023, 399/2023).
pub const EMPLOYMENT_AREAS_FROM: chrono::NaiveDate = day(2025, 1, 1);

const ACT_13_BEFORE_2015: &str =
    "Act on Rehabilitative Work Activity 189/2001 §13(2), wording before 142/2015";
const ACT_13: &str = "Act on Rehabilitative Work Activity 189/2001 §13(2) as amended by 142/2015 (in force 1.7.2015)";
const INFERRED_BEFORE_2015: &str = "the wording before 142/2015 was not read: taken to be the same, since government proposal HE 328/2014 proposed to change only the number of days";
const READ_142_2015: &str = "read in law 142/2015 on Finlex; 702/2020 rewrote §13 from 1.1.2021 and its consolidated wording was not available, but municipalities' current guidance (e.g. the City of Porvoo's page on rehabilitative work activity) gives the same figure";

/// The shortest period of rehabilitative work activity: 3 months.
pub static KTT_MIN_PERIOD_MONTHS: Figure<u32> = Figure::new(
    "act_189_2001.min_period_months",
    Labels {
        fi: "Kuntouttavan työtoiminnan jakson vähimmäispituus",
        sv: "Kortaste period av arbetsverksamhet i rehabiliteringssyfte",
        en: "Shortest period of rehabilitative work activity",
    },
    Unit::Months,
    &[
        Dated::from(
            KTT_IN_FORCE,
            3,
            Basis::law(ACT_13_BEFORE_2015, INFERRED_BEFORE_2015),
        ),
        Dated::from(KTT_FOUR_DAYS_FROM, 3, Basis::law(ACT_13, READ_142_2015)),
    ],
);

/// The longest period of rehabilitative work activity: 24 months.
pub static KTT_MAX_PERIOD_MONTHS: Figure<u32> = Figure::new(
    "act_189_2001.max_period_months",
    Labels {
        fi: "Kuntouttavan työtoiminnan jakson enimmäispituus",
        sv: "Längsta period av arbetsverksamhet i rehabiliteringssyfte",
        en: "Longest period of rehabilitative work activity",
    },
    Unit::Months,
    &[
        Dated::from(
            KTT_IN_FORCE,
            24,
            Basis::law(ACT_13_BEFORE_2015, INFERRED_BEFORE_2015),
        ),
        Dated::from(KTT_FOUR_DAYS_FROM, 24, Basis::law(ACT_13, READ_142_2015)),
    ],
);

/// The fewest days of rehabilitative work activity in a calendar week: 1.
pub static KTT_MIN_DAYS_PER_WEEK: Figure<u32> = Figure::new(
    "act_189_2001.min_days_per_week",
    Labels {
        fi: "Kuntouttavan työtoiminnan päiviä viikossa vähintään",
        sv: "Minst antal dagar arbetsverksamhet i rehabiliteringssyfte per vecka",
        en: "Fewest days of rehabilitative work activity a week",
    },
    Unit::Days,
    &[
        Dated::from(
            KTT_IN_FORCE,
            1,
            Basis::law(
                ACT_13_BEFORE_2015,
                "not read in the act; the Finnish working-life vocabulary (Työelämäsanasto) describes the activity before 2015 as arranged \"1–5 päivänä viikossa\"",
            ),
        ),
        Dated::from(KTT_FOUR_DAYS_FROM, 1, Basis::law(ACT_13, READ_142_2015)),
    ],
);

/// The most days of rehabilitative work activity in a calendar week: 5, and 4 from
/// 1 July 2015.
pub static KTT_MAX_DAYS_PER_WEEK: Figure<u32> = Figure::new(
    "act_189_2001.max_days_per_week",
    Labels {
        fi: "Kuntouttavan työtoiminnan päiviä kalenteriviikossa enintään",
        sv: "Högst antal dagar arbetsverksamhet i rehabiliteringssyfte per kalendervecka",
        en: "Most days of rehabilitative work activity a calendar week",
    },
    Unit::Days,
    &[
        Dated::from(
            KTT_IN_FORCE,
            5,
            Basis::proposal(
                "government proposal HE 328/2014 on amending §13 of the Act on Rehabilitative Work Activity 189/2001",
                "\"enintään neljänä päivänä kalenteriviikossa nykyisen enintään viiden päivän sijaan\": the act allowed at most five days a week until 142/2015",
            ),
        ),
        Dated::from(KTT_FOUR_DAYS_FROM, 4, Basis::law(ACT_13, READ_142_2015)),
    ],
);

/// The shortest day of rehabilitative work activity: 4 hours (240 minutes).
pub static KTT_MIN_MINUTES_A_DAY: Figure<u32> = Figure::new(
    "act_189_2001.min_minutes_a_day",
    Labels {
        fi: "Kuntouttavan työtoiminnan päivän vähimmäiskesto",
        sv: "Kortaste dag av arbetsverksamhet i rehabiliteringssyfte",
        en: "Shortest day of rehabilitative work activity",
    },
    Unit::Minutes,
    &[
        Dated::from(
            KTT_IN_FORCE,
            240,
            Basis::law(ACT_13_BEFORE_2015, INFERRED_BEFORE_2015),
        ),
        Dated::from(KTT_FOUR_DAYS_FROM, 240, Basis::law(ACT_13, READ_142_2015)),
    ],
);

/// Who draws up an activation plan (*aktivointisuunnitelma*) together with the client:
/// each entry is one party the law asks for, as the parties that count as it.
///
/// - Until 31.12.2022: the employment office (later the TE office) and the municipality
///   (original wording of 2 § 1 kohta).
/// - From 1.1.2023: the TE office and the wellbeing services county (591/2022).
/// - From 1.1.2025: the employment authority (*työvoimaviranomainen*) and the county
///   (399/2023); the municipality or municipal employment area *is* the employment
///   authority from that day (380/2023, 381/2023), so a plan drawn up by the municipality
///   has it. The crate names the TE office and its successor
///   [`PlanParty::EmploymentAuthority`].
pub static ACTIVATION_PLAN_PARTIES: Figure<&'static [&'static [PlanParty]]> = Figure::new(
    "act_189_2001.activation_plan_parties",
    Labels {
        fi: "Aktivointisuunnitelman laatijat",
        sv: "De som upprättar aktiveringsplanen",
        en: "Who draws up an activation plan",
    },
    Unit::Parties,
    &[
        Dated::from(
            KTT_IN_FORCE,
            &[
                &[PlanParty::Client],
                &[PlanParty::EmploymentAuthority],
                &[PlanParty::Municipality],
            ],
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 §2(1), original wording",
                "read on Finlex: \"jonka työvoimatoimisto ja kunta laativat yhdessä henkilön kanssa\"",
            ),
        ),
        Dated::from(
            WELLBEING_COUNTIES_FROM,
            &[
                &[PlanParty::Client],
                &[PlanParty::EmploymentAuthority],
                &[PlanParty::WellbeingServicesCounty],
            ],
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 §2(1) as amended by 591/2022",
                "read in the consolidated text on Finlex (\"jonka työ- ja elinkeinotoimisto ja hyvinvointialue laativat\"); in force with the wellbeing services counties on 1.1.2023, a date inferred from that reform, not read in the amending act",
            ),
        ),
        Dated::from(
            EMPLOYMENT_AREAS_FROM,
            &[
                &[PlanParty::Client],
                &[PlanParty::EmploymentAuthority, PlanParty::Municipality],
                &[PlanParty::WellbeingServicesCounty],
            ],
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 §2(1) as amended by 399/2023 (in force 1.1.2025); Act on Organising Employment Services 380/2023",
                "read in the consolidated text on Finlex (\"jonka työvoimaviranomainen ja hyvinvointialue laativat\"); from 1.1.2025 the municipality or employment area is the employment authority",
            ),
        ),
    ],
);

/// Whether the plan before the activity must record its goal and the support and
/// guidance given: from 1 January 2021.
pub static PLAN_CONTENT_DUTY: Figure<bool> = Figure::new(
    "act_189_2001.plan_records_goal_and_support",
    Labels {
        fi: "Suunnitelmaan kirjataan tavoite sekä tuki ja ohjaus",
        sv: "Planen anger målet samt stödet och handledningen",
        en: "The plan records the goal and the support and guidance",
    },
    Unit::Flag,
    &[
        Dated::from(
            KTT_IN_FORCE,
            false,
            Basis::proposal(
                "government proposal HE 13/2020 on amending the Act on Rehabilitative Work Activity 189/2001",
                "the duty is new in the proposal (\"Lisäksi aktivointisuunnitelmaan ja monialaiseen työllistymissuunnitelmaan tulisi kirjata…\"): no such duty before",
            ),
        ),
        Dated::from(
            KTT_PLAN_CONTENT_FROM,
            true,
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 as amended by 702/2020 (in force 1.1.2021)",
                "the duty and its date per HE 13/2020 and the Ministry of Social Affairs and Health's release 240/2020 (\"Muutokset tulevat voimaan 1.1.2021\"); the section holding the duty was not read",
            ),
        ),
    ],
);

/// Who organises rehabilitative work activity: the municipality, and the wellbeing
/// services county from 1 January 2023.
pub static KTT_ORGANISER: Figure<PlanParty> = Figure::new(
    "act_189_2001.organiser",
    Labels {
        fi: "Kuntouttavan työtoiminnan järjestäjä",
        sv: "Den som ordnar arbetsverksamhet i rehabiliteringssyfte",
        en: "Who organises rehabilitative work activity",
    },
    Unit::Parties,
    &[
        Dated::from(
            KTT_IN_FORCE,
            PlanParty::Municipality,
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 §2(2) (original) and §6(1) (702/2020)",
                "read: \"kunnan järjestämää toimintaa\"; \"Kuntouttavan työtoiminnan järjestää kunta\"",
            ),
        ),
        Dated::from(
            WELLBEING_COUNTIES_FROM,
            PlanParty::WellbeingServicesCounty,
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 as amended by 591/2022",
                "the wellbeing services counties organise social services from 1.1.2023; the amended §6 was not read",
            ),
        ),
    ],
);

/// The regular weekly hours of work above which the organiser has no duty to arrange
/// rehabilitative work activity: 8.
pub static KTT_EXCLUDING_WORK_HOURS: Figure<u32> = Figure::new(
    "act_189_2001.excluding_work_hours_a_week",
    Labels {
        fi: "Säännöllinen työaika, jonka ylittyessä järjestämisvelvollisuutta ei ole",
        sv: "Ordinarie arbetstid över vilken skyldigheten att ordna inte gäller",
        en: "Regular weekly working hours above which there is no duty to arrange",
    },
    Unit::Hours,
    &[
        Dated::from(
            day(2012, 7, 1),
            8,
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 §6(5)(1) as amended by 290/2012 (in force 1.7.2012)",
                "read on Finlex (290/2012): \"työskentelee muutoin kuin satunnaisesti työ- tai virkasuhteessa tehtävässä työssä, jonka säännöllinen työaika ylittää kahdeksan tuntia viikossa\"; the four exclusions of §6(5) date from it. Amendments 1003/2012 and 1372/2014 touched §6 later; their wording of the exclusions was not read",
            ),
        ),
        Dated::from(
            KTT_PLAN_CONTENT_FROM,
            8,
            Basis::law(
                "Act on Rehabilitative Work Activity 189/2001 §6(4)(1) as amended by 702/2020 (in force 1.1.2021)",
                "read on Finlex: \"säännöllinen työaika ylittää kahdeksan tuntia viikossa\"",
            ),
        ),
    ],
);

/// The expense allowance (*kulukorvaus*) and the activity money (*toimintaraha*) for a
/// day of rehabilitative work activity, in euro cents: 900.
pub static KTT_DAILY_ALLOWANCE_CENTS: Figure<u32> = Figure::new(
    "act_189_2001.daily_allowance_cents",
    Labels {
        fi: "Kulukorvaus ja toimintaraha päivältä",
        sv: "Kostnadsersättning och verksamhetspenning per dag",
        en: "Expense allowance and activity money a day",
    },
    Unit::Cents,
    &[Dated::from(
        day(2013, 1, 1),
        900,
        Basis::law(
            "Act on Rehabilitative Work Activity 189/2001 §18 as amended by 1025/2022 (the activity money equals the expense allowance); Act on Public Employment and Business Service 916/2012",
            "9 € a day as the Finnish Institute for Health and Welfare (THL) publishes it for clients of rehabilitative work activity; that 9 € applies from 1.1.2013, when 916/2012 came into force, is not verified",
        ),
    )],
);

/// Who draws up an activation plan drawn up on `on`: each entry one party the law asks
/// for, as the parties that count as it ([`ACTIVATION_PLAN_PARTIES`]); empty before the
/// act.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::figure::law::activation_plan_parties;
/// use tyokyky::PlanParty;
///
/// let before = activation_plan_parties(NaiveDate::from_ymd_opt(2022, 6, 1).ok_or("date")?);
/// assert!(before.contains(&&[PlanParty::Municipality][..]));
/// let since = activation_plan_parties(NaiveDate::from_ymd_opt(2025, 6, 1).ok_or("date")?);
/// assert!(since.contains(&&[PlanParty::WellbeingServicesCounty][..]));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn activation_plan_parties(on: chrono::NaiveDate) -> &'static [&'static [PlanParty]] {
    ACTIVATION_PLAN_PARTIES.on(on).unwrap_or(&[])
}
