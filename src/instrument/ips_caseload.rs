//! A unit's IPS-25 fidelity review read beside the paths of the clients it coached.
//!
//! A fidelity review rates a service, not a client; what it predicts is competitive
//! employment ("Predictive validity, measured as the correlation between the IPS-25 and
//! site-level employment rate, was .34", Bond et al. 2012,
//! doi:10.1176/appi.ps.201100476). [`IpsCaseload::of`] puts the two side by side: the
//! review's total and level, and over the period it covers, the unit's clients, whose
//! preferences are recorded, how many had a rapid first employer contact, and how many
//! started competitive work. IPS counts open-market work only: a subsidised job start is
//! counted apart and is not competitive employment.
//!
//! *Derived*: a review covers the 12 months before its date (fidelity reviews look at
//! current practice; the sources give no period), configurable with
//! [`IpsCaseload::over`].

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::SchemaVersion;
use crate::instrument::ips::{IpsFidelity, IpsLevel};
use crate::service::record::event::{EmploymentKind, Event, EventKind};
use crate::service::record::key::Key;
use crate::service::record::path::{Enrolment, ServicePath};

/// One IPS-25 fidelity review of one unit.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`IpsReview::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IpsReview {
    /// The unit reviewed: the id of the organiser its enrolments name
    /// ([`Organiser::id`](crate::Organiser::id)).
    pub unit: Key,
    /// The day of the review.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub date: NaiveDate,
    /// The ratings.
    pub fidelity: IpsFidelity,
}

impl IpsReview {
    /// The review of `unit` on `date` with its `fidelity` ratings.
    pub fn new(unit: Key, date: NaiveDate, fidelity: IpsFidelity) -> Self {
        IpsReview {
            unit,
            date,
            fidelity,
        }
    }
}

/// A unit's fidelity and its clients' employment over the period a review covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IpsCaseload {
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The unit.
    pub unit: Key,
    /// The first day of the period.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub from: NaiveDate,
    /// The last day of the period: the review's day.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub until: NaiveDate,
    /// The review's total, 25–125.
    pub fidelity_total: u32,
    /// The review's level.
    pub fidelity_level: IpsLevel,
    /// Clients with an enrolment in the model, organised by the unit, running in the
    /// period.
    pub clients: usize,
    /// Of them, clients whose work preference is recorded.
    pub with_preference: usize,
    /// Of them, clients whose latest preference is work in the open labour market.
    pub wanting_open_market_work: usize,
    /// Of them, clients whose first employer contact came within `rapid_days` of their
    /// start.
    pub rapid_job_search: usize,
    /// The days of a rapid job search.
    pub rapid_days: u32,
    /// Open-market (competitive) job starts in the period.
    pub competitive_job_starts: usize,
    /// Subsidised job starts in the period: counted apart, not competitive employment.
    pub subsidised_job_starts: usize,
    /// Clients with at least one competitive job start in the period.
    pub clients_in_competitive_work: usize,
    /// `clients_in_competitive_work / clients` as a whole percent, rounded half up;
    /// `None` without clients.
    pub percent_in_competitive_work: Option<u32>,
}

/// Whether the unit organises the enrolment at some time from `from` to `until`.
fn organised_by(enrolment: &Enrolment, unit: &Key, from: NaiveDate, until: NaiveDate) -> bool {
    enrolment.organisers.iter().any(|assignment| {
        &assignment.organiser.id == unit
            && assignment.start <= until
            && assignment.end.is_none_or(|end| end >= from)
    })
}

impl IpsCaseload {
    /// The caseload of `review`'s unit in `model` over the 12 months before the review,
    /// with a rapid job search of 30 days (the default IPS model's).
    pub fn of(review: &IpsReview, paths: &[ServicePath], model: &Key) -> Self {
        let from = review
            .date
            .checked_sub_months(Months::new(12))
            .unwrap_or(NaiveDate::MIN);
        IpsCaseload::over(review, paths, model, from, 30)
    }

    /// The caseload of `review`'s unit in `model` from `from` to the review's day.
    pub fn over(
        review: &IpsReview,
        paths: &[ServicePath],
        model: &Key,
        from: NaiveDate,
        rapid_days: u32,
    ) -> Self {
        let until = review.date;
        let mut caseload = IpsCaseload {
            schema_version: SchemaVersion::CURRENT,
            unit: review.unit.clone(),
            from,
            until,
            fidelity_total: review.fidelity.total(),
            fidelity_level: review.fidelity.level(),
            clients: 0,
            with_preference: 0,
            wanting_open_market_work: 0,
            rapid_job_search: 0,
            rapid_days,
            competitive_job_starts: 0,
            subsidised_job_starts: 0,
            clients_in_competitive_work: 0,
            percent_in_competitive_work: None,
        };
        for path in paths {
            let enrolments: Vec<&Enrolment> = path
                .enrolments
                .iter()
                .filter(|e| &e.model == model)
                .filter(|e| e.start <= until && e.end.is_none_or(|end| end >= from))
                .filter(|e| organised_by(e, &review.unit, from, until))
                .collect();
            if enrolments.is_empty() {
                continue;
            }
            caseload.clients += 1;
            let events = || enrolments.iter().flat_map(|e| e.events.iter());
            let latest_preference = events()
                .filter_map(|event| match event {
                    Event::WorkPreference {
                        date, open_market, ..
                    } => Some((*date, *open_market)),
                    _ => None,
                })
                .max_by_key(|(date, _)| *date);
            if let Some((_, open_market)) = latest_preference {
                caseload.with_preference += 1;
                caseload.wanting_open_market_work += usize::from(open_market);
            }
            let rapid = enrolments.iter().any(|enrolment| {
                let due = crate::calendar::plus_days(enrolment.start, rapid_days);
                enrolment
                    .events
                    .iter()
                    .any(|e| e.kind() == EventKind::EmployerContact && e.date() <= due)
            });
            caseload.rapid_job_search += usize::from(rapid);
            let mut competitive = false;
            for event in events() {
                if let Event::JobStart {
                    date, employment, ..
                } = event
                    && from <= *date
                    && *date <= until
                {
                    match employment {
                        EmploymentKind::OpenMarket => {
                            caseload.competitive_job_starts += 1;
                            competitive = true;
                        }
                        EmploymentKind::Subsidised => caseload.subsidised_job_starts += 1,
                    }
                }
            }
            caseload.clients_in_competitive_work += usize::from(competitive);
        }
        caseload.percent_in_competitive_work =
            crate::outcome::percent(caseload.clients_in_competitive_work, caseload.clients);
        caseload
    }
}
