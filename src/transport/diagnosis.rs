//! A failed exchange as a result kind and a sentence: what ureq reports, told in terms
//! of the settings a host can change, and never with the token.

use std::io;

use crate::error::{Error, ErrorKind};
use crate::transport::client::{Client, ProxyShown};
use crate::transport::connect::ProxyFailed;
use crate::transport::resolve::NotResolved;
use crate::transport::settings;
use crate::transport::wire::Wire;
use crate::values::token::Token;

/// A person-readable account of a failed exchange with `client`'s server; `wire` tells
/// how far the request got.
pub fn diagnose(client: &Client, e: ureq::Error, wire: Wire) -> Error {
    // A lookup without an answer in time is told as the timeout that ran out.
    let e = match e {
        ureq::Error::Io(io) => match io.get_ref().and_then(|e| e.downcast_ref::<NotResolved>()) {
            Some(NotResolved(ran_out)) => ureq::Error::Timeout(*ran_out),
            None => ureq::Error::Io(io),
        },
        e => e,
    };
    let at_proxy = match &e {
        ureq::Error::Other(other) => other.downcast_ref::<ProxyFailed>().map(|p| &p.0),
        _ => None,
    };
    let (kind, text) = match (at_proxy, &client.proxy) {
        (None, _) => told(client, Hop::Server(wire), &failure(&e, client.uses_tls())),
        (Some(e), Some(proxy)) => {
            let tls = client.settings.proxy.as_deref();
            let tls = tls.is_some_and(|p| p.starts_with("https://"));
            told(client, Hop::Proxy(proxy), &failure(e, tls))
        }
        // The proxy links act only when a proxy is in force, so this is not met.
        (Some(e), None) => (
            ErrorKind::Connection,
            format!("the proxy did not connect us to {}: {e}", client.server),
        ),
    };
    let error = Error::new(kind, text);
    if at_proxy.is_some() {
        error.at_proxy()
    } else {
        error
    }
}

/// Where a failure happened: on the way to (or at) the Bot API server, with how far the
/// request got; or on the way to the proxy, before it connected us to the server.
enum Hop<'a> {
    Server(Wire),
    Proxy(&'a ProxyShown),
}

/// What went wrong, whichever hop it happened on.
enum Failure {
    /// The host name did not resolve.
    NotResolved,
    /// A time budget ran out.
    OutOfTime(Budget),
    Refused,
    /// The peer closed or reset the connection.
    Closed,
    /// TLS failed; ureq's or rustls's words.
    Tls(String),
    /// A CONNECT proxy refused to open the tunnel; ureq's words for it (see
    /// [`proxy_said`]), and its whole error.
    ProxyRefused(String, String),
    /// The answer's head was not HTTP/1.1.
    NotHttp(String),
    /// ureq refused the request as built. The URL and headers are built from validated
    /// parts, so that is a fault of ours, not of the network.
    Unbuildable(String),
    /// Any other failure of the socket.
    Network(String),
    Other(String),
}

/// The time budget that ran out.
#[derive(Clone, Copy)]
enum Budget {
    /// `connect_timeout_ms`.
    Connect,
    /// `timeout_ms`.
    Call,
    /// A socket's own timeout: the call's on the way to the server, the connection's on
    /// the way to the proxy.
    Hop,
}

/// What `e` says went wrong; `tls` tells whether the hop speaks TLS, since rustls
/// reports a failed handshake as invalid data on the socket.
fn failure(e: &ureq::Error, tls: bool) -> Failure {
    use ureq::Error as E;
    match e {
        E::HostNotFound => Failure::NotResolved,
        E::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => {
            Failure::OutOfTime(Budget::Connect)
        }
        E::Timeout(_) => Failure::OutOfTime(Budget::Call),
        E::Io(io) => match io.kind() {
            io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => Failure::OutOfTime(Budget::Hop),
            io::ErrorKind::ConnectionRefused => Failure::Refused,
            _ if closed_by_peer(e) => Failure::Closed,
            io::ErrorKind::InvalidData if tls => Failure::Tls(io.to_string()),
            _ => Failure::Network(io.to_string()),
        },
        E::Tls(_) | E::Pem(_) | E::Rustls(_) | E::TlsRequired => Failure::Tls(e.to_string()),
        E::ConnectProxyFailed(reason) => Failure::ProxyRefused(reason.clone(), e.to_string()),
        E::InvalidProxyUrl => Failure::ProxyRefused(String::new(), e.to_string()),
        E::Protocol(_) | E::LargeResponseHeader(..) => Failure::NotHttp(e.to_string()),
        E::Http(_) | E::BadUri(_) => Failure::Unbuildable(e.to_string()),
        _ => Failure::Other(e.to_string()),
    }
}

/// The one table of failures: for each, its kind and what it says on either hop.
fn told(client: &Client, hop: Hop, failure: &Failure) -> (ErrorKind, String) {
    use ErrorKind::{BadResponse, Connection, Internal, Timeout, Tls};
    let server = &client.server;
    let (connect_ms, call_ms) = (
        client.settings.connect_timeout.as_millis(),
        client.settings.timeout.as_millis(),
    );
    // The setting a budget names; `hop_budget` is what a socket's own timeout counts
    // against on this hop.
    let within = |budget: Budget, hop_budget: Budget| match (budget, hop_budget) {
        (Budget::Connect, _) | (Budget::Hop, Budget::Connect) => {
            format!("connect_timeout_ms ({connect_ms} ms)")
        }
        _ => format!("timeout_ms ({call_ms} ms)"),
    };
    match (failure, hop) {
        (Failure::NotResolved, Hop::Server(_)) => (
            Connection,
            format!("cannot resolve the host name in {server}; check api_url and DNS"),
        ),
        (Failure::NotResolved, Hop::Proxy(proxy)) => (
            Connection,
            format!(
                "cannot resolve the proxy's name {}; check the proxy setting and DNS",
                proxy.host
            ),
        ),
        (Failure::OutOfTime(budget), Hop::Server(wire)) => (
            Timeout,
            out_of_time(
                server,
                &client.settings.api_url,
                wire,
                within(*budget, Budget::Call),
            ),
        ),
        (Failure::OutOfTime(budget), Hop::Proxy(proxy)) => (
            Timeout,
            format!(
                "the proxy {} did not connect us to {server} within {}",
                proxy.address,
                within(*budget, Budget::Connect)
            ),
        ),
        (Failure::Refused, Hop::Server(_)) => (
            Connection,
            format!("{server} refused the connection; is the Bot API server running?"),
        ),
        (Failure::Refused, Hop::Proxy(proxy)) => (
            Connection,
            format!(
                "the proxy {} refused the connection; check the proxy setting and that the \
                 proxy is running",
                proxy.address
            ),
        ),
        (Failure::Closed, Hop::Server(wire)) => (Connection, closed(server, wire)),
        (Failure::Closed, Hop::Proxy(proxy)) => (Connection, proxy_closed(server, proxy)),
        (Failure::Tls(why), Hop::Server(_)) => (Tls, format!("TLS with {server} failed: {why}")),
        (Failure::Tls(why), Hop::Proxy(proxy)) => (
            Tls,
            format!("TLS with the proxy {} failed: {why}", proxy.address),
        ),
        (Failure::ProxyRefused(reason, _), Hop::Proxy(proxy)) => {
            (Connection, proxy_refused(server, proxy, reason))
        }
        (Failure::ProxyRefused(_, said), Hop::Server(_)) => (
            Connection,
            format!("the proxy did not connect us to {server}: {said}"),
        ),
        (Failure::NotHttp(said), Hop::Server(_)) => (
            BadResponse,
            format!("{server} did not answer in HTTP/1.1: {said}"),
        ),
        (Failure::Unbuildable(said), Hop::Server(_)) => (
            Internal,
            format!("the request to {server} could not be built: {said}"),
        ),
        (Failure::Network(said), Hop::Server(_)) => {
            (Connection, format!("network error with {server}: {said}"))
        }
        (Failure::Other(said), Hop::Server(_)) => (
            Connection,
            format!("the request to {server} failed: {said}"),
        ),
        (
            Failure::NotHttp(said)
            | Failure::Unbuildable(said)
            | Failure::Network(said)
            | Failure::Other(said),
            Hop::Proxy(proxy),
        ) => (
            Connection,
            format!(
                "the proxy {} did not connect us to {server}: {said}",
                proxy.address
            ),
        ),
    }
}

/// A budget that ran out on the way to the server, told by how far the request got:
/// "did not answer" only for a request that went out.
fn out_of_time(server: &str, api_url: &str, wire: Wire, within: String) -> String {
    if wire.wrote && !wire.write_failed {
        if wire.answered {
            format!("{server} did not answer in full within {within}")
        } else {
            format!(
                "{server} did not answer within {within}; the request was sent and may have \
                 reached Telegram"
            )
        }
    } else if wire.wrote || wire.write_failed {
        format!("{server} did not take the request within {within}; it was not sent in full")
    } else if wire.opened {
        // A pooled connection, or one just made, on which nothing could be written.
        format!("the request could not be sent to {server} within {within}; nothing was sent")
    } else if wire.connected {
        format!("{server} did not complete the TLS handshake within {within}; nothing was sent")
    } else if wire.resolved {
        format!("could not connect to {server} within {within}; nothing was sent")
    } else {
        let (host, _) = settings::host_and_port(api_url);
        format!("could not resolve {host} within {within}; nothing was sent")
    }
}

/// What a CONNECT proxy's refusal to open the tunnel means, by its status.
fn proxy_refused(server: &str, shown: &ProxyShown, reason: &str) -> String {
    let proxy = &shown.address;
    match proxy_said(reason) {
        ProxySaid::Nothing => proxy_closed(server, shown),
        ProxySaid::Status(407) if shown.with_credentials => format!(
            "the proxy {proxy} did not accept the user name and password in the proxy \
             setting (HTTP 407)"
        ),
        ProxySaid::Status(407) => format!(
            "the proxy {proxy} requires authentication (HTTP 407); put the user name and \
             password in the proxy setting, as http://user:password@{proxy}"
        ),
        ProxySaid::Status(403) => format!(
            "the proxy {proxy} refused to connect us to {server} (HTTP 403); its \
             administrator has to allow it"
        ),
        ProxySaid::Status(status) => {
            format!("the proxy {proxy} could not connect us to {server} (HTTP {status})")
        }
        ProxySaid::Else => format!("the proxy {proxy} did not connect us to {server}: {reason}"),
    }
}

/// A CONNECT proxy's answer, as ureq tells it.
#[derive(Debug, PartialEq, Eq)]
enum ProxySaid {
    /// It refused the tunnel with this status.
    Status(u16),
    /// It closed the connection without an answer.
    Nothing,
    Else,
}

/// What ureq's words for a CONNECT proxy's refusal say (`proxy server responded
/// 407/Proxy Authentication Required`, `proxy server did not respond`): ureq 3's error
/// for it carries the text alone. The one place that reads them; a unit test below
/// fails if ureq's wording changes.
fn proxy_said(reason: &str) -> ProxySaid {
    let status = reason
        .strip_prefix("proxy server responded ")
        .and_then(|r| r.split('/').next()?.trim().parse::<u16>().ok());
    match status {
        Some(status) => ProxySaid::Status(status),
        None if reason.contains("did not respond") => ProxySaid::Nothing,
        None => ProxySaid::Else,
    }
}

fn proxy_closed(server: &str, proxy: &ProxyShown) -> String {
    format!(
        "the proxy {} closed the connection before it connected us to {server}",
        proxy.address
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_not_answer_only_when_the_request_went_out() {
        let wire = |resolved, connected, opened, wrote, answered| Wire {
            resolved,
            connected,
            opened,
            wrote,
            write_failed: false,
            answered,
        };
        let told = |wire| {
            let within = "timeout_ms (600 ms)".to_string();
            out_of_time("h.test:8081", "https://h.test:8081/api", wire, within)
        };
        let cases = [
            (
                wire(false, false, false, false, false),
                "could not resolve h.test within timeout_ms (600 ms); nothing was sent",
            ),
            (
                wire(true, false, false, false, false),
                "could not connect to h.test:8081 within timeout_ms (600 ms); nothing was sent",
            ),
            (
                wire(true, true, false, false, false),
                "h.test:8081 did not complete the TLS handshake within timeout_ms (600 ms); \
                 nothing was sent",
            ),
            (
                wire(true, true, true, true, false),
                "h.test:8081 did not answer within timeout_ms (600 ms); the request was sent \
                 and may have reached Telegram",
            ),
            // A pooled connection: nothing of the new-connection stages, but it went out.
            (
                wire(true, false, false, true, false),
                "h.test:8081 did not answer within timeout_ms (600 ms); the request was sent \
                 and may have reached Telegram",
            ),
            (
                wire(true, true, true, true, true),
                "h.test:8081 did not answer in full within timeout_ms (600 ms)",
            ),
        ];
        for (wire, expected) in cases {
            assert_eq!(told(wire), expected, "{wire:?}");
        }
        let half_written = Wire {
            write_failed: true,
            ..wire(true, true, true, true, false)
        };
        assert!(!told(half_written).contains("did not answer"));
    }

    /// A CONNECT proxy on loopback that answers every request with `reply`.
    fn proxy_answering(reply: &'static [u8]) -> String {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                // The whole head is read first, or closing would reset the connection.
                let mut reader = BufReader::new(&stream);
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                    line.clear();
                }
                let _ = stream.write_all(reply);
            }
        });
        url
    }

    /// ureq 3 tells a CONNECT proxy's refusal in words alone: this fails if they change.
    #[test]
    fn ureqs_words_for_a_proxy_refusal_are_read() {
        let refusal = |reply| {
            let proxy = ureq::Proxy::new(&proxy_answering(reply)).unwrap();
            let config = ureq::Agent::config_builder().proxy(Some(proxy)).build();
            match ureq::Agent::new_with_config(config)
                .get("http://127.0.0.1:9/")
                .call()
            {
                Err(ureq::Error::ConnectProxyFailed(reason)) => reason,
                other => panic!("{other:?}"),
            }
        };
        let reason = refusal(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
        assert_eq!(proxy_said(&reason), ProxySaid::Status(407), "{reason}");
        let reason = refusal(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        assert_eq!(proxy_said(&reason), ProxySaid::Status(403), "{reason}");
        let reason = refusal(b"");
        assert_eq!(proxy_said(&reason), ProxySaid::Nothing, "{reason}");
        assert_eq!(proxy_said("proxy server is on fire"), ProxySaid::Else);
    }
}
