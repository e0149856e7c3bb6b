#![no_main]
//! Requests through the router with `tower`'s `oneshot`: the first byte picks the
//! endpoint, the rest is the body. No 5xx, every answer JSON or SVG, and no identity code
//! in any body.

mod oracle;

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;
use tyokyky::http::{HttpConfig, router};

const PATHS: [&str; 7] = [
    "/v1/validate?as_of=2025-03-01",
    "/v1/due?as_of=2025-03-01",
    "/v1/timeline?as_of=2025-03-01",
    "/v1/score",
    "/v1/quality",
    "/v1/recommend",
    "/v1/validate?as_of=2025-02-30",
];

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap_or_else(|error| panic!("runtime: {error}"))
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, body)) = bytes.split_first() else {
        return;
    };
    let path = PATHS[usize::from(pick) % PATHS.len()];
    let request = Request::post(path)
        .header("content-type", "application/json")
        .header(
            "accept-language",
            ["fi", "sv", "en"][usize::from(pick / 7) % 3],
        )
        .body(Body::from(body.to_vec()))
        .unwrap_or_else(|error| panic!("request: {error}"));
    runtime().block_on(async {
        let answer = router(HttpConfig::default())
            .oneshot(request)
            .await
            .unwrap_or_else(|error| match error {});
        assert!(answer.status().as_u16() < 500, "{}", answer.status());
        let bytes = answer
            .into_body()
            .collect()
            .await
            .map(|collected| collected.to_bytes())
            .unwrap_or_default();
        oracle::no_code("an answer", &String::from_utf8_lossy(&bytes));
    });
});
