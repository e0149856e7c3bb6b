//! The client and the path together: what the client does besides the service, where the
//! law makes it matter.

use chrono::NaiveDate;

use super::Check;
use crate::client::Client;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::{ParamValue, Report};
use crate::rules::options::ValidationOptions;
use crate::rules::pointer::JsonPointer;
#[cfg(feature = "svg")]
use crate::service::planner::due_list::DueList;
use crate::service::record::path::{Enrolment, ServicePath};
use crate::service::spec::model_spec::Requirement;

rules! {
    /// A client with regular work (not only occasional) over the law's weekly hours (8), a
    /// full-time business, full-time studies or an employment-promoting service has an
    /// enrolment in rehabilitative work activity. The organiser
    /// freed from the duty is the one of the day: the municipality, the wellbeing services
    /// county from 2023.
    PATH_CLIENT_ACTIVITY_EXCLUDES => ClientActivityExcludes {
        code: "path.client_activity_excludes",
        severity: Warning because "the law frees the organiser from the duty to arrange the service for such a client; it does not forbid it, so a person should look",
        source: "Act on Rehabilitative Work Activity 189/2001 §6(5) as amended by 290/2012 (in force 1.7.2012) and §6(4) as amended by 702/2020 (in force 1.1.2021): no duty to arrange it for a person working other than occasionally with regular hours over 8 a week, in full-time business, in full-time studies or taking part in an employment-promoting service; the organiser by date (the municipality, the wellbeing services county from 1.1.2023, 591/2022)",
        parameters: [EXCLUDED_ACTIVITIES, KTT_EXCLUSIONS],
        params: { activity: ParamValue, start: NaiveDate, organiser: ParamValue },
        title: [
            "Asiakkaan oma toiminta rajaa palvelun",
            "Klientens egen verksamhet utesluter tjänsten",
            "The client's own activity excludes the service",
        ],
        message: [
            "Asiakkaalla on {start} alkaen {activity}; kuntouttavan työtoiminnan järjestäjällä ({organiser}) ei silloin ole velvollisuutta järjestää sitä.",
            "Klienten har sedan {start} {activity}; den som ordnar arbetsverksamhet i rehabiliteringssyfte ({organiser}) är då inte skyldig att ordna den.",
            "The client has {activity} since {start}; the organiser of rehabilitative work activity ({organiser}) then has no duty to arrange it.",
        ],
    }

    /// The client's labour-market status is not among the statuses the model's source
    /// names as its target group (for example an employed client in multiprofessional
    /// work-ability support, whom occupational health care serves first).
    PATH_CLIENT_OUTSIDE_TARGET_GROUP => ClientOutsideTargetGroup {
        code: "path.client_outside_target_group",
        severity: Warning because "routing is practice the model's source describes, not law: a person should look at why the client is here",
        source: "OSAKSI-hanke (\"Työssä olevat kuuluvat ensisijaisesti työterveyshuollon piiriin\"); Työkykyohjelman laajentaminen, Varsinais-Suomi (target group: partially able people outside working life); Hyvinvointiryhmä osatyökykyisille (its target groups)",
        parameters: [TARGET_STATUSES],
        params: { status: ParamValue, model: ParamValue, targets: ParamValue },
        title: [
            "Asiakas kohderyhmän ulkopuolella",
            "Klienten utanför målgruppen",
            "Client outside the target group",
        ],
        message: [
            "Asiakkaan tilanne ({status}) ei kuulu palvelun {model} kohderyhmään ({targets}).",
            "Klientens situation ({status}) hör inte till målgruppen för {model} ({targets}).",
            "The client's status ({status}) is not in the target group of {model} ({targets}).",
        ],
    }
}

impl ServicePath {
    /// Checks the path as of `as_of` with `options` together with its client: the path's
    /// own rules, and the rules that need both (such as the client's own activities that
    /// exclude rehabilitative work activity). Findings point into the path's document;
    /// validate the client's own record with [`Client::validate`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::service::build::sample;
    /// use tyokyky::{Client, ClientId, LabourMarketStatus, OwnActivity, RuleCode, ValidationOptions};
    ///
    /// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
    /// let as_of = NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("date")?;
    /// let mut client = Client::new(ClientId::new("demo-7")?, LabourMarketStatus::UnemployedJobseeker);
    /// let work_from = NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?;
    /// client.own_activities.push(OwnActivity::work(work_from, 20));
    /// let path = sample::rehabilitative_work_activity(client.id.clone(), start, as_of);
    /// let report = path.validate_for(&client, &ValidationOptions::default(), as_of);
    /// assert!(report.with_code(RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES).next().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_for(
        &self,
        client: &Client,
        options: &ValidationOptions<'_>,
        as_of: NaiveDate,
    ) -> Report {
        let mut report = self.validate_with(options, as_of);
        self.check_with_client(client, options, as_of, &mut report);
        report
    }

    /// [`validate_for`](Self::validate_for) and [`due_with`](Self::due_with) from one
    /// derivation of the obligations, as [`validate_and_plan`](Self::validate_and_plan)
    /// does for the path alone: what a client record's picture draws of each path (and
    /// so only with the `svg` feature, its one user).
    #[cfg(feature = "svg")]
    pub(crate) fn validate_and_plan_for(
        &self,
        client: &Client,
        options: &ValidationOptions<'_>,
        as_of: NaiveDate,
    ) -> (Report, DueList) {
        let (mut report, due) = self.validate_and_plan(options, as_of);
        self.check_with_client(client, options, as_of, &mut report);
        (report, due)
    }

    /// The rules that need the path and its client, their findings added to `report`
    /// (the path's own): none for a path over the limits, which was not checked.
    fn check_with_client(
        &self,
        client: &Client,
        options: &ValidationOptions<'_>,
        as_of: NaiveDate,
        report: &mut Report,
    ) {
        let (models, limits) = (options.models, &options.limits);
        if report
            .iter()
            .any(|f| f.code() == crate::rules::code::RuleCode::REPORT_OVER_LIMIT)
        {
            return;
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
            open: None,
        };
        check.client_fit(client);
        report.extend(check.finish());
    }
}

impl Check<'_> {
    fn client_fit(&mut self, client: &Client) {
        for (index, enrolment) in self.path.enrolments.iter().enumerate() {
            let Some(spec) = self.models.get(&enrolment.model) else {
                continue;
            };
            let first = self.report.len();
            let at = JsonPointer::root().field("enrolments").index(index);
            let status = client.labour_market_status;
            if !spec.target_statuses.is_empty() && !spec.target_statuses.contains(&status) {
                self.push(
                    ClientOutsideTargetGroup {
                        status: ParamValue::term(status),
                        model: ParamValue::name(spec.id.clone(), &spec.name),
                        targets: ParamValue::terms(spec.target_statuses.iter().copied()),
                    }
                    .at(at.clone().field("model")),
                );
            }
            let checked = spec
                .requirements
                .iter()
                .any(|r| matches!(r, Requirement::ExcludedActivities {}));
            if checked {
                self.excluded_activities(client, enrolment, &at);
            }
            self.model_severities(first, spec);
        }
    }

    fn excluded_activities(&mut self, client: &Client, enrolment: &Enrolment, at: &JsonPointer) {
        let last = enrolment.end.unwrap_or(self.as_of).min(self.as_of);
        for activity in &client.own_activities {
            let overlaps =
                activity.start <= last && activity.end.is_none_or(|end| end >= enrolment.start);
            // The law of the first day both run.
            let from = activity.start.max(enrolment.start);
            if overlaps && activity.excludes_rehabilitative_work_activity(from) {
                self.push(
                    ClientActivityExcludes {
                        activity: ParamValue::term(activity.kind),
                        start: activity.start,
                        organiser: crate::figure::law::KTT_ORGANISER
                            .on(from)
                            .map_or(ParamValue::Missing {}, ParamValue::term),
                    }
                    .at(at.clone()),
                );
            }
        }
    }
}

#[cfg(test)]
#[cfg(feature = "svg")]
mod tests {
    use chrono::{Duration, NaiveDate};

    use crate::rules::options::ValidationOptions;
    use crate::service::build::sample;
    use crate::{Client, ClientId, LabourMarketStatus, OwnActivity};

    #[test]
    fn one_derivation_gives_the_report_with_the_client_and_the_due_list() {
        let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
        let id = ClientId::new("demo-7").expect("id");
        let mut client = Client::new(id.clone(), LabourMarketStatus::UnemployedJobseeker);
        // Work over the law's hours from March: a client finding on the path.
        let work_from = NaiveDate::from_ymd_opt(2024, 3, 1).expect("date");
        client.own_activities.push(OwnActivity::work(work_from, 20));
        let options = ValidationOptions::default();
        for days in [20, 90, 200, 400] {
            let as_of = start + Duration::days(days);
            let path = sample::rehabilitative_work_activity(id.clone(), start, as_of);
            let (report, due) = path.validate_and_plan_for(&client, &options, as_of);
            assert_eq!(
                report,
                path.validate_for(&client, &options, as_of),
                "{as_of}"
            );
            assert_eq!(due, path.due_with(&options, as_of), "{as_of}");
            if days > 90 {
                assert!(report.len() > path.validate_with(&options, as_of).len());
            }
        }
    }
}
