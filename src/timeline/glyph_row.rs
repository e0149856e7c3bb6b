//! A row of event glyphs whose text is prepared once per kind.

use chrono::NaiveDate;

use super::svg::Svg;

/// The glyphs of one row of a band, each `<use href="#id" x="…"><title>label
/// day</title></use>` inside a group that moves the row to its height: everything but the
/// x and the day depends only on the kind, so it is written once per kind and copied for
/// each glyph. A path has as many glyphs as events; preparing their text was the larger
/// part of drawing a picture, and their height and class, written once for the row
/// rather than for each glyph, a fifth of its bytes.
pub(super) struct GlyphRow {
    /// By kind (a small index the caller chooses): the markup before the x, and the
    /// markup from the x to the title's day.
    texts: Vec<Option<(Svg, Svg)>>,
}

impl GlyphRow {
    pub(super) fn new() -> GlyphRow {
        GlyphRow { texts: Vec::new() }
    }

    /// The glyph of kind `kind` (symbol `id`, named by `label`, asked only the first time
    /// a kind is met) at `x` (in tenths of a pixel,
    /// [`Scale::middle_tenths`](super::scale::Scale::middle_tenths)), titled with its day.
    pub(super) fn draw<'a>(
        &mut self,
        svg: &mut Svg,
        kind: usize,
        id: &'static str,
        label: impl FnOnce() -> &'a str,
        x: u32,
        day: NaiveDate,
    ) {
        if !svg.mark() {
            return;
        }
        if self.texts.len() <= kind {
            self.texts.resize_with(kind + 1, || None);
        }
        let Some(slot) = self.texts.get_mut(kind) else {
            return;
        };
        let path = svg.path;
        let (head, middle) = slot.get_or_insert_with(|| {
            let mut head = Svg::piece();
            head.path = path;
            head.raw("<use href=\"#").id(id).raw("\" x=\"");
            let mut middle = Svg::piece();
            middle.raw("\"><title>").text(label()).raw(" ");
            (head, middle)
        });
        svg.copy(head)
            .tenths(x)
            .copy(middle)
            .day(day)
            .raw("</title></use>");
    }
}

#[cfg(test)]
mod tests {
    use super::{GlyphRow, Svg};
    use chrono::NaiveDate;

    #[test]
    fn a_glyph_from_its_row_is_the_symbol_written_whole() {
        use crate::date_text::Iso;
        let days = [
            (2024, 1, 9),
            (1, 12, 31),
            (9999, 1, 1),
            (-1, 6, 1),
            (10_000, 3, 4),
        ];
        for kind in ["Yksilötapaaminen", "R&D <day>", "line\nbreak"] {
            let (mut row, mut whole) = (Svg::new(), Svg::new());
            let mut glyphs = GlyphRow::new();
            // A glyph written whole, piece by piece.
            let glyph =
                |svg: &mut Svg, id: &'static str, x: u32, title: std::fmt::Arguments<'_>| {
                    if svg.mark() {
                        svg.raw("<use href=\"#")
                            .id(id)
                            .raw("\" x=\"")
                            .tenths(x)
                            .raw("\"><title>")
                            .formatted(title)
                            .raw("</title></use>");
                    }
                };
            for (at, (year, month, day)) in days.into_iter().enumerate() {
                let day = NaiveDate::from_ymd_opt(year, month, day).expect("day");
                let x = 263.04 + at as f64;
                let tenths = super::super::svg::tenths_of(x).expect("a coordinate");
                // Kinds in any order, one of them twice: each kind's text is its own.
                glyphs.draw(&mut row, 3, "meeting", || kind, tenths, day);
                glyphs.draw(&mut row, 0, "group", || "ryhmä", tenths, day);
                glyph(
                    &mut whole,
                    "meeting",
                    tenths,
                    format_args!("{kind} {}", Iso(day)),
                );
                glyph(
                    &mut whole,
                    "group",
                    tenths,
                    format_args!("ryhmä {}", Iso(day)),
                );
            }
            let (row, whole) = (row.finish(), whole.finish());
            assert_eq!(row, whole);
            assert!(row.starts_with("<use href=\"#meeting\" x=\"263.0\"><title>"));
        }
    }
}
