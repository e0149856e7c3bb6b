//! Every answer of the router as JSON: a value with `200`, or a report whose findings say
//! why not, with the status their codes call for.

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde::Serialize;

use crate::document::unreadable;
use crate::i18n::Lang;
use crate::rules::code::RuleCode;
use crate::rules::finding::Report;

/// The status a report is answered with: the first finding that refuses the request
/// decides (`413`, `415`, `404`, `405`, `400`); a report of a document that was read is
/// `200`, whatever its findings.
pub(super) fn status_of(report: &Report) -> StatusCode {
    const REFUSALS: [(RuleCode, StatusCode); 7] = [
        (RuleCode::DOCUMENT_TOO_LARGE, StatusCode::PAYLOAD_TOO_LARGE),
        (
            RuleCode::REQUEST_UNSUPPORTED_MEDIA_TYPE,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (RuleCode::REQUEST_NOT_FOUND, StatusCode::NOT_FOUND),
        (
            RuleCode::REQUEST_METHOD_NOT_ALLOWED,
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (RuleCode::REQUEST_PARAMETER_MISSING, StatusCode::BAD_REQUEST),
        (RuleCode::REQUEST_PARAMETER_INVALID, StatusCode::BAD_REQUEST),
        (
            RuleCode::REQUEST_PARAMETER_REPEATED,
            StatusCode::BAD_REQUEST,
        ),
    ];
    let refusal = report.iter().find_map(|finding| {
        REFUSALS
            .iter()
            .find(|(code, _)| *code == finding.code())
            .map(|(_, status)| *status)
    });
    match refusal {
        Some(status) => status,
        None if !unreadable(report) => StatusCode::OK,
        None if report.iter().all(contradicts_itself) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::BAD_REQUEST,
    }
}

/// Whether a finding refuses a document that has the shape its schema describes but
/// contradicts itself in a way JSON Schema cannot state (a rule across fields or
/// documents): such a document is `422`, not `400` (RFC 9110 §15.5.21).
fn contradicts_itself(finding: &crate::rules::finding::Finding) -> bool {
    let code = finding.code();
    code == RuleCode::DOCUMENT_INVALID_SPEC
        || code == RuleCode::DOCUMENT_CLIENT_MISMATCH
        || (code == RuleCode::DOCUMENT_INVALID_VALUE
            && finding.params().get("problem")
                == Some(&crate::rules::finding::ParamValue::term(
                    crate::document::value_problem::ValueProblem::Refused,
                )))
}

/// The report in `lang`, with the status [`status_of`] gives.
pub(super) fn report_response(report: &Report, lang: Lang) -> Response {
    let mut body = Vec::new();
    report.in_language(lang).write_json(&mut body);
    Response::builder()
        .status(status_of(report))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap_or_default()
}

/// `value` as `application/json` with `status`.
pub(super) fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    // The crate's types serialize without error (no maps with non-string keys, no
    // failing `Serialize`); the fallback keeps even that impossible case out of 5xx.
    let body = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap_or_default()
}
