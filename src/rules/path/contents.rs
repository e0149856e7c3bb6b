//! What a finished phase held: contacts in total and the themes covered.

use std::collections::BTreeSet;

use super::phases::phase_name;
use super::{Check, ended_before};
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::obligation::event_index::EventIndex;
use crate::service::record::path::{Enrolment, PhaseRecord};
use crate::service::spec::model_spec::{PhaseSpec, ServiceModelSpec};
use crate::source::SPEC;

rules! {
    /// A finished phase had fewer contacts of a kind than the model expects in total.
    PATH_TOTAL_COUNT_SHORT => TotalCountShort {
        code: "path.total_count_short",
        severity: Warning because "departs from the number of sessions the model's source describes",
        source: SPEC,
        parameters: [TOTAL_MIN_COUNT],
        params: { phase: ParamValue, event: ParamValue, required: u32, actual: u32 },
        title: ["Kertoja liian vähän", "För få tillfällen", "Too few in total"],
        message: [
            "{phase}: {event} {actual} kertaa, {required} edellytetään.",
            "{phase}: {event} {actual} gånger, {required} förutsätts.",
            "{phase}: {event} {actual} times; {required} expected.",
        ],
    }

    /// A finished phase did not cover a theme the model expects.
    PATH_THEME_NOT_COVERED => ThemeNotCovered {
        code: "path.theme_not_covered",
        severity: Warning because "departs from the contents the model's source describes",
        source: SPEC,
        parameters: [EXPECTED_THEMES],
        params: { phase: ParamValue, theme: ParamValue },
        title: ["Sisältö puuttuu", "Innehåll saknas", "Theme not covered"],
        message: [
            "{phase}: sisältöä {theme} ei käsitelty.",
            "{phase}: innehållet {theme} behandlades inte.",
            "{phase}: {theme} was not covered.",
        ],
    }

    /// A finished phase never met a theme the model offers as needed.
    PATH_OFFERED_THEME_NOT_MET => OfferedThemeNotMet {
        code: "path.offered_theme_not_met",
        severity: Info because "advice: the source offers the theme as a client or a group needs it, so its absence is no departure",
        source: SPEC,
        parameters: [OFFERED_THEMES],
        params: { phase: ParamValue, theme: ParamValue },
        title: ["Tarjottu sisältö ei toteutunut", "Erbjudet innehåll förekom inte", "Offered theme not met"],
        message: [
            "{phase}: tarpeen mukaan tarjottavaa sisältöä {theme} ei käsitelty.",
            "{phase}: innehållet {theme}, som erbjuds vid behov, behandlades inte.",
            "{phase}: {theme}, offered as needed, was not met.",
        ],
    }
}

impl Check<'_> {
    /// A missed total of a finished phase.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn total_short(
        &mut self,
        enrolment: &Enrolment,
        spec: &ServiceModelSpec,
        phase: usize,
        event: crate::service::record::event::EventKind,
        required: u32,
        done: u32,
        base: &JsonPointer,
    ) {
        let Some(record) = enrolment.phases.get(phase) else {
            return;
        };
        self.push(
            TotalCountShort {
                phase: phase_name(spec, &record.phase),
                event: ParamValue::term(event),
                required,
                actual: done,
            }
            .at(base.clone().field("phases").index(phase)),
        );
    }

    /// Themes, checked once the phase has ended. The record's pointer is built only for
    /// a finding.
    pub(super) fn themes(
        &mut self,
        enrolment: &Enrolment,
        events: &EventIndex,
        (index, record): (usize, &PhaseRecord),
        phase_spec: &PhaseSpec,
        base: &JsonPointer,
    ) {
        let at = || base.clone().field("phases").index(index);
        if (phase_spec.expected_themes.is_empty() && phase_spec.offered_themes.is_empty())
            || !ended_before(record.end, self.as_of)
        {
            return;
        }
        let covered: BTreeSet<_> = events
            .any_between(record.start, record.end)
            .filter_map(|index| enrolment.events.get(index))
            .flat_map(|event| event.themes().iter().copied())
            .collect();
        for theme in phase_spec
            .expected_themes
            .iter()
            .filter(|theme| !covered.contains(theme))
        {
            self.push(
                ThemeNotCovered {
                    phase: ParamValue::name(phase_spec.id.clone(), &phase_spec.name),
                    theme: ParamValue::term(*theme),
                }
                .at(at()),
            );
        }
        for theme in phase_spec
            .offered_themes
            .iter()
            .filter(|theme| !covered.contains(theme))
        {
            self.push(
                OfferedThemeNotMet {
                    phase: ParamValue::name(phase_spec.id.clone(), &phase_spec.name),
                    theme: ParamValue::term(*theme),
                }
                .at(at()),
            );
        }
    }
}
