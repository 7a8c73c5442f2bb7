//! The safe Rust API: one function per OPI method of the `telegram` library.
//!
//! Each takes plain Rust values (an empty optional string means "not given", like NULL
//! in C), validates every parameter before anything is sent, and returns the result JSON:
//! the Bot API's document verbatim, or the library's own `{"ok":false,...}` envelope.
//! Each gathers its values into [`Args`] and runs its method's `prepare` step from the
//! table in [`crate::methods`]; the C functions call these, and the `oint` CLI runs the
//! same steps, so every way in validates alike.

use crate::args::{Arg, Args};
use crate::date;
use crate::error::Error;
use crate::http;
use crate::methods::{
    CHAT_ID, CREATE_INVITATION_LINK, EXPIRATION_DATE, Method, TITLE, TOKEN, USER_LIMIT,
};
use crate::params::{self, ChatId};
use crate::requests::{CreateChatInviteLink, Request};
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
    let mut args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&USER_LIMIT, Arg::Number(user_limit));
    if let Some(title) = title {
        args.set(&TITLE, Arg::Text(title));
    }
    if let Some(expiration_date) = expiration_date {
        args.set(&EXPIRATION_DATE, Arg::Text(expiration_date));
    }
    call(&CREATE_INVITATION_LINK, &args)
}

/// Runs any method of [`crate::methods`] with its values gathered by parameter: the
/// method's `prepare` step, then the request. Returns the result JSON.
pub fn call(method: &Method, args: &Args) -> String {
    match (method.prepare)(args) {
        Ok(request) => request.send(),
        Err(e) => e.to_json(),
    }
}

/// The `prepare` step of `CreateInvitationLink`: every value checked, in the order of
/// the parameters, before anything is sent. A value given as the wrong kind (text for
/// `UserLimit`, a number for the others) counts as not given.
pub fn prepare_create_invitation_link(args: &Args) -> Result<Request, Error> {
    let token = Token::parse(TOKEN.name, args.text(&TOKEN).unwrap_or(""))?;
    let request = CreateChatInviteLink {
        chat_id: ChatId::parse(args.text(&CHAT_ID).unwrap_or(""))?,
        name: params::title(args.text(&TITLE))?,
        expire_date: date::parse(args.text(&EXPIRATION_DATE))?,
        member_limit: params::limit(
            &USER_LIMIT,
            args.number(&USER_LIMIT).unwrap_or(0),
            USER_LIMIT_RANGE,
        )?,
    };
    Ok(Request::new(token, &request))
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

fn answer(call: impl FnOnce() -> Result<String, Error>) -> String {
    call().unwrap_or_else(|e| e.to_json())
}
