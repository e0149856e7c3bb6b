//! The picture of a client record: each of its paths drawn as [`super::timeline`] draws
//! it, one under the other, with the client's own findings under the heading.

use chrono::NaiveDate;

use super::svg::{self, Svg};
use super::{glyph, words};
use crate::document::ClientRecord;
use crate::i18n::Lang;
use crate::rules::finding::{Report, Severity};
use crate::rules::options::ValidationOptions;

/// The picture of each path of `record`, one under the other in one SVG document, as of
/// `as_of` in `lang`: each path checked together with the client (as
/// [`ClientRecord::validate`] checks it) and planned, with the record's own model specs
/// beside `options`' models. Each path's picture is the one [`timeline`](super::timeline) draws, its ids
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
    record.with_own_models(options, |options| write(record, options, as_of, lang, out));
}

/// [`write_record_timeline`] with the record's own specs already among `options`'.
fn write(
    record: &ClientRecord,
    options: &ValidationOptions<'_>,
    as_of: NaiveDate,
    lang: Lang,
    out: &mut Vec<u8>,
) {
    // The record's report, as `ClientRecord::validate` makes it: the client's findings,
    // then each path's. Each marker is named by its finding's place in it.
    let client_report = record.client.validate_with(options, as_of);
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
        let (report, due) = path.validate_and_plan_for(&record.client, options, as_of);
        let mut picture = Svg::after(Vec::new());
        picture.path = Some(index);
        picture.marks = marks;
        picture.first_finding = first_finding;
        first_finding += report.len();
        count(&report);
        due_items += due.items.len();
        let (w, h) = super::draw(
            &mut picture,
            path,
            &report,
            &due,
            options.models,
            as_of,
            lang,
        );
        marks = picture.marks;
        pictures.push((height, picture));
        width = width.max(w);
        height += h;
    }
    let left_out = record.paths.len() - drawn;
    if left_out > 0 {
        height += RECORD_NOTE;
    }
    let mut svg = Svg::after(std::mem::take(out));
    svg.raw(concat!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img""#,
        r#" aria-labelledby="record-title record-desc"#
    ))
    .root_size(width, height)
    .raw(r#"<title id="record-title">"#);
    let title = |svg: &mut Svg| {
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
            glyph::finding_start(&mut svg, index, finding, lang);
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
/// them about 210 KB; with the [`MAX_MARKS`](super::MAX_MARKS) counted over the whole record, a record's
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
