//! Finding personal identity codes in any text, in any of the forms a person may type
//! them: upper or lower case, with any century sign, another separator (`_`, `.`, `:`,
//! space) or none, and inside longer text.
//!
//! Used wherever the crate takes text from a document that must stay pseudonymous (ids,
//! keys, free-text notes) and wherever it passes on text it did not write (a parser's
//! error), so that no part of a code reaches an id, a report or a log.

use chrono::NaiveDate;

/// The check-character alphabet: the remainder of `DDMMYYZZZ` mod 31 indexes it (DVV).
const CHECK_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Where an identity-code-like run starts and how long it is, in bytes.
fn find(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|start| {
        // With a separator (11 characters), then without one (10).
        [11, 10]
            .into_iter()
            .find(|&len| matches_at(bytes, start, len))
            .map(|len| (start, len))
    })
}

/// Whether `bytes[start..start + len]` reads as `DDMMYY?ZZZQ` (len 11, `?` any single
/// ASCII character that is not a digit) or `DDMMYYZZZQ` (len 10) with an existing date
/// in some century and the right check character.
fn matches_at(bytes: &[u8], start: usize, len: usize) -> bool {
    let Some(window) = bytes.get(start..start + len) else {
        return false;
    };
    let (date, rest) = window.split_at(6);
    let rest = if len == 11 {
        let separator = rest[0];
        if separator.is_ascii_digit() || !separator.is_ascii() {
            return false;
        }
        &rest[1..]
    } else {
        rest
    };
    if !date.iter().chain(&rest[..3]).all(u8::is_ascii_digit) {
        return false;
    }
    let digits = |part: &[u8]| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let (day, month, year) = (digits(&date[..2]), digits(&date[2..4]), digits(&date[4..6]));
    let exists = [1800, 1900, 2000].iter().any(|century| {
        i32::try_from(century + year)
            .ok()
            .and_then(|year| NaiveDate::from_ymd_opt(year, month, day))
            .is_some()
    });
    if !exists {
        return false;
    }
    let number = digits(date) as u64 * 1000 + u64::from(digits(&rest[..3]));
    let expected = CHECK_CHARACTERS[(number % 31) as usize];
    rest[3].to_ascii_uppercase() == expected
}

/// Whether `text` contains something that reads as a personal identity code, in any case,
/// with any separator or none.
///
/// ```
/// use tyokyky::hetu_scan::contains_identity_code;
///
/// assert!(contains_identity_code("131052-308T"));
/// assert!(contains_identity_code("x131052308t"));
/// assert!(contains_identity_code("note: 010594y9032 called"));
/// assert!(!contains_identity_code("cohort-001"));
/// assert!(!contains_identity_code("131052-308U"));
/// ```
pub fn contains_identity_code(text: &str) -> bool {
    find(text).is_some()
}

/// `text` with every identity-code-like run replaced by asterisks of the same length.
///
/// ```
/// use tyokyky::hetu_scan::redact_identity_codes;
///
/// assert_eq!(
///     redact_identity_codes("unknown variant `131052-308T`"),
///     "unknown variant `***********`"
/// );
/// ```
pub fn redact_identity_codes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, len)) = find(rest) {
        out.push_str(&rest[..start]);
        out.extend(std::iter::repeat_n('*', len));
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_a_person_types() {
        for text in [
            "131052-308T",
            "131052-308t",
            "131052308T",
            "131052_308T",
            "131052 308t",
            "x131052-308tx",
            "010594Y9032",
            "010594y9032",
            "0105949032",
            "020594X903P",
            "010516B903X",
            "290200A002C",
        ] {
            assert!(contains_identity_code(text), "{text}");
            assert!(!redact_identity_codes(text).contains("308"), "{text}");
        }
    }

    #[test]
    fn near_misses_are_not_codes() {
        for text in [
            "131052-308U",
            "320194-9032",
            "010594Y903",
            "cohort-001",
            "",
            "1310523081",
            "13105a-308T",
            // A digit where the separator goes is no separator.
            "1310520308T",
            // 29 February of a year ending 01 exists in no century.
            "290201-002M",
        ] {
            assert!(!contains_identity_code(text), "{text}");
        }
        // Non-ASCII around or inside never panics.
        assert!(!contains_identity_code("ääää131052ä308T"));
        assert!(contains_identity_code("ää131052-308T"));
    }

    #[test]
    fn redaction_keeps_the_rest() {
        assert_eq!(
            redact_identity_codes("a 131052-308T b 010594y9032"),
            "a *********** b ***********"
        );
    }
}
