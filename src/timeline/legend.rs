//! The legend, and the picture drawn instead for a path over the limits.

use super::draw::Picture;
use super::glyph::severity_colour;
use super::svg::{Svg, number};
use super::words::{self, fill};
use crate::i18n::{Lang, Vocabulary};
use crate::rules::finding::{Report, Severity};
use crate::service::record::event::EventKind;

impl Picture<'_> {
    /// Symbols and colours with their names in the reader's language.
    pub(super) fn legend(&self, svg: &mut Svg, y: f64) {
        let lang = self.lang;
        let entries: Vec<(&str, String)> = vec![
            (
                "meeting",
                EventKind::IndividualMeeting.label(lang).to_owned(),
            ),
            ("group", EventKind::GroupSession.label(lang).to_owned()),
            (
                "work_day",
                EventKind::WorkActivityDay.label(lang).to_owned(),
            ),
            ("plan", EventKind::Plan.label(lang).to_owned()),
            (
                "assessment",
                EventKind::HealthAssessment.label(lang).to_owned(),
            ),
            ("job_start", EventKind::JobStart.label(lang).to_owned()),
            ("job_end", EventKind::JobEnd.label(lang).to_owned()),
            ("measurement", words::MEASUREMENT.get(lang).to_owned()),
            ("due", words::DUE.get(lang).to_owned()),
        ];
        svg.open("g", &[("class", "legend")]);
        let mut x = 20.0;
        for (id, name) in &entries {
            let (sx, sy, tx, ty) = (number(x), number(y), number(x + 10.0), number(y + 4.0));
            let href = format!("#{id}");
            svg.empty("use", &[("href", &href), ("x", &sx), ("y", &sy)]);
            svg.text("text", &[("x", &tx), ("y", &ty)], name);
            x += 22.0 + 6.0 * name.chars().count() as f64;
        }
        let mut x = 20.0;
        let y2 = y + 26.0;
        let away = words::AWAY.get(lang);
        let (rx, ry, tx, ty) = (
            number(x - 6.0),
            number(y2 - 7.0),
            number(x + 10.0),
            number(y2 + 4.0),
        );
        svg.empty(
            "rect",
            &[
                ("x", &rx),
                ("y", &ry),
                ("width", "12"),
                ("height", "12"),
                ("fill", "#d9d9d9"),
            ],
        );
        svg.text("text", &[("x", &tx), ("y", &ty)], away);
        x += 22.0 + 6.0 * away.chars().count() as f64;
        let heading = format!("{}:", words::FINDINGS.get(lang));
        let (hx, hy) = (number(x), number(y2 + 4.0));
        svg.text("text", &[("x", &hx), ("y", &hy)], &heading);
        x += 12.0 + 6.0 * heading.chars().count() as f64;
        for severity in Severity::ALL {
            let (cx, cy, tx, ty) = (number(x), number(y2), number(x + 9.0), number(y2 + 4.0));
            svg.empty(
                "circle",
                &[
                    ("cx", &cx),
                    ("cy", &cy),
                    ("r", "5"),
                    ("fill", severity_colour(*severity)),
                ],
            );
            let label = severity.label(lang);
            svg.text("text", &[("x", &tx), ("y", &ty)], label);
            x += 22.0 + 6.0 * label.chars().count() as f64;
        }
        let phases = words::PHASES.get(lang);
        let (px, py, tx, ty) = (
            number(x),
            number(y2 - 7.0),
            number(x + 20.0),
            number(y2 + 4.0),
        );
        svg.empty(
            "rect",
            &[
                ("x", &px),
                ("y", &py),
                ("width", "16"),
                ("height", "12"),
                ("fill", "#b9d7ea"),
            ],
        );
        svg.text("text", &[("x", &tx), ("y", &ty)], phases);
        svg.close("g");
    }
}

/// The picture of a path over the validation limits: a note saying so, nothing drawn.
pub(super) fn placeholder(over: &Report, lang: Lang) -> String {
    let what = over
        .iter()
        .map(|finding| finding.message(lang))
        .collect::<Vec<_>>()
        .join(" ");
    let text = fill(words::TOO_LARGE.get(lang), &[("what", what)]);
    let mut svg = Svg::new();
    svg.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("role", "img"),
            ("aria-labelledby", "timeline-title"),
            ("width", "640"),
            ("height", "60"),
            ("viewBox", "0 0 640 60"),
            ("font-family", "sans-serif"),
            ("font-size", "12"),
        ],
    );
    svg.text("title", &[("id", "timeline-title")], &text);
    svg.text(
        "text",
        &[("x", "12"), ("y", "32"), ("class", "placeholder")],
        &text,
    );
    svg.close("svg");
    svg.finish()
}
