//! One type per Bot API request: the validated fields, and the JSON body they make; and
//! [`Request`], such a body made ready to send with its token.
//!
//! A request holds only typed, already-validated values, so building its body cannot
//! fail, and it holds only the fields that were given, so the body carries nothing else.

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
    bot_method: &'static str,
    body: Vec<u8>,
}

impl Request {
    pub fn new<R: BotRequest>(token: Token, request: &R) -> Request {
        Request {
            token,
            bot_method: R::METHOD,
            body: request.body(),
        }
    }

    /// The Bot API method, such as `createChatInviteLink`.
    pub fn bot_method(&self) -> &'static str {
        self.bot_method
    }

    /// The JSON body, exactly as it is sent.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// Sends the request with the settings in force and returns the result JSON: the
    /// Bot API's document as received, or the library's own `{"ok":false,...}`.
    pub fn send(&self) -> String {
        http::post(&self.token, self.bot_method, &self.body).unwrap_or_else(|e| e.to_json())
    }

    /// The request as it would go out now, for a person to read: method, URL with the
    /// token shown as `***`, content type and body. Fails as [`Request::send`] would
    /// when the settings from the environment are malformed.
    pub fn describe(&self) -> Result<String, Error> {
        let url = http::shown_url(self.bot_method)?;
        // The body cannot hold the token unless a caller pasted it into a value, but the
        // rule that the token is never shown holds for every text.
        let body = self.token.redact(&String::from_utf8_lossy(&self.body));
        Ok(format!(
            "POST {url}\nContent-Type: application/json\n\n{body}"
        ))
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
}

impl BotRequest for CreateChatInviteLink {
    const METHOD: &'static str = "createChatInviteLink";

    fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("chat_id".into(), self.chat_id.to_json());
        if let Some(name) = &self.name {
            fields.insert("name".into(), name.as_str().into());
        }
        if let Some(expire_date) = self.expire_date {
            fields.insert("expire_date".into(), expire_date.into());
        }
        if let Some(member_limit) = self.member_limit {
            fields.insert("member_limit".into(), member_limit.into());
        }
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
        };
        assert_eq!(bare.body(), br#"{"chat_id":-100}"#);
        let full = CreateChatInviteLink {
            chat_id: ChatId::Username("@chan".into()),
            name: Some("Link".into()),
            expire_date: Some(1746200770),
            member_limit: Some(200),
        };
        assert_eq!(
            full.body(),
            br#"{"chat_id":"@chan","name":"Link","expire_date":1746200770,"member_limit":200}"#
        );
    }
}
