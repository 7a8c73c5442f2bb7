//! The C functions called as a C host calls them, with nothing that reaches the
//! network, so that Miri can check every step across the boundary: NULL, bytes that are
//! not UTF-8 and long strings decoded, each result handed out and taken back with
//! `opi_free`, NULL freed, a panic caught. Each call here is refused before sending.

use std::ffi::{CStr, CString, c_char};
use std::ptr::null;

use super::strings;

// The C API, the functions a C host finds by symbol.
use super::*;

const TOKEN_TEXT: &str = "123456:secret-token-text";

fn c(text: &str) -> CString {
    CString::new(text).unwrap()
}

/// Reads a result as C would, releases it with `opi_free`, and checks it never shows
/// the token.
fn take(result: *mut c_char) -> serde_json::Value {
    assert!(!result.is_null());
    // SAFETY: every C function returns an owned NUL-terminated string.
    let text = unsafe { CStr::from_ptr(result) }
        .to_str()
        .unwrap()
        .to_owned();
    // SAFETY: released once, by the function made for it.
    unsafe { opi_free(result) };
    assert!(!text.contains("secret-token"), "{text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn refusal(result: *mut c_char) -> (String, String) {
    let v = take(result);
    assert_eq!(v["ok"], false);
    assert_eq!(v["opi_error"]["kind"], "invalid_argument", "{v}");
    (
        v["opi_error"]["parameter"].as_str().unwrap().to_owned(),
        v["description"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn null_arguments_are_not_given_in_every_function() {
    // SAFETY: NULL is allowed for every pointer.
    let results = unsafe {
        [
            opi_telegram_create_invitation_link(null(), null(), null(), null(), 0),
            opi_telegram_edit_invitation_link(null(), null(), null(), null(), null(), 0),
            opi_telegram_revoke_invitation_link(null(), null(), null()),
            opi_telegram_export_primary_invitation_link(null(), null()),
            opi_telegram_create_join_request_link(null(), null(), null(), null()),
            opi_telegram_create_subscription_link(null(), null(), null(), 0),
            opi_telegram_edit_subscription_link(null(), null(), null(), null()),
            opi_telegram_approve_join_request(null(), null(), 0),
            opi_telegram_decline_join_request(null(), null(), 0),
            opi_telegram_call(null(), null(), null()),
        ]
    };
    for result in results {
        let (parameter, description) = refusal(result);
        assert_eq!(parameter, "Token");
        assert_eq!(description, "Token: the bot token is required");
    }
    // SAFETY: NULL is a no-op.
    unsafe { opi_free(std::ptr::null_mut()) };
}

#[test]
fn bytes_that_are_not_utf8_name_their_parameter_and_offset() {
    let token = c(TOKEN_TEXT);
    let chat = c("@chat");
    let broken = CString::new(b"ab\xff\xfe".to_vec()).unwrap();
    // SAFETY: NUL-terminated strings or NULL, valid for each call.
    unsafe {
        let (parameter, description) = refusal(opi_telegram_create_invitation_link(
            broken.as_ptr(),
            null(),
            null(),
            null(),
            0,
        ));
        assert_eq!(parameter, "Token");
        assert_eq!(
            description,
            "Token: is not valid UTF-8 (invalid byte at offset 2)"
        );
        let (parameter, _) = refusal(opi_telegram_edit_invitation_link(
            token.as_ptr(),
            chat.as_ptr(),
            broken.as_ptr(),
            null(),
            null(),
            0,
        ));
        assert_eq!(parameter, "InviteLink");
        let (parameter, _) = refusal(opi_telegram_create_join_request_link(
            token.as_ptr(),
            chat.as_ptr(),
            null(),
            broken.as_ptr(),
        ));
        assert_eq!(parameter, "ExpirationDate");
        let (parameter, _) = refusal(opi_telegram_call(
            token.as_ptr(),
            c("getMe").as_ptr(),
            broken.as_ptr(),
        ));
        assert_eq!(parameter, "Parameters");
        let (parameter, _) = refusal(opi_configure(broken.as_ptr()));
        assert_eq!(parameter, "options_json");
    }
}

#[test]
fn long_strings_are_read_to_their_end() {
    let token = c(TOKEN_TEXT);
    let chat = c("@chat");
    let title = c(&"Ж".repeat(40_000));
    let long_token = c(&"7".repeat(100_000));
    // SAFETY: NUL-terminated strings, valid for each call.
    unsafe {
        let (parameter, description) = refusal(opi_telegram_create_invitation_link(
            token.as_ptr(),
            chat.as_ptr(),
            title.as_ptr(),
            null(),
            0,
        ));
        assert_eq!(parameter, "Title");
        assert!(description.contains("40000"), "{description}");
        let (parameter, description) = refusal(opi_telegram_revoke_invitation_link(
            long_token.as_ptr(),
            chat.as_ptr(),
            null(),
        ));
        assert_eq!(parameter, "Token");
        assert!(description.contains("100000 bytes"), "{description}");
    }
}

#[test]
fn numbers_and_text_are_refused_with_the_token_kept_out() {
    let token = c(TOKEN_TEXT);
    let chat = c("-1001234567890");
    // SAFETY: NUL-terminated strings, valid for each call.
    unsafe {
        let cases = [
            (
                opi_telegram_create_invitation_link(
                    token.as_ptr(),
                    chat.as_ptr(),
                    null(),
                    null(),
                    -1,
                ),
                "UserLimit",
            ),
            (
                opi_telegram_create_subscription_link(token.as_ptr(), chat.as_ptr(), null(), 0),
                "Price",
            ),
            (
                opi_telegram_approve_join_request(token.as_ptr(), chat.as_ptr(), -5),
                "UserID",
            ),
            (
                opi_telegram_decline_join_request(token.as_ptr(), c("").as_ptr(), 5),
                "ChatID",
            ),
            (
                opi_telegram_export_primary_invitation_link(token.as_ptr(), c(" ").as_ptr()),
                "ChatID",
            ),
            (
                opi_telegram_edit_subscription_link(
                    token.as_ptr(),
                    chat.as_ptr(),
                    c("ftp://x").as_ptr(),
                    null(),
                ),
                "InviteLink",
            ),
            (
                opi_telegram_call(token.as_ptr(), c("get/Me").as_ptr(), null()),
                "Method",
            ),
            (
                opi_telegram_call(token.as_ptr(), c("getMe").as_ptr(), c("[1]").as_ptr()),
                "Parameters",
            ),
            (
                opi_telegram_create_invitation_link(
                    c("123:secret-token\n").as_ptr(),
                    chat.as_ptr(),
                    null(),
                    null(),
                    0,
                ),
                "Token",
            ),
        ];
        for (result, expected) in cases {
            assert_eq!(refusal(result).0, expected);
        }
    }
}

#[test]
fn configure_answers_through_the_boundary() {
    // SAFETY: NUL-terminated strings or NULL.
    unsafe {
        let (parameter, _) = refusal(opi_configure(c("{\"timeout_ms\":-1}").as_ptr()));
        assert_eq!(parameter, "timeout_ms");
        let (parameter, _) = refusal(opi_configure(c("{\"no_such_key\":1}").as_ptr()));
        assert_eq!(parameter, "options_json");
    }
    // SAFETY: a static string that is not freed.
    let version = unsafe { CStr::from_ptr(opi_version()) };
    assert_eq!(version.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
}

#[test]
fn a_panic_is_caught_at_the_boundary_and_its_result_freed() {
    let result = strings::c_answer(|| panic!("a fault inside"));
    let v = take(result);
    assert_eq!(v["opi_error"]["kind"], "internal");
    // An answer holding a NUL cannot become a C string: the internal result replaces it.
    let v = take(strings::c_answer(|| Ok("{\"a\":\"\0\"}".into())));
    assert_eq!(v["opi_error"]["kind"], "internal");
}
