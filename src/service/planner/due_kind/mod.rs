//! What a due item asks for: each kind declared once, like a rule, with its fields (the
//! typed parameters of its message), its label and its fi/sv/en message.
//!
//! From the one `duties!` block below come the [`DueKind`] enum (one variant per kind,
//! holding the kind's own struct, so the JSON is `{"type": "contact", "event": …}`), the
//! labels of the `"type"` ([`DUE_KIND_LABELS`]) and the rendering of each item's message.
//! A message's placeholders are exactly the kind's fields plus `{phase}`, the phase the
//! item belongs to (a test holds them together).

mod declare;

use chrono::NaiveDate;

use crate::service::planner::workflow::WorkflowStep;
use crate::service::record::event::EventKind;
use crate::service::record::key::Key;
use crate::service::record::measurement::InstrumentKind;
pub use declare::PhaseSequel;
use declare::duties;

duties! {
    /// Contacts required in a period of a cadence.
    Contact => ContactDue {
        type: "contact",
        label: ["tapaaminen", "kontakt", "contact"],
        fields: {
            /// The kind of contact.
            event: EventKind,
            /// The period, `2024-W05` or `2024-05`.
            period: String,
            /// How many the period needs.
            required: u32,
            /// How many it has.
            done: u32,
        },
        message: [
            "{phase}, {period}: {event} {done}/{required}",
            "{phase}, {period}: {event} {done}/{required}",
            "{phase}, {period}: {event} {done}/{required}",
        ],
    }

    /// Contacts required over the whole phase.
    TotalContacts => TotalContactsDue {
        type: "total_contacts",
        label: ["kerrat yhteensä", "tillfällen totalt", "contacts in total"],
        fields: {
            /// The kind of contact.
            event: EventKind,
            /// How many the phase needs.
            required: u32,
            /// How many it has.
            done: u32,
        },
        message: [
            "{phase}: {event} {done}/{required} vaiheen aikana",
            "{phase}: {event} {done}/{required} under fasen",
            "{phase}: {event} {done}/{required} during the phase",
        ],
    }

    /// A start measurement of a phase.
    StartMeasurement => StartMeasurementDue {
        type: "start_measurement",
        label: ["alkumittaus", "startmätning", "start measurement"],
        fields: {
            /// The instrument.
            instrument: InstrumentKind,
        },
        message: [
            "{phase}: alkumittaus {instrument}",
            "{phase}: startmätning {instrument}",
            "{phase}: start measurement {instrument}",
        ],
    }

    /// An end measurement of a phase.
    EndMeasurement => EndMeasurementDue {
        type: "end_measurement",
        label: ["loppumittaus", "slutmätning", "end measurement"],
        fields: {
            /// The instrument.
            instrument: InstrumentKind,
        },
        message: [
            "{phase}: loppumittaus {instrument}",
            "{phase}: slutmätning {instrument}",
            "{phase}: end measurement {instrument}",
        ],
    }

    /// The phase reaches its longest length; the next phase starts or the service ends.
    PhaseEnd => PhaseEndDue {
        type: "phase_end",
        label: ["vaiheen päättyminen", "fasens slut", "phase end"],
        fields: {
            /// The phase.
            phase: Key,
            /// Phases that may follow; empty when the service ends with it.
            next: Vec<Key>,
        },
        message: [
            "{phase}: pisin kesto täyttyy; {next}",
            "{phase}: den längsta tiden går ut; {next}",
            "{phase}: reaches its longest length; {next}",
        ],
    }

    /// A plan must be drawn up before the enrolment starts.
    Plan => PlanDue {
        type: "plan",
        label: ["suunnitelma", "plan", "plan"],
        fields: {},
        message: [
            "Suunnitelma laaditaan ennen palvelun alkua",
            "En plan upprättas före tjänstens början",
            "A plan is drawn up before the service starts",
        ],
    }

    /// The referral to the service is recorded.
    Referral => ReferralDue {
        type: "referral",
        label: ["ohjaus palveluun", "hänvisning till tjänsten", "referral"],
        fields: {},
        message: [
            "Palveluun ohjaus kirjataan",
            "Hänvisningen till tjänsten registreras",
            "The referral to the service is recorded",
        ],
    }

    /// A physiotherapist's initial assessment before the first group session.
    PhysiotherapyAssessment => PhysiotherapyAssessmentDue {
        type: "physiotherapy_assessment",
        label: ["fysioterapeutin alkukartoitus", "fysioterapeutens kartläggning", "physiotherapy assessment"],
        fields: {},
        message: [
            "Fysioterapeutin alkukartoitus ennen ensimmäistä ryhmäkertaa",
            "Fysioterapeutens inledande kartläggning före den första gruppträffen",
            "The physiotherapist's initial assessment before the first group session",
        ],
    }

    /// A doctor's health and wellbeing assessment is offered during the phase.
    HealthAssessment => HealthAssessmentDue {
        type: "health_assessment",
        label: ["terveys- ja hyvinvointiarvio", "hälso- och välmåendebedömning", "health assessment"],
        fields: {},
        message: [
            "{phase}: lääkärin terveys- ja hyvinvointiarvio tarjotaan",
            "{phase}: en läkares hälso- och välmåendebedömning erbjuds",
            "{phase}: a doctor's health and wellbeing assessment is offered",
        ],
    }

    /// A multiprofessional team of the professions the model asks for.
    Team => TeamDue {
        type: "team",
        label: ["moniammatillinen tiimi", "multiprofessionellt team", "multiprofessional team"],
        fields: {
            /// The fewest professions the model asks for.
            required: u32,
            /// The professions in the team.
            actual: u32,
        },
        message: [
            "Moniammatillinen tiimi: {actual}/{required} ammattia",
            "Multiprofessionellt team: {actual}/{required} yrken",
            "Multiprofessional team: {actual}/{required} professions",
        ],
    }

    /// A client coordinator for the days no one covers.
    Coordinator => CoordinatorDue {
        type: "coordinator",
        label: ["asiakasvastaava", "klientansvarig", "client coordinator"],
        fields: {},
        message: [
            "Asiakkaalle nimetään asiakasvastaava",
            "En klientansvarig utses för klienten",
            "A client coordinator is named for the client",
        ],
    }

    /// The first employer contact of IPS job coaching.
    EmployerContact => EmployerContactDue {
        type: "employer_contact",
        label: ["työnantajakontakti", "arbetsgivarkontakt", "employer contact"],
        fields: {},
        message: [
            "Ensimmäinen työnantajakontakti",
            "Den första arbetsgivarkontakten",
            "The first employer contact",
        ],
    }

    /// An individual meeting in a week of follow-along support after a job start.
    FollowAlong => FollowAlongDue {
        type: "follow_along",
        label: ["viikoittainen tuki työssä", "stöd varje vecka i arbetet", "weekly support at work"],
        fields: {
            /// The first working day.
            #[serde(deserialize_with = "crate::date_text::date")]
            job_start: NaiveDate,
            /// The week at work, from 1.
            week: u32,
        },
        message: [
            "Yksilötapaaminen työn {week}. viikolla (työ alkoi {job_start})",
            "Ett individuellt möte arbetsvecka {week} (arbetet började {job_start})",
            "An individual meeting in week {week} at work (the job started on {job_start})",
        ],
    }

    /// The next step of the client coordinator's workflow.
    WorkflowStep => WorkflowStepDue {
        type: "workflow_step",
        label: ["työnkulun vaihe", "steg i arbetsflödet", "workflow step"],
        fields: {
            /// The step.
            step: WorkflowStep,
        },
        message: [
            "Asiakasvastaavan työnkulku: {step}",
            "Den klientansvariges arbetsflöde: {step}",
            "Client coordinator's workflow: {step}",
        ],
    }

    /// An individual meeting after a job start.
    SupportAfterJobStart => SupportAfterJobStartDue {
        type: "support_after_job_start",
        label: ["tuki työn alettua", "stöd efter arbetsstarten", "support after job start"],
        fields: {
            /// The first working day.
            #[serde(deserialize_with = "crate::date_text::date")]
            job_start: NaiveDate,
        },
        message: [
            "Yksilötapaaminen työn alettua {job_start}",
            "Ett individuellt möte efter arbetsstarten {job_start}",
            "An individual meeting after the job start on {job_start}",
        ],
    }

    /// A plan is due for review.
    PlanReview => PlanReviewDue {
        type: "plan_review",
        label: ["suunnitelman tarkistus", "planens översyn", "plan review"],
        fields: {
            /// The day the plan was made.
            #[serde(deserialize_with = "crate::date_text::date")]
            plan_date: NaiveDate,
        },
        message: [
            "Suunnitelman {plan_date} tarkistus",
            "Översyn av planen från {plan_date}",
            "Review of the plan of {plan_date}",
        ],
    }

    /// The service is interrupted; the item is due when the client is expected back (or
    /// on the day asked about when no return is agreed).
    Return => ReturnDue {
        type: "return",
        label: ["paluu keskeytyksestä", "återkomst efter avbrott", "return from an interruption"],
        fields: {
            /// The first day of the interruption.
            #[serde(deserialize_with = "crate::date_text::date")]
            since: NaiveDate,
        },
        message: [
            "Palvelu keskeytynyt {since} alkaen: paluu",
            "Tjänsten avbruten sedan {since}: återkomst",
            "The service has been interrupted since {since}: return",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::rules::finding::ParamValue;
    use crate::service::record::period::Period;
    use declare::period_param;

    /// Every placeholder of a kind's message is `{phase}` or one of its fields, and every
    /// field is a placeholder, in every language.
    #[test]
    fn placeholders_are_the_fields_and_the_phase() {
        assert_eq!(DueKind::FIELDS.len(), DUE_KIND_LABELS.len());
        for ((tag, fields), (template_tag, template)) in
            DueKind::FIELDS.iter().zip(DueKind::TEMPLATES)
        {
            assert_eq!(tag, template_tag);
            for lang in Lang::ALL {
                let text = template.get(lang);
                let mut placeholders: Vec<&str> = text
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
                    .filter(|name| *name != "phase")
                    .collect();
                placeholders.sort_unstable();
                placeholders.dedup();
                // A kind's own `phase` field is its key; the placeholder is the name.
                let mut expected: Vec<&str> =
                    fields.iter().copied().filter(|f| *f != "phase").collect();
                expected.sort_unstable();
                assert_eq!(placeholders, expected, "{tag} {lang:?}: {text}");
            }
        }
    }

    #[test]
    fn a_period_renders_as_its_week_or_month() {
        let ParamValue::Periods {
            per, first, last, ..
        } = period_param("2024-W05")
        else {
            panic!("a week");
        };
        assert_eq!(per, Period::IsoWeek);
        assert_eq!(first, NaiveDate::from_ymd_opt(2024, 1, 29).expect("date"));
        assert_eq!(last, NaiveDate::from_ymd_opt(2024, 2, 4).expect("date"));
        assert!(matches!(
            period_param("2024-05"),
            ParamValue::Periods {
                per: Period::CalendarMonth,
                ..
            }
        ));
        assert!(matches!(period_param("soon"), ParamValue::Key { .. }));
    }
}
