//! Proxies: every request goes through the one configured (by `opi_configure` or
//! `HTTPS_PROXY` / `ALL_PROXY`), except to hosts that `NO_PROXY` names.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

use crate::common::*;

/// An HTTP CONNECT proxy on loopback that records each CONNECT line and its
/// Proxy-Authorization header, then relays bytes both ways.
struct ConnectProxy {
    url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl ConnectProxy {
    fn start() -> ConnectProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let log = log.clone();
                thread::spawn(move || relay(client, &log));
            }
        });
        ConnectProxy { url, seen }
    }

    fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn relay(client: TcpStream, log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut request_line = String::new();
    reader.read_line(&mut request_line).unwrap();
    let mut auth = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some(v) = line
            .to_ascii_lowercase()
            .strip_prefix("proxy-authorization:")
        {
            auth = v.trim().to_string();
        }
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_string();
    log.lock().unwrap().push(format!(
        "{} {target} {auth}",
        request_line.split(' ').next().unwrap()
    ));
    let Ok(upstream) = TcpStream::connect(&target) else {
        let _ = (&client).write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        return;
    };
    (&client)
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .unwrap();
    let (mut from_client, mut to_upstream) = (reader, upstream.try_clone().unwrap());
    let (mut from_upstream, mut to_client) = (upstream, client);
    let up = thread::spawn(move || std::io::copy(&mut from_client, &mut to_upstream));
    let _ = std::io::copy(&mut from_upstream, &mut to_client);
    let _ = up.join();
}

#[test]
fn requests_go_through_the_configured_proxy() {
    let proxy = ConnectProxy::start();
    let f = Fixture::new();
    let target = f.server.url().trim_start_matches("http://").to_string();
    configure(&format!(r#"{{"proxy":"{}"}}"#, proxy.url));
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    assert_eq!(f.server.request_count(), 1);
    assert_eq!(proxy.seen(), [format!("CONNECT {target} ")]);
}

#[test]
fn proxy_credentials_are_sent_and_never_shown() {
    let proxy = ConnectProxy::start();
    let _f = Fixture::new();
    let with_password = proxy.url.replace("http://", "http://me:s3cret@");
    let answer = configure(&format!(r#"{{"proxy":"{with_password}"}}"#));
    assert_eq!(
        answer["result"]["proxy"],
        with_password.replace("s3cret", "***")
    );
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    // "me:s3cret" in Basic authentication.
    assert!(
        proxy.seen()[0].ends_with("basic bwu6cznjcmv0"),
        "{:?}",
        proxy.seen()
    );
}

#[test]
fn a_proxy_that_cannot_be_reached_is_a_connection_error() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let f = Fixture::new();
    configure(&format!(r#"{{"proxy":"http://127.0.0.1:{port}"}}"#));
    assert_eq!(kind(&create("@c", "", "", 0)), "connection");
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn https_proxy_and_no_proxy_come_from_the_environment() {
    // (host in api_url, NO_PROXY with {port} for the stand-in's port, through the proxy)
    let cases = [
        ("127.0.0.1", "", true),
        ("127.0.0.1", "127.0.0.1", false),
        ("127.0.0.1", "localhost,*", false),
        // As curl reads it: CIDR ranges, host:port, IPv6 literals, any case.
        ("127.0.0.1", "10.0.0.0/8, 127.0.0.0/8", false),
        ("127.0.0.1", "127.0.0.2/32", true),
        ("127.0.0.1", "::1,[::1],127.0.0.1:{port}", false),
        ("127.0.0.1", "127.0.0.1:1", true),
        ("localhost", "LOCALHOST", false),
        ("LOCALHOST", ".example.org,localhost", false),
    ];
    for (host, no_proxy, through_proxy) in cases {
        let proxy = ConnectProxy::start();
        let server = opi_standin::StandIn::start();
        let no_proxy = no_proxy.replace("{port}", &server.port().to_string());
        in_child(
            "proxy::child_calls_once",
            &[
                (
                    "OPI_TELEGRAM_API_URL",
                    &format!("http://{host}:{}", server.port()),
                ),
                ("HTTPS_PROXY", &proxy.url),
                ("NO_PROXY", &no_proxy),
            ],
        );
        assert_eq!(server.request_count(), 1);
        assert_eq!(
            !proxy.seen().is_empty(),
            through_proxy,
            "{host} with NO_PROXY={no_proxy:?}"
        );
    }
}

#[test]
#[ignore = "runs in a child process with its own environment"]
fn child_calls_once() {
    assert_eq!(create("@c", "", "", 0)["ok"], true);
}
