//! Parsing and validation of the parameters that are not dates (see [`crate::date`]).
//!
//! Each parser takes what a host passed, treats an empty optional value as "not given",
//! and answers with the typed value or an `invalid_argument` error naming the OPI
//! parameter. Nothing here touches the network.

use serde_json::Value;

use crate::error::{Error, quoted};
use crate::methods::{CHAT_ID, Param, TITLE};

/// A chat as the Bot API takes it in `chat_id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChatId {
    /// A numeric id, sent as a JSON number: `-1001234567890`.
    Id(i64),
    /// A public chat's `@username`, sent as a string.
    Username(String),
}

impl ChatId {
    /// Reads `-1001234567890`, `@username` or OPI's `ChatID*TopicID`.
    ///
    /// The topic is dropped: invite links, like most chat-level methods, belong to the
    /// whole chat. Surrounding whitespace is ignored, since 1C code often pads values.
    pub fn parse(value: &str) -> Result<ChatId, Error> {
        let value = value.trim();
        if value.is_empty() {
            return Err(Error::invalid(CHAT_ID.name, "the chat is required"));
        }
        let (chat, topic) = match value.split_once('*') {
            Some((chat, topic)) => (chat.trim(), Some(topic.trim())),
            None => (value, None),
        };
        if let Some(topic) = topic
            && topic.parse::<i64>().is_err()
        {
            return Err(Error::invalid(
                CHAT_ID.name,
                format!(
                    "the topic in {} is not a whole number (expected ChatID*TopicID)",
                    quoted(value)
                ),
            ));
        }
        if let Some(name) = chat.strip_prefix('@') {
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Ok(ChatId::Username(chat.to_string()));
            }
        } else if let Ok(id) = chat.parse::<i64>() {
            return Ok(ChatId::Id(id));
        }
        Err(Error::invalid(
            CHAT_ID.name,
            format!(
                "cannot read {} as a chat: expected an integer id (-1001234567890), \
                 @username or ChatID*TopicID",
                quoted(chat)
            ),
        ))
    }

    pub fn to_json(&self) -> Value {
        match self {
            ChatId::Id(id) => Value::from(*id),
            ChatId::Username(name) => Value::from(name.as_str()),
        }
    }
}

/// Telegram's limit on an invite link's name.
pub const MAX_TITLE_CHARS: usize = 32;

/// An optional invite link name of at most 32 characters (Unicode scalar values, as
/// Telegram counts them, not bytes).
pub fn title(value: Option<&str>) -> Result<Option<String>, Error> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let chars = value.chars().count();
    if chars > MAX_TITLE_CHARS {
        return Err(Error::invalid(
            TITLE.name,
            format!("the title has {chars} characters; Telegram allows at most {MAX_TITLE_CHARS}"),
        ));
    }
    Ok(Some(value.to_string()))
}

/// A required whole number within `range`; 0 counts as not given.
pub fn required_number(
    param: &Param,
    value: Option<i64>,
    range: std::ops::RangeInclusive<i64>,
) -> Result<i64, Error> {
    match value.unwrap_or(0) {
        0 => Err(Error::invalid(
            param.name,
            format!(
                "is required: a whole number in {}..={}",
                range.start(),
                range.end()
            ),
        )),
        v if range.contains(&v) => Ok(v),
        v => Err(out_of_range(param, v, &range, "")),
    }
}

fn out_of_range(
    param: &Param,
    value: i64,
    range: &std::ops::RangeInclusive<i64>,
    zero_means: &str,
) -> Error {
    Error::invalid(
        param.name,
        format!(
            "{value} is out of range: use {zero_means}{}..={}",
            range.start(),
            range.end()
        ),
    )
}

/// An invite link as Telegram hands them out: `https://t.me/+...` (or the older
/// `https://t.me/joinchat/...`). Surrounding whitespace is ignored.
pub fn invite_link(param: &Param, value: Option<&str>) -> Result<String, Error> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Err(Error::invalid(param.name, "the invite link is required"));
    }
    match value.strip_prefix("https://t.me/") {
        Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => {
            Ok(value.to_string())
        }
        _ => Err(Error::invalid(
            param.name,
            format!(
                "{} is not an invite link; expected one such as https://t.me/+AbCdEf123",
                quoted(value)
            ),
        )),
    }
}

/// A Bot API method name: letters only, as every method is named.
pub fn bot_method(param: &Param, value: Option<&str>) -> Result<String, Error> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Err(Error::invalid(
            param.name,
            "the Bot API method is required, such as getMe",
        ));
    }
    if value.len() > 64 || !value.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::invalid(
            param.name,
            format!(
                "{} is not a Bot API method name (letters only, such as getChat)",
                quoted(value)
            ),
        ));
    }
    Ok(value.to_string())
}

/// Parameters for a Bot API method: a JSON object, or empty for none. Returned as the
/// JSON text to send.
pub fn json_object(param: &Param, value: Option<&str>) -> Result<String, Error> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Ok("{}".to_string());
    }
    match serde_json::from_str::<Value>(value) {
        Ok(Value::Object(_)) => Ok(value.to_string()),
        _ => Err(Error::invalid(
            param.name,
            format!(
                "expected a JSON object such as {{\"chat_id\":\"@mychannel\"}}, got {}",
                quoted(value)
            ),
        )),
    }
}

/// An optional whole number within `range`, where 0 means "not given".
pub fn limit(
    param: &Param,
    value: i64,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, Error> {
    match value {
        0 => Ok(None),
        v if range.contains(&v) => Ok(Some(v)),
        v => Err(out_of_range(param, v, &range, "0 for no limit, or ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methods::USER_LIMIT;

    #[test]
    fn chat_forms() {
        assert_eq!(
            ChatId::parse("-1001234567890").unwrap(),
            ChatId::Id(-1001234567890)
        );
        assert_eq!(ChatId::parse(" 42 ").unwrap(), ChatId::Id(42));
        assert_eq!(ChatId::parse("-100123*15").unwrap(), ChatId::Id(-100123));
        assert_eq!(
            ChatId::parse("@testsichee").unwrap(),
            ChatId::Username("@testsichee".into())
        );
        assert_eq!(
            ChatId::parse("@chan*7").unwrap(),
            ChatId::Username("@chan".into())
        );
        for bad in [
            "",
            "  ",
            "abc",
            "@",
            "@a b",
            "12*x",
            "1.5",
            "99999999999999999999",
            "*3",
        ] {
            let e = ChatId::parse(bad).unwrap_err();
            assert_eq!(e.parameter, Some("ChatID"), "{bad}");
        }
    }

    #[test]
    fn title_counts_characters_not_bytes() {
        let cyrillic = "Я".repeat(32); // 64 bytes
        assert_eq!(title(Some(&cyrillic)).unwrap(), Some(cyrillic.clone()));
        assert!(title(Some(&"Я".repeat(33))).is_err());
        assert_eq!(title(Some("")).unwrap(), None);
        assert_eq!(title(None).unwrap(), None);
    }

    #[test]
    fn limit_bounds() {
        let r = 1..=99_999;
        assert_eq!(limit(&USER_LIMIT, 0, r.clone()).unwrap(), None);
        assert_eq!(limit(&USER_LIMIT, 1, r.clone()).unwrap(), Some(1));
        assert_eq!(limit(&USER_LIMIT, 99_999, r.clone()).unwrap(), Some(99_999));
        for bad in [-1, 100_000, i64::MIN, i64::MAX] {
            assert_eq!(
                limit(&USER_LIMIT, bad, r.clone()).unwrap_err().parameter,
                Some("UserLimit")
            );
        }
    }
}
