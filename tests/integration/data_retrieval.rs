//! Data retrieval and settings through the exported C functions: the webhook's address
//! set and removed, what each sends, what comes back, and what is refused unsent.

use std::ffi::CString;

use crate::common::*;
use opi::{opi_telegram_delete_webhook, opi_telegram_set_webhook};
use opi_standin::TOKEN;
use serde_json::json;

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
