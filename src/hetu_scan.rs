//! Finding personal identity codes in any text, in every form a person may type them.
//!
//! A code is six digits of a date that exists in some century (`DDMMYY`), a century
//! sign, three digits and a check character (`131052-308T`). What makes it personal data
//! is the person, not a correct check character, so a run is treated as a code when it
//! reads as:
//!
//! - **with a century sign**: the date, any century sign (`+`, `-`, a dash, `A`–`F`,
//!   `U`–`Y`, in either case), three digits and *any* letter or digit as the check
//!   character, or none — so a typo in the check character, or a code cut short, is
//!   still a code;
//! - **without a sign**: the date, three digits and the *right* check character, with or
//!   without one separator in between (`131052308T`, `131052_308T`) — a ten-character run
//!   with a wrong check character is too often an ordinary number to redact;
//!
//! and in both, the parts may be split by up to three spaces or separators each (`010594 Y
//! 9032`, `190145 - 2602`, `131052.308.T`), in any case, inside longer text. Used wherever
//! the crate takes text that must stay pseudonymous (ids, keys, free-text notes, spec
//! texts) and wherever it passes on text it did not write (a parser's error, an unknown
//! field's name), so that no part of a code reaches an id, a report or a log.

use chrono::NaiveDate;

/// The check-character alphabet: the remainder of `DDMMYYZZZ` mod 31 indexes it (DVV).
const CHECK_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// The most separators between two parts of a code.
const MAX_SEPARATORS: usize = 3;

/// Whether `c` may stand between two parts of a code: a space of any kind or a
/// punctuation mark (never a letter or a digit).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || (c.is_ascii_punctuation() && c != '+') || is_dash(c)
}

/// Dashes a keyboard or a word processor may put for `-`.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// Whether `c` is a century sign: `+`, a dash, or `A`–`F`, `U`–`Y` in either case.
fn is_century_sign(c: char) -> bool {
    c == '+' || is_dash(c) || matches!(c.to_ascii_uppercase(), 'A'..='F' | 'U'..='Y')
}

/// Every identity-code-like run, as the characters it spans (start, end), one for each
/// character a code starts at; runs may overlap (`010594-903,010594-903`: the first
/// takes the second's `0` as its check character, and the second is a code too). With
/// `open_end`, an unsigned code cut short at the very end of the text counts too (see
/// [`redact_passed_on`]).
///
/// The text's characters are listed once and each start tried once, so the work grows
/// with the text: listing them again after each run (as this did) made a 100 KB field
/// name full of codes take ten seconds (found by the fuzzer).
fn runs(chars: &[(usize, char)], open_end: bool) -> impl Iterator<Item = (usize, usize)> + '_ {
    (0..chars.len())
        .filter_map(move |start| matches_at(chars, start, open_end).map(|end| (start, end)))
}

/// The index after a code that starts at `chars[start]`, if one does.
fn matches_at(chars: &[(usize, char)], start: usize, open_end: bool) -> Option<usize> {
    let digit = |i: usize| chars.get(i).and_then(|(_, c)| c.to_digit(10));
    let mut at = start;
    let mut number = 0u64;
    for _ in 0..6 {
        number = number * 10 + u64::from(digit(at)?);
        at += 1;
    }
    if !date_exists(number) {
        return None;
    }
    let skip = |mut at: usize, accept: &dyn Fn(char) -> bool| {
        let mut skipped = 0;
        while skipped < MAX_SEPARATORS && chars.get(at).is_some_and(|(_, c)| accept(*c)) {
            at += 1;
            skipped += 1;
        }
        (at, skipped)
    };
    // A sign, perhaps after spaces; else the unsigned forms.
    let (after_spaces, _) = skip(at, &|c: char| c.is_whitespace());
    let signed = chars
        .get(after_spaces)
        .is_some_and(|(_, c)| is_century_sign(*c));
    let (mut at, separators) = if signed {
        skip(after_spaces + 1, &is_separator)
    } else {
        skip(at, &is_separator)
    };
    if !signed && separators > 1 {
        return None;
    }
    for _ in 0..3 {
        number = number * 10 + u64::from(digit(at)?);
        at += 1;
    }
    let after_number = at;
    (at, _) = skip(at, &is_separator);
    let check = chars
        .get(at)
        .map(|(_, c)| c.to_ascii_uppercase())
        .filter(char::is_ascii_alphanumeric);
    let Some(check) = check else {
        // A signed code cut before its check character is still a person's (the fuzzer
        // found one typed into a field name); an unsigned run is too often a number,
        // unless the text ends there and whatever follows it may supply the character.
        let open = open_end && at >= chars.len();
        return (signed || open).then_some(after_number);
    };
    let right = char::from(CHECK_CHARACTERS[(number % 31) as usize]);
    (signed || check == right).then_some(at + 1)
}

/// Whether `DDMMYY` (the first six digits of `number`'s nine) is a day of some century.
fn date_exists(ddmmyy: u64) -> bool {
    let (day, month, year) = (ddmmyy / 10_000, ddmmyy / 100 % 100, ddmmyy % 100);
    [1800u64, 1900, 2000].iter().any(|century| {
        let (Ok(year), Ok(month), Ok(day)) = (
            i32::try_from(century + year),
            u32::try_from(month),
            u32::try_from(day),
        ) else {
            return false;
        };
        NaiveDate::from_ymd_opt(year, month, day).is_some()
    })
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
/// // A typo in the check character is still a code; spaces between the parts too.
/// assert!(contains_identity_code("131052-308U"));
/// assert!(contains_identity_code("010594 Y 9032"));
/// // Ten digits with a wrong check character read as an ordinary number.
/// assert!(!contains_identity_code("1310523081"));
/// ```
pub fn contains_identity_code(text: &str) -> bool {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    runs(&chars, false).next().is_some()
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
    redact(text, false)
}

/// Text the crate passes on from its input (a field's name, a parser's words), redacted
/// for wherever it is put: as [`redact_identity_codes`], and also an unsigned code cut
/// short at the very end, whose check character the next text may supply. A field named
/// `111151111` sits in a report as `"path":"/111151111","params"`, and the three marks
/// and the `p` after it complete `111151111","p`, which reads as a code with the right
/// check character (the fuzzer found it).
///
/// ```
/// use tyokyky::hetu_scan::{redact_identity_codes, redact_passed_on};
///
/// assert_eq!(redact_identity_codes("111151111"), "111151111");
/// assert_eq!(redact_passed_on("111151111"), "*********");
/// assert_eq!(redact_passed_on("111151111x"), "111151111x");
/// ```
pub fn redact_passed_on(text: &str) -> String {
    redact(text, true)
}

fn redact(text: &str, open_end: bool) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Every character some run covers, runs that overlap merged.
    let mut hidden = vec![false; chars.len()];
    for (start, end) in runs(&chars, open_end) {
        if let Some(run) = hidden.get_mut(start..end) {
            run.iter_mut().for_each(|hide| *hide = true);
        }
    }
    chars
        .iter()
        .zip(&hidden)
        .map(|(&(_, c), &hide)| if hide { '*' } else { c })
        .collect()
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
            "010594Y*032",
            "field 010594Y-032.",
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
    fn the_forms_the_campaign_found_echoed() {
        for text in [
            // A wrong check character.
            "010594Y9033",
            "131052-308U",
            // Spaces or other separators between the parts.
            "010594 Y 9032",
            "190145 - 2602",
            "190145 -2602",
            "131052.308.T",
            "131052 - 308 T",
            "131052\u{2013}308T",
            "131052\u{a0}-\u{a0}308T",
            // Lower case, inside longer text.
            "client 010594y9033 called",
            "/010594Y9033",
        ] {
            assert!(contains_identity_code(text), "{text}");
            let redacted = redact_identity_codes(text);
            assert!(
                !redacted.contains("9033")
                    && !redacted.contains("2602")
                    && !redacted.contains("308")
                    && !redacted.contains("9032"),
                "{text} -> {redacted}"
            );
        }
    }

    #[test]
    fn near_misses_are_not_codes() {
        for text in [
            "320194-9032",
            // Two digits after the sign: too short to be an individual number.
            "010594Y90",
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
        assert!(!contains_identity_code("ääää131052ää308T"));
        assert!(contains_identity_code("ää131052-308T"));
    }

    /// A long text full of codes is redacted whole, each code in place (its growth with
    /// the text is timed in `tests/growth.rs`).
    #[test]
    fn a_long_text_full_of_codes_is_redacted_code_by_code() {
        let text = "010594-903,".repeat(3_000);
        let redacted = redact_identity_codes(&text);
        assert_eq!(redacted.len(), text.len());
        // Each code's own digits are hidden, though each borrows the next one's first
        // digit as its check character.
        assert!(!redacted.contains(char::is_numeric), "{}", &redacted[..40]);
    }

    #[test]
    fn redaction_keeps_the_rest() {
        assert_eq!(
            redact_identity_codes("a 131052-308T b 010594y9032"),
            "a *********** b ***********"
        );
    }
}
