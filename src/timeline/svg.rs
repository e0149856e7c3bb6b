//! The SVG writer: elements and text through `quick-xml`, which escapes every text and
//! attribute, and the budget of marks one picture may draw.

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

use super::MAX_MARKS;

type Attributes<'a> = &'a [(&'a str, &'a str)];

/// An SVG document being written.
pub(super) struct Svg {
    pub(super) writer: Writer<Vec<u8>>,
    /// Marks drawn so far, and marks left out past [`MAX_MARKS`].
    pub(super) marks: usize,
    pub(super) left_out: usize,
}

impl Svg {
    pub(super) fn open(&mut self, name: &str, attributes: Attributes<'_>) {
        let start = BytesStart::new(name).with_attributes(attributes.iter().copied());
        // Writing into a Vec cannot fail.
        let _ = self.writer.write_event(Event::Start(start));
    }

    pub(super) fn close(&mut self, name: &str) {
        let _ = self.writer.write_event(Event::End(BytesEnd::new(name)));
    }

    pub(super) fn empty(&mut self, name: &str, attributes: Attributes<'_>) {
        let start = BytesStart::new(name).with_attributes(attributes.iter().copied());
        let _ = self.writer.write_event(Event::Empty(start));
    }

    pub(super) fn text(&mut self, name: &str, attributes: Attributes<'_>, text: &str) {
        self.open(name, attributes);
        let _ = self.writer.write_event(Event::Text(BytesText::new(text)));
        self.close(name);
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
        String::from_utf8(self.writer.into_inner()).unwrap_or_default()
    }
}

/// A coordinate or length with one decimal: short, and the same bytes on every machine.
///
/// Written from the whole tenths as integers: formatting a float to a fixed number of
/// decimals was a third of the time of drawing a picture.
pub(super) fn number(value: f64) -> String {
    let tenths = (value * 10.0).round();
    if !tenths.is_finite() {
        return "0.0".to_owned();
    }
    // Coordinates are within a few thousand pixels: far inside i64.
    #[allow(clippy::cast_possible_truncation)]
    let tenths = tenths as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

impl Svg {
    /// An empty document.
    pub(super) fn new() -> Svg {
        Svg {
            // Most pictures are tens of kilobytes: start there rather than grow to it.
            writer: Writer::new(Vec::with_capacity(32 * 1024)),
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
            assert_eq!(number(value), expected, "{value}");
        }
        assert_eq!(number(f64::NAN), "0.0");
    }
}
