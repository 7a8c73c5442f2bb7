//! One type per Bot API request: the validated fields, and the JSON body they make; and
//! [`Request`], such a body made ready to send with its token.
//!
//! A request holds only typed, already-validated values, so building its body cannot
//! fail, and it holds only the fields that were given, so the body carries nothing else.

use std::borrow::Cow;

use serde_json::{Map, Value};

use crate::error::Error;
use crate::http;
use crate::params::ChatId;
use crate::token::Token;

/// A Bot API method call with a JSON body.
pub trait BotRequest {
    /// The Bot API method name, the last segment of the URL path.
    const METHOD: &'static str;

    /// The body's fields, in the order they are sent.
    fn fields(&self) -> Map<String, Value>;

    fn body(&self) -> Vec<u8> {
        serde_json::to_vec(&Value::Object(self.fields())).expect("a JSON map always serialises")
    }
}

/// A validated Bot API call, ready to send: nothing about it can be refused any more
/// but by the server.
///
/// `Debug` shows the token as `***`, like [`Token`] itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    token: Token,
    bot_method: Cow<'static, str>,
    body: Vec<u8>,
}

impl Request {
    pub fn new<R: BotRequest>(token: Token, request: &R) -> Request {
        Request {
            token,
            bot_method: Cow::Borrowed(R::METHOD),
            body: request.body(),
        }
    }

    /// Any Bot API method with a body the caller wrote, for methods without a type of
    /// their own; `bot_method` and `body` must already be validated.
    pub fn any(token: Token, bot_method: String, body: Vec<u8>) -> Request {
        Request {
            token,
            bot_method: Cow::Owned(bot_method),
            body,
        }
    }

    /// The Bot API method, such as `createChatInviteLink`.
    pub fn bot_method(&self) -> &str {
        &self.bot_method
    }

    /// The JSON body, exactly as it is sent.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// Sends the request with the settings in force and returns the result JSON: the
    /// Bot API's document as received, or the library's own `{"ok":false,...}`.
    pub fn send(&self) -> String {
        http::post(&self.token, &self.bot_method, &self.body).unwrap_or_else(|e| e.to_json())
    }

    /// The request as it would go out now, for a person to read: method, URL with the
    /// token shown as `***`, content type and body. Fails as [`Request::send`] would
    /// when the settings from the environment are malformed.
    pub fn describe(&self) -> Result<String, Error> {
        let url = http::shown_url(&self.bot_method)?;
        // The body cannot hold the token unless a caller pasted it into a value, but the
        // rule that the token is never shown holds for every text.
        let body = self.token.redact(&String::from_utf8_lossy(&self.body));
        Ok(format!(
            "POST {url}\nContent-Type: application/json\n\n{body}"
        ))
    }
}

/// Adds `key` to `fields` when there is a value.
fn put(fields: &mut Map<String, Value>, key: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        fields.insert(key.into(), value.into());
    }
}

/// `createChatInviteLink`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreateChatInviteLink {
    pub chat_id: ChatId,
    pub name: Option<String>,
    /// Unix seconds.
    pub expire_date: Option<i64>,
    pub member_limit: Option<i64>,
    /// Sent only when true: members then need an administrator's approval.
    pub creates_join_request: bool,
}

impl BotRequest for CreateChatInviteLink {
    const METHOD: &'static str = "createChatInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        put(&mut fields, "name", self.name.as_deref());
        put(&mut fields, "expire_date", self.expire_date);
        put(&mut fields, "member_limit", self.member_limit);
        put(
            &mut fields,
            "creates_join_request",
            self.creates_join_request.then_some(true),
        );
        fields
    }
}

/// `editChatInviteLink`. Telegram resets every field that is not sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditChatInviteLink {
    pub chat_id: ChatId,
    pub invite_link: String,
    pub name: Option<String>,
    pub expire_date: Option<i64>,
    pub member_limit: Option<i64>,
}

impl BotRequest for EditChatInviteLink {
    const METHOD: &'static str = "editChatInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        fields.insert("invite_link".into(), self.invite_link.as_str().into());
        put(&mut fields, "name", self.name.as_deref());
        put(&mut fields, "expire_date", self.expire_date);
        put(&mut fields, "member_limit", self.member_limit);
        fields
    }
}

/// `revokeChatInviteLink`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevokeChatInviteLink {
    pub chat_id: ChatId,
    pub invite_link: String,
}

impl BotRequest for RevokeChatInviteLink {
    const METHOD: &'static str = "revokeChatInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        fields.insert("invite_link".into(), self.invite_link.as_str().into());
        fields
    }
}

/// `exportChatInviteLink`: a new primary link; the previous one stops working.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportChatInviteLink {
    pub chat_id: ChatId,
}

impl BotRequest for ExportChatInviteLink {
    const METHOD: &'static str = "exportChatInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        fields
    }
}

/// `createChatSubscriptionInviteLink`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreateChatSubscriptionInviteLink {
    pub chat_id: ChatId,
    pub name: Option<String>,
    /// Telegram Stars a member pays each period.
    pub subscription_price: i64,
}

impl CreateChatSubscriptionInviteLink {
    /// The one period Telegram accepts: 30 days, in seconds.
    pub const SUBSCRIPTION_PERIOD: i64 = 2_592_000;
}

impl BotRequest for CreateChatSubscriptionInviteLink {
    const METHOD: &'static str = "createChatSubscriptionInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        put(&mut fields, "name", self.name.as_deref());
        fields.insert(
            "subscription_period".into(),
            Self::SUBSCRIPTION_PERIOD.into(),
        );
        fields.insert("subscription_price".into(), self.subscription_price.into());
        fields
    }
}

/// `editChatSubscriptionInviteLink`: only the name of a subscription link can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditChatSubscriptionInviteLink {
    pub chat_id: ChatId,
    pub invite_link: String,
    pub name: Option<String>,
}

impl BotRequest for EditChatSubscriptionInviteLink {
    const METHOD: &'static str = "editChatSubscriptionInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        fields.insert("invite_link".into(), self.invite_link.as_str().into());
        put(&mut fields, "name", self.name.as_deref());
        fields
    }
}

/// `approveChatJoinRequest`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApproveChatJoinRequest {
    pub chat_id: ChatId,
    pub user_id: i64,
}

impl BotRequest for ApproveChatJoinRequest {
    const METHOD: &'static str = "approveChatJoinRequest";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        fields.insert("user_id".into(), self.user_id.into());
        fields
    }
}

/// `declineChatJoinRequest`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeclineChatJoinRequest {
    pub chat_id: ChatId,
    pub user_id: i64,
}

impl BotRequest for DeclineChatJoinRequest {
    const METHOD: &'static str = "declineChatJoinRequest";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        fields.insert("user_id".into(), self.user_id.into());
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_given_fields_are_sent() {
        let bare = CreateChatInviteLink {
            chat_id: ChatId::Id(-100),
            name: None,
            expire_date: None,
            member_limit: None,
            creates_join_request: false,
        };
        assert_eq!(bare.body(), br#"{"chat_id":-100}"#);
        let full = CreateChatInviteLink {
            chat_id: ChatId::Username("@chan".into()),
            name: Some("Link".into()),
            expire_date: Some(1746200770),
            member_limit: Some(200),
            creates_join_request: false,
        };
        assert_eq!(
            full.body(),
            br#"{"chat_id":"@chan","name":"Link","expire_date":1746200770,"member_limit":200}"#
        );
    }
}
