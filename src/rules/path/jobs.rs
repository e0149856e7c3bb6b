//! Work found during the service: IPS job search after the client's preference, rapid job
//! search and follow-along support, and job starts and ends in order.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::Event;
use crate::source::{IPS_25, RECORD};

rules! {
    /// The first employer contact came later than the model's rapid job search allows.
    PATH_JOB_SEARCH_LATE => JobSearchLate {
        code: "path.job_search_late",
        severity: Warning because "departs from the rapid job search of IPS fidelity; the days are a model parameter",
        source: IPS_25,
        parameters: [EMPLOYER_CONTACT_DAYS],
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
        parameters: [SUPPORT_AFTER_JOB_START_DAYS],
        params: { date: NaiveDate, days: u32 },
        title: ["Tuki ei jatkunut työn alettua", "Stödet fortsatte inte efter arbetsstarten", "No support after job start"],
        message: [
            "Työn alettua {date} ei ollut yksilötapaamista {days} päivän kuluessa.",
            "Efter arbetsstarten {date} hölls inget individuellt möte inom {days} dagar.",
            "No individual meeting within {days} days of the job start on {date}.",
        ],
    }

    /// A week of the first weeks at work (or a window of the rhythm the client chose)
    /// passed without a job support: a meeting, an employer contact or a workplace visit.
    PATH_FOLLOW_ALONG_GAP => FollowAlongGap {
        code: "path.follow_along_gap",
        severity: Warning because "departs from the weekly follow-along support of IPS in the first month at work; a week mostly away with a reason is excused",
        source: "What type of job supports do employment specialists provide? (IPS Works, New York State Psychiatric Institute): weekly support in the first month at work; Bond, Peterson, Becker & Drake 2012, Validation of the revised Individual Placement and Support fidelity scale (IPS-25), Psychiatric Services 63(8), doi:10.1176/appi.ps.201100476",
        parameters: [FOLLOW_ALONG_WEEKS],
        params: { job_start: NaiveDate, week: u32 },
        title: ["Viikoittainen tuki puuttui", "Stöd saknades en vecka", "No support that week"],
        message: [
            "Työn alettua {job_start} viikolla {week} ei ollut työhön tukea: ei tapaamista, työnantajakontaktia eikä työpaikkakäyntiä.",
            "Efter arbetsstarten {job_start} fick klienten inget stöd vecka {week}: inget möte, ingen arbetsgivarkontakt och inget arbetsplatsbesök.",
            "No job support in week {week} after the job start on {job_start}: no meeting, employer contact or workplace visit.",
        ],
    }

    /// The first employer contact came before the client's work preference was recorded.
    PATH_JOB_SEARCH_WITHOUT_PREFERENCE => JobSearchWithoutPreference {
        code: "path.job_search_without_preference",
        severity: Warning because "departs from IPS job search, which follows the client's own preferences",
        source: IPS_25,
        parameters: [PREFERENCE_BEFORE_JOB_SEARCH],
        params: { date: NaiveDate },
        title: [
            "Työtoive kirjaamatta ennen työnhakua",
            "Önskemål om arbete inte registrerat före jobbsökandet",
            "Job search before the client's preference",
        ],
        message: [
            "Työnantajakontakti {date} ennen kuin asiakkaan työtoive on kirjattu.",
            "Arbetsgivarkontakt {date} innan klientens önskemål om arbete registrerats.",
            "An employer contact on {date} before the client's work preference is recorded.",
        ],
    }

    /// The client's latest recorded work preference is not for the open labour market,
    /// in job coaching for those who want it.
    PATH_COACHING_WITHOUT_OPEN_MARKET_WISH => CoachingWithoutOpenMarketWish {
        code: "path.coaching_without_open_market_wish",
        severity: Warning because "departs from the coaching's target group in its source; a person should look at why the client is coached",
        source: "Työkykyohjelman laajentaminen, Varsinais-Suomi (\"Kohderyhmänä kuntouttavasta työtoiminnasta avoimille työmarkkinoille haluavat\"); Bond, Peterson, Becker & Drake 2012, Validation of the revised Individual Placement and Support fidelity scale (IPS-25), Psychiatric Services 63(8), doi:10.1176/appi.ps.201100476",
        parameters: [PREFERENCE_BEFORE_JOB_SEARCH],
        params: { date: NaiveDate },
        title: [
            "Valmennus ilman toivetta avoimista työmarkkinoista",
            "Coachning utan önskemål om den öppna arbetsmarknaden",
            "Coaching without a wish for the open labour market",
        ],
        message: [
            "Asiakkaan työtoive {date} ei ole avoimille työmarkkinoille; valmennus on heille, jotka sinne haluavat.",
            "Klientens önskemål om arbete {date} gäller inte den öppna arbetsmarknaden; coachningen är för dem som vill dit.",
            "The client's work preference of {date} is not for the open labour market; the coaching is for those who want it.",
        ],
    }

    /// A job started with no benefits counselling on or before its first day.
    PATH_BENEFITS_COUNSELLING_MISSING => BenefitsCounsellingMissing {
        code: "path.benefits_counselling_missing",
        severity: Warning because "departs from IPS practice, which plans the client's benefits before work starts",
        source: IPS_25,
        parameters: [BENEFITS_COUNSELLING_BEFORE_JOB],
        params: { date: NaiveDate },
        title: ["Etuusneuvonta puuttuu", "Förmånsrådgivning saknas", "Benefits counselling missing"],
        message: [
            "Työ alkoi {date} ilman etuusneuvontaa.",
            "Arbetet började {date} utan förmånsrådgivning.",
            "A job started on {date} without benefits counselling.",
        ],
    }

    /// A job ends without an earlier job start anywhere on the path.
    PATH_JOB_END_WITHOUT_START => JobEndWithoutStart {
        code: "path.job_end_without_start",
        severity: Error because "structural: a job ends only after it starts",
        source: RECORD,
        parameters: [],
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

    /// A week at work without follow-along support, pointing at the job start.
    pub(super) fn follow_along_gap(
        &mut self,
        job: usize,
        job_start: NaiveDate,
        week: u32,
        base: &JsonPointer,
    ) {
        self.push(FollowAlongGap { job_start, week }.at(base.clone().field("events").index(job)));
    }

    /// The latest work preference of the enrolment, when it is not for the open labour
    /// market.
    pub(super) fn open_market_wish(
        &mut self,
        enrolment: &crate::service::record::path::Enrolment,
        base: &JsonPointer,
    ) {
        let latest = enrolment
            .events
            .iter()
            .enumerate()
            .filter(|(_, event)| event.date() <= self.as_of)
            .filter_map(|(index, event)| match event {
                crate::service::record::event::Event::WorkPreference {
                    date, open_market, ..
                } => Some((*date, index, *open_market)),
                _ => None,
            })
            .max_by_key(|(date, index, _)| (*date, *index));
        if let Some((date, index, false)) = latest {
            self.push(
                CoachingWithoutOpenMarketWish { date }.at(base
                    .clone()
                    .field("events")
                    .index(index)
                    .field("open_market")),
            );
        }
    }

    /// The first job start needs benefits counselling on or before its first day.
    pub(super) fn benefits_counselling(
        &mut self,
        enrolment: &crate::service::record::path::Enrolment,
        base: &JsonPointer,
    ) {
        use crate::service::obligation::first_of;
        use crate::service::record::event::EventKind;
        let Some(job) = first_of(enrolment, EventKind::JobStart) else {
            return;
        };
        let date = enrolment.events[job].date();
        if date > self.as_of {
            return;
        }
        let counselled = enrolment
            .events
            .iter()
            .any(|event| event.kind() == EventKind::BenefitsCounselling && event.date() <= date);
        if !counselled {
            self.push(
                BenefitsCounsellingMissing { date }.at(base.clone().field("events").index(job)),
            );
        }
    }

    /// The first employer contact needs a work preference recorded on or before it.
    pub(super) fn preference_before_job_search(
        &mut self,
        enrolment: &crate::service::record::path::Enrolment,
        base: &JsonPointer,
    ) {
        use crate::service::obligation::first_of;
        use crate::service::record::event::EventKind;
        let Some(contact) = first_of(enrolment, EventKind::EmployerContact) else {
            return;
        };
        let date = enrolment.events[contact].date();
        let preferred = enrolment
            .events
            .iter()
            .any(|event| event.kind() == EventKind::WorkPreference && event.date() <= date);
        if !preferred {
            self.push(
                JobSearchWithoutPreference { date }.at(base.clone().field("events").index(contact)),
            );
        }
    }

    /// A job end needs an earlier (or same-day) job start somewhere on the path.
    pub(super) fn jobs(&mut self) {
        let mut jobs: Vec<(NaiveDate, bool, usize, usize)> = Vec::new();
        for (e, enrolment) in self.path.enrolments.iter().enumerate() {
            for (index, event) in enrolment.events.iter().enumerate() {
                match event {
                    Event::JobStart { date, .. } => jobs.push((*date, false, e, index)),
                    Event::JobEnd { date, .. } => jobs.push((*date, true, e, index)),
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
