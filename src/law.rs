//! Dated figures of the law: what the law asked on a given day, so a path is checked
//! against the law of its own dates (OpenFisca's dated parameters are the model).
//!
//! Each function names the act and section it reads, the amending acts and their dates,
//! and what could not be verified.
//!
//! What the crate checks of the Act on Rehabilitative Work Activity 189/2001, and where
//! each figure was read (in November 2026):
//!
//! | figure | section | verified |
//! |---|---|---|
//! | periods of 3–24 months; at least 4 hours a day on 1–4 days a calendar week | §13 (wording of 142/2015, read in the act's Swedish text; the section was amended again by 702/2020 in force 1.1.2021, whose consolidated wording could not be read) | the figures, yes; their place after 702/2020, no |
//! | the activation plan or multiprofessional employment plan defines the activity, and records its goal and the support and guidance | §6 (702/2020, read); the recording duty per HE 13/2020, section not read | partly |
//! | who draws up an activation plan | §2(1): original, 591/2022, 399/2023 (from 1.1.2025; read in the consolidated text) | yes, but 591/2022's date is inferred |
//! | no duty to arrange it for regular work over 8 h a week, full-time business or studies | §6(4) (702/2020, read) | yes |
//! | the activity money equals the expense allowance; 9 € a day | §18 (1025/2022, read); the amount from THL's page | yes; the start date of 9 € is not |
//!
//! Not modelled: government proposal HE 109/2025 would draw up activation plans only for
//! clients on social assistance from 2026, others being referred on a multiprofessional
//! employment plan (Act 381/2023); the Social Affairs and Health Committee supported it
//! on 27 November 2025 (StVM 27/2025), but the enacted act and its date could not be
//! verified. The default model already accepts either plan.

use chrono::NaiveDate;

use crate::service::event::PlanParty;

const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The day the wellbeing services counties took over social services from the
/// municipalities, 1 January 2023.
pub const WELLBEING_COUNTIES_FROM: NaiveDate = date(2023, 1, 1);

/// Who draws up an activation plan (*aktivointisuunnitelma*) drawn up on `on`, together
/// with the client: Act on Rehabilitative Work Activity 189/2001 §2(1).
///
/// - Until 31.12.2022: the employment office (*työvoimatoimisto*, later the TE office) and
///   the municipality (original wording of 189/2001).
/// - From 1.1.2023: the TE office and the wellbeing services county (wording of
///   591/2022; in force from the start of the wellbeing services counties — the date is
///   inferred from that reform, not read from the amending act).
/// - From 1.1.2025: the employment authority (*työvoimaviranomainen*) and the wellbeing
///   services county (wording of 399/2023, in force 1.1.2025, read from the consolidated
///   text on Finlex). The crate names both the TE office and its successor
///   [`PlanParty::EmploymentAuthority`].
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::law::activation_plan_parties;
/// use tyokyky::PlanParty;
///
/// let before = activation_plan_parties(NaiveDate::from_ymd_opt(2022, 6, 1).ok_or("date")?);
/// assert!(before.contains(&PlanParty::Municipality));
/// let since = activation_plan_parties(NaiveDate::from_ymd_opt(2025, 6, 1).ok_or("date")?);
/// assert!(since.contains(&PlanParty::WellbeingServicesCounty));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn activation_plan_parties(on: NaiveDate) -> &'static [PlanParty] {
    if on < WELLBEING_COUNTIES_FROM {
        &[
            PlanParty::Client,
            PlanParty::EmploymentAuthority,
            PlanParty::Municipality,
        ]
    } else {
        &[
            PlanParty::Client,
            PlanParty::EmploymentAuthority,
            PlanParty::WellbeingServicesCounty,
        ]
    }
}
