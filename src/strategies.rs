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
//! | [`path_violating`] | a [`Violation`] of one named rule | as [`service_path`], then one mutation |
//! | [`service_model_spec`] | a default spec with random tolerances | model uniform; tolerances uniform in small ranges |
//! | [`need_profile`] | an OsKu [`NeedProfile`](crate::work_activity::NeedProfile) | every level uniform 0–4 |
//! | [`deployment_progress`] | a [`DeploymentProgress`](crate::work_activity::DeploymentProgress) | steps, competencies, metrics: uniform subsets |
//!
//! Output documents (reports, due lists, quality and cohort reports) have no strategies of
//! their own: generate their inputs and call the function that produces them.
//!
//! ```
//! use proptest::prelude::*;
//! use tyokyky::strategies::path_violating;
//! use tyokyky::RuleCode;
//!
//! proptest!(|(violation in path_violating(RuleCode::PathCadenceGap))| {
//!     let report = violation.validate();
//!     prop_assert!(report.with_code(RuleCode::PathCadenceGap).next().is_some());
//! });
//! ```

use chrono::{Days, NaiveDate, Weekday};
use proptest::prelude::*;
use proptest::sample::subsequence;

use crate::ability::{AssessmentStatus, Cause, FunctionalDomain, PartialWorkAbility, Permanence};
use crate::calendar::add_months;
use crate::client::{Client, ClientId, LabourMarketStatus, UnemploymentSpell};
use crate::hetu::PersonalIdentityCode;
use crate::i18n::Vocabulary;
use crate::instrument::InstrumentResult;
use crate::rules::catalogue::RuleCode;
use crate::rules::finding::Report;
use crate::service::event::{Event, Profession, Theme};
use crate::service::key::{Key, StaffId};
use crate::service::measurement::{InstrumentKind, Measurement};
use crate::service::path::{
    Closure, CoordinatorAssignment, Enrolment, Outcome, PhaseRecord, ServicePath,
};
use crate::service::period::PeriodSpan;
use crate::service::sample;
use crate::service::spec::{Period, ServiceModels};

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

/// Any instrument result with valid inputs: the instrument uniform, each input uniform in
/// its range.
pub fn instrument_result() -> impl Strategy<Value = InstrumentResult> {
    use crate::instrument::gas::{GasGoal, GasLevel, GasWeight, Rho};
    use crate::instrument::ips::{IpsFidelity, IpsScaleVersion};
    use crate::instrument::kykyviisari::{AreaValues, DeclaredScale, KykyviisariResult};
    use crate::instrument::ukk::{Sex, UkkWalkTest};
    use crate::instrument::wai::{
        ImpairmentRating, JobDemands, JobNature, Prognosis, Rating0To4, Rating1To5, SickLeave,
        WaiAnswers,
    };
    use crate::instrument::was::WorkAbilityScore;
    let was =
        (0i64..=10).prop_map(|n| WorkAbilityScore::new(n).unwrap_or(WorkAbilityScore::LOWEST));
    let r15 = (1i64..=5).prop_map(|n| Rating1To5::new(n).unwrap_or(Rating1To5::LOWEST));
    let r04 = (0i64..=4).prop_map(|n| Rating0To4::new(n).unwrap_or(Rating0To4::LOWEST));
    let wai = (
        was.clone(),
        proptest::sample::select(JobNature::ALL.to_vec()),
        r15.clone(),
        r15.clone(),
        0u32..=8,
        (1i64..=6).prop_map(|n| ImpairmentRating::new(n).unwrap_or(ImpairmentRating::LOWEST)),
        proptest::sample::select(SickLeave::ALL.to_vec()),
        proptest::sample::select(Prognosis::ALL.to_vec()),
        [r04.clone(), r04.clone(), r04],
    )
        .prop_map(
            |(
                w,
                nature,
                physical,
                mental,
                diseases,
                impairment,
                sick_leave,
                prognosis,
                resources,
            )| {
                InstrumentResult::Wai {
                    answers: WaiAnswers {
                        current_work_ability: w,
                        job_demands: JobDemands {
                            nature,
                            physical,
                            mental,
                        },
                        diagnosed_diseases: diseases,
                        impairment,
                        sick_leave,
                        prognosis,
                        mental_resources: resources,
                    },
                }
            },
        );
    let ukk = (
        any::<bool>(),
        15u32..=99,
        100u32..=250,
        30u32..=300,
        480u32..=3600,
        40u32..=240,
    )
        .prop_filter_map(
            "inputs are generated inside their ranges",
            |(male, age, height, weight, time, hr)| {
                let sex = if male { Sex::Male } else { Sex::Female };
                UkkWalkTest::new(sex, age, height, f64::from(weight), time, hr)
                    .ok()
                    .map(|test| InstrumentResult::UkkWalkTest { test })
            },
        );
    let level = (-2i64..=2).prop_map(|n| GasLevel::new(n).unwrap_or(GasLevel::EXPECTED));
    let gas = proptest::collection::vec(
        (
            key(),
            (1i64..=5).prop_map(|n| GasWeight::new(n).unwrap_or(GasWeight::LOWEST)),
            level.clone(),
            proptest::option::of(level),
        ),
        0..6,
    )
    .prop_map(|goals| InstrumentResult::Gas {
        goals: goals
            .into_iter()
            .map(|(id, weight, baseline, attainment)| GasGoal {
                id,
                weight,
                baseline,
                attainment,
            })
            .collect(),
        rho: Rho::DEFAULT,
    });
    let kyky = (
        was.clone(),
        -5i32..=5,
        1i32..=10,
        [0i32..=100, 0i32..=100, 0i32..=100, 0i32..=100, 0i32..=100],
    )
        .prop_filter_map(
            "values are placed on the scale",
            |(w, min, width, fractions)| {
                let scale = DeclaredScale {
                    min,
                    max: min + width,
                };
                let on = |f: i32| min + width * f / 100;
                let areas = AreaValues {
                    mental_wellbeing: on(fractions[0]),
                    social_inclusion: on(fractions[1]),
                    physical_functioning: on(fractions[2]),
                    skills: on(fractions[3]),
                    everyday_fluency: on(fractions[4]),
                };
                KykyviisariResult::new(w, scale, areas)
                    .ok()
                    .map(|result| InstrumentResult::Kykyviisari { result })
            },
        );
    let ips =
        proptest::collection::vec(1i64..=5, 25).prop_filter_map("25 ratings in 1..=5", |ratings| {
            IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &ratings)
                .ok()
                .map(|fidelity| InstrumentResult::IpsFidelity { fidelity })
        });
    prop_oneof![
        was.prop_map(|score| InstrumentResult::Was { score }),
        wai,
        ukk,
        gas,
        kyky,
        ips
    ]
}

/// A default service model spec with random tolerances (missed periods 0–3, length
/// tolerance 0–14 days, measurement window 0–30 days, content-mix tolerance 10–60).
pub fn service_model_spec() -> impl Strategy<Value = crate::service::spec::ServiceModelSpec> {
    let specs = crate::service::models::all();
    (
        proptest::sample::select(specs),
        0u32..=3,
        0u32..=14,
        0u32..=30,
        10u32..=60,
    )
        .prop_map(|(mut spec, missed, length, window, mix)| {
            spec.tolerances.missed_periods = missed;
            spec.tolerances.length_days = length;
            spec.tolerances.measurement_window_days = window;
            spec.tolerances.content_mix_points = mix;
            spec
        })
}

/// An OsKu need profile, every level uniform 0–4, the continuation path known or not,
/// the current model any or none.
pub fn need_profile() -> impl Strategy<Value = crate::work_activity::NeedProfile> {
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
pub fn deployment_progress() -> impl Strategy<Value = crate::work_activity::DeploymentProgress> {
    use crate::work_activity::readiness::{Competency, DeploymentStep, MetricKind};
    (
        subsequence(DeploymentStep::ALL.to_vec(), 0..=7),
        subsequence(Competency::ALL.to_vec(), 0..=10),
        subsequence(<MetricKind as Vocabulary>::ALL.to_vec(), 0..=3),
        0u32..=5,
    )
        .prop_map(|(steps_done, competencies, metrics, network_partners)| {
            crate::work_activity::DeploymentProgress {
                schema_version: crate::document::SchemaVersion::CURRENT,
                steps_done,
                competencies,
                metrics,
                network_partners,
            }
        })
}

const MODELS: [&str; 6] = crate::service::models::IDS;

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
#[derive(Debug, Clone)]
pub struct Violation {
    /// The rule broken.
    pub code: RuleCode,
    /// The document.
    pub document: ViolatingDocument,
    /// The date of validation.
    pub as_of: NaiveDate,
    /// The models to validate a path with (the defaults, or a variant the rule needs).
    pub models: ServiceModels,
}

/// The document of a [`Violation`]: a path, or a client for the `client.*` rules.
#[derive(Debug, Clone)]
pub enum ViolatingDocument {
    /// A client record.
    Client(Client),
    /// A service path.
    Path(ServicePath),
}

impl Violation {
    /// Validates the document as of the violation's date.
    pub fn validate(&self) -> Report {
        match &self.document {
            ViolatingDocument::Client(client) => client.validate(self.as_of),
            ViolatingDocument::Path(path) => path.validate_with(&self.models, self.as_of),
        }
    }
}

/// A document that breaks exactly the rule `code`: validating it gives a finding of
/// `code` and no other error or warning. For every rule in [`RuleCode::ALL`]; the
/// `client.*` rules give a client record, the others a path.
///
/// Built from [`service_path`]'s samples (or a client valid by construction) with a
/// random start and client id, then one mutation that breaks the rule; where a default
/// model cannot break a rule alone (`path.period_minutes_exceeded`), a municipal variant
/// of the model is included in [`Violation::models`].
pub fn path_violating(code: RuleCode) -> BoxedStrategy<Violation> {
    (client_id(), start_date(), 0u16..=999)
        .prop_map(move |(client, start, salt)| violation(code, client, start, salt))
        .boxed()
}

fn path_of(model: &str, client: ClientId, start: NaiveDate, as_of: NaiveDate) -> ServicePath {
    sample::path_for(model, client.clone(), start, as_of)
        .unwrap_or_else(|| ServicePath::new(client))
}

fn enrolment(path: &mut ServicePath) -> Option<&mut Enrolment> {
    path.enrolments.first_mut()
}

/// The first ISO week lying wholly within the first phase.
fn first_whole_week(path: &ServicePath) -> Option<PeriodSpan> {
    let phase = path.enrolments.first()?.phases.first()?;
    let last = phase.end?;
    PeriodSpan::all_within(Period::IsoWeek, phase.start, last)
        .into_iter()
        .next()
}

fn in_week(week: PeriodSpan, date: NaiveDate) -> bool {
    week.first_day() <= date && week.last_day().is_some_and(|last| date <= last)
}

fn violation(code: RuleCode, client: ClientId, start: NaiveDate, salt: u16) -> Violation {
    let mut models = ServiceModels::defaults();
    let info = code.info().code;
    let (document, as_of) = if info.starts_with("client.") {
        let as_of = day(start, 400);
        (
            ViolatingDocument::Client(client_violating(code, client, as_of, salt)),
            as_of,
        )
    } else {
        let (path, as_of) = path_violation(code, client, start, &mut models);
        (ViolatingDocument::Path(path), as_of)
    };
    Violation {
        code,
        document,
        as_of,
        models,
    }
}

fn client_violating(code: RuleCode, id: ClientId, as_of: NaiveDate, salt: u16) -> Client {
    let age_days = 25 * 366 + i64::from(salt) * 13;
    let birth = day(as_of, -age_days);
    let temporary =
        |date| PersonalIdentityCode::temporary(date, 900 + salt % 100, usize::from(salt % 6));
    let mut client = Client::new(id, LabourMarketStatus::Student);
    client.birth_date = Some(birth);
    let adult = day(birth, 18 * 366);
    let spell = |from: NaiveDate, to: Option<NaiveDate>| {
        UnemploymentSpell::new(from, to).unwrap_or(UnemploymentSpell::open(from))
    };
    let ability =
        |assessment, causes: Vec<Cause>, domains: Vec<FunctionalDomain>| PartialWorkAbility {
            causes,
            main_cause_group: None,
            assessment,
            permanence: Permanence::Unknown,
            limited_domains: domains,
        };
    match code {
        RuleCode::ClientBirthDateMismatch => {
            client.identity_code = Some(temporary(birth));
            client.birth_date = Some(day(birth, 1));
        }
        RuleCode::ClientBirthDateInFuture => {
            client.birth_date = Some(day(as_of, 1 + i64::from(salt % 60)))
        }
        RuleCode::ClientBirthDateUnknown => client.birth_date = None,
        RuleCode::ClientOutsideWorkingAge => {
            client.birth_date = Some(day(as_of, -(65 * 366 + i64::from(salt))))
        }
        RuleCode::ClientTemporaryIdentityCode => {
            client.identity_code = Some(temporary(birth));
            client.birth_date = None;
        }
        RuleCode::ClientSpellInFuture => {
            client.unemployment_spells = vec![spell(day(as_of, 1 + i64::from(salt % 30)), None)]
        }
        RuleCode::ClientSpellBeforeBirth => {
            client.unemployment_spells = vec![spell(day(birth, -10), Some(day(birth, 5)))];
        }
        RuleCode::ClientSpellsOverlap => {
            client.unemployment_spells = vec![
                spell(adult, Some(day(adult, 100))),
                spell(day(adult, 100), Some(day(adult, 200))),
            ];
        }
        RuleCode::ClientUnemployedWithoutSpell => {
            client.labour_market_status = LabourMarketStatus::UnemployedJobseeker;
            client.unemployment_spells = vec![spell(adult, Some(day(as_of, -1)))];
        }
        RuleCode::ClientWorkingWithOpenSpell => {
            client.labour_market_status = LabourMarketStatus::Employed;
            client.unemployment_spells = vec![spell(adult, None)];
        }
        RuleCode::ClientAssessmentInFuture => {
            let since = day(as_of, 1 + i64::from(salt % 30));
            client.partial_work_ability = Some(ability(
                AssessmentStatus::InProgress { since },
                Vec::new(),
                Vec::new(),
            ));
        }
        RuleCode::ClientDuplicateCause => {
            let cause = Cause::ALL[usize::from(salt) % Cause::ALL.len()];
            client.partial_work_ability = Some(ability(
                AssessmentStatus::NotAssessed {},
                vec![cause, cause],
                Vec::new(),
            ));
        }
        RuleCode::ClientDuplicateDomain => {
            let domain = FunctionalDomain::ALL[usize::from(salt) % FunctionalDomain::ALL.len()];
            client.partial_work_ability = Some(ability(
                AssessmentStatus::NotAssessed {},
                Vec::new(),
                vec![domain, domain],
            ));
        }
        RuleCode::ClientConfirmedWithoutCause => {
            client.partial_work_ability = Some(ability(
                AssessmentStatus::Confirmed {
                    on: day(as_of, -30),
                },
                Vec::new(),
                Vec::new(),
            ));
        }
        _ => {}
    }
    client
}

fn path_violation(
    code: RuleCode,
    client: ClientId,
    start: NaiveDate,
    models: &mut ServiceModels,
) -> (ServicePath, NaiveDate) {
    let done = day(start, 560);
    let base =
        |model: &str, as_of: NaiveDate| (path_of(model, client.clone(), start, as_of), as_of);
    let key = Key::from_static;
    let (mut path, as_of) = match code {
        RuleCode::PathPhaseOrder => base(
            "mapping_and_coaching",
            day(add_months(start, 4).unwrap_or(start), 0),
        ),
        RuleCode::PathDateInFuture => base("rehabilitative_work_activity", day(start, 100)),
        RuleCode::PathUnknownModel
        | RuleCode::PathUnknownPhase
        | RuleCode::PathDatesReversed
        | RuleCode::PathDateOutOfRange
        | RuleCode::PathEnrolmentsOverlap
        | RuleCode::PathPhaseOutsideEnrolment
        | RuleCode::PathEventOutsideEnrolment
        | RuleCode::PathEventOutsidePhase => base("social_rehabilitation", done),
        RuleCode::PathPhasesOverlap
        | RuleCode::PathPhaseTooLong
        | RuleCode::PathRequiredPhaseMissing
        | RuleCode::PathCadenceGap
        | RuleCode::PathHealthAssessmentNotOffered => base("mapping_and_coaching", done),
        RuleCode::PathContentMissing
        | RuleCode::PathContentOffProfile
        | RuleCode::PathGroupFormatWithoutGroup
        | RuleCode::PathTransitionOutOfOrder
        | RuleCode::PathPhaseTooShort
        | RuleCode::PathCadenceExceeded
        | RuleCode::PathContactTooShort
        | RuleCode::PathContactTooLong
        | RuleCode::PathPeriodMinutesExceeded
        | RuleCode::PathPlanMissing
        | RuleCode::PathPlanIncomplete => base("rehabilitative_work_activity", done),
        RuleCode::PathTotalCountShort
        | RuleCode::PathThemeNotCovered
        | RuleCode::PathStartMeasurementMissing
        | RuleCode::PathEndMeasurementMissing
        | RuleCode::PathPhysiotherapyAssessmentMissing
        | RuleCode::PathClientFee
        | RuleCode::PathClosureBeforeLastEvent
        | RuleCode::PathOpenAfterClosure
        | RuleCode::PathClosureNoteMissing => base("wellbeing_group", done),
        RuleCode::PathNoCoordinator
        | RuleCode::PathCoordinatorsOverlap
        | RuleCode::PathTeamTooSmall
        | RuleCode::PathTeamWithoutHealthCare
        | RuleCode::PathReferralMissing => base("multiprofessional_support", done),
        RuleCode::PathJobSearchLate
        | RuleCode::PathNoSupportAfterJobStart
        | RuleCode::PathJobEndWithoutStart => base("ips_job_coaching", done),
        _ => base("social_rehabilitation", done),
    };
    let mut as_of = as_of;
    let wellbeing_end = day(start, 64);
    let close = |path: &mut ServicePath, outcome, note: Option<&str>| {
        path.closure = Some(Closure {
            date: wellbeing_end,
            outcome,
            note: note.map(str::to_owned),
        });
    };
    let week = first_whole_week(&path);
    let Some(e) = enrolment(&mut path) else {
        return (path, as_of);
    };
    match code {
        RuleCode::PathUnknownModel => e.model = key("unknown_model"),
        RuleCode::PathUnknownPhase => {
            e.end = None;
            if let Some(phase) = e.phases.first_mut() {
                phase.phase = key("unknown_phase");
            }
        }
        RuleCode::PathDatesReversed => {
            path.coordinators.push(CoordinatorAssignment {
                staff: StaffId::from_static("coordinator-x"),
                start: day(start, 10),
                end: Some(day(start, 9)),
            });
        }
        RuleCode::PathDateOutOfRange => {
            if let Some(phase) = e.phases.first_mut() {
                phase.start = ymd(1899, 12, 31);
            }
        }
        RuleCode::PathDateInFuture => e.events.insert(
            0,
            Event::WorkActivityDay {
                date: day(as_of, 1),
                minutes: 300,
            },
        ),
        RuleCode::PathEnrolmentsOverlap => {
            let from = day(e.end.unwrap_or(start), -3);
            let mut second = Enrolment::new(e.model.clone(), from);
            second.phases.push(PhaseRecord {
                phase: key("rehabilitation"),
                start: from,
                end: None,
            });
            path.enrolments.push(second);
        }
        RuleCode::PathPhaseOrder => {
            if let Some(phase) = e.phases.get_mut(1) {
                phase.phase = key("wage_subsidised_job");
            }
        }
        RuleCode::PathPhasesOverlap => {
            let mapping_end = e.phases.first().and_then(|p| p.end);
            if let (Some(end), Some(coaching)) = (mapping_end, e.phases.get_mut(1)) {
                coaching.start = end;
            }
        }
        RuleCode::PathPhaseOutsideEnrolment => {
            if let Some(phase) = e.phases.first_mut() {
                phase.start = day(start, -1);
            }
        }
        RuleCode::PathPhaseTooLong => {
            // A wage-subsidised job of 6 months still open after 7.
            let job_start = day(e.end.unwrap_or(start), 1);
            e.end = None;
            e.phases.push(PhaseRecord {
                phase: key("wage_subsidised_job"),
                start: job_start,
                end: None,
            });
            as_of = add_months(job_start, 7).unwrap_or(job_start);
        }
        RuleCode::PathPhaseTooShort => {
            let end = day(add_months(start, 2).unwrap_or(start), 0);
            e.end = Some(end);
            if let Some(phase) = e.phases.first_mut() {
                phase.end = Some(end);
            }
            e.events.retain(|event| event.date() <= end);
        }
        RuleCode::PathRequiredPhaseMissing => {
            let end = e.phases.first().and_then(|p| p.end).unwrap_or(start);
            e.phases.truncate(1);
            e.end = Some(end);
            e.events.retain(|event| event.date() <= end);
            e.measurements.retain(|m| m.date <= end);
        }
        RuleCode::PathEventOutsideEnrolment => {
            let after = day(e.end.unwrap_or(start), 20);
            e.events.insert(
                0,
                Event::IndividualMeeting {
                    date: after,
                    minutes: None,
                    themes: Vec::new(),
                },
            );
        }
        RuleCode::PathEventOutsidePhase => {
            if let Some(phase) = e.phases.first_mut() {
                phase.start = day(start, 1);
            }
        }
        RuleCode::PathCadenceGap => {
            if let Some(week) = week {
                e.events.retain(|event| {
                    !(matches!(event, Event::IndividualMeeting { .. })
                        && in_week(week, event.date()))
                });
            }
        }
        RuleCode::PathCadenceExceeded => {
            if let Some(week) = week {
                for weekday in [Weekday::Tue, Weekday::Fri] {
                    let date = day(week.first_day(), i64::from(weekday.num_days_from_monday()));
                    e.events.push(Event::WorkActivityDay { date, minutes: 300 });
                }
            }
        }
        RuleCode::PathContactTooShort | RuleCode::PathContactTooLong => {
            let value = if code == RuleCode::PathContactTooShort {
                200
            } else {
                500
            };
            if let Some(Event::WorkActivityDay { minutes, .. }) = e
                .events
                .iter_mut()
                .find(|event| matches!(event, Event::WorkActivityDay { .. }))
            {
                *minutes = value;
            }
        }
        RuleCode::PathPeriodMinutesExceeded => {
            let mut variant = crate::service::models::rehabilitative_work_activity();
            if let Some(cadence) = variant
                .phases
                .first_mut()
                .and_then(|p| p.cadence.first_mut())
            {
                cadence.max_minutes_per_period = Some(1200);
            }
            models.insert(variant);
            if let Some(week) = week {
                for event in &mut e.events {
                    if let Event::WorkActivityDay { date, minutes } = event
                        && in_week(week, *date)
                    {
                        *minutes = 420;
                    }
                }
            }
        }
        RuleCode::PathTotalCountShort => {
            e.events.retain(|event| {
                !(matches!(event, Event::GroupSession { .. }) && event.date() == wellbeing_end)
            });
        }
        RuleCode::PathThemeNotCovered => {
            for event in &mut e.events {
                if let Event::GroupSession { themes, .. } = event {
                    themes.retain(|theme| *theme != Theme::Nutrition);
                }
            }
        }
        RuleCode::PathStartMeasurementMissing => {
            e.measurements
                .retain(|m| !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == start));
        }
        RuleCode::PathEndMeasurementMissing => {
            e.measurements.retain(|m| {
                !(m.instrument() == InstrumentKind::UkkWalkTest && m.date == wellbeing_end)
            });
        }
        RuleCode::PathPlanMissing => e
            .events
            .retain(|event| !matches!(event, Event::Plan { .. })),
        RuleCode::PathPlanIncomplete => {
            for event in &mut e.events {
                if let Event::Plan { records_goal, .. } = event {
                    *records_goal = false;
                }
            }
        }
        RuleCode::PathNoCoordinator => {
            if let Some(second) = path.coordinators.get_mut(1) {
                second.start = day(second.start, 10);
            }
        }
        RuleCode::PathCoordinatorsOverlap => {
            let handover = path.coordinators.get(1).map(|c| c.start);
            if let (Some(first), Some(handover)) = (path.coordinators.first_mut(), handover) {
                first.end = Some(handover);
            }
        }
        RuleCode::PathTeamTooSmall => path.team.truncate(2),
        RuleCode::PathTeamWithoutHealthCare => {
            path.team.retain(|m| m.profession != Profession::Physician)
        }
        RuleCode::PathReferralMissing => e
            .events
            .retain(|event| !matches!(event, Event::Referral { .. })),
        RuleCode::PathPhysiotherapyAssessmentMissing => {
            for event in &mut e.events {
                if let Event::PhysiotherapyAssessment { date } = event {
                    *date = day(start, 2);
                }
            }
        }
        RuleCode::PathClientFee => e.client_fee_cents = 500,
        RuleCode::PathHealthAssessmentNotOffered => e
            .events
            .retain(|event| !matches!(event, Event::HealthAssessment { .. })),
        RuleCode::PathJobSearchLate => {
            e.events
                .retain(|event| !matches!(event, Event::EmployerContact { .. }));
            e.events.insert(
                0,
                Event::EmployerContact {
                    date: day(start, 35),
                },
            );
        }
        RuleCode::PathNoSupportAfterJobStart => {
            let job_start = e.events.iter().find_map(|event| match event {
                Event::JobStart { date, .. } => Some(*date),
                _ => None,
            });
            if let Some(job_start) = job_start {
                let until = day(job_start, 30);
                e.events.retain(|event| {
                    !(matches!(event, Event::IndividualMeeting { .. })
                        && job_start < event.date()
                        && event.date() <= until)
                });
            }
        }
        RuleCode::PathJobEndWithoutStart => e.events.insert(
            0,
            Event::JobEnd {
                date: day(start, 10),
            },
        ),
        RuleCode::PathClosureBeforeLastEvent => {
            e.measurements.push(Measurement {
                date: day(wellbeing_end, 3),
                result: sample::result(InstrumentKind::Gas, true),
            });
            close(&mut path, Outcome::AnotherService, None);
        }
        RuleCode::PathOpenAfterClosure => {
            e.end = None;
            close(&mut path, Outcome::Education, None);
        }
        RuleCode::PathClosureNoteMissing => close(&mut path, Outcome::Other, None),
        RuleCode::PathContentMissing => {
            if let Some(placement) = &mut e.work_activity {
                placement.delivered_minutes.life_management = 0;
            }
        }
        RuleCode::PathContentOffProfile => {
            if let Some(placement) = &mut e.work_activity {
                placement.delivered_minutes = crate::work_activity::placement::ContentMinutes {
                    life_management: 1000,
                    working_life_readiness: 1000,
                    doing_the_work: 8000,
                };
            }
        }
        RuleCode::PathGroupFormatWithoutGroup => {
            if let Some(placement) = &mut e.work_activity {
                placement.group_format =
                    Some(crate::work_activity::placement::GroupFormat::NonStopGroup);
            }
        }
        RuleCode::PathTransitionOutOfOrder => {
            if let Some(placement) = &mut e.work_activity {
                placement
                    .transitions
                    .push(crate::work_activity::placement::ModelTransition {
                        date: day(start, -5),
                        to: crate::work_activity::placement::TransitionTarget::WorkingLifeOriented,
                    });
            }
        }
        _ => {}
    }
    if let Some(e) = enrolment(&mut path) {
        e.events.sort_by_key(|event| (event.date(), event.kind()));
    }
    (path, as_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    #[test]
    fn week_helpers_find_whole_weeks() {
        let start = ymd(2024, 1, 4);
        let path = sample::mapping_and_coaching(
            ClientId::from_trusted("t-1".into()),
            start,
            ymd(2025, 3, 1),
        );
        let week = first_whole_week(&path).expect("a whole week");
        assert_eq!(week.first_day(), ymd(2024, 1, 8));
        assert_eq!(week.first_day().weekday(), Weekday::Mon);
    }

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
