//! The report writer: a report in one language written straight into a byte buffer, the
//! same bytes `serde_json` writes for [`ReportIn`], in less time.
//!
//! Writing a 30-finding report through serde was more instructions than parsing the
//! document it reports on: serde_json escapes every string by looking each byte up in a
//! table (a third of the time), and each finding passes through serde's map machinery.
//! Here the fixed keys are written as they stand, and a string is scanned eight bytes at
//! a time for the three kinds of byte JSON escapes (`"`, `\` and controls), the runs
//! between them copied in one piece. The parameters are written the same way, each
//! variant's fields in the order serde's derive writes them; `tests/report_writer.rs`
//! compares the bytes with serde_json's for a report of every rule in every language.

use super::{Finding, ParamValue, ReportIn};
use crate::date_text::Iso;
use crate::format::SchemaVersion;
use crate::i18n::Lang;

impl ReportIn<'_> {
    /// Appends the report's JSON to `out`: byte for byte what
    /// `serde_json::to_vec(&report.in_language(lang))` writes, about twice as fast
    /// (BENCHMARKS.md).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::{ClientId, Enrolment, Key, Lang, ServicePath};
    ///
    /// let mut path = ServicePath::new(ClientId::new("demo-1")?);
    /// path.enrolments.push(Enrolment::new(Key::new("no_such_model")?, NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?));
    /// let report = path.validate(NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?);
    /// let mut out = Vec::new();
    /// report.in_language(Lang::Fi).write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(&report.in_language(Lang::Fi))?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        // A finding is a few hundred bytes: grow once, not as it is written.
        out.reserve(64 + 512 * self.report.findings.len());
        out.extend_from_slice(b"{\"schema_version\":");
        out.extend_from_slice(SchemaVersion::NUMBER.to_string().as_bytes());
        out.extend_from_slice(b",\"findings\":[");
        for (index, finding) in self.report.findings.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            write_finding(finding, self.lang, out);
        }
        out.extend_from_slice(b"]}");
    }
}

fn write_finding(finding: &Finding, lang: Lang, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"code\":");
    string(finding.code.as_str(), out);
    out.extend_from_slice(b",\"severity\":");
    string(
        crate::variant_name::variant_name(&finding.severity).unwrap_or_default(),
        out,
    );
    out.extend_from_slice(b",\"path\":");
    string(finding.path.as_str(), out);
    out.extend_from_slice(b",\"params\":{");
    for (index, (name, value)) in finding.params.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        string(name, out);
        out.push(b':');
        param(value, out);
    }
    out.push(b'}');
    out.extend_from_slice(b",\"message\":{\"");
    out.extend_from_slice(lang.code().as_bytes());
    out.extend_from_slice(b"\":");
    message(finding, lang, out);
    out.extend_from_slice(b"}}");
}

/// The message in `lang` as a JSON string, written straight into `out` with no `String`
/// of its own (its allocation and copy cost about 200 instructions a message), then
/// scanned once for characters to escape, as [`string`] scans. The same text as
/// [`Finding::message`], capital included.
fn message(finding: &Finding, lang: Lang, out: &mut Vec<u8>) {
    out.push(b'"');
    let start = out.len();
    super::fill(
        finding.code.info().message.get(lang),
        &finding.params,
        lang,
        &mut Appending(out),
    );
    capitalize(out, start);
    // Rare (a key or a name with a quote or a control): the message is written again,
    // escaped.
    if out.get(start..).is_some_and(may_need_escape) {
        let text = out.split_off(start);
        escaped(&text, out);
    }
    out.push(b'"');
}

/// The first letter from `start` on in upper case, as [`Finding::message`] has it: a
/// message that opens with a parameter still starts with a capital. The message is not
/// escaped yet, so its first character starts at `start`.
fn capitalize(out: &mut Vec<u8>, start: usize) {
    // Most messages open with an ASCII byte: a letter's capital is then one byte too.
    if let Some(first) = out.get_mut(start)
        && first.is_ascii()
    {
        first.make_ascii_uppercase();
        return;
    }
    let head = out.get(start..out.len().min(start + 4)).unwrap_or_default();
    // Four bytes hold the first character whole; they may end inside the second.
    let valid = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(error) => head
            .get(..error.valid_up_to())
            .and_then(|valid| std::str::from_utf8(valid).ok())
            .unwrap_or_default(),
    };
    if let Some(first) = valid.chars().next()
        && first.is_lowercase()
    {
        let upper: String = first.to_uppercase().collect();
        out.splice(start..start + first.len_utf8(), upper.into_bytes());
    }
}

/// A writer of text at the end of a byte buffer.
struct Appending<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Appending<'_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0.extend_from_slice(text.as_bytes());
        Ok(())
    }
}

/// A parameter as serde writes it: an object tagged by `"type"`, its fields in
/// declaration order.
fn param(value: &ParamValue, out: &mut Vec<u8>) {
    let tag = |tag: &str, out: &mut Vec<u8>| {
        out.extend_from_slice(b"{\"type\":\"");
        out.extend_from_slice(tag.as_bytes());
        out.push(b'"');
    };
    let field = |name: &str, out: &mut Vec<u8>| {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
    };
    match value {
        ParamValue::Integer { value } => {
            tag("integer", out);
            field("value", out);
            number(*value, out);
        }
        ParamValue::Date { value } => {
            tag("date", out);
            field("value", out);
            date(*value, out);
        }
        ParamValue::Key { value } => {
            tag("key", out);
            field("value", out);
            string(value, out);
        }
        ParamValue::Term {
            vocabulary, value, ..
        } => {
            tag("term", out);
            field("vocabulary", out);
            string(vocabulary, out);
            field("value", out);
            string(value, out);
        }
        ParamValue::Name { key, name } => {
            tag("name", out);
            field("key", out);
            string(key, out);
            field("name", out);
            out.extend_from_slice(b"{\"fi\":");
            string(&name.fi, out);
            out.extend_from_slice(b",\"sv\":");
            string(&name.sv, out);
            out.extend_from_slice(b",\"en\":");
            string(&name.en, out);
            out.push(b'}');
        }
        ParamValue::Periods {
            per,
            first,
            last,
            count,
        } => {
            tag("periods", out);
            field("per", out);
            string(
                crate::variant_name::variant_name(per).unwrap_or_default(),
                out,
            );
            field("first", out);
            date(*first, out);
            field("last", out);
            date(*last, out);
            field("count", out);
            number(i64::from(*count), out);
        }
        ParamValue::List { items } => {
            tag("list", out);
            field("items", out);
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                param(item, out);
            }
            out.push(b']');
        }
        ParamValue::Money { cents } => {
            tag("money", out);
            field("cents", out);
            number(*cents, out);
        }
        ParamValue::Missing {} => tag("missing", out),
    }
    out.push(b'}');
}

/// A number as serde_json writes an integer (with itoa, as serde_json does).
fn number(value: i64, out: &mut Vec<u8>) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// A date as chrono serializes it (`2024-02-01`; a sign and more digits outside 0–9999).
fn date(value: chrono::NaiveDate, out: &mut Vec<u8>) {
    use std::io::Write;
    out.push(b'"');
    match Iso(value).bytes() {
        Some(bytes) => out.extend_from_slice(&bytes),
        None => {
            let _ = write!(out, "{value:?}");
        }
    }
    out.push(b'"');
}

/// `text` as a JSON string, escaped exactly as serde_json escapes it: `"` and `\` with a
/// backslash, the controls with a short escape where JSON has one and `\u00xx` (lower-case
/// hex) otherwise; everything else, non-ASCII included, as it is.
///
/// Most strings of a report (codes, names, pointers, most messages) need no escape: they
/// are tested eight bytes at a time and copied whole. A string that needs one is written
/// run by run.
fn string(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if may_need_escape(bytes) {
        escaped(bytes, out);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
}

/// Whether any byte of `bytes` may need an escape (see [`needs_escape`]): eight at a time,
/// the last few padded with spaces, which need none.
fn may_need_escape(bytes: &[u8]) -> bool {
    let (words, tail) = bytes.as_chunks::<8>();
    let mut padded = [b' '; 8];
    if let Some(head) = padded.get_mut(..tail.len()) {
        head.copy_from_slice(tail);
    }
    words.iter().any(needs_escape) || needs_escape(&padded)
}

/// `bytes` escaped, run by run: the runs between bytes that need an escape copied whole.
fn escaped(bytes: &[u8], out: &mut Vec<u8>) {
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if let Some(escape) = escape(byte) {
            out.extend_from_slice(&bytes[start..at]);
            out.extend_from_slice(escape.as_bytes());
            if escape == "\\u00" {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xf)]);
            }
            start = at + 1;
        }
    }
    out.extend_from_slice(&bytes[start..]);
}

/// The escape of `byte`, if it needs one (`\u00` is completed with two hex digits).
fn escape(byte: u8) -> Option<&'static str> {
    Some(match byte {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x09 => "\\t",
        0x0a => "\\n",
        0x0c => "\\f",
        0x0d => "\\r",
        0x00..=0x1f => "\\u00",
        _ => return None,
    })
}

/// Whether any of eight bytes may need an escape: a byte below 0x20, a `"` or a `\`. The
/// bit tricks ("has a zero byte", "has a byte less than n") may say yes for a byte that
/// needs none, never no for one that does; a yes is then checked byte by byte.
fn needs_escape(word: &[u8; 8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = u64::from_le_bytes(*word);
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    (control
        | zero_byte(word ^ (ONES * u64::from(b'"')))
        | zero_byte(word ^ (ONES * u64::from(b'\\'))))
        != 0
}

#[cfg(test)]
mod tests {
    use super::string;

    fn serde(text: &str) -> Vec<u8> {
        serde_json::to_vec(text).expect("json")
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_byte = String::new();
        for c in (0u8..0x80).map(char::from) {
            every_byte.push(c);
        }
        for text in [
            "",
            "plain",
            "ääkköset ja ”lainaus”",
            "a\"b\\c",
            "\u{0}\u{1}\u{1f}\u{7f}",
            "tab\tnew\nline\r\u{8}\u{c}",
            "seven b\"",
            "exactly8",
            "exactly8\"then",
            "0123456789abcdef0123456789abcdef\\",
            every_byte.as_str(),
        ] {
            let mut out = Vec::new();
            string(text, &mut out);
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&serde(text)),
                "{text:?}"
            );
        }
    }

    /// Every kind of parameter (the rules' own reports do not make them all: no rule says
    /// "nothing" with `missing`), in a pointer that needs escapes, in every language.
    #[test]
    fn every_kind_of_parameter_is_written_as_serde_writes_it() {
        use crate::i18n::{Lang, LocalizedText};
        use crate::rules::code::RuleCode;
        use crate::rules::finding::{Finding, ParamValue, Report};
        use crate::rules::pointer::JsonPointer;
        use crate::service::record::period::Period;

        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let finding = Finding::new(
            RuleCode::PATH_JOB_END_WITHOUT_START,
            JsonPointer::root().field("a\"b").index(3),
        )
        .param("integer", ParamValue::Integer { value: -42 })
        .param(
            "date",
            ParamValue::Date {
                value: day(2024, 2, 1),
            },
        )
        .param(
            "far",
            ParamValue::Date {
                value: day(12_345, 1, 1),
            },
        )
        .param("key", ParamValue::key("x\ty"))
        .param("term", ParamValue::term(Period::IsoWeek))
        .param(
            "name",
            ParamValue::name("k", &LocalizedText::new("ä\"", "s", "e")),
        )
        .param(
            "periods",
            ParamValue::Periods {
                per: Period::CalendarMonth,
                first: day(2024, 1, 1),
                last: day(2024, 3, 31),
                count: 3,
            },
        )
        .param(
            "list",
            ParamValue::List {
                items: vec![ParamValue::money(-5), ParamValue::Missing {}],
            },
        )
        .param("missing", ParamValue::Missing {});
        let report: Report = [finding.clone(), finding].into_iter().collect();
        for lang in Lang::ALL {
            let mut out = Vec::new();
            report.in_language(lang).write_json(&mut out);
            let serde = serde_json::to_vec(&report.in_language(lang)).expect("json");
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&serde)
            );
        }
    }

    /// A message written straight into the report: a first parameter in lower case gets
    /// its capital (a one-byte letter, a two-byte one and one whose capital is longer), a
    /// parameter with characters JSON escapes is escaped, an unknown one stays as written.
    #[test]
    fn messages_are_written_as_finding_message_writes_them() {
        use crate::i18n::{Lang, LocalizedText};
        use crate::rules::code::RuleCode;
        use crate::rules::finding::{Finding, ParamValue, Report};
        use crate::rules::pointer::JsonPointer;
        use crate::service::record::event::EventKind;

        let events = [
            ParamValue::term(EventKind::GroupSession),
            ParamValue::key("x\"y\n"),
            ParamValue::name("k", &LocalizedText::new("äiti", "ßa", "ǆ\u{1}")),
            ParamValue::name("k", &LocalizedText::new("", "Å", "1")),
            ParamValue::Missing {},
        ];
        let report: Report = events
            .into_iter()
            .map(|event| {
                Finding::new(RuleCode::PATH_CONTACT_TOO_SHORT, JsonPointer::root())
                    .param("event", event)
                    .param("minutes", ParamValue::Integer { value: 5 })
            })
            .collect();
        for lang in Lang::ALL {
            let mut out = Vec::new();
            report.in_language(lang).write_json(&mut out);
            let json: serde_json::Value = serde_json::from_slice(&out).expect("json");
            for (finding, written) in report
                .iter()
                .zip(json["findings"].as_array().into_iter().flatten())
            {
                let message = finding.message(lang);
                assert_eq!(written["message"][lang.code()], message.as_str());
                assert!(message.contains("{min}"), "{message}");
            }
            let serde = serde_json::to_vec(&report.in_language(lang)).expect("json");
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&serde)
            );
        }
        let first = report
            .iter()
            .next()
            .map(|finding| finding.message(Lang::Fi));
        assert!(first.is_some_and(|message| message.starts_with('R')));
    }

    proptest::proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(text in "\\PC*|[\\x00-\\x7f]*") {
            let mut out = Vec::new();
            string(&text, &mut out);
            proptest::prop_assert_eq!(out, serde(&text));
        }
    }
}
