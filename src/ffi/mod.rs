//! The C API. Each function is thin: decode the arguments at the boundary, call the safe
//! Rust API, hand back an owned string. See `include/opi.h` for the generated header.

mod boundary;

use std::ffi::c_char;

use boundary::{guard, str_arg};

use crate::methods::{CHAT_ID, EXPIRATION_DATE, TITLE, TOKEN};
use crate::telegram;

/// Creates a link for joining a closed chat (OPI `CreateInvitationLink`, Bot API
/// `createChatInviteLink`).
///
/// - `token`: the bot token; required.
/// - `chat_id`: `-1001234567890`, `@username` or `ChatID*TopicID`; required.
/// - `title`: the link's name, at most 32 characters; NULL or "" for none.
/// - `expiration_date`: Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, with or without
///   an offset; without one it is local time), `2025-05-02`, or 1C's `02.05.2025 15:46:10`;
///   NULL, "" or `0001-01-01T00:00:00` for a permanent link.
/// - `user_limit`: 0 for no limit, else 1..=99999.
///
/// Returns Telegram's JSON answer as received, or `{"ok":false,"description":...,
/// "opi_error":{"kind":...}}` when the library answers itself (bad argument, network,
/// TLS, timeout, a response that is not the Bot API's). Never NULL. The caller owns the
/// string and releases it with `opi_free`, exactly once.
///
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    expiration_date: *const c_char,
    user_limit: i32,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id, title, expiration_date) = unsafe {
            (
                str_arg(token, TOKEN.name)?,
                str_arg(chat_id, CHAT_ID.name)?,
                str_arg(title, TITLE.name)?,
                str_arg(expiration_date, EXPIRATION_DATE.name)?,
            )
        };
        Ok(telegram::create_invitation_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            title,
            expiration_date,
            user_limit.into(),
        ))
    })
}

/// Changes settings for the calls that start after it returns.
///
/// `options_json` is a JSON object; every key is optional: `api_url`, `timeout_ms`,
/// `connect_timeout_ms`, `proxy` (null or "" for none), `max_retry_after_s`. An unknown
/// key or a bad value changes nothing and gives an `invalid_argument` result. Returns
/// `{"ok":true,"result":{...the settings now in force...}}`; NULL or "" changes nothing
/// and reports them.
///
/// Thread-safe: calls already running finish with the settings they started with. The
/// caller owns the returned string and releases it with `opi_free`.
///
/// # Safety
/// `options_json` is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_configure(options_json: *const c_char) -> *mut c_char {
    guard(|| {
        // SAFETY: NULL or a valid C string, by this function's contract.
        let options = unsafe { str_arg(options_json, "options_json")? };
        Ok(telegram::configure(options.unwrap_or("")))
    })
}

/// Releases a string returned by an `opi_` function. NULL is a no-op.
///
/// Thread-safe for distinct strings.
///
/// # Safety
/// `result` is NULL or a string returned by an `opi_` function (other than
/// `opi_version`) that has not been released yet. Release each string once, with this
/// function and never with `free()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_free(result: *mut c_char) {
    // SAFETY: forwarded contract.
    unsafe { boundary::free(result) }
}

/// The library's version, such as "0.1.0": a static string that must not be freed.
///
/// Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn opi_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
