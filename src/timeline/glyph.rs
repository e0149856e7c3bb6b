//! How each kind of event is drawn: a symbol declared once in the picture's `<defs>` and
//! placed with `<use>`, so a thousand meetings cost a thousand short lines, not a
//! thousand shapes; and how a finding's marker is named and coloured.

use super::svg::Svg;
use crate::i18n::Lang;
use crate::rules::finding::{Finding, Severity};
use crate::service::record::event::EventKind;

/// A symbol of the picture: its id and its SVG shape, centred on 0,0.
pub(super) struct Symbol {
    pub(super) id: &'static str,
    pub(super) shape: &'static str,
}

/// Every symbol, in the order `<defs>` lists them. Colours are the Okabe–Ito palette,
/// told apart by most colour-blind readers; the shapes differ too.
pub(super) const SYMBOLS: &[Symbol] = &[
    Symbol {
        id: "meeting",
        shape: r##"<circle r="4.5" fill="#0072b2"/>"##,
    },
    Symbol {
        id: "group",
        shape: r##"<rect x="-4.5" y="-4.5" width="9" height="9" fill="#009e73"/>"##,
    },
    Symbol {
        id: "work_day",
        shape: r##"<rect x="-1.5" y="-6" width="3" height="12" fill="#56b4e9"/>"##,
    },
    Symbol {
        id: "plan",
        shape: r##"<path d="M0-6 6 0 0 6-6 0z" fill="#cc79a7"/>"##,
    },
    Symbol {
        id: "assessment",
        shape: r##"<path d="M-1.5-5h3v3.5h3.5v3h-3.5v3.5h-3v-3.5h-3.5v-3h3.5z" fill="#d55e00"/>"##,
    },
    Symbol {
        id: "job_start",
        shape: r##"<path d="M0-6 6 5H-6z" fill="#000"/>"##,
    },
    Symbol {
        id: "job_end",
        shape: r##"<path d="M0 6 6-5H-6z" fill="#000"/>"##,
    },
    Symbol {
        id: "measurement",
        shape: r##"<path d="M0-5 5 4H-5z" fill="none" stroke="#e69f00" stroke-width="2"/>"##,
    },
    Symbol {
        id: "contact",
        shape: r##"<circle r="3" fill="none" stroke="#555" stroke-width="1.5"/>"##,
    },
    Symbol {
        id: "due",
        shape: r##"<path d="M0-6 6 0 0 6-6 0z" fill="#fff" stroke="#333" stroke-width="1.5"/>"##,
    },
];

/// The symbol an event of `kind` is drawn with; `None` for the kinds drawn as shading
/// (absence, interruption) or not drawn (a restart ends an interruption's shading).
pub(super) fn symbol_of(kind: EventKind) -> Option<&'static str> {
    Some(match kind {
        EventKind::IndividualMeeting => "meeting",
        EventKind::GroupSession => "group",
        EventKind::WorkActivityDay => "work_day",
        EventKind::Plan => "plan",
        EventKind::HealthAssessment
        | EventKind::PhysiotherapyAssessment
        | EventKind::WorkAbilityAssessment => "assessment",
        EventKind::JobStart => "job_start",
        EventKind::JobEnd => "job_end",
        EventKind::Absence | EventKind::Interruption | EventKind::Restart => return None,
        _ => "contact",
    })
}

/// The colour of a finding's marker.
pub(super) fn severity_colour(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "#c0392b",
        Severity::Warning => "#e69f00",
        Severity::Info => "#0072b2",
    }
}

/// A severity's JSON name, as the report writes it: the marker's `data-severity`, which
/// a page filters by.
pub(super) fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// A finding's marker opened: its group, named `finding-{n}` by the finding's place in
/// the report a page shows (so a page links the report's n-th finding to its marker),
/// with its severity, its code and a `<title>` of code and message. The caller draws the
/// shape and closes the group.
pub(super) fn finding_start(svg: &mut Svg, index: usize, finding: &Finding, lang: Lang) {
    let code = finding.code().as_str();
    let place = svg.first_finding.saturating_add(index);
    svg.raw(r#"<g id="finding-"#)
        .int(i64::try_from(place).unwrap_or(i64::MAX))
        .raw(r#"" class="finding" data-severity=""#)
        .raw(severity_name(finding.severity()))
        .raw("\" data-code=\"")
        .attr(code)
        .raw("\"><title>")
        .formatted(format_args!("{code}: {}", finding.message(lang)))
        .raw("</title>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_severity_is_named_as_the_report_names_it() {
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            assert_eq!(
                serde_json::to_value(severity).ok(),
                Some(serde_json::Value::from(severity_name(severity)))
            );
        }
    }
}
