//! Reading a request before any document is: its language, its `as_of`, its media type
//! and its body, each problem answered as a `request.*` or `document.*` finding.

use axum::body::Bytes;
use axum::extract::Request;
use axum::http::{HeaderMap, header};
use chrono::NaiveDate;

use super::answer::report_response;
use super::language;
use crate::document::problem::{TooLarge, Unreadable};
use crate::i18n::Lang;
use crate::rules::declare::RuleParams;
use crate::rules::finding::{ParamValue, Report};
use crate::rules::pointer::JsonPointer;
use crate::rules::request::{
    ParameterInvalid, ParameterMissing, ParameterRepeated, UnsupportedMediaType,
};
use axum::response::Response;

/// What a request asked, once read.
pub(super) struct Asked {
    pub(super) lang: Lang,
    /// The day, for operations that take `as_of` (otherwise unset).
    pub(super) as_of: Option<NaiveDate>,
    pub(super) body: Bytes,
}

/// Whether the operation takes the `as_of` query parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AsOf {
    Required,
    None,
}

/// Reads `request`: the media type must be JSON, `as_of` (when required) a day written
/// `YYYY-MM-DD` given once, the body at most `max_bytes` (refused by its declared length
/// before any of it is read, or as soon as it passes the limit).
pub(super) async fn read(
    request: Request,
    as_of: AsOf,
    max_bytes: usize,
) -> Result<Asked, Response> {
    let lang = lang_of(request.headers());
    if !is_json(request.headers()) {
        return Err(refusal(
            UnsupportedMediaType {}.at(JsonPointer::root()),
            lang,
        ));
    }
    let day = match as_of {
        AsOf::Required => {
            Some(as_of_parameter(request.uri().query()).map_err(|finding| refusal(finding, lang))?)
        }
        AsOf::None => None,
    };
    let too_large = || refusal(TooLarge { max: max_bytes }.at(JsonPointer::root()), lang);
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|text| text.parse::<u64>().ok());
    if declared.is_some_and(|length| length > max_bytes as u64) {
        return Err(too_large());
    }
    let body = match axum::body::to_bytes(request.into_body(), max_bytes).await {
        Ok(body) => body,
        Err(error) => {
            let over = std::error::Error::source(&error)
                .is_some_and(|source| source.is::<http_body_util::LengthLimitError>());
            return Err(if over {
                too_large()
            } else {
                refusal(Unreadable {}.at(JsonPointer::root()), lang)
            });
        }
    };
    Ok(Asked {
        lang,
        as_of: day,
        body,
    })
}

/// The reader's language, from `Accept-Language`.
pub(super) fn lang_of(headers: &HeaderMap) -> Lang {
    language::preferred(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    )
}

/// Whether the body is declared as JSON: `application/json` or a `+json` type, any
/// parameters (`charset=utf-8`) allowed, any case.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.split_once('/') {
        Some((kind, subtype)) => {
            kind == "application" && (subtype == "json" || subtype.ends_with("+json"))
        }
        None => false,
    }
}

/// The `as_of` query parameter: given once, a day written `YYYY-MM-DD` that exists.
fn as_of_parameter(query: Option<&str>) -> Result<NaiveDate, crate::rules::finding::Finding> {
    let name = || ParamValue::key("as_of");
    let mut values = query
        .unwrap_or("")
        .split('&')
        .filter_map(|pair| pair.strip_prefix("as_of="));
    let Some(text) = values.next() else {
        return Err(ParameterMissing { parameter: name() }.at(JsonPointer::root()));
    };
    if values.next().is_some() {
        return Err(ParameterRepeated { parameter: name() }.at(JsonPointer::root()));
    }
    crate::date_text::parse(text)
        .ok_or_else(|| ParameterInvalid { parameter: name() }.at(JsonPointer::root()))
}

/// The answer to a request without `as_of` (which [`read`] refuses before any handler
/// could ask).
pub(super) fn missing_as_of(lang: Lang) -> Response {
    refusal(
        ParameterMissing {
            parameter: ParamValue::key("as_of"),
        }
        .at(JsonPointer::root()),
        lang,
    )
}

/// The answer refusing a request for one finding.
pub(super) fn refusal(finding: crate::rules::finding::Finding, lang: Lang) -> Response {
    let report: Report = std::iter::once(finding).collect();
    report_response(&report, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn code(query: Option<&str>) -> Result<NaiveDate, &'static str> {
        as_of_parameter(query).map_err(|finding| finding.code().as_str())
    }

    #[test]
    fn as_of_is_one_strict_day() {
        assert_eq!(
            code(Some("as_of=2025-03-01")),
            Ok(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default())
        );
        assert!(code(Some("x=1&as_of=2025-03-01")).is_ok());
        assert_eq!(code(None), Err("request.parameter_missing"));
        assert_eq!(
            code(Some("as_of=2025-02-30")),
            Err("request.parameter_invalid")
        );
        assert_eq!(
            code(Some("as_of=2025-3-1")),
            Err("request.parameter_invalid")
        );
        assert_eq!(
            code(Some("as_of=2025-03-01&as_of=2025-03-02")),
            Err("request.parameter_repeated")
        );
    }

    #[test]
    fn only_json_is_read() {
        let with = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(value));
            is_json(&headers)
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=utf-8"));
        assert!(with("application/problem+json"));
        assert!(!with("text/plain"));
        assert!(!with("application/xml"));
        assert!(!with("application/jsonx"));
        assert!(!is_json(&HeaderMap::new()));
    }
}
