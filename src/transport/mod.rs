//! The transport: handed a [`Request`], it answers with the result JSON.
//!
//! - [`settings`]: defaults, the environment and `opi_configure`;
//! - `client`: the process-wide client built from them;
//! - `exchange`: one call on the wire, its retries, waits and body limit;
//! - `diagnosis`: ureq's errors as result kinds;
//! - `wire`: what a request did on the wire, which decides whether it may be resent;
//! - `resolve`: name resolution; `envelope`: reading an answer's envelope;
//! - `connect`: opening a new connection, racing the resolved addresses, and `socket`,
//!   the TCP socket it hands on.
//!
//! Nothing here knows a Bot API method beyond its name.

mod client;
mod connect;
mod diagnosis;
mod envelope;
mod exchange;
mod resolve;
pub mod settings;
mod socket;
mod wire;

pub use exchange::judge_answer;

use crate::error::Error;
use crate::request::Request;
use crate::values::token::Token;
use settings::Settings;

pub use resolve::pin_addresses;

/// Sends `request` with the settings in force and returns the Bot API's document as
/// received; Telegram's refusal is the `Telegram` error holding its document.
pub fn send(request: &Request) -> Result<String, Error> {
    let client = client::current()?;
    exchange::post(
        &client,
        request.token(),
        request.bot_method(),
        request.body(),
        request.held(),
    )
}

/// The largest file the Bot API server in force hands a bot (see
/// [`Settings::file_limit`]).
pub fn file_limit() -> Result<u64, Error> {
    Ok(client::current()?.settings.file_limit())
}

/// Fetches the file at getFile's `file_path` into `out`, with the settings in force,
/// refusing one over `limit` bytes; returns the bytes written. See `exchange::download`.
pub fn download(
    token: &Token,
    file_path: &str,
    limit: u64,
    out: &mut dyn std::io::Write,
) -> Result<u64, Error> {
    let client = client::current()?;
    exchange::download(&client, token, file_path, limit, out)
}

/// `request` as it would go out now, for a person to read: method, URL with the token
/// shown as `***`, content type and body. Fails as [`send`] would when the settings
/// from the environment are malformed.
pub fn describe(request: &Request) -> Result<String, Error> {
    let url = settings::mask_password(&client::current()?.url("***", request.bot_method()));
    // The body cannot hold the token unless a caller pasted it into a value, but the
    // rule that the token is never shown holds for every text.
    let body = request
        .token()
        .redact(&String::from_utf8_lossy(request.body()));
    Ok(format!(
        "POST {url}\nContent-Type: application/json\n\n{body}"
    ))
}

/// Applies `opi_configure` options and returns the settings now in force.
pub fn configure(options_json: &str) -> Result<Settings, Error> {
    client::configure(options_json)
}

/// Lets go of the client, its pool and its sockets, as the library is unloaded; see
/// `client::release`.
// Only the Linux unload hook (ffi/unload.rs) calls it; Windows has none yet.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub fn release() {
    client::release();
}
