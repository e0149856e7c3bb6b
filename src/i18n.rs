//! Languages and labels.
//!
//! Every public enum of the crate has a label in Finnish, Swedish and English (the two
//! national languages of Finland and the project's working language). Labels come from
//! one table per enum, written with the crate's `vocabulary!` macro, so a variant without
//! labels does not compile; a test checks that no label is empty.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language a label or message can be rendered in.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Lang, Vocabulary};
///
/// let value: Lang = serde_json::from_str(r#""fi""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""fi""#);
/// assert_eq!(value.label(Lang::Fi), "suomi");
/// assert_eq!(<Lang as Vocabulary>::ALL.len(), 3);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Finnish (*suomi*).
    Fi,
    /// Swedish (*svenska*).
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order labels are written: Finnish, Swedish, English.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The ISO 639-1 code: `"fi"`, `"sv"` or `"en"`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`"fi"`, `"sv"`, `"en"`, case-insensitive).
    ///
    /// Returns `None` for any other text.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

impl std::fmt::Display for Lang {
    /// The ISO 639-1 code, padded as the formatter asks.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::unknown_name::UnknownName;

    /// Parses `"fi"`, `"sv"` or `"en"` (any case).
    ///
    /// ```
    /// use tyokyky::Lang;
    ///
    /// assert_eq!("SV".parse::<Lang>(), Ok(Lang::Sv));
    /// assert_eq!(Lang::Fi.to_string(), "fi");
    /// assert!("de".parse::<Lang>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Lang::from_code(text).ok_or(crate::unknown_name::UnknownName { what: "language" })
    }
}

/// One text in each of the three languages.
///
/// ```
/// use tyokyky::{Labels, Lang, Severity, Vocabulary};
///
/// let labels: Labels = Severity::Warning.labels();
/// assert_eq!(labels.get(Lang::Fi), "varoitus");
/// assert_eq!(labels.sv, "varning");
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: one text per language the crate speaks (Finnish, Swedish, English); a new language is a new major version, since every vocabulary must then carry it."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Labels {
    /// Finnish.
    pub fi: &'static str,
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Labels {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

/// A text in Finnish, Swedish and English: the names of the models and their phases,
/// names in specs loaded from JSON, and rendered messages.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Each text borrows a `&'static str` (the crate's own models: a finding that names a phase copies no text) or owns a `String` (a spec read from JSON)."
)]
///
/// ```
/// use std::borrow::Cow;
/// use tyokyky::{Lang, LocalizedText};
///
/// let name = LocalizedText::new("Pieni", "Liten", "Tiny");
/// assert_eq!(name.get(Lang::Sv), "Liten");
/// assert!(matches!(name.fi, Cow::Borrowed(_)));
/// let read = LocalizedText::new(String::from("Iso"), "Stor", "Big");
/// assert!(matches!(read.fi, Cow::Owned(_)));
/// assert_eq!(serde_json::to_string(&name)?, r#"{"fi":"Pieni","sv":"Liten","en":"Tiny"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: one text per language the crate speaks (Finnish, Swedish, English); a new language is a new major version, since every text must then carry it."
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    /// Finnish.
    pub fi: Cow<'static, str>,
    /// Swedish.
    pub sv: Cow<'static, str>,
    /// English.
    pub en: Cow<'static, str>,
}

impl LocalizedText {
    /// A text from three texts: literals are borrowed, `String`s kept.
    pub fn new(
        fi: impl Into<Cow<'static, str>>,
        sv: impl Into<Cow<'static, str>>,
        en: impl Into<Cow<'static, str>>,
    ) -> Self {
        LocalizedText {
            fi: fi.into(),
            sv: sv.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A closed vocabulary: an enum whose every value has labels in three languages.
///
/// `ALL` lists every value once, in declaration order, so a frontend can build a picker
/// and a test can check every label.
///
/// ```
/// use tyokyky::{Lang, Severity, Vocabulary};
///
/// // A frontend builds a picker from ALL and the labels.
/// let options: Vec<&str> = Severity::ALL.iter().map(|s| s.label(Lang::En)).collect();
/// assert_eq!(options, ["error", "warning", "info"]);
/// assert_eq!(Severity::NAME, "Severity");
/// ```
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];

    /// The stable name of the vocabulary, equal to its JSON Schema name.
    const NAME: &'static str;

    /// The labels of this value.
    fn labels(self) -> Labels;

    /// The label of this value in `lang`.
    fn label(self, lang: Lang) -> &'static str {
        self.labels().get(lang)
    }
}

/// Implements [`Vocabulary`] from a table `Variant => ["fi", "sv", "en"]`.
///
/// The generated `match` is exhaustive, so a new variant without labels fails to compile.
macro_rules! vocabulary {
    ($ty:ident { $($variant:ident => [$fi:expr, $sv:expr, $en:expr $(,)?]),+ $(,)? }) => {
        impl $crate::i18n::Vocabulary for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const NAME: &'static str = stringify!($ty);

            fn labels(self) -> $crate::i18n::Labels {
                match self {
                    $($ty::$variant => $crate::i18n::Labels { fi: $fi, sv: $sv, en: $en }),+
                }
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(Lang {
    Fi => ["suomi", "finska", "Finnish"],
    Sv => ["ruotsi", "svenska", "Swedish"],
    En => ["englanti", "engelska", "English"],
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("FI"), Some(Lang::Fi));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn labels_pick_the_language() {
        assert_eq!(Lang::Sv.label(Lang::Fi), "ruotsi");
        assert_eq!(Lang::Sv.label(Lang::En), "Swedish");
    }
}
