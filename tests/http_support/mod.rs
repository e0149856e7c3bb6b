//! The test server and a plain HTTP/1.1 client, shared by the HTTP test binaries.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::OnceLock;

use serde_json::Value;
use tyokyky::http::{HttpConfig, router};
use tyokyky::rules::ValidationLimits;

/// The largest body the test server takes: small, so the oversize case is cheap.
pub const LIMIT: usize = 256 * 1024;

/// One server for the whole test binary, on a free port, on its own runtime thread.
pub fn server() -> SocketAddr {
    static ADDRESS: OnceLock<SocketAddr> = OnceLock::new();
    *ADDRESS.get_or_init(|| {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                sender
                    .send(listener.local_addr().expect("address"))
                    .expect("send");
                let mut config = HttpConfig::default();
                config.limits = ValidationLimits::default().with_max_document_bytes(LIMIT);
                axum::serve(listener, router(config)).await.expect("serve");
            });
        });
        receiver.recv().expect("server address")
    })
}

pub struct Answer {
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    pub fn codes(&self) -> Vec<String> {
        self.json()["findings"]
            .as_array()
            .map(|findings| {
                findings
                    .iter()
                    .filter_map(|f| f["code"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

pub fn call(method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let address = server();
    let mut stream = TcpStream::connect(address).expect("connect");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    // The server may answer an oversized body before reading it and close: a failed
    // write is not the test's failure, the answer is what counts.
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let content_type = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("content-type")
            .then(|| value.trim().to_owned())
    });
    Answer {
        status,
        content_type,
        body: body.to_owned(),
    }
}

pub fn post(path: &str, body: &[u8]) -> Answer {
    call("POST", path, &[("Content-Type", "application/json")], body)
}

pub fn example(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/examples/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("example")
}
