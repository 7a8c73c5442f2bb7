//! A failed exchange as a result kind and a sentence: what ureq reports, told in terms
//! of the settings a host can change, and never with the token.

use std::io;

use crate::error::{Error, ErrorKind};
use crate::transport::client::Client;
use crate::transport::connect::ProxyFailed;
use crate::transport::resolve::NotResolved;
use crate::transport::settings;
use crate::transport::wire::Wire;
use crate::values::token::Token;

/// A person-readable account of a failed exchange with `client`'s server; `wire` tells
/// how far the request got.
pub fn diagnose(client: &Client, e: ureq::Error, wire: Wire) -> Error {
    use ureq::Error as E;
    // A lookup without an answer in time is told as the timeout that ran out.
    let e = match e {
        E::Io(io) => match io.get_ref().and_then(|e| e.downcast_ref::<NotResolved>()) {
            Some(NotResolved(ran_out)) => E::Timeout(*ran_out),
            None => E::Io(io),
        },
        e => e,
    };
    let proxy_failure = match &e {
        E::Other(other) => other.downcast_ref::<ProxyFailed>().map(|p| &p.0),
        _ => None,
    };
    let server = &client.server;
    let timeout_ms = client.settings.timeout.as_millis();
    let (kind, text) = match proxy_failure {
        Some(failure) => at_proxy(client, failure),
        None => match &e {
            E::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => (
                ErrorKind::Timeout,
                format!(
                    "could not connect to {server} within connect_timeout_ms ({} ms)",
                    client.settings.connect_timeout.as_millis()
                ),
            ),
            E::Timeout(_) => (
                ErrorKind::Timeout,
                format!("{server} did not answer within timeout_ms ({timeout_ms} ms)"),
            ),
            E::HostNotFound => (
                ErrorKind::Connection,
                format!("cannot resolve the host name in {server}; check api_url and DNS"),
            ),
            E::Io(io) => match io.kind() {
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => (
                    ErrorKind::Timeout,
                    format!("{server} did not answer within timeout_ms ({timeout_ms} ms)"),
                ),
                io::ErrorKind::ConnectionRefused => (
                    ErrorKind::Connection,
                    format!("{server} refused the connection; is the Bot API server running?"),
                ),
                _ if closed_by_peer(&e) => (ErrorKind::Connection, closed(server, wire)),
                // rustls reports a failed handshake as invalid data on the socket.
                io::ErrorKind::InvalidData if client.uses_tls() => {
                    (ErrorKind::Tls, format!("TLS with {server} failed: {io}"))
                }
                _ => (
                    ErrorKind::Connection,
                    format!("network error with {server}: {io}"),
                ),
            },
            E::Tls(_) | E::Pem(_) | E::Rustls(_) | E::TlsRequired => {
                (ErrorKind::Tls, format!("TLS with {server} failed: {e}"))
            }
            E::ConnectProxyFailed(_) | E::InvalidProxyUrl => (
                ErrorKind::Connection,
                format!("the proxy did not connect us to {server}: {e}"),
            ),
            E::Protocol(_) | E::LargeResponseHeader(..) => (
                ErrorKind::BadResponse,
                format!("{server} did not answer in HTTP/1.1: {e}"),
            ),
            // The URL and headers are built from validated parts, so ureq refusing them
            // is a fault of ours, not of the network.
            E::Http(_) | E::BadUri(_) => (
                ErrorKind::Internal,
                format!("the request to {server} could not be built: {e}"),
            ),
            _ => (
                ErrorKind::Connection,
                format!("the request to {server} failed: {e}"),
            ),
        },
    };
    let error = Error::new(kind, text);
    if proxy_failure.is_some() {
        error.at_proxy()
    } else {
        error
    }
}

/// `error` with what must never show hidden from its description: the token and the
/// passwords of `api_url` and the proxy wherever they appear, and their credentials where
/// they stand in a URL. Every failure of an exchange passes through here, for its text
/// may quote the server (a status line, a header) or ureq, which may quote the URL.
pub fn redacted(client: &Client, token: &Token, mut error: Error) -> Error {
    let settings = &client.settings;
    let urls = [Some(&settings.api_url), settings.proxy.as_ref()];
    let urls = urls.into_iter().flatten();
    let said = std::mem::take(&mut error.description);
    let masked = urls
        .clone()
        .fold(said, |text, url| settings::mask_credentials(&text, url));
    let passwords: Vec<&str> = urls.filter_map(|url| settings::password(url)).collect();
    error.description = token.redact_with(&masked, &passwords);
    error
}

/// What a connection the server closed means for the request on it.
fn closed(server: &str, wire: Wire) -> String {
    if wire.write_failed || !wire.wrote {
        // Also a connection closed while it was being set up (a TLS handshake, a proxy).
        format!("{server} closed the connection before the request was sent in full")
    } else if wire.answered {
        format!("{server} closed the connection before it answered in full")
    } else {
        format!(
            "{server} closed the connection after the request was sent and before any \
             answer; the request may have reached Telegram, so it was not sent again"
        )
    }
}

/// A failure on the way to the proxy names the proxy: it, not the Bot API, is where
/// a person has to look.
fn at_proxy(client: &Client, e: &ureq::Error) -> (ErrorKind, String) {
    use ureq::Error as E;
    let server = &client.server;
    let Some(shown) = &client.proxy else {
        return (
            ErrorKind::Connection,
            format!("the proxy did not connect us to {server}: {e}"),
        );
    };
    let proxy = &shown.address;
    let not_in_time = |setting: &str, ms: u128| {
        (
            ErrorKind::Timeout,
            format!("the proxy {proxy} did not connect us to {server} within {setting} ({ms} ms)"),
        )
    };
    let closed = || {
        (
            ErrorKind::Connection,
            format!("the proxy {proxy} closed the connection before it connected us to {server}"),
        )
    };
    let connect_ms = client.settings.connect_timeout.as_millis();
    let call_ms = client.settings.timeout.as_millis();
    match e {
        E::HostNotFound => (
            ErrorKind::Connection,
            format!(
                "cannot resolve the proxy's name {}; check the proxy setting and DNS",
                shown.host
            ),
        ),
        E::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => {
            not_in_time("connect_timeout_ms", connect_ms)
        }
        E::Timeout(_) => not_in_time("timeout_ms", call_ms),
        E::Io(io) => match io.kind() {
            io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => {
                not_in_time("connect_timeout_ms", connect_ms)
            }
            io::ErrorKind::ConnectionRefused => (
                ErrorKind::Connection,
                format!(
                    "the proxy {proxy} refused the connection; check the proxy setting \
                     and that the proxy is running"
                ),
            ),
            io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::BrokenPipe
            | io::ErrorKind::UnexpectedEof => closed(),
            io::ErrorKind::InvalidData
                if client
                    .settings
                    .proxy
                    .as_deref()
                    .is_some_and(|p| p.starts_with("https://")) =>
            {
                (
                    ErrorKind::Tls,
                    format!("TLS with the proxy {proxy} failed: {io}"),
                )
            }
            _ => (
                ErrorKind::Connection,
                format!("the proxy {proxy} did not connect us to {server}: {io}"),
            ),
        },
        E::Tls(_) | E::Pem(_) | E::Rustls(_) | E::TlsRequired => (
            ErrorKind::Tls,
            format!("TLS with the proxy {proxy} failed: {e}"),
        ),
        // ureq says only "proxy server responded 407/407" or "did not respond".
        E::ConnectProxyFailed(reason) => {
            let status = reason
                .strip_prefix("proxy server responded ")
                .and_then(|r| r.split('/').next()?.trim().parse::<u16>().ok());
            let text = match status {
                None if reason.contains("did not respond") => return closed(),
                None => format!("the proxy {proxy} did not connect us to {server}: {reason}"),
                Some(407) if shown.with_credentials => format!(
                    "the proxy {proxy} did not accept the user name and password in the \
                     proxy setting (HTTP 407)"
                ),
                Some(407) => format!(
                    "the proxy {proxy} requires authentication (HTTP 407); put the user \
                     name and password in the proxy setting, as \
                     http://user:password@{proxy}"
                ),
                Some(403) => format!(
                    "the proxy {proxy} refused to connect us to {server} (HTTP 403); its \
                     administrator has to allow it"
                ),
                Some(status) => {
                    format!("the proxy {proxy} could not connect us to {server} (HTTP {status})")
                }
            };
            (ErrorKind::Connection, text)
        }
        _ => (
            ErrorKind::Connection,
            format!("the proxy {proxy} did not connect us to {server}: {e}"),
        ),
    }
}

/// Whether the peer closed or reset the connection under us.
pub fn closed_by_peer(e: &ureq::Error) -> bool {
    matches!(e, ureq::Error::Io(io) if matches!(
        io.kind(),
        io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::BrokenPipe
            | io::ErrorKind::UnexpectedEof
    ))
}
