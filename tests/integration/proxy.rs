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

/// A SOCKS5 proxy on loopback without authentication that records the target of each
/// CONNECT as it was asked for (an address, or a name it then takes to be 127.0.0.1),
/// and relays bytes both ways.
struct Socks5Proxy {
    url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Socks5Proxy {
    fn start(scheme: &str) -> Socks5Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("{scheme}://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let log = log.clone();
                thread::spawn(move || socks5_relay(client, &log));
            }
        });
        Socks5Proxy { url, seen }
    }
}

fn socks5_relay(mut client: TcpStream, log: &Mutex<Vec<String>>) -> std::io::Result<()> {
    use std::io::Read;
    let mut head = [0; 2];
    client.read_exact(&mut head)?;
    client.read_exact(&mut vec![0; usize::from(head[1])])?;
    client.write_all(&[5, 0])?;
    let mut request = [0; 4];
    client.read_exact(&mut request)?;
    let host = match request[3] {
        1 => {
            let mut ip = [0; 4];
            client.read_exact(&mut ip)?;
            std::net::Ipv4Addr::from(ip).to_string()
        }
        3 => {
            let mut length = [0];
            client.read_exact(&mut length)?;
            let mut name = vec![0; usize::from(length[0])];
            client.read_exact(&mut name)?;
            String::from_utf8_lossy(&name).into_owned()
        }
        _ => return Ok(()),
    };
    let mut port = [0; 2];
    client.read_exact(&mut port)?;
    let port = u16::from_be_bytes(port);
    log.lock().unwrap().push(format!("{host}:{port}"));
    let upstream = TcpStream::connect(("127.0.0.1", port))?;
    client.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0])?;
    let (mut from_client, mut to_upstream) = (client.try_clone()?, upstream.try_clone()?);
    let (mut from_upstream, mut to_client) = (upstream, client);
    thread::spawn(move || std::io::copy(&mut from_client, &mut to_upstream));
    std::io::copy(&mut from_upstream, &mut to_client)?;
    Ok(())
}

#[test]
fn socks5_resolves_the_bot_apis_name_here_and_socks5h_at_the_proxy() {
    let f = Fixture::new();
    let port = f.server.port();
    opi::unversioned::pin_addresses("api.socks.test", &["127.0.0.1".parse().unwrap()]);
    for (scheme, asked) in [
        ("socks5", format!("127.0.0.1:{port}")),
        ("socks5h", format!("api.socks.test:{port}")),
    ] {
        let proxy = Socks5Proxy::start(scheme);
        configure(&format!(
            r#"{{"api_url":"http://api.socks.test:{port}","proxy":"{}"}}"#,
            proxy.url
        ));
        let result = create("@c", "", "", 0);
        assert_eq!(result["ok"], true, "{scheme}: {result}");
        assert_eq!(*proxy.seen.lock().unwrap(), [asked]);
    }
    assert_eq!(f.server.request_count(), 2);

    // A name only the proxy can resolve, as where the Bot API is filtered: socks5h
    // reaches it, socks5 cannot resolve it here.
    for (scheme, ok) in [("socks5h", true), ("socks5", false)] {
        let proxy = Socks5Proxy::start(scheme);
        configure(&format!(
            r#"{{"api_url":"http://only-the-proxy-knows.invalid:{port}","proxy":"{}"}}"#,
            proxy.url
        ));
        let result = create("@c", "", "", 0);
        assert_eq!(result["ok"], ok, "{scheme}: {result}");
        if !ok {
            assert_eq!(kind(&result), "connection", "{result}");
            assert_eq!(result["opi_error"].get("hop"), None, "{result}");
            let description = result["description"].as_str().unwrap();
            assert!(description.contains("cannot resolve"), "{result}");
        }
    }
    assert_eq!(f.server.request_count(), 3);
}

/// Asserts a `connection` failure at the proxy hop whose description holds `expected`
/// and does not send a person to the Bot API.
fn assert_proxy_failure(result: &serde_json::Value, kind_expected: &str, expected: &str) {
    assert_eq!(result["ok"], false, "{result}");
    assert_eq!(kind(result), kind_expected, "{result}");
    assert_eq!(result["opi_error"]["hop"], "proxy", "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(description.contains(expected), "{result}");
    assert!(!description.contains("Bot API server"), "{result}");
}

fn released_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn a_proxy_that_refuses_is_named() {
    for scheme in ["http", "socks5", "socks5h"] {
        let port = released_port();
        let f = Fixture::new();
        // A password in api_url stays hidden in a proxy's failure too.
        let api_url = f.server.url().replace("http://", "http://me:apipass@");
        configure(&format!(
            r#"{{"api_url":"{api_url}","proxy":"{scheme}://127.0.0.1:{port}"}}"#
        ));
        let result = create("@c", "", "", 0);
        assert_proxy_failure(
            &result,
            "connection",
            &format!("the proxy 127.0.0.1:{port} refused the connection"),
        );
        assert!(!result.to_string().contains("apipass"), "{result}");
        assert_eq!(f.server.request_count(), 0);
    }
}

#[test]
fn a_proxy_whose_name_does_not_resolve_is_named() {
    for scheme in ["http", "https", "socks5", "socks5h"] {
        let f = Fixture::new();
        configure(&format!(
            r#"{{"proxy":"{scheme}://me:s3cret@no-such-proxy.invalid:3128"}}"#
        ));
        let result = create("@c", "", "", 0);
        assert_proxy_failure(
            &result,
            "connection",
            "cannot resolve the proxy's name no-such-proxy.invalid",
        );
        assert!(!result.to_string().contains("s3cret"), "{result}");
        assert_eq!(f.server.request_count(), 0);
    }
}

/// A CONNECT proxy that reads the request and answers with `reply`.
fn answering_proxy(reply: &'static str) -> crate::common::scripted::Scripted {
    crate::common::scripted::serve(move |mut conn, _| {
        conn.read_request();
        conn.write(reply.as_bytes());
    })
}

#[test]
fn a_proxy_that_wants_credentials_refuses_or_hangs_up_is_named() {
    let auth = answering_proxy(
        "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n",
    );
    let forbidden = answering_proxy("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    // Accepts and closes at once, whatever the client says: HTTP or SOCKS.
    let hang_up = crate::common::scripted::serve(|conn, _| drop(conn));
    let at = |proxy: &crate::common::scripted::Scripted| {
        proxy.url.trim_start_matches("http://").to_string()
    };
    let f = Fixture::new();
    let server = f.server.url().trim_start_matches("http://").to_string();
    let cases = [
        (
            auth.url.clone(),
            format!("the proxy {} requires authentication (HTTP 407)", at(&auth)),
        ),
        (
            auth.url.replace("http://", "http://me:s3cret@"),
            format!(
                "the proxy {} did not accept the user name and password",
                at(&auth)
            ),
        ),
        (
            forbidden.url.clone(),
            format!(
                "the proxy {} refused to connect us to {server} (HTTP 403)",
                at(&forbidden)
            ),
        ),
        (
            hang_up.url.clone(),
            format!(
                "the proxy {} closed the connection before it connected us to {server}",
                at(&hang_up)
            ),
        ),
        (
            hang_up.url.replace("http://", "socks5h://"),
            format!(
                "the proxy {} closed the connection before it connected us to {server}",
                at(&hang_up)
            ),
        ),
    ];
    for (proxy, expected) in cases {
        configure(&format!(r#"{{"proxy":"{proxy}"}}"#));
        let result = create("@c", "", "", 0);
        assert_proxy_failure(&result, "connection", &expected);
        assert!(!result.to_string().contains("s3cret"), "{result}");
    }
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn failures_beyond_the_proxy_are_not_marked_as_the_proxys() {
    let proxy = ConnectProxy::start();
    let f = Fixture::new();
    configure(&format!(r#"{{"proxy":"{}"}}"#, proxy.url));
    let result = create("@not_json", "", "", 0);
    assert_eq!(kind(&result), "bad_response", "{result}");
    assert_eq!(result["opi_error"].get("hop"), None, "{result}");
    assert_eq!(f.server.request_count(), 1);
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
fn a_proxy_variable_without_a_scheme_is_http_as_curl_reads_it() {
    let proxy = ConnectProxy::start();
    let server = opi_standin::StandIn::start();
    let target = server.url().trim_start_matches("http://").to_string();
    for name in ["HTTPS_PROXY", "ALL_PROXY"] {
        in_child(
            "proxy::child_calls_once",
            &[
                ("OPI_TELEGRAM_API_URL", &server.url()),
                (name, proxy.url.trim_start_matches("http://")),
            ],
        );
    }
    assert_eq!(server.request_count(), 2);
    assert_eq!(proxy.seen(), vec![format!("CONNECT {target} "); 2]);
}

#[test]
#[ignore = "runs in a child process with its own environment"]
fn child_calls_once() {
    assert_eq!(create("@c", "", "", 0)["ok"], true);
}

/// A server that sends `bytes` one every 0.3 s, whatever it is sent.
fn trickling(bytes: &'static [u8]) -> crate::common::scripted::Scripted {
    crate::common::scripted::serve(move |mut conn, _| {
        for byte in bytes {
            if !conn.write(&[*byte]) {
                return;
            }
            thread::sleep(std::time::Duration::from_millis(300));
        }
    })
}

#[test]
fn a_proxy_that_trickles_its_answer_is_cut_off_at_timeout_ms() {
    // "200 Connection established" a byte at a time is some 12 s in all; each byte must
    // not buy the call a fresh budget. For an https:// proxy, the TLS handshake's first
    // record, a byte at a time.
    let connect = trickling(b"HTTP/1.1 200 Connection established\r\n\r\n");
    let tls = trickling(&[
        0x16, 0x03, 0x03, 0x00, 0x40, 0x02, 0x00, 0x00, 0x3c, 0x03, 0x03,
    ]);
    let tls_url = tls.url.replacen("http://", "https://", 1);
    for proxy in [&connect.url, &tls_url] {
        let f = Fixture::with(r#"{"timeout_ms":2000}"#);
        configure(&format!(r#"{{"proxy":"{proxy}"}}"#));
        let started = std::time::Instant::now();
        let result = create("@c", "", "", 0);
        let took = started.elapsed();
        assert_proxy_failure(&result, "timeout", "timeout_ms (2000 ms)");
        assert!(
            took >= std::time::Duration::from_millis(1900)
                && took < std::time::Duration::from_secs(4),
            "{proxy}: {took:?}"
        );
        assert_eq!(f.server.request_count(), 0);
    }
}
