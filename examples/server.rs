//! Serve the crate's router on localhost.
//!
//! ```sh
//! cargo run --example server --features http            # http://127.0.0.1:8080
//! cargo run --example server --features http -- 3000    # another port
//! ```
//!
//! Then, for example:
//!
//! ```sh
//! curl -s -H 'Accept-Language: en' --data-binary @examples/data/paths/wellbeing_group.json \
//!     'http://127.0.0.1:8080/v1/validate?as_of=2025-03-01'
//! ```
//!
//! At `/` it serves the reference page of `examples/web/`: paste or upload a document,
//! choose a day and a language, and see the report, the due list and the picture.
//!
//! It holds under slow and many clients (a header-read timeout, a connection deadline, a
//! connection limit) and shuts down gracefully on SIGTERM or SIGINT: see
//! `examples/support/hold.rs` for the settings to copy.
//!
//! With `--check` the example starts the server on a free port, calls it once and exits:
//! CI runs it that way to prove the example works.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

#[path = "support/hold.rs"]
mod hold;

use axum::http::header::CONTENT_TYPE;
use axum::response::Html;
use axum::routing::get;
use tyokyky::http::{HttpConfig, router};

/// The reference page and the router under one roof.
fn app() -> axum::Router {
    axum::Router::new()
        .route("/", get(|| async { Html(include_str!("web/index.html")) }))
        .route(
            "/app.js",
            get(|| async {
                (
                    [(CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    include_str!("web/app.js"),
                )
            }),
        )
        .route(
            "/style.css",
            get(|| async {
                (
                    [(CONTENT_TYPE, "text/css; charset=utf-8")],
                    include_str!("web/style.css"),
                )
            }),
        )
        .merge(router(HttpConfig::default()))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|arg| arg == "--check");
    let port: u16 = match args.iter().find(|arg| !arg.starts_with("--")) {
        Some(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("not a port: {port}"),
            )
        })?,
        None if check => 0,
        None => 8080,
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let address = listener.local_addr()?;
    let app = app();
    if check {
        tokio::spawn(hold::serve(
            listener,
            app,
            hold::Hold::default(),
            std::future::pending(),
        ));
        let answer = tokio::task::spawn_blocking(move || http_get(address, "/v1/rules"))
            .await
            .map_err(std::io::Error::other)??;
        let status = answer.lines().next().unwrap_or_default().to_owned();
        println!("GET /v1/rules: {status}");
        return if status.contains(" 200 ") {
            Ok(())
        } else {
            Err(std::io::Error::other(status))
        };
    }
    println!("tyokyky listening on http://{address} (GET /v1/openapi.json describes it)");
    hold::serve(listener, app, hold::Hold::default(), hold::termination()).await
}

/// A plain HTTP/1.1 GET, enough for the check.
fn http_get(address: SocketAddr, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(address)?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    Ok(answer)
}
