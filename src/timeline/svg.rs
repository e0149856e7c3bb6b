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
//! once and copied, it costs 1.2–1.4 validations (BENCHMARKS.md, "Session 10").

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use quick_xml::escape::escape;
use quick_xml::events::attributes::Attribute;

use super::MAX_MARKS;
use crate::date_text::Iso;

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
        let scaled = value * 10.0;
        if !(0.0..999_999.0).contains(&scaled) {
            self.out.extend_from_slice(number(value).digits());
            return self;
        }
        // Rounded half away from zero, as `f64::round` (a call) rounds: inside the range
        // the whole part is exact as a u32 and the fraction `scaled - whole` is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let truncated = scaled as u32;
        let tenths = truncated + u32::from(scaled - f64::from(truncated) >= 0.5);
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

    /// [`Svg::num`], saying where in the picture it was written, for [`Svg::again`].
    pub(super) fn num_written(&mut self, value: f64) -> Range<usize> {
        let start = self.out.len();
        self.num(value);
        start..self.out.len()
    }

    /// The bytes at `written` again (a number written a moment ago).
    pub(super) fn again(&mut self, written: Range<usize>) -> &mut Self {
        // A range that is not in the picture copies nothing (it never happens).
        if self.out.get(written.clone()).is_some() {
            self.out.extend_from_within(written);
        }
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
        match Iso(day).bytes() {
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

    /// A symbol placed at `x`, `y` with a `<title>` that `title` writes. The symbol's id
    /// and the class are the crate's own words: neither needs escaping.
    pub(super) fn symbol(
        &mut self,
        id: &'static str,
        (x, y): (f64, f64),
        class: &'static str,
        title: impl FnOnce(&mut Svg),
    ) {
        if !self.mark() {
            return;
        }
        self.raw("<use href=\"#")
            .id(id)
            .raw("\" x=\"")
            .num(x)
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
        }
    }
}

/// The two ASCII digits of each number below 100, as a little-endian `u16`: the first
/// digit in the low byte (`DIGIT_PAIRS[42]` is the bytes `b"42"`).
const DIGIT_PAIRS: [u16; 100] = {
    let mut pairs = [0; 100];
    let mut value = 0;
    while value < 100 {
        pairs[value] =
            (b'0' as u16 + (value / 10) as u16) | (b'0' as u16 + (value % 10) as u16) << 8;
        value += 1;
    }
    pairs
};

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

/// A coordinate or length with one decimal: short, and the same bytes on every machine.
///
/// Written from the whole tenths as integers into a buffer on the stack, from the last
/// digit back: formatting a float to a fixed number of decimals was a third of the time
/// of drawing a picture, and a `String` per number an allocation.
pub(super) fn number(value: f64) -> Number {
    let tenths = (value * 10.0).round();
    let mut number = Number {
        bytes: [0; 24],
        start: 24,
    };
    if !tenths.is_finite() {
        number.bytes[21..].copy_from_slice(b"0.0");
        number.start = 21;
        return number;
    }
    // Coordinates are within a few thousand pixels: far inside i64 (a value outside
    // saturates, and is still written whole).
    #[allow(clippy::cast_possible_truncation)]
    let tenths = tenths as i64;
    let magnitude = tenths.unsigned_abs();
    // At most twenty digits, a point and a sign: 22 of the 24 bytes.
    number.push_front(b'0' + (magnitude % 10) as u8);
    number.push_front(b'.');
    let mut whole = magnitude / 10;
    loop {
        number.push_front(b'0' + (whole % 10) as u8);
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    if tenths < 0 {
        number.push_front(b'-');
    }
    number
}

/// A number's text, held on the stack: `bytes[start..]`.
pub(super) struct Number {
    bytes: [u8; 24],
    start: usize,
}

impl Number {
    fn push_front(&mut self, byte: u8) {
        if let Some(start) = self.start.checked_sub(1)
            && let Some(slot) = self.bytes.get_mut(start)
        {
            *slot = byte;
            self.start = start;
        }
    }

    /// The text's bytes: ASCII digits, a sign and a point.
    fn digits(&self) -> &[u8] {
        self.bytes.get(self.start..).unwrap_or(&[])
    }
}

impl std::ops::Deref for Number {
    type Target = str;

    fn deref(&self) -> &str {
        // Only ASCII digits, a sign and a point were pushed.
        std::str::from_utf8(self.digits()).unwrap_or("0.0")
    }
}

#[cfg(test)]
mod tests {
    use super::{Svg, number};
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
    fn a_number_written_once_is_copied_where_it_repeats() {
        let mut svg = Svg::new();
        svg.raw("x1=");
        let x = svg.num_written(263.04);
        svg.raw(" x2=").again(x.clone()).raw(" x=").again(x);
        assert_eq!(svg.finish(), "x1=263.0 x2=263.0 x=263.0");
        // A range outside the picture copies nothing.
        let mut svg = Svg::new();
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = 2..1;
        svg.raw("ab").again(1..5).again(backwards);
        assert_eq!(svg.finish(), "ab");
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

    #[test]
    fn numbers_have_one_decimal_as_the_format_would_write_them() {
        for value in [
            0.0, 170.0, 263.04, 263.06, 1234.55, 0.04, 2399.99, -3.0, -0.06, 9.95, 1e15,
        ] {
            let expected = format!("{:.1}", (value * 10.0_f64).round() / 10.0);
            assert_eq!(&*number(value), expected, "{value}");
        }
        // The picture's writer: the same text, in and around its fast range.
        for value in [
            0.0,
            -0.0,
            0.04,
            0.05,
            0.96,
            9.95,
            99.96,
            999.95,
            9_999.96,
            99_999.94,
            99_999.95,
            99_999.96,
            123_456.7,
            -0.04,
            -3.0,
            1e300,
            -1e300,
            f64::NAN,
        ] {
            let mut svg = Svg::new();
            svg.num(value);
            assert_eq!(svg.finish(), &*number(value), "{value}");
        }
        // Halves and thirds of a tenth over the whole fast range, and past it.
        let mut svg = Svg::new();
        let mut expected = String::new();
        for step in (0..2_100_000_u32).step_by(7) {
            for value in [f64::from(step) / 20.0, f64::from(step) / 30.0] {
                svg.num(value).raw(" ");
                expected.push_str(&number(value));
                expected.push(' ');
            }
        }
        assert_eq!(svg.finish(), expected);
        // Just under and just over a half, and on it, at every size the writer takes.
        for whole in [
            0.0, 1.0, 2.0, 3.0, 170.0, 1_023.0, 65_535.0, 524_287.0, 999_997.0,
        ] {
            let half: f64 = whole + 0.5;
            for scaled in [
                f64::from_bits(half.to_bits() - 1),
                half,
                f64::from_bits(half.to_bits() + 1),
            ] {
                let value = scaled / 10.0;
                let mut svg = Svg::new();
                svg.num(value);
                assert_eq!(svg.finish(), &*number(value), "{value} {scaled}");
            }
        }
        // No negative zero: what rounds to nothing is nothing.
        assert_eq!(&*number(-0.04), "0.0");
        assert_eq!(&*number(f64::NAN), "0.0");
        assert_eq!(&*number(f64::INFINITY), "0.0");
        assert!(number(-1e300).starts_with("-9"));
        assert!(number(1e300).starts_with("92233720368547758"));
    }

    proptest::proptest! {
        /// Any value the fast range takes is rounded as `f64::round` rounds it.
        #[test]
        fn any_coordinate_is_rounded_as_f64_round_rounds_it(value in 0.0..100_000.0_f64) {
            let mut svg = Svg::new();
            svg.num(value);
            proptest::prop_assert_eq!(svg.finish(), number(value).to_string());
        }
    }
}
