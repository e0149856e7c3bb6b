//! Serving the router so that it holds under slow or many clients: the settings to copy.
//!
//! `axum::serve` has no header-read timeout, no connection limit and no deadline, so 200
//! clients sending one header byte a second hold 200 connections forever. This accept loop
//! serves each connection with hyper directly:
//!
//! - **header-read timeout** ([`Hold::header_read_timeout`], 10 s): a client that has not
//!   sent its request head by then is disconnected (hyper's `header_read_timeout`);
//! - **connection deadline** ([`Hold::connection_timeout`], 60 s): no connection, however
//!   slowly it sends its body, lives longer;
//! - **connection limit** ([`Hold::max_connections`], 256): past it, a new connection is
//!   closed at once, so the ones being served keep their share of the machine;
//! - **graceful shutdown**: on SIGTERM or SIGINT the loop stops accepting and waits up to
//!   [`Hold::drain_timeout`] (10 s) for the connections it serves to finish.
//!
//! Used by the `server` example and by `tests/server_holds.rs`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// The limits a served router keeps.
#[derive(Debug, Clone, Copy)]
pub struct Hold {
    pub header_read_timeout: Duration,
    pub connection_timeout: Duration,
    pub max_connections: usize,
    pub drain_timeout: Duration,
}

impl Default for Hold {
    fn default() -> Self {
        Hold {
            header_read_timeout: Duration::from_secs(10),
            connection_timeout: Duration::from_secs(60),
            max_connections: 256,
            drain_timeout: Duration::from_secs(10),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then drains.
pub async fn serve(
    listener: TcpListener,
    app: axum::Router,
    hold: Hold,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let permits = Arc::new(Semaphore::new(hold.max_connections));
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // A failed accept (out of descriptors, a reset) ends one connection, not the server.
                Err(_) => continue,
            },
        };
        let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(hold.header_read_timeout);
            let connection = http.serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(hold.connection_timeout, connection).await;
            drop(permit);
        });
    }
    // Wait for the connections being served, for at most the drain timeout.
    let all = u32::try_from(hold.max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(hold.drain_timeout, permits.acquire_many(all)).await;
    Ok(())
}

/// Completes on SIGTERM or SIGINT (Ctrl-C).
#[allow(dead_code)]
pub async fn termination() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
