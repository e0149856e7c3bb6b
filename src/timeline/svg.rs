//! The SVG writer: elements written straight into one buffer, every text and attribute
//! value escaped by `quick-xml`'s escaping (the same bytes its `Writer` wrote), and the
//! budget of marks one picture may draw.
//!
//! The elements used to go through `quick-xml`'s `Writer` and `BytesStart`, which build
//! each start tag in its own string: allocation was a quarter of drawing a picture
//! (callgrind, BENCHMARKS.md). The escaping, the part that keeps a caller's text from
//! becoming markup, is still quick-xml's; a value without any character either of its
//! escapes touches (a number, a class, most words) is copied as it stands, which is what
//! quick-xml returns for it, without building its `Cow`. Titles are formatted straight
//! into the buffer through the escaping, not into a `String` each.

use std::fmt;

use chrono::NaiveDate;
use quick_xml::escape::escape;
use quick_xml::events::attributes::Attribute;

use super::MAX_MARKS;
use crate::date_text::Iso;

type Attributes<'a> = &'a [(&'a str, &'a str)];

/// An SVG document being written.
pub(super) struct Svg {
    out: String,
    /// Marks drawn so far, and marks left out past [`MAX_MARKS`].
    pub(super) marks: usize,
    pub(super) left_out: usize,
}

impl Svg {
    fn tag(&mut self, name: &str, attributes: Attributes<'_>) {
        self.out.push('<');
        self.out.push_str(name);
        for &(key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            if may_escape(value) {
                // An attribute's value escaped as quick-xml escapes it: `<`, `>`, `&`,
                // quotes, and line breaks and tabs.
                let escaped = Attribute::from((key, value)).value;
                self.out.push_str(&escaped);
            } else {
                self.out.push_str(value);
            }
            self.out.push('"');
        }
    }

    /// `text` escaped as quick-xml escapes an element's text.
    fn escaped(&mut self, text: &str) {
        if may_escape(text) {
            self.out.push_str(&escape(text));
        } else {
            self.out.push_str(text);
        }
    }

    /// A `<title>` formatted from `text` as it is written: each piece escaped.
    pub(super) fn title(&mut self, text: fmt::Arguments<'_>) {
        self.out.push_str("<title>");
        // Writing into a String does not fail; a `Display` that fails leaves its text short.
        let _ = fmt::write(&mut Escaping(self), text);
        self.out.push_str("</title>");
    }

    /// A coordinate with one decimal, as [`number`] writes it, straight into the picture:
    /// its digits are ASCII, so they go in without the check a `&str` of them takes.
    fn push_number(&mut self, value: f64) {
        self.push_ascii(number(value).digits());
    }

    /// Bytes the writer made itself and knows to be ASCII (digits, a sign, a point, a
    /// date's dashes), each one character.
    fn push_ascii(&mut self, bytes: &[u8]) {
        self.out.extend(bytes.iter().map(|&byte| char::from(byte)));
    }

    pub(super) fn open(&mut self, name: &str, attributes: Attributes<'_>) {
        self.tag(name, attributes);
        self.out.push('>');
    }

    pub(super) fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    pub(super) fn empty(&mut self, name: &str, attributes: Attributes<'_>) {
        self.tag(name, attributes);
        self.out.push_str("/>");
    }

    pub(super) fn text(&mut self, name: &str, attributes: Attributes<'_>, text: &str) {
        self.open(name, attributes);
        self.escaped(text);
        self.close(name);
    }

    /// Markup the crate wrote itself (a symbol's shape), as it stands.
    pub(super) fn markup(&mut self, markup: &'static str) {
        self.out.push_str(markup);
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

    /// A symbol placed at `x`, `y` with a `<title>`. The symbol's id and the class are
    /// the crate's own words and the coordinates digits: none needs escaping.
    pub(super) fn symbol(
        &mut self,
        id: &'static str,
        (x, y): (f64, f64),
        class: &'static str,
        title: Title<'_>,
    ) {
        if !self.mark() {
            return;
        }
        self.out.push_str("<use href=\"#");
        self.out.push_str(id);
        self.out.push_str("\" x=\"");
        self.push_number(x);
        self.out.push_str("\" y=\"");
        self.push_number(y);
        self.out.push_str("\" class=\"");
        self.out.push_str(class);
        self.out.push_str("\">");
        match title {
            Title::KindOn(kind, day) => {
                self.out.push_str("<title>");
                self.escaped(kind);
                self.out.push(' ');
                match Iso(day).bytes() {
                    Some(bytes) => self.push_ascii(&bytes),
                    None => {
                        let _ = fmt::write(&mut Escaping(self), format_args!("{day}"));
                    }
                }
                self.out.push_str("</title>");
            }
            Title::Formatted(text) => self.title(text),
        }
        self.close("use");
    }

    pub(super) fn finish(self) -> String {
        self.out
    }
}

/// A glyph's `<title>`: the kind of what it marks and its day (`Yksilötapaaminen
/// 2024-01-09`, written from its pieces: there are as many as events), or any text.
pub(super) enum Title<'a> {
    KindOn(&'a str, NaiveDate),
    Formatted(fmt::Arguments<'a>),
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
        self.0.escaped(text);
        Ok(())
    }
}

/// A coordinate or length with one decimal: short, and the same bytes on every machine.
///
/// Written from the whole tenths as integers into a buffer on the stack: formatting a
/// float to a fixed number of decimals was a third of the time of drawing a picture, and
/// a `String` per number an allocation.
pub(super) fn number(value: f64) -> Number {
    let tenths = (value * 10.0).round();
    let mut number = Number {
        bytes: [0; 24],
        len: 0,
    };
    if !tenths.is_finite() {
        number.push_str("0.0");
        return number;
    }
    // Coordinates are within a few thousand pixels: far inside i64.
    #[allow(clippy::cast_possible_truncation)]
    let tenths = tenths as i64;
    if tenths < 0 {
        number.push_str("-");
    }
    let tenths = tenths.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut whole = tenths / 10;
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        number.push(digit);
    }
    number.push(b'.');
    number.push(b'0' + (tenths % 10) as u8);
    number
}

/// A number's text, held on the stack.
pub(super) struct Number {
    bytes: [u8; 24],
    len: usize,
}

impl Number {
    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    fn push_str(&mut self, text: &str) {
        text.bytes().for_each(|byte| self.push(byte));
    }
}

impl Number {
    /// The text's bytes: ASCII digits, a sign and a point.
    fn digits(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or(&[])
    }
}

impl std::ops::Deref for Number {
    type Target = str;

    fn deref(&self) -> &str {
        // Only ASCII digits, a sign and a point were pushed.
        std::str::from_utf8(self.digits()).unwrap_or("0.0")
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl Svg {
    /// An empty document.
    pub(super) fn new() -> Svg {
        Svg {
            // Most pictures are tens of kilobytes: start there rather than grow to it.
            out: String::with_capacity(32 * 1024),
            marks: 0,
            left_out: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Svg, Title, number};

    #[test]
    fn text_and_attributes_are_escaped_as_quick_xml_escapes_them() {
        use quick_xml::escape::escape;
        use quick_xml::events::attributes::Attribute;
        let texts = [
            "plain words 12.5",
            "a < b & c > d",
            "quote \" and 'apostrophe'",
            "line\nbreak\ttab\rreturn",
            "ääkköset – €",
            "",
        ];
        for text in texts {
            let mut svg = Svg::new();
            svg.text("t", &[("v", text)], text);
            let mut titled = Svg::new();
            // In pieces, as a title is formatted: the same bytes as the whole escaped.
            let middle = text
                .char_indices()
                .nth(text.chars().count() / 2)
                .map_or(text.len(), |(at, _)| at);
            let (head, tail) = text.split_at(middle);
            titled.title(format_args!("{head}{tail}"));
            let expected = format!(
                "<t v=\"{}\">{}</t>",
                Attribute::from(("v", text)).value,
                escape(text)
            );
            assert_eq!(svg.finish(), expected);
            assert_eq!(titled.finish(), format!("<title>{}</title>", escape(text)));
        }
    }

    #[test]
    fn a_glyph_written_from_its_pieces_is_the_formatted_one() {
        use crate::date_text::Iso;
        use chrono::NaiveDate;
        let days = [
            (2024, 1, 9),
            (1, 12, 31),
            (9999, 1, 1),
            (-1, 6, 1),
            (10_000, 3, 4),
        ];
        for (year, month, day) in days {
            let day = NaiveDate::from_ymd_opt(year, month, day).expect("day");
            for kind in ["Yksilötapaaminen", "R&D <day>"] {
                let (mut pieces, mut formatted) = (Svg::new(), Svg::new());
                pieces.symbol("meeting", (263.04, -3.0), "event", Title::KindOn(kind, day));
                formatted.symbol(
                    "meeting",
                    (263.04, -3.0),
                    "event",
                    Title::Formatted(format_args!("{kind} {}", Iso(day))),
                );
                let (pieces, formatted) = (pieces.finish(), formatted.finish());
                assert_eq!(pieces, formatted);
                assert!(pieces.starts_with("<use href=\"#meeting\" x=\"263.0\" y=\"-3.0\""));
            }
        }
    }

    #[test]
    fn numbers_have_one_decimal_as_the_format_would_write_them() {
        for value in [0.0, 170.0, 263.04, 263.06, 1234.55, 0.04, 2399.99, -3.0] {
            let expected = format!("{:.1}", (value * 10.0_f64).round() / 10.0);
            assert_eq!(&*number(value), expected, "{value}");
        }
        assert_eq!(&*number(f64::NAN), "0.0");
        assert!(number(-1e300).starts_with("-9"));
    }
}
