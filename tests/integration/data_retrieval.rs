//! Data retrieval and settings through the exported C functions: the webhook's address
//! set and removed, what each sends, what comes back, and what is refused unsent.

use std::ffi::CString;
use std::net::TcpListener;
use std::time::{Duration, Instant};

use crate::common::*;
use opi::{
    opi_telegram_delete_webhook, opi_telegram_get_updates, opi_telegram_process_tma_data,
    opi_telegram_set_webhook,
};
use opi_standin::TOKEN;
use serde_json::{Value, json};

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

#[test]
fn each_function_sends_exactly_the_given_fields_and_hands_back_the_answer() {
    let f = Fixture::new();
    let t = c(TOKEN);
    // SAFETY throughout: live C strings or NULL; each result is taken and freed once.
    let answers = unsafe {
        [
            take(opi_telegram_set_webhook(
                t.as_ptr(),
                c(" https://example.com/telegram?bot=1 ").as_ptr(),
            )),
            take(opi_telegram_delete_webhook(t.as_ptr())),
            take(opi_telegram_delete_webhook(t.as_ptr())),
        ]
    };
    let expected = [
        (
            "setWebhook",
            json!({"url":"https://example.com/telegram?bot=1"}),
        ),
        ("deleteWebhook", json!({})),
        ("deleteWebhook", json!({})),
    ];
    let requests = f.server.requests();
    assert_eq!(requests.len(), expected.len());
    for ((r, (method, body)), answer) in requests.iter().zip(expected).zip(&answers) {
        assert_eq!(r.path, format!("/bot{TOKEN}/{method}"));
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.body, serde_json::to_vec(&body).unwrap(), "{method}");
        assert_eq!(answer.as_bytes(), r.response.as_slice(), "{method}");
    }
    assert_eq!(
        answers[0],
        r#"{"ok":true,"result":true,"description":"Webhook was set"}"#
    );
    assert_eq!(
        answers[2],
        r#"{"ok":true,"result":true,"description":"Webhook is already deleted"}"#
    );
}

#[test]
fn telegrams_refusal_passes_through() {
    let f = Fixture::new();
    let t = c(TOKEN);
    // An http:// address is not refused here: a local Bot API server may take it.
    // SAFETY: as above.
    let answer = unsafe {
        take(opi_telegram_set_webhook(
            t.as_ptr(),
            c("http://example.com/telegram").as_ptr(),
        ))
    };
    assert_eq!(
        answer,
        r#"{"ok":false,"error_code":400,"description":"Bad Request: bad webhook: An HTTPS URL must be provided for webhook"}"#
    );
    assert_eq!(f.server.request_count(), 1);
}

#[test]
fn bad_arguments_are_refused_by_name_and_nothing_is_sent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let url = c("https://example.com/telegram");
    // SAFETY: as above.
    unsafe {
        for bad in [
            "",
            "  ",
            "example.com",
            "ftp://example.com",
            "https://",
            "https://a b",
        ] {
            let bad = c(bad);
            assert_invalid(
                &parse(&take(opi_telegram_set_webhook(t.as_ptr(), bad.as_ptr()))),
                "URL",
            );
        }
        assert_invalid(
            &parse(&take(opi_telegram_set_webhook(t.as_ptr(), null))),
            "URL",
        );
        assert_invalid(
            &parse(&take(opi_telegram_set_webhook(null, url.as_ptr()))),
            "Token",
        );
        assert_invalid(&parse(&take(opi_telegram_delete_webhook(null))), "Token");
        assert_invalid(
            &parse(&take(opi_telegram_delete_webhook(c("1:a/b").as_ptr()))),
            "Token",
        );
    }
    assert_eq!(f.server.request_count(), 0);
}

/// A long poll: the server holds the request for Timeout seconds, longer than
/// `timeout_ms`, and the call waits for it rather than ending at `timeout_ms`.
#[test]
fn a_long_poll_longer_than_timeout_ms_is_waited_for() {
    let f = Fixture::with(r#"{"timeout_ms":1000}"#);
    let t = c(TOKEN);
    let started = Instant::now();
    // SAFETY: a live C string; the result is taken and freed once.
    let answer = unsafe { take(opi_telegram_get_updates(t.as_ptr(), 2, 0)) };
    let took = started.elapsed();
    assert_eq!(answer, r#"{"ok":true,"result":[]}"#);
    assert!(
        took >= Duration::from_millis(1900) && took < Duration::from_secs(3),
        "{took:?}"
    );
    let sent = &f.server.requests()[0];
    assert_eq!(sent.path, format!("/bot{TOKEN}/getUpdates"));
    assert_eq!(sent.json(), json!({"timeout":2}));
}

/// An update that arrives during the poll is handed back at once; Offset and Timeout
/// are sent as numbers, 0 not at all.
#[test]
fn an_update_ends_the_poll_and_offset_is_sent() {
    let f = Fixture::new();
    let update = json!({"update_id":291366000,"message":{"message_id":4685,"text":"hi"}});
    let answer = std::thread::scope(|s| {
        s.spawn(|| {
            std::thread::sleep(Duration::from_millis(300));
            f.server.queue_update(update.clone());
        });
        let started = Instant::now();
        let answer = opi::get_updates(TOKEN, 30, 291366000).unwrap();
        assert!(started.elapsed() < Duration::from_secs(5));
        answer
    });
    assert_eq!(parse(&answer)["result"], json!([update]));
    let none = opi::get_updates(TOKEN, 0, 0).unwrap();
    assert_eq!(none, format!(r#"{{"ok":true,"result":[{update}]}}"#));
    let bodies = f.bodies();
    assert_eq!(bodies[0], json!({"offset":291366000,"timeout":30}));
    assert_eq!(bodies[1], json!({}));
    // Refused unsent: a wait beyond a day.
    let e = opi::get_updates(TOKEN, -1, 0).unwrap_err();
    assert_eq!(e.parameter, Some("Timeout"));
    assert_eq!(f.server.request_count(), 2);
}

/// A poll the server never answers still ends: at `timeout_ms` plus Timeout.
#[test]
fn a_long_poll_never_answered_ends_at_timeout_ms_plus_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let _f = Fixture::with(&format!(r#"{{"api_url":"{url}","timeout_ms":500}}"#));
    let started = Instant::now();
    let e = opi::get_updates(TOKEN, 1, 0).unwrap_err();
    let took = started.elapsed();
    assert_eq!(e.kind, opi::ErrorKind::Timeout, "{e:?}");
    assert!(
        took >= Duration::from_millis(1450) && took < Duration::from_secs(4),
        "{took:?}"
    );
    assert!(!format!("{e:?}").contains(TOKEN));
    drop(listener);
}

/// initData signed with the stand-in's token by Python's hmac
/// (fixtures/tma_init_data.py), apart from libopi's code.
fn tma_fixture() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/integration/fixtures/tma_init_data.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn tma(data: &str, token: &str) -> Value {
    let (d, t) = (c(data), c(token));
    // SAFETY: live C strings; the result is taken and freed once.
    parse(&unsafe { take(opi_telegram_process_tma_data(d.as_ptr(), t.as_ptr())) })
}

#[test]
fn tma_data_signed_with_the_token_passes_and_its_fields_come_back() {
    let f = Fixture::new();
    let fixture = tma_fixture();
    let data = fixture["init_data"].as_str().unwrap();
    let checked = tma(data, TOKEN);
    assert_eq!(checked["ok"], true, "{checked}");
    let mut expected = fixture["fields"].clone();
    expected["passed"] = true.into();
    // Every field but hash, decoded, values holding '=', '+' and '&' whole; in order.
    assert_eq!(checked["result"], expected);
    let keys: Vec<&String> = checked["result"].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "query_id",
            "user",
            "auth_date",
            "signature",
            "start_param",
            "passed"
        ]
    );
    // A leading '?', and the hash in capitals, as OPI compares it.
    let hash = fixture["hash"].as_str().unwrap();
    let upper = format!("?{}", data.replace(hash, &hash.to_uppercase()));
    assert_eq!(tma(&upper, TOKEN)["result"]["passed"], true);
    // The Rust API answers the same.
    assert_eq!(parse(&opi::process_tma_data(data, TOKEN).unwrap()), checked);
    assert_eq!(f.server.request_count(), 0, "nothing is sent");
}

#[test]
fn tma_data_altered_or_checked_with_another_token_fails() {
    let f = Fixture::new();
    let fixture = tma_fixture();
    let data = fixture["init_data"].as_str().unwrap();
    let hash = fixture["hash"].as_str().unwrap();
    let flipped = if hash.starts_with('0') { "1" } else { "0" };
    let altered = [
        data.replace("auth_date=1767706628", "auth_date=1767706629"),
        data.replace(&format!("hash={}", &hash[..1]), &format!("hash={flipped}")),
        data.replace(&format!("&hash={hash}"), ""),
        data.replace(&format!("hash={hash}"), &format!("hash={}", &hash[..62])),
        format!("{data}&cookie=x"),
        data.replace("start_param=a%3Db+c%26d", "start_param=a%3Db+c"),
    ];
    for data in &altered {
        let checked = tma(data, TOKEN);
        assert_eq!(checked["ok"], true, "{checked}");
        assert_eq!(checked["result"]["passed"], false, "{data}");
    }
    let other = tma(data, "6129457865:AAFyzNYOAFbu-another-token");
    assert_eq!(other["result"]["passed"], false);
    // Refused by name: no data, no token.
    assert_invalid(&tma("", TOKEN), "DataString");
    assert_invalid(&tma(data, ""), "Token");
    assert_eq!(f.server.request_count(), 0, "nothing is sent");
}
