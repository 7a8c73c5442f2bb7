//! The answer reader: arbitrary bytes as the Bot API's HTTP body, with any status.
//! Properties: never a panic; the body passes through byte for byte exactly when it is
//! a Bot API JSON document (an object with a boolean `ok`), else `bad_response` with the
//! status; the wait before a resend is read only for a 429.
//!
//! JSON's grammar puts no bound on numbers: `{"ok":true,"x":1e999}` is a document, which
//! serde_json's `Value` refuses (its numbers are f64) and hosts' parsers read as
//! infinity. The reader skips such a value unread and passes the answer through; for
//! those bodies the oracle here can only check that what passes is verbatim.

#![no_main]

use libfuzzer_sys::fuzz_target;
use opi::ErrorKind;
use opi::unversioned::judge_answer;
use serde::de::IgnoredAny;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some((status, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    let status = 100 + u16::from_le_bytes(*status) % 500;
    let document = serde_json::from_slice::<Value>(body)
        .ok()
        .filter(|v| v.get("ok").is_some_and(Value::is_boolean));
    let grammatical = serde_json::from_slice::<IgnoredAny>(body).is_ok();
    let judged = judge_answer("api.test", status, "application/json", Some(body.to_vec()));
    match (document, judged) {
        (Some(v), Ok((text, retry_after))) => {
            assert_eq!(text.as_bytes(), body);
            let flood = status == 429 || v.get("error_code").and_then(Value::as_i64) == Some(429);
            let wait = v
                .get("parameters")
                .and_then(|p| p.get("retry_after"))
                .and_then(Value::as_u64)
                .filter(|_| flood);
            assert_eq!(retry_after, wait);
        }
        (None, Err(e)) => {
            assert_eq!(e.kind, ErrorKind::BadResponse, "{e:?}");
            assert_eq!(e.http_status, Some(status));
        }
        (Some(_), Err(e)) => panic!("a Bot API document refused: {e:?}"),
        (None, Ok((text, _))) if grammatical => assert_eq!(text.as_bytes(), body),
        (None, Ok(_)) => panic!("passed through what is not a Bot API document"),
    }
    let over = judge_answer("api.test", status, "text/html", None).unwrap_err();
    assert_eq!(over.kind, ErrorKind::BadResponse);
});
