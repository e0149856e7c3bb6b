//! A picture of a service path (feature `svg`): an SVG timeline with its phases, its
//! contacts, the days away, the findings where they happen and what is due next.
//!
//! One band per enrolment: the phases as bars named in the reader's language, the events
//! as symbols by kind (individual meeting, group session, work-activity day, plan,
//! assessment, job start and end, other contacts), measurements, and the days away
//! (absences, interruptions) shaded with their reason. Findings are markers coloured by
//! severity at the days they concern, each with a `<title>` holding its rule code and
//! message; due items are hollow diamonds at their due date. A dashed line marks
//! `as_of`, a solid one the path's closure.
//!
//! The picture is accessible (`role="img"`, a `<title>` and a `<desc>` summing up the path
//! and its findings by severity), deterministic (the same input gives the same bytes),
//! and bounded: at most [`MAX_MARKS`] marks are drawn and the rest counted in a note, and
//! a path over the [`ValidationLimits`] gets a placeholder. Only ids are shown, never a
//! name or an identity code; every text and attribute is escaped by `quick-xml`.
//!
//! [`timeline`] returns a `String`; [`write_timeline`] appends the same bytes to a buffer
//! (what a service sends). A client record is drawn path by path, one under the other,
//! with the client's own findings under its heading: [`record_timeline`] and
//! [`write_record_timeline`].
//!
//! ```
//! use chrono::NaiveDate;
//! use tyokyky::service::build::sample;
//! use tyokyky::timeline::timeline;
//! use tyokyky::{ClientId, Lang, ServiceModels};
//!
//! let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
//! let as_of = NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?;
//! let path = sample::mapping_and_coaching(ClientId::new("demo-1")?, start, as_of);
//! let models = ServiceModels::defaults();
//! let report = path.validate(as_of);
//! let due = path.due(as_of);
//! let svg = timeline(&path, &report, &due, &models, as_of, Lang::Fi);
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("Kartoitusjakso"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod draw;
mod glyph;
mod glyph_row;
mod legend;
mod number;
mod place;
mod scale;
mod svg;
mod words;

use chrono::{Duration, NaiveDate};

use crate::document::ClientRecord;
use crate::i18n::Lang;
use crate::rules::finding::{Report, Severity};
use crate::rules::options::ValidationOptions;
use crate::rules::report::ValidationLimits;
use crate::service::planner::due_list::DueList;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_set::ServiceModels;

/// The most marks (events, measurements, findings, due items) one picture draws; the
/// rest are counted in a note. At about 90 bytes a mark, a picture stays under 2 MB.
pub const MAX_MARKS: usize = 15_000;

/// The SVG picture of `path` as of `as_of`, with the findings of `report` and the items of
/// `due`, in `lang`. `models` name the phases.
///
/// The same bytes as [`write_timeline`] writes, checked to be UTF-8 (they always are) and
/// copied into a `String`: a service that sends the picture as it is (as the HTTP API
/// does) writes it with [`write_timeline`] and saves that fifth of the time.
pub fn timeline(
    path: &ServicePath,
    report: &Report,
    due: &DueList,
    models: &ServiceModels,
    as_of: NaiveDate,
    lang: Lang,
) -> String {
    let mut out = Vec::new();
    write_timeline(path, report, due, models, as_of, lang, &mut out);
    svg::text(&out)
}

/// Appends the SVG picture of [`timeline`] to `out`, as UTF-8 bytes.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::build::sample;
/// use tyokyky::timeline::{timeline, write_timeline};
/// use tyokyky::{ClientId, Lang, ServiceModels};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?;
/// let path = sample::mapping_and_coaching(ClientId::new("demo-1")?, start, as_of);
/// let models = ServiceModels::defaults();
/// let (report, due) = (path.validate(as_of), path.due(as_of));
/// let mut body = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".to_vec();
/// write_timeline(&path, &report, &due, &models, as_of, Lang::Sv, &mut body);
/// let svg = timeline(&path, &report, &due, &models, as_of, Lang::Sv);
/// assert!(body.ends_with(svg.as_bytes()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_timeline(
    path: &ServicePath,
    report: &Report,
    due: &DueList,
    models: &ServiceModels,
    as_of: NaiveDate,
    lang: Lang,
    out: &mut Vec<u8>,
) {
    let mut svg = svg::Svg::after(std::mem::take(out));
    draw(&mut svg, path, report, due, models, as_of, lang);
    *out = svg.into_bytes();
}

/// The picture of each path of `record`, one under the other in one SVG document, as of
/// `as_of` in `lang`: each path checked together with the client (as
/// [`ClientRecord::validate`] checks it) and planned, with the record's own model specs
/// beside `options`' models. Each path's picture is the one [`timeline`] draws, its ids
/// (symbols, title) prefixed with `path-{n}-` so that they stay unique. The client's own
/// findings are markers under the heading, and every marker is `finding-{n}` by its
/// finding's place in the record's report ([`ClientRecord::validate`]: the client's
/// findings, then each path's), so a page links the report's n-th finding to its marker
/// as it does for a path alone.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::document::ClientRecord;
/// use tyokyky::service::build::sample;
/// use tyokyky::timeline::record_timeline;
/// use tyokyky::{Client, ClientId, LabourMarketStatus, Lang, ValidationOptions};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("date")?;
/// let client = Client::new(ClientId::new("demo-7")?, LabourMarketStatus::UnemployedJobseeker);
/// let paths = vec![
///     sample::wellbeing_group(client.id.clone(), start, as_of),
///     sample::mapping_and_coaching(client.id.clone(), start, as_of),
/// ];
/// let record = ClientRecord::new(client, paths);
/// let svg = record_timeline(&record, &ValidationOptions::default(), as_of, Lang::En);
/// assert!(svg.contains("Service paths of client demo-7: 2"));
/// assert!(svg.contains(r#"<title id="path-1-timeline-title">"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn record_timeline(
    record: &ClientRecord,
    options: &ValidationOptions<'_>,
    as_of: NaiveDate,
    lang: Lang,
) -> String {
    let mut out = Vec::new();
    write_record_timeline(record, options, as_of, lang, &mut out);
    svg::text(&out)
}

/// Appends the picture of [`record_timeline`] to `out`, as UTF-8 bytes.
pub fn write_record_timeline(
    record: &ClientRecord,
    options: &ValidationOptions<'_>,
    as_of: NaiveDate,
    lang: Lang,
    out: &mut Vec<u8>,
) {
    let models = record.models_with(options.models);
    let options = ValidationOptions {
        models: &models,
        ..*options
    };
    // The record's report, as `ClientRecord::validate` makes it: the client's findings,
    // then each path's. Each marker is named by its finding's place in it.
    let client_report = record.client.validate_with(&options, as_of);
    let heading = if client_report.is_empty() {
        RECORD_HEADING
    } else {
        RECORD_HEADING + RECORD_CLIENT_ROW
    };
    let mut first_finding = client_report.len();
    // What the record's `<desc>` sums up: findings by severity over the client and every
    // path, and the items due.
    let mut counts = [0usize; 3];
    let mut count = |report: &Report| {
        for finding in report.iter() {
            if let Some(slot) = counts.get_mut(finding.severity() as usize) {
                *slot += 1;
            }
        }
    };
    count(&client_report);
    let mut due_items = 0;
    // Each path's picture apart, to know its size before the document that holds them.
    // The marks are counted over the whole record ([`MAX_MARKS`] in all), and at most
    // [`MAX_RECORD_PATHS`] pictures are drawn: the picture stays bounded however many
    // paths the record holds.
    let drawn = record.paths.len().min(MAX_RECORD_PATHS);
    let mut pictures = Vec::with_capacity(drawn);
    let (mut width, mut height) = (RECORD_MIN_WIDTH, heading);
    let mut marks = 0;
    for (index, path) in record.paths.iter().enumerate().take(drawn) {
        let report = path.validate_for(&record.client, &options, as_of);
        let due = path.due_with(&options, as_of);
        let mut picture = svg::Svg::after(Vec::new());
        picture.path = Some(index);
        picture.marks = marks;
        picture.first_finding = first_finding;
        first_finding += report.len();
        count(&report);
        due_items += due.items.len();
        let (w, h) = draw(&mut picture, path, &report, &due, &models, as_of, lang);
        marks = picture.marks;
        pictures.push((height, picture));
        width = width.max(w);
        height += h;
    }
    let left_out = record.paths.len() - drawn;
    if left_out > 0 {
        height += RECORD_NOTE;
    }
    let mut svg = svg::Svg::after(std::mem::take(out));
    svg.raw(r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="record-title record-desc" width=""#)
        .num(width)
        .raw("\" height=\"")
        .num(height)
        .raw("\" viewBox=\"0 0 ")
        .num(width)
        .raw(" ")
        .num(height)
        .raw(r#"" font-family="sans-serif" font-size="11"><title id="record-title">"#);
    let title = |svg: &mut svg::Svg| {
        svg.fill(words::RECORD_TITLE.get(lang), |name, svg| match name {
            "client" => {
                svg.text(record.client.id.as_str());
                true
            }
            "paths" => {
                svg.int(i64::try_from(record.paths.len()).unwrap_or(i64::MAX));
                true
            }
            _ => false,
        });
    };
    title(&mut svg);
    svg.raw(r#"</title><desc id="record-desc">"#);
    let whole = |count: usize| i64::try_from(count).unwrap_or(i64::MAX);
    svg.fill(words::RECORD_SUMMARY.get(lang), |name, svg| {
        match name {
            "paths" => svg.int(whole(record.paths.len())),
            "as_of" => svg.day(as_of),
            "errors" => svg.int(whole(counts[Severity::Error as usize])),
            "warnings" => svg.int(whole(counts[Severity::Warning as usize])),
            "infos" => svg.int(whole(counts[Severity::Info as usize])),
            "due" => svg.int(whole(due_items)),
            _ => return false,
        };
        true
    });
    svg.raw(r#"</desc><text x="12" y="24" font-size="17" font-weight="bold">"#);
    title(&mut svg);
    svg.raw("</text>");
    if !client_report.is_empty() {
        // The client's own findings, one marker each after the word "client".
        let y = RECORD_HEADING + RECORD_CLIENT_ROW / 2.0;
        svg.raw(r#"<text x="12" y=""#)
            .num(y + 4.0)
            .raw("\">")
            .text(words::CLIENT.get(lang))
            .raw(":</text>");
        // As many as the picture's width holds (a client has a few; a hostile client
        // document a hundred per rule).
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let room = ((width - 80.0) / 14.0).max(1.0) as usize;
        for (index, finding) in client_report.iter().enumerate().take(room) {
            draw::finding_start(&mut svg, index, finding, lang);
            svg.raw("<circle cx=\"")
                .num(70.0 + 14.0 * index as f64)
                .raw("\" cy=\"")
                .num(y)
                .raw(r#"" r="5" fill=""#)
                .raw(glyph::severity_colour(finding.severity()))
                .raw(r##"" stroke="#fff"/></g>"##);
        }
    }
    for (top, picture) in &pictures {
        svg.raw(r#"<g class="path" transform="translate(0 "#)
            .num(*top)
            .raw(")\">")
            .copy(picture)
            .raw("</g>");
    }
    if left_out > 0 {
        svg.raw(r#"<text x="12" y=""#)
            .num(height - 10.0)
            .raw(r#"" class="left-out">"#)
            .fill(words::MORE_PATHS.get(lang), |name, svg| {
                if name != "count" {
                    return false;
                }
                svg.int(i64::try_from(left_out).unwrap_or(i64::MAX));
                true
            })
            .raw("</text>");
    }
    svg.raw("</svg>");
    *out = svg.into_bytes();
}

/// The most paths of a client record drawn in one picture (*derived*: a client has a
/// handful). A picture without its marks is about 7 KB (heading, axis, legend), thirty of
/// them about 210 KB; with the [`MAX_MARKS`] counted over the whole record, a record's
/// picture stays under 2 MB as a path's does.
pub const MAX_RECORD_PATHS: usize = 30;

/// The height of the row of the client's own findings under a record's heading.
const RECORD_CLIENT_ROW: f64 = 24.0;

/// The height of the note on paths left out.
const RECORD_NOTE: f64 = 24.0;

/// The height of a record's heading above its paths' pictures.
const RECORD_HEADING: f64 = 36.0;
/// The narrowest a record's picture is (one with no path still shows its heading).
const RECORD_MIN_WIDTH: f64 = 640.0;

/// Draws the picture of `path` (or the placeholder of a path over the validation limits)
/// into `svg`; its width and height.
fn draw(
    svg: &mut svg::Svg,
    path: &ServicePath,
    report: &Report,
    due: &DueList,
    models: &ServiceModels,
    as_of: NaiveDate,
    lang: Lang,
) -> (f64, f64) {
    let over = ValidationLimits::default().over_limits(path);
    if !over.is_empty() {
        legend::placeholder(&over, lang, svg);
        return legend::PLACEHOLDER_SIZE;
    }
    let scale = scale::Scale::new(first_day(path, as_of), last_day(path, due, as_of));
    let picture = draw::Picture {
        path,
        report,
        due,
        models,
        as_of,
        lang,
        scale,
    };
    picture.render(svg);
    picture.size()
}

/// The first day drawn: the earliest start, event or measurement, a week before it.
fn first_day(path: &ServicePath, as_of: NaiveDate) -> NaiveDate {
    let earliest = path
        .enrolments
        .iter()
        .flat_map(|enrolment| {
            std::iter::once(enrolment.start)
                .chain(enrolment.events.iter().map(crate::Event::date))
                .chain(enrolment.measurements.iter().map(|m| m.date))
        })
        .min()
        .unwrap_or(as_of)
        .min(as_of);
    earliest
        .checked_sub_signed(Duration::days(7))
        .unwrap_or(earliest)
}

/// The last day drawn: the latest of `as_of`, an end, an event or a due date, a week on.
fn last_day(path: &ServicePath, due: &DueList, as_of: NaiveDate) -> NaiveDate {
    let latest = path
        .enrolments
        .iter()
        .flat_map(|enrolment| {
            enrolment
                .end
                .into_iter()
                .chain(enrolment.events.iter().map(crate::Event::date))
                .chain(enrolment.measurements.iter().map(|m| m.date))
        })
        .chain(due.items.iter().map(|item| item.due))
        .chain(path.closure.as_ref().map(|closure| closure.date))
        .max()
        .unwrap_or(as_of)
        .max(as_of);
    latest
        .checked_add_signed(Duration::days(7))
        .unwrap_or(latest)
}
