//! The table of how to break each rule: one entry per rule, used by
//! [`path_violating`](super::path_violating) and by the crate's own rule tests.
//!
//! Each entry starts from a clean document (a sample path of a default model starting on
//! Monday 8 January 2024, or a fictitious client on 30 June 2024), breaks exactly its rule
//! at an exact JSON Pointer, and has a near miss that keeps to the rule. The strategy moves
//! an entry by whole 28-year cycles, over which the Gregorian calendar repeats exactly
//! within 1901–2099, so every weekday, ISO week and month end (and so every pointer) stays
//! the same.

use chrono::{Datelike, Days, NaiveDate};

mod client;
mod document;
mod models;
mod obligations;
mod records;

use self::client::{ClientCase, client_as_of, client_base, client_cases};
use self::document::{DocumentCase, document_cases};
use super::{ViolatingDocument, Violation};
use crate::client::{Client, ClientId, LabourMarketStatus};
use crate::rules::code::RuleCode;
use crate::service::event::{
    Event, InterruptionReason, PlanAction, PlanKind, PlanParty, Profession, Theme,
};
use crate::service::key::{Key, StaffId};
use crate::service::measurement::InstrumentKind;
use crate::service::model_set::ServiceModels;
use crate::service::path::WorkerRole;
use crate::service::path::{
    Closure, CoordinatorAssignment, Enrolment, Goal, Outcome, PhaseRecord, ServicePath,
};
use crate::service::sample;
use crate::work_activity::model::WorkActivityModel;
use crate::work_activity::placement::{
    ContentMinutes, GroupFormat, LegalFrame, ModelTransition, PlaceForm, TransitionTarget,
    WorkActivityPlacement,
};

/// How one rule is broken on purpose, and missed by a near miss.
#[derive(Clone)]
pub struct ViolationCase {
    /// What the case is, in a few words.
    pub name: &'static str,
    /// The rule it breaks.
    pub code: RuleCode,
    /// Where the finding points, in the anchored document.
    pub pointer: &'static str,
    kind: CaseKind,
}

impl std::fmt::Debug for ViolationCase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ViolationCase")
            .field("name", &self.name)
            .field("code", &self.code)
            .field("pointer", &self.pointer)
            .finish_non_exhaustive()
    }
}

#[derive(Clone)]
enum CaseKind {
    Document(DocumentCase),
    Path(PathCase),
    Client(ClientCase),
    Joint(JointCase),
}

/// A rule that needs the path and its client: the client is changed, the path is a clean
/// fixture.
#[derive(Clone)]
struct JointCase {
    name: &'static str,
    code: RuleCode,
    base: fn() -> Fixture,
    breaks: fn(&mut Client),
    pointer: &'static str,
    near_miss: fn(&mut Client),
}

fn joint_cases() -> Vec<JointCase> {
    vec![
        JointCase {
            name: "a client working 20 hours a week in rehabilitative work activity",
            code: RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES,
            base: rehab,
            breaks: |c| c.own_activities.push(work(date(2024, 5, 2), Some(20))),
            pointer: "/enrolments/0",
            // Eight hours a week is within the law's limit.
            near_miss: |c| c.own_activities.push(work(date(2024, 5, 2), Some(8))),
        },
        JointCase {
            name: "an employed client in multiprofessional work-ability support",
            code: RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP,
            base: multiprofessional,
            breaks: |c| c.labour_market_status = LabourMarketStatus::Employed,
            pointer: "/enrolments/0/model",
            // In rehabilitation, outside working life: the target group.
            near_miss: |c| c.labour_market_status = LabourMarketStatus::Rehabilitation,
        },
    ]
}

fn work(start: NaiveDate, hours_per_week: Option<u32>) -> crate::situation::OwnActivity {
    crate::situation::OwnActivity {
        kind: crate::situation::ActivityKind::Work,
        start,
        end: None,
        hours_per_week,
        full_time: false,
    }
}

impl ViolationCase {
    /// The document that breaks the rule, anchored in 2024.
    pub fn breaking(&self) -> Violation {
        self.document(true)
    }

    /// The near miss: the same document changed so that it keeps to the rule.
    pub fn near_miss(&self) -> Violation {
        self.document(false)
    }

    fn document(&self, breaking: bool) -> Violation {
        match &self.kind {
            CaseKind::Document(case) => {
                let text = if breaking {
                    case.breaking
                } else {
                    Some(case.near_miss)
                };
                let mut limits = crate::rules::report::ValidationLimits::default();
                if let Some(max) = case.max_document_bytes {
                    limits = limits.with_max_document_bytes(max);
                }
                Violation {
                    code: self.code,
                    document: match text {
                        Some(text) => ViolatingDocument::Json(text.to_owned()),
                        None => ViolatingDocument::UnreadableJson,
                    },
                    as_of: client_as_of(),
                    models: ServiceModels::defaults(),
                    limits,
                }
            }
            CaseKind::Path(case) => {
                let mut fixture = (case.base)();
                if breaking {
                    (case.breaks)(&mut fixture.path);
                } else {
                    (case.near_miss)(&mut fixture.path);
                }
                Violation {
                    code: self.code,
                    document: ViolatingDocument::Path(fixture.path),
                    as_of: fixture.as_of,
                    models: fixture.models,
                    limits: fixture.limits,
                }
            }
            CaseKind::Joint(case) => {
                let fixture = (case.base)();
                let mut client = Client::new(
                    fixture.path.client.clone(),
                    LabourMarketStatus::UnemployedJobseeker,
                );
                if breaking {
                    (case.breaks)(&mut client);
                } else {
                    (case.near_miss)(&mut client);
                }
                Violation {
                    code: self.code,
                    document: ViolatingDocument::PathWithClient(fixture.path, client),
                    as_of: fixture.as_of,
                    models: fixture.models,
                    limits: fixture.limits,
                }
            }
            CaseKind::Client(case) => {
                let mut client = client_base();
                if breaking {
                    (case.breaks)(&mut client);
                } else {
                    (case.near_miss)(&mut client);
                }
                Violation {
                    code: self.code,
                    document: ViolatingDocument::Client(client),
                    as_of: client_as_of(),
                    models: ServiceModels::defaults(),
                    limits: crate::rules::report::ValidationLimits::default(),
                }
            }
        }
    }
}

/// Every case, client rules first, in the order of the rule catalogue's areas.
pub fn violation_cases() -> Vec<ViolationCase> {
    let clients = client_cases().into_iter().map(|case| ViolationCase {
        name: case.name,
        code: case.code,
        pointer: case.pointer,
        kind: CaseKind::Client(case),
    });
    let paths = path_cases().into_iter().map(|case| ViolationCase {
        name: case.name,
        code: case.code,
        pointer: case.pointer,
        kind: CaseKind::Path(case),
    });
    let joint = joint_cases().into_iter().map(|case| ViolationCase {
        name: case.name,
        code: case.code,
        pointer: case.pointer,
        kind: CaseKind::Joint(case),
    });
    let documents = document_cases().into_iter().map(|case| ViolationCase {
        name: case.name,
        code: case.code,
        pointer: case.pointer,
        kind: CaseKind::Document(case),
    });
    clients.chain(paths).chain(joint).chain(documents).collect()
}

/// The case of rule `code`, if the table has one (a test proves every rule has).
pub fn violation_case(code: RuleCode) -> Option<ViolationCase> {
    violation_cases().into_iter().find(|case| case.code == code)
}

/// The clean documents the path cases start from, with the day each is clean on.
pub fn clean_fixtures() -> Vec<Violation> {
    [
        mapping,
        mapping_during_coaching,
        mapping_mid_april,
        wellbeing,
        rehab,
        rehab_june,
        rehab_32_hour_variant,
        mapping_with_follow_up,
        two_groups_limit_one,
        social,
        multiprofessional,
        ips,
    ]
    .into_iter()
    .map(|base| {
        let fixture = base();
        Violation {
            code: RuleCode::PATH_UNKNOWN_MODEL,
            document: ViolatingDocument::Path(fixture.path),
            as_of: fixture.as_of,
            models: fixture.models,
            limits: fixture.limits,
        }
    })
    .chain(std::iter::once(Violation {
        code: RuleCode::CLIENT_BIRTH_DATE_UNKNOWN,
        document: ViolatingDocument::Client(client_base()),
        as_of: client_as_of(),
        models: ServiceModels::defaults(),
        limits: crate::rules::report::ValidationLimits::default(),
    }))
    .collect()
}

/// `date` moved by `cycles` 28-year cycles. A date outside 1901–2099, where the cycle
/// does not hold, stays where it is (a case may break a rule with such a date on
/// purpose).
pub(crate) fn shift_date(date: NaiveDate, cycles: i32) -> NaiveDate {
    if !(1901..=2099).contains(&date.year()) {
        return date;
    }
    date.with_year(date.year() + 28 * cycles).unwrap_or(date)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// Monday 8 January 2024: every sample starts here.
fn start() -> NaiveDate {
    date(2024, 1, 8)
}

struct Fixture {
    path: ServicePath,
    as_of: NaiveDate,
    models: ServiceModels,
    limits: crate::rules::report::ValidationLimits,
}

fn fixture(model: &str, as_of: NaiveDate) -> Fixture {
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
fn two_groups_limit_one() -> Fixture {
    let mut fixture = wellbeing();
    let later = start().checked_add_days(Days::new(91)).unwrap_or(start());
    let second = sample::wellbeing_group(fixture.path.client.clone(), later, fixture.as_of);
    fixture.path.enrolments.extend(second.enrolments);
    fixture.limits = crate::rules::report::ValidationLimits::with_max_findings_per_rule(1);
    fixture
}

/// The first group session of the path lasts `minutes`.
fn set_group_minutes(path: &mut ServicePath, minutes: u32) {
    if let Some(Event::GroupSession { minutes: m, .. }) = first(path)
        .events
        .iter_mut()
        .find(|event| matches!(event, Event::GroupSession { .. }))
    {
        *m = minutes;
    }
}

/// The path's placement takes the group format `format`.
fn set_group_format(path: &mut ServicePath, format: GroupFormat) {
    if let Some(placement) = first(path).work_activity.as_mut() {
        placement.group_format = Some(format);
    }
}

/// The mapping sample with exactly as many events as its limits allow.
fn mapping_at_event_limit() -> Fixture {
    let mut fixture = mapping();
    let events = fixture.path.enrolments[0].events.len();
    fixture.limits = fixture.limits.with_max_events_per_enrolment(events);
    fixture
}

/// 1.3.2025: every sample has run its course.
fn after() -> NaiveDate {
    date(2025, 3, 1)
}

fn mapping() -> Fixture {
    fixture("mapping_and_coaching", after())
}
fn mapping_during_coaching() -> Fixture {
    fixture("mapping_and_coaching", date(2024, 5, 1))
}
fn mapping_mid_april() -> Fixture {
    fixture("mapping_and_coaching", date(2024, 4, 15))
}
fn wellbeing() -> Fixture {
    fixture("wellbeing_group", after())
}
fn rehab() -> Fixture {
    fixture("rehabilitative_work_activity", after())
}
fn rehab_june() -> Fixture {
    fixture("rehabilitative_work_activity", date(2024, 6, 5))
}
/// A municipality's variant of mapping and coaching with an optional follow-up phase after
/// coaching, during coaching.
fn mapping_with_follow_up() -> Fixture {
    let mut spec = crate::service::models::mapping_and_coaching();
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
fn mapping_two_hour_days() -> Fixture {
    let mut spec = crate::service::models::mapping_and_coaching();
    spec.phases[0].cadence[0].max_minutes_per_day = Some(120.into());
    let mut models = ServiceModels::defaults();
    // The variant only adds a limit, so it passes its checks.
    let _ = models.insert(spec);
    Fixture {
        models,
        ..mapping()
    }
}

fn rehab_32_hour_variant() -> Fixture {
    // A municipality variant loaded from JSON: at most 20 hours a week.
    let mut spec = crate::service::models::rehabilitative_work_activity();
    spec.phases[0].cadence[0].max_minutes_per_period = Some(1200.into());
    let mut models = ServiceModels::defaults();
    // The variant only lowers a limit, so it passes its checks.
    let _ = models.insert(spec);
    Fixture { models, ..rehab() }
}
fn social() -> Fixture {
    fixture("social_rehabilitation", after())
}
fn multiprofessional() -> Fixture {
    fixture("multiprofessional_support", after())
}
fn ips() -> Fixture {
    fixture("ips_job_coaching", after())
}

fn first(path: &mut ServicePath) -> &mut Enrolment {
    if path.enrolments.is_empty() {
        path.enrolments
            .push(Enrolment::new(Key::from_static("none"), start()));
    }
    &mut path.enrolments[0]
}

fn days_after(date: NaiveDate, n: u64) -> NaiveDate {
    date + Days::new(n)
}

fn wellbeing_last_session() -> NaiveDate {
    days_after(start(), 64)
}

fn without_group_session_on(path: &mut ServicePath, day: NaiveDate) {
    first(path)
        .events
        .retain(|e| !(matches!(e, Event::GroupSession { .. }) && e.date() == day));
}

fn set_minutes(path: &mut ServicePath, index: usize, value: u32) {
    if let Some(Event::WorkActivityDay { minutes, .. }) = first(path).events.get_mut(index) {
        *minutes = value;
    }
}

/// A second individual meeting of `minutes` on the day of the first.
fn second_meeting_on_day_one(path: &mut ServicePath, minutes: u32) {
    let enrolment = first(path);
    let day = enrolment
        .events
        .iter()
        .find(|event| event.kind() == crate::service::event::EventKind::IndividualMeeting)
        .map(Event::date);
    if let Some(date) = day {
        enrolment.events.push(Event::IndividualMeeting {
            date,
            minutes: Some(minutes),
            themes: Vec::new(),
        });
    }
}

fn set_week_two_minutes(path: &mut ServicePath, value: u32) {
    // Events 1-3 are the days of ISO week 2024-W02 (event 0 is the plan).
    for index in 1..=3 {
        set_minutes(path, index, value);
    }
}

fn plan_mut(path: &mut ServicePath) -> &mut Event {
    &mut first(path).events[0]
}

fn close(path: &mut ServicePath, outcome: Outcome, note: Option<&str>) {
    path.closure = Some(Closure {
        date: wellbeing_last_session(),
        outcome,
        note: note.and_then(|note| crate::free_text::FreeText::new(note).ok()),
    });
}

fn staff(id: &'static str) -> StaffId {
    StaffId::from_static(id)
}

fn handover() -> NaiveDate {
    date(2024, 7, 8)
}

fn move_job_start_first(path: &mut ServicePath) {
    let events = &mut first(path).events;
    if let Some(index) = events
        .iter()
        .position(|e| matches!(e, Event::JobStart { .. }))
    {
        let job = events.remove(index);
        events.insert(0, job);
    }
}

fn set_plan_parties(path: &mut ServicePath, parties: Vec<PlanParty>) {
    if let Event::Plan {
        parties: recorded, ..
    } = plan_mut(path)
    {
        *recorded = parties;
    }
}

/// An interruption for hospital treatment from `first` with a restart on `back`; the
/// days in between are not attended.
fn interrupt(path: &mut ServicePath, first: NaiveDate, back: NaiveDate) {
    let events = &mut first_enrolment(path).events;
    events.retain(|e| !(first <= e.date() && e.date() < back));
    events.insert(
        0,
        Event::Interruption {
            date: first,
            reason: InterruptionReason::HospitalTreatment,
            expected_return: None,
        },
    );
    events.push(Event::Restart { date: back });
}

fn first_enrolment(path: &mut ServicePath) -> &mut Enrolment {
    first(path)
}

fn placement(path: &mut ServicePath) -> &mut WorkActivityPlacement {
    first(path).work_activity.get_or_insert_with(|| {
        sample::placement(
            WorkActivityModel::Participatory,
            PlaceForm::IndividualPlace,
            LegalFrame::RehabilitativeWorkActivity,
            None,
        )
    })
}

fn minutes(
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

fn transition(date: NaiveDate) -> ModelTransition {
    ModelTransition {
        date,
        to: TransitionTarget::WorkingLifeOriented,
    }
}

#[derive(Clone)]
struct PathCase {
    name: &'static str,
    code: RuleCode,
    base: fn() -> Fixture,
    breaks: fn(&mut ServicePath),
    pointer: &'static str,
    near_miss: fn(&mut ServicePath),
}

fn path_cases() -> Vec<PathCase> {
    let mut cases = records::record_cases();
    cases.extend(obligations::obligation_cases());
    cases.extend(models::model_cases());
    cases
}
