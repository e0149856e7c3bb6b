//! The clean fixtures the violation cases start from, and the small changes they make.

use super::*;

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// Monday 8 January 2024: every sample starts here.
pub(super) fn start() -> NaiveDate {
    date(2024, 1, 8)
}

pub(super) struct Fixture {
    pub(super) path: ServicePath,
    pub(super) as_of: NaiveDate,
    pub(super) models: ServiceModels,
    pub(super) limits: crate::rules::report::ValidationLimits,
}

pub(super) fn fixture(model: &str, as_of: NaiveDate) -> Fixture {
    let client = ClientId::from_trusted("fixture-path".to_owned());
    Fixture {
        path: sample::path_for(model, client.clone(), start(), as_of)
            .unwrap_or_else(|| ServicePath::new(client)),
        as_of,
        models: ServiceModels::defaults(),
        limits: crate::rules::report::ValidationLimits::default(),
    }
}

/// Two wellbeing groups one after the other, validated with one finding per rule.
pub(super) fn two_groups_limit_one() -> Fixture {
    let mut fixture = wellbeing();
    let later = start().checked_add_days(Days::new(91)).unwrap_or(start());
    let second = sample::wellbeing_group(fixture.path.client.clone(), later, fixture.as_of);
    fixture.path.enrolments.extend(second.enrolments);
    fixture.limits = crate::rules::report::ValidationLimits::with_max_findings_per_rule(1);
    fixture
}

/// The first group session of the path lasts `minutes`.
pub(super) fn set_group_minutes(path: &mut ServicePath, minutes: u32) {
    if let Some(Event::GroupSession { minutes: m, .. }) = first(path)
        .events
        .iter_mut()
        .find(|event| matches!(event, Event::GroupSession { .. }))
    {
        *m = minutes;
    }
}

/// The path's placement takes the group format `format`.
pub(super) fn set_group_format(path: &mut ServicePath, format: GroupFormat) {
    if let Some(placement) = first(path).work_activity.as_mut() {
        placement.group_format = Some(format);
    }
}

/// The mapping sample with exactly as many events as its limits allow.
pub(super) fn mapping_at_event_limit() -> Fixture {
    let mut fixture = mapping();
    let events = fixture.path.enrolments[0].events.len();
    fixture.limits = fixture.limits.with_max_events_per_enrolment(events);
    fixture
}

/// 1.3.2025: every sample has run its course.
pub(super) fn after() -> NaiveDate {
    date(2025, 3, 1)
}

pub(super) fn mapping() -> Fixture {
    fixture("mapping_and_coaching", after())
}
pub(super) fn mapping_during_coaching() -> Fixture {
    fixture("mapping_and_coaching", date(2024, 5, 1))
}
pub(super) fn mapping_mid_april() -> Fixture {
    fixture("mapping_and_coaching", date(2024, 4, 15))
}
pub(super) fn wellbeing() -> Fixture {
    fixture("wellbeing_group", after())
}
pub(super) fn rehab() -> Fixture {
    fixture("rehabilitative_work_activity", after())
}
pub(super) fn rehab_june() -> Fixture {
    fixture("rehabilitative_work_activity", date(2024, 6, 5))
}
/// A municipality's variant of mapping and coaching with an optional follow-up phase after
/// coaching, during coaching.
pub(super) fn mapping_with_follow_up() -> Fixture {
    let mut spec = crate::service::spec::models::mapping_and_coaching();
    let mut follow_up = spec.phases[1].clone();
    follow_up.id = Key::from_static("follow_up");
    follow_up.optional = true;
    follow_up.length = None;
    follow_up.cadence.clear();
    follow_up.expected_themes.clear();
    follow_up.measurements_at_end.clear();
    spec.phases[1].next = vec![Key::from_static("follow_up")];
    spec.phases.push(follow_up);
    let mut models = ServiceModels::defaults();
    // The variant adds an optional phase the checks accept.
    let _ = models.insert(spec);
    Fixture {
        models,
        ..mapping_during_coaching()
    }
}

/// A municipality's variant of mapping and coaching: at most two hours of individual
/// meetings a day.
pub(super) fn mapping_two_hour_days() -> Fixture {
    let mut spec = crate::service::spec::models::mapping_and_coaching();
    spec.phases[0].cadence[0].max_minutes_per_day = Some(120.into());
    let mut models = ServiceModels::defaults();
    // The variant only adds a limit, so it passes its checks.
    let _ = models.insert(spec);
    Fixture {
        models,
        ..mapping()
    }
}

/// Rehabilitative work activity in two units at once: the default model on Mondays,
/// Wednesdays and Thursdays, and a workshop's own model (the law's figures, its own id)
/// on `weekdays`.
pub(super) fn two_units(weekdays: &[chrono::Weekday]) -> Fixture {
    let mut spec = crate::service::spec::models::rehabilitative_work_activity();
    spec.id = Key::from_static("workshop_rehabilitative_work_activity");
    let mut models = ServiceModels::defaults();
    // A copy of the default model under another id passes its checks.
    let _ = models.insert(spec);
    let mut fixture = Fixture { models, ..rehab() };
    let mut second =
        sample::rehabilitative_work_activity(fixture.path.client.clone(), start(), fixture.as_of)
            .enrolments;
    for enrolment in &mut second {
        enrolment.model = Key::from_static("workshop_rehabilitative_work_activity");
        enrolment
            .events
            .retain(|event| !matches!(event, Event::WorkActivityDay { .. }));
        let end = enrolment.end.unwrap_or(fixture.as_of);
        let mut day = start();
        while day <= end {
            if weekdays.contains(&chrono::Datelike::weekday(&day)) {
                enrolment.events.push(Event::work_activity_day(day, 300));
            }
            day = day.succ_opt().unwrap_or(NaiveDate::MAX);
        }
        enrolment.events.sort_by_key(Event::date);
    }
    fixture.path.enrolments.extend(second);
    fixture
}

/// Three yearly enrolments of rehabilitative work activity one after another, all
/// agreed by the first plan: one period of three years.
pub(super) fn three_years_one_plan() -> Fixture {
    let first_start = date(2021, 1, 11);
    let mut fixture = rehab();
    let client = fixture.path.client.clone();
    let mut path = sample::rehabilitative_work_activity(client.clone(), first_start, fixture.as_of);
    let plan_day = first_start
        .checked_sub_days(Days::new(7))
        .unwrap_or(first_start);
    for _ in 0..2 {
        let Some(next) = path
            .enrolments
            .last()
            .and_then(|e| e.end)
            .and_then(|end| end.succ_opt())
        else {
            break;
        };
        let mut more = sample::rehabilitative_work_activity(client.clone(), next, fixture.as_of);
        for enrolment in &mut more.enrolments {
            for event in &mut enrolment.events {
                if let Event::Plan { date, .. } = event {
                    *date = plan_day;
                }
            }
            enrolment.events.sort_by_key(Event::date);
        }
        path.enrolments.extend(more.enrolments);
    }
    fixture.path = path;
    fixture
}

/// The plan of the second enrolment of [`three_years_one_plan`] is reviewed before it
/// starts: a new period.
pub(super) fn review_second_period(path: &mut ServicePath) {
    let Some(enrolment) = path.enrolments.get_mut(1) else {
        return;
    };
    let start = enrolment.start;
    for event in &mut enrolment.events {
        if let Event::Plan { date, action, .. } = event {
            *date = start.checked_sub_days(Days::new(14)).unwrap_or(start);
            *action = PlanAction::Reviewed;
        }
    }
    enrolment.events.sort_by_key(Event::date);
}

pub(super) fn rehab_32_hour_variant() -> Fixture {
    // A municipality variant loaded from JSON: at most 20 hours a week.
    let mut spec = crate::service::spec::models::rehabilitative_work_activity();
    spec.phases[0].cadence[0].max_minutes_per_period = Some(1200.into());
    let mut models = ServiceModels::defaults();
    // The variant only lowers a limit, so it passes its checks.
    let _ = models.insert(spec);
    Fixture { models, ..rehab() }
}
pub(super) fn social() -> Fixture {
    fixture("social_rehabilitation", after())
}
pub(super) fn multiprofessional() -> Fixture {
    fixture("multiprofessional_support", after())
}
pub(super) fn ips() -> Fixture {
    fixture("ips_job_coaching", after())
}

pub(super) fn first(path: &mut ServicePath) -> &mut Enrolment {
    if path.enrolments.is_empty() {
        path.enrolments
            .push(Enrolment::new(Key::from_static("none"), start()));
    }
    &mut path.enrolments[0]
}

pub(super) fn days_after(date: NaiveDate, n: u64) -> NaiveDate {
    date + Days::new(n)
}

pub(super) fn wellbeing_last_session() -> NaiveDate {
    days_after(start(), 64)
}

pub(super) fn without_group_session_on(path: &mut ServicePath, day: NaiveDate) {
    first(path)
        .events
        .retain(|e| !(matches!(e, Event::GroupSession { .. }) && e.date() == day));
}

pub(super) fn set_minutes(path: &mut ServicePath, index: usize, value: u32) {
    if let Some(Event::WorkActivityDay { minutes, .. }) = first(path).events.get_mut(index) {
        *minutes = value;
    }
}

/// A second individual meeting of `minutes` on the day of the first.
pub(super) fn second_meeting_on_day_one(path: &mut ServicePath, minutes: u32) {
    let enrolment = first(path);
    let day = enrolment
        .events
        .iter()
        .find(|event| event.kind() == crate::service::record::event::EventKind::IndividualMeeting)
        .map(Event::date);
    if let Some(date) = day {
        enrolment.events.push(Event::IndividualMeeting {
            note: None,
            mode: Default::default(),
            date,
            minutes: Some(minutes),
            themes: Vec::new(),
        });
    }
}

pub(super) fn set_week_two_minutes(path: &mut ServicePath, value: u32) {
    // Events 1-3 are the days of ISO week 2024-W02 (event 0 is the plan).
    for index in 1..=3 {
        set_minutes(path, index, value);
    }
}

pub(super) fn plan_mut(path: &mut ServicePath) -> &mut Event {
    &mut first(path).events[0]
}

pub(super) fn close(path: &mut ServicePath, outcome: Outcome, note: Option<&str>) {
    path.closure = Some(Closure {
        date: wellbeing_last_session(),
        outcome,
        note: note.and_then(|note| crate::free_text::FreeText::new(note).ok()),
    });
}

pub(super) fn staff(id: &'static str) -> StaffId {
    StaffId::from_static(id)
}

pub(super) fn handover() -> NaiveDate {
    date(2024, 7, 8)
}

pub(super) fn move_job_start_first(path: &mut ServicePath) {
    let events = &mut first(path).events;
    if let Some(index) = events
        .iter()
        .position(|e| matches!(e, Event::JobStart { .. }))
    {
        let job = events.remove(index);
        events.insert(0, job);
    }
}

pub(super) fn set_plan_parties(path: &mut ServicePath, parties: Vec<PlanParty>) {
    if let Event::Plan {
        parties: recorded, ..
    } = plan_mut(path)
    {
        *recorded = parties;
    }
}

/// An interruption for hospital treatment from `first` with a restart on `back`; the
/// days in between are not attended.
pub(super) fn interrupt(path: &mut ServicePath, first: NaiveDate, back: NaiveDate) {
    let events = &mut first_enrolment(path).events;
    events.retain(|e| !(first <= e.date() && e.date() < back));
    events.insert(
        0,
        Event::Interruption {
            note: None,
            date: first,
            reason: InterruptionReason::HospitalTreatment,
            expected_return: None,
        },
    );
    events.push(Event::Restart {
        note: None,
        date: back,
    });
}

pub(super) fn first_enrolment(path: &mut ServicePath) -> &mut Enrolment {
    first(path)
}

pub(super) fn placement(path: &mut ServicePath) -> &mut WorkActivityPlacement {
    first(path).work_activity.get_or_insert_with(|| {
        sample::placement(
            WorkActivityModel::Participatory,
            PlaceForm::IndividualPlace,
            LegalFrame::RehabilitativeWorkActivity,
            None,
        )
    })
}

pub(super) fn minutes(
    life_management: u32,
    working_life_readiness: u32,
    doing_the_work: u32,
) -> ContentMinutes {
    ContentMinutes {
        life_management,
        working_life_readiness,
        doing_the_work,
    }
}

pub(super) fn transition(date: NaiveDate) -> ModelTransition {
    ModelTransition {
        date,
        to: TransitionTarget::WorkingLifeOriented,
    }
}

#[derive(Clone)]
pub(super) struct PathCase {
    pub(super) name: &'static str,
    pub(super) code: RuleCode,
    pub(super) base: fn() -> Fixture,
    pub(super) breaks: fn(&mut ServicePath),
    pub(super) pointer: &'static str,
    pub(super) near_miss: fn(&mut ServicePath),
}

/// Every event's themes without `theme`.
pub(super) fn without_theme(path: &mut ServicePath, theme: Theme) {
    for event in &mut first(path).events {
        if let Event::IndividualMeeting { themes, .. } | Event::GroupSession { themes, .. } = event
        {
            themes.retain(|t| *t != theme);
        }
    }
}
