//! The Finnish personal identity code (*henkilötunnus*, HETU).
//!
//! Format `DDMMYYCZZZQ` (Digital and Population Data Services Agency, DVV; century signs
//! as amended from 1 January 2023, Government Decree 128/2010 as amended): birth date,
//! century sign, individual number, check character.
//!
//! A personal identity code is sensitive personal data. [`PersonalIdentityCode`] never
//! shows it in `Debug` or `Display`, and [`IdentityCodeError`] never carries any part of
//! it: only a redacted form such as `100190-****` is shown. Serialization keeps the full
//! value, because a stored record must be able to identify the person.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// The check-character alphabet: the remainder mod 31 indexes it (DVV).
const CHECK_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// The pattern the JSON Schema states. The birth date and the check character are checked
/// by deserialization, which a pattern cannot express.
const PATTERN: &str = "^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]$";

/// A valid Finnish personal identity code (*henkilötunnus*).
///
/// Invariant: the code has 11 characters `DDMMYYCZZZQ`; `DDMMYY` with the century sign `C`
/// names a date that exists; `C` is one of `+` (1800s), `-` `Y` `X` `W` `V` `U` (1900s),
/// `A`–`F` (2000s); the individual number `ZZZ` is in 002–999 (900–999 are temporary
/// codes); and `Q` is the check character of `DDMMYYZZZ`.
///
/// The century sign is part of the identity: `100190-999P` and `100190Y999P` are two
/// people, and compare unequal.
///
/// `Debug` and `Display` show only the redacted form (`100190-****`). The full code is
/// available through [`PersonalIdentityCode::expose`] and in serialized output.
///
/// ```
/// use tyokyky::PersonalIdentityCode;
///
/// let code: PersonalIdentityCode = "131052-308T".parse()?;
/// assert_eq!(code.birth_date().to_string(), "1952-10-13");
/// assert_eq!(code.to_string(), "131052-****");
/// assert_eq!(format!("{code:?}"), "PersonalIdentityCode(131052-****)");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonalIdentityCode {
    code: String,
    birth_date: NaiveDate,
}

/// Why a text is not a valid personal identity code.
///
/// The error names the part that is wrong and never carries the code or any part of it.
///
/// ```
/// use tyokyky::{IdentityCodeError, PersonalIdentityCode};
///
/// assert_eq!(PersonalIdentityCode::parse("131052-308A"), Err(IdentityCodeError::CheckCharacter));
/// assert!(matches!(PersonalIdentityCode::parse("1310"), Err(IdentityCodeError::Length { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdentityCodeError {
    /// The code does not have exactly 11 characters.
    #[error("a personal identity code has 11 characters, this one has {actual}")]
    Length {
        /// How many characters the text has.
        actual: usize,
    },
    /// Characters 1–6 are not six digits `DDMMYY`.
    #[error("characters 1-6 of a personal identity code must be the birth date DDMMYY in digits")]
    DateDigits,
    /// Character 7 is not a century sign.
    #[error(
        "character 7 of a personal identity code must be a century sign \
         (+, -, Y, X, W, V, U, A, B, C, D, E or F)"
    )]
    CenturySign,
    /// The birth date does not exist (e.g. 32nd day, 13th month, 29 February of a common year).
    #[error("the birth date in characters 1-6 of a personal identity code does not exist")]
    BirthDate,
    /// Characters 8–10 are not an individual number in 002–999.
    #[error("characters 8-10 of a personal identity code must be an individual number in 002-999")]
    IndividualNumber,
    /// Character 11 is not the check character the other characters give.
    #[error("the check character (character 11) of a personal identity code does not match")]
    CheckCharacter,
}

impl PersonalIdentityCode {
    /// Parses and checks a personal identity code.
    ///
    /// The text must be exactly the 11 characters, in upper case, with no surrounding
    /// white space.
    ///
    /// # Errors
    ///
    /// [`IdentityCodeError`] naming the first wrong part, checked in this order: length
    /// (11 characters), date digits, century sign (`+`, `-`, `Y`, `X`, `W`, `V`, `U`,
    /// `A`–`F`), that the birth date exists, individual number (002–999), check character.
    pub fn parse(text: &str) -> Result<Self, IdentityCodeError> {
        let bytes = text.as_bytes();
        if bytes.len() != 11 || !text.is_ascii() {
            let actual = text.chars().count();
            if actual != 11 {
                return Err(IdentityCodeError::Length { actual });
            }
            // Eleven characters, some not ASCII: blame the part holding the first one.
            let position = text.chars().position(|c| !c.is_ascii()).unwrap_or(0);
            return Err(match position {
                0..=5 => IdentityCodeError::DateDigits,
                6 => IdentityCodeError::CenturySign,
                7..=9 => IdentityCodeError::IndividualNumber,
                _ => IdentityCodeError::CheckCharacter,
            });
        }
        let date_digits = &bytes[0..6];
        if !date_digits.iter().all(u8::is_ascii_digit) {
            return Err(IdentityCodeError::DateDigits);
        }
        let century = match bytes[6] {
            b'+' => 1800,
            b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
            b'A'..=b'F' => 2000,
            _ => return Err(IdentityCodeError::CenturySign),
        };
        let day = two_digits(&date_digits[0..2]);
        let month = two_digits(&date_digits[2..4]);
        let year = century + i32::from(two_digits(&date_digits[4..6]));
        let birth_date = NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
            .ok_or(IdentityCodeError::BirthDate)?;
        let individual_digits = &bytes[7..10];
        if !individual_digits.iter().all(u8::is_ascii_digit) {
            return Err(IdentityCodeError::IndividualNumber);
        }
        let individual = individual_number(individual_digits);
        if individual < 2 {
            return Err(IdentityCodeError::IndividualNumber);
        }
        let checked = date_digits
            .iter()
            .chain(individual_digits)
            .fold(0u32, |acc, digit| acc * 10 + u32::from(digit - b'0'));
        let expected = CHECK_CHARACTERS[(checked % 31) as usize];
        if bytes[10] != expected {
            return Err(IdentityCodeError::CheckCharacter);
        }
        Ok(PersonalIdentityCode {
            code: text.to_owned(),
            birth_date,
        })
    }

    /// A temporary code (individual number 900–999) for `birth`, with the `sign`-th century
    /// sign of its century and the check character computed: valid by construction, for
    /// the strategies. Years outside 1800–2099 are clamped into that range.
    #[cfg(feature = "proptest")]
    pub(crate) fn temporary(birth: NaiveDate, individual: u16, sign: usize) -> Self {
        use chrono::Datelike;
        let individual = individual.clamp(900, 999);
        let birth = birth.clamp(
            NaiveDate::from_ymd_opt(1800, 1, 1).unwrap_or(NaiveDate::MIN),
            NaiveDate::from_ymd_opt(2099, 12, 31).unwrap_or(NaiveDate::MAX),
        );
        let signs: &[u8] = match birth.year() {
            ..=1899 => b"+",
            1900..=1999 => b"-YXWVU",
            _ => b"ABCDEF",
        };
        let century_sign = signs[sign % signs.len()];
        let digits = format!(
            "{:02}{:02}{:02}",
            birth.day(),
            birth.month(),
            birth.year() % 100
        );
        let number: u32 = digits
            .bytes()
            .chain(format!("{individual:03}").bytes())
            .fold(0, |acc, digit| acc * 10 + u32::from(digit - b'0'));
        let check = CHECK_CHARACTERS[(number % 31) as usize];
        let mut code = digits;
        code.push(char::from(century_sign));
        code.push_str(&format!("{individual:03}"));
        code.push(char::from(check));
        PersonalIdentityCode {
            code,
            birth_date: birth,
        }
    }

    /// The birth date the code encodes.
    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// The individual number, 2–999.
    pub fn individual_number(&self) -> u16 {
        individual_number(&self.code.as_bytes()[7..10])
    }

    /// Whether this is a temporary code (individual number 900–999), given e.g. before
    /// the person is entered in the Population Information System, and used for tests.
    pub fn is_temporary(&self) -> bool {
        self.individual_number() >= 900
    }

    /// The redacted form: birth date and century sign, the rest masked (`100190-****`).
    ///
    /// The same text `Display` and `Debug` show.
    pub fn redacted(&self) -> RedactedIdentityCode {
        let bytes = self.code.as_bytes();
        let mut redacted = *b"000000-****";
        redacted[..7].copy_from_slice(&bytes[..7]);
        RedactedIdentityCode(redacted)
    }

    /// The full code. Handle it as sensitive personal data: store it, never log it.
    pub fn expose(&self) -> &str {
        &self.code
    }
}

fn two_digits(digits: &[u8]) -> u8 {
    digits
        .iter()
        .fold(0u8, |acc, digit| acc * 10 + (digit - b'0'))
}

fn individual_number(digits: &[u8]) -> u16 {
    digits
        .iter()
        .fold(0u16, |acc, digit| acc * 10 + u16::from(digit - b'0'))
}

/// The redacted form of a personal identity code: `DDMMYYC****`.
///
/// ```
/// use tyokyky::PersonalIdentityCode;
///
/// let code = PersonalIdentityCode::parse("131052-308T")?;
/// let redacted = code.redacted();
/// assert!(!redacted.to_string().contains("308T"));
/// assert!(!format!("{code:?}").contains("308T"));
/// # Ok::<(), tyokyky::IdentityCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RedactedIdentityCode([u8; 11]);

impl RedactedIdentityCode {
    /// The redacted text, e.g. `100190-****`.
    pub fn as_str(&self) -> &str {
        // Built only from the ASCII bytes of a valid code and ASCII literals.
        std::str::from_utf8(&self.0).unwrap_or("******-****")
    }
}

impl fmt::Display for RedactedIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for RedactedIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RedactedIdentityCode({})", self.as_str())
    }
}

impl fmt::Display for PersonalIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.redacted(), f)
    }
}

impl fmt::Debug for PersonalIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PersonalIdentityCode({})", self.redacted())
    }
}

impl FromStr for PersonalIdentityCode {
    type Err = IdentityCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        PersonalIdentityCode::parse(text)
    }
}

impl TryFrom<String> for PersonalIdentityCode {
    type Error = IdentityCodeError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        PersonalIdentityCode::parse(&text)
    }
}

impl From<PersonalIdentityCode> for String {
    fn from(code: PersonalIdentityCode) -> String {
        code.code
    }
}

impl JsonSchema for PersonalIdentityCode {
    fn schema_name() -> Cow<'static, str> {
        "PersonalIdentityCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ. \
                            Sensitive personal data. The birth date must exist and the \
                            check character must match; the pattern checks the form only.",
            "type": "string",
            "pattern": PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_valid_vectors_of_domain_md() {
        for (code, date) in [
            ("131052-308T", "1952-10-13"),
            ("010594Y9032", "1994-05-01"),
            ("020594X903P", "1994-05-02"),
            ("010516B903X", "2016-05-01"),
            ("290200A002C", "2000-02-29"),
        ] {
            let parsed = PersonalIdentityCode::parse(code).expect(code);
            assert_eq!(parsed.birth_date().to_string(), date, "{code}");
            assert_eq!(parsed.expose(), code);
        }
    }

    #[test]
    fn rejects_the_invalid_vectors_of_domain_md_with_the_right_reason() {
        use IdentityCodeError::*;
        for (code, reason) in [
            ("131052-308U", CheckCharacter),
            ("010594G9032", CenturySign),
            ("320194-9032", BirthDate),
            ("010594Y903", Length { actual: 10 }),
        ] {
            assert_eq!(PersonalIdentityCode::parse(code), Err(reason), "{code}");
        }
    }

    #[test]
    fn temporary_codes_are_those_of_900_to_999() {
        let permanent = PersonalIdentityCode::parse("131052-308T").expect("valid");
        assert!(!permanent.is_temporary());
        assert_eq!(permanent.individual_number(), 308);
        let temporary = PersonalIdentityCode::parse("010594Y9032").expect("valid");
        assert!(temporary.is_temporary());
    }

    #[cfg(feature = "proptest")]
    #[test]
    fn built_temporary_codes_take_their_centurys_sign() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let old = PersonalIdentityCode::temporary(date(1850, 3, 1), 950, 3);
        assert_eq!(&old.expose()[6..7], "+");
        let mid = PersonalIdentityCode::temporary(date(1994, 5, 1), 903, 2);
        assert_eq!(mid.expose(), "010594X9032");
        let new = PersonalIdentityCode::temporary(date(2016, 5, 1), 903, 7);
        assert_eq!(&new.expose()[6..7], "B");
        for code in [old, mid, new] {
            assert_eq!(
                PersonalIdentityCode::parse(code.expose()).as_ref(),
                Ok(&code)
            );
            assert!(code.is_temporary());
        }
    }

    #[test]
    fn names_each_wrong_part() {
        use IdentityCodeError::*;
        for (code, reason) in [
            ("13105x-308T", DateDigits),
            ("131052a308T", CenturySign),
            ("290201A002C", BirthDate),
            ("131052-3o8T", IndividualNumber),
            ("131052-001T", IndividualNumber),
            ("131052-308t", CheckCharacter),
            ("13105ä-308T", DateDigits),
            // Eleven characters with one not ASCII: the part holding it is named.
            ("131052ä308T", CenturySign),
            ("131052-3ä8T", IndividualNumber),
            ("131052-30äT", IndividualNumber),
            ("131052-308ä", CheckCharacter),
            (" 131052-308T", Length { actual: 12 }),
        ] {
            assert_eq!(PersonalIdentityCode::parse(code), Err(reason), "{code}");
        }
    }

    #[test]
    fn the_century_sign_is_part_of_the_identity() {
        let dash = PersonalIdentityCode::parse("100190-999P").expect("valid");
        let y = PersonalIdentityCode::parse("100190Y999P").expect("valid");
        assert_eq!(dash.birth_date(), y.birth_date());
        assert_ne!(dash, y);
        assert!(dash.is_temporary());
    }

    #[test]
    fn every_century_sign_in_force_is_accepted() {
        // 01.01.YY with individual number 900: compute the check character per sign.
        for (sign, century) in [
            ('+', 1800),
            ('-', 1900),
            ('Y', 1900),
            ('X', 1900),
            ('W', 1900),
            ('V', 1900),
            ('U', 1900),
            ('A', 2000),
            ('B', 2000),
            ('C', 2000),
            ('D', 2000),
            ('E', 2000),
            ('F', 2000),
        ] {
            let check = CHECK_CHARACTERS[(10_100_900u32 % 31) as usize] as char;
            let code = format!("010100{sign}900{check}");
            let parsed = PersonalIdentityCode::parse(&code).expect(&code);
            assert_eq!(
                parsed.birth_date(),
                NaiveDate::from_ymd_opt(century, 1, 1).expect("date")
            );
        }
    }

    #[test]
    fn never_shows_the_code() {
        let code = PersonalIdentityCode::parse("131052-308T").expect("valid");
        for shown in [
            format!("{code}"),
            format!("{code:?}"),
            format!("{:#?}", code),
            format!("{}", code.redacted()),
            format!("{:?}", code.redacted()),
        ] {
            assert!(!shown.contains("308T"), "{shown}");
            assert!(shown.contains("131052-****"), "{shown}");
        }
        for text in ["131052-308U", "131052-308", "131052-30XT", "131052G308T"] {
            let error = PersonalIdentityCode::parse(text).expect_err(text);
            for shown in [error.to_string(), format!("{error:?}")] {
                assert!(!shown.contains("131052"), "{shown}");
            }
        }
    }

    #[test]
    fn serializes_the_full_code_and_checks_on_deserialization() {
        let code = PersonalIdentityCode::parse("010594Y9032").expect("valid");
        let json = serde_json::to_string(&code).expect("serialize");
        assert_eq!(json, "\"010594Y9032\"");
        let back: PersonalIdentityCode = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, code);
        assert!(serde_json::from_str::<PersonalIdentityCode>("\"010594Y9033\"").is_err());
    }
}
