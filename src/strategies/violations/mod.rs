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
mod fixtures;
mod models;
mod obligations;
mod person;
mod records;

use self::client::{ClientCase, client_as_of, client_base, client_cases};
use self::document::{DocumentCase, document_cases};
use self::fixtures::*;
use super::{ViolatingDocument, Violation};
use crate::client::{Client, ClientId, LabourMarketStatus};
use crate::rules::code::RuleCode;
use crate::service::build::sample;
use crate::service::record::event::{
    Event, InterruptionReason, PlanAction, PlanKind, PlanParty, Profession, Theme,
};
use crate::service::record::key::{Key, StaffId};
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::path::WorkerRole;
use crate::service::record::path::{
    Closure, CoordinatorAssignment, Enrolment, Goal, Outcome, PhaseRecord, ServicePath,
};
use crate::service::spec::model_set::ServiceModels;
use crate::work_activity::model::WorkActivityModel;
use crate::work_activity::placement::{
    ContentMinutes, GroupFormat, LegalFrame, ModelTransition, PlaceForm, TransitionTarget,
    WorkActivityPlacement,
};

/// How one rule is broken on purpose, and missed by a near miss.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Clone)]
#[non_exhaustive]
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
        occasional: false,
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

fn path_cases() -> Vec<PathCase> {
    let mut cases = records::record_cases();
    cases.extend(obligations::obligation_cases());
    cases.extend(person::person_cases());
    cases.extend(models::model_cases());
    cases
}
