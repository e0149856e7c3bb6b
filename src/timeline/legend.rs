//! The legend, and the picture drawn instead for a path over the limits.

use std::sync::LazyLock;

use super::draw::Picture;
use super::glyph::severity_colour;
use super::svg::Svg;
use super::words::{self, fill};
use crate::i18n::{Lang, Vocabulary};
use crate::rules::finding::{Report, Severity};
use crate::service::record::event::EventKind;

impl Picture<'_> {
    /// Symbols and colours with their names in the reader's language, in two rows, moved
    /// down to `y`. The legend of a path alone is the same markup for every picture in a
    /// language: written once per process and copied (writing it was a sixth of drawing
    /// the README's path); a client record's paths write theirs, their symbols' ids
    /// prefixed.
    pub(super) fn legend(&self, svg: &mut Svg, y: f64) {
        svg.raw(r#"<g class="legend" transform="translate(0 "#)
            .num(y)
            .raw(")\">");
        match svg.path {
            None => {
                static LEGENDS: LazyLock<[Svg; 3]> = LazyLock::new(|| {
                    Lang::ALL.map(|lang| {
                        let mut legend = Svg::piece();
                        entries(&mut legend, lang);
                        legend
                    })
                });
                let at = Lang::ALL.iter().position(|lang| *lang == self.lang);
                if let Some(legend) = at.and_then(|at| LEGENDS.get(at)) {
                    svg.copy(legend);
                }
            }
            Some(_) => entries(svg, self.lang),
        }
        svg.raw("</g>");
    }
}

/// The legend's entries, its first row at the height 0: each row's heights are written
/// once and copied to its entries.
fn entries(svg: &mut Svg, lang: Lang) {
    let entries = [
        ("meeting", EventKind::IndividualMeeting.label(lang)),
        ("group", EventKind::GroupSession.label(lang)),
        ("work_day", EventKind::WorkActivityDay.label(lang)),
        ("plan", EventKind::Plan.label(lang)),
        ("assessment", EventKind::HealthAssessment.label(lang)),
        ("job_start", EventKind::JobStart.label(lang)),
        ("job_end", EventKind::JobEnd.label(lang)),
        ("measurement", words::MEASUREMENT.get(lang)),
        ("due", words::DUE.get(lang)),
    ];
    let (symbol_y, text_y) = (height(0.0, "\"/>"), height(4.0, "\">"));
    let mut x = 20.0;
    for (id, name) in entries {
        svg.raw("<use href=\"#")
            .id(id)
            .raw("\" x=\"")
            .num(x)
            .copy(&symbol_y);
        label(svg, x + 10.0, &text_y, name, "");
        x += 22.0 + 6.0 * name.chars().count() as f64;
    }
    let mut x = 20.0;
    let y2 = 26.0;
    let text_y = height(y2 + 4.0, "\">");
    let away = words::AWAY.get(lang);
    svg.raw("<rect x=\"")
        .num(x - 6.0)
        .raw("\" y=\"")
        .num(y2 - 7.0)
        .raw(r##"" width="12" height="12" fill="#d9d9d9"/>"##);
    label(svg, x + 10.0, &text_y, away, "");
    x += 22.0 + 6.0 * away.chars().count() as f64;
    let heading = words::FINDINGS.get(lang);
    label(svg, x, &text_y, heading, ":");
    // The heading and its colon.
    x += 12.0 + 6.0 * (heading.chars().count() + 1) as f64;
    let mut circle_y = Svg::piece();
    circle_y.raw("\" cy=\"").num(y2).raw(r#"" r="5" fill=""#);
    for severity in Severity::ALL {
        svg.raw("<circle cx=\"")
            .num(x)
            .copy(&circle_y)
            .raw(severity_colour(*severity))
            .raw("\"/>");
        let name = severity.label(lang);
        label(svg, x + 9.0, &text_y, name, "");
        x += 22.0 + 6.0 * name.chars().count() as f64;
    }
    svg.raw("<rect x=\"")
        .num(x)
        .raw("\" y=\"")
        .num(y2 - 7.0)
        .raw(r##"" width="16" height="12" fill="#b9d7ea"/>"##);
    let phases = words::PHASES.get(lang);
    label(svg, x + 20.0, &text_y, phases, "");
}

/// The markup from a row's height to what follows it: `" y="206.0"/>` and the like.
fn height(y: f64, then: &'static str) -> Svg {
    let mut piece = Svg::piece();
    piece.raw("\" y=\"").num(y).raw(then);
    piece
}

/// A legend's text at `x` and the row's height (`height`'s piece): a word of the
/// crate's and its punctuation.
fn label(svg: &mut Svg, x: f64, y: &Svg, text: &str, punctuation: &'static str) {
    svg.raw("<text x=\"")
        .num(x)
        .copy(y)
        .text(text)
        .raw(punctuation)
        .raw("</text>");
}

/// The width and height of [`placeholder`]'s picture.
pub(super) const PLACEHOLDER_SIZE: (f64, f64) = (640.0, 60.0);

/// The picture of a path over the validation limits: a note saying so, nothing drawn.
pub(super) fn placeholder(over: &Report, lang: Lang, svg: &mut Svg) {
    let what = over
        .iter()
        .map(|finding| finding.message(lang))
        .collect::<Vec<_>>()
        .join(" ");
    let text = fill(words::TOO_LARGE.get(lang), &[("what", what)]);
    svg.raw(r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby=""#)
        .id("timeline-title")
        .raw(concat!(
            r#"" width="640" height="60" viewBox="0 0 640 60""#,
            r#" font-family="sans-serif" font-size="12"><title id=""#
        ))
        .id("timeline-title")
        .raw("\">")
        .text(&text)
        .raw(r#"</title><text x="12" y="32" class="placeholder">"#)
        .text(&text)
        .raw("</text></svg>");
}
