//! Measurements at the start and the end of a phase.

use chrono::NaiveDate;

use super::Check;
use super::phases::phase_name;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::path::Enrolment;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::source::SPEC;

rules! {
    /// A phase's start measurement was not taken within the window after its start.
    PATH_START_MEASUREMENT_MISSING => StartMeasurementMissing {
        code: "path.start_measurement_missing",
        severity: Warning because "departs from the measuring the model's source describes; the window is a derived default",
        source: SPEC,
        parameters: [MEASUREMENTS_AT_START, MEASUREMENT_WINDOW_DAYS],
        params: { phase: ParamValue, instrument: ParamValue, due: NaiveDate },
        title: ["Alkumittaus puuttuu", "Startmätning saknas", "Start measurement missing"],
        message: [
            "{phase}: alkumittaus {instrument} puuttuu (määräpäivä {due}).",
            "{phase}: startmätningen {instrument} saknas (senast {due}).",
            "{phase}: the start measurement {instrument} is missing (due {due}).",
        ],
    }

    /// A measurement recorded as not done, with its reason: it answers the phase's
    /// measurement duty; a reader may want to plan another way to follow the change.
    PATH_MEASUREMENT_NOT_DONE => MeasurementNotDone {
        code: "path.measurement_not_done",
        severity: Info because "advice: a measurement not done for a recorded reason keeps to practice; its change is then followed another way",
        source: SPEC,
        parameters: [MEASUREMENTS_AT_START, MEASUREMENTS_AT_END],
        params: { instrument: ParamValue, date: NaiveDate, reason: ParamValue },
        title: ["Mittaus jäi tekemättä", "Mätningen gjordes inte", "Measurement not done"],
        message: [
            "{instrument} jäi tekemättä {date}: {reason}.",
            "{instrument} gjordes inte {date}: {reason}.",
            "The {instrument} was not done on {date}: {reason}.",
        ],
    }

    /// A finished phase's end measurement was not taken within the window around its end.
    PATH_END_MEASUREMENT_MISSING => EndMeasurementMissing {
        code: "path.end_measurement_missing",
        severity: Warning because "departs from the measuring the model's source describes; the window is a derived default",
        source: SPEC,
        parameters: [MEASUREMENTS_AT_END, MEASUREMENT_WINDOW_DAYS],
        params: { phase: ParamValue, instrument: ParamValue },
        title: ["Loppumittaus puuttuu", "Slutmätning saknas", "End measurement missing"],
        message: [
            "{phase}: loppumittaus {instrument} puuttuu.",
            "{phase}: slutmätningen {instrument} saknas.",
            "{phase}: the end measurement {instrument} is missing.",
        ],
    }
}

impl Check<'_> {
    /// Every measurement recorded as not done, as advice.
    pub(super) fn measurements_not_done(&mut self, enrolment: &Enrolment, base: &JsonPointer) {
        for (index, not_done) in enrolment.measurements_not_done.iter().enumerate() {
            self.push(
                MeasurementNotDone {
                    instrument: ParamValue::term(not_done.instrument),
                    date: not_done.date,
                    reason: ParamValue::term(not_done.reason),
                }
                .at(base.clone().field("measurements_not_done").index(index)),
            );
        }
    }

    /// A missed start (`start` true) or end measurement.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn measurement_missing(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        phase: usize,
        instrument: InstrumentKind,
        start: bool,
        due: NaiveDate,
        base: &JsonPointer,
    ) {
        let Some(record) = enrolment.phases.get(phase) else {
            return;
        };
        let name = phase_name(spec, &record.phase);
        let instrument = ParamValue::term(instrument);
        let at = base.clone().field("measurements");
        self.push(if start {
            StartMeasurementMissing {
                phase: name,
                instrument,
                due,
            }
            .at(at)
        } else {
            EndMeasurementMissing {
                phase: name,
                instrument,
            }
            .at(at)
        });
    }
}
