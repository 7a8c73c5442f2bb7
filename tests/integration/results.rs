//! What comes back: Telegram's document byte for byte, or the library's own envelope for
//! every local failure; never the token.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use crate::common::*;
use opi_standin::TOKEN;

/// The raw result of one call with the stand-in's token.
fn raw(chat: &str) -> String {
    create_raw(
        Arg::Text(TOKEN),
        Arg::Text(chat),
        Arg::Text("Link"),
        Arg::Null,
        0,
    )
}

#[test]
fn telegram_answers_pass_through_byte_for_byte_whatever_the_status() {
    let f = Fixture::new();
    for chat in ["@testsichee", "@no_such_chat", "@flood"] {
        let result = raw(chat);
        let sent = f.server.requests().last().unwrap().response.clone();
        assert_eq!(result.as_bytes(), sent.as_slice(), "{chat}");
    }
    let unauthorized = take(unsafe {
        let (t, c) = (c"1:wrong-token", c"@c");
        opi::opi_telegram_create_invitation_link(
            t.as_ptr(),
            c.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            0,
        )
    });
    assert_eq!(
        unauthorized,
        r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#
    );
    assert_eq!(
        raw("@no_such_chat"),
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#
    );
}

#[test]
fn answers_that_are_not_the_bot_apis_are_bad_response_with_the_status() {
    let _f = Fixture::new();
    for (chat, status) in [("@bad_gateway", 502), ("@not_json", 200)] {
        let result = parse(&raw(chat));
        assert_eq!(kind(&result), "bad_response", "{result}");
        assert_eq!(result["opi_error"]["http_status"], status, "{result}");
        assert!(
            result["description"]
                .as_str()
                .unwrap()
                .contains(&status.to_string())
        );
    }
}

#[test]
fn a_refused_connection_is_a_connection_error() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _f = Fixture::with(&format!(r#"{{"api_url":"http://127.0.0.1:{port}"}}"#));
    let result = parse(&raw("@c"));
    assert_eq!(kind(&result), "connection", "{result}");
    assert!(
        result["description"].as_str().unwrap().contains("refused"),
        "{result}"
    );
}

#[test]
fn a_server_that_echoes_the_path_in_what_a_result_quotes_never_shows_the_token() {
    let server = crate::common::scripted::serve(|mut conn, _| {
        while conn.read_request().is_some() {
            let echo = format!("text/html; path=/bot{TOKEN}/createChatInviteLink");
            let body = "<html>no</html>";
            let head = crate::common::scripted::head(502, &echo, body.len());
            conn.write(format!("{head}{body}").as_bytes());
        }
    });
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, server.url));
    // `raw` fails on any result that holds the token.
    let result = parse(&raw("@c"));
    assert_eq!(kind(&result), "bad_response", "{result}");
    assert_eq!(result["opi_error"]["http_status"], 502, "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(
        description.contains("text/html; path=/bot***/createChatInviteLink"),
        "{description}"
    );
}

#[test]
fn credentials_are_masked_where_they_stand_and_the_rest_reads_as_written() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // A user name of one letter, which the description's words are full of.
    let cases = [
        (
            format!(r#"{{"api_url":"http://e@127.0.0.1:{port}"}}"#),
            format!("127.0.0.1:{port} refused the connection; is the Bot API server running?"),
        ),
        (
            format!(r#"{{"proxy":"http://o@127.0.0.1:{port}"}}"#),
            format!("the proxy 127.0.0.1:{port} refused the connection; check the proxy setting"),
        ),
    ];
    for (settings, expected) in cases {
        let _f = Fixture::with(&settings);
        let result = parse(&raw("@c"));
        assert_eq!(kind(&result), "connection", "{result}");
        let description = result["description"].as_str().unwrap();
        assert!(description.starts_with(&expected), "{description}");
        assert!(!description.contains("***"), "{description}");
    }
}

#[test]
fn a_connection_closed_without_an_answer_is_a_connection_error_sent_once() {
    let f = Fixture::new();
    let result = parse(&raw("@hang_up"));
    assert_eq!(kind(&result), "connection", "{result}");
    // A fresh connection that fails is never retried: the link might have been created.
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn a_stalled_server_is_a_timeout_close_to_timeout_ms() {
    let f = Fixture::with(r#"{"timeout_ms":700}"#);
    let started = Instant::now();
    let result = parse(&raw("@stall"));
    let took = started.elapsed();
    assert_eq!(kind(&result), "timeout", "{result}");
    assert!(took >= Duration::from_millis(650), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn tls_to_a_server_that_speaks_plain_http_is_a_tls_error() {
    let f = Fixture::new();
    let https = f.server.url().replace("http://", "https://");
    configure(&format!(r#"{{"api_url":"{https}"}}"#));
    let result = parse(&raw("@c"));
    assert_eq!(kind(&result), "tls", "{result}");
}

#[test]
fn a_host_that_does_not_resolve_is_a_connection_error() {
    let _f = Fixture::with(r#"{"api_url":"http://no-such-host.invalid"}"#);
    let result = parse(&raw("@c"));
    assert_eq!(kind(&result), "connection", "{result}");
    let description = result["description"].as_str().unwrap();
    assert!(
        description.starts_with("cannot resolve the host name in no-such-host.invalid"),
        "{result}"
    );
    assert_eq!(result["opi_error"].get("hop"), None, "{result}");
}

#[test]
fn a_429_within_max_retry_after_is_waited_out_and_sent_once_more() {
    let f = Fixture::with(r#"{"max_retry_after_s":2}"#);
    let started = Instant::now();
    let result = parse(&raw("@flood_once"));
    assert_eq!(result["ok"], true, "{result}");
    assert!(started.elapsed() >= Duration::from_millis(950));
    assert_eq!(f.server.request_count(), 2);

    // retry_after 30 is beyond the 2 allowed: back at once, sent once.
    let started = Instant::now();
    let result = parse(&raw("@flood"));
    assert_eq!(result["error_code"], 429, "{result}");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(f.server.request_count(), 3);
}

#[test]
fn a_429_whose_wait_outlasts_timeout_ms_goes_back_at_once() {
    // retry_after 1 is within max_retry_after_s but not within the 800 ms of the call.
    let f = Fixture::with(r#"{"max_retry_after_s":2,"timeout_ms":800}"#);
    let result = parse(&raw("@flood_once"));
    assert_eq!(result["error_code"], 429, "{result}");
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn a_429_goes_back_at_once_by_default() {
    let f = Fixture::new();
    let result = parse(&raw("@flood_once"));
    assert_eq!(result["error_code"], 429, "{result}");
    assert_eq!(result["parameters"]["retry_after"], 1);
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn the_token_never_appears_in_any_local_error() {
    // `take` checks every result for the token; here every failure path runs once more
    // with the token in the URL ureq would have printed.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    for api_url in [
        format!("http://127.0.0.1:{port}"),
        "http://no-such-host.invalid".to_string(),
    ] {
        let _f = Fixture::with(&format!(r#"{{"api_url":"{api_url}"}}"#));
        let result = raw("@c");
        assert!(
            !result.contains(TOKEN) && !result.contains("AAFyzNYOAFbu"),
            "{result}"
        );
    }
}
