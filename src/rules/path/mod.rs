//! Rules for a service path, derived from the service model specs, one file per area:
//!
//! | file | rules |
//! |---|---|
//! | `record.rs` | unknown models, reversed and out-of-range dates, overlapping enrolments |
//! | `phases.rs` | phase ids, order, overlap, placement in the enrolment, length |
//! | `events.rs` | events outside their enrolment or phases |
//! | `absences.rs` | restarts and long interruptions |
//! | `cadence.rs` | contacts per week or month, their length and the period's minutes |
//! | `contents.rs` | totals and themes of a finished phase |
//! | `measurements.rs` | measurements at the start and end of a phase |
//! | `plan.rs` | the plan drawn up before the start |
//! | `dose.rs` | the days a plan agrees against the days recorded |
//! | `person.rs` | the law's limits on the person over all their enrolments |
//! | `team.rs` | coordinators and the multiprofessional team |
//! | `requirements.rs` | referral, physiotherapy assessment, fee, health assessment |
//! | `jobs.rs` | IPS job search and support, job starts and ends |
//! | `closure.rs` | how the path closed |
//! | `client_fit.rs` | the client and the path together (`ServicePath::validate_for`) |
//! | `placement.rs` | the OsKu work-activity placement |
//!
//! Every finding's pointer is into the path's JSON document. Pointers are built only for
//! findings, so a clean path allocates none.

pub(crate) mod absences;
pub(crate) mod cadence;
pub(crate) mod client_fit;
pub(crate) mod closure;
pub(crate) mod contents;
pub(crate) mod dose;
pub(crate) mod events;
pub(crate) mod group_format;
pub(crate) mod jobs;
pub(crate) mod measurements;
pub(crate) mod person;
pub(crate) mod phases;
pub(crate) mod placement;
pub(crate) mod plan;
pub(crate) mod record;
pub(crate) mod requirements;
pub(crate) mod team;
pub(crate) mod workflow;

use chrono::NaiveDate;

use crate::calendar::is_supported;
use crate::rules::declare::RuleParams;
use crate::rules::finding::{Finding, Report};
use crate::rules::options::ValidationOptions;
use crate::rules::pointer::JsonPointer;
use crate::rules::report::ValidationLimits;
use crate::service::obligation::event_index::EventIndex;
use crate::service::obligation::{Kind, Obligations};
use crate::service::planner::due_list::{DueItem, DueList};
use crate::service::record::path::{Enrolment, ServicePath};
use crate::service::spec::model_set::ServiceModels;
use crate::service::spec::model_spec::ServiceModelSpec;

impl ServicePath {
    /// Checks the path as of `as_of` against the crate's default service models.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{ClientId, Enrolment, Key, RuleCode, ServicePath};
    ///
    /// let mut path = ServicePath::new(ClientId::new("demo-1")?);
    /// path.enrolments.push(Enrolment::new(Key::new("no_such_model")?, NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?));
    /// let report = path.validate(NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?);
    /// let finding = report.with_code(RuleCode::PATH_UNKNOWN_MODEL).next().ok_or("none")?;
    /// assert_eq!(finding.path().as_str(), "/enrolments/0/model");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self, as_of: NaiveDate) -> Report {
        self.validate_with(&ValidationOptions::default(), as_of)
    }

    /// Checks the path as of `as_of` with `options`: against `options.models`, reporting
    /// at most `options.limits.max_findings_per_rule` findings of each rule and then one
    /// `report.truncated` finding per rule cut. A path with more enrolments, events,
    /// phase records or people than the limits allow is not checked: it gets
    /// `report.over_limit` findings instead.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::service::build::sample;
    /// use tyokyky::{ClientId, ServiceModels, ValidationOptions};
    ///
    /// let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).ok_or("date");
    /// let path = sample::wellbeing_group(ClientId::new("demo-1")?, day(1, 8)?, day(3, 1)?);
    /// // Judged against no models at all, the path's model is unknown.
    /// let none = ServiceModels::empty();
    /// let report = path.validate_with(&ValidationOptions::new(&none), day(3, 1)?);
    /// assert!(!report.is_clean());
    /// assert!(path.validate_with(&ValidationOptions::default(), day(3, 1)?).is_clean());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_with(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> Report {
        self.check(options.models, &options.limits, as_of, false).0
    }

    /// Checks the path and lists what is due on it, deriving each enrolment's
    /// obligations once for both: the same report as
    /// [`validate_with`](Self::validate_with) and the same list as
    /// [`due_with`](Self::due_with), for about the cost of validating alone.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::service::build::sample;
    /// use tyokyky::{ClientId, ValidationOptions};
    ///
    /// let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).ok_or("date");
    /// let path = sample::rehabilitative_work_activity(ClientId::new("demo-1")?, day(1, 8)?, day(6, 3)?);
    /// let options = ValidationOptions::default();
    /// let (report, due) = path.validate_and_plan(&options, day(6, 3)?);
    /// assert_eq!(report, path.validate_with(&options, day(6, 3)?));
    /// assert_eq!(due, path.due_with(&options, day(6, 3)?));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_and_plan(
        &self,
        options: &ValidationOptions<'_>,
        as_of: NaiveDate,
    ) -> (Report, DueList) {
        match self.check(options.models, &options.limits, as_of, true) {
            (report, Some(open)) => (
                report,
                crate::service::planner::due_list::due_list(open, &options.planner, as_of),
            ),
            // Not checked (over a limit): the planner derives its own.
            (report, None) => (report, self.due_with(options, as_of)),
        }
    }

    /// Validation, and with `plan` the planner's open items from the same obligations
    /// (`None` when the path was refused before any was derived).
    fn check(
        &self,
        models: &ServiceModels,
        limits: &ValidationLimits,
        as_of: NaiveDate,
        plan: bool,
    ) -> (Report, Option<Vec<DueItem>>) {
        let over = limits.over_limits(self);
        if !over.is_empty() {
            return (over, None);
        }
        // The calendar the obligations would walk, bounded before any is derived.
        let periods = crate::service::obligation::periods_bound(self, models, as_of);
        if periods > limits.max_obligation_periods as u64 {
            let over = std::iter::once(
                crate::rules::report::OverLimit {
                    what: crate::rules::finding::ParamValue::key("obligation periods"),
                    count: usize::try_from(periods).unwrap_or(usize::MAX),
                    max: limits.max_obligation_periods,
                }
                .at(JsonPointer::root().field("enrolments")),
            )
            .collect();
            return (over, None);
        }
        let mut check = Check {
            coordinators: crate::service::obligation::event_index::Coverage::client_coordinators(
                self,
            ),
            plans: crate::service::obligation::plan_index::PlanIndex::of(self),
            path: self,
            as_of,
            models,
            report: Report::new(),
            limit: limits.max_findings_per_rule,
            counts: Vec::new(),
            open: (plan && self.plannable(periods, limits)).then(Vec::new),
        };
        if !is_supported(as_of) {
            check.push(record::DateOutOfRange { date: as_of }.at(JsonPointer::root()));
        }
        check.dates();
        check.enrolment_overlaps();
        for (index, enrolment) in self.enrolments.iter().enumerate() {
            let base = JsonPointer::root().field("enrolments").index(index);
            match models.get(&enrolment.model) {
                Some(spec) => check.enrolment(enrolment, spec, &base),
                None => check.push(
                    record::UnknownModel {
                        model: crate::rules::finding::ParamValue::key(enrolment.model.as_str()),
                    }
                    .at(base.field("model")),
                ),
            }
        }
        check.coordinators_overlap();
        check.person_limits();
        check.jobs();
        check.closure();
        // Asked to plan a path the planner leaves empty: an empty list, as it gives.
        let open = if plan {
            Some(check.open.take().unwrap_or_default())
        } else {
            None
        };
        (check.finish(), open)
    }
}

/// One validation in progress: the path, the day, the models and the findings so far.
pub(crate) struct Check<'a> {
    pub(crate) path: &'a ServicePath,
    /// The days some client coordinator covers, merged once per path.
    pub(crate) coordinators: crate::service::obligation::event_index::Coverage,
    /// The plans of the whole path, by date.
    pub(crate) plans: crate::service::obligation::plan_index::PlanIndex,
    pub(crate) as_of: NaiveDate,
    pub(crate) models: &'a ServiceModels,
    pub(crate) report: Report,
    /// The most findings of one rule.
    pub(crate) limit: usize,
    /// Findings of each rule so far, by rule in the order first found: a path's findings
    /// come from a handful of rules, and a rule's code compares by address, so a short
    /// list costs less per finding than hashing its code.
    pub(crate) counts: Vec<(crate::rules::code::RuleCode, usize)>,
    /// The planner's open items, when the caller asked for the due list too.
    pub(crate) open: Option<Vec<DueItem>>,
}

impl Check<'_> {
    pub(crate) fn push(&mut self, finding: Finding) {
        let code = finding.code();
        let count = match self.counts.iter_mut().find(|(known, _)| *known == code) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                self.counts.push((code, 1));
                1
            }
        };
        if count <= self.limit {
            self.report.push(finding);
        }
    }

    /// The report, with one `report.truncated` finding per rule that was cut.
    pub(crate) fn finish(mut self) -> Report {
        let mut cut: Vec<_> = self
            .counts
            .iter()
            .filter(|(_, count)| *count > self.limit)
            .map(|(code, count)| (*code, count - self.limit))
            .collect();
        cut.sort_unstable();
        for (code, left_out) in cut {
            self.report.push(
                crate::rules::report::Truncated {
                    rule: crate::rules::finding::ParamValue::key(code.as_str()),
                    left_out,
                    max: self.limit,
                }
                .at(JsonPointer::root()),
            );
        }
        self.report
    }

    fn enrolment(&mut self, enrolment: &Enrolment, spec: &ServiceModelSpec, base: &JsonPointer) {
        let first = self.report.len();
        self.enrolment_rules(enrolment, spec, base);
        self.model_severities(first, spec);
    }

    /// The model's own severities replace the defaults of the findings from `first` on (a
    /// tolerated gap stays info).
    pub(super) fn model_severities(&mut self, first: usize, spec: &ServiceModelSpec) {
        for finding in self.report.findings_from_mut(first) {
            if let Some(severity) = spec.severities.get(&finding.code())
                && finding.severity() == finding.code().info().default_severity
            {
                finding.set_severity(*severity);
            }
        }
    }

    fn enrolment_rules(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        if !crate::service::obligation::supported(enrolment, self.as_of) {
            // `dates` has reported the dates; time rules over them would not terminate soon.
            return;
        }
        let phases = self.phases(enrolment, spec, base);
        // Indexed once, shared by every rule below and the obligations.
        let events = EventIndex::of(enrolment);
        self.events_in_enrolment(enrolment, base);
        self.interruptions(enrolment, &events, spec, base);
        let obligations = Obligations::of(
            self.path,
            &self.coordinators,
            &self.plans,
            enrolment,
            &events,
            spec,
            self.as_of,
        );
        if let Some(open) = &mut self.open
            && crate::service::planner::due_list::planned(enrolment, self.as_of)
        {
            crate::service::planner::due_list::open_items(
                &obligations,
                enrolment,
                spec,
                self.as_of,
                base,
                open,
            );
        }
        for (index, phase_spec) in phases {
            let record = &enrolment.phases[index];
            self.contact_lengths(enrolment, &events, record, phase_spec, base);
            self.themes(enrolment, &events, (index, record), phase_spec, base);
        }
        self.missed(enrolment, spec, &obligations, base);
        self.measurements_not_done(enrolment, base);
        self.dose(enrolment, &events, base);
        self.requirements(enrolment, spec, base);
        if let Some(placement) = &enrolment.work_activity {
            self.placement(enrolment, placement, spec, base);
            self.group_format(enrolment, placement, spec, base);
            self.start_model_length(enrolment, placement, spec, base);
        }
    }
}

impl Check<'_> {
    /// The obligations of the enrolment as the validator sees them: each missed one is a
    /// finding of its rule, and the periods are checked for their limits.
    fn missed(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        obligations: &Obligations<'_>,
        base: &JsonPointer,
    ) {
        self.periods(enrolment, spec, &obligations.items, base);
        for obligation in &obligations.items {
            match &obligation.kind {
                // Plans are checked for their contents too, and coordinators for every
                // day without one, so not only when missed.
                Kind::Plan { latest: None, .. } if !obligation.missed => {}
                Kind::Plan { latest, start } => self.plan(*start, *latest, base),
                Kind::Coordinator => self.coordinator_coverage(enrolment),
                _ if !obligation.missed => {}
                Kind::Referral => self.referral_missing(base),
                Kind::PhysiotherapyAssessment { group } => {
                    self.physiotherapy_missing(enrolment, *group, base);
                }
                Kind::HealthAssessment { phase } => {
                    self.health_assessment_missing(enrolment, spec, *phase, base);
                }
                Kind::Team {
                    min_professions,
                    health_care,
                    ..
                } => self.team(*min_professions, *health_care),
                Kind::TotalContacts {
                    phase,
                    total,
                    required,
                    done,
                } => {
                    self.total_short(enrolment, spec, *phase, total.event, *required, *done, base);
                }
                Kind::StartMeasurement { phase, instrument } => self.measurement_missing(
                    enrolment,
                    spec,
                    *phase,
                    *instrument,
                    true,
                    obligation.due,
                    base,
                ),
                Kind::EndMeasurement { phase, instrument } => self.measurement_missing(
                    enrolment,
                    spec,
                    *phase,
                    *instrument,
                    false,
                    obligation.due,
                    base,
                ),
                Kind::EmployerContact { days, first } => {
                    self.job_search_late(*first, *days, obligation.due, base);
                }
                Kind::FollowAlong { job, start, week } => {
                    self.follow_along_gap(*job, *start, *week, base);
                }
                Kind::WorkflowStep {
                    step,
                    from,
                    days,
                    done,
                } => self.workflow_step_late(*step, *from, *days, *done, obligation.due, base),
                Kind::SupportAfterJobStart {
                    job,
                    start,
                    within_days,
                } => self.no_support(*job, *start, *within_days, base),
                Kind::PlanReview { plan, made } => {
                    self.review_overdue(*plan, *made, obligation.due, base);
                }
                // Runs of periods are reported by `periods`; a phase end and a return from
                // an interruption are the planner's.
                Kind::Contacts { .. } | Kind::PhaseEnd { .. } | Kind::Return { .. } => {}
            }
        }
    }
}

/// Whether a record with last day `end` had ended before `as_of`.
pub(crate) fn ended_before(end: Option<NaiveDate>, as_of: NaiveDate) -> bool {
    end.is_some_and(|end| end < as_of)
}

/// The last day a record counts as running on `as_of`: its end, or `as_of` while open.
pub(crate) fn last_day(end: Option<NaiveDate>, as_of: NaiveDate) -> NaiveDate {
    end.map_or(as_of, |end| end.min(as_of))
}
