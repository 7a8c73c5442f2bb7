//! Servers that fail in the ways networks do: every call still ends, within `timeout_ms`,
//! as a result of the right kind, and never holds more than the body limit in memory.

use std::net::TcpListener;
use std::thread;
use std::time::{Duration, Instant};

use crate::common::scripted::{self, head};
use crate::common::signals::Signals;
use crate::common::*;

fn at(server: &scripted::Scripted, extra: &str) -> Fixture {
    let sep = if extra.is_empty() { "" } else { "," };
    Fixture::with(&format!(r#"{{"api_url":"{}"{sep}{extra}}}"#, server.url))
}

#[test]
fn a_server_that_accepts_and_never_reads_ends_in_a_timeout_near_timeout_ms() {
    // The listener's backlog accepts the connection; nobody ever reads from it.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let _f = Fixture::with(&format!(r#"{{"api_url":"{url}","timeout_ms":600}}"#));
    let started = Instant::now();
    let result = create("@c", "", "", 0);
    let took = started.elapsed();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert!(
        took >= Duration::from_millis(550) && took < Duration::from_secs(3),
        "{took:?}"
    );
    drop(listener);
}

#[test]
fn a_body_trickled_one_byte_a_second_is_cut_off_at_timeout_ms() {
    let server = scripted::serve(|mut conn, _| {
        conn.read_request();
        let body = r#"{"ok":true,"result":{"invite_link":"https://t.me/+abc"}}"#;
        conn.write(head(200, "application/json", body.len()).as_bytes());
        for byte in body.bytes() {
            if !conn.write(&[byte]) {
                return;
            }
            thread::sleep(Duration::from_secs(1));
        }
    });
    let _f = at(&server, r#""timeout_ms":1500"#);
    let started = Instant::now();
    let result = create("@c", "", "", 0);
    let took = started.elapsed();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert!(
        took >= Duration::from_millis(1400) && took < Duration::from_secs(4),
        "{took:?}"
    );
}

#[test]
fn a_reset_in_the_middle_of_the_body_is_a_connection_error_sent_once() {
    let server = scripted::serve(|mut conn, _| {
        conn.read_request();
        conn.write(head(200, "application/json", 100).as_bytes());
        conn.write(br#"{"ok":true,"res"#);
        thread::sleep(Duration::from_millis(50));
        conn.reset();
    });
    let _f = at(&server, "");
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "connection", "{result}");
    assert_eq!(
        server.requests(),
        1,
        "a fresh connection's failure is never retried"
    );
}

#[test]
fn a_body_cut_short_of_its_length_is_a_connection_error() {
    let server = scripted::serve(|mut conn, _| {
        conn.read_request();
        conn.write(head(200, "application/json", 100).as_bytes());
        conn.write(br#"{"ok":true,"res"#);
    });
    let _f = at(&server, "");
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "connection", "{result}");
    assert_eq!(server.requests(), 1);
}

#[test]
fn a_complete_body_holding_truncated_json_is_a_bad_response() {
    let server = scripted::serve(|mut conn, _| {
        while conn.read_request().is_some() {
            let body = r#"{"ok":true,"result":{"invite_li"#;
            conn.write(format!("{}{body}", head(200, "application/json", body.len())).as_bytes());
        }
    });
    let _f = at(&server, "");
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "bad_response", "{result}");
    assert_eq!(result["opi_error"]["http_status"], 200);
}

#[test]
fn a_body_that_cannot_be_decoded_is_a_bad_response_with_the_status() {
    // A gzip header and the start of a deflate stream, cut off.
    let cut_gzip: &[u8] = &[0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0xab, 0x56];
    let json = br#"{"ok":true,"result":true}"#;
    let cases: [(&str, Vec<u8>); 3] = [
        // Claims gzip, is not.
        (
            "Content-Encoding: gzip\r\nContent-Length: 25",
            json.to_vec(),
        ),
        // Claims gzip, is a cut gzip stream.
        (
            "Content-Encoding: gzip\r\nContent-Length: 12",
            cut_gzip.to_vec(),
        ),
        // A chunk size that is not a number.
        (
            "Transfer-Encoding: chunked",
            b"zz\r\n{\"ok\":true}\r\n0\r\n\r\n".to_vec(),
        ),
    ];
    for (headers, body) in cases {
        let answer = [
            format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{headers}\r\n\r\n")
                .into_bytes(),
            body,
        ]
        .concat();
        let server = scripted::serve(
            move |mut conn, _| {
                while conn.read_request().is_some() && conn.write(&answer) {}
            },
        );
        let _f = at(&server, "");
        let result = create("@c", "", "", 0);
        assert_eq!(kind(&result), "bad_response", "{headers}: {result}");
        assert_eq!(
            result["opi_error"]["http_status"], 200,
            "{headers}: {result}"
        );
        assert_eq!(server.requests(), 1, "{headers}");
    }
}

#[test]
fn json_that_is_not_a_bot_api_document_is_a_bad_response() {
    for body in [
        r#"{"error":"upstream"}"#,
        "[1,2]",
        r#"{"ok":"yes"}"#,
        "null",
    ] {
        let server = scripted::serve(move |mut conn, _| {
            while conn.read_request().is_some() {
                conn.answer_json(503, body);
            }
        });
        let _f = at(&server, "");
        let result = create("@c", "", "", 0);
        assert_eq!(kind(&result), "bad_response", "{body}: {result}");
        assert_eq!(result["opi_error"]["http_status"], 503);
    }
}

#[test]
fn a_body_over_16_mib_is_refused_without_being_read() {
    // Announced: refused from its Content-Length alone, before any of the body: this
    // server sends the head and then nothing, which a client reading the body would wait
    // out to the timeout.
    let announced = scripted::serve(|mut conn, notes| {
        conn.read_request();
        conn.write(head(200, "application/json", 1 << 30).as_bytes());
        let gone = conn.read_head().is_none();
        notes.lock().unwrap().push(format!("client gone: {gone}"));
    });
    let f = at(&announced, r#""timeout_ms":5000"#);
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "bad_response", "{result}");
    assert!(
        result["description"].as_str().unwrap().contains("16 MiB"),
        "{result}"
    );
    drop(f);
    wait_for_note(&announced);
    assert_eq!(*announced.notes.lock().unwrap(), ["client gone: true"]);

    // Unannounced (no length, ends with the connection): cut off at the limit.
    let endless = scripted::serve(|mut conn, notes| {
        conn.read_request();
        conn.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
        );
        let chunk = vec![b' '; 1 << 20];
        let sent = (0..1024).take_while(|_| conn.write(&chunk)).count();
        notes.lock().unwrap().push(sent.to_string());
    });
    let _f = at(&endless, "");
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "bad_response", "{result}");
    wait_for_note(&endless);
    let sent: usize = endless.notes.lock().unwrap()[0].parse().unwrap();
    assert!(sent < 64, "the client read {sent} MiB of an endless body");
}

#[test]
fn a_body_of_exactly_16_mib_is_read_and_passed_through() {
    // The limit is inclusive: a Bot API document padded to exactly 16 MiB is an answer.
    let document = r#"{"ok":true,"result":true}"#;
    let padded = format!("{document}{}", " ".repeat((16 << 20) - document.len()));
    let server = scripted::serve(move |mut conn, _| {
        if conn.read_request().is_some() {
            conn.answer_json(200, &padded);
        }
    });
    let _f = at(&server, "");
    let result = create("@c", "", "", 0);
    assert_eq!(result["ok"], true, "{result}");
}

fn wait_for_note(server: &scripted::Scripted) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.notes.lock().unwrap().is_empty() && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_server_that_closes_idle_connections_costs_at_most_one_resend() {
    // Closes every connection right after answering, as a server with a zero idle
    // timeout does, so each call meets a pooled connection that is already gone. Each
    // call waits for that close: a request that reached the connection before it (the
    // server's thread was slow to close) would be the case no client can tell from a
    // request the server read and dropped, which is a `connection` error by design.
    let server = scripted::serve(|mut conn, notes| {
        if conn.read_request().is_some() {
            conn.answer_json(200, r#"{"ok":true,"result":true}"#);
        }
        drop(conn);
        notes.lock().unwrap().push("closed".into());
    });
    let _f = at(&server, "");
    for call in 1..=5 {
        let result = create("@c", "", "", 0);
        assert_eq!(result["ok"], true, "{result}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while server.notes.lock().unwrap().len() < call && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
        }
        // The FIN is on loopback by the time close returns; this margin is ample.
        thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        server.requests(),
        5,
        "the closed connections were noticed before sending"
    );
}

#[test]
fn a_connection_closed_during_the_tls_handshake_does_not_claim_the_request_left() {
    // Accepts, then closes without a byte: the handshake fails before any of the
    // request is written, so nothing may have reached the server.
    let server = scripted::serve(|_, _| {});
    let https = server.url.replacen("http://", "https://", 1);
    let _f = Fixture::with(&format!(r#"{{"api_url":"{https}"}}"#));
    let result = create("@c", "", "", 0);
    assert_eq!(result["ok"], false, "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(!description.contains("may have reached"), "{description}");
    assert_eq!(server.requests(), 0);
}

/// A listener on `[::1]:port` whose accept queue is full and which never accepts, so
/// that the kernel drops every further SYN: an address that goes nowhere, as on a
/// network where IPv6 is configured but not routed. `None` when the port is taken.
/// What it returns holds the queue full.
fn silent_ipv6(port: u16) -> Option<(std::os::fd::OwnedFd, Vec<std::net::TcpStream>)> {
    use std::net::{SocketAddr, TcpStream};
    use std::os::fd::FromRawFd;
    // SAFETY: plain socket calls on a descriptor this function owns, with a correctly
    // sized address.
    let listener = unsafe {
        let fd = libc::socket(libc::AF_INET6, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        assert!(fd >= 0, "an IPv6 socket");
        let owned = std::os::fd::OwnedFd::from_raw_fd(fd);
        let mut addr: libc::sockaddr_in6 = std::mem::zeroed();
        addr.sin6_family = libc::AF_INET6 as libc::sa_family_t;
        addr.sin6_port = port.to_be();
        addr.sin6_addr.s6_addr[15] = 1;
        let bound = libc::bind(
            fd,
            (&addr as *const libc::sockaddr_in6).cast(),
            size_of::<libc::sockaddr_in6>() as libc::socklen_t,
        );
        // A backlog of 0: the queue is full after one connection.
        if bound != 0 || libc::listen(fd, 0) != 0 {
            return None;
        }
        owned
    };
    let addr: SocketAddr = format!("[::1]:{port}").parse().unwrap();
    let mut held = Vec::new();
    for _ in 0..8 {
        match TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            Ok(stream) => held.push(stream),
            Err(_) => return Some((listener, held)),
        }
    }
    panic!("the accept queue of [::1]:{port} never filled");
}

/// A stand-in on 127.0.0.1 and a silent listener on [::1] at the same port.
pub(crate) fn stand_in_behind_a_silent_ipv6(
    extra: &str,
) -> (Fixture, (std::os::fd::OwnedFd, Vec<std::net::TcpStream>)) {
    loop {
        let f = Fixture::with(extra);
        if let Some(silent) = silent_ipv6(f.server.port()) {
            return (f, silent);
        }
    }
}

#[test]
fn a_name_whose_first_address_goes_nowhere_connects_through_the_next_within_a_second() {
    let (f, _silent) = stand_in_behind_a_silent_ipv6("{}");
    let ips = ["::1".parse().unwrap(), "127.0.0.1".parse().unwrap()];
    opi::unversioned::pin_addresses("dual-stack.test", &ips);
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://dual-stack.test:{port}"}}"#));

    let started = Instant::now();
    let result = create("@c", "", "", 0);
    let took = started.elapsed();
    assert_eq!(result["ok"], true, "{result}");
    // [::1] was tried first and given its 250 ms before 127.0.0.1 started.
    assert!(
        took >= Duration::from_millis(240) && took < Duration::from_secs(1),
        "{took:?}"
    );
    assert_eq!(f.server.request_count(), 1);

    // The winner is pooled: the next call does not race again.
    let started = Instant::now();
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    assert!(started.elapsed() < Duration::from_millis(240));
    assert_eq!(f.server.request_count(), 2);
}

#[test]
fn connect_timeout_ms_is_the_budget_of_the_whole_race() {
    let (f, _silent) = stand_in_behind_a_silent_ipv6(r#"{"connect_timeout_ms":600}"#);
    // Three addresses that go nowhere: tried one after another they would take three
    // times the budget.
    let ips = ["::1".parse().unwrap(); 3];
    opi::unversioned::pin_addresses("nowhere.test", &ips);
    assert_no_connection_within(&f, "nowhere.test", 600, Duration::from_millis(1500));
}

/// Asserts that a call to `host`, at the stand-in's port, ends as a timeout of
/// connect_timeout_ms (`ms`) after that long and before `at_most`, having sent nothing.
pub(crate) fn assert_no_connection_within(f: &Fixture, host: &str, ms: u64, at_most: Duration) {
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://{host}:{port}"}}"#));
    let started = Instant::now();
    let result = create("@c", "", "", 0);
    let took = started.elapsed();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert!(
        result["description"]
            .as_str()
            .unwrap()
            .contains(&format!("connect_timeout_ms ({ms} ms)")),
        "{result}"
    );
    assert!(
        took >= Duration::from_millis(ms - 50) && took < at_most,
        "{took:?}"
    );
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn a_name_with_more_than_sixteen_addresses_of_one_family_still_tries_the_other() {
    // Twenty IPv6 addresses that refuse (nothing listens on [::1] at the stand-in's
    // port), then the stand-in's IPv4 address: the families take turns over the whole
    // answer, so the IPv4 address is the second one tried, not the twenty-first.
    let f = Fixture::new();
    let mut ips = vec!["::1".parse().unwrap(); 20];
    ips.push("127.0.0.1".parse().unwrap());
    opi::unversioned::pin_addresses("many-v6.test", &ips);
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://many-v6.test:{port}"}}"#));

    let result = create("@c", "", "", 0);
    opi::unversioned::pin_addresses("many-v6.test", &[]);
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn a_write_blocked_under_signals_still_ends_at_timeout_ms() {
    // The server takes the connection and never reads; an 8 MiB body fills its small
    // receive buffer and the write blocks. A signal every 20 ms interrupts that write:
    // each time it must go on with what is left of timeout_ms, not start it again.
    let server = scripted::serve_tight(|conn, _| {
        thread::sleep(Duration::from_secs(10));
        drop(conn);
    });
    let _f = at(&server, r#""timeout_ms":1500"#);
    let params = format!(r#"{{"chat_id":1,"text":"{}"}}"#, "x".repeat(8 << 20));
    let signals = Signals::at_this_thread();
    let started = Instant::now();
    let result = call("sendMessage", &params);
    let took = started.elapsed();
    let sent = signals.stop();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert!(sent > 10, "only {sent} signals were sent");
    assert!(
        took >= Duration::from_millis(1400) && took < Duration::from_secs(4),
        "{took:?}"
    );
}

/// The description of a timeout, checked to say what happened without claiming that a
/// request went out.
fn nothing_sent(result: &serde_json::Value, says: &str) {
    assert_eq!(kind(result), "timeout", "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(description.contains(says), "{description}");
    assert!(description.ends_with("; nothing was sent"), "{description}");
    assert!(!description.contains("did not answer"), "{description}");
}

#[test]
fn no_connection_within_timeout_ms_says_nothing_was_sent() {
    // timeout_ms runs out first, while the SYNs go nowhere.
    let (f, _silent) = stand_in_behind_a_silent_ipv6(r#"{"timeout_ms":600}"#);
    let port = f.server.port();
    configure(&format!(r#"{{"api_url":"http://[::1]:{port}"}}"#));
    let result = create("@c", "", "", 0);
    nothing_sent(
        &result,
        &format!("could not connect to [::1]:{port} within timeout_ms (600 ms)"),
    );
    assert_eq!(f.server.request_count(), 0);
}

#[test]
fn a_tls_handshake_that_never_completes_says_nothing_was_sent() {
    // Accepts, reads nothing, answers nothing.
    let server = scripted::serve(|conn, _| {
        thread::sleep(Duration::from_secs(5));
        drop(conn);
    });
    let https = server.url.replacen("http://", "https://", 1);
    let at = https.trim_start_matches("https://");
    for (settings, within) in [
        (r#""timeout_ms":600"#, "timeout_ms (600 ms)"),
        (r#""connect_timeout_ms":600"#, "connect_timeout_ms (600 ms)"),
    ] {
        let _f = Fixture::with(&format!(r#"{{"api_url":"{https}",{settings}}}"#));
        let result = create("@c", "", "", 0);
        nothing_sent(
            &result,
            &format!("{at} did not complete the TLS handshake within {within}"),
        );
    }
}

#[test]
fn a_request_sent_and_unanswered_did_not_answer() {
    let server = scripted::serve(|mut conn, _| {
        conn.read_request();
        thread::sleep(Duration::from_secs(5));
    });
    let _f = at(&server, r#""timeout_ms":600"#);
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "timeout", "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(
        description.contains("did not answer within timeout_ms (600 ms)")
            && description.contains("may have reached Telegram"),
        "{description}"
    );
}
