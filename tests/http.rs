//! The router served on 127.0.0.1 and called over real HTTP/1.1, hostile bodies included.
#![cfg(feature = "http")]

mod bless;
mod http_support;

use http_support::{LIMIT, call, example, post};

use proptest::prelude::*;
use serde_json::Value;
use tyokyky::http::openapi::{OPERATIONS, document};

#[test]
fn a_clean_path_validates_clean_and_a_broken_one_in_the_asked_language() {
    let clean = post(
        "/v1/validate?as_of=2025-03-01",
        &example("paths/wellbeing_group.json"),
    );
    assert_eq!(clean.status, 200, "{}", clean.body);
    assert_eq!(clean.codes(), Vec::<String>::new(), "{}", clean.body);

    let broken = example("paths/violations_wellbeing_group.json");
    let swedish = call(
        "POST",
        "/v1/validate?as_of=2025-03-01",
        &[
            ("Accept-Language", "sv-FI, en;q=0.5"),
            ("Content-Type", "application/json"),
        ],
        &broken,
    );
    assert_eq!(swedish.status, 200);
    assert!(!swedish.codes().is_empty());
    let first = &swedish.json()["findings"][0]["message"];
    assert!(first["sv"].is_string() && first["fi"].is_null(), "{first}");
}

#[test]
fn the_due_list_comes_with_a_message_per_item() {
    let answer = call(
        "POST",
        "/v1/due?as_of=2024-02-20",
        &[
            ("Accept-Language", "en"),
            ("Content-Type", "application/json"),
        ],
        &example("paths/violations_mapping_and_coaching.json"),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let json = answer.json();
    let items = json["due_list"]["items"].as_array().expect("items").len();
    assert!(items > 0, "{}", answer.body);
    assert!(
        json["messages"][0]
            .as_str()
            .is_some_and(|m| m.starts_with("Mapping phase")),
        "{}",
        answer.body
    );
    assert_eq!(json["messages"].as_array().expect("messages").len(), items);
    // A client is not a path.
    let client = post(
        "/v1/due?as_of=2024-02-20",
        &std::fs::read(format!(
            "{}/tests/corpus/client/valid/long_term_unemployed.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("client"),
    );
    assert_eq!(client.status, 400);
    assert_eq!(client.codes(), ["document.unknown_kind"]);
}

#[test]
fn scoring_quality_and_recommendation_answer() {
    let was = post("/v1/score", br#"{"type": "was", "score": 7}"#);
    assert_eq!(was.status, 200, "{}", was.body);
    assert_eq!(was.json()["type"], "was");
    let out_of_range = post("/v1/score", br#"{"type": "was", "score": 11}"#);
    assert_eq!(out_of_range.status, 400);
    assert_eq!(out_of_range.codes(), ["document.invalid_value"]);

    let path: Value = serde_json::from_slice(&example("paths/wellbeing_group.json")).expect("path");
    let quality = post(
        "/v1/quality",
        &serde_json::to_vec(&serde_json::json!({ "path": path, "ratings": {} })).expect("body"),
    );
    assert_eq!(quality.status, 200, "{}", quality.body);
    assert!(quality.json()["criteria"].is_array(), "{}", quality.body);

    let need = example("work_activity/recommendations/near_working_life.json");
    let need: Value = serde_json::from_slice(&need).expect("need");
    let ranked = post(
        "/v1/recommend",
        &serde_json::to_vec(&need["need"]).expect("need"),
    );
    assert_eq!(ranked.status, 200, "{}", ranked.body);
    assert_eq!(ranked.json()["ranked"], need["ranked"]);
}

#[test]
fn catalogues_and_schemas_are_served() {
    assert_eq!(
        call("GET", "/v1/rules", &[], b"").json()["schema_version"],
        1
    );
    assert!(call("GET", "/v1/labels", &[], b"").json()["vocabularies"].is_array());
    let schema = call("GET", "/v1/schemas/report.schema.json", &[], b"");
    assert_eq!(schema.status, 200);
    assert_eq!(
        schema.json(),
        tyokyky::schema::schema_for::<tyokyky::Report>()
    );
    assert_eq!(
        call("GET", "/v1/schemas/nothing.json", &[], b"").status,
        404
    );
    assert_eq!(call("GET", "/v1/openapi.json", &[], b"").json(), document());
}

#[test]
fn every_documented_operation_is_routed() {
    for operation in OPERATIONS {
        let path = operation.path.replace("{file}", "client.schema.json");
        let path = if operation.as_of {
            format!("{path}?as_of=2024-01-01")
        } else {
            path
        };
        let answer = call(&operation.method.to_uppercase(), &path, &[], b"{}");
        assert!(
            answer.status != 404 && answer.status != 405 && answer.status != 0,
            "{} {} answered {}",
            operation.method,
            operation.path,
            answer.status
        );
    }
}

#[test]
fn the_committed_openapi_document_is_the_generated_one() {
    let file = format!("{}/openapi.json", env!("CARGO_MANIFEST_DIR"));
    let generated = serde_json::to_string_pretty(&document()).expect("json") + "\n";
    bless::check(
        [(file, generated)],
        "TYOKYKY_BLESS=1 cargo test --all-features --test http",
    );
}

#[test]
fn hostile_bodies_get_clear_4xx() {
    let validate = "/v1/validate?as_of=2024-06-30";
    assert_eq!(post("/v1/validate", b"{}").status, 400, "as_of is required");
    let huge = vec![b' '; LIMIT + 1];
    assert_eq!(post(validate, &huge).status, 413);
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let answer = post(validate, deep.as_bytes());
    assert_eq!(answer.status, 400);
    let deep_object = format!(
        r#"{{"document": "client", "schema_version": 1, "id": {}1{}}}"#,
        r#"{"a":"#.repeat(10_000),
        "}".repeat(10_000)
    );
    assert_eq!(post(validate, deep_object.as_bytes()).status, 400);
    let wrong_types = post(
        validate,
        br#"{"document": "client", "schema_version": "1", "id": 5, "labour_market_status": []}"#,
    );
    assert_eq!(wrong_types.status, 400);
    assert_eq!(wrong_types.codes(), ["document.invalid_value"]);
    assert_eq!(post(validate, b"\xff\xfe not utf-8").status, 400);
    assert_eq!(post(validate, b"").status, 400);
}

#[test]
fn identity_codes_where_ids_go_do_not_come_back() {
    let validate = "/v1/validate?as_of=2024-06-30";
    for body in [
        r#"{"document": "client", "schema_version": 1, "id": "131052-308T", "labour_market_status": "student"}"#,
        r#"{"document": "client", "schema_version": 1, "id": "x", "labour_market_status": "131052-308T"}"#,
        r#"{"document": "client", "schema_version": 1, "id": "x", "131052-308T": 1}"#,
        r#"{"document": "131052-308T", "schema_version": 1}"#,
        r#"{"document": "service_path", "schema_version": 1, "client": "x", "enrolments": [{"model": "131052-308t"}]}"#,
    ] {
        let answer = post(validate, body.as_bytes());
        // An id holding a code has the shape the schema allows (422); the rest do not (400).
        assert!(
            [400, 422].contains(&answer.status),
            "{body}: {}",
            answer.body
        );
        for part in ["308T", "308t", "131052-308", "131052308"] {
            assert!(
                !answer.body.contains(part),
                "{body} came back: {}",
                answer.body
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No body, however wrong, gets a 5xx or a dropped connection.
    #[test]
    fn no_body_gets_a_server_error(
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..256),
            "[\\[\\]{}\":,0-9a-z ]{0,200}".prop_map(String::into_bytes),
        ],
        endpoint in 0usize..5,
    ) {
        let path = ["/v1/validate?as_of=2024-06-30", "/v1/due?as_of=2024-06-30", "/v1/score", "/v1/quality", "/v1/recommend"][endpoint];
        let answer = post(path, &body);
        prop_assert!((200..500).contains(&answer.status), "{path}: {} {}", answer.status, answer.body);
    }
}
