//! Forum topic management through the exported C functions: what each sends for each
//! form of its parameters (a topic, or none for the main topic), what comes back, and
//! what is refused unsent.

use std::ffi::CString;

use crate::common::*;
use opi::{
    opi_telegram_clear_topic_pinned_messages_list, opi_telegram_close_forum_topic,
    opi_telegram_create_forum_topic, opi_telegram_delete_forum_topic,
    opi_telegram_edit_forum_topic, opi_telegram_edit_main_forum_topic_name,
    opi_telegram_get_avatar_icon_list, opi_telegram_hide_main_forum_topic,
    opi_telegram_open_forum_topic, opi_telegram_show_main_forum_topic,
};
use opi_standin::TOKEN;
use serde_json::{Value, json};

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

const ICON: &str = "5357419403325481346";

#[test]
fn each_function_sends_exactly_its_fields() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (forum, name, icon) = (c(" -1002173079366 "), c("Тема 1"), c(ICON));
    let (fo, tp) = (forum.as_ptr(), t.as_ptr());
    // SAFETY throughout: live C strings or NULL; each result is taken and freed once.
    let answers = unsafe {
        vec![
            take(opi_telegram_create_forum_topic(
                tp,
                fo,
                name.as_ptr(),
                icon.as_ptr(),
            )),
            take(opi_telegram_create_forum_topic(
                tp,
                c("@forum").as_ptr(),
                name.as_ptr(),
                null,
            )),
            take(opi_telegram_edit_forum_topic(
                tp,
                fo,
                2,
                name.as_ptr(),
                icon.as_ptr(),
            )),
            take(opi_telegram_edit_forum_topic(
                tp,
                fo,
                2,
                null,
                c("").as_ptr(),
            )),
            take(opi_telegram_edit_forum_topic(
                tp,
                fo,
                2,
                c("").as_ptr(),
                icon.as_ptr(),
            )),
            take(opi_telegram_close_forum_topic(tp, fo, 2)),
            take(opi_telegram_close_forum_topic(tp, fo, 0)),
            take(opi_telegram_open_forum_topic(tp, fo, 2)),
            take(opi_telegram_open_forum_topic(tp, fo, 0)),
            take(opi_telegram_delete_forum_topic(tp, fo, i32::MAX)),
            take(opi_telegram_hide_main_forum_topic(tp, fo)),
            take(opi_telegram_show_main_forum_topic(tp, fo)),
            take(opi_telegram_edit_main_forum_topic_name(
                tp,
                fo,
                name.as_ptr(),
            )),
            take(opi_telegram_clear_topic_pinned_messages_list(tp, fo, 2)),
            take(opi_telegram_clear_topic_pinned_messages_list(tp, fo, 0)),
        ]
    };
    let chat = json!(-1002173079366_i64);
    let expected: Vec<(&str, Value)> = vec![
        (
            "createForumTopic",
            json!({"chat_id":chat,"name":"Тема 1","icon_custom_emoji_id":ICON}),
        ),
        (
            "createForumTopic",
            json!({"chat_id":"@forum","name":"Тема 1"}),
        ),
        (
            "editForumTopic",
            json!({"chat_id":chat,"message_thread_id":2,"name":"Тема 1","icon_custom_emoji_id":ICON}),
        ),
        (
            "editForumTopic",
            json!({"chat_id":chat,"message_thread_id":2}),
        ),
        (
            "editForumTopic",
            json!({"chat_id":chat,"message_thread_id":2,"icon_custom_emoji_id":ICON}),
        ),
        (
            "closeForumTopic",
            json!({"chat_id":chat,"message_thread_id":2}),
        ),
        ("closeGeneralForumTopic", json!({"chat_id":chat})),
        (
            "reopenForumTopic",
            json!({"chat_id":chat,"message_thread_id":2}),
        ),
        ("reopenGeneralForumTopic", json!({"chat_id":chat})),
        (
            "deleteForumTopic",
            json!({"chat_id":chat,"message_thread_id":i32::MAX}),
        ),
        ("hideGeneralForumTopic", json!({"chat_id":chat})),
        ("unhideGeneralForumTopic", json!({"chat_id":chat})),
        (
            "editGeneralForumTopic",
            json!({"chat_id":chat,"name":"Тема 1"}),
        ),
        (
            "unpinAllForumTopicMessages",
            json!({"chat_id":chat,"message_thread_id":2}),
        ),
        ("unpinAllGeneralForumTopicMessages", json!({"chat_id":chat})),
    ];
    let requests = f.server.requests();
    assert_eq!(requests.len(), expected.len());
    for ((r, (method, body)), answer) in requests.iter().zip(&expected).zip(&answers) {
        assert_eq!(r.path, format!("/bot{TOKEN}/{method}"));
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.body, serde_json::to_vec(body).unwrap(), "{method} {body}");
        assert_eq!(answer.as_bytes(), r.response.as_slice(), "{method}");
    }
    let created = parse(&answers[0]);
    assert_eq!(created["result"]["message_thread_id"], 2);
    assert_eq!(created["result"]["icon_custom_emoji_id"], ICON);
    // Neither a new title nor an icon: Telegram's refusal, passed through.
    assert_eq!(
        answers[3],
        r#"{"ok":false,"error_code":400,"description":"Bad Request: TOPIC_NOT_MODIFIED"}"#
    );
}

/// OPI's map from each icon's custom emoji id to its emoji, in Telegram's order, in
/// the envelope every result has; a refusal is Telegram's document as received.
#[test]
fn the_icon_list_is_opis_map_of_id_to_emoji() {
    let f = Fixture::new();
    // SAFETY: a live C string; each result is taken and freed once.
    let (answer, refused) = unsafe {
        (
            take(opi_telegram_get_avatar_icon_list(c(TOKEN).as_ptr())),
            take(opi_telegram_get_avatar_icon_list(
                c("1:wrong-token").as_ptr(),
            )),
        )
    };
    assert_eq!(
        answer,
        r#"{"ok":true,"result":{"5357419403325481346":"🎓","5434144690511290129":"📰"}}"#
    );
    let requests = f.server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].path,
        format!("/bot{TOKEN}/getForumTopicIconStickers")
    );
    assert_eq!(requests[0].body, b"{}");
    let sent: Value = serde_json::from_slice(&requests[0].response).unwrap();
    assert_eq!(sent["result"][0]["custom_emoji_id"], ICON);
    assert_eq!(refused.as_bytes(), requests[1].response.as_slice());
    assert_eq!(parse(&refused)["error_code"], 401);
    // The Rust API returns the same document.
    assert_eq!(opi::get_avatar_icon_list(TOKEN).unwrap(), answer);
}

#[test]
fn telegrams_refusals_pass_through() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let (forum, missing) = (c("-100"), c("@no_such_chat"));
    let chat_not_found =
        r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#;
    let thread_not_found =
        r#"{"ok":false,"error_code":400,"description":"Bad Request: message thread not found"}"#;
    // SAFETY: as above.
    unsafe {
        let m = missing.as_ptr();
        for answer in [
            take(opi_telegram_create_forum_topic(
                t.as_ptr(),
                m,
                c("A").as_ptr(),
                std::ptr::null(),
            )),
            take(opi_telegram_close_forum_topic(t.as_ptr(), m, 0)),
            take(opi_telegram_hide_main_forum_topic(t.as_ptr(), m)),
        ] {
            assert_eq!(answer, chat_not_found);
        }
        for answer in [
            take(opi_telegram_delete_forum_topic(
                t.as_ptr(),
                forum.as_ptr(),
                404,
            )),
            take(opi_telegram_close_forum_topic(
                t.as_ptr(),
                forum.as_ptr(),
                404,
            )),
            take(opi_telegram_clear_topic_pinned_messages_list(
                t.as_ptr(),
                forum.as_ptr(),
                404,
            )),
        ] {
            assert_eq!(answer, thread_not_found);
        }
    }
    assert_eq!(f.server.request_count(), 6);
}

#[test]
fn bad_arguments_are_refused_by_name_and_nothing_is_sent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let null = std::ptr::null();
    let (forum, name) = (c("-100"), c("A"));
    let (tp, fo) = (t.as_ptr(), forum.as_ptr());
    // SAFETY: as above.
    unsafe {
        // A topic in ChatID is refused, lest the call act on the main topic or the forum.
        for bad in ["", "abc", "-100*5", "@forum*2"] {
            let b = c(bad);
            let b = b.as_ptr();
            for result in [
                take(opi_telegram_create_forum_topic(tp, b, name.as_ptr(), null)),
                take(opi_telegram_edit_forum_topic(tp, b, 2, name.as_ptr(), null)),
                take(opi_telegram_close_forum_topic(tp, b, 0)),
                take(opi_telegram_open_forum_topic(tp, b, 2)),
                take(opi_telegram_delete_forum_topic(tp, b, 2)),
                take(opi_telegram_hide_main_forum_topic(tp, b)),
                take(opi_telegram_show_main_forum_topic(tp, b)),
                take(opi_telegram_edit_main_forum_topic_name(
                    tp,
                    b,
                    name.as_ptr(),
                )),
                take(opi_telegram_clear_topic_pinned_messages_list(tp, b, 0)),
            ] {
                assert_invalid(&parse(&result), "ChatID");
            }
        }
        // EditForumTopic without a topic is refused: OPI created a topic instead.
        for topic in [0, -1, i32::MIN] {
            for result in [
                take(opi_telegram_edit_forum_topic(
                    tp,
                    fo,
                    topic,
                    name.as_ptr(),
                    null,
                )),
                take(opi_telegram_delete_forum_topic(tp, fo, topic)),
            ] {
                assert_invalid(&parse(&result), "TopicID");
            }
        }
        for topic in [-1, i32::MIN] {
            for result in [
                take(opi_telegram_close_forum_topic(tp, fo, topic)),
                take(opi_telegram_open_forum_topic(tp, fo, topic)),
                take(opi_telegram_clear_topic_pinned_messages_list(tp, fo, topic)),
            ] {
                assert_invalid(&parse(&result), "TopicID");
            }
        }
        let (too_long, empty) = (c(&"x".repeat(129)), c(""));
        for title in [null, empty.as_ptr(), too_long.as_ptr()] {
            assert_invalid(
                &parse(&take(opi_telegram_create_forum_topic(tp, fo, title, null))),
                "Title",
            );
            assert_invalid(
                &parse(&take(opi_telegram_edit_main_forum_topic_name(
                    tp, fo, title,
                ))),
                "Title",
            );
        }
        assert_invalid(
            &parse(&take(opi_telegram_edit_forum_topic(
                tp,
                fo,
                2,
                too_long.as_ptr(),
                null,
            ))),
            "Title",
        );
        for icon in ["🎓", "12a"] {
            let icon = c(icon);
            assert_invalid(
                &parse(&take(opi_telegram_create_forum_topic(
                    tp,
                    fo,
                    name.as_ptr(),
                    icon.as_ptr(),
                ))),
                "IconID",
            );
            assert_invalid(
                &parse(&take(opi_telegram_edit_forum_topic(
                    tp,
                    fo,
                    2,
                    null,
                    icon.as_ptr(),
                ))),
                "IconID",
            );
        }
        assert_invalid(
            &parse(&take(opi_telegram_hide_main_forum_topic(null, fo))),
            "Token",
        );
    }
    assert_eq!(f.server.request_count(), 0);
}
