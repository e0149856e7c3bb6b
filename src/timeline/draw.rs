//! Writing the picture: the layout of the bands and rows, element by element, through
//! the SVG writer: the crate's fixed markup as it stands, every text and attribute value
//! from a document or a model escaped with `quick-xml`'s escaping.

use std::fmt;

use chrono::{Duration, NaiveDate};

use super::glyph::{SYMBOLS, severity_colour, symbol_of};
use super::glyph_row::GlyphRow;
use super::place::{Place, of_finding, of_pointer};
use super::scale::{LEFT, Label, RIGHT, Scale};
use super::svg::Svg;
use super::words;
use crate::date_text::Iso;
use crate::i18n::{Lang, Vocabulary};
use crate::rules::finding::{Report, Severity};
use crate::service::planner::due_list::DueList;
use crate::service::record::event::EventKind;
use crate::service::record::path::{Enrolment, ServicePath};
use crate::service::spec::model_set::ServiceModels;

/// The height of the heading and the axis above the bands.
const TOP: f64 = 64.0;
/// The height of one enrolment's band, and where its rows are within it.
const BAND: f64 = 124.0;
const NAME_Y: f64 = 14.0;
const PHASE_Y: f64 = 20.0;
const EVENT_Y: f64 = 56.0;
const MEASUREMENT_Y: f64 = 74.0;
const FINDING_Y: f64 = 94.0;
const DUE_Y: f64 = 112.0;
/// The height of the legend.
const LEGEND: f64 = 78.0;

/// Everything one picture is drawn from.
pub(super) struct Picture<'a> {
    pub(super) path: &'a ServicePath,
    pub(super) report: &'a Report,
    pub(super) due: &'a DueList,
    pub(super) models: &'a ServiceModels,
    pub(super) as_of: NaiveDate,
    pub(super) lang: Lang,
    pub(super) scale: Scale,
}

impl Picture<'_> {
    /// The picture's width and height.
    pub(super) fn size(&self) -> (f64, f64) {
        let bands = self.path.enrolments.len().max(1);
        (
            LEFT + self.scale.width() + RIGHT,
            TOP + BAND * bands as f64 + LEGEND,
        )
    }

    pub(super) fn render(&self, svg: &mut Svg) {
        let (width, height) = self.size();
        svg.raw(r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby=""#)
            .id("timeline-title")
            .raw(" ")
            .id("timeline-desc")
            .root_size(width, height);
        svg.raw(r#"<title id=""#).id("timeline-title").raw("\">");
        self.title(svg);
        svg.raw(r#"</title><desc id=""#)
            .id("timeline-desc")
            .raw("\">");
        self.summary(svg);
        svg.raw("</desc><defs>");
        for symbol in SYMBOLS {
            svg.raw(r#"<g id=""#)
                .id(symbol.id)
                .raw("\">")
                .raw(symbol.shape)
                .raw("</g>");
        }
        svg.raw(r#"</defs><text x="12" y="22" font-size="15" font-weight="bold">"#);
        self.title(svg);
        svg.raw("</text>");
        self.axis(svg, height - LEGEND);
        for (index, enrolment) in self.path.enrolments.iter().enumerate() {
            self.band(svg, index, enrolment);
        }
        self.findings(svg);
        self.due_items(svg);
        self.lines(svg, height - LEGEND);
        self.legend(svg, height - LEGEND + 18.0);
        if svg.left_out > 0 {
            let count = i64::try_from(svg.left_out).unwrap_or(i64::MAX);
            svg.raw(r#"<text x="12" y=""#)
                .num(height - 8.0)
                .raw(r#"" class="left-out">"#)
                .fill(words::MORE.get(self.lang), |name, svg| {
                    if name != "count" {
                        return false;
                    }
                    svg.int(count);
                    true
                })
                .raw("</text>");
        }
        svg.raw("</svg>");
    }

    /// The picture's title: whose path it is (the client's id, never a name).
    fn title(&self, svg: &mut Svg) {
        svg.fill(words::TITLE.get(self.lang), |name, svg| {
            if name != "client" {
                return false;
            }
            svg.text(self.path.client.as_str());
            true
        });
    }

    /// The `<desc>`: the enrolments, their days and the findings by severity.
    fn summary(&self, svg: &mut Svg) {
        let count = |severity: Severity| {
            self.report
                .iter()
                .filter(|finding| finding.severity() == severity)
                .count()
        };
        let first = self.path.enrolments.iter().map(|e| e.start).min();
        let last = self.path.enrolments.iter().filter_map(|e| e.end).max();
        let whole = |count: usize| i64::try_from(count).unwrap_or(i64::MAX);
        svg.fill(words::SUMMARY.get(self.lang), |name, svg| {
            match name {
                "enrolments" => svg.int(whole(self.path.enrolments.len())),
                "first" => until(svg, first),
                "last" => until(svg, last),
                "as_of" => svg.day(self.as_of),
                "errors" => svg.int(whole(count(Severity::Error))),
                "warnings" => svg.int(whole(count(Severity::Warning))),
                "infos" => svg.int(whole(count(Severity::Info))),
                "due" => svg.int(whole(self.due.items.len())),
                _ => return false,
            };
            true
        });
    }

    fn band_top(index: usize) -> f64 {
        TOP + BAND * index as f64
    }

    /// A line and a label per tick: the lines as one path (a second, stronger, for the
    /// ticks that start a year), the labels in one group at their height, so that a
    /// tick is its x and its label (a line and a text with all their attributes each
    /// were a sixth of drawing the README's path).
    fn axis(&self, svg: &mut Svg, bottom: f64) {
        let ticks = self.scale.ticks();
        let mut line = Svg::piece();
        line.raw(" ").num(TOP - 14.0).raw("V").num(bottom);
        svg.raw(r#"<g class="axis">"#);
        for (year, stroke) in [
            (false, r##"" stroke="#ddd"/>"##),
            (true, r##"" stroke="#666" stroke-width="1.5"/>"##),
        ] {
            let mut lines = ticks.iter().filter(|tick| tick.year == year).peekable();
            if lines.peek().is_none() {
                continue;
            }
            svg.raw(r#"<path d=""#);
            for tick in lines {
                svg.raw("M")
                    .tenths(self.scale.x_tenths(tick.date))
                    .copy(&line);
            }
            svg.raw(stroke);
        }
        svg.raw(r##"<g fill="#444" transform="translate(0 "##)
            .num(TOP - 18.0)
            .raw(")\">");
        for tick in &ticks {
            svg.raw("<text x=\"")
                .tenths(self.scale.x_tenths(tick.date))
                .raw("\">");
            match tick.label {
                Label::Year(year) => svg.int(year.into()),
                Label::Month(number) => two_digits(svg, number),
                Label::Week(number) => two_digits(svg.raw("W"), number),
            };
            svg.raw("</text>");
        }
        svg.raw("</g></g>");
    }

    fn band(&self, svg: &mut Svg, index: usize, enrolment: &Enrolment) {
        let top = Self::band_top(index);
        let spec = self.models.get(&enrolment.model);
        svg.raw(r#"<g class="enrolment" data-enrolment=""#)
            .int(i64::try_from(index).unwrap_or(i64::MAX))
            .raw("\">");
        let name = spec.map_or_else(
            || enrolment.model.to_string(),
            |spec| spec.name.get(self.lang).to_owned(),
        );
        let end = enrolment.end.unwrap_or(self.as_of.max(enrolment.start));
        self.rect(
            svg,
            enrolment.start,
            end,
            (top + 2.0, BAND - 4.0),
            "#f6f6f6",
            "band",
            None,
        );
        svg.raw("<text x=\"")
            .tenths(self.scale.x_tenths(enrolment.start) + 40)
            .raw("\" y=\"")
            .num(top + NAME_Y)
            .raw(r#"" font-weight="bold">"#)
            .text(&name)
            .raw(" ")
            .day(enrolment.start)
            .raw("–");
        until(svg, enrolment.end).raw("</text>");
        for (row, y) in [
            (words::PHASES, PHASE_Y + 14.0),
            (words::EVENTS, EVENT_Y + 4.0),
            (words::MEASUREMENTS, MEASUREMENT_Y + 4.0),
            (words::FINDINGS, FINDING_Y + 4.0),
            (words::DUE, DUE_Y + 4.0),
        ] {
            svg.raw(r#"<text x="12" y=""#)
                .num(top + y)
                .raw(r##"" fill="#555">"##)
                .text(row.get(self.lang))
                .raw("</text>");
        }
        self.away(svg, enrolment, top);
        for record in &enrolment.phases {
            let name = spec
                .and_then(|spec| spec.phases.iter().find(|phase| phase.id == record.phase))
                .map_or_else(
                    || record.phase.to_string(),
                    |phase| phase.name.get(self.lang).to_owned(),
                );
            let last = record.end.unwrap_or(end);
            self.rect(
                svg,
                record.start,
                last,
                (top + PHASE_Y, 20.0),
                "#b9d7ea",
                "phase",
                Some(&|svg: &mut Svg| {
                    svg.text(&name).raw(" ").day(record.start).raw("–");
                    until(svg, record.end);
                }),
            );
            svg.raw("<text x=\"")
                .tenths(self.scale.x_tenths(record.start) + 40)
                .raw("\" y=\"")
                .num(top + PHASE_Y + 14.0)
                .raw(r#"" class="phase-name">"#)
                .text(&name)
                .raw("</text>");
        }
        svg.raw(r#"<g class="events" transform="translate(0 "#)
            .num(top + EVENT_Y)
            .raw(")\">");
        let mut glyphs = GlyphRow::new();
        for event in &enrolment.events {
            let kind = event.kind();
            let Some(id) = symbol_of(kind) else { continue };
            let date = event.date();
            // The kind's place in the vocabulary: the row's key for its glyph's text.
            glyphs.draw(
                svg,
                kind as usize,
                id,
                || kind.label(self.lang),
                self.scale.middle_tenths(date),
                date,
            );
        }
        svg.raw("</g>");
        for measurement in &enrolment.measurements {
            svg.symbol(
                "measurement",
                (
                    self.scale.middle_tenths(measurement.date),
                    top + MEASUREMENT_Y,
                ),
                "measurement",
                |svg| {
                    svg.text(words::MEASUREMENT.get(self.lang))
                        .raw(": ")
                        .text(measurement.instrument().label(self.lang))
                        .raw(" ")
                        .day(measurement.date);
                },
            );
        }
        svg.raw("</g>");
    }

    /// Absences and interruptions, shaded behind the contacts with their reason.
    fn away(&self, svg: &mut Svg, enrolment: &Enrolment, top: f64) {
        let end = enrolment.end.unwrap_or(self.as_of.max(enrolment.start));
        for (at, event) in enrolment.events.iter().enumerate() {
            let (first, last, reason) = match event {
                crate::Event::Absence {
                    date,
                    until,
                    reason,
                    ..
                } => (*date, *until, reason.label(self.lang)),
                crate::Event::Interruption { date, reason, .. } => {
                    let back = enrolment.events[at + 1..]
                        .iter()
                        .find(|later| later.kind() == EventKind::Restart && later.date() >= *date)
                        .map_or(end, |restart| restart.date() - Duration::days(1));
                    (*date, back.max(*date), reason.label(self.lang))
                }
                _ => continue,
            };
            if !svg.mark() {
                continue;
            }
            let kind = event.kind().label(self.lang);
            self.rect(
                svg,
                first,
                last,
                (top + EVENT_Y - 12.0, MEASUREMENT_Y - EVENT_Y + 24.0),
                "#d9d9d9",
                "away",
                Some(&|svg: &mut Svg| {
                    svg.text(kind)
                        .raw(" ")
                        .day(first)
                        .raw("–")
                        .day(last)
                        .raw(": ")
                        .text(reason);
                }),
            );
        }
    }

    /// A bar over the days `first..=last` at `y`, `height` high, with a `<title>` if given.
    #[allow(clippy::too_many_arguments)]
    fn rect(
        &self,
        svg: &mut Svg,
        first: NaiveDate,
        last: NaiveDate,
        (y, height): (f64, f64),
        fill: &'static str,
        class: &'static str,
        title: Option<&dyn Fn(&mut Svg)>,
    ) {
        svg.raw("<rect x=\"")
            .tenths(self.scale.x_tenths(first))
            .raw("\" y=\"")
            .num(y)
            .raw("\" width=\"")
            .tenths(self.scale.span_tenths(first, last.max(first)))
            .raw("\" height=\"")
            .num(height)
            .raw("\" fill=\"")
            .raw(fill)
            .raw("\" class=\"")
            .raw(class);
        match title {
            Some(title) => {
                svg.raw("\"><title>");
                title(svg);
                svg.raw("</title></rect>");
            }
            None => {
                svg.raw("\"/>");
            }
        }
    }

    /// Each finding at the days it concerns, in its enrolment's band (the first band
    /// for the path's own), coloured by severity.
    fn findings(&self, svg: &mut Svg) {
        for (index, finding) in self.report.iter().enumerate() {
            if !svg.mark() {
                continue;
            }
            let Place { band, first, last } = of_finding(finding, self.path, self.as_of);
            let y = Self::band_top(band.unwrap_or(0)) + FINDING_Y;
            let severity = finding.severity();
            let colour = severity_colour(severity);
            super::glyph::finding_start(svg, index, finding, self.lang);
            if last > first {
                svg.raw("<rect x=\"")
                    .tenths(self.scale.x_tenths(first))
                    .raw("\" y=\"")
                    .num(y - 2.0)
                    .raw("\" width=\"")
                    .tenths(self.scale.span_tenths(first, last))
                    .raw(r#"" height="4" fill=""#)
                    .raw(colour)
                    .raw(r#"" opacity="0.6"/>"#);
            }
            svg.raw("<circle cx=\"")
                .tenths(self.scale.middle_tenths(first))
                .raw("\" cy=\"")
                .num(y)
                .raw(r#"" r="5" fill=""#)
                .raw(colour)
                .raw(r##"" stroke="#fff"/></g>"##);
        }
    }

    /// What is due, as hollow diamonds at the due date in its enrolment's band.
    fn due_items(&self, svg: &mut Svg) {
        for item in &self.due.items {
            let place = of_pointer(&item.path, self.path, item.due);
            let y = Self::band_top(place.band.unwrap_or(0)) + DUE_Y;
            let message = item.message(self.lang);
            svg.symbol(
                "due",
                (self.scale.middle_tenths(item.due), y),
                "due",
                |svg| {
                    svg.text(item.status.label(self.lang))
                        .raw(" ")
                        .day(item.due)
                        .raw(": ")
                        .text(&message);
                },
            );
        }
    }

    /// The `as_of` line, and the closure's.
    fn lines(&self, svg: &mut Svg, bottom: f64) {
        let line = |svg: &mut Svg,
                    date: NaiveDate,
                    dash: &'static str,
                    label: fmt::Arguments<'_>,
                    class: &'static str| {
            let x = self.scale.x_tenths(date);
            svg.raw("<line x1=\"")
                .tenths(x)
                .raw("\" x2=\"")
                .tenths(x)
                .raw("\" y1=\"")
                .num(TOP - 6.0)
                .raw("\" y2=\"")
                .num(bottom)
                .raw(r##"" stroke="#222" stroke-width="1.5" stroke-dasharray=""##)
                .raw(dash)
                .raw("\" class=\"")
                .raw(class)
                .raw("\"/><text x=\"")
                .tenths(x)
                .raw("\" y=\"")
                .num(TOP - 30.0)
                .raw(r##"" text-anchor="middle" fill="#222">"##)
                .formatted(label)
                .raw("</text>");
        };
        line(
            svg,
            self.as_of,
            "5 3",
            format_args!("{} {}", words::AS_OF.get(self.lang), Iso(self.as_of)),
            "as-of",
        );
        if let Some(closure) = &self.path.closure {
            line(
                svg,
                closure.date,
                "none",
                format_args!(
                    "{}: {}",
                    words::CLOSED.get(self.lang),
                    closure.outcome.label(self.lang)
                ),
                "closure",
            );
        }
    }
}

/// The last day of something that may still run: the day, or nothing.
fn until(svg: &mut Svg, last: Option<NaiveDate>) -> &mut Svg {
    match last {
        Some(day) => svg.day(day),
        None => svg,
    }
}

/// A month or a week of the axis as two digits (`02`, `W05`).
fn two_digits(svg: &mut Svg, number: u32) -> &mut Svg {
    if number < 10 {
        svg.raw("0");
    }
    svg.int(number.into())
}
