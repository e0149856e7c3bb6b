//! The SVG writer: elements written straight into one buffer, every text and attribute
//! value escaped by `quick-xml`'s escaping (the same bytes its `Writer` wrote), and the
//! budget of marks one picture may draw.
//!
//! The elements used to go through `quick-xml`'s `Writer` and `BytesStart`, which build
//! each start tag in its own string: allocation was a quarter of drawing a picture
//! (callgrind, BENCHMARKS.md). The escaping, the part that keeps a caller's text from
//! becoming markup, is still quick-xml's.

use quick_xml::escape::escape;
use quick_xml::events::attributes::Attribute;

use super::MAX_MARKS;

type Attributes<'a> = &'a [(&'a str, &'a str)];

/// An SVG document being written.
pub(super) struct Svg {
    out: Vec<u8>,
    /// Marks drawn so far, and marks left out past [`MAX_MARKS`].
    pub(super) marks: usize,
    pub(super) left_out: usize,
}

impl Svg {
    fn tag(&mut self, name: &str, attributes: Attributes<'_>) {
        self.out.push(b'<');
        self.out.extend_from_slice(name.as_bytes());
        for &(key, value) in attributes {
            // An attribute's value escaped as quick-xml escapes it (borrowed when nothing
            // needs escaping): `<`, `>`, `&`, quotes, and line breaks and tabs.
            let escaped = Attribute::from((key, value)).value;
            self.out.push(b' ');
            self.out.extend_from_slice(key.as_bytes());
            self.out.extend_from_slice(b"=\"");
            self.out.extend_from_slice(escaped.as_bytes());
            self.out.push(b'"');
        }
    }

    pub(super) fn open(&mut self, name: &str, attributes: Attributes<'_>) {
        self.tag(name, attributes);
        self.out.push(b'>');
    }

    pub(super) fn close(&mut self, name: &str) {
        self.out.extend_from_slice(b"</");
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'>');
    }

    pub(super) fn empty(&mut self, name: &str, attributes: Attributes<'_>) {
        self.tag(name, attributes);
        self.out.extend_from_slice(b"/>");
    }

    pub(super) fn text(&mut self, name: &str, attributes: Attributes<'_>, text: &str) {
        self.open(name, attributes);
        self.out.extend_from_slice(escape(text).as_bytes());
        self.close(name);
    }

    /// Markup the crate wrote itself (a symbol's shape), as it stands.
    pub(super) fn markup(&mut self, markup: &'static str) {
        self.out.extend_from_slice(markup.as_bytes());
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

    /// A symbol placed at `x`, `y` with a `<title>`.
    pub(super) fn symbol(&mut self, id: &str, x: f64, y: f64, title: &str, class: &str) {
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

    pub(super) fn finish(self) -> String {
        // Only strings went in, so the bytes are UTF-8.
        String::from_utf8(self.out).unwrap_or_default()
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

impl std::ops::Deref for Number {
    type Target = str;

    fn deref(&self) -> &str {
        // Only ASCII digits, a sign and a point were pushed.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("0.0")
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
            out: Vec::with_capacity(32 * 1024),
            marks: 0,
            left_out: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number;

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
