//! Settings from the environment, read once at the first call: each case runs in a child
//! process of this test binary with its own variables.

use std::time::{Duration, Instant};

use crate::common::*;
use opi_standin::StandIn;

/// The call a child makes: no `opi_configure`, so only the environment speaks.
fn call_with(chat: &str) -> serde_json::Value {
    create(chat, "", "", 0)
}

#[test]
fn api_url_timeout_and_retry_come_from_the_environment() {
    let server = StandIn::start();
    in_child(
        "environment::child_uses_the_environment",
        &[
            ("OPI_TELEGRAM_API_URL", &server.url()),
            ("OPI_TIMEOUT_MS", "1500"),
            ("OPI_CONNECT_TIMEOUT_MS", "2000"),
            ("OPI_MAX_RETRY_AFTER_S", "2"),
        ],
    );
    // @flood_once was waited out and sent again; @stall was sent once.
    assert_eq!(server.request_count(), 4);
}

#[test]
#[ignore = "runs in a child process with its own environment"]
fn child_uses_the_environment() {
    assert_eq!(call_with("@c")["ok"], true);
    let started = Instant::now();
    assert_eq!(kind(&call_with("@stall")), "timeout");
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(1450) && took < Duration::from_secs(4),
        "{took:?}"
    );
    // retry_after 1 fits within both max_retry_after_s and the call's 1500 ms.
    assert_eq!(call_with("@flood_once")["ok"], true);
    let settings = configure("");
    assert_eq!(settings["result"]["timeout_ms"], 1500);
    assert_eq!(settings["result"]["connect_timeout_ms"], 2000);
    assert_eq!(settings["result"]["max_retry_after_s"], 2);
}

#[test]
fn a_malformed_variable_is_refused_by_name_on_every_call() {
    for (name, value) in [
        ("OPI_TIMEOUT_MS", "soon"),
        ("OPI_CONNECT_TIMEOUT_MS", "0"),
        ("OPI_MAX_RETRY_AFTER_S", "-1"),
        ("OPI_TELEGRAM_API_URL", "api.telegram.org"),
        ("HTTPS_PROXY", "gopher://proxy"),
    ] {
        in_child(
            "environment::child_sees_a_malformed_variable",
            &[("OPI_EXPECTED_PARAMETER", name), (name, value)],
        );
    }
}

#[test]
#[ignore = "runs in a child process with its own environment"]
fn child_sees_a_malformed_variable() {
    let name = std::env::var("OPI_EXPECTED_PARAMETER").unwrap();
    assert_invalid(&call_with("@c"), &name);
    assert_invalid(&call_with("@c"), &name);
    // Setting another key does not override it.
    let other = match name.as_str() {
        "OPI_CONNECT_TIMEOUT_MS" => r#"{"timeout_ms":5000}"#,
        _ => r#"{"connect_timeout_ms":5000}"#,
    };
    assert_invalid(&configure(other), &name);
    assert_invalid(&call_with("@c"), &name);
}

#[test]
fn opi_configure_overrides_a_malformed_variable() {
    for (name, value, options) in [
        ("HTTPS_PROXY", "gopher://proxy", r#"{"proxy":null}"#),
        ("OPI_TIMEOUT_MS", "soon", r#"{"timeout_ms":5000}"#),
    ] {
        let server = StandIn::start();
        in_child(
            "environment::child_overrides_a_malformed_variable",
            &[
                ("OPI_TELEGRAM_API_URL", &server.url()),
                ("OPI_EXPECTED_PARAMETER", name),
                ("OPI_OVERRIDE", options),
                (name, value),
            ],
        );
        assert_eq!(server.request_count(), 1, "{name}={value}");
    }
}

#[test]
#[ignore = "runs in a child process with its own environment"]
fn child_overrides_a_malformed_variable() {
    let name = std::env::var("OPI_EXPECTED_PARAMETER").unwrap();
    assert_invalid(&call_with("@c"), &name);
    let applied = configure(&std::env::var("OPI_OVERRIDE").unwrap());
    assert_eq!(applied["ok"], true, "{applied}");
    assert_eq!(call_with("@c")["ok"], true);
}
