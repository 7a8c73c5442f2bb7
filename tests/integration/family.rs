//! The rest of the invite-link family and the escape hatch for any method, through the
//! exported C functions: what each sends, what comes back, and what is refused unsent.

use std::ffi::{CString, c_char};

use crate::common::*;
use opi::{
    opi_telegram_approve_join_request, opi_telegram_call, opi_telegram_create_join_request_link,
    opi_telegram_create_subscription_link, opi_telegram_decline_join_request,
    opi_telegram_edit_invitation_link, opi_telegram_edit_subscription_link,
    opi_telegram_export_primary_invitation_link, opi_telegram_get_bot_information,
    opi_telegram_revoke_invitation_link,
};
use opi_standin::TOKEN;
use serde_json::{Value, json};

const LINK: &str = "https://t.me/+hUgH4yjb_7wyZDBi";

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

fn result(ptr: *mut c_char) -> Value {
    parse(&take(ptr))
}

/// Every function with valid arguments, and the request each must send.
#[test]
fn each_function_sends_its_method_with_exactly_the_given_fields() {
    let f = Fixture::new();
    let (t, chat, link) = (c(TOKEN), c("@testsichee"), c(LINK));
    let title = c("Spring");
    let expire = c("2030-01-01T00:00:00Z");
    // SAFETY throughout: live C strings or NULL; each result is taken and freed once.
    let answers = unsafe {
        vec![
            result(opi_telegram_edit_invitation_link(
                t.as_ptr(),
                chat.as_ptr(),
                link.as_ptr(),
                title.as_ptr(),
                expire.as_ptr(),
                100,
            )),
            result(opi_telegram_edit_invitation_link(
                t.as_ptr(),
                chat.as_ptr(),
                link.as_ptr(),
                std::ptr::null(),
                std::ptr::null(),
                0,
            )),
            result(opi_telegram_revoke_invitation_link(
                t.as_ptr(),
                chat.as_ptr(),
                link.as_ptr(),
            )),
            result(opi_telegram_export_primary_invitation_link(
                t.as_ptr(),
                chat.as_ptr(),
            )),
            result(opi_telegram_create_join_request_link(
                t.as_ptr(),
                chat.as_ptr(),
                title.as_ptr(),
                expire.as_ptr(),
            )),
            result(opi_telegram_create_subscription_link(
                t.as_ptr(),
                chat.as_ptr(),
                title.as_ptr(),
                50,
            )),
            result(opi_telegram_edit_subscription_link(
                t.as_ptr(),
                chat.as_ptr(),
                link.as_ptr(),
                title.as_ptr(),
            )),
            result(opi_telegram_approve_join_request(
                t.as_ptr(),
                chat.as_ptr(),
                5_000_000_000,
            )),
            result(opi_telegram_decline_join_request(
                t.as_ptr(),
                chat.as_ptr(),
                42,
            )),
            result(opi_telegram_call(
                t.as_ptr(),
                c"getChat".as_ptr(),
                c(r#"{"chat_id":"@testsichee"}"#).as_ptr(),
            )),
            result(opi_telegram_call(
                t.as_ptr(),
                c"getMe".as_ptr(),
                std::ptr::null(),
            )),
            result(opi_telegram_get_bot_information(t.as_ptr())),
        ]
    };
    for answer in &answers {
        assert_eq!(answer["ok"], true, "{answer}");
    }
    let expected = [
        (
            "editChatInviteLink",
            json!({"chat_id":"@testsichee","invite_link":LINK,"name":"Spring","expire_date":1893456000,"member_limit":100}),
        ),
        (
            "editChatInviteLink",
            json!({"chat_id":"@testsichee","invite_link":LINK}),
        ),
        (
            "revokeChatInviteLink",
            json!({"chat_id":"@testsichee","invite_link":LINK}),
        ),
        ("exportChatInviteLink", json!({"chat_id":"@testsichee"})),
        (
            "createChatInviteLink",
            json!({"chat_id":"@testsichee","name":"Spring","expire_date":1893456000,"creates_join_request":true}),
        ),
        (
            "createChatSubscriptionInviteLink",
            json!({"chat_id":"@testsichee","name":"Spring","subscription_period":2592000,"subscription_price":50}),
        ),
        (
            "editChatSubscriptionInviteLink",
            json!({"chat_id":"@testsichee","invite_link":LINK,"name":"Spring"}),
        ),
        (
            "approveChatJoinRequest",
            json!({"chat_id":"@testsichee","user_id":5000000000_i64}),
        ),
        (
            "declineChatJoinRequest",
            json!({"chat_id":"@testsichee","user_id":42}),
        ),
        ("getChat", json!({"chat_id":"@testsichee"})),
        ("getMe", json!({})),
        ("getMe", json!({})),
    ];
    let requests = f.server.requests();
    assert_eq!(requests.len(), expected.len());
    for (r, (method, body)) in requests.iter().zip(expected) {
        assert_eq!(r.path, format!("/bot{TOKEN}/{method}"));
        assert_eq!(r.method, "POST");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.json(), body, "{method}");
        // The body keeps the order the fields are listed in, as sent.
        assert_eq!(r.body, serde_json::to_vec(&body).unwrap(), "{method}");
    }
    // Answers come back as Telegram sent them, whatever their shape.
    for (answer, r) in answers.iter().zip(&requests) {
        assert_eq!(answer.to_string().as_bytes(), r.response.as_slice());
    }
    assert!(
        answers[3]["result"]
            .as_str()
            .unwrap()
            .starts_with("https://t.me/+")
    );
    assert_eq!(answers[2]["result"]["is_revoked"], true);
    assert_eq!(answers[4]["result"]["creates_join_request"], true);
}

#[test]
fn telegram_errors_pass_through_for_every_function() {
    let f = Fixture::new();
    let (t, missing, link) = (c(TOKEN), c("@no_such_chat"), c(LINK));
    // SAFETY: as above.
    let answers = unsafe {
        [
            take(opi_telegram_edit_invitation_link(
                t.as_ptr(),
                missing.as_ptr(),
                link.as_ptr(),
                std::ptr::null(),
                std::ptr::null(),
                0,
            )),
            take(opi_telegram_revoke_invitation_link(
                t.as_ptr(),
                missing.as_ptr(),
                link.as_ptr(),
            )),
            take(opi_telegram_export_primary_invitation_link(
                t.as_ptr(),
                missing.as_ptr(),
            )),
            take(opi_telegram_create_join_request_link(
                t.as_ptr(),
                missing.as_ptr(),
                std::ptr::null(),
                std::ptr::null(),
            )),
            take(opi_telegram_create_subscription_link(
                t.as_ptr(),
                missing.as_ptr(),
                std::ptr::null(),
                5,
            )),
            take(opi_telegram_edit_subscription_link(
                t.as_ptr(),
                missing.as_ptr(),
                link.as_ptr(),
                std::ptr::null(),
            )),
            take(opi_telegram_approve_join_request(
                t.as_ptr(),
                missing.as_ptr(),
                7,
            )),
            take(opi_telegram_decline_join_request(
                t.as_ptr(),
                missing.as_ptr(),
                7,
            )),
            take(opi_telegram_call(
                t.as_ptr(),
                c"getChat".as_ptr(),
                c(r#"{"chat_id":"@no_such_chat"}"#).as_ptr(),
            )),
        ]
    };
    for answer in answers {
        assert_eq!(
            answer,
            r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#
        );
    }
    assert_eq!(f.server.request_count(), 9);
    let unknown = unsafe {
        take(opi_telegram_call(
            t.as_ptr(),
            c"noSuchMethod".as_ptr(),
            std::ptr::null(),
        ))
    };
    assert_eq!(
        unknown,
        r#"{"ok":false,"error_code":404,"description":"Not Found"}"#
    );
}

#[test]
fn bad_arguments_are_refused_by_name_and_nothing_is_sent() {
    let f = Fixture::new();
    let t = c(TOKEN);
    let chat = c("@c");
    let null = std::ptr::null();
    let bad_utf8 = CString::new(b"\xff\xfe".to_vec()).unwrap();
    let links = [
        "",
        "t.me/+x",
        "http://t.me/+x",
        "https://t.me/",
        "https://example.com/+x",
        "https://t.me/+a b",
    ];
    // SAFETY: as above.
    unsafe {
        for link in links {
            let link = c(link);
            assert_invalid(
                &result(opi_telegram_revoke_invitation_link(
                    t.as_ptr(),
                    chat.as_ptr(),
                    link.as_ptr(),
                )),
                "InviteLink",
            );
            assert_invalid(
                &result(opi_telegram_edit_subscription_link(
                    t.as_ptr(),
                    chat.as_ptr(),
                    link.as_ptr(),
                    null,
                )),
                "InviteLink",
            );
            assert_invalid(
                &result(opi_telegram_edit_invitation_link(
                    t.as_ptr(),
                    chat.as_ptr(),
                    link.as_ptr(),
                    null,
                    null,
                    0,
                )),
                "InviteLink",
            );
        }
        assert_invalid(
            &result(opi_telegram_revoke_invitation_link(
                t.as_ptr(),
                chat.as_ptr(),
                bad_utf8.as_ptr(),
            )),
            "InviteLink",
        );
        assert_invalid(
            &result(opi_telegram_revoke_invitation_link(
                t.as_ptr(),
                chat.as_ptr(),
                null,
            )),
            "InviteLink",
        );
        assert_invalid(
            &result(opi_telegram_export_primary_invitation_link(
                null,
                chat.as_ptr(),
            )),
            "Token",
        );
        assert_invalid(
            &result(opi_telegram_export_primary_invitation_link(
                t.as_ptr(),
                null,
            )),
            "ChatID",
        );
        assert_invalid(
            &result(opi_telegram_create_join_request_link(
                t.as_ptr(),
                chat.as_ptr(),
                c(&"x".repeat(33)).as_ptr(),
                null,
            )),
            "Title",
        );
        for price in [0, -1, 10_001, i32::MIN, i32::MAX] {
            assert_invalid(
                &result(opi_telegram_create_subscription_link(
                    t.as_ptr(),
                    chat.as_ptr(),
                    null,
                    price,
                )),
                "Price",
            );
        }
        for user in [0, -1, i64::MIN] {
            assert_invalid(
                &result(opi_telegram_approve_join_request(
                    t.as_ptr(),
                    chat.as_ptr(),
                    user,
                )),
                "UserID",
            );
            assert_invalid(
                &result(opi_telegram_decline_join_request(
                    t.as_ptr(),
                    chat.as_ptr(),
                    user,
                )),
                "UserID",
            );
        }
        for method in [
            "",
            "get_me",
            "getMe/x",
            "get Me",
            "../getMe",
            "мой",
            &"a".repeat(65),
        ] {
            assert_invalid(
                &result(opi_telegram_call(t.as_ptr(), c(method).as_ptr(), null)),
                "Method",
            );
        }
        assert_invalid(&result(opi_telegram_call(t.as_ptr(), null, null)), "Method");
        for params in ["[]", "1", "\"x\"", "{", "null", "{} {}"] {
            assert_invalid(
                &result(opi_telegram_call(
                    t.as_ptr(),
                    c"getMe".as_ptr(),
                    c(params).as_ptr(),
                )),
                "Parameters",
            );
        }
        assert_invalid(
            &result(opi_telegram_call(
                c("1:a/b").as_ptr(),
                c"getMe".as_ptr(),
                null,
            )),
            "Token",
        );
    }
    assert_eq!(
        f.server.request_count(),
        0,
        "{:?}",
        f.server.requests().first().map(|r| r.path.clone())
    );
}

#[test]
fn the_rust_api_offers_the_same_functions() {
    let f = Fixture::new();
    let ok = |answer: Result<String, opi::Error>| parse(&answer.unwrap());
    assert_eq!(
        ok(opi::export_primary_invitation_link(TOKEN, "@c"))["ok"],
        true
    );
    assert_eq!(
        ok(opi::call(TOKEN, "getMe", Some("")))["result"]["is_bot"],
        true
    );
    assert_eq!(
        ok(opi::approve_join_request(TOKEN, "@c", 9))["result"],
        true
    );
    assert_eq!(
        ok(opi::get_bot_information(TOKEN))["result"]["is_bot"],
        true
    );
    assert_eq!(
        ok(opi::create_subscription_link(TOKEN, "@c", None, 1))["ok"],
        true
    );
    let refused = opi::create_subscription_link(TOKEN, "@c", None, 0).unwrap_err();
    assert_eq!(refused.kind, opi::ErrorKind::InvalidArgument);
    assert_eq!(refused.parameter, Some("Price"));
    assert_eq!(refused.document(), None);
    assert_invalid(&parse(&refused.to_json()), "Price");
    assert_eq!(f.server.request_count(), 5);
}

#[test]
fn telegrams_refusal_is_an_error_that_keeps_its_document() {
    let f = Fixture::new();
    let refused =
        opi::revoke_invitation_link(TOKEN, "@no_such_chat", "https://t.me/+x").unwrap_err();
    assert_eq!(refused.kind, opi::ErrorKind::Telegram);
    assert_eq!(refused.error_code, Some(400));
    assert_eq!(refused.description, "Bad Request: chat not found");
    let document = r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#;
    assert_eq!(refused.document(), Some(document));
    assert_eq!(refused.to_json(), document);
    assert_eq!(f.server.request_count(), 1);
}
