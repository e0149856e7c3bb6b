//! The people around the client: coordinators and the multiprofessional team.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Check, last_day};
use crate::rules::declare::{RuleParams, rules};
use crate::rules::pointer::JsonPointer;
use crate::service::record::path::{Enrolment, WorkerRole};
use crate::service::spec::model_spec::Requirement;
use crate::source::OSAKSI;

rules! {
    /// Days of an enrolment whose model asks for one coordinator, with none.
    PATH_NO_COORDINATOR => NoCoordinator {
        code: "path.no_coordinator",
        severity: Warning because "departs from the coordinator model the source describes",
        source: OSAKSI,
        parameters: [SINGLE_COORDINATOR],
        params: { from: NaiveDate, to: NaiveDate },
        title: ["Ei asiakasvastaavaa", "Ingen klientansvarig", "No coordinator"],
        message: [
            "Asiakkaalla ei ole asiakasvastaavaa {from}–{to}.",
            "Klienten har ingen klientansvarig {from}–{to}.",
            "The client has no coordinator from {from} to {to}.",
        ],
    }

    /// Two coordinator assignments share days, on a path whose model asks for one
    /// coordinator at a time.
    PATH_COORDINATORS_OVERLAP => CoordinatorsOverlap {
        code: "path.coordinators_overlap",
        severity: Warning because "departs from the one-coordinator model the source describes; a handover within the model's days is normal",
        source: OSAKSI,
        parameters: [SINGLE_COORDINATOR, HANDOVER_DAYS],
        params: { start: NaiveDate, other_start: NaiveDate, handover_days: u32 },
        title: ["Kaksi asiakasvastaavaa yhtä aikaa", "Två klientansvariga samtidigt", "Two coordinators at once"],
        message: [
            "Asiakasvastaavan kausi alkaa {start}, kun {other_start} alkanut edellinen kausi jatkuu pidempään kuin {handover_days} päivän luovutusaika.",
            "Den klientansvariges period börjar {start} medan den föregående, som började {other_start}, pågår längre än överlämningstiden på {handover_days} dagar.",
            "The coordinator assignment starting on {start} overlaps the one that began on {other_start} for longer than a {handover_days}-day handover.",
        ],
    }

    /// The team has fewer professions than the model asks.
    PATH_TEAM_TOO_SMALL => TeamTooSmall {
        code: "path.team_too_small",
        severity: Warning because "departs from the multiprofessional team the source describes",
        source: OSAKSI,
        parameters: [TEAM_MIN_PROFESSIONS],
        params: { required: u32, actual: usize },
        title: ["Tiimi liian suppea", "Teamet för litet", "Team too small"],
        message: [
            "Tiimissä on {actual} ammattiryhmää; vähintään {required} vaaditaan.",
            "Teamet har {actual} yrkesgrupper; minst {required} krävs.",
            "The team has {actual} professions; at least {required} required.",
        ],
    }

    /// The team has no health-care professional.
    PATH_TEAM_WITHOUT_HEALTH_CARE => TeamWithoutHealthCare {
        code: "path.team_without_health_care",
        severity: Info because "advice: the source says the assessment needs a doctor's expertise in many cases, not in all",
        source: OSAKSI,
        parameters: [TEAM_HEALTH_CARE],
        params: {},
        title: ["Tiimistä puuttuu terveydenhuolto", "Teamet saknar hälso- och sjukvård", "Team without health care"],
        message: [
            "Tiimissä ei ole terveydenhuollon ammattilaista.",
            "Teamet har ingen yrkesperson inom hälso- och sjukvård.",
            "The team has no health-care professional.",
        ],
    }
}

impl Check<'_> {
    pub(super) fn team(&mut self, min_professions: u32, health_care: bool) {
        let professions: BTreeSet<_> = self
            .path
            .team
            .iter()
            .map(|member| member.profession)
            .collect();
        let at = || JsonPointer::root().field("team");
        if professions.len() < min_professions as usize {
            self.push(
                TeamTooSmall {
                    required: min_professions,
                    actual: professions.len(),
                }
                .at(at()),
            );
        }
        if health_care && !professions.iter().any(|p| p.is_health_care()) {
            self.push(TeamWithoutHealthCare {}.at(at()));
        }
    }

    /// Days of the enrolment, up to `as_of`, without any coordinator.
    pub(super) fn coordinator_coverage(&mut self, enrolment: &Enrolment) {
        let last = last_day(enrolment.end, self.as_of);
        if last < enrolment.start {
            return;
        }
        // Merged once per path, then read per enrolment: O((C + N) log C), not O(N × C).
        let cover = &self.coordinators;
        let gaps = cover.gaps(enrolment.start, last);
        for (from, to) in gaps {
            self.push(NoCoordinator { from, to }.at(JsonPointer::root().field("coordinators")));
        }
    }

    /// Coordinator assignments that overlap for longer than a handover, where a model on
    /// the path asks for one coordinator at a time (the shortest handover of those models
    /// applies).
    pub(super) fn coordinators_overlap(&mut self) {
        let handover = self
            .path
            .enrolments
            .iter()
            .filter_map(|enrolment| self.models.get(&enrolment.model))
            .flat_map(|spec| spec.requirements.iter())
            .filter_map(|requirement| match requirement {
                Requirement::SingleCoordinator { handover_days } => Some(*handover_days),
                _ => None,
            })
            .min();
        let Some(handover) = handover else {
            return;
        };
        let coordinators = &self.path.coordinators;
        // Other workers (a named worker, an employment expert) work beside the coordinator.
        // A substitute works beside the assignment of the one on leave: no handover.
        let mut order: Vec<usize> = (0..coordinators.len())
            .filter(|&index| {
                coordinators[index].role == WorkerRole::ClientCoordinator
                    && coordinators[index].stands_in_for.is_none()
            })
            .collect();
        order.sort_by_key(|&index| (coordinators[index].start, index));
        // The assignment reaching furthest so far: its end (`None` while open) and index.
        let mut reach: Option<(Option<NaiveDate>, usize)> = None;
        let mut findings = Vec::new();
        for &index in &order {
            let assignment = &coordinators[index];
            if let Some((end, other)) = reach {
                // Days both hold the client: from this start to the earlier of the ends.
                let shared_until = match (end, assignment.end) {
                    (None, None) => None,
                    (Some(a), None) | (None, Some(a)) => Some(a),
                    (Some(a), Some(b)) => Some(a.min(b)),
                };
                let shared_days =
                    shared_until.map(|until| (until - assignment.start).num_days() + 1);
                // An open assignment joined by another is no handover: it never ends.
                let too_long =
                    end.is_none() || shared_days.is_some_and(|days| days > i64::from(handover));
                if end.is_none_or(|end| assignment.start <= end) && too_long {
                    findings.push((index, other));
                }
                let extends = match (end, assignment.end) {
                    (None, _) => false,
                    (Some(_), None) => true,
                    (Some(current), Some(new)) => new > current,
                };
                if extends {
                    reach = Some((assignment.end, index));
                }
            } else {
                reach = Some((assignment.end, index));
            }
        }
        findings.sort_unstable();
        for (index, other) in findings {
            let start = coordinators[index].start;
            self.push(
                CoordinatorsOverlap {
                    start,
                    other_start: coordinators[other].start,
                    handover_days: handover,
                }
                .at(JsonPointer::root().field("coordinators").index(index)),
            );
        }
    }
}
