//! The picture's own words in Finnish, Swedish and English (everything else it shows is a
//! label or message the crate already has).

use crate::i18n::Labels;

pub(super) const TITLE: Labels = Labels {
    fi: "Asiakkaan {client} palvelupolku",
    sv: "Klientens {client} servicestig",
    en: "Service path of client {client}",
};

pub(super) const RECORD_TITLE: Labels = Labels {
    fi: "Asiakkaan {client} palvelupolut: {paths}",
    sv: "Klientens {client} servicestigar: {paths}",
    en: "Service paths of client {client}: {paths}",
};

pub(super) const RECORD_SUMMARY: Labels = Labels {
    fi: "{paths} palvelupolkua, tilanne {as_of}. Havainnot: {errors} virhettä, {warnings} varoitusta, {infos} huomiota. Tulossa: {due}.",
    sv: "{paths} servicestigar, läget {as_of}. Anmärkningar: {errors} fel, {warnings} varningar, {infos} upplysningar. På kommande: {due}.",
    en: "{paths} service paths, as of {as_of}. Findings: {errors} errors, {warnings} warnings, {infos} info. Due: {due}.",
};

pub(super) const CLIENT: Labels = Labels {
    fi: "Asiakas",
    sv: "Klient",
    en: "Client",
};

pub(super) const MORE_PATHS: Labels = Labels {
    fi: "{count} palvelupolkua jätetty pois kuvan koon vuoksi",
    sv: "{count} servicestigar utelämnade för bildens storlek",
    en: "{count} service paths left out to keep the picture small",
};

pub(super) const SUMMARY: Labels = Labels {
    fi: "{enrolments} palvelujaksoa {first}–{last}, tilanne {as_of}. Havainnot: {errors} virhettä, {warnings} varoitusta, {infos} huomiota. Tulossa: {due}.",
    sv: "{enrolments} tjänsteperioder {first}–{last}, läget {as_of}. Anmärkningar: {errors} fel, {warnings} varningar, {infos} upplysningar. På kommande: {due}.",
    en: "{enrolments} enrolments {first}–{last}, as of {as_of}. Findings: {errors} errors, {warnings} warnings, {infos} info. Due: {due}.",
};

pub(super) const AS_OF: Labels = Labels {
    fi: "tilanne",
    sv: "läget",
    en: "as of",
};

pub(super) const PHASES: Labels = Labels {
    fi: "Vaiheet",
    sv: "Faser",
    en: "Phases",
};

pub(super) const EVENTS: Labels = Labels {
    fi: "Tapahtumat",
    sv: "Händelser",
    en: "Events",
};

pub(super) const MEASUREMENTS: Labels = Labels {
    fi: "Mittaukset",
    sv: "Mätningar",
    en: "Measurements",
};

pub(super) const FINDINGS: Labels = Labels {
    fi: "Havainnot",
    sv: "Anmärkningar",
    en: "Findings",
};

pub(super) const DUE: Labels = Labels {
    fi: "Tulossa",
    sv: "På kommande",
    en: "Due",
};

pub(super) const MEASUREMENT: Labels = Labels {
    fi: "Mittaus",
    sv: "Mätning",
    en: "Measurement",
};

pub(super) const AWAY: Labels = Labels {
    fi: "Poissa, keskeytys tai suljettu",
    sv: "Frånvaro, avbrott eller stängt",
    en: "Away, interrupted or closed",
};

pub(super) const CLOSED: Labels = Labels {
    fi: "Päättynyt",
    sv: "Avslutad",
    en: "Closed",
};

pub(super) const MORE: Labels = Labels {
    fi: "{count} merkintää jätetty pois kuvan koon vuoksi",
    sv: "{count} markeringar utelämnade för bildens storlek",
    en: "{count} marks left out to keep the picture small",
};

pub(super) const TOO_LARGE: Labels = Labels {
    fi: "Polku ylittää tarkistuksen rajat, joten siitä ei piirretä kuvaa: {what}.",
    sv: "Stigen överskrider kontrollens gränser, så ingen bild ritas: {what}.",
    en: "The path is over the validation limits, so no picture is drawn: {what}.",
};

/// `template` with each `{name}` replaced by its value.
pub(super) fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut text = String::with_capacity(template.len() + 32);
    crate::template::fill(template, &mut text, |name, out| {
        match values.iter().find(|(known, _)| *known == name) {
            Some((_, value)) => {
                out.push_str(value);
                true
            }
            None => false,
        }
    });
    text
}
