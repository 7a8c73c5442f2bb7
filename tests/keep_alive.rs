//! The shared client: one pool of keep-alive connections, safe from many threads, and
//! unharmed when the server closes idle connections.

mod common;

use std::thread;

use common::*;

#[test]
fn calls_reuse_one_connection() {
    let f = Fixture::new();
    for _ in 0..5 {
        assert_eq!(create("@c", "", "", 0)["ok"], true);
    }
    assert_eq!(f.server.request_count(), 5);
    assert_eq!(f.server.connections(), 1);
}

#[test]
fn a_call_after_the_server_closed_an_idle_connection_succeeds() {
    let f = Fixture::new();
    assert_eq!(create("@c", "first", "", 0)["ok"], true);
    f.server.close_idle();
    let result = create("@c", "second", "", 0);
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(result["result"]["name"], "second");
    assert_eq!(f.server.request_count(), 2, "each link is requested once");
    assert_eq!(f.server.connections(), 2);
}

#[test]
fn many_threads_each_get_their_own_answer() {
    const THREADS: usize = 8;
    const CALLS: usize = 50;
    let f = Fixture::new();
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            thread::spawn(move || {
                for i in 0..CALLS {
                    let title = format!("t{t} call {i}");
                    let result = create("@c", &title, "", (i + 1) as i32);
                    assert_eq!(result["ok"], true, "{result}");
                    assert_eq!(result["result"]["name"], title.as_str());
                    assert_eq!(result["result"]["member_limit"], i + 1);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("no thread panicked");
    }
    assert_eq!(f.server.request_count(), THREADS * CALLS);
    let mut links: Vec<_> = f
        .server
        .requests()
        .iter()
        .map(|r| r.response.clone())
        .collect();
    links.sort();
    links.dedup();
    assert_eq!(links.len(), THREADS * CALLS, "every answer is distinct");
}

#[test]
fn configure_reports_the_settings_in_force_and_refuses_bad_ones() {
    let f = Fixture::with(r#"{"timeout_ms":1234}"#);
    let answer = configure(r#"{"connect_timeout_ms":"2500"}"#);
    assert_eq!(answer["ok"], true);
    let settings = &answer["result"];
    assert_eq!(settings["api_url"], f.server.url());
    assert_eq!(settings["timeout_ms"], 1234);
    assert_eq!(settings["connect_timeout_ms"], 2500);
    assert_eq!(settings["proxy"], serde_json::Value::Null);
    assert_eq!(settings["max_retry_after_s"], 0);

    assert_invalid(&configure(r#"{"timeout":5}"#), "options_json");
    assert_invalid(&configure(r#"not json"#), "options_json");
    assert_invalid(&configure(r#"{"timeout_ms":0}"#), "timeout_ms");
    assert_invalid(&configure(r#"{"api_url":"telegram.org"}"#), "api_url");
    // A refused change leaves everything as it was.
    assert_eq!(configure("")["result"], *settings);
    let null = take(unsafe { opi::ffi::opi_configure(std::ptr::null()) });
    assert_eq!(parse(&null)["result"], *settings);
}

/// A server that answers the first request on a connection, keeps it open, then reads
/// the next request on it and closes without answering: what a client sees when the
/// server's idle timeout fires just as a pooled connection is reused. Later connections
/// are answered normally. Returns the address and a log of (connection, request) pairs.
fn server_that_drops_reused_connections() -> (String, std::sync::Arc<std::sync::Mutex<Vec<usize>>>) {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpListener;

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = log.clone();
    thread::spawn(move || {
        for (conn, stream) in listener.incoming().enumerate().take(8) {
            let Ok(stream) = stream else { return };
            let seen = seen.clone();
            thread::spawn(move || {
                let mut reader = BufReader::new(&stream);
                for nth in 0.. {
                    let mut length = 0;
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap();
                        }
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0; length];
                    reader.read_exact(&mut body).unwrap();
                    seen.lock().unwrap().push(conn);
                    if conn == 0 && nth == 1 {
                        return; // drops the connection without a byte of answer
                    }
                    let body = br#"{"ok":true,"result":true}"#;
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                        body.len()
                    );
                    (&stream).write_all(head.as_bytes()).unwrap();
                    (&stream).write_all(body).unwrap();
                }
            });
        }
    });
    (url, log)
}

#[test]
fn a_request_lost_on_a_pooled_connection_is_sent_again_on_a_fresh_one() {
    let (url, log) = server_that_drops_reused_connections();
    let _f = Fixture::with(&format!(r#"{{"api_url":"{url}"}}"#));
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    let result = create("@c", "", "", 0);
    assert_eq!(result, serde_json::json!({"ok":true,"result":true}));
    // First call on connection 0; the second was lost on it, then sent on connection 1.
    assert_eq!(*log.lock().unwrap(), vec![0, 0, 1]);
}
