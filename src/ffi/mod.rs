//! The C API: one `extern "C"` function per method of the table, generated into
//! `telegram.rs`, and by hand the few that are not methods (`opi_configure`,
//! `opi_describe`, `opi_free`, `opi_version`). Every function decodes its arguments at
//! the boundary, calls the safe Rust API and hands back an owned string; see the
//! generated `include/opi.h`.

mod strings;
mod telegram;
#[cfg(test)]
mod tests;
mod unload;

use std::ffi::c_char;

pub use strings::opi_bytes;
pub use telegram::*;

use strings::{c_answer, str_arg};

use crate::api::{self, OPTIONS_JSON};

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
    c_answer(|| {
        // SAFETY: NULL or a valid C string, by this function's contract.
        let options = unsafe { str_arg(options_json, &OPTIONS_JSON)? };
        api::configure(options.unwrap_or(""))
    })
}

/// The library described as JSON: `{"ok":true,"result":{"version":...,
/// "error_kinds":[...],"libraries":[{"name":"telegram","methods":[...]}]}}`, each
/// method with its OPI names (English and Russian), Bot API method, C function and
/// parameters (OPI name, C name, CLI option, type, C type, required, default). The
/// header's functions, the bindings and the reference documentation are generated from
/// the same data.
///
/// Thread-safe. The caller owns the returned string and releases it with `opi_free`.
#[unsafe(no_mangle)]
pub extern "C" fn opi_describe() -> *mut c_char {
    c_answer(|| Ok(api::describe()))
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

/// Releases the bytes a download function put in `*bytes` and zeroes the struct, so
/// that a second call does nothing. NULL, and a zeroed struct, are no-ops.
///
/// Thread-safe for distinct structs.
///
/// # Safety
/// `bytes` is NULL or points to an `opi_bytes` that is zeroed or was filled by an
/// `opi_` function and not released since.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_bytes_free(bytes: *mut opi_bytes) {
    // SAFETY: forwarded contract.
    unsafe { strings::free_bytes(bytes) }
}

/// The library's version, such as "0.1.0": a static string that must not be freed.
///
/// Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn opi_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
