//! Requirements of a model on a whole enrolment: the referral, the physiotherapist's
//! assessment before the group and its instructions, the fee, the doctor's health
//! assessment. The dated ones are obligations (`service::obligation`), reported when
//! missed; the rest are checked here as a whole.

use chrono::NaiveDate;

use super::Check;
use super::phases::phase_name;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::Event;
use crate::service::record::path::Enrolment;
use crate::service::spec::model_spec::{Requirement, ServiceModelSpec};
use crate::source::{MAPPING_AND_COACHING, OSAKSI, WELLBEING_GROUP};

rules! {
    /// No referral to a model that asks for one is recorded.
    PATH_REFERRAL_MISSING => ReferralMissing {
        code: "path.referral_missing",
        severity: Warning because "departs from the referral the model's source describes",
        source: OSAKSI,
        parameters: [REFERRAL],
        params: {},
        title: ["Ohjaus puuttuu", "Hänvisning saknas", "Referral missing"],
        message: [
            "Palveluun ohjausta ei ole kirjattu.",
            "Ingen hänvisning till tjänsten är registrerad.",
            "No referral to the service is recorded.",
        ],
    }

    /// The first group session came before the physiotherapist's initial assessment.
    PATH_PHYSIOTHERAPY_ASSESSMENT_MISSING => PhysiotherapyAssessmentMissing {
        code: "path.physiotherapy_assessment_missing",
        severity: Warning because "departs from the order the model's source describes",
        source: WELLBEING_GROUP,
        parameters: [PHYSIOTHERAPY_ASSESSMENT_BEFORE_GROUP],
        params: { date: NaiveDate },
        title: ["Fysioterapeutin alkukartoitus puuttuu", "Fysioterapeutens kartläggning saknas", "Physiotherapy assessment missing"],
        message: [
            "Fysioterapeutin alkukartoitusta ei ole tehty ennen ensimmäistä ryhmäkertaa {date}.",
            "Fysioterapeutens inledande kartläggning gjordes inte före den första gruppträffen {date}.",
            "No physiotherapist's initial assessment before the first group session on {date}.",
        ],
    }

    /// The physiotherapist's initial assessment is recorded as giving the client no
    /// personal instructions.
    PATH_PHYSIOTHERAPY_WITHOUT_INSTRUCTIONS => PhysiotherapyWithoutInstructions {
        code: "path.physiotherapy_without_instructions",
        severity: Warning because "departs from the assessment the model's source describes: an initial assessment with personal instructions",
        source: WELLBEING_GROUP,
        parameters: [PHYSIOTHERAPY_ASSESSMENT_BEFORE_GROUP],
        params: { date: NaiveDate },
        title: [
            "Henkilökohtaiset ohjeet puuttuvat",
            "Personliga instruktioner saknas",
            "No personal instructions",
        ],
        message: [
            "Fysioterapeutin alkukartoituksessa {date} ei annettu henkilökohtaisia ohjeita.",
            "Fysioterapeutens kartläggning {date} gav inga personliga instruktioner.",
            "The physiotherapist's initial assessment on {date} gave no personal instructions.",
        ],
    }

    /// The client paid to take part; the model's source asks that taking part be
    /// financially possible.
    PATH_CLIENT_FEE => ClientFee {
        code: "path.client_fee",
        severity: Info because "advice: a fee is allowed, but the source asks that taking part be financially possible for clients on low incomes",
        source: WELLBEING_GROUP,
        parameters: [AFFORDABLE_FOR_CLIENT],
        params: { fee: ParamValue },
        title: ["Asiakasmaksu", "Klientavgift", "Client fee"],
        message: [
            "Asiakkaalta perittiin {fee}; osallistumisen tulee olla asiakkaalle taloudellisesti mahdollista.",
            "Av klienten togs ut {fee}; deltagandet ska vara ekonomiskt möjligt för klienten.",
            "The client was charged {fee}; taking part must be financially possible for the client.",
        ],
    }

    /// A finished phase offered no doctor's health and wellbeing assessment.
    PATH_HEALTH_ASSESSMENT_NOT_OFFERED => HealthAssessmentNotOffered {
        code: "path.health_assessment_not_offered",
        severity: Warning because "departs from what the model's source offers every client",
        source: MAPPING_AND_COACHING,
        parameters: [HEALTH_ASSESSMENT_OFFERED],
        params: { phase: ParamValue },
        title: ["Terveysarviota ei tarjottu", "Hälsobedömning erbjöds inte", "Health assessment not offered"],
        message: [
            "{phase}: lääkärin terveys- ja hyvinvointiarviota ei tarjottu.",
            "{phase}: ingen läkares hälso- och välmåendebedömning erbjöds.",
            "{phase}: no doctor's health and wellbeing assessment was offered.",
        ],
    }
}

impl Check<'_> {
    /// The requirements that are checked as a whole, not as dated obligations: the
    /// assessment's instructions, the fee and the preference before the job search.
    pub(super) fn requirements(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        let events_at = || base.clone().field("events");
        for requirement in &spec.requirements {
            match requirement {
                Requirement::PhysiotherapyAssessmentBeforeGroup {} => {
                    // "fysioterapeutin yksilöllisen alkukartoituksen, henkilökohtaiset
                    // ohjeet": an assessment recorded without them is flagged; one
                    // that does not say is not.
                    for (index, event) in enrolment.events.iter().enumerate() {
                        if let Event::PhysiotherapyAssessment {
                            date,
                            personal_instructions: Some(false),
                            ..
                        } = event
                        {
                            self.push(
                                PhysiotherapyWithoutInstructions { date: *date }
                                    .at(events_at().index(index).field("personal_instructions")),
                            );
                        }
                    }
                }
                Requirement::AffordableForClient {} => {
                    if enrolment.client_fee_cents > 0 {
                        self.push(
                            ClientFee {
                                fee: ParamValue::money(enrolment.client_fee_cents),
                            }
                            .at(base.clone().field("client_fee_cents")),
                        );
                    }
                }
                Requirement::PreferenceBeforeJobSearch {} => {
                    self.preference_before_job_search(enrolment, base);
                    self.open_market_wish(enrolment, base);
                }
                Requirement::BenefitsCounsellingBeforeJob {} => {
                    self.benefits_counselling(enrolment, base);
                }
                // Checked with the client (`validate_for`).
                Requirement::ExcludedActivities {} => {}
                // Dated obligations: reported from the obligations.
                Requirement::PlanBeforeStart { .. }
                | Requirement::Referral {}
                | Requirement::HealthAssessmentOffered { .. }
                | Requirement::SingleCoordinator { .. }
                | Requirement::Team { .. }
                | Requirement::CoordinatorWorkflow { .. }
                | Requirement::FollowAlongSupport { .. }
                | Requirement::EmployerContactWithin { .. }
                | Requirement::SupportAfterJobStart { .. } => {}
            }
        }
    }

    /// No referral is recorded.
    pub(super) fn referral_missing(&mut self, base: &JsonPointer) {
        self.push(ReferralMissing {}.at(base.clone().field("events")));
    }

    /// The first group session, `group`, came before any physiotherapist's assessment.
    pub(super) fn physiotherapy_missing(
        &mut self,
        enrolment: &Enrolment,
        group: Option<usize>,
        base: &JsonPointer,
    ) {
        let Some((index, event)) = group.and_then(|i| enrolment.events.get(i).map(|e| (i, e)))
        else {
            return;
        };
        self.push(
            PhysiotherapyAssessmentMissing { date: event.date() }
                .at(base.clone().field("events").index(index)),
        );
    }

    /// A finished phase offered no doctor's health and wellbeing assessment.
    pub(super) fn health_assessment_missing(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        phase: usize,
        base: &JsonPointer,
    ) {
        let Some(record) = enrolment.phases.get(phase) else {
            return;
        };
        self.push(
            HealthAssessmentNotOffered {
                phase: phase_name(spec, &record.phase),
            }
            .at(base.clone().field("phases").index(phase)),
        );
    }
}
