//! The reader's language from an `Accept-Language` header (RFC 9110 §12.5.4).

use crate::i18n::Lang;

/// The language the crate speaks that the header ranks highest; Finnish when the header
/// is missing or names none of Finnish, Swedish and English.
///
/// Each entry's primary subtag decides (`sv-FI` is Swedish); `q=0` excludes a language;
/// among equal weights the first listed wins.
pub(crate) fn preferred(header: Option<&str>) -> Lang {
    let Some(header) = header else {
        return Lang::Fi;
    };
    let mut best: Option<(u16, Lang)> = None;
    for entry in header.split(',').take(32) {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        let Some(lang) = Lang::from_code(&primary) else {
            continue;
        };
        let weight = parts
            .find_map(|part| part.trim().strip_prefix("q="))
            .map_or(1000, quality);
        if weight > 0 && best.is_none_or(|(top, _)| weight > top) {
            best = Some((weight, lang));
        }
    }
    best.map_or(Lang::Fi, |(_, lang)| lang)
}

/// A quality value `0`–`1` with up to three decimals, in thousandths; anything else is 0.
fn quality(text: &str) -> u16 {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().unwrap_or(0);
    match whole {
        "0" => thousandths,
        "1" if thousandths == 0 => 1000,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_highest_ranked_language_it_speaks() {
        assert_eq!(preferred(None), Lang::Fi);
        assert_eq!(preferred(Some("sv-FI,sv;q=0.9,en;q=0.8")), Lang::Sv);
        assert_eq!(preferred(Some("de-DE, en;q=0.5, fi;q=0.4")), Lang::En);
        assert_eq!(preferred(Some("fi;q=0.5, en;q=0.6")), Lang::En);
        assert_eq!(preferred(Some("en;q=0.6, fi;q=0.6")), Lang::En);
        assert_eq!(preferred(Some("en;q=0, sv;q=0.001")), Lang::Sv);
        assert_eq!(preferred(Some("EN-gb")), Lang::En);
        assert_eq!(preferred(Some("de, *;q=0.1")), Lang::Fi);
        assert_eq!(preferred(Some("en;q=2, sv;q=0.1")), Lang::Sv);
    }

    #[test]
    fn reads_quality_values_as_the_rfc_writes_them() {
        assert_eq!(quality("1"), 1000);
        assert_eq!(quality("1.000"), 1000);
        assert_eq!(quality("0.5"), 500);
        assert_eq!(quality("0.125"), 125);
        assert_eq!(quality("0.1234"), 0);
        assert_eq!(quality("1.5"), 0);
        assert_eq!(quality("x"), 0);
    }
}
