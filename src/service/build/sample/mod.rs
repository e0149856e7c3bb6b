//! Realistic, fictitious service paths that follow each default model, for examples,
//! tests and benchmarks.
//!
//! Each function builds the path of one client who starts on `start` and is followed up
//! to `as_of` (on or after `start`): only what has happened by `as_of` is recorded, so the
//! path validates clean on `as_of` with the default models (a test checks this for many
//! start dates and days of follow-up). The people are invented; ids are pseudonymous.

mod cohort;
mod results;
mod work_ability;
pub use cohort::seed_001_cohort;
use results::measurement;
pub use results::result;
pub use work_ability::{ips_job_coaching, multiprofessional_support};

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::calendar::add_months;
use crate::client::ClientId;
use crate::service::record::event::{Event, PlanAction, PlanKind, Theme};
use crate::service::record::key::{Key, StaffId};
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::path::{Enrolment, PhaseRecord, ServicePath};
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::service::spec::models;
use crate::work_activity::model::{Content, Profiles, WorkActivityModel};
use crate::work_activity::placement::{
    ContentMinutes, GroupFormat, LegalFrame, PlaceForm, WorkActivityPlacement,
};

/// A clean sample path for the default model `model` (its id), or `None` for an unknown
/// id.
pub fn path_for(
    model: &str,
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> Option<ServicePath> {
    let build = match model {
        "mapping_and_coaching" => mapping_and_coaching,
        "wellbeing_group" => wellbeing_group,
        "rehabilitative_work_activity" => rehabilitative_work_activity,
        "social_rehabilitation" => social_rehabilitation,
        "multiprofessional_support" => multiprofessional_support,
        "ips_job_coaching" => ips_job_coaching,
        _ => return None,
    };
    Some(build(client, start, as_of))
}

fn days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_add_days(Days::new(n)).unwrap_or(date)
}

/// The last day of a phase `months` long from `start`.
fn phase_end(start: NaiveDate, months: u32) -> NaiveDate {
    add_months(start, months)
        .and_then(|end| end.pred_opt())
        .unwrap_or(start)
}

/// Each day in `first..=last` that falls on one of `weekdays`.
fn weekdays(first: NaiveDate, last: NaiveDate, on: &[Weekday]) -> Vec<NaiveDate> {
    first
        .iter_days()
        .take_while(|day| *day <= last)
        .filter(|day| on.contains(&day.weekday()))
        .collect()
}

/// Day `day` of every month overlapping `first..=last`, kept within it.
fn monthly(first: NaiveDate, last: NaiveDate, day: u32) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    let mut month = first.with_day(1);
    while let Some(month_start) = month {
        if month_start > last {
            break;
        }
        if let Some(date) = month_start.with_day(day)
            && first <= date
            && date <= last
        {
            dates.push(date);
        }
        month = add_months(month_start, 1);
    }
    dates
}

fn themes_cycled(themes: &[Theme], index: usize, per_event: usize) -> Vec<Theme> {
    if themes.is_empty() {
        return Vec::new();
    }
    (0..per_event)
        .map(|k| themes[(index * per_event + k) % themes.len()])
        .collect()
}

fn phase_themes(spec: &ServiceModelSpec, phase: &str) -> Vec<Theme> {
    spec.phases
        .iter()
        .find(|p| p.id.as_str() == phase)
        .map(|p| {
            p.expected_themes
                .iter()
                .chain(&p.offered_themes)
                .copied()
                .collect()
        })
        .unwrap_or_default()
}

/// A phase record ending on `end` if that day has passed by `as_of`, else open.
fn record(phase: &'static str, start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> PhaseRecord {
    PhaseRecord {
        phase: Key::from_static(phase),
        start,
        end: (end < as_of).then_some(end),
    }
}

/// A path of one enrolment ending on `end` (if that has passed by `as_of`), keeping what
/// happened by `as_of`.
fn single_enrolment(
    client: ClientId,
    mut enrolment: Enrolment,
    end: NaiveDate,
    as_of: NaiveDate,
) -> ServicePath {
    if end < as_of {
        enrolment.end = Some(end);
    }
    keep_until(&mut enrolment, as_of);
    let mut path = ServicePath::new(client);
    path.enrolments.push(enrolment);
    path
}

/// Keeps what happened by `as_of`; a work-activity placement's delivered minutes are the
/// minutes of the events kept, split by its model's profile.
fn keep_until(enrolment: &mut Enrolment, as_of: NaiveDate) {
    enrolment.events.retain(|event| event.date() <= as_of);
    enrolment.events.sort_by_key(Event::date);
    enrolment.measurements.retain(|m| m.date <= as_of);
    let minutes: u32 = enrolment
        .events
        .iter()
        .filter_map(Event::minutes)
        .fold(0, u32::saturating_add);
    if let Some(placement) = &mut enrolment.work_activity {
        let profile = Profiles::DEFAULT.of(placement.model);
        let part = |content| minutes / 100 * u32::from(profile.get(content));
        placement.delivered_minutes = ContentMinutes {
            life_management: part(Content::LifeManagement),
            working_life_readiness: part(Content::WorkingLifeReadiness),
            doing_the_work: part(Content::DoingTheWork),
        };
    }
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

fn staff(id: &'static str) -> StaffId {
    StaffId::from_static(id)
}

/// Mapping and coaching service (*Hyvinvointia ja työkykyä edistämässä*): 3-month mapping with a weekly individual
/// meeting (Tuesday) and 5-hour group day (Thursday), then 9-month rehabilitative
/// coaching with a monthly meeting and group coaching; 12 months and about 45 events.
pub fn mapping_and_coaching(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    let spec = models::mapping_and_coaching();
    let mapping_end = phase_end(start, 3);
    let coaching_start = days(mapping_end, 1);
    let coaching_end = phase_end(coaching_start, 9);
    let mut enrolment = Enrolment::new(spec.id.clone(), start);
    enrolment
        .phases
        .push(record("mapping", start, mapping_end, as_of));
    if coaching_start <= as_of {
        enrolment.phases.push(record(
            "rehabilitative_coaching",
            coaching_start,
            coaching_end,
            as_of,
        ));
    }
    let mapping_themes = phase_themes(&spec, "mapping");
    let (individual_themes, group_themes) = mapping_themes.split_at_checked(6).unwrap_or_default();
    for (i, date) in weekdays(start, mapping_end, &[Weekday::Tue])
        .into_iter()
        .enumerate()
    {
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date,
            minutes: Some(60),
            themes: themes_cycled(individual_themes, i, 2),
        });
    }
    for (i, date) in weekdays(start, mapping_end, &[Weekday::Thu])
        .into_iter()
        .enumerate()
    {
        enrolment.events.push(Event::GroupSession {
            note: None,
            mode: Default::default(),
            peer_led: false,
            date,
            minutes: 300,
            themes: themes_cycled(group_themes, i, 2),
        });
    }
    enrolment.events.push(Event::HealthAssessment {
        note: None,
        date: days(start, 9),
        accepted: true,
    });
    enrolment.events.push(Event::CardTraining {
        note: None,
        date: days(start, 30),
        card: Key::from_static("occupational_safety_card"),
        completed: true,
    });
    let coaching_themes = phase_themes(&spec, "rehabilitative_coaching");
    let (individual_themes, group_themes) = coaching_themes.split_at_checked(5).unwrap_or_default();
    for (i, date) in monthly(coaching_start, coaching_end, 10)
        .into_iter()
        .enumerate()
    {
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date,
            minutes: Some(60),
            themes: themes_cycled(individual_themes, i, 2),
        });
    }
    for (i, date) in monthly(coaching_start, coaching_end, 20)
        .into_iter()
        .enumerate()
    {
        enrolment.events.push(Event::GroupSession {
            note: None,
            mode: Default::default(),
            peer_led: false,
            date,
            minutes: 240,
            themes: themes_cycled(group_themes, i, 2),
        });
    }
    enrolment
        .measurements
        .push(measurement(start, InstrumentKind::Was, false));
    enrolment
        .measurements
        .push(measurement(coaching_end, InstrumentKind::Was, true));
    single_enrolment(client, enrolment, coaching_end, as_of)
}

/// Wellbeing group (*Hyvinvointiryhmä osatyökykyisille*): physiotherapist's assessment on the first day, then
/// ten weekly two-hour group sessions over the five themes, UKK test and goals measured
/// at start and end.
pub fn wellbeing_group(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    let spec = models::wellbeing_group();
    let themes = phase_themes(&spec, "group");
    let sessions: Vec<NaiveDate> = (0..10).map(|week| days(start, 1 + 7 * week)).collect();
    let last_session = sessions.last().copied().unwrap_or(start);
    let mut enrolment = Enrolment::new(spec.id.clone(), start);
    enrolment
        .phases
        .push(record("group", start, last_session, as_of));
    enrolment.events.push(Event::PhysiotherapyAssessment {
        note: None,
        date: start,
        personal_instructions: Some(true),
    });
    for (i, date) in sessions.into_iter().enumerate() {
        enrolment.events.push(Event::GroupSession {
            note: None,
            mode: Default::default(),
            peer_led: false,
            date,
            minutes: 120,
            // Two themes a session: each comes up at least twice in ten sessions, so a
            // missed session leaves none uncovered.
            themes: themes_cycled(&themes, i, 2),
        });
    }
    for instrument in [
        InstrumentKind::UkkWalkTest,
        InstrumentKind::Gas,
        InstrumentKind::Was,
    ] {
        enrolment
            .measurements
            .push(measurement(start, instrument, false));
        enrolment
            .measurements
            .push(measurement(last_session, instrument, true));
    }
    single_enrolment(client, enrolment, last_session, as_of)
}

/// Rehabilitative work activity (law 189/2001): an activation plan a week before, then a
/// 12-month period of three 5-hour days a week (Monday, Wednesday, Thursday); about 156
/// days over the year.
pub fn rehabilitative_work_activity(
    client: ClientId,
    start: NaiveDate,
    as_of: NaiveDate,
) -> ServicePath {
    let end = phase_end(start, 12);
    let mut enrolment = Enrolment::new(Key::from_static("rehabilitative_work_activity"), start);
    enrolment.phases.push(record("period", start, end, as_of));
    enrolment.events.push(Event::plan(
        start.checked_sub_days(Days::new(7)).unwrap_or(start),
        PlanKind::ActivationPlan,
        PlanAction::DrawnUp,
    ));
    for date in weekdays(start, end, &[Weekday::Mon, Weekday::Wed, Weekday::Thu]) {
        enrolment.events.push(Event::WorkActivityDay {
            note: None,
            date,
            minutes: 300,
        });
    }
    enrolment.work_activity = Some(placement(
        WorkActivityModel::Mapping,
        PlaceForm::Workshop,
        LegalFrame::RehabilitativeWorkActivity,
        None,
    ));
    single_enrolment(client, enrolment, end, as_of)
}

/// Social rehabilitation (Social Welfare Act §17): an assessment of social functioning,
/// then group activity every other week and monthly counselling for six months.
pub fn social_rehabilitation(client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    let end = phase_end(start, 6);
    let mut enrolment = Enrolment::new(Key::from_static("social_rehabilitation"), start);
    enrolment
        .phases
        .push(record("rehabilitation", start, end, as_of));
    enrolment.events.push(Event::IndividualMeeting {
        note: None,
        mode: Default::default(),
        date: start,
        minutes: Some(90),
        themes: vec![Theme::SocialFunctioningAssessment],
    });
    for date in weekdays(days(start, 1), end, &[Weekday::Wed])
        .into_iter()
        .step_by(2)
    {
        // A 2+2+2 day: a theme, a functional part and art-based methods, two hours each.
        enrolment.events.push(Event::GroupSession {
            note: None,
            mode: Default::default(),
            peer_led: false,
            date,
            minutes: 360,
            themes: vec![
                Theme::GroupActivity,
                Theme::EverydayLifeCoaching,
                Theme::Health,
                Theme::Cooking,
                Theme::ArtBasedMethods,
            ],
        });
    }
    for date in monthly(days(start, 1), end, 15) {
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date,
            minutes: Some(60),
            themes: vec![Theme::RehabilitationCounselling],
        });
    }
    enrolment.work_activity = Some(placement(
        WorkActivityModel::Participatory,
        PlaceForm::Group,
        LegalFrame::SocialRehabilitation,
        Some(GroupFormat::TwoPlusTwoPlusTwo),
    ));
    single_enrolment(client, enrolment, end, as_of)
}
