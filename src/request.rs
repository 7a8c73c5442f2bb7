//! What a method hands the transport: a Bot API payload made into a body, with its
//! token.
//!
//! A payload is plain data: one struct per Bot API request, holding typed and already
//! validated values, serialised by serde's derive, the one way a body is made. Fields
//! are sent in declaration order; an absent optional is not sent at all.

use std::borrow::Cow;
use std::time::Duration;

use serde::Serialize;

use crate::values::token::Token;

/// For `#[serde(skip_serializing_if = "not")]`: a flag that is sent only when true.
pub fn not(flag: &bool) -> bool {
    !*flag
}

/// `reply_parameters`, the Bot API's way of naming the message a new one replies to
/// since 7.0, which replaced `reply_to_message_id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ReplyParameters {
    pub message_id: i64,
}

impl ReplyParameters {
    /// The reply to `message_id`, when there is one.
    pub fn to(message_id: Option<i64>) -> Option<ReplyParameters> {
        message_id.map(|message_id| ReplyParameters { message_id })
    }
}

/// A validated Bot API call, ready to send: nothing about it can be refused any more
/// but by the server.
///
/// `Debug` shows the token as `***`, like the token's own type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    token: Token,
    bot_method: Cow<'static, str>,
    body: Vec<u8>,
    held: Duration,
}

impl Request {
    /// The request of `bot_method` with `payload` as its body, sent with `token`.
    pub fn new(token: Token, bot_method: &'static str, payload: &impl Serialize) -> Request {
        Request {
            token,
            bot_method: Cow::Borrowed(bot_method),
            body: serde_json::to_vec(payload).expect("a payload of plain values serialises"),
            held: Duration::ZERO,
        }
    }

    /// The same request, which the server may hold for up to `held` before it answers
    /// (a long poll): the call's time limit grows by as much.
    pub fn held_for(self, held: Duration) -> Request {
        Request { held, ..self }
    }

    /// Any Bot API method with a body the caller wrote, for methods without a payload
    /// of their own; `bot_method` and `body` must already be validated.
    pub fn any(token: Token, bot_method: String, body: Vec<u8>) -> Request {
        Request {
            token,
            bot_method: Cow::Owned(bot_method),
            body,
            held: Duration::ZERO,
        }
    }

    /// The bot token, for the URL and for keeping it out of messages.
    pub fn token(&self) -> &Token {
        &self.token
    }

    /// The Bot API method, such as `createChatInviteLink`.
    pub fn bot_method(&self) -> &str {
        &self.bot_method
    }

    /// How long the server may hold it before answering, beyond `timeout_ms`.
    pub fn held(&self) -> Duration {
        self.held
    }

    /// The JSON body, exactly as it is sent.
    pub fn body(&self) -> &[u8] {
        &self.body
    }
}
