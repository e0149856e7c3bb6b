//! Texts with `{name}` placeholders: a finding's message and the picture's sentences
//! are filled by one scan of the template, each placeholder's value written straight
//! into the output.

use std::fmt;

/// Writes `template` into `out` with each `{name}` replaced by what `value` writes for
/// it; a placeholder `value` does not know (it returns `false`) stays as written, and a
/// `{` without its `}` is text. `out` is a `String`, or a writer that escapes what it is
/// given (the picture's text).
pub(crate) fn fill<W: fmt::Write>(
    template: &str,
    out: &mut W,
    mut value: impl FnMut(&str, &mut W) -> bool,
) {
    // A `String` or the picture's buffer takes any text: neither write fails.
    // `{` and `}` are ASCII: the byte positions memchr finds are character boundaries.
    // (`str::find` of a char cost about a hundred instructions a call; a message has a
    // few placeholders, a report thirty messages.)
    let mut rest = template;
    while let Some(open) = memchr::memchr(b'{', rest.as_bytes()) {
        let _ = out.write_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = memchr::memchr(b'}', after.as_bytes()) else {
            let _ = out.write_str(&rest[open..]);
            return;
        };
        let name = &after[..close];
        if !value(name, out) {
            let _ = out.write_char('{');
            let _ = out.write_str(name);
            let _ = out.write_char('}');
        }
        rest = &after[close + 1..];
    }
    let _ = out.write_str(rest);
}

#[cfg(test)]
mod tests {
    use super::fill;

    fn filled(template: &str) -> String {
        let mut out = String::new();
        fill(template, &mut out, |name, out| match name {
            "a" => {
                out.push('1');
                true
            }
            "long" => {
                out.push_str("{a}");
                true
            }
            _ => false,
        });
        out
    }

    #[test]
    fn placeholders_are_filled_once_and_the_rest_is_text() {
        assert_eq!(filled("x {a} y {a}"), "x 1 y 1");
        assert_eq!(filled("{a}{a}"), "11");
        // A value is not read as a template again.
        assert_eq!(filled("{long}"), "{a}");
        assert_eq!(filled("{b} and {a}"), "{b} and 1");
        assert_eq!(filled("open { and {a"), "open { and {a");
        assert_eq!(filled("{}"), "{}");
        assert_eq!(filled("ääk {a} €"), "ääk 1 €");
        assert_eq!(filled(""), "");
    }
}
