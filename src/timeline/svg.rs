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
pub(super) fn number(value: f64) -> String {
    format!("{value:.1}")
}

impl Svg {
    /// An empty document.
    pub(super) fn new() -> Svg {
        Svg {
            writer: Writer::new(Vec::new()),
            marks: 0,
            left_out: 0,
        }
    }
}
