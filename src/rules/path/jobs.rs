//! Work found during the service: IPS rapid job search and follow-along support, and job
//! starts and ends in order.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::pointer::JsonPointer;
use crate::service::event::Event;
use crate::source::{IPS_25, RECORD};

rules! {
    /// The first employer contact came later than the model's rapid job search allows.
    PATH_JOB_SEARCH_LATE => JobSearchLate {
        code: "path.job_search_late",
        severity: Warning because "departs from the rapid job search of IPS fidelity; the days are a model parameter",
        source: IPS_25,
        parameter: Some("Requirement.employer_contact_within.days"),
        params: { days: u32, due: NaiveDate },
        title: ["Työnhaku alkoi myöhään", "Jobbsökandet började sent", "Job search late"],
        message: [
            "Ensimmäinen työnantajakontakti pitäisi olla {days} päivän kuluessa, viimeistään {due}.",
            "Den första arbetsgivarkontakten borde ske inom {days} dagar, senast {due}.",
            "The first employer contact should come within {days} days, by {due}.",
        ],
    }

    /// No individual meeting followed a job start within the model's days.
    PATH_NO_SUPPORT_AFTER_JOB_START => NoSupportAfterJobStart {
        code: "path.no_support_after_job_start",
        severity: Warning because "departs from the follow-along support of IPS fidelity",
        source: IPS_25,
        parameter: Some("Requirement.support_after_job_start.within_days"),
        params: { date: NaiveDate, days: u32 },
        title: ["Tuki ei jatkunut työn alettua", "Stödet fortsatte inte efter arbetsstarten", "No support after job start"],
        message: [
            "Työn alettua {date} ei ollut yksilötapaamista {days} päivän kuluessa.",
            "Efter arbetsstarten {date} hölls inget individuellt möte inom {days} dagar.",
            "No individual meeting within {days} days of the job start on {date}.",
        ],
    }

    /// A job ends without an earlier job start anywhere on the path.
    PATH_JOB_END_WITHOUT_START => JobEndWithoutStart {
        code: "path.job_end_without_start",
        severity: Error because "structural: a job ends only after it starts",
        source: RECORD,
        parameter: None,
        params: { date: NaiveDate },
        title: ["Työ päättyi alkamatta", "Arbete slutade utan att börja", "Job end without start"],
        message: [
            "Työn päättyminen {date} ilman aiempaa työn alkua.",
            "Arbetet slutade {date} utan en tidigare arbetsstart.",
            "A job ends on {date} without an earlier job start.",
        ],
    }
}

impl Check<'_> {
    /// A late first employer contact, pointing at it when there is one.
    pub(super) fn job_search_late(
        &mut self,
        first: Option<usize>,
        days: u32,
        due: NaiveDate,
        base: &JsonPointer,
    ) {
        let events_at = base.clone().field("events");
        let at = match first {
            Some(index) => events_at.index(index),
            None => events_at,
        };
        self.push(JobSearchLate { days, due }.at(at));
    }

    /// A job start with no meeting in the days after it.
    pub(super) fn no_support(
        &mut self,
        job: usize,
        date: NaiveDate,
        days: u32,
        base: &JsonPointer,
    ) {
        self.push(
            NoSupportAfterJobStart { date, days }.at(base.clone().field("events").index(job)),
        );
    }

    /// A job end needs an earlier (or same-day) job start somewhere on the path.
    pub(super) fn jobs(&mut self) {
        let mut jobs: Vec<(NaiveDate, bool, usize, usize)> = Vec::new();
        for (e, enrolment) in self.path.enrolments.iter().enumerate() {
            for (index, event) in enrolment.events.iter().enumerate() {
                match event {
                    Event::JobStart { date, .. } => jobs.push((*date, false, e, index)),
                    Event::JobEnd { date } => jobs.push((*date, true, e, index)),
                    _ => {}
                }
            }
        }
        // Starts sort before ends on the same day.
        jobs.sort_unstable();
        let mut open = 0usize;
        for (date, is_end, e, index) in jobs {
            if !is_end {
                open += 1;
            } else if open > 0 {
                open -= 1;
            } else {
                self.push(
                    JobEndWithoutStart { date }.at(JsonPointer::root()
                        .field("enrolments")
                        .index(e)
                        .field("events")
                        .index(index)),
                );
            }
        }
    }
}
