//! Writing the picture: the layout of the bands and rows, element by element, through
//! `quick-xml` so that every text and attribute is escaped by the writer.

use chrono::{Duration, NaiveDate};
use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

use super::MAX_MARKS;
use super::glyph::{SYMBOLS, severity_colour, symbol_of};
use super::place::{Place, of_finding, of_pointer};
use super::scale::{LEFT, RIGHT, Scale};
use super::words::{self, fill};
use crate::i18n::{Lang, Vocabulary};
use crate::rules::finding::{Report, Severity};
use crate::service::event::EventKind;
use crate::service::model_set::ServiceModels;
use crate::service::path::{Enrolment, ServicePath};
use crate::service::plan::DueList;

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

type Attributes<'a> = &'a [(&'a str, &'a str)];

/// An SVG document being written.
struct Svg {
    writer: Writer<Vec<u8>>,
    /// Marks drawn so far, and marks left out past [`MAX_MARKS`].
    marks: usize,
    left_out: usize,
}

impl Svg {
    fn open(&mut self, name: &str, attributes: Attributes<'_>) {
        let start = BytesStart::new(name).with_attributes(attributes.iter().copied());
        // Writing into a Vec cannot fail.
        let _ = self.writer.write_event(Event::Start(start));
    }

    fn close(&mut self, name: &str) {
        let _ = self.writer.write_event(Event::End(BytesEnd::new(name)));
    }

    fn empty(&mut self, name: &str, attributes: Attributes<'_>) {
        let start = BytesStart::new(name).with_attributes(attributes.iter().copied());
        let _ = self.writer.write_event(Event::Empty(start));
    }

    fn text(&mut self, name: &str, attributes: Attributes<'_>, text: &str) {
        self.open(name, attributes);
        let _ = self.writer.write_event(Event::Text(BytesText::new(text)));
        self.close(name);
    }

    /// One more mark, if the budget allows it.
    fn mark(&mut self) -> bool {
        if self.marks < MAX_MARKS {
            self.marks += 1;
            true
        } else {
            self.left_out += 1;
            false
        }
    }

    /// A symbol placed at `x`, `y` with a `<title>`.
    fn symbol(&mut self, id: &str, x: f64, y: f64, title: &str, class: &str) {
        if !self.mark() {
            return;
        }
        let (href, x, y) = (format!("#{id}"), number(x), number(y));
        self.open(
            "use",
            &[("href", &href), ("x", &x), ("y", &y), ("class", class)],
        );
        self.text("title", &[], title);
        self.close("use");
    }

    fn finish(self) -> String {
        String::from_utf8(self.writer.into_inner()).unwrap_or_default()
    }
}

/// A coordinate or length with one decimal: short, and the same bytes on every machine.
fn number(value: f64) -> String {
    format!("{value:.1}")
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
        let mut svg = Svg {
            writer: Writer::new(Vec::new()),
            marks: 0,
            left_out: 0,
        };
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
            let _ = svg
                .writer
                .write_event(Event::Text(BytesText::from_escaped(symbol.shape)));
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
        let day = |date: Option<NaiveDate>| date.map_or_else(String::new, |d| d.to_string());
        fill(
            words::SUMMARY.get(self.lang),
            &[
                ("enrolments", self.path.enrolments.len().to_string()),
                ("first", day(first)),
                ("last", day(last)),
                ("as_of", self.as_of.to_string()),
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
        let heading = format!(
            "{name} {}–{}",
            enrolment.start,
            enrolment
                .end
                .map_or_else(String::new, |end| end.to_string())
        );
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
            let title = format!(
                "{name} {}–{}",
                record.start,
                record.end.map_or_else(String::new, |d| d.to_string())
            );
            self.rect(
                svg,
                record.start,
                last,
                top + PHASE_Y,
                20.0,
                "#b9d7ea",
                "phase",
                Some(&title),
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
            let x = self.scale.x(event.date()) + self.scale.span(event.date(), event.date()) / 2.0;
            let title = format!("{} {}", kind.label(self.lang), event.date());
            svg.symbol(id, x, top + EVENT_Y, &title, "event");
        }
        for measurement in &enrolment.measurements {
            let x = self.scale.x(measurement.date)
                + self.scale.span(measurement.date, measurement.date) / 2.0;
            let title = format!(
                "{}: {} {}",
                words::MEASUREMENT.get(self.lang),
                measurement.instrument().label(self.lang),
                measurement.date
            );
            svg.symbol("measurement", x, top + MEASUREMENT_Y, &title, "measurement");
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
            let title = format!("{} {first}–{last}: {reason}", event.kind().label(self.lang));
            self.rect(
                svg,
                first,
                last,
                top + EVENT_Y - 12.0,
                MEASUREMENT_Y - EVENT_Y + 24.0,
                "#d9d9d9",
                "away",
                Some(&title),
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
        title: Option<&str>,
    ) {
        let (x, w) = (
            number(self.scale.x(first)),
            number(self.scale.span(first, last.max(first))),
        );
        let (y, h) = (number(y), number(height));
        let attributes = [
            ("x", x.as_str()),
            ("y", &y),
            ("width", &w),
            ("height", &h),
            ("fill", fill),
            ("class", class),
        ];
        match title {
            Some(title) => {
                svg.open("rect", &attributes);
                svg.text("title", &[], title);
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
            let severity_text = serde_json::to_value(severity)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default();
            let code = finding.code().as_str();
            // The id lets a page link the report's n-th finding to its marker.
            let id = format!("finding-{index}");
            svg.open(
                "g",
                &[
                    ("id", &id),
                    ("class", "finding"),
                    ("data-severity", &severity_text),
                    ("data-code", code),
                ],
            );
            svg.text(
                "title",
                &[],
                &format!("{code}: {}", finding.message(self.lang)),
            );
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
            let title = format!(
                "{} {}: {}",
                item.status.label(self.lang),
                item.due,
                item.message(self.lang)
            );
            svg.symbol("due", x, y, &title, "due");
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
        let as_of = format!("{} {}", words::AS_OF.get(self.lang), self.as_of);
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

    /// Symbols and colours with their names in the reader's language.
    fn legend(&self, svg: &mut Svg, y: f64) {
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
    let mut svg = Svg {
        writer: Writer::new(Vec::new()),
        marks: 0,
        left_out: 0,
    };
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
