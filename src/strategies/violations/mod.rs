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

use self::client::{ClientCase, client_as_of, client_base, client_cases};
use self::document::{DocumentCase, document_cases};
use super::{ViolatingDocument, Violation};
use crate::client::{Client, ClientId, LabourMarketStatus};
use crate::rules::catalogue::RuleCode;
use crate::service::event::{
    Event, InterruptionReason, PlanAction, PlanKind, PlanParty, Profession, Theme,
};
use crate::service::key::{Key, StaffId};
use crate::service::measurement::InstrumentKind;
use crate::service::path::WorkerRole;
use crate::service::path::{
    Closure, CoordinatorAssignment, Enrolment, Goal, Outcome, PhaseRecord, ServicePath,
};
use crate::service::sample;
use crate::service::spec::ServiceModels;
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

fn rehab_32_hour_variant() -> Fixture {
    // A municipality variant loaded from JSON: at most 20 hours a week.
    let mut spec = crate::service::models::rehabilitative_work_activity();
    spec.phases[0].cadence[0].max_minutes_per_period = Some(1200);
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
    let mut cases = older_path_cases();
    cases.extend(models::model_cases());
    cases
}

fn older_path_cases() -> Vec<PathCase> {
    vec![
        PathCase {
            name: "enrolment in an unknown model",
            code: RuleCode::PATH_UNKNOWN_MODEL,
            base: social,
            breaks: |p| first(p).model = Key::from_static("no_such_model"),
            pointer: "/enrolments/0/model",
            near_miss: |p| first(p).model = Key::from_static("social_rehabilitation"),
        },
        PathCase {
            name: "phase unknown to the model",
            code: RuleCode::PATH_UNKNOWN_PHASE,
            base: mapping,
            breaks: |p| {
                first(p).end = None;
                first(p).phases[1].phase = Key::from_static("coaching");
            },
            pointer: "/enrolments/0/phases/1/phase",
            near_miss: |p| first(p).end = None,
        },
        PathCase {
            name: "coordinator assignment ending before it starts",
            code: RuleCode::PATH_DATES_REVERSED,
            base: mapping,
            breaks: |p| {
                p.coordinators.push(CoordinatorAssignment {
                    staff: staff("coord-1"),
                    role: WorkerRole::ClientCoordinator,
                    start: date(2024, 2, 1),
                    end: Some(date(2024, 1, 31)),
                });
            },
            pointer: "/coordinators/0/end",
            near_miss: |p| {
                p.coordinators.push(CoordinatorAssignment {
                    staff: staff("coord-1"),
                    role: WorkerRole::ClientCoordinator,
                    start: date(2024, 2, 1),
                    end: Some(date(2024, 2, 1)),
                });
            },
        },
        PathCase {
            name: "work activity day recorded for tomorrow",
            code: RuleCode::PATH_DATE_IN_FUTURE,
            base: rehab_june,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::WorkActivityDay {
                        date: date(2024, 6, 6),
                        minutes: 300,
                    },
                );
            },
            pointer: "/enrolments/0/events/0/date",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::WorkActivityDay {
                        date: date(2024, 6, 4),
                        minutes: 300,
                    },
                );
            },
        },
        PathCase {
            name: "phase dated in the 1800s",
            code: RuleCode::PATH_DATE_OUT_OF_RANGE,
            base: social,
            breaks: |p| first(p).phases[0].start = date(1899, 12, 31),
            pointer: "/enrolments/0/phases/0/start",
            near_miss: |p| {
                first(p).start = date(1900, 1, 1);
                first(p).phases[0].start = date(1900, 1, 1);
            },
        },
        PathCase {
            name: "a 2024 activation plan drawn up with the municipality, not the county",
            code: RuleCode::PATH_PLAN_PARTIES_MISSING,
            base: rehab,
            breaks: |p| {
                set_plan_parties(
                    p,
                    vec![
                        PlanParty::Client,
                        PlanParty::EmploymentAuthority,
                        PlanParty::Municipality,
                    ],
                )
            },
            pointer: "/enrolments/0/events/0/parties",
            near_miss: |p| {
                set_plan_parties(
                    p,
                    vec![
                        PlanParty::Client,
                        PlanParty::EmploymentAuthority,
                        PlanParty::WellbeingServicesCounty,
                    ],
                )
            },
        },
        PathCase {
            name: "a plan to be reviewed by June, never reviewed",
            code: RuleCode::PATH_PLAN_REVIEW_OVERDUE,
            base: rehab,
            breaks: |p| {
                if let Event::Plan { review_by, .. } = plan_mut(p) {
                    *review_by = Some(date(2024, 6, 28));
                }
            },
            pointer: "/enrolments/0/events/0/review_by",
            near_miss: |p| {
                if let Event::Plan { review_by, .. } = plan_mut(p) {
                    *review_by = Some(date(2024, 6, 28));
                }
                first(p).events.push(Event::Plan {
                    date: date(2024, 6, 20),
                    plan: PlanKind::ActivationPlan,
                    action: PlanAction::Reviewed,
                    records_goal: true,
                    records_support: true,
                    parties: Vec::new(),
                    services: Vec::new(),
                    review_by: None,
                    consent_to_share: Some(true),
                });
            },
        },
        PathCase {
            name: "a restart with no interruption before it",
            code: RuleCode::PATH_RESTART_WITHOUT_INTERRUPTION,
            base: rehab,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::Restart {
                        date: date(2024, 3, 4),
                    },
                );
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::Interruption {
                        date: date(2024, 3, 1),
                        reason: InterruptionReason::Illness,
                        expected_return: None,
                    },
                );
                first(p).events.insert(
                    1,
                    Event::Restart {
                        date: date(2024, 3, 4),
                    },
                );
            },
        },
        PathCase {
            name: "hospital treatment interrupting the activity for 98 days",
            code: RuleCode::PATH_INTERRUPTION_LONG,
            base: rehab,
            breaks: |p| interrupt(p, date(2024, 5, 6), date(2024, 8, 12)),
            pointer: "/enrolments/0/events/0",
            near_miss: |p| interrupt(p, date(2024, 5, 6), date(2024, 8, 1)),
        },
        PathCase {
            name: "fees in two groups, with one finding a rule allowed",
            code: RuleCode::REPORT_TRUNCATED,
            base: two_groups_limit_one,
            breaks: |p| {
                for enrolment in &mut p.enrolments {
                    enrolment.client_fee_cents = 500;
                }
            },
            pointer: "",
            near_miss: |p| first(p).client_fee_cents = 500,
        },
        PathCase {
            name: "a 2+2+2 group day of four hours: a 2-hour part missing",
            code: RuleCode::PATH_GROUP_DAY_SHORT_OF_FORMAT,
            base: social,
            breaks: |p| set_group_minutes(p, 240),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_group_minutes(p, 390),
        },
        PathCase {
            name: "a 3-month group running for six months",
            code: RuleCode::PATH_GROUP_LONGER_THAN_FORMAT,
            base: social,
            breaks: |p| set_group_format(p, GroupFormat::ThreeMonthGroup),
            pointer: "/enrolments/0/work_activity/group_format",
            near_miss: |p| set_group_format(p, GroupFormat::NonStopGroup),
        },
        PathCase {
            name: "one event more than the limit of events in an enrolment",
            code: RuleCode::REPORT_OVER_LIMIT,
            base: mapping_at_event_limit,
            breaks: |p| {
                let copy = first(p).events[0].clone();
                first(p).events.push(copy);
            },
            pointer: "/enrolments/0/events",
            near_miss: |_| {},
        },
        PathCase {
            name: "goal reached the day before it was set",
            code: RuleCode::PATH_GOAL_REACHED_BEFORE_SET,
            base: wellbeing,
            breaks: |p| {
                p.goals.push(Goal {
                    id: Key::from_static("daily_walks"),
                    set_on: date(2024, 1, 9),
                    reached_on: Some(date(2024, 1, 8)),
                });
            },
            pointer: "/goals/0/reached_on",
            near_miss: |p| {
                p.goals.push(Goal {
                    id: Key::from_static("daily_walks"),
                    set_on: date(2024, 1, 9),
                    reached_on: Some(date(2024, 1, 9)),
                });
            },
        },
        PathCase {
            name: "second enrolment in the same model before the first ends",
            code: RuleCode::PATH_ENROLMENTS_OVERLAP,
            base: social,
            breaks: |p| {
                let mut second =
                    Enrolment::new(Key::from_static("social_rehabilitation"), date(2024, 7, 1));
                second.phases.push(PhaseRecord {
                    phase: Key::from_static("rehabilitation"),
                    start: date(2024, 7, 1),
                    end: None,
                });
                p.enrolments.push(second);
            },
            pointer: "/enrolments/1",
            near_miss: |p| {
                let mut second =
                    Enrolment::new(Key::from_static("social_rehabilitation"), date(2024, 7, 8));
                second.phases.push(PhaseRecord {
                    phase: Key::from_static("rehabilitation"),
                    start: date(2024, 7, 8),
                    end: None,
                });
                p.enrolments.push(second);
            },
        },
        PathCase {
            name: "a follow-up phase straight after mapping, skipping coaching",
            code: RuleCode::PATH_PHASE_ORDER,
            base: mapping_with_follow_up,
            breaks: |p| first(p).phases[1].phase = Key::from_static("follow_up"),
            pointer: "/enrolments/0/phases/1/phase",
            near_miss: |_| {},
        },
        PathCase {
            name: "coaching starts on the last day of mapping",
            code: RuleCode::PATH_PHASES_OVERLAP,
            base: mapping,
            breaks: |p| first(p).phases[1].start = date(2024, 4, 7),
            pointer: "/enrolments/0/phases/1",
            near_miss: |p| {
                first(p).phases[0].end = Some(date(2024, 4, 6));
                first(p).phases[1].start = date(2024, 4, 7);
            },
        },
        PathCase {
            name: "phase starting before its enrolment",
            code: RuleCode::PATH_PHASE_OUTSIDE_ENROLMENT,
            base: social,
            breaks: |p| first(p).phases[0].start = date(2024, 1, 7),
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| first(p).phases[0].start = date(2024, 1, 9),
        },
        PathCase {
            name: "mapping still open eight days past three months",
            code: RuleCode::PATH_PHASE_TOO_LONG,
            base: mapping_mid_april,
            breaks: |p| {
                first(p).phases.truncate(1);
                first(p).phases[0].end = None;
                first(p).events.push(Event::GroupSession {
                    date: date(2024, 4, 11),
                    minutes: 300,
                    themes: vec![],
                });
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                first(p).phases.truncate(1);
                first(p).phases[0].end = Some(date(2024, 4, 14));
                first(p).events.retain(|e| e.date() <= date(2024, 4, 14));
                first(p).events.push(Event::GroupSession {
                    date: date(2024, 4, 11),
                    minutes: 300,
                    themes: vec![],
                });
            },
        },
        PathCase {
            name: "rehabilitative work activity period under three months",
            code: RuleCode::PATH_PHASE_TOO_SHORT,
            base: rehab,
            breaks: |p| {
                let end = date(2024, 3, 31);
                first(p).phases[0].end = Some(end);
                first(p).end = Some(end);
                first(p).events.retain(|e| e.date() <= end);
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                let end = date(2024, 4, 7);
                first(p).phases[0].end = Some(end);
                first(p).end = Some(end);
                first(p).events.retain(|e| e.date() <= end);
            },
        },
        PathCase {
            name: "service ended after mapping without coaching",
            code: RuleCode::PATH_REQUIRED_PHASE_MISSING,
            base: mapping,
            breaks: |p| {
                let end = date(2024, 4, 7);
                let enrolment = first(p);
                enrolment.phases.truncate(1);
                enrolment.end = Some(end);
                enrolment.events.retain(|e| e.date() <= end);
                enrolment.measurements.retain(|m| m.date <= end);
            },
            pointer: "/enrolments/0/phases",
            near_miss: |_| {},
        },
        PathCase {
            name: "meeting after the enrolment ended",
            code: RuleCode::PATH_EVENT_OUTSIDE_ENROLMENT,
            base: social,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::IndividualMeeting {
                        date: date(2024, 8, 1),
                        minutes: None,
                        themes: vec![],
                    },
                );
            },
            pointer: "/enrolments/0/events/0/date",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::IndividualMeeting {
                        date: date(2024, 7, 7),
                        minutes: None,
                        themes: vec![],
                    },
                );
            },
        },
        PathCase {
            name: "first meeting before the first phase",
            code: RuleCode::PATH_EVENT_OUTSIDE_PHASE,
            base: social,
            breaks: |p| first(p).phases[0].start = date(2024, 1, 9),
            pointer: "/enrolments/0/events/0/date",
            near_miss: |_| {},
        },
        PathCase {
            name: "no individual meeting in week 2024-W04",
            code: RuleCode::PATH_CADENCE_GAP,
            base: mapping,
            breaks: |p| {
                first(p).events.retain(|e| e.date() != date(2024, 1, 23));
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                let events = &mut first(p).events;
                for event in events.iter_mut() {
                    if let Event::IndividualMeeting { date: day, .. } = event
                        && *day == date(2024, 1, 23)
                    {
                        *day = date(2024, 1, 24);
                    }
                }
            },
        },
        PathCase {
            name: "five work activity days in one week",
            code: RuleCode::PATH_CADENCE_EXCEEDED,
            base: rehab,
            breaks: |p| {
                for day in [date(2024, 1, 9), date(2024, 1, 12)] {
                    first(p).events.push(Event::WorkActivityDay {
                        date: day,
                        minutes: 300,
                    });
                }
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                first(p).events.push(Event::WorkActivityDay {
                    date: date(2024, 1, 9),
                    minutes: 300,
                });
            },
        },
        PathCase {
            name: "work activity day under four hours",
            code: RuleCode::PATH_CONTACT_TOO_SHORT,
            base: rehab,
            breaks: |p| set_minutes(p, 1, 200),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_minutes(p, 1, 240),
        },
        PathCase {
            name: "work activity day over eight hours",
            code: RuleCode::PATH_CONTACT_TOO_LONG,
            base: rehab,
            breaks: |p| set_minutes(p, 1, 500),
            pointer: "/enrolments/0/events/1/minutes",
            near_miss: |p| set_minutes(p, 1, 480),
        },
        PathCase {
            name: "21 hours in a week under a 20-hour municipal variant",
            code: RuleCode::PATH_PERIOD_MINUTES_EXCEEDED,
            base: rehab_32_hour_variant,
            breaks: |p| set_week_two_minutes(p, 420),
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| set_week_two_minutes(p, 400),
        },
        PathCase {
            name: "wellbeing group met nine times",
            code: RuleCode::PATH_TOTAL_COUNT_SHORT,
            base: wellbeing,
            breaks: |p| without_group_session_on(p, wellbeing_last_session()),
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        PathCase {
            name: "nutrition never dealt with",
            code: RuleCode::PATH_THEME_NOT_COVERED,
            base: wellbeing,
            breaks: |p| {
                for event in &mut first(p).events {
                    if let Event::GroupSession { themes, .. } = event {
                        themes.retain(|t| *t != Theme::Nutrition);
                    }
                }
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |_| {},
        },
        PathCase {
            name: "no UKK walk test at the start",
            code: RuleCode::PATH_START_MEASUREMENT_MISSING,
            base: wellbeing,
            breaks: |p| {
                first(p).measurements.retain(|m| {
                    !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == start())
                });
            },
            pointer: "/enrolments/0/measurements",
            near_miss: |p| {
                for m in &mut first(p).measurements {
                    if m.instrument() == InstrumentKind::UkkWalkTest && m.date == start() {
                        m.date = days_after(start(), 14);
                    }
                }
            },
        },
        PathCase {
            name: "no UKK walk test at the end",
            code: RuleCode::PATH_END_MEASUREMENT_MISSING,
            base: wellbeing,
            breaks: |p| {
                let end = wellbeing_last_session();
                first(p)
                    .measurements
                    .retain(|m| !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == end));
            },
            pointer: "/enrolments/0/measurements",
            near_miss: |p| {
                let end = wellbeing_last_session();
                for m in &mut first(p).measurements {
                    if m.instrument() == InstrumentKind::UkkWalkTest && m.date == end {
                        m.date = days_after(end, 14);
                    }
                }
            },
        },
        PathCase {
            name: "no activation plan",
            code: RuleCode::PATH_PLAN_MISSING,
            base: rehab,
            breaks: |p| {
                first(p).events.remove(0);
            },
            pointer: "/enrolments/0/events",
            near_miss: |p| {
                if let Event::Plan { date: day, .. } = plan_mut(p) {
                    *day = start();
                }
            },
        },
        PathCase {
            name: "activation plan without the support and guidance needed",
            code: RuleCode::PATH_PLAN_INCOMPLETE,
            base: rehab,
            breaks: |p| {
                if let Event::Plan {
                    records_support, ..
                } = plan_mut(p)
                {
                    *records_support = false;
                }
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                let mut review = plan_mut(p).clone();
                if let Event::Plan {
                    date: day,
                    action,
                    records_support,
                    ..
                } = &mut review
                {
                    *day = date(2024, 3, 1);
                    *action = crate::PlanAction::Reviewed;
                    *records_support = false;
                }
                first(p).events.push(review);
            },
        },
        PathCase {
            name: "ten days without a coordinator at the handover",
            code: RuleCode::PATH_NO_COORDINATOR,
            base: multiprofessional,
            breaks: |p| p.coordinators[1].start = days_after(handover(), 10),
            pointer: "/coordinators",
            near_miss: |p| p.coordinators[1].start = handover(),
        },
        PathCase {
            name: "two coordinators for 15 days, one longer than a 14-day handover",
            code: RuleCode::PATH_COORDINATORS_OVERLAP,
            base: multiprofessional,
            breaks: |p| p.coordinators[0].end = handover().checked_add_days(Days::new(14)),
            pointer: "/coordinators/1",
            // Two weeks of handover: normal casework.
            near_miss: |p| p.coordinators[0].end = handover().checked_add_days(Days::new(13)),
        },
        PathCase {
            name: "team of two professions",
            code: RuleCode::PATH_TEAM_TOO_SMALL,
            base: multiprofessional,
            breaks: |p| p.team.truncate(2),
            pointer: "/team",
            near_miss: |p| p.team.truncate(3),
        },
        PathCase {
            name: "team without health care",
            code: RuleCode::PATH_TEAM_WITHOUT_HEALTH_CARE,
            base: multiprofessional,
            breaks: |p| {
                p.team.retain(|m| m.profession != Profession::Physician);
            },
            pointer: "/team",
            near_miss: |p| {
                for member in &mut p.team {
                    if member.profession == Profession::Physician {
                        member.profession = Profession::Nurse;
                    }
                }
            },
        },
        PathCase {
            name: "no referral recorded",
            code: RuleCode::PATH_REFERRAL_MISSING,
            base: multiprofessional,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::Referral { .. }))
            },
            pointer: "/enrolments/0/events",
            near_miss: |p| {
                for event in &mut first(p).events {
                    if let Event::Referral { date: day } = event {
                        *day = date(2023, 12, 20);
                    }
                }
            },
        },
        PathCase {
            name: "physiotherapist's assessment after the first group session",
            code: RuleCode::PATH_PHYSIOTHERAPY_ASSESSMENT_MISSING,
            base: wellbeing,
            breaks: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    date: days_after(start(), 2),
                    personal_instructions: Some(true),
                }
            },
            pointer: "/enrolments/0/events/1",
            near_miss: |p| {
                first(p).events[0] = Event::PhysiotherapyAssessment {
                    date: days_after(start(), 1),
                    personal_instructions: Some(true),
                }
            },
        },
        PathCase {
            name: "client charged for the wellbeing group",
            code: RuleCode::PATH_CLIENT_FEE,
            base: wellbeing,
            breaks: |p| first(p).client_fee_cents = 500,
            pointer: "/enrolments/0/client_fee_cents",
            near_miss: |p| first(p).client_fee_cents = 0,
        },
        PathCase {
            name: "no health assessment offered during mapping",
            code: RuleCode::PATH_HEALTH_ASSESSMENT_NOT_OFFERED,
            base: mapping,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::HealthAssessment { .. }))
            },
            pointer: "/enrolments/0/phases/0",
            near_miss: |p| {
                for event in &mut first(p).events {
                    if let Event::HealthAssessment { accepted, .. } = event {
                        *accepted = false;
                    }
                }
            },
        },
        PathCase {
            name: "first employer contact after 35 days",
            code: RuleCode::PATH_JOB_SEARCH_LATE,
            base: ips,
            breaks: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::EmployerContact { .. }));
                first(p).events.insert(
                    0,
                    Event::EmployerContact {
                        date: days_after(start(), 35),
                    },
                );
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p)
                    .events
                    .retain(|e| !matches!(e, Event::EmployerContact { .. }));
                first(p).events.insert(
                    0,
                    Event::EmployerContact {
                        date: days_after(start(), 30),
                    },
                );
            },
        },
        PathCase {
            name: "no meeting in the month after the job started",
            code: RuleCode::PATH_NO_SUPPORT_AFTER_JOB_START,
            base: models::ips_support_after_job_start,
            breaks: |p| {
                move_job_start_first(p);
                let job_start = date(2024, 4, 8);
                first(p).events.retain(|e| {
                    !(matches!(e, Event::IndividualMeeting { .. })
                        && e.date() > job_start
                        && e.date() <= days_after(job_start, 30))
                });
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                move_job_start_first(p);
                let job_start = date(2024, 4, 8);
                first(p).events.retain(|e| {
                    !(matches!(e, Event::IndividualMeeting { .. })
                        && e.date() > job_start
                        && e.date() < days_after(job_start, 30))
                });
                first(p).events.push(Event::IndividualMeeting {
                    date: days_after(job_start, 30),
                    minutes: None,
                    themes: vec![],
                });
            },
        },
        PathCase {
            name: "job ends before any job starts",
            code: RuleCode::PATH_JOB_END_WITHOUT_START,
            base: ips,
            breaks: |p| {
                first(p).events.insert(
                    0,
                    Event::JobEnd {
                        date: date(2024, 3, 1),
                    },
                )
            },
            pointer: "/enrolments/0/events/0",
            near_miss: |p| {
                first(p).events.insert(
                    0,
                    Event::JobEnd {
                        date: date(2024, 6, 1),
                    },
                )
            },
        },
        PathCase {
            name: "closed before a follow-up measurement",
            code: RuleCode::PATH_CLOSURE_BEFORE_LAST_EVENT,
            base: wellbeing,
            breaks: |p| {
                close(p, Outcome::AnotherService, None);
                first(p).measurements.push(crate::Measurement {
                    date: days_after(wellbeing_last_session(), 3),
                    result: sample::result(InstrumentKind::Gas, true),
                });
            },
            pointer: "/closure/date",
            near_miss: |p| close(p, Outcome::AnotherService, None),
        },
        PathCase {
            name: "closed while the enrolment stays open",
            code: RuleCode::PATH_OPEN_AFTER_CLOSURE,
            base: wellbeing,
            breaks: |p| {
                close(p, Outcome::Education, None);
                first(p).end = None;
            },
            pointer: "/enrolments/0",
            near_miss: |p| close(p, Outcome::Education, None),
        },
        PathCase {
            name: "no life management in the work activity",
            code: RuleCode::PATH_CONTENT_MISSING,
            base: rehab,
            breaks: |p| placement(p).delivered_minutes.life_management = 0,
            pointer: "/enrolments/0/work_activity/delivered_minutes/life_management",
            near_miss: |p| placement(p).delivered_minutes.life_management = 100,
        },
        PathCase {
            name: "work activity that is almost only work",
            code: RuleCode::PATH_CONTENT_OFF_PROFILE,
            base: rehab,
            breaks: |p| placement(p).delivered_minutes = minutes(1000, 1000, 8000),
            pointer: "/enrolments/0/work_activity/delivered_minutes",
            near_miss: |p| placement(p).delivered_minutes = minutes(2000, 3000, 5000),
        },
        PathCase {
            name: "non-stop group format on a workshop place",
            code: RuleCode::PATH_GROUP_FORMAT_WITHOUT_GROUP,
            base: rehab,
            breaks: |p| placement(p).group_format = Some(GroupFormat::NonStopGroup),
            pointer: "/enrolments/0/work_activity/group_format",
            near_miss: |p| {
                placement(p).form = PlaceForm::Group;
                placement(p).group_format = Some(GroupFormat::NonStopGroup);
            },
        },
        PathCase {
            name: "transition dated before the service started",
            code: RuleCode::PATH_TRANSITION_OUT_OF_ORDER,
            base: rehab,
            breaks: |p| placement(p).transitions.push(transition(date(2024, 1, 1))),
            pointer: "/enrolments/0/work_activity/transitions/0",
            near_miss: |p| placement(p).transitions.push(transition(date(2024, 2, 1))),
        },
        PathCase {
            name: "closed as 'other' without a note",
            code: RuleCode::PATH_CLOSURE_NOTE_MISSING,
            base: wellbeing,
            breaks: |p| close(p, Outcome::Other, None),
            pointer: "/closure/note",
            near_miss: |p| close(p, Outcome::Other, Some("moved to a private service")),
        },
    ]
}
