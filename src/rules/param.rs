//! Typed parameters of findings and due items, and how each is rendered for a reader of
//! Finnish, Swedish or English.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Labels, Lang, LocalizedText, Vocabulary};
use crate::service::record::period::Period;

/// A typed parameter of a finding or a due item.
///
/// Serialized as an object tagged by `"type"`, so every value reads back as the same
/// variant: `{"type": "integer", "value": 3}`, `{"type": "date", "value": "2024-02-01"}`,
/// `{"type": "term", "vocabulary": "EventKind", "value": "group_session"}`, … Messages render
/// each variant for the reader: a term as its label, a phase or model by its name in the
/// spec, a date as `1.2.2024` in Finnish and Swedish, a list joined with the language's
/// "and".
///
/// ```
/// use tyokyky::{Lang, ParamValue, Severity};
///
/// let mut out = String::new();
/// ParamValue::term(Severity::Warning).render(Lang::Sv, &mut out);
/// assert_eq!(out, "varning");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ParamValue {
    /// A count, an age, a number of hours or minutes, …
    Integer {
        /// The number.
        value: i64,
    },
    /// A calendar date.
    Date {
        /// The date.
        #[serde(deserialize_with = "crate::date_text::date")]
        value: NaiveDate,
    },
    /// An identifier as it is written in the document (an unknown model's id, an index),
    /// rendered in quotation marks because it has no label.
    Key {
        /// The identifier.
        value: String,
    },
    /// A value of one of the crate's vocabularies (see [`crate::i18n::Vocabulary`]),
    /// rendered as its label.
    Term {
        // Both borrowed for a term the crate makes (nothing allocated), owned when read.
        /// The vocabulary's name, e.g. `EventKind`.
        vocabulary: Cow<'static, str>,
        /// The value as serialized, e.g. `group_session`.
        value: Cow<'static, str>,
        /// The value's labels: a term the crate makes carries them, so rendering looks
        /// nothing up; a term read from JSON gets them when its finding is read.
        #[serde(skip)]
        #[schemars(skip)]
        labels: TermLabels,
    },
    /// A phase or a service model, rendered by its name in the spec.
    Name {
        /// The id in the spec, e.g. `mapping`.
        key: Cow<'static, str>,
        /// The name per language.
        name: LocalizedText,
    },
    /// A run of consecutive weeks or months.
    Periods {
        /// Weeks or months.
        per: Period,
        /// First day of the first period.
        #[serde(deserialize_with = "crate::date_text::date")]
        first: NaiveDate,
        /// Last day of the last period.
        #[serde(deserialize_with = "crate::date_text::date")]
        last: NaiveDate,
        /// How many periods.
        count: u32,
    },
    /// Several values, rendered joined with the language's "and".
    List {
        /// The values.
        items: Vec<ParamValue>,
    },
    /// An amount of money in euro cents, rendered in euros: `5,00 €` in Finnish and
    /// Swedish, `€5.00` in English.
    Money {
        /// The amount in cents (no floating point in money).
        cents: i64,
    },
    /// No value: an open end, nothing allowed. Rendered as a dash.
    Missing {},
}

/// A term's labels, carried beside its identity: two terms are equal (and hash alike) by
/// vocabulary and value alone, whether their labels are known or not.
#[derive(Clone, Copy, Default)]
pub struct TermLabels(pub(crate) Option<Labels>);

impl TermLabels {
    /// The labels, when known.
    pub fn get(&self) -> Option<Labels> {
        self.0
    }
}

impl PartialEq for TermLabels {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for TermLabels {}

impl std::hash::Hash for TermLabels {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl fmt::Debug for TermLabels {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "labelled"
        } else {
            "unlabelled"
        })
    }
}

impl ParamValue {
    /// A term of vocabulary `T`: rendered as its label in each language.
    pub fn term<T: Vocabulary + Serialize>(value: T) -> Self {
        // A derived Serialize names a plain enum value as a `&'static str`; anything else
        // falls back to writing it.
        let name = match crate::variant_name::variant_name(&value) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(
                serde_json::to_value(value)
                    .ok()
                    .and_then(|json| json.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            ),
        };
        ParamValue::Term {
            vocabulary: Cow::Borrowed(T::NAME),
            value: name,
            labels: TermLabels(Some(value.labels())),
        }
    }

    /// Terms of vocabulary `T`, as a list.
    pub fn terms<T: Vocabulary + Serialize>(values: impl IntoIterator<Item = T>) -> Self {
        ParamValue::List {
            items: values.into_iter().map(ParamValue::term).collect(),
        }
    }

    /// An identifier as written in the document.
    pub fn key(value: impl Into<String>) -> Self {
        ParamValue::Key {
            value: value.into(),
        }
    }

    /// A phase or model by its id and localized name. A default model's id (a `Key` of a
    /// literal) and its names are borrowed, not copied.
    pub fn name(key: impl Into<Cow<'static, str>>, name: &LocalizedText) -> Self {
        ParamValue::Name {
            key: key.into(),
            name: name.clone(),
        }
    }

    /// Whether any text of the value (an identifier, a term's value, a name) satisfies
    /// `test`.
    pub(crate) fn holds(&self, test: &dyn Fn(&str) -> bool) -> bool {
        match self {
            ParamValue::Key { value } => test(value),
            ParamValue::Term {
                vocabulary, value, ..
            } => test(vocabulary) || test(value),
            ParamValue::Name { key, name } => {
                test(key) || test(&name.fi) || test(&name.sv) || test(&name.en)
            }
            ParamValue::List { items } => items.iter().any(|item| item.holds(test)),
            ParamValue::Integer { .. }
            | ParamValue::Date { .. }
            | ParamValue::Periods { .. }
            | ParamValue::Money { .. }
            | ParamValue::Missing {} => false,
        }
    }

    /// An amount of money given in euro cents.
    pub fn money(cents: impl Into<i64>) -> Self {
        ParamValue::Money {
            cents: cents.into(),
        }
    }

    /// A date, or [`ParamValue::Missing`] for none.
    pub fn date_or_missing(date: Option<NaiveDate>) -> Self {
        date.map_or(ParamValue::Missing {}, ParamValue::from)
    }

    /// Writes the value as a reader of `lang` reads it, into any [`fmt::Write`] (a
    /// `String`, a formatter, a writer of one's own).
    ///
    /// ```
    /// use tyokyky::{Lang, ParamValue};
    ///
    /// let mut text = String::new();
    /// ParamValue::money(123_450).render(Lang::En, &mut text);
    /// assert_eq!(text, "€1,234.50");
    /// ```
    pub fn render<W: fmt::Write>(&self, lang: Lang, out: &mut W) {
        // Writing to a String cannot fail; a writer that fails leaves the text short.
        let _ = match self {
            ParamValue::Integer { value } => out.write_str(itoa::Buffer::new().format(*value)),
            ParamValue::Date { value } => write_date(*value, lang, out),
            ParamValue::Key { value } => write!(out, "”{value}”"),
            ParamValue::Term { value, labels, .. } => match labels.0 {
                Some(labels) => out.write_str(labels.get(lang)),
                None => write!(out, "”{value}”"),
            },
            ParamValue::Name { name, .. } => out.write_str(name.get(lang)),
            ParamValue::Periods {
                per,
                first,
                last,
                count,
            } => write_periods(*per, *first, *last, *count, lang, out),
            ParamValue::List { items } => {
                let and = match lang {
                    Lang::Fi => " ja ",
                    Lang::Sv => " och ",
                    Lang::En => " and ",
                };
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        let _ = out.write_str(if index + 1 == items.len() { and } else { ", " });
                    }
                    item.render(lang, out);
                }
                if items.is_empty() {
                    let _ = out.write_char('–');
                }
                Ok(())
            }
            ParamValue::Money { cents } => write_money(*cents, lang, out),
            ParamValue::Missing {} => out.write_str("–"),
        };
    }
}

/// Euros and cents as each language writes them: `1 234,50 €` (with a no-break space)
/// in Finnish and Swedish, `€1,234.50` in English.
fn write_money(cents: i64, lang: Lang, out: &mut impl fmt::Write) -> fmt::Result {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let (euros, rest) = (cents / 100, cents % 100);
    let digits = euros.to_string();
    let (group, decimal) = match lang {
        Lang::Fi | Lang::Sv => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    match lang {
        Lang::Fi | Lang::Sv => write!(out, "{sign}{grouped}{decimal}{rest:02}\u{a0}€"),
        Lang::En => write!(out, "{sign}€{grouped}{decimal}{rest:02}"),
    }
}

fn write_date(date: NaiveDate, lang: Lang, out: &mut impl fmt::Write) -> fmt::Result {
    match lang {
        Lang::En => write!(out, "{}", date.format("%Y-%m-%d")),
        Lang::Fi | Lang::Sv => {
            let mut number = itoa::Buffer::new();
            out.write_str(number.format(date.day()))?;
            out.write_char('.')?;
            out.write_str(number.format(date.month()))?;
            out.write_char('.')?;
            out.write_str(number.format(date.year()))
        }
    }
}

/// `vk 7/2024`, `v. 7/2024`, `week 2024-W07`; a run names its first and last period and
/// the count.
fn write_periods<W: fmt::Write>(
    per: Period,
    first: NaiveDate,
    last: NaiveDate,
    count: u32,
    lang: Lang,
    out: &mut W,
) -> fmt::Result {
    // Written piece by piece with itoa: a report writes one or two per finding, and the
    // formatting machinery cost several hundred instructions each.
    let one = |date: NaiveDate, out: &mut W| -> fmt::Result {
        let mut number = itoa::Buffer::new();
        let (year, within) = match per {
            Period::IsoWeek => (date.iso_week().year(), date.iso_week().week()),
            Period::CalendarMonth => (date.year(), date.month()),
        };
        match lang {
            // `2024-W07`, `2024-02`.
            Lang::En => {
                out.write_str(number.format(year))?;
                out.write_str(if per == Period::IsoWeek { "-W" } else { "-" })?;
                if within < 10 {
                    out.write_char('0')?;
                }
                out.write_str(number.format(within))
            }
            // `7/2024`.
            Lang::Fi | Lang::Sv => {
                out.write_str(number.format(within))?;
                out.write_char('/')?;
                out.write_str(number.format(year))
            }
        }
    };
    let (single, plural) = match (per, lang) {
        (Period::IsoWeek, Lang::Fi) => ("viikko ", "viikot "),
        (Period::IsoWeek, Lang::Sv) => ("vecka ", "veckorna "),
        (Period::IsoWeek, Lang::En) => ("week ", "weeks "),
        (Period::CalendarMonth, Lang::Fi) => ("kuukausi ", "kuukaudet "),
        (Period::CalendarMonth, Lang::Sv) => ("månad ", "månaderna "),
        (Period::CalendarMonth, Lang::En) => ("month ", "months "),
    };
    if count <= 1 {
        out.write_str(single)?;
        return one(first, out);
    }
    out.write_str(plural)?;
    one(first, out)?;
    out.write_char('–')?;
    one(last, out)?;
    out.write_str(" (")?;
    out.write_str(itoa::Buffer::new().format(count))?;
    out.write_char(')')
}

impl From<i64> for ParamValue {
    fn from(value: i64) -> Self {
        ParamValue::Integer { value }
    }
}

impl From<u32> for ParamValue {
    fn from(n: u32) -> Self {
        ParamValue::Integer {
            value: i64::from(n),
        }
    }
}

impl From<usize> for ParamValue {
    fn from(n: usize) -> Self {
        ParamValue::Integer {
            value: i64::try_from(n).unwrap_or(i64::MAX),
        }
    }
}

impl From<NaiveDate> for ParamValue {
    fn from(value: NaiveDate) -> Self {
        ParamValue::Date { value }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::finding::Severity;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    fn rendered(value: &ParamValue, lang: Lang) -> String {
        let mut out = String::new();
        value.render(lang, &mut out);
        out
    }

    #[test]
    fn money_is_written_in_euros_as_each_language_writes_them() {
        let cases = [
            (0, "0,00\u{a0}€", "€0.00"),
            (5, "0,05\u{a0}€", "€0.05"),
            (1500, "15,00\u{a0}€", "€15.00"),
            (123_456, "1\u{a0}234,56\u{a0}€", "€1,234.56"),
            (
                100_000_000,
                "1\u{a0}000\u{a0}000,00\u{a0}€",
                "€1,000,000.00",
            ),
            (-250, "-2,50\u{a0}€", "-€2.50"),
        ];
        for (cents, fi, en) in cases {
            let value = ParamValue::money(cents);
            assert_eq!(rendered(&value, Lang::Fi), fi);
            assert_eq!(rendered(&value, Lang::Sv), fi);
            assert_eq!(rendered(&value, Lang::En), en);
        }
        assert_eq!(
            rendered(&ParamValue::money(i64::MIN), Lang::En),
            "-€92,233,720,368,547,758.08"
        );
    }

    #[test]
    fn lists_join_with_the_languages_and() {
        let list = ParamValue::List {
            items: vec![3u32.into(), 4u32.into(), 5u32.into()],
        };
        assert_eq!(rendered(&list, Lang::Fi), "3, 4 ja 5");
        assert_eq!(rendered(&list, Lang::Sv), "3, 4 och 5");
        assert_eq!(rendered(&list, Lang::En), "3, 4 and 5");
        let two = ParamValue::List {
            items: vec![3u32.into(), 4u32.into()],
        };
        assert_eq!(rendered(&two, Lang::Fi), "3 ja 4");
        assert_eq!(rendered(&ParamValue::List { items: vec![] }, Lang::En), "–");
    }

    #[test]
    fn periods_render_as_a_reader_writes_them() {
        let one = ParamValue::Periods {
            per: Period::IsoWeek,
            first: date(2024, 2, 12),
            last: date(2024, 2, 18),
            count: 1,
        };
        assert_eq!(rendered(&one, Lang::Fi), "viikko 7/2024");
        assert_eq!(rendered(&one, Lang::En), "week 2024-W07");
        let run = ParamValue::Periods {
            per: Period::CalendarMonth,
            first: date(2024, 2, 1),
            last: date(2024, 4, 30),
            count: 3,
        };
        assert_eq!(rendered(&run, Lang::Sv), "månaderna 2/2024–4/2024 (3)");
        assert_eq!(rendered(&run, Lang::En), "months 2024-02–2024-04 (3)");
    }

    #[test]
    fn terms_render_as_labels_and_unknown_ones_quoted() {
        let term = ParamValue::term(Severity::Warning);
        assert_eq!(rendered(&term, Lang::Fi), "varoitus");
        let unknown = ParamValue::Term {
            vocabulary: "Severity".into(),
            value: "fatal".into(),
            labels: TermLabels::default(),
        };
        assert_eq!(rendered(&unknown, Lang::En), "”fatal”");
    }

    #[test]
    fn params_read_back_as_the_same_variant() {
        let values = vec![
            ParamValue::from(3u32),
            ParamValue::from(date(2024, 2, 1)),
            ParamValue::key("2024-02-01"),
            ParamValue::term(Severity::Info),
            ParamValue::Missing {},
        ];
        let json = serde_json::to_string(&values).expect("serialize");
        let back: Vec<ParamValue> = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, values);
    }
}
