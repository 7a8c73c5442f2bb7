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
    APPROVE_JOIN_REQUEST, BOT_METHOD, CALL, CHAT_ID, CREATE_INVITATION_LINK,
    CREATE_JOIN_REQUEST_LINK, CREATE_SUBSCRIPTION_LINK, DECLINE_JOIN_REQUEST, EDIT_INVITATION_LINK,
    EDIT_SUBSCRIPTION_LINK, EXPIRATION_DATE, EXPORT_PRIMARY_INVITATION_LINK, INVITE_LINK, Method,
    PARAMETERS, PRICE, REVOKE_INVITATION_LINK, TITLE, TOKEN, USER_ID, USER_LIMIT,
};
use crate::params::{self, ChatId};
use crate::requests::{
    ApproveChatJoinRequest, CreateChatInviteLink, CreateChatSubscriptionInviteLink,
    DeclineChatJoinRequest, EditChatInviteLink, EditChatSubscriptionInviteLink,
    ExportChatInviteLink, Request, RevokeChatInviteLink,
};
use crate::token::Token;

/// Telegram's bounds on `member_limit`.
pub const USER_LIMIT_RANGE: std::ops::RangeInclusive<i64> = 1..=99_999;
/// Telegram's bounds on a subscription's price, in Stars.
pub const PRICE_RANGE: std::ops::RangeInclusive<i64> = 1..=10_000;
/// User ids are positive; Telegram's are below 2^52.
pub const USER_ID_RANGE: std::ops::RangeInclusive<i64> = 1..=i64::MAX;

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
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with_text(&TITLE, title)
        .with_text(&EXPIRATION_DATE, expiration_date)
        .with(&USER_LIMIT, Arg::Number(user_limit));
    call(&CREATE_INVITATION_LINK, &args)
}

/// OPI's `EditInvitationLink`: changes a link made by this bot. Telegram resets every
/// field that is not given: leave `title` out and the link loses its name, leave
/// `expiration_date` out and it becomes permanent, pass 0 and it has no user limit.
pub fn edit_invitation_link(
    token: &str,
    chat_id: &str,
    invite_link: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
    user_limit: i64,
) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&INVITE_LINK, Arg::Text(invite_link))
        .with_text(&TITLE, title)
        .with_text(&EXPIRATION_DATE, expiration_date)
        .with(&USER_LIMIT, Arg::Number(user_limit));
    call(&EDIT_INVITATION_LINK, &args)
}

/// OPI's `RevokeInvitationLink`: nobody can join by the link any more.
pub fn revoke_invitation_link(token: &str, chat_id: &str, invite_link: &str) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&INVITE_LINK, Arg::Text(invite_link));
    call(&REVOKE_INVITATION_LINK, &args)
}

/// OPI's `ExportPrimaryInvitationLink`: a new primary link, as a string in `result`;
/// the previous primary link stops working.
pub fn export_primary_invitation_link(token: &str, chat_id: &str) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id));
    call(&EXPORT_PRIMARY_INVITATION_LINK, &args)
}

/// OPI's `CreateJoinRequestLink`: a link whose members join once an administrator
/// approves them (so it has no user limit).
pub fn create_join_request_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with_text(&TITLE, title)
        .with_text(&EXPIRATION_DATE, expiration_date);
    call(&CREATE_JOIN_REQUEST_LINK, &args)
}

/// OPI's `CreateSubscriptionLink`: a paid link for a channel, `price` Telegram Stars
/// (1..=10000) for each 30 days.
pub fn create_subscription_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    price: i64,
) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with_text(&TITLE, title)
        .with(&PRICE, Arg::Number(price));
    call(&CREATE_SUBSCRIPTION_LINK, &args)
}

/// OPI's `EditSubscriptionLink`: renames a subscription link (its name is all that
/// can change; leaving `title` out removes it).
pub fn edit_subscription_link(
    token: &str,
    chat_id: &str,
    invite_link: &str,
    title: Option<&str>,
) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&INVITE_LINK, Arg::Text(invite_link))
        .with_text(&TITLE, title);
    call(&EDIT_SUBSCRIPTION_LINK, &args)
}

/// OPI's `ApproveJoinRequest`.
pub fn approve_join_request(token: &str, chat_id: &str, user_id: i64) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&USER_ID, Arg::Number(user_id));
    call(&APPROVE_JOIN_REQUEST, &args)
}

/// OPI's `DeclineJoinRequest`.
pub fn decline_join_request(token: &str, chat_id: &str, user_id: i64) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&USER_ID, Arg::Number(user_id));
    call(&DECLINE_JOIN_REQUEST, &args)
}

/// Any Bot API method, for the many without a function of their own: `method` is its
/// name (letters only), `params_json` a JSON object sent as the body (none or empty for
/// `{}`). The same envelope, checks and token protection as every other call.
pub fn call_bot_api(token: &str, method: &str, params_json: Option<&str>) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&BOT_METHOD, Arg::Text(method))
        .with_text(&PARAMETERS, params_json);
    call(&CALL, &args)
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
    let token = token(args)?;
    let request = CreateChatInviteLink {
        chat_id: chat(args)?,
        name: params::title(args.text(&TITLE))?,
        expire_date: date::parse(args.text(&EXPIRATION_DATE))?,
        member_limit: user_limit(args)?,
        creates_join_request: false,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_edit_invitation_link(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = EditChatInviteLink {
        chat_id: chat(args)?,
        invite_link: params::invite_link(&INVITE_LINK, args.text(&INVITE_LINK))?,
        name: params::title(args.text(&TITLE))?,
        expire_date: date::parse(args.text(&EXPIRATION_DATE))?,
        member_limit: user_limit(args)?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_revoke_invitation_link(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = RevokeChatInviteLink {
        chat_id: chat(args)?,
        invite_link: params::invite_link(&INVITE_LINK, args.text(&INVITE_LINK))?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_export_primary_invitation_link(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = ExportChatInviteLink {
        chat_id: chat(args)?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_create_join_request_link(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = CreateChatInviteLink {
        chat_id: chat(args)?,
        name: params::title(args.text(&TITLE))?,
        expire_date: date::parse(args.text(&EXPIRATION_DATE))?,
        member_limit: None,
        creates_join_request: true,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_create_subscription_link(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = CreateChatSubscriptionInviteLink {
        chat_id: chat(args)?,
        name: params::title(args.text(&TITLE))?,
        subscription_price: params::required_number(&PRICE, args.number(&PRICE), PRICE_RANGE)?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_edit_subscription_link(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = EditChatSubscriptionInviteLink {
        chat_id: chat(args)?,
        invite_link: params::invite_link(&INVITE_LINK, args.text(&INVITE_LINK))?,
        name: params::title(args.text(&TITLE))?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_approve_join_request(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = ApproveChatJoinRequest {
        chat_id: chat(args)?,
        user_id: user_id(args)?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_decline_join_request(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let request = DeclineChatJoinRequest {
        chat_id: chat(args)?,
        user_id: user_id(args)?,
    };
    Ok(Request::new(token, &request))
}

pub fn prepare_call(args: &Args) -> Result<Request, Error> {
    let token = token(args)?;
    let method = params::bot_method(&BOT_METHOD, args.text(&BOT_METHOD))?;
    let body = params::json_object(&PARAMETERS, args.text(&PARAMETERS))?;
    Ok(Request::any(token, method, body.into_bytes()))
}

fn token(args: &Args) -> Result<Token, Error> {
    Token::parse(TOKEN.name, args.text(&TOKEN).unwrap_or(""))
}

fn chat(args: &Args) -> Result<ChatId, Error> {
    ChatId::parse(args.text(&CHAT_ID).unwrap_or(""))
}

fn user_limit(args: &Args) -> Result<Option<i64>, Error> {
    params::limit(
        &USER_LIMIT,
        args.number(&USER_LIMIT).unwrap_or(0),
        USER_LIMIT_RANGE,
    )
}

fn user_id(args: &Args) -> Result<i64, Error> {
    params::required_number(&USER_ID, args.number(&USER_ID), USER_ID_RANGE)
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
