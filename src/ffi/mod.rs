//! The C API. Each function is thin: decode the arguments at the boundary, call the safe
//! Rust API, hand back an owned string. See `include/opi.h` for the generated header.

mod strings;
#[cfg(test)]
mod tests;
mod unload;

use std::ffi::c_char;

use strings::{guard, str_arg};

use crate::api::{OPTIONS_JSON, configure};
use crate::methods::approve_join_request::approve_join_request;
use crate::methods::call::{BOT_METHOD, PARAMETERS, call_bot_api};
use crate::methods::create_invitation_link::create_invitation_link;
use crate::methods::create_join_request_link::create_join_request_link;
use crate::methods::create_subscription_link::create_subscription_link;
use crate::methods::decline_join_request::decline_join_request;
use crate::methods::edit_invitation_link::edit_invitation_link;
use crate::methods::edit_subscription_link::edit_subscription_link;
use crate::methods::export_primary_invitation_link::export_primary_invitation_link;
use crate::methods::revoke_invitation_link::revoke_invitation_link;
use crate::param::{CHAT_ID, EXPIRATION_DATE, INVITE_LINK, TITLE, TOKEN};

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
                str_arg(token, &TOKEN)?,
                str_arg(chat_id, &CHAT_ID)?,
                str_arg(title, &TITLE)?,
                str_arg(expiration_date, &EXPIRATION_DATE)?,
            )
        };
        Ok(create_invitation_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            title,
            expiration_date,
            user_limit.into(),
        ))
    })
}

/// Changes an invitation link made by this bot (OPI `EditInvitationLink`, Bot API
/// `editChatInviteLink`). Telegram resets every field that is not given: NULL `title`
/// removes the name, NULL `expiration_date` makes the link permanent, `user_limit` 0
/// lifts the limit. Arguments as for `opi_telegram_create_invitation_link`, plus
/// `invite_link` (required, `https://t.me/...`).
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_edit_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
    invite_link: *const c_char,
    title: *const c_char,
    expiration_date: *const c_char,
    user_limit: i32,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id, invite_link, title, expiration_date) = unsafe {
            (
                str_arg(token, &TOKEN)?,
                str_arg(chat_id, &CHAT_ID)?,
                str_arg(invite_link, &INVITE_LINK)?,
                str_arg(title, &TITLE)?,
                str_arg(expiration_date, &EXPIRATION_DATE)?,
            )
        };
        Ok(edit_invitation_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            invite_link.unwrap_or(""),
            title,
            expiration_date,
            user_limit.into(),
        ))
    })
}

/// Revokes an invitation link (OPI `RevokeInvitationLink`, Bot API
/// `revokeChatInviteLink`); the answer is the revoked link.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_revoke_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
    invite_link: *const c_char,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id, invite_link) = unsafe {
            (
                str_arg(token, &TOKEN)?,
                str_arg(chat_id, &CHAT_ID)?,
                str_arg(invite_link, &INVITE_LINK)?,
            )
        };
        Ok(revoke_invitation_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            invite_link.unwrap_or(""),
        ))
    })
}

/// Creates a new primary invitation link (OPI `ExportPrimaryInvitationLink`, Bot API
/// `exportChatInviteLink`); `result` is the link as a string. The previous primary link
/// stops working.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_export_primary_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id) = unsafe { (str_arg(token, &TOKEN)?, str_arg(chat_id, &CHAT_ID)?) };
        Ok(export_primary_invitation_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
        ))
    })
}

/// Creates a link whose members join once an administrator approves them (OPI
/// `CreateJoinRequestLink`, Bot API `createChatInviteLink` with `creates_join_request`).
/// Such a link has no user limit. Arguments as for `opi_telegram_create_invitation_link`.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_join_request_link(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    expiration_date: *const c_char,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id, title, expiration_date) = unsafe {
            (
                str_arg(token, &TOKEN)?,
                str_arg(chat_id, &CHAT_ID)?,
                str_arg(title, &TITLE)?,
                str_arg(expiration_date, &EXPIRATION_DATE)?,
            )
        };
        Ok(create_join_request_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            title,
            expiration_date,
        ))
    })
}

/// Creates a paid subscription link for a channel (OPI `CreateSubscriptionLink`, Bot
/// API `createChatSubscriptionInviteLink`): `price` Telegram Stars (1..=10000) for each
/// 30 days. `title` is optional, at most 32 characters.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_subscription_link(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    price: i32,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id, title) = unsafe {
            (
                str_arg(token, &TOKEN)?,
                str_arg(chat_id, &CHAT_ID)?,
                str_arg(title, &TITLE)?,
            )
        };
        Ok(create_subscription_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            title,
            price.into(),
        ))
    })
}

/// Renames a subscription link (OPI `EditSubscriptionLink`, Bot API
/// `editChatSubscriptionInviteLink`); NULL `title` removes the name.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_edit_subscription_link(
    token: *const c_char,
    chat_id: *const c_char,
    invite_link: *const c_char,
    title: *const c_char,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id, invite_link, title) = unsafe {
            (
                str_arg(token, &TOKEN)?,
                str_arg(chat_id, &CHAT_ID)?,
                str_arg(invite_link, &INVITE_LINK)?,
                str_arg(title, &TITLE)?,
            )
        };
        Ok(edit_subscription_link(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            invite_link.unwrap_or(""),
            title,
        ))
    })
}

/// Approves a user's request to join (OPI `ApproveJoinRequest`, Bot API
/// `approveChatJoinRequest`); `user_id` is positive.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_approve_join_request(
    token: *const c_char,
    chat_id: *const c_char,
    user_id: i64,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id) = unsafe { (str_arg(token, &TOKEN)?, str_arg(chat_id, &CHAT_ID)?) };
        Ok(approve_join_request(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            user_id,
        ))
    })
}

/// Declines a user's request to join (OPI `DeclineJoinRequest`, Bot API
/// `declineChatJoinRequest`); `user_id` is positive.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_decline_join_request(
    token: *const c_char,
    chat_id: *const c_char,
    user_id: i64,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, chat_id) = unsafe { (str_arg(token, &TOKEN)?, str_arg(chat_id, &CHAT_ID)?) };
        Ok(decline_join_request(
            token.unwrap_or(""),
            chat_id.unwrap_or(""),
            user_id,
        ))
    })
}

/// Calls any Bot API method, for the many without a function of their own: `method` is
/// its name (letters only, such as `getChat`), `params_json` a JSON object sent as the
/// body (NULL or "" for none). Same result envelope and token protection as every
/// other function.
///
/// The caller owns the result and releases it with `opi_free`. Thread-safe.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_call(
    token: *const c_char,
    method: *const c_char,
    params_json: *const c_char,
) -> *mut c_char {
    guard(|| {
        // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
        let (token, method, params_json) = unsafe {
            (
                str_arg(token, &TOKEN)?,
                str_arg(method, &BOT_METHOD)?,
                str_arg(params_json, &PARAMETERS)?,
            )
        };
        Ok(call_bot_api(
            token.unwrap_or(""),
            method.unwrap_or(""),
            params_json,
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
        let options = unsafe { str_arg(options_json, &OPTIONS_JSON)? };
        Ok(configure(options.unwrap_or("")))
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
    unsafe { strings::free(result) }
}

/// The library's version, such as "0.1.0": a static string that must not be freed.
///
/// Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn opi_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
