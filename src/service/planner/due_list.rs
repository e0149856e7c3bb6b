//! The planner: what is due on a path as of a date, from the same specs the rules use.
//!
//! It answers the coordinator's daily question: which contacts are still missing this
//! week or month (and were missed last period), which measurements and plans are due or
//! overdue, and when phases are due to end.

use chrono::{Days, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::SchemaVersion;
use crate::i18n::{Lang, LocalizedText, vocabulary};
use crate::rules::finding::ParamValue;
use crate::rules::options::ValidationOptions;
use crate::rules::pointer::JsonPointer;
use crate::rules::report::ValidationLimits;
use crate::service::obligation::Obligations;
use crate::service::record::path::{Enrolment, ServicePath};
use crate::service::spec::model_spec::ServiceModelSpec;

use crate::service::planner::config::PlannerConfig;
use crate::service::planner::due_kind::DueKind;

/// Whether an item is late.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{DueStatus, Lang, Vocabulary};
///
/// let value: DueStatus = serde_json::from_str(r#""overdue""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""overdue""#);
/// assert_eq!(value.label(Lang::Fi), "myöhässä");
/// assert_eq!(DueStatus::ALL.len(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DueStatus {
    /// The due date has passed.
    Overdue,
    /// Due on or after the date asked about.
    Upcoming,
}

vocabulary!(DueStatus {
    Overdue => ["myöhässä", "försenad", "overdue"],
    Upcoming => ["tulossa", "kommande", "upcoming"],
});

/// One item of the due list.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::build::sample;
/// use tyokyky::{ClientId, Lang};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 1, 10).ok_or("date")?;
/// let path = sample::mapping_and_coaching(ClientId::new("demo-1")?, start, as_of);
/// let due = path.due(as_of);
/// let item = due.items.first().ok_or("an item")?;
/// assert_eq!(item.message(Lang::Fi), "Kartoitusjakso, viikko 2/2024: ryhmätapaaminen 0/1");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DueItem {
    /// The day it is due by.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub due: NaiveDate,
    /// Overdue or upcoming.
    pub status: DueStatus,
    /// Where on the path: the enrolment or phase it belongs to.
    pub path: JsonPointer,
    /// The name of the phase it belongs to, from the model's spec.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<LocalizedText>,
    /// What is due.
    pub what: DueKind,
}

impl DueItem {
    /// What is due, as a reader of `lang` reads it: the phase, what is asked and how much
    /// of it is done (`Kartoitusjakso, viikko 2/2024: yksilötapaaminen 0/1`), from the
    /// kind's declared template ([`DueKind::template`]).
    pub fn message(&self, lang: Lang) -> String {
        let mut params = crate::rules::Params::new();
        self.what.params(&mut params);
        // The phase's name from the model (a kind's own `phase` field is its key).
        params.insert(
            "phase",
            self.phase
                .as_ref()
                .map_or(ParamValue::Missing {}, |name| ParamValue::name("", name)),
        );
        crate::rules::finding::render(self.what.template().get(lang), &params, lang)
    }
}

/// The coordinator's list for one path on one day, ordered by due date.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::build::sample;
/// use tyokyky::{ClientId, Lang};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 2, 20).ok_or("date")?;
/// let path = sample::mapping_and_coaching(ClientId::new("demo-1")?, start, as_of);
/// let due = path.due(as_of);
/// for item in &due {
///     println!("{} {}", item.due, item.message(Lang::Fi));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DueList {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The day the list is for.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub as_of: NaiveDate,
    /// The items, overdue and upcoming, by due date.
    pub items: Vec<DueItem>,
}

impl DueList {
    /// The overdue items.
    pub fn overdue(&self) -> impl Iterator<Item = &DueItem> {
        self.items
            .iter()
            .filter(|item| item.status == DueStatus::Overdue)
    }
}

impl ServicePath {
    /// What is due on this path as of `as_of`, with the default models and planner
    /// settings.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{ClientId, DueKind, Enrolment, Key, PhaseRecord, ServicePath};
    ///
    /// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
    /// let mut enrolment = Enrolment::new(Key::new("mapping_and_coaching")?, start);
    /// enrolment.phases.push(PhaseRecord::new(Key::new("mapping")?, start));
    /// let mut path = ServicePath::new(ClientId::new("demo-1")?);
    /// path.enrolments.push(enrolment);
    ///
    /// let due = path.due(NaiveDate::from_ymd_opt(2024, 1, 10).ok_or("date")?);
    /// assert!(due.items.iter().any(|item| matches!(item.what, DueKind::StartMeasurement { .. })));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn due(&self, as_of: NaiveDate) -> DueList {
        self.due_with(&ValidationOptions::default(), as_of)
    }

    /// What is due on this path as of `as_of`, against `options.models` with the
    /// planner's settings `options.planner`; nothing for a path whose obligations would
    /// span more periods than `options.limits.max_obligation_periods`.
    pub fn due_with(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> DueList {
        let (models, config) = (options.models, &options.planner);
        let mut open = Vec::new();
        let coordinators =
            crate::service::obligation::event_index::Coverage::client_coordinators(self);
        let plans = crate::service::obligation::plan_index::PlanIndex::of(self);
        let periods = crate::service::obligation::periods_bound(self, models, as_of);
        if self.plannable(periods, &options.limits) {
            for (index, enrolment) in self.enrolments.iter().enumerate() {
                if let (true, Some(spec)) =
                    (planned(enrolment, as_of), models.get(&enrolment.model))
                {
                    let base = JsonPointer::root().field("enrolments").index(index);
                    let events = crate::service::obligation::event_index::EventIndex::of(enrolment);
                    let obligations = Obligations::of(
                        self,
                        &coordinators,
                        &plans,
                        enrolment,
                        &events,
                        spec,
                        as_of,
                    );
                    open_items(&obligations, enrolment, spec, as_of, &base, &mut open);
                }
            }
        }
        due_list(open, config, as_of)
    }

    /// Whether the planner lists anything for the path: not for a closed path, nor for
    /// one whose obligations would span more of the calendar (`periods`, from
    /// `periods_bound`) than validation checks (`limits.max_obligation_periods`).
    pub(crate) fn plannable(&self, periods: u64, limits: &ValidationLimits) -> bool {
        self.closure.is_none() && periods <= limits.max_obligation_periods as u64
    }
}

/// Whether the planner looks at an enrolment on `as_of`: one that has not ended.
pub(crate) fn planned(enrolment: &Enrolment, as_of: NaiveDate) -> bool {
    enrolment.end.is_none_or(|end| end >= as_of)
}

/// The list of the open items within the horizon of `config`, by due date.
pub(crate) fn due_list(open: Vec<DueItem>, config: &PlannerConfig, as_of: NaiveDate) -> DueList {
    let horizon = as_of
        .checked_add_days(Days::new(u64::from(config.horizon_days)))
        .unwrap_or(NaiveDate::MAX);
    let mut items: Vec<DueItem> = open
        .into_iter()
        .filter(|item| item.status == DueStatus::Overdue || item.due <= horizon)
        .collect();
    items.sort_by(|a, b| (a.due, &a.path).cmp(&(b.due, &b.path)));
    DueList {
        schema_version: SchemaVersion::CURRENT,
        as_of,
        items,
    }
}

/// The planner's view of an enrolment's obligations: the open ones, as due items. The
/// validator hands its own obligations here when it is asked to plan as well
/// (`ServicePath::validate_and_plan`), so they are derived once.
pub(crate) fn open_items(
    obligations: &Obligations<'_>,
    enrolment: &Enrolment,
    spec: &ServiceModelSpec,
    as_of: NaiveDate,
    base: &JsonPointer,
    items: &mut Vec<DueItem>,
) {
    for obligation in obligations.open() {
        let phase_name = obligation
            .kind
            .phase()
            .and_then(|index| enrolment.phases.get(index))
            .and_then(|record| spec.phase(&record.phase))
            .map(|phase_spec| phase_spec.name.clone());
        let (path, what) = obligation.kind.due(base);
        let status = if obligation.due < as_of {
            DueStatus::Overdue
        } else {
            DueStatus::Upcoming
        };
        items.push(DueItem {
            due: obligation.due,
            status,
            path,
            phase: phase_name,
            what,
        });
    }
}

impl<'a> IntoIterator for &'a DueList {
    type Item = &'a DueItem;
    type IntoIter = std::slice::Iter<'a, DueItem>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl IntoIterator for DueList {
    type Item = DueItem;
    type IntoIter = std::vec::IntoIter<DueItem>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}
