//! Realistic, fictitious service paths that follow each default model, for examples,
//! tests and benchmarks: each is [`fulfilling`] with the model's [`realism`].
//!
//! Each builds the path of one client who starts on `start` and is followed up to `as_of`
//! (on or after `start`): only what has happened by `as_of` is recorded, so the path
//! validates clean on `as_of` with the default models (a test checks this for many start
//! dates and days of follow-up). The people are invented; ids are pseudonymous.

mod cohort;
mod results;
mod work_ability;
pub use cohort::seed_001_cohort;
pub use results::result;
pub use work_ability::{ips_job_coaching, multiprofessional_support};

use chrono::{NaiveDate, Weekday};

use super::fulfil::fulfilling;
use super::realism::{Contacts, Offset, Realism, Schedule};
use crate::client::ClientId;
use crate::service::record::event::{Event, Theme};
use crate::service::record::key::Key;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::service::spec::models;
use crate::work_activity::model::WorkActivityModel;
use crate::work_activity::placement::{GroupFormat, LegalFrame, PlaceForm, WorkActivityPlacement};

/// A clean sample path for the default model `model` (its id), or `None` for an unknown
/// id: [`fulfilling`] the model's spec with its [`realism`].
pub fn path_for(
    model: &str,
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> Option<ServicePath> {
    let (spec, realism) = model_and_realism(model)?;
    Some(fulfilling(&spec, client, start, as_of, &realism))
}

/// How a client of the default model `model` (its id) lives the service in the sources,
/// or `None` for an unknown id. Each model's sample function says what it holds.
pub fn realism(model: &str) -> Option<Realism> {
    model_and_realism(model).map(|(_, realism)| realism)
}

fn model_and_realism(model: &str) -> Option<(ServiceModelSpec, Realism)> {
    Some(match model {
        "mapping_and_coaching" => (
            models::mapping_and_coaching(),
            mapping_and_coaching_realism(),
        ),
        "wellbeing_group" => (models::wellbeing_group(), wellbeing_group_realism()),
        "rehabilitative_work_activity" => (
            models::rehabilitative_work_activity(),
            rehabilitative_work_activity_realism(),
        ),
        "social_rehabilitation" => (
            models::social_rehabilitation(),
            social_rehabilitation_realism(),
        ),
        "multiprofessional_support" => (
            models::multiprofessional_support(),
            work_ability::multiprofessional_support_realism(),
        ),
        "ips_job_coaching" => (
            models::ips_job_coaching(),
            work_ability::ips_job_coaching_realism(),
        ),
        _ => return None,
    })
}

/// The sample path of `model`, a default model's id the callers below name.
fn sample(model: &str, client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    path_for(model, client.clone(), start, as_of).unwrap_or_else(|| ServicePath::new(client))
}

/// The day a template event carries before the builder moves it to its own.
const TEMPLATE_DAY: NaiveDate = NaiveDate::MIN;

fn meeting(minutes: u32, themes: Vec<Theme>) -> Event {
    Event::individual_meeting(TEMPLATE_DAY, Some(minutes), themes)
}

fn group(minutes: u32, themes: Vec<Theme>) -> Event {
    Event::group_session(TEMPLATE_DAY, minutes, themes)
}

pub(crate) fn placement(
    model: WorkActivityModel,
    form: PlaceForm,
    legal_frame: LegalFrame,
    group_format: Option<GroupFormat>,
) -> WorkActivityPlacement {
    let mut placement = WorkActivityPlacement::new(model, form, legal_frame);
    placement.group_format = group_format;
    placement
}

/// Mapping and coaching service (*Hyvinvointia ja työkykyä edistämässä*): 3-month mapping
/// with a weekly individual meeting (Tuesday) and 5-hour group day (Thursday), the
/// doctor's assessment on day 9 and card training on day 30, then 9-month rehabilitative
/// coaching with a meeting on the 10th and group coaching on the 20th of each month; the
/// phase's themes two a contact; 12 months and about 45 events.
pub fn mapping_and_coaching(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    sample("mapping_and_coaching", client, start, as_of)
}

fn mapping_and_coaching_realism() -> Realism {
    Realism::default()
        .contacts(
            Contacts::new(
                meeting(60, Vec::new()),
                Schedule::Weekdays(vec![Weekday::Tue]),
            )
            .in_phase("mapping"),
        )
        .contacts(
            Contacts::new(
                group(300, Vec::new()),
                Schedule::Weekdays(vec![Weekday::Thu]),
            )
            .in_phase("mapping"),
        )
        .contacts(
            Contacts::new(meeting(60, Vec::new()), Schedule::DayOfMonth(10))
                .in_phase("rehabilitative_coaching"),
        )
        .contacts(
            Contacts::new(group(240, Vec::new()), Schedule::DayOfMonth(20))
                .in_phase("rehabilitative_coaching"),
        )
        .themes_per_contact(2)
        .event(
            Offset::days(9),
            Event::HealthAssessment {
                note: None,
                date: TEMPLATE_DAY,
                accepted: true,
            },
        )
        .event(
            Offset::days(30),
            Event::CardTraining {
                note: None,
                date: TEMPLATE_DAY,
                card: Key::from_static("occupational_safety_card"),
                completed: true,
            },
        )
}

/// Wellbeing group (*Hyvinvointiryhmä osatyökykyisille*): physiotherapist's assessment on
/// the first day, then ten weekly two-hour group sessions from the next day, two of the
/// group's themes each (each comes up at least twice, so a missed session leaves none
/// uncovered); UKK test, goals and WAS at start and end.
pub fn wellbeing_group(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    sample("wellbeing_group", client, start, as_of)
}

fn wellbeing_group_realism() -> Realism {
    Realism::default()
        .phase_length("group", Offset::days(65))
        .contacts(
            Contacts::new(group(120, Vec::new()), Schedule::EveryDays(7))
                .in_phase("group")
                .starting(Offset::days(1)),
        )
        .themes_per_contact(2)
}

/// Rehabilitative work activity (law 189/2001): an activation plan a week before, then a
/// 12-month period of three 5-hour days a week (Monday, Wednesday, Thursday) in a
/// workshop; about 156 days over the year.
pub fn rehabilitative_work_activity(
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> ServicePath {
    sample("rehabilitative_work_activity", client, start, as_of)
}

fn rehabilitative_work_activity_realism() -> Realism {
    let days = [Weekday::Mon, Weekday::Wed, Weekday::Thu];
    Realism::default()
        .phase_length("period", Offset::months(12))
        .contacts(Contacts::new(
            Event::work_activity_day(TEMPLATE_DAY, 300),
            Schedule::Weekdays(days.to_vec()),
        ))
        .work_activity(placement(
            WorkActivityModel::Mapping,
            PlaceForm::Workshop,
            LegalFrame::RehabilitativeWorkActivity,
            None,
        ))
}

/// Social rehabilitation (Social Welfare Act §17): an assessment of social functioning on
/// the first day, then a 2+2+2 group day every other Wednesday and counselling on the
/// 15th of each month for six months.
pub fn social_rehabilitation(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    sample("social_rehabilitation", client, start, as_of)
}

fn social_rehabilitation_realism() -> Realism {
    // A 2+2+2 day: a theme, a functional part and art-based methods, two hours each.
    let group_day = group(
        360,
        vec![
            Theme::GroupActivity,
            Theme::EverydayLifeCoaching,
            Theme::Health,
            Theme::Cooking,
            Theme::ArtBasedMethods,
        ],
    );
    Realism::default()
        .phase_length("rehabilitation", Offset::months(6))
        .event(
            Offset::START,
            meeting(90, vec![Theme::SocialFunctioningAssessment]),
        )
        .contacts(
            Contacts::new(group_day, Schedule::EveryOtherWeek(Weekday::Wed))
                .starting(Offset::days(1)),
        )
        .contacts(
            Contacts::new(
                meeting(60, vec![Theme::RehabilitationCounselling]),
                Schedule::DayOfMonth(15),
            )
            .starting(Offset::days(1)),
        )
        .work_activity(placement(
            WorkActivityModel::Participatory,
            PlaceForm::Group,
            LegalFrame::SocialRehabilitation,
            Some(GroupFormat::TwoPlusTwoPlusTwo),
        ))
}
