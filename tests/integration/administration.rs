//! Administration and the message functions of data sending through the exported C
//! functions: what each sends for each form of its parameters, what comes back, and
//! what is refused unsent.

use std::ffi::CString;

use crate::common::*;
use opi::{
    opi_telegram_ban, opi_telegram_delete_message, opi_telegram_forward_message,
    opi_telegram_get_participant_count, opi_telegram_pin_message, opi_telegram_unban,
    opi_telegram_unpin_message,
};
use opi_standin::TOKEN;
use serde_json::{Value, json};

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// Asserts that the stand-in received exactly these requests, in order, as POSTs with
/// exactly these JSON bodies, and that each answer came back as sent.
fn assert_sent(f: &Fixture, answers: &[String], expected: &[(&str, Value)]) {
    let requests = f.server.requests();
    assert_eq!(requests.len(), expected.len());
    for ((r, (method, body)), answer) in requests.iter().zip(expected).zip(answers) {
        assert_eq!(r.path, format!("/bot{TOKEN}/{method}"));
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.body, serde_json::to_vec(body).unwrap(), "{method} {body}");
        assert_eq!(answer.as_bytes(), r.response.as_slice(), "{method}");
    }
}

#[test]
fn each_function_sends_exactly_its_fields_for_each_form_of_chat() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let chats = [
        ("@testsichee", json!("@testsichee")),
        (" -1001234567890 ", json!(-1001234567890_i64)),
        // A topic means nothing to these methods: dropped, as for invite links.
        ("-1001234567890*15", json!(-1001234567890_i64)),
    ];
    let mut answers = Vec::new();
    let mut expected = Vec::new();
    for (given, chat) in &chats {
        let chat_c = c(given);
        let chat_p = chat_c.as_ptr();
        // SAFETY throughout: live C strings; each result is taken and freed once.
        unsafe {
            answers.extend([
                take(opi_telegram_ban(t.as_ptr(), chat_p, 5_000_000_000)),
                take(opi_telegram_unban(t.as_ptr(), chat_p, 461699897)),
                take(opi_telegram_pin_message(t.as_ptr(), chat_p, 5920)),
                take(opi_telegram_unpin_message(t.as_ptr(), chat_p, i32::MAX)),
                take(opi_telegram_delete_message(t.as_ptr(), chat_p, 1)),
                take(opi_telegram_get_participant_count(t.as_ptr(), chat_p)),
            ]);
        }
        expected.extend([
            (
                "banChatMember",
                json!({"chat_id":chat,"user_id":5000000000_i64}),
            ),
            (
                "unbanChatMember",
                json!({"chat_id":chat,"user_id":461699897,"only_if_banned":true}),
            ),
            ("pinChatMessage", json!({"chat_id":chat,"message_id":5920})),
            (
                "unpinChatMessage",
                json!({"chat_id":chat,"message_id":i32::MAX}),
            ),
            ("deleteMessage", json!({"chat_id":chat,"message_id":1})),
            ("getChatMemberCount", json!({"chat_id":chat})),
        ]);
    }
    assert_sent(&f, &answers, &expected);
    for answer in &answers[..5] {
        assert_eq!(answer, r#"{"ok":true,"result":true}"#);
    }
    assert_eq!(answers[5], r#"{"ok":true,"result":2}"#);
}

#[test]
fn forward_message_sends_the_topic_of_the_target_only() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let cases = [
        (
            "@testsichee",
            "461699897",
            json!({"chat_id":461699897,"from_chat_id":"@testsichee","message_id":5920}),
        ),
        (
            "-100123*9",
            " @testsichee * 2 ",
            json!({"chat_id":"@testsichee","message_thread_id":2,"from_chat_id":-100123,"message_id":5920}),
        ),
    ];
    let mut answers = Vec::new();
    for (from, to, _) in &cases {
        // SAFETY: as above.
        answers.push(unsafe {
            take(opi_telegram_forward_message(
                t.as_ptr(),
                5920,
                c(from).as_ptr(),
                c(to).as_ptr(),
            ))
        });
    }
    let expected: Vec<(&str, Value)> = cases
        .into_iter()
        .map(|(_, _, body)| ("forwardMessage", body))
        .collect();
    assert_sent(&f, &answers, &expected);
    let second = parse(&answers[1]);
    assert_eq!(second["result"]["message_thread_id"], 2);
    assert_eq!(second["result"]["message_id"], 2);
}

#[test]
fn telegrams_refusals_pass_through() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let missing = c("@no_such_chat");
    let m = missing.as_ptr();
    let chat_not_found =
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#;
    // SAFETY: as above.
    unsafe {
        for answer in [
            take(opi_telegram_ban(t.as_ptr(), m, 7)),
            take(opi_telegram_unban(t.as_ptr(), m, 7)),
            take(opi_telegram_pin_message(t.as_ptr(), m, 7)),
            take(opi_telegram_unpin_message(t.as_ptr(), m, 7)),
            take(opi_telegram_delete_message(t.as_ptr(), m, 7)),
            take(opi_telegram_get_participant_count(t.as_ptr(), m)),
            take(opi_telegram_forward_message(
                t.as_ptr(),
                7,
                c("@c").as_ptr(),
                m,
            )),
        ] {
            assert_eq!(answer, chat_not_found);
        }
        assert_eq!(
            take(opi_telegram_delete_message(
                t.as_ptr(),
                c("@c").as_ptr(),
                404
            )),
            r#"{"ok":false,"error_code":400,"description":"Bad Request: message to delete not found"}"#
        );
        assert_eq!(
            take(opi_telegram_ban(t.as_ptr(), c("@c").as_ptr(), 1)),
            r#"{"ok":false,"error_code":400,"description":"Bad Request: can't remove chat owner"}"#
        );
    }
    assert_eq!(f.server.request_count(), 9);
    let refused = opi::ban(TOKEN, "@no_such_chat", 7).unwrap_err();
    assert_eq!(refused.kind, opi::ErrorKind::Telegram);
    assert_eq!(refused.document(), Some(chat_not_found));
}

#[test]
fn bad_arguments_are_refused_by_name_and_nothing_is_sent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let chat = c("@c");
    let null = std::ptr::null();
    // SAFETY: as above.
    unsafe {
        for bad in ["", "abc", "@a-b", "5*x", "1.5"] {
            let bad = c(bad);
            let b = bad.as_ptr();
            for result in [
                take(opi_telegram_ban(t.as_ptr(), b, 7)),
                take(opi_telegram_unban(t.as_ptr(), b, 7)),
                take(opi_telegram_pin_message(t.as_ptr(), b, 7)),
                take(opi_telegram_unpin_message(t.as_ptr(), b, 7)),
                take(opi_telegram_delete_message(t.as_ptr(), b, 7)),
                take(opi_telegram_get_participant_count(t.as_ptr(), b)),
            ] {
                assert_invalid(&parse(&result), "ChatID");
            }
            assert_invalid(
                &parse(&take(opi_telegram_forward_message(
                    t.as_ptr(),
                    7,
                    b,
                    chat.as_ptr(),
                ))),
                "FromID",
            );
            assert_invalid(
                &parse(&take(opi_telegram_forward_message(
                    t.as_ptr(),
                    7,
                    chat.as_ptr(),
                    b,
                ))),
                "ToID",
            );
        }
        // A topic must be a message id: positive and 32-bit.
        for bad in ["@c*0", "@c*-1", "@c*2147483648"] {
            assert_invalid(
                &parse(&take(opi_telegram_forward_message(
                    t.as_ptr(),
                    7,
                    chat.as_ptr(),
                    c(bad).as_ptr(),
                ))),
                "ToID",
            );
        }
        for message in [0, -1, i32::MIN] {
            for result in [
                take(opi_telegram_pin_message(t.as_ptr(), chat.as_ptr(), message)),
                take(opi_telegram_unpin_message(
                    t.as_ptr(),
                    chat.as_ptr(),
                    message,
                )),
                take(opi_telegram_delete_message(
                    t.as_ptr(),
                    chat.as_ptr(),
                    message,
                )),
            ] {
                assert_invalid(&parse(&result), "MessageID");
            }
            assert_invalid(
                &parse(&take(opi_telegram_forward_message(
                    t.as_ptr(),
                    message,
                    chat.as_ptr(),
                    chat.as_ptr(),
                ))),
                "OriginalID",
            );
        }
        for user in [0, -1, i64::MIN] {
            assert_invalid(
                &parse(&take(opi_telegram_ban(t.as_ptr(), chat.as_ptr(), user))),
                "UserID",
            );
            assert_invalid(
                &parse(&take(opi_telegram_unban(t.as_ptr(), chat.as_ptr(), user))),
                "UserID",
            );
        }
        assert_invalid(
            &parse(&take(opi_telegram_ban(null, chat.as_ptr(), 7))),
            "Token",
        );
        assert_invalid(
            &parse(&take(opi_telegram_get_participant_count(t.as_ptr(), null))),
            "ChatID",
        );
        assert_invalid(
            &parse(&take(opi_telegram_forward_message(
                t.as_ptr(),
                7,
                chat.as_ptr(),
                null,
            ))),
            "ToID",
        );
    }
    assert_eq!(f.server.request_count(), 0);
}
