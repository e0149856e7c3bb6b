//! One error shape for every answer: each defect an independent tester found in the HTTP
//! contract, asserted by status, content type and JSON body.
#![cfg(feature = "http")]

mod http_support;

use http_support::{Answer, LIMIT, call, post};
use serde_json::Value;

const JSON: (&str, &str) = ("Content-Type", "application/json");

/// The answer is a report in the one shape: JSON, `findings` with codes and messages.
fn report_with(answer: &Answer, status: u16, code: &str) -> Value {
    assert_eq!(answer.status, status, "{}", answer.body);
    assert_eq!(
        answer.content_type.as_deref(),
        Some("application/json"),
        "{}",
        answer.body
    );
    let json = answer.json();
    assert_eq!(json["schema_version"], 1, "{}", answer.body);
    assert_eq!(answer.codes(), [code], "{}", answer.body);
    json["findings"][0].clone()
}

#[test]
fn a_body_over_the_limit_gets_the_routers_own_json_413() {
    let huge = vec![b' '; LIMIT + 1];
    let finding = report_with(
        &post("/v1/validate?as_of=2024-06-30", &huge),
        413,
        "document.too_large",
    );
    assert_eq!(finding["params"]["max"]["value"], LIMIT);
    // Without a declared length (chunked), the limit holds as the body is read.
    let address = http_support::server();
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    let chunk = vec![b' '; 64 * 1024];
    let mut request = format!(
        "POST /v1/score HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    .into_bytes();
    for _ in 0..(LIMIT / chunk.len() + 2) {
        request.extend(format!("{:x}\r\n", chunk.len()).bytes());
        request.extend(&chunk);
        request.extend(b"\r\n");
    }
    request.extend(b"0\r\n\r\n");
    use std::io::{Read, Write};
    let _ = stream.write_all(&request);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("document.too_large"), "{text}");
}

#[test]
fn a_body_not_declared_as_json_gets_415() {
    for content_type in ["text/plain", "application/xml", "application/jsonx"] {
        let answer = call(
            "POST",
            "/v1/validate?as_of=2024-06-30",
            &[("Content-Type", content_type)],
            b"{}",
        );
        report_with(&answer, 415, "request.unsupported_media_type");
    }
    let none = call("POST", "/v1/score", &[], br#"{"type": "was", "score": 6}"#);
    report_with(&none, 415, "request.unsupported_media_type");
    let charset = call(
        "POST",
        "/v1/score",
        &[("Content-Type", "application/json; charset=utf-8")],
        br#"{"type": "was", "score": 6}"#,
    );
    assert_eq!(charset.status, 200, "{}", charset.body);
}

#[test]
fn not_found_and_method_not_allowed_are_reports_in_the_asked_language() {
    let missing = call("GET", "/v1/nothing", &[("Accept-Language", "sv")], b"");
    let finding = report_with(&missing, 404, "request.not_found");
    assert!(finding["message"]["sv"].is_string(), "{finding}");
    let schema = call("GET", "/v1/schemas/nothing.json", &[], b"");
    report_with(&schema, 404, "request.not_found");
    let wrong = call("GET", "/v1/validate", &[("Accept-Language", "en")], b"");
    let finding = report_with(&wrong, 405, "request.method_not_allowed");
    assert!(finding["message"]["en"].is_string(), "{finding}");
}

#[test]
fn as_of_problems_are_findings_naming_the_parameter_in_the_asked_language() {
    let body = br#"{"document": "service_path", "schema_version": 1, "client": "demo-1", "enrolments": []}"#;
    for (query, code) in [
        ("", "request.parameter_missing"),
        ("?as_of=2025-02-30", "request.parameter_invalid"),
        ("?as_of=2025-3-1", "request.parameter_invalid"),
        ("?as_of=tomorrow", "request.parameter_invalid"),
        (
            "?as_of=2025-03-01&as_of=2025-03-02",
            "request.parameter_repeated",
        ),
    ] {
        for endpoint in ["/v1/validate", "/v1/due"] {
            let answer = call(
                "POST",
                &format!("{endpoint}{query}"),
                &[JSON, ("Accept-Language", "fi")],
                body,
            );
            let finding = report_with(&answer, 400, code);
            assert_eq!(
                finding["params"]["parameter"]["value"], "as_of",
                "{finding}"
            );
            let message = finding["message"]["fi"].as_str().unwrap_or_default();
            assert!(message.contains("as_of"), "{message}");
            assert!(finding["message"]["en"].is_null());
        }
    }
}

#[test]
fn score_keeps_the_pointer_line_and_column_of_a_value_error() {
    let answer = post("/v1/score", b"{\"type\": \"was\",\n \"score\": 11}");
    let finding = report_with(&answer, 400, "document.invalid_value");
    assert_eq!(finding["path"], "/score");
    assert_eq!(finding["params"]["line"]["value"], 2);
    assert!(finding["params"]["column"]["value"].as_u64().unwrap_or(0) > 0);
}

#[test]
fn a_bad_character_in_an_id_keeps_the_whole_advice() {
    let answer = post(
        "/v1/validate?as_of=2024-06-30",
        br#"{"document": "client", "schema_version": 1, "id": "a b", "labour_market_status": "student"}"#,
    );
    // Refused by the id's own check: 422, the finding naming the field.
    let finding = report_with(&answer, 422, "document.invalid_value");
    let english = call(
        "POST",
        "/v1/validate?as_of=2024-06-30",
        &[JSON, ("Accept-Language", "en")],
        br#"{"document": "client", "schema_version": 1, "id": "a b", "labour_market_status": "student"}"#,
    )
    .json();
    let message = english["findings"][0]["message"]["en"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        message.contains("allowed are ASCII letters, digits"),
        "{message}"
    );
    assert_eq!(finding["path"], "/id");
}

#[test]
fn a_body_of_the_schemas_shape_that_contradicts_itself_is_422_not_400() {
    // A Kykyviisari area off the scale the same result declares: no JSON Schema can say it.
    let off_scale = post(
        "/v1/score",
        br#"{"type": "kykyviisari", "result": {"work_ability": 7, "scale": {"min": 0, "max": 1},
            "areas": {"mental_wellbeing": 0, "social_inclusion": 5, "physical_functioning": 0,
                      "skills": 0, "everyday_fluency": 0}}}"#,
    );
    report_with(&off_scale, 422, "document.invalid_value");
    // Out of the range the schema states: 400.
    let out_of_range = post("/v1/score", br#"{"type": "was", "score": 11}"#);
    report_with(&out_of_range, 400, "document.invalid_value");
    // A whole number written with a fraction is the number (JSON Schema's integer).
    let whole = post("/v1/score", br#"{"type": "was", "score": 6.0}"#);
    assert_eq!(whole.status, 200, "{}", whole.body);
    // A struct written as a positional array is refused, as every schema refuses it.
    let positional = post(
        "/v1/validate?as_of=2024-06-30",
        br#"{"document": "service_path", "schema_version": 1, "client": "demo-1",
            "coordinators": [["coordinator-a", "client_coordinator", "2024-01-08", "2024-07-12"]]}"#,
    );
    report_with(&positional, 400, "document.invalid_value");
}

#[test]
fn a_byte_order_mark_before_the_json_is_skipped() {
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend_from_slice(br#"{"type": "was", "score": 6}"#);
    let answer = post("/v1/score", &body);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let mut path = b"\xEF\xBB\xBF".to_vec();
    path.extend_from_slice(
        br#"{"document": "service_path", "schema_version": 1, "client": "demo-1", "enrolments": []}"#,
    );
    assert_eq!(post("/v1/validate?as_of=2024-06-30", &path).status, 200);
}

#[test]
fn a_client_record_is_validated_whole_over_http() {
    let record = http_support::example("client_records/own_work_excludes.json");
    let answer = post("/v1/validate?as_of=2025-03-01", &record);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(
        answer
            .codes()
            .contains(&"path.client_activity_excludes".to_owned()),
        "{}",
        answer.body
    );
}

#[test]
fn the_openapi_document_names_its_base_path_and_every_refusal() {
    let document = tyokyky::http::openapi::document_at("/api");
    assert_eq!(document["servers"][0]["url"], "/api");
    let root = tyokyky::http::openapi::document();
    assert_eq!(root["servers"][0]["url"], "/");
    let validate = &root["paths"]["/v1/validate"]["post"];
    for status in ["200", "400", "413", "415"] {
        assert!(
            validate["responses"][status].is_object(),
            "validate lacks {status}"
        );
    }
    assert!(
        validate["requestBody"]["content"]["application/json"]["example"].is_object(),
        "no request example"
    );
    let files = &root["paths"]["/v1/schemas/{file}"]["get"]["parameters"][0]["schema"]["enum"];
    assert!(
        files
            .as_array()
            .is_some_and(|files| files.iter().any(|f| f == "report.schema.json")),
        "{files}"
    );
}

#[test]
fn a_client_record_gets_the_picture_of_each_path_checked_with_the_client() {
    let record = http_support::example("client_records/own_work_excludes.json");
    let answer = post("/v1/timeline?as_of=2025-03-01", &record);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.content_type.as_deref(), Some("image/svg+xml"));
    assert!(answer.body.starts_with("<svg"), "{}", answer.body);
    assert!(answer.body.contains("palvelupolut: 1"), "{}", answer.body);
    assert!(answer.body.contains(r#"<g class="path""#));
    // The rule that needs the client's own work is marked: the path was checked with it.
    assert!(
        answer
            .body
            .contains(r#"data-code="path.client_activity_excludes""#),
        "{}",
        answer.body
    );
    // Markers are named by their place in the record's report, as the page links them.
    let report = post("/v1/validate?as_of=2025-03-01", &record);
    let codes = report.codes();
    assert!(!codes.is_empty());
    for (index, code) in codes.iter().enumerate() {
        let marker = format!(r#"<g id="finding-{index}" class="finding" data-severity=""#);
        let at = answer
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("{marker}"));
        let named = format!(r#"data-code="{code}""#);
        assert!(
            answer.body[at..]
                .split('>')
                .next()
                .is_some_and(|tag| tag.contains(&named))
        );
    }
}

#[test]
fn a_client_record_gets_the_due_list_of_each_path_pointing_into_the_record() {
    // Two paths of one client, the second a copy of the first: the same items twice.
    let path: Value = serde_json::from_slice(&http_support::example(
        "paths/violations_rehabilitative_work_activity.json",
    ))
    .expect("json");
    let client = serde_json::json!({"document": "client", "schema_version": 1,
        "id": path["client"], "labour_market_status": "unemployed_jobseeker"});
    let record = serde_json::json!({"document": "client_record", "schema_version": 1,
        "client": client, "paths": [path, path]});
    let body = serde_json::to_vec(&record).expect("json");
    let alone = post(
        "/v1/due?as_of=2024-05-15",
        &serde_json::to_vec(&path).expect("json"),
    );
    let both = post("/v1/due?as_of=2024-05-15", &body);
    assert_eq!(both.status, 200, "{}", both.body);
    let items = |answer: &Answer| -> Vec<Value> {
        let json: Value = serde_json::from_str(&answer.body).expect("json");
        json["due_list"]["items"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let (alone, both_items) = (items(&alone), items(&both));
    assert!(!alone.is_empty());
    assert_eq!(both_items.len(), 2 * alone.len());
    for index in 0..2 {
        let prefix = format!("/paths/{index}/");
        let of_path = both_items
            .iter()
            .filter(|item| {
                item["path"]
                    .as_str()
                    .is_some_and(|p| p.starts_with(&prefix))
            })
            .count();
        assert_eq!(of_path, alone.len(), "{prefix}");
    }
    let json: Value = serde_json::from_str(&both.body).expect("json");
    assert_eq!(
        json["messages"].as_array().map(Vec::len),
        Some(both_items.len())
    );
}

#[test]
fn the_timeline_is_an_svg_in_the_asked_language_and_its_errors_are_reports() {
    let path = http_support::example("paths/violations_mapping_and_coaching.json");
    let answer = call(
        "POST",
        "/v1/timeline?as_of=2024-05-15",
        &[JSON, ("Accept-Language", "sv")],
        &path,
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.content_type.as_deref(), Some("image/svg+xml"));
    assert!(
        answer.body.starts_with("<svg"),
        "{}",
        &answer.body[..80.min(answer.body.len())]
    );
    assert!(answer.body.contains("Klientens oulu-0102 servicestig"));
    assert!(answer.body.contains("class=\"finding\""));
    report_with(
        &call("POST", "/v1/timeline", &[JSON], &path),
        400,
        "request.parameter_missing",
    );
    report_with(
        &call(
            "POST",
            "/v1/timeline?as_of=2024-05-15",
            &[("Content-Type", "text/plain")],
            &path,
        ),
        415,
        "request.unsupported_media_type",
    );
    let client = br#"{"document": "client", "schema_version": 1, "id": "demo-1", "labour_market_status": "student"}"#;
    report_with(
        &post("/v1/timeline?as_of=2024-05-15", client),
        400,
        "document.unknown_kind",
    );
}
