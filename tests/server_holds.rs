//! The example server's accept loop (examples/support/hold.rs) holds: slow clients are
//! disconnected at the header-read timeout while others are served, a connection past the
//! limit is closed at once, and shutdown drains and returns.
#![cfg(feature = "http")]

#[path = "../examples/support/hold.rs"]
mod hold;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use tyokyky::http::{HttpConfig, router};

const HOLD: hold::Hold = hold::Hold {
    header_read_timeout: Duration::from_millis(400),
    connection_timeout: Duration::from_secs(5),
    max_connections: 12,
    drain_timeout: Duration::from_secs(2),
};

/// Starts the loop on its own runtime; the sender stops it, the receiver says it stopped.
fn start() -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    std::sync::mpsc::Receiver<()>,
) {
    let (address_out, address_in) = std::sync::mpsc::channel();
    let (stop, stopped_signal) = tokio::sync::oneshot::channel::<()>();
    let (done_out, done_in) = std::sync::mpsc::channel();
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
            address_out
                .send(listener.local_addr().expect("address"))
                .expect("send");
            let shutdown = async {
                let _ = stopped_signal.await;
            };
            hold::serve(listener, router(HttpConfig::default()), HOLD, shutdown)
                .await
                .expect("serve");
            let _ = done_out.send(());
        });
    });
    (address_in.recv().expect("address"), stop, done_in)
}

fn get_rules(address: SocketAddr) -> String {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    write!(
        stream,
        "GET /v1/rules HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

/// Whether the server has closed `stream` (end of file, or a reset) within `wait`.
fn closed(stream: &mut TcpStream, wait: Duration) -> bool {
    stream.set_read_timeout(Some(wait)).expect("timeout");
    let mut buffer = [0u8; 512];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            // Some bytes (a 408 answer) may come before the close.
            Ok(_) => continue,
            Err(error) => {
                return !matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                );
            }
        }
    }
}

#[test]
fn slow_clients_are_cut_off_others_served_the_limit_holds_and_shutdown_drains() {
    let (address, stop, stopped) = start();

    // Slow clients: a request head begun and never finished.
    let mut slow: Vec<TcpStream> = (0..8)
        .map(|_| {
            let mut stream = TcpStream::connect(address).expect("connect");
            stream
                .write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\n")
                .expect("write");
            stream
        })
        .collect();
    // While they hang, another client is served.
    assert!(
        get_rules(address).starts_with("HTTP/1.1 200"),
        "not served beside slow clients"
    );
    let started = Instant::now();
    for stream in &mut slow {
        assert!(
            closed(stream, Duration::from_secs(3)),
            "a slow client was not cut off"
        );
    }
    assert!(started.elapsed() < Duration::from_secs(3));
    drop(slow);

    // The limit: twelve idle connections held, the thirteenth closed at once.
    std::thread::sleep(Duration::from_millis(100));
    let held: Vec<TcpStream> = (0..12)
        .map(|_| TcpStream::connect(address).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let mut extra = TcpStream::connect(address).expect("connect");
    assert!(
        closed(&mut extra, Duration::from_millis(300)),
        "the connection past the limit stayed open"
    );
    drop(held);

    // After the idle ones time out, the server serves again.
    std::thread::sleep(HOLD.header_read_timeout + Duration::from_millis(300));
    assert!(get_rules(address).starts_with("HTTP/1.1 200"));

    // Shutdown: the loop stops and returns.
    stop.send(()).expect("stop");
    stopped
        .recv_timeout(HOLD.drain_timeout + Duration::from_secs(2))
        .expect("the server did not shut down");
    assert!(TcpStream::connect(address).is_err() || get_rules(address).is_empty());
}
