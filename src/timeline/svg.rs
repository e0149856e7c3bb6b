//! The SVG writer: the picture written piece by piece into one buffer. The crate's own
//! markup (tag names, fixed attributes, symbol shapes) goes in as it stands; every text
//! and attribute value that comes from a document or a model is escaped by `quick-xml`'s
//! escaping (the same bytes its `Writer` wrote); coordinates, counts and days are digits.
//!
//! The elements went first through `quick-xml`'s `Writer` (a string per start tag), then
//! through a writer of tags with lists of attributes, each value scanned for characters
//! to escape: the picture cost three times a validation of its path. Written as runs of
//! fixed markup between the values that vary, each event's glyph as its x and its day
//! between two texts prepared once per kind (`GlyphRow`), and repeated numbers written
//! once and copied, it cost 1.2–1.4 validations (BENCHMARKS.md, "Session 10"). With x
//! coordinates counted in integer tenths of a pixel (`Scale::x_tenths`), days written
//! from the month kept from the day before (`DayText`) and the legend written once per
//! language, writing a picture costs less than validating its path ("Session 13").

use std::fmt;

use chrono::NaiveDate;
use quick_xml::escape::escape;
use quick_xml::events::attributes::Attribute;

use super::MAX_MARKS;
use super::day_text::DayText;
use super::number::{DIGIT_PAIRS, number};

/// An SVG document being written.
pub(super) struct Svg {
    /// UTF-8 throughout: only `&str`s and ASCII digits are written into it.
    out: Vec<u8>,
    /// Marks drawn so far, and marks left out past [`MAX_MARKS`].
    pub(super) marks: usize,
    pub(super) left_out: usize,
    /// Which path of a client record this picture is (its ids are then prefixed with
    /// `path-{n}-`, unique in the record's document); `None` for a path alone.
    pub(super) path: Option<usize>,
    /// The place of this picture's first finding in the report a page shows beside it (a
    /// client record's counts the client's findings and the paths before): a finding's
    /// marker is `finding-{n}` by its place there.
    pub(super) first_finding: usize,
    /// Days as text, the month kept from the day before.
    days: DayText,
}

impl Svg {
    /// An empty document.
    #[cfg(test)]
    pub(super) fn new() -> Svg {
        Svg::after(Vec::new())
    }

    /// A document written after the bytes `out` holds.
    pub(super) fn after(mut out: Vec<u8>) -> Svg {
        // Most pictures are tens of kilobytes: room for that at once rather than grown to.
        out.reserve(32 * 1024);
        Svg {
            out,
            marks: 0,
            left_out: 0,
            path: None,
            first_finding: 0,
            days: DayText::new(),
        }
    }

    /// The bytes written: UTF-8 (see [`Svg::finish`]).
    pub(super) fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    /// Markup the crate wrote itself (tag names, fixed attributes, a symbol's shape, its
    /// id), as it stands: never text from a document or a model.
    pub(super) fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.extend_from_slice(markup.as_bytes());
        self
    }

    /// An id of the picture's own (the crate's word: a symbol, the title), prefixed with
    /// `path-{n}-` in a client record's picture.
    pub(super) fn id(&mut self, id: &str) -> &mut Self {
        if let Some(path) = self.path {
            self.raw("path-")
                .int(i64::try_from(path).unwrap_or(i64::MAX))
                .raw("-");
        }
        self.raw(id)
    }

    /// The end of the root element's start tag, after its `aria-labelledby` value: its
    /// width, height and view box, and the font of its text.
    pub(super) fn root_size(&mut self, width: f64, height: f64) -> &mut Self {
        self.raw("\" width=\"")
            .num(width)
            .raw("\" height=\"")
            .num(height)
            .raw("\" viewBox=\"0 0 ")
            .num(width)
            .raw(" ")
            .num(height)
            .raw(r#"" font-family="sans-serif" font-size="11">"#)
    }

    /// An element's text, escaped as quick-xml escapes text.
    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        if may_escape(text) {
            self.out.extend_from_slice(escape(text).as_bytes());
        } else {
            self.out.extend_from_slice(text.as_bytes());
        }
        self
    }

    /// An attribute's value, escaped as quick-xml escapes one: `<`, `>`, `&`, quotes, and
    /// line breaks and tabs.
    pub(super) fn attr(&mut self, value: &str) -> &mut Self {
        if may_escape(value) {
            let escaped = Attribute::from(("", value)).value;
            self.out.extend_from_slice(escaped.as_bytes());
        } else {
            self.out.extend_from_slice(value.as_bytes());
        }
        self
    }

    /// Text formatted as it is written, each piece escaped as text.
    pub(super) fn formatted(&mut self, text: fmt::Arguments<'_>) -> &mut Self {
        // Writing into a Vec does not fail; a `Display` that fails leaves its text short.
        let _ = fmt::write(&mut Escaping(self), text);
        self
    }

    /// `template` with each `{name}` filled by `value` (which writes it and says whether
    /// it knew the name), the template's own text escaped as text.
    pub(super) fn fill(
        &mut self,
        template: &str,
        mut value: impl FnMut(&str, &mut Svg) -> bool,
    ) -> &mut Self {
        crate::template::fill(template, &mut Escaping(self), |name, out| {
            value(name, out.0)
        });
        self
    }

    /// A coordinate or length with one decimal ([`number`]).
    ///
    /// A coordinate of a picture (0 to 99 999.9) is written straight into the buffer: its
    /// bytes gathered in one 64-bit word, the word's eight bytes copied at once and the
    /// buffer cut back to the number's length, with no call to `f64::round` and no copy
    /// of a number's length (a call each). Anything else goes through [`number`].
    pub(super) fn num(&mut self, value: f64) -> &mut Self {
        match tenths_of(value) {
            Some(tenths) => self.tenths(tenths),
            None => {
                self.out.extend_from_slice(number(value).digits());
                self
            }
        }
    }

    /// A coordinate given in whole tenths of a pixel (below a million), as [`Svg::num`]
    /// writes the coordinate `tenths / 10`.
    pub(super) fn tenths(&mut self, tenths: u32) -> &mut Self {
        let tenths = tenths.min(999_999);
        let whole = tenths / 10;
        let width = 1
            + u32::from(whole >= 10)
            + u32::from(whole >= 100)
            + u32::from(whole >= 1_000)
            + u32::from(whole >= 10_000);
        // Five digits, a point and the tenth as the bytes of one word (byte `i` of the
        // text is byte `i` of the little-endian word), the leading zeros shifted out. The
        // digits two at a time from a table: a division and a remainder per digit were a
        // sixth of drawing a picture.
        // `pair(n)` is the last two digits of `n`; `whole` is below 100 000.
        let pair = |value: u32| u64::from(DIGIT_PAIRS[(value % 100) as usize]);
        let word = (u64::from(b'0' + (whole / 10_000 % 10) as u8)
            | pair(whole / 100) << 8
            | pair(whole) << 24
            | u64::from(b'.') << 40
            | u64::from(b'0' + (tenths % 10) as u8) << 48)
            >> (8 * (5 - width));
        let length = self.out.len() + width as usize + 2;
        self.out.extend_from_slice(&word.to_le_bytes());
        self.out.truncate(length);
        self
    }

    /// A piece of markup written apart ([`Svg::piece`]), copied in.
    pub(super) fn copy(&mut self, piece: &Svg) -> &mut Self {
        self.out.extend_from_slice(&piece.out);
        self
    }

    /// A whole number.
    pub(super) fn int(&mut self, value: i64) -> &mut Self {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = value.unsigned_abs();
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            self.out.push(b'-');
        }
        self.out.extend_from_slice(&digits[at..]);
        self
    }

    /// A day as chrono writes it: ten bytes for a four-digit year, chrono's text outside.
    pub(super) fn day(&mut self, day: NaiveDate) -> &mut Self {
        match self.days.bytes(day) {
            Some(bytes) => self.out.extend_from_slice(&bytes),
            None => {
                self.formatted(format_args!("{day}"));
            }
        }
        self
    }

    /// One more mark, if the budget allows it.
    pub(super) fn mark(&mut self) -> bool {
        if self.marks < MAX_MARKS {
            self.marks += 1;
            true
        } else {
            self.left_out += 1;
            false
        }
    }

    /// A symbol placed at `x` (in tenths of a pixel) and `y` with a `<title>` that `title`
    /// writes. The symbol's id and the class are the crate's own words: neither needs
    /// escaping.
    pub(super) fn symbol(
        &mut self,
        id: &'static str,
        (x, y): (u32, f64),
        class: &'static str,
        title: impl FnOnce(&mut Svg),
    ) {
        if !self.mark() {
            return;
        }
        self.raw("<use href=\"#")
            .id(id)
            .raw("\" x=\"")
            .tenths(x)
            .raw("\" y=\"")
            .num(y)
            .raw("\" class=\"")
            .raw(class)
            .raw("\"><title>");
        title(self);
        self.raw("</title></use>");
    }

    #[cfg(test)]
    pub(super) fn finish(self) -> String {
        text(&self.out)
    }
}

impl Svg {
    /// A piece of markup written apart, to be copied in where it repeats.
    pub(super) fn piece() -> Svg {
        Svg {
            out: Vec::with_capacity(64),
            marks: 0,
            left_out: 0,
            path: None,
            first_finding: 0,
            days: DayText::new(),
        }
    }
}

/// The picture's bytes as a `String`. Only `&str`s and ASCII were written, so the check
/// passes (the fallback is never taken); simdutf8's check and one copy cost a tenth of
/// the standard library's check alone, which goes byte by byte for a while after each
/// `ä`.
pub(super) fn text(bytes: &[u8]) -> String {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// `value` in whole tenths, rounded half away from zero as `f64::round` (a call) rounds,
/// when it is a coordinate of a picture (0 to 99 999.9): inside that range the whole part
/// is exact as a `u32` and the fraction `scaled - whole` is exact.
pub(super) fn tenths_of(value: f64) -> Option<u32> {
    let scaled = value * 10.0;
    if !(0.0..999_999.0).contains(&scaled) {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let truncated = scaled as u32;
    Some(truncated + u32::from(scaled - f64::from(truncated) >= 0.5))
}

/// Whether quick-xml's escaping of a text or an attribute value would change `text`:
/// it holds one of the characters either escapes. Most values hold none.
fn may_escape(text: &str) -> bool {
    text.bytes().any(|byte| {
        matches!(
            byte,
            b'<' | b'>' | b'&' | b'\'' | b'"' | b'\r' | b'\n' | b'\t'
        )
    })
}

/// Formatted text into the picture, escaped piece by piece: escaping a character does
/// not depend on its neighbours, so the pieces escaped one by one are the whole escaped.
struct Escaping<'a>(&'a mut Svg);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0.text(text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Svg;
    use chrono::NaiveDate;

    const TEXTS: [&str; 6] = [
        "plain words 12.5",
        "a < b & c > d",
        "quote \" and 'apostrophe'",
        "line\nbreak\ttab\rreturn",
        "ääkköset – €",
        "",
    ];

    #[test]
    fn text_and_attributes_are_escaped_as_quick_xml_escapes_them() {
        use quick_xml::escape::escape;
        use quick_xml::events::attributes::Attribute;
        for text in TEXTS {
            let mut svg = Svg::new();
            svg.raw("<t v=\"")
                .attr(text)
                .raw("\">")
                .text(text)
                .raw("</t>");
            let mut formatted = Svg::new();
            // In pieces, as a title is formatted: the same bytes as the whole escaped.
            let middle = text
                .char_indices()
                .nth(text.chars().count() / 2)
                .map_or(text.len(), |(at, _)| at);
            let (head, tail) = text.split_at(middle);
            formatted.formatted(format_args!("{head}{tail}"));
            let expected = format!(
                "<t v=\"{}\">{}</t>",
                Attribute::from(("v", text)).value,
                escape(text)
            );
            assert_eq!(svg.finish(), expected);
            assert_eq!(formatted.finish(), escape(text));
        }
    }

    #[test]
    fn a_piece_written_once_is_copied_where_it_repeats() {
        let mut piece = Svg::piece();
        piece.raw("\" y=\"").num(206.0);
        let mut svg = Svg::new();
        svg.copy(&piece).copy(&piece);
        assert_eq!(svg.finish(), "\" y=\"206.0\" y=\"206.0");
    }

    #[test]
    fn whole_numbers_and_days_are_written_as_rust_and_chrono_write_them() {
        for value in [0, 7, 10, 99, 2025, -1, -2024, i64::MAX, i64::MIN] {
            let mut svg = Svg::new();
            svg.int(value);
            assert_eq!(svg.finish(), value.to_string());
        }
        for (year, month, day) in [
            (2024, 2, 29),
            (0, 1, 1),
            (9999, 12, 31),
            (-5, 3, 1),
            (12_000, 1, 1),
        ] {
            let day = NaiveDate::from_ymd_opt(year, month, day).expect("day");
            let mut svg = Svg::new();
            svg.day(day);
            assert_eq!(svg.finish(), day.to_string());
        }
    }
}
