//! The shared client: one pool of keep-alive connections, safe from many threads, and
//! unharmed when the server closes idle connections.

use std::thread;
use std::time::{Duration, Instant};

use crate::common::*;

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
    let null = take(unsafe { opi::opi_configure(std::ptr::null()) });
    assert_eq!(parse(&null)["result"], *settings);
}

/// A server whose first connection answers the first request, then plays `second` on
/// the next request it receives; later connections answer normally. Each request is
/// noted with the connection it came on.
fn second_request_on_a_reused_connection(
    second: impl Fn(&mut scripted::Conn) + Send + Sync + 'static,
) -> scripted::Scripted {
    scripted::serve(move |mut conn, notes| {
        let mut nth = 0;
        while conn.read_request().is_some() {
            let note = format!("connection {}", conn.index);
            notes.lock().unwrap().push(note);
            if conn.index == 0 && nth == 1 {
                second(&mut conn);
                return;
            }
            conn.answer_json(200, r#"{"ok":true,"result":true}"#);
            nth += 1;
        }
    })
}

#[test]
fn a_request_read_on_a_reused_connection_and_never_answered_is_not_sent_again() {
    // What a client sees when the server's idle timeout fires just as a pooled connection
    // is reused, but also when a server took the request and died: the two cannot be
    // told apart, and the second may have created a link.
    let server = second_request_on_a_reused_connection(|_| {});
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "connection", "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(
        description.contains("may have reached Telegram"),
        "{description}"
    );
    assert_eq!(
        *server.notes.lock().unwrap(),
        ["connection 0", "connection 0"],
        "the second request was received once and never sent again"
    );
}

#[test]
fn a_request_whose_answer_broke_off_after_its_head_is_not_sent_again() {
    let server = second_request_on_a_reused_connection(|conn| {
        conn.write(scripted::head(200, "application/json", 100).as_bytes());
    });
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    let result = create("@c", "", "", 0);
    assert_eq!(kind(&result), "connection", "{result}");
    assert!(
        result["description"]
            .as_str()
            .unwrap()
            .contains("before it answered in full"),
        "{result}"
    );
    assert_eq!(
        *server.notes.lock().unwrap(),
        ["connection 0", "connection 0"]
    );
}

#[test]
fn a_request_whose_write_failed_on_a_reused_connection_is_sent_on_a_fresh_one() {
    // The server reads only the head of the second request and resets the connection
    // while the client is still writing a body larger than every socket buffer between
    // them: the server never had the request whole, so sending it again is safe.
    let server =
        scripted::reset_second_request_midway(|conn, _| format!("connection {}", conn.index));
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    let params = format!(r#"{{"text":"{}"}}"#, "x".repeat(12 << 20));
    let result = call("sendMessage", &params);
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(
        *server.notes.lock().unwrap(),
        ["connection 0", "head only, then reset", "connection 1"],
    );
}

#[test]
fn a_pooled_connection_the_server_has_half_closed_is_not_reused() {
    // The server ends its side after the first answer but still reads. A request
    // written there would arrive and never be answered, so the pooled connection must
    // be seen to have ended before it is reused; the second call opens a fresh one.
    let server = scripted::serve(|mut conn, notes| {
        while conn.read_request().is_some() {
            notes
                .lock()
                .unwrap()
                .push(format!("connection {}", conn.index));
            conn.answer_json(200, r#"{"ok":true,"result":true}"#);
            if conn.index == 0 {
                conn.half_close();
                notes.lock().unwrap().push("half-closed".into());
            }
        }
    });
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    assert_eq!(create("@c", "", "", 0)["ok"], true);
    // Once the server has half-closed, the FIN is on loopback; the margin is ample.
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.notes.lock().unwrap().len() < 2 && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(5));
    }
    thread::sleep(Duration::from_millis(20));
    let result = create("@c", "", "", 0);
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(
        *server.notes.lock().unwrap(),
        ["connection 0", "half-closed", "connection 1"]
    );
}
