//! A chat as the Bot API takes it in `chat_id`.

use serde::Serialize;

use crate::error::quoted;

/// A chat: sent as a JSON number when numeric, as a string when a username.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
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
    pub fn parse(value: &str) -> Result<ChatId, String> {
        Self::split(value).map(|(chat, _)| chat)
    }

    /// Reads a chat as [`ChatId::parse`] does, keeping OPI's `ChatID*TopicID` topic
    /// for a method that sends it as `message_thread_id`. A topic is the id of the
    /// message that opened it, within Telegram's 32-bit message ids.
    pub fn parse_with_topic(value: &str) -> Result<(ChatId, Option<i64>), String> {
        let (chat, topic) = Self::split(value)?;
        match topic {
            Some(t) if !(1..=i64::from(i32::MAX)).contains(&t) => Err(format!(
                "the topic in {} is out of range: use 1..={}",
                quoted(value.trim()),
                i32::MAX
            )),
            _ => Ok((chat, topic)),
        }
    }

    /// Reads a forum chat: a topic is a parameter of its own there, so OPI's
    /// `ChatID*TopicID` is refused rather than dropped, lest a call meant for a topic
    /// act on the main one or on the whole forum.
    pub fn parse_forum(value: &str) -> Result<ChatId, String> {
        match Self::split(value)? {
            (chat, None) => Ok(chat),
            (_, Some(_)) => Err(format!(
                "{} names a topic; give the forum's chat here and the topic as TopicID",
                quoted(value.trim())
            )),
        }
    }

    fn split(value: &str) -> Result<(ChatId, Option<i64>), String> {
        let value = value.trim();
        if value.is_empty() {
            return Err("the chat is required".into());
        }
        let (chat, topic) = match value.split_once('*') {
            Some((chat, topic)) => (chat.trim(), Some(topic.trim())),
            None => (value, None),
        };
        let topic = match topic.map(str::parse::<i64>) {
            Some(Err(_)) => {
                return Err(format!(
                    "the topic in {} is not a whole number (expected ChatID*TopicID)",
                    quoted(value)
                ));
            }
            Some(Ok(topic)) => Some(topic),
            None => None,
        };
        if let Some(name) = chat.strip_prefix('@') {
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Ok((ChatId::Username(chat.to_string()), topic));
            }
        } else if let Ok(id) = chat.parse::<i64>() {
            return Ok((ChatId::Id(id), topic));
        }
        Err(format!(
            "cannot read {} as a chat: expected an integer id (-1001234567890), \
             @username or ChatID*TopicID",
            quoted(chat)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            ChatId::parse(" @my_chan_1 * 7 ").unwrap(),
            ChatId::Username("@my_chan_1".into())
        );
        assert_eq!(
            ChatId::parse("@a-b").unwrap_err(),
            "cannot read \"@a-b\" as a chat: expected an integer id (-1001234567890), \
             @username or ChatID*TopicID"
        );
        assert_eq!(
            ChatId::parse("5*x").unwrap_err(),
            "the topic in \"5*x\" is not a whole number (expected ChatID*TopicID)"
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
            assert!(ChatId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_topic_is_kept_when_asked_for() {
        assert_eq!(
            ChatId::parse_with_topic(" -100123 * 15 ").unwrap(),
            (ChatId::Id(-100123), Some(15))
        );
        assert_eq!(
            ChatId::parse_with_topic("@chan").unwrap(),
            (ChatId::Username("@chan".into()), None)
        );
        for bad in ["@chan*0", "@chan*-3", "5*2147483648"] {
            assert!(
                ChatId::parse_with_topic(bad)
                    .unwrap_err()
                    .contains("is out of range: use 1..=2147483647"),
                "{bad}"
            );
        }
        assert!(ChatId::parse_with_topic("5*x").is_err());
    }

    #[test]
    fn a_forum_is_a_chat_without_a_topic() {
        assert_eq!(ChatId::parse_forum(" -100 ").unwrap(), ChatId::Id(-100));
        assert_eq!(
            ChatId::parse_forum("-100*5").unwrap_err(),
            "\"-100*5\" names a topic; give the forum's chat here and the topic as TopicID"
        );
        assert!(ChatId::parse_forum("abc").is_err());
    }

    #[test]
    fn numeric_chats_are_json_numbers() {
        assert_eq!(serde_json::to_string(&ChatId::Id(-100)).unwrap(), "-100");
        assert_eq!(
            serde_json::to_string(&ChatId::Username("@c".into())).unwrap(),
            r#""@c""#
        );
    }
}
