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

mod day_text;
mod draw;
mod glyph;
mod glyph_row;
mod legend;
mod number;
mod place;
mod record;
mod scale;
mod svg;
mod words;

use chrono::{Duration, NaiveDate};

pub use record::{MAX_RECORD_PATHS, record_timeline, write_record_timeline};

use crate::i18n::Lang;
use crate::rules::finding::Report;
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
