//! Proptest strategies for downstream test suites (feature `proptest`).
//!
//! Every strategy is valid by construction: no value is generated and then thrown away.
//!
//! | strategy | generates | distribution |
//! |---|---|---|
//! | [`date_between`] | a date | uniform over the days of the range |
//! | [`client_id`], [`staff_id`] | pseudonymous ids | `[a-z]{1,8}-[0-9]{1,6}` |
//! | [`key`] | a [`Key`] | `[a-z][a-z0-9_]{0,15}` |
//! | [`identity_code`] | a temporary identity code (900–999) | birth date uniform 1900–2022 |
//! | [`client_valid_on`] | a [`Client`] with no error or warning on `as_of` | see the function |
//! | [`instrument_result`] | any [`InstrumentResult`] with valid inputs | each instrument equally likely; inputs uniform in their ranges |
//! | [`service_path`] | a clean [`ServicePath`] of a default model, with its `as_of` | model uniform; start uniform 2001–2089; follow-up 0–500 days |
//! | [`path_violating`] | a [`Violation`] of one named rule | the rule's entry in [`violations`], moved by 0–2 28-year cycles, random client id |
//! | [`service_model_spec`] | a default spec with random tolerances | model uniform; tolerances uniform in small ranges |
//! | [`need_profile`] | an OsKu [`NeedProfile`](crate::work_activity::recommend::NeedProfile) | every level uniform 0–4 |
//! | [`deployment_progress`] | a [`DeploymentProgress`](crate::work_activity::readiness::DeploymentProgress) | steps, competencies, metrics: uniform subsets |
//!
//! Output documents (reports, due lists, quality and cohort reports) have no strategies of
//! their own: generate their inputs and call the function that produces them.
//!
//! ```
//! use proptest::prelude::*;
//! use tyokyky::strategies::path_violating;
//! use tyokyky::RuleCode;
//!
//! proptest!(|(violation in path_violating(RuleCode::PATH_CADENCE_GAP))| {
//!     let report = violation.validate();
//!     prop_assert!(report.with_code(RuleCode::PATH_CADENCE_GAP).next().is_some());
//! });
//! ```

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::sample::subsequence;

use crate::ability::{AssessmentStatus, Cause, FunctionalDomain, PartialWorkAbility, Permanence};
use crate::client::{Client, ClientId, LabourMarketStatus, UnemploymentSpell};
use crate::hetu::PersonalIdentityCode;
use crate::i18n::Vocabulary;
use crate::instrument::InstrumentResult;
use crate::rules::code::RuleCode;
use crate::rules::finding::Report;
use crate::rules::options::ValidationOptions;
use crate::service::build::sample;
use crate::service::record::event::Theme;
use crate::service::record::key::{Key, StaffId};
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_set::ServiceModels;

mod instruments;
pub mod shapes;
mod specs;
pub mod violations;

pub use instruments::instrument_result;
pub use specs::{any_service_model_spec, service_model_spec};

fn day(date: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        date.checked_add_days(Days::new(n.unsigned_abs()))
            .unwrap_or(date)
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
            .unwrap_or(date)
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// A date uniform over `first..=last` (`first` when the range is empty).
pub fn date_between(first: NaiveDate, last: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    let span = (last - first).num_days().max(0);
    (0..=span).prop_map(move |offset| day(first, offset))
}

/// A pseudonymous client id `[a-z]{1,8}-[0-9]{1,6}`: too few digits to hold an identity
/// code, so valid by construction.
pub fn client_id() -> impl Strategy<Value = ClientId> {
    "[a-z]{1,8}-[0-9]{1,6}".prop_map(ClientId::from_trusted)
}

/// A pseudonymous staff id, like [`client_id`].
pub fn staff_id() -> impl Strategy<Value = StaffId> {
    "[a-z]{1,8}-[0-9]{1,6}".prop_map(StaffId::from_trusted)
}

/// A [`Key`] `[a-z][a-z0-9_]{0,15}`.
pub fn key() -> impl Strategy<Value = Key> {
    "[a-z][a-z0-9_]{0,15}".prop_map(Key::from_trusted)
}

/// A temporary personal identity code (individual number 900–999, never a real
/// person's), birth date uniform over 1900–2022, century sign uniform among the signs of
/// its century.
pub fn identity_code() -> impl Strategy<Value = PersonalIdentityCode> {
    (
        date_between(ymd(1900, 1, 1), ymd(2022, 12, 31)),
        900u16..=999,
        0usize..6,
    )
        .prop_map(|(birth, individual, sign)| {
            PersonalIdentityCode::temporary(birth, individual, sign)
        })
}

/// A client with no error or warning on `as_of` (info findings such as a temporary
/// identity code may appear).
///
/// Age 18–62, uniform; identity code (temporary) or birth date or both, agreeing; one to
/// three unemployment spells in order after age 18, the last one open for an unemployed
/// jobseeker and closed otherwise; employed clients have no spell covering `as_of`; partial
/// work ability in half the clients, with distinct causes and domains, assessed on or
/// before `as_of`.
pub fn client_valid_on(as_of: NaiveDate) -> impl Strategy<Value = Client> {
    let statuses = LabourMarketStatus::ALL.to_vec();
    (
        client_id(),
        18i64..=62,
        0i64..365,
        0usize..3,
        proptest::sample::select(statuses),
        proptest::collection::vec((30i64..400, 1i64..300), 1..=3),
        proptest::option::of(partial_work_ability(as_of)),
        0usize..6,
        900u16..=999,
    )
        .prop_map(
            move |(id, age, extra_days, identity, status, gaps, ability, sign, individual)| {
                let birth = day(day(as_of, -(age * 366)), -extra_days);
                let mut client = Client::new(id, status);
                match identity {
                    0 => client.birth_date = Some(birth),
                    1 => {
                        client.identity_code =
                            Some(PersonalIdentityCode::temporary(birth, individual, sign))
                    }
                    _ => {
                        client.birth_date = Some(birth);
                        client.identity_code =
                            Some(PersonalIdentityCode::temporary(birth, individual, sign));
                    }
                }
                // Spells run forward from the day the client turned 18, each a gap after the last.
                let mut cursor = day(birth, 18 * 366);
                let mut spells = Vec::new();
                for (gap, length) in gaps {
                    let start = day(cursor, gap);
                    let end = day(start, length);
                    if end >= as_of {
                        break;
                    }
                    spells.push((start, end));
                    cursor = day(end, 1);
                }
                client.unemployment_spells = spells
                    .iter()
                    .enumerate()
                    .filter_map(|(i, (start, end))| {
                        let open = status == LabourMarketStatus::UnemployedJobseeker
                            && i + 1 == spells.len();
                        UnemploymentSpell::new(*start, (!open).then_some(*end)).ok()
                    })
                    .collect();
                client.partial_work_ability = ability;
                client
            },
        )
}

fn partial_work_ability(as_of: NaiveDate) -> impl Strategy<Value = PartialWorkAbility> {
    (
        subsequence(Cause::ALL.to_vec(), 0..=3),
        subsequence(FunctionalDomain::ALL.to_vec(), 0..=4),
        0usize..3,
        1i64..2000,
        proptest::sample::select(Permanence::ALL.to_vec()),
    )
        .prop_map(move |(mut causes, domains, kind, ago, permanence)| {
            let date = day(as_of, -ago);
            let assessment = match kind {
                0 => AssessmentStatus::NotAssessed {},
                1 => AssessmentStatus::InProgress { since: date },
                _ => {
                    if causes.is_empty() {
                        causes.push(Cause::LongTermIllness {});
                    }
                    AssessmentStatus::Confirmed { on: date }
                }
            };
            PartialWorkAbility {
                causes,
                main_cause_group: None,
                assessment,
                permanence,
                limited_domains: domains,
            }
        })
}

/// An OsKu need profile, every level uniform 0–4, the continuation path known or not,
/// the current model any or none.
pub fn need_profile() -> impl Strategy<Value = crate::work_activity::recommend::NeedProfile> {
    use crate::work_activity::model::WorkActivityModel;
    use crate::work_activity::recommend::{Capacity, Level, NeedProfile};
    let level = (0i64..=4).prop_map(|n| Level::new(n).unwrap_or(Level::LOWEST));
    (
        level.clone(),
        level.clone(),
        [level.clone(), level.clone(), level.clone(), level],
        any::<bool>(),
        proptest::option::of(proptest::sample::select(WorkActivityModel::ALL.to_vec())),
    )
        .prop_map(|(lm, ready, c, known, current)| NeedProfile {
            life_management_need: lm,
            working_life_readiness: ready,
            capacity: Capacity {
                physical: c[0],
                psychological: c[1],
                social: c[2],
                cognitive: c[3],
            },
            continuation_path_known: known,
            current_model: current,
        })
}

/// Deployment progress of a wellbeing-group service: uniform subsets of the steps,
/// competencies and metrics, 0–5 network partners.
pub fn deployment_progress()
-> impl Strategy<Value = crate::work_activity::readiness::DeploymentProgress> {
    use crate::work_activity::readiness::{
        Competency, DeploymentStep, MetricKind, NetworkPrerequisite,
    };
    (
        subsequence(DeploymentStep::ALL.to_vec(), 0..=7),
        subsequence(Competency::ALL.to_vec(), 0..=10),
        subsequence(<MetricKind as Vocabulary>::ALL.to_vec(), 0..=3),
        0u32..=5,
        subsequence(NetworkPrerequisite::ALL.to_vec(), 0..=4),
    )
        .prop_map(
            |(steps_done, competencies, metrics, network_partners, network_prerequisites)| {
                crate::work_activity::readiness::DeploymentProgress {
                    schema_version: crate::format::SchemaVersion::CURRENT,
                    steps_done,
                    competencies,
                    metrics,
                    network_partners,
                    network_prerequisites,
                }
            },
        )
}

const MODELS: [&str; 6] = crate::service::spec::models::IDS;

fn start_date() -> impl Strategy<Value = NaiveDate> {
    date_between(ymd(2001, 1, 1), ymd(2089, 12, 31))
}

/// A clean path of a default model and the day it is clean on: model uniform, start
/// uniform over 2001–2089, follow-up 0–500 days after the start.
pub fn service_path() -> impl Strategy<Value = (ServicePath, NaiveDate)> {
    (
        proptest::sample::select(MODELS.to_vec()),
        client_id(),
        start_date(),
        0i64..=500,
    )
        .prop_map(|(model, client, start, follow_up)| {
            let as_of = day(start, follow_up);
            let path = sample::path_for(model, client.clone(), start, as_of)
                .unwrap_or_else(|| ServicePath::new(client));
            (path, as_of)
        })
}

/// A document that breaks one rule, with the day and the models to validate it with.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Violation {
    /// The rule broken.
    pub code: RuleCode,
    /// The document.
    pub document: ViolatingDocument,
    /// The date of validation.
    pub as_of: NaiveDate,
    /// The models to validate a path with (the defaults, or a variant the rule needs).
    pub models: ServiceModels,
    /// The limits to validate a path with (the defaults, or lower ones the rule needs).
    pub limits: crate::rules::report::ValidationLimits,
}

/// The document of a [`Violation`]: a path, or a client for the `client.*` rules.
#[derive(Debug, Clone)]
pub enum ViolatingDocument {
    /// A client record.
    Client(Client),
    /// A service path.
    Path(ServicePath),
    /// A service path validated together with its client
    /// ([`ServicePath::validate_for`]), for the rules that need both.
    PathWithClient(ServicePath, Client),
    /// JSON text, read and validated by [`crate::document::validate_json`], for the rules
    /// of documents that cannot be read.
    Json(String),
    /// A reader that fails before giving a byte.
    UnreadableJson,
}

impl Violation {
    /// The options the document is validated with: the violation's models and limits.
    fn options(&self) -> ValidationOptions<'_> {
        ValidationOptions::new(&self.models).with_limits(self.limits)
    }

    /// Validates the document as of the violation's date.
    pub fn validate(&self) -> Report {
        let options = self.options();
        match &self.document {
            ViolatingDocument::Client(client) => client.validate_with(&options, self.as_of),
            ViolatingDocument::Path(path) => path.validate_with(&options, self.as_of),
            ViolatingDocument::PathWithClient(path, client) => {
                path.validate_for(client, &options, self.as_of)
            }
            ViolatingDocument::Json(text) => {
                crate::document::validate_json(text.as_bytes(), &options, self.as_of)
            }
            ViolatingDocument::UnreadableJson => {
                /// A reader whose every read fails, as a dropped connection does.
                struct Failing;
                impl std::io::Read for Failing {
                    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                        Err(std::io::Error::other("connection reset"))
                    }
                }
                crate::document::Document::from_reader(Failing, &self.limits)
                    .err()
                    .map(crate::document::DocumentError::into_report)
                    .unwrap_or_default()
            }
        }
    }
}

/// A document that breaks exactly the rule `code`: validating it gives a finding of
/// `code` at the case's pointer and no other error or warning. For every rule in
/// [`RuleCode::ALL`]; the `client.*` rules give a client record, the others a path.
///
/// Built from the rule's first entry in the [violation table](violations::violation_cases)
/// with a random client id. A path is moved forward by a whole number of 28-year cycles
/// (the 2024 anchor lands in 2024, 2052 or 2080, uniformly; the calendar repeats exactly,
/// so the pointer holds, and the law in force in 2024 is assumed to go on); a client record
/// stays in 2024, since its identity code holds its birth date.
pub fn path_violating(code: RuleCode) -> BoxedStrategy<Violation> {
    let Some(case) = violations::violation_case(code) else {
        return Just(Violation {
            code,
            document: ViolatingDocument::Path(ServicePath::new(ClientId::from_trusted(
                "no-case".to_owned(),
            ))),
            as_of: ymd(2024, 1, 8),
            models: ServiceModels::defaults(),
            limits: crate::rules::report::ValidationLimits::default(),
        })
        .boxed();
    };
    // Forward only: the law changes, so an anchor moved into the past could meet another
    // law (a 1996 activation plan was drawn up with the municipality, not the county).
    (client_id(), 0i32..=2)
        .prop_map(move |(client, cycles)| {
            let breaking = case.breaking();
            // A client's identity code holds its birth date, so clients stay in 2024.
            let mut violation = match breaking.document {
                ViolatingDocument::Client(_)
                | ViolatingDocument::Json(_)
                | ViolatingDocument::UnreadableJson => breaking,
                ViolatingDocument::Path(_) | ViolatingDocument::PathWithClient(..) => {
                    breaking.shifted(cycles)
                }
            };
            match &mut violation.document {
                ViolatingDocument::Client(record) => record.id = client,
                ViolatingDocument::Path(path) => path.client = client,
                ViolatingDocument::PathWithClient(path, record) => {
                    path.client = client.clone();
                    record.id = client;
                }
                // The text is the case: it stays as written.
                ViolatingDocument::Json(_) | ViolatingDocument::UnreadableJson => {}
            }
            violation
        })
        .boxed()
}

impl Violation {
    /// The same violation moved by `cycles` 28-year cycles: every date in the document
    /// and the date of validation. Within 1901–2099 the calendar repeats every 28 years,
    /// so weekdays, ISO weeks and month ends stay the same. A document that would leave
    /// chrono's range is returned unmoved.
    pub fn shifted(&self, cycles: i32) -> Violation {
        fn shift(value: &mut serde_json::Value, cycles: i32) {
            match value {
                serde_json::Value::String(text) => {
                    if text.len() == 10
                        && let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    {
                        *text = violations::shift_date(date, cycles)
                            .format("%Y-%m-%d")
                            .to_string();
                    }
                }
                serde_json::Value::Array(items) => {
                    items.iter_mut().for_each(|item| shift(item, cycles))
                }
                serde_json::Value::Object(fields) => {
                    fields.values_mut().for_each(|item| shift(item, cycles))
                }
                _ => {}
            }
        }
        fn moved<T: serde::Serialize + serde::de::DeserializeOwned + Clone>(
            document: &T,
            cycles: i32,
        ) -> T {
            let Ok(mut json) = serde_json::to_value(document) else {
                return document.clone();
            };
            shift(&mut json, cycles);
            serde_json::from_value(json).unwrap_or_else(|_| document.clone())
        }
        let document = match &self.document {
            ViolatingDocument::Client(client) => ViolatingDocument::Client(moved(client, cycles)),
            ViolatingDocument::Path(path) => ViolatingDocument::Path(moved(path, cycles)),
            ViolatingDocument::PathWithClient(path, client) => {
                ViolatingDocument::PathWithClient(moved(path, cycles), moved(client, cycles))
            }
            other @ (ViolatingDocument::Json(_) | ViolatingDocument::UnreadableJson) => {
                other.clone()
            }
        };
        Violation {
            code: self.code,
            document,
            as_of: violations::shift_date(self.as_of, cycles),
            models: self.models.clone(),
            limits: self.limits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    #[test]
    fn identity_codes_are_temporary_and_valid() {
        let mut runner = TestRunner::deterministic();
        for _ in 0..200 {
            let code = identity_code()
                .new_tree(&mut runner)
                .expect("tree")
                .current();
            assert!(code.is_temporary());
            assert_eq!(
                PersonalIdentityCode::parse(code.expose()).as_ref(),
                Ok(&code)
            );
        }
    }
}
