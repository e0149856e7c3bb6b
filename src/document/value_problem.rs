//! What was wrong with a value the parser could not read, in words of each language.
//!
//! serde's messages are English (``invalid type: string, expected u32``). A
//! `document.invalid_value` finding carries them as two parameters a reader of Finnish or
//! Swedish reads in their own language: the [`ValueProblem`] and what was expected (an
//! [`ExpectedValue`], the accepted options as written, or the parser's own words for an
//! English reader only).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{LocalizedText, vocabulary};
use crate::rules::finding::ParamValue;

/// The longest piece of a parser's message a finding keeps.
pub(crate) const MAX_DETAIL_CHARS: usize = 240;

/// The kind of problem with a value.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValueProblem {
    /// A value of another JSON type (a text where a number belongs).
    WrongType,
    /// A value of the right type outside what the field accepts.
    OutOfRange,
    /// A text that names none of the field's options.
    UnknownOption,
    /// A list of the wrong length.
    WrongLength,
    /// A value the field's own check refuses (an identifier too long, a bad check
    /// character, a date that does not exist).
    Refused,
}

vocabulary!(ValueProblem {
    WrongType => ["väärän tyyppinen arvo", "värde av fel typ", "a value of the wrong type"],
    OutOfRange => ["arvo sallitun alueen ulkopuolella", "värde utanför det tillåtna", "a value out of range"],
    UnknownOption => ["tuntematon vaihtoehto", "okänt alternativ", "an unknown option"],
    WrongLength => ["väärä määrä alkioita", "fel antal element", "the wrong number of items"],
    Refused => ["kenttä ei hyväksy arvoa", "fältet godtar inte värdet", "a value the field refuses"],
});

/// The kind of value a field expects.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExpectedValue {
    /// A whole number.
    Integer,
    /// A whole number of 0 or more.
    Count,
    /// A number, decimals allowed.
    Number,
    /// A text.
    Text,
    /// `true` or `false`.
    Boolean,
    /// A list.
    List,
    /// An object.
    Object,
    /// A date written `YYYY-MM-DD`.
    Date,
}

vocabulary!(ExpectedValue {
    Integer => ["kokonaisluku", "heltal", "a whole number"],
    Count => ["kokonaisluku 0 tai suurempi", "heltal 0 eller större", "a whole number of 0 or more"],
    Number => ["luku", "tal", "a number"],
    Text => ["teksti", "text", "a text"],
    Boolean => ["totuusarvo true tai false", "sanningsvärdet true eller false", "true or false"],
    List => ["luettelo", "lista", "a list"],
    Object => ["olio", "objekt", "an object"],
    Date => ["päivämäärä muodossa VVVV-KK-PP", "datum i formen ÅÅÅÅ-MM-DD", "a date as YYYY-MM-DD"],
});

/// The problem and the expectation read from a data error of serde, the caller's value
/// already dropped (`found` is serde's words before the value, `expected` after
/// ", expected ").
pub(crate) fn classify(found: &str, expected: Option<&str>) -> (ValueProblem, ParamValue) {
    let problem = if found.starts_with("invalid type") {
        ValueProblem::WrongType
    } else if found.starts_with("unknown variant") {
        ValueProblem::UnknownOption
    } else if found.starts_with("invalid length") {
        ValueProblem::WrongLength
    } else if found.starts_with("invalid value")
        || found.contains(" must be in ")
        || found.contains(" must be a finite number in ")
    {
        // The instruments' own range checks say "… must be in 0..=10".
        ValueProblem::OutOfRange
    } else if found.contains(" must have ") {
        ValueProblem::WrongLength
    } else {
        ValueProblem::Refused
    };
    let expected = match expected {
        Some(expected) => expectation(expected),
        // The field's own check: its words are English, shown to an English reader.
        None if found.starts_with("invalid date") => ParamValue::term(ExpectedValue::Date),
        None => own_words(found),
    };
    (problem, expected)
}

/// serde's "expected …" as a term, the options as written, or its words in English.
fn expectation(expected: &str) -> ParamValue {
    let options = options(expected);
    if !options.is_empty() {
        return ParamValue::List {
            items: options.into_iter().map(ParamValue::key).collect(),
        };
    }
    let kind = match expected.trim() {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "an integer" => {
            Some(ExpectedValue::Integer)
        }
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => Some(ExpectedValue::Count),
        "f32" | "f64" | "a number" => Some(ExpectedValue::Number),
        "a string" | "string" | "a borrowed string" | "a character" | "char" => {
            Some(ExpectedValue::Text)
        }
        "a boolean" | "bool" => Some(ExpectedValue::Boolean),
        "a sequence" | "a list" | "an array" => Some(ExpectedValue::List),
        "a map" | "an object" => Some(ExpectedValue::Object),
        text if text.starts_with("struct ") || text.contains("tagged enum") => {
            Some(ExpectedValue::Object)
        }
        text if text.contains("YYYY-MM-DD") => Some(ExpectedValue::Date),
        _ => None,
    };
    kind.map_or_else(|| own_words(expected), ParamValue::term)
}

/// `` `a`, `b` or `c` `` and `` one of `a`, `b` ``: the options between backticks.
fn options(expected: &str) -> Vec<String> {
    if !expected.contains('`') {
        return Vec::new();
    }
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// Words only an English reader gets; a Finnish or Swedish reader reads that the field
/// has a rule of its own.
fn own_words(english: &str) -> ParamValue {
    // As short as the other details a finding quotes: a parser's words, not a document.
    let english = match english.char_indices().nth(MAX_DETAIL_CHARS) {
        Some((end, _)) => &english[..end],
        None => english,
    };
    ParamValue::name(
        "expected",
        &LocalizedText::new(
            "arvo, jonka kenttä hyväksyy (ks. skeema)",
            "ett värde som fältet godtar (se schemat)",
            english.to_owned(),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn rendered(value: &ParamValue, lang: Lang) -> String {
        let mut out = String::new();
        value.render(lang, &mut out);
        out
    }

    #[test]
    fn serdes_words_become_terms_of_each_language() {
        let (problem, expected) = classify("invalid type: string", Some("u32"));
        assert_eq!(problem, ValueProblem::WrongType);
        assert_eq!(rendered(&expected, Lang::Fi), "kokonaisluku 0 tai suurempi");
        assert_eq!(rendered(&expected, Lang::Sv), "heltal 0 eller större");
        let (_, expected) = classify("invalid type: string", Some("i64"));
        assert_eq!(rendered(&expected, Lang::Fi), "kokonaisluku");
        let (problem, expected) = classify("unknown variant", Some("`a`, `b` or `c`"));
        assert_eq!(problem, ValueProblem::UnknownOption);
        assert_eq!(rendered(&expected, Lang::Fi), "”a”, ”b” ja ”c”");
        let (problem, expected) = classify("invalid type: map", Some("a sequence"));
        assert_eq!(problem, ValueProblem::WrongType);
        assert_eq!(rendered(&expected, Lang::Sv), "lista");
        let (problem, expected) = classify("invalid length 2", Some("an array of length 3"));
        assert_eq!(problem, ValueProblem::WrongLength);
        assert!(rendered(&expected, Lang::Fi).contains("skeema"));
        assert_eq!(rendered(&expected, Lang::En), "an array of length 3");
    }

    #[test]
    fn a_fields_own_check_is_refused_in_every_language() {
        let (problem, expected) = classify("the identifier is longer than 64 characters", None);
        assert_eq!(problem, ValueProblem::Refused);
        assert!(rendered(&expected, Lang::Sv).contains("schemat"));
        assert!(rendered(&expected, Lang::En).contains("64 characters"));
        let (_, expected) = classify(
            "invalid date, expected YYYY-MM-DD with a four-digit year that exists",
            None,
        );
        assert_eq!(
            rendered(&expected, Lang::Fi),
            "päivämäärä muodossa VVVV-KK-PP"
        );
    }

    #[test]
    fn each_of_serdes_expectations_is_its_term_and_anything_else_its_words() {
        let cases = [
            ("i32", ExpectedValue::Integer),
            ("an integer", ExpectedValue::Integer),
            ("u64", ExpectedValue::Count),
            ("f64", ExpectedValue::Number),
            ("a number", ExpectedValue::Number),
            ("a string", ExpectedValue::Text),
            ("char", ExpectedValue::Text),
            ("a boolean", ExpectedValue::Boolean),
            ("bool", ExpectedValue::Boolean),
            ("a list", ExpectedValue::List),
            ("an array", ExpectedValue::List),
            ("a map", ExpectedValue::Object),
            ("an object", ExpectedValue::Object),
            ("struct Enrolment", ExpectedValue::Object),
            ("internally tagged enum Event", ExpectedValue::Object),
            ("a date as YYYY-MM-DD", ExpectedValue::Date),
        ];
        for (words, term) in cases {
            let term = rendered(&ParamValue::term(term), Lang::Sv);
            assert_eq!(rendered(&expectation(words), Lang::Sv), term, "{words}");
        }
        // Neither a type nor a date: serde's words for an English reader, the schema for
        // the others.
        let other = expectation("a struct-like thing");
        assert_eq!(rendered(&other, Lang::En), "a struct-like thing");
        assert!(rendered(&other, Lang::Sv).contains("schemat"));
    }

    #[test]
    fn each_of_the_words_of_a_problem_is_its_kind() {
        let cases = [
            ("invalid type: string", ValueProblem::WrongType),
            ("unknown variant `x`", ValueProblem::UnknownOption),
            ("invalid length 2", ValueProblem::WrongLength),
            ("invalid value: integer `11`", ValueProblem::OutOfRange),
            ("the score must be in 0..=10", ValueProblem::OutOfRange),
            (
                "the weight must be a finite number in 0..=100",
                ValueProblem::OutOfRange,
            ),
            ("the goal must have 5 levels", ValueProblem::WrongLength),
            ("the identifier is empty", ValueProblem::Refused),
        ];
        for (found, problem) in cases {
            assert_eq!(classify(found, None).0, problem, "{found}");
        }
        // Without serde's expectation, only a date's own check becomes the date term.
        let (_, other) = classify("the identifier is empty", None);
        assert_eq!(rendered(&other, Lang::En), "the identifier is empty");
    }
}
