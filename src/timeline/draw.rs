//! Writing the picture: the layout of the bands and rows, element by element, through
//! the SVG writer, which escapes every text and attribute with `quick-xml`'s escaping.

use std::fmt;

use chrono::{Duration, NaiveDate};

use super::glyph::{SYMBOLS, severity_colour, severity_name, symbol_of};
use super::place::{Place, of_finding, of_pointer};
use super::scale::{LEFT, RIGHT, Scale};
use super::svg::{Svg, Title, number};
use super::words::{self, fill};
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

/// The last day of something that may still run: the day, or nothing.
struct Until(Option<NaiveDate>);

impl fmt::Display for Until {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.map_or(Ok(()), |day| Iso(day).fmt(f))
    }
}

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
    pub(super) fn render(&self) -> String {
        let bands = self.path.enrolments.len().max(1);
        let width = LEFT + self.scale.width() + RIGHT;
        let height = TOP + BAND * bands as f64 + LEGEND;
        let mut svg = Svg::new();
        let (w, h) = (number(width), number(height));
        let view = format!("0 0 {w} {h}");
        svg.open(
            "svg",
            &[
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("role", "img"),
                ("aria-labelledby", "timeline-title timeline-desc"),
                ("width", &w),
                ("height", &h),
                ("viewBox", &view),
                ("font-family", "sans-serif"),
                ("font-size", "11"),
            ],
        );
        let title = fill(
            words::TITLE.get(self.lang),
            &[("client", self.path.client.to_string())],
        );
        svg.text("title", &[("id", "timeline-title")], &title);
        svg.text("desc", &[("id", "timeline-desc")], &self.summary());
        svg.open("defs", &[]);
        for symbol in SYMBOLS {
            svg.open("g", &[("id", symbol.id)]);
            svg.markup(symbol.shape);
            svg.close("g");
        }
        svg.close("defs");
        svg.text(
            "text",
            &[
                ("x", "12"),
                ("y", "22"),
                ("font-size", "15"),
                ("font-weight", "bold"),
            ],
            &title,
        );
        self.axis(&mut svg, height - LEGEND);
        for (index, enrolment) in self.path.enrolments.iter().enumerate() {
            self.band(&mut svg, index, enrolment);
        }
        self.findings(&mut svg);
        self.due_items(&mut svg);
        self.lines(&mut svg, height - LEGEND);
        self.legend(&mut svg, height - LEGEND + 18.0);
        if svg.left_out > 0 {
            let note = fill(
                words::MORE.get(self.lang),
                &[("count", svg.left_out.to_string())],
            );
            let y = number(height - 8.0);
            svg.text(
                "text",
                &[("x", "12"), ("y", &y), ("class", "left-out")],
                &note,
            );
        }
        svg.close("svg");
        svg.finish()
    }

    /// The `<desc>`: the enrolments, their days and the findings by severity.
    fn summary(&self) -> String {
        let count = |severity: Severity| {
            self.report
                .iter()
                .filter(|finding| finding.severity() == severity)
                .count()
                .to_string()
        };
        let first = self.path.enrolments.iter().map(|e| e.start).min();
        let last = self.path.enrolments.iter().filter_map(|e| e.end).max();
        let day = |date: Option<NaiveDate>| Until(date).to_string();
        fill(
            words::SUMMARY.get(self.lang),
            &[
                ("enrolments", self.path.enrolments.len().to_string()),
                ("first", day(first)),
                ("last", day(last)),
                ("as_of", Iso(self.as_of).to_string()),
                ("errors", count(Severity::Error)),
                ("warnings", count(Severity::Warning)),
                ("infos", count(Severity::Info)),
                ("due", self.due.items.len().to_string()),
            ],
        )
    }

    fn band_top(index: usize) -> f64 {
        TOP + BAND * index as f64
    }

    fn axis(&self, svg: &mut Svg, bottom: f64) {
        svg.open("g", &[("class", "axis"), ("stroke", "#ccc")]);
        for tick in self.scale.ticks() {
            let x = number(self.scale.x(tick.date));
            let (stroke, width) = if tick.year {
                ("#666", "1.5")
            } else {
                ("#ddd", "1")
            };
            let (top, bottom) = (number(TOP - 14.0), number(bottom));
            svg.empty(
                "line",
                &[
                    ("x1", &x),
                    ("x2", &x),
                    ("y1", &top),
                    ("y2", &bottom),
                    ("stroke", stroke),
                    ("stroke-width", width),
                ],
            );
            let y = number(TOP - 18.0);
            svg.text(
                "text",
                &[("x", &x), ("y", &y), ("stroke", "none"), ("fill", "#444")],
                &tick.label,
            );
        }
        svg.close("g");
    }

    fn band(&self, svg: &mut Svg, index: usize, enrolment: &Enrolment) {
        let top = Self::band_top(index);
        let spec = self.models.get(&enrolment.model);
        let index_text = index.to_string();
        svg.open(
            "g",
            &[("class", "enrolment"), ("data-enrolment", &index_text)],
        );
        let name = spec.map_or_else(
            || enrolment.model.to_string(),
            |spec| spec.name.get(self.lang).to_owned(),
        );
        let heading = format!("{name} {}–{}", Iso(enrolment.start), Until(enrolment.end));
        let end = enrolment.end.unwrap_or(self.as_of.max(enrolment.start));
        self.rect(
            svg,
            enrolment.start,
            end,
            top + 2.0,
            BAND - 4.0,
            "#f6f6f6",
            "band",
            None,
        );
        let (x, y) = (
            number(self.scale.x(enrolment.start) + 4.0),
            number(top + NAME_Y),
        );
        svg.text(
            "text",
            &[("x", &x), ("y", &y), ("font-weight", "bold")],
            &heading,
        );
        for (row, y) in [
            (words::PHASES, PHASE_Y + 14.0),
            (words::EVENTS, EVENT_Y + 4.0),
            (words::MEASUREMENTS, MEASUREMENT_Y + 4.0),
            (words::FINDINGS, FINDING_Y + 4.0),
            (words::DUE, DUE_Y + 4.0),
        ] {
            let y = number(top + y);
            svg.text(
                "text",
                &[("x", "12"), ("y", &y), ("fill", "#555")],
                row.get(self.lang),
            );
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
                top + PHASE_Y,
                20.0,
                "#b9d7ea",
                "phase",
                Some(format_args!(
                    "{name} {}–{}",
                    Iso(record.start),
                    Until(record.end)
                )),
            );
            let (x, y) = (
                number(self.scale.x(record.start) + 4.0),
                number(top + PHASE_Y + 14.0),
            );
            svg.text(
                "text",
                &[("x", &x), ("y", &y), ("class", "phase-name")],
                &name,
            );
        }
        for event in &enrolment.events {
            let kind = event.kind();
            let Some(id) = symbol_of(kind) else { continue };
            let date = event.date();
            let x = self.scale.x(date) + self.scale.span(date, date) / 2.0;
            let title = Title::KindOn(kind.label(self.lang), date);
            svg.symbol(id, (x, top + EVENT_Y), "event", title);
        }
        for measurement in &enrolment.measurements {
            let x = self.scale.x(measurement.date)
                + self.scale.span(measurement.date, measurement.date) / 2.0;
            let title = format_args!(
                "{}: {} {}",
                words::MEASUREMENT.get(self.lang),
                measurement.instrument().label(self.lang),
                Iso(measurement.date)
            );
            svg.symbol(
                "measurement",
                (x, top + MEASUREMENT_Y),
                "measurement",
                Title::Formatted(title),
            );
        }
        svg.close("g");
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
                top + EVENT_Y - 12.0,
                MEASUREMENT_Y - EVENT_Y + 24.0,
                "#d9d9d9",
                "away",
                Some(format_args!(
                    "{kind} {}–{}: {reason}",
                    Iso(first),
                    Iso(last)
                )),
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rect(
        &self,
        svg: &mut Svg,
        first: NaiveDate,
        last: NaiveDate,
        y: f64,
        height: f64,
        fill: &str,
        class: &str,
        title: Option<fmt::Arguments<'_>>,
    ) {
        let (x, w) = (
            number(self.scale.x(first)),
            number(self.scale.span(first, last.max(first))),
        );
        let (y, h) = (number(y), number(height));
        let attributes = [
            ("x", &*x),
            ("y", &y),
            ("width", &w),
            ("height", &h),
            ("fill", fill),
            ("class", class),
        ];
        match title {
            Some(title) => {
                svg.open("rect", &attributes);
                svg.title(title);
                svg.close("rect");
            }
            None => svg.empty("rect", &attributes),
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
            let code = finding.code().as_str();
            // The id lets a page link the report's n-th finding to its marker.
            let id = format!("finding-{index}");
            svg.open(
                "g",
                &[
                    ("id", &id),
                    ("class", "finding"),
                    ("data-severity", severity_name(severity)),
                    ("data-code", code),
                ],
            );
            svg.title(format_args!("{code}: {}", finding.message(self.lang)));
            if last > first {
                let (x, w) = (
                    number(self.scale.x(first)),
                    number(self.scale.span(first, last)),
                );
                let y = number(y - 2.0);
                svg.empty(
                    "rect",
                    &[
                        ("x", &x),
                        ("y", &y),
                        ("width", &w),
                        ("height", "4"),
                        ("fill", colour),
                        ("opacity", "0.6"),
                    ],
                );
            }
            let (cx, cy) = (
                number(self.scale.x(first) + self.scale.span(first, first) / 2.0),
                number(y),
            );
            svg.empty(
                "circle",
                &[
                    ("cx", &cx),
                    ("cy", &cy),
                    ("r", "5"),
                    ("fill", colour),
                    ("stroke", "#fff"),
                ],
            );
            svg.close("g");
        }
    }

    /// What is due, as hollow diamonds at the due date in its enrolment's band.
    fn due_items(&self, svg: &mut Svg) {
        for item in &self.due.items {
            let place = of_pointer(&item.path, self.path, item.due);
            let y = Self::band_top(place.band.unwrap_or(0)) + DUE_Y;
            let x = self.scale.x(item.due) + self.scale.span(item.due, item.due) / 2.0;
            let title = format_args!(
                "{} {}: {}",
                item.status.label(self.lang),
                Iso(item.due),
                item.message(self.lang)
            );
            svg.symbol("due", (x, y), "due", Title::Formatted(title));
        }
    }

    /// The `as_of` line, and the closure's.
    fn lines(&self, svg: &mut Svg, bottom: f64) {
        let line = |svg: &mut Svg, date: NaiveDate, dash: &str, label: &str, class: &str| {
            let x = number(self.scale.x(date));
            let (top, end) = (number(TOP - 6.0), number(bottom));
            svg.empty(
                "line",
                &[
                    ("x1", &x),
                    ("x2", &x),
                    ("y1", &top),
                    ("y2", &end),
                    ("stroke", "#222"),
                    ("stroke-width", "1.5"),
                    ("stroke-dasharray", dash),
                    ("class", class),
                ],
            );
            let y = number(TOP - 30.0);
            svg.text(
                "text",
                &[
                    ("x", &x),
                    ("y", &y),
                    ("text-anchor", "middle"),
                    ("fill", "#222"),
                ],
                label,
            );
        };
        let as_of = format!("{} {}", words::AS_OF.get(self.lang), Iso(self.as_of));
        line(svg, self.as_of, "5 3", &as_of, "as-of");
        if let Some(closure) = &self.path.closure {
            let label = format!(
                "{}: {}",
                words::CLOSED.get(self.lang),
                closure.outcome.label(self.lang)
            );
            line(svg, closure.date, "none", &label, "closure");
        }
    }
}
