//! The safe Rust API: one function per OPI method of the `telegram` library.
//!
//! Each takes plain Rust values (an empty optional string means "not given", like NULL
//! in C), validates every parameter before anything is sent, and returns the result JSON:
//! the Bot API's document verbatim, or the library's own `{"ok":false,...}` envelope.
//! The C functions and the `oint` CLI are thin layers over these.

use crate::date;
use crate::error::Error;
use crate::http;
use crate::methods::{TOKEN, USER_LIMIT};
use crate::params::{self, ChatId};
use crate::requests::{BotRequest, CreateChatInviteLink};
use crate::token::Token;

/// Telegram's bounds on `member_limit`.
pub const USER_LIMIT_RANGE: std::ops::RangeInclusive<i64> = 1..=99_999;

/// OPI's `CreateInvitationLink`: creates a link for joining a closed chat.
///
/// `title` holds at most 32 characters; `expiration_date` takes any form of
/// [`date::parse`] (none for a permanent link); `user_limit` is 0 for no limit, else
/// 1..=99999.
///
/// ```no_run
/// let json = opi::create_invitation_link("123:ABC", "@mychannel", Some("Spring"), None, 200);
/// ```
pub fn create_invitation_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
    user_limit: i64,
) -> String {
    answer(|| {
        let token = Token::parse(TOKEN.name, token)?;
        let request = CreateChatInviteLink {
            chat_id: ChatId::parse(chat_id)?,
            name: params::title(title)?,
            expire_date: date::parse(expiration_date)?,
            member_limit: params::limit(&USER_LIMIT, user_limit, USER_LIMIT_RANGE)?,
        };
        send(&token, &request)
    })
}

/// Changes the settings for calls that start after it returns; see the README's
/// "Configuration". Answers `{"ok":true,"result":{...settings in force...}}`.
pub fn configure(options_json: &str) -> String {
    answer(|| {
        let settings = http::configure(options_json)?;
        let mut envelope = serde_json::Map::new();
        envelope.insert("ok".into(), true.into());
        envelope.insert("result".into(), settings.to_json());
        Ok(serde_json::Value::Object(envelope).to_string())
    })
}

/// The library's version, as in Cargo.toml.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

fn send<R: BotRequest>(token: &Token, request: &R) -> Result<String, Error> {
    http::post(token, R::METHOD, &request.body())
}

fn answer(call: impl FnOnce() -> Result<String, Error>) -> String {
    call().unwrap_or_else(|e| e.to_json())
}
