//! Measurements at the start and the end of a phase.

use chrono::NaiveDate;

use super::Check;
use super::phases::phase_name;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::measurement::InstrumentKind;
use crate::service::path::Enrolment;
use crate::service::spec::ServiceModelSpec;
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
