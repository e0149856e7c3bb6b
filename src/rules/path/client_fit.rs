//! The client and the path together: what the client does besides the service, where the
//! law makes it matter.

use chrono::NaiveDate;

use super::Check;
use crate::client::Client;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::{ParamValue, Report};
use crate::rules::pointer::JsonPointer;
use crate::service::path::ServicePath;
use crate::service::spec::{Requirement, ServiceModels};

rules! {
    /// A client with regular work over 8 hours a week, a full-time business or full-time
    /// studies has an enrolment in rehabilitative work activity.
    PATH_CLIENT_ACTIVITY_EXCLUDES => ClientActivityExcludes {
        code: "path.client_activity_excludes",
        severity: Warning because "the law frees the municipality from the duty to arrange the service for such a client; it does not forbid it, so a person should look",
        source: "Act on Rehabilitative Work Activity 189/2001 §6(4) as amended by 702/2020 (in force 1.1.2021): no duty to arrange it for a person in regular work over 8 hours a week, in full-time business or in full-time studies",
        parameter: Some("Requirement.excluded_activities"),
        params: { activity: ParamValue, start: NaiveDate },
        title: [
            "Asiakkaan oma toiminta rajaa palvelun",
            "Klientens egen verksamhet utesluter tjänsten",
            "The client's own activity excludes the service",
        ],
        message: [
            "Asiakkaalla on {start} alkaen {activity}, jonka aikana kunnalla ei ole velvollisuutta järjestää kuntouttavaa työtoimintaa.",
            "Klienten har sedan {start} {activity}, under vilken kommunen inte är skyldig att ordna arbetsverksamhet i rehabiliteringssyfte.",
            "The client has {activity} since {start}, during which the municipality has no duty to arrange rehabilitative work activity.",
        ],
    }
}

impl ServicePath {
    /// Checks the path as of `as_of` against `models` together with its client: the path's
    /// own rules, and the rules that need both (such as the client's own activities that
    /// exclude rehabilitative work activity). Findings point into the path's document;
    /// validate the client's own record with [`Client::validate`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::service::sample;
    /// use tyokyky::{ActivityKind, Client, ClientId, LabourMarketStatus, OwnActivity, RuleCode, ServiceModels};
    ///
    /// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
    /// let as_of = NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("date")?;
    /// let mut client = Client::new(ClientId::new("demo-7")?, LabourMarketStatus::UnemployedJobseeker);
    /// client.own_activities.push(OwnActivity {
    ///     kind: ActivityKind::Work,
    ///     start: NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?,
    ///     end: None,
    ///     hours_per_week: Some(20),
    ///     full_time: false,
    /// });
    /// let path = sample::rehabilitative_work_activity(client.id.clone(), start, as_of);
    /// let report = path.validate_for(&client, &ServiceModels::defaults(), as_of);
    /// assert!(report.with_code(RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES).next().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_for(
        &self,
        client: &Client,
        models: &ServiceModels,
        as_of: NaiveDate,
    ) -> Report {
        let mut report = self.validate_with(models, as_of);
        if crate::document::unreadable(&report)
            || report
                .iter()
                .any(|f| f.code() == crate::rules::catalogue::RuleCode::REPORT_OVER_LIMIT)
        {
            return report;
        }
        let mut check = Check {
            coordinator_cover: None,
            path: self,
            as_of,
            models,
            report: Report::new(),
            limit: crate::rules::report::ValidationLimits::default().max_findings_per_rule,
            counts: std::collections::HashMap::new(),
        };
        check.client_fit(client);
        report.extend(check.finish());
        report
    }
}

impl Check<'_> {
    fn client_fit(&mut self, client: &Client) {
        for (index, enrolment) in self.path.enrolments.iter().enumerate() {
            let Some(spec) = self.models.get(&enrolment.model) else {
                continue;
            };
            let checked = spec
                .requirements
                .iter()
                .any(|r| matches!(r, Requirement::ExcludedActivities {}));
            if !checked {
                continue;
            }
            let last = enrolment.end.unwrap_or(self.as_of).min(self.as_of);
            for activity in &client.own_activities {
                let overlaps =
                    activity.start <= last && activity.end.is_none_or(|end| end >= enrolment.start);
                if overlaps && activity.excludes_rehabilitative_work_activity() {
                    self.push(
                        ClientActivityExcludes {
                            activity: ParamValue::term(activity.kind),
                            start: activity.start,
                        }
                        .at(JsonPointer::root().field("enrolments").index(index)),
                    );
                }
            }
        }
    }
}
