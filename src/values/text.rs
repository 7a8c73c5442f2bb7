//! Values given as text: a link's title, an invite link, a forum topic's name and icon, a
//! webhook address, a Bot API method name and a JSON object of parameters.

use serde_json::Value;

use crate::error::quoted;

/// Telegram's limit on an invite link's name.
pub const MAX_TITLE_CHARS: usize = 32;

/// An optional invite link name of at most 32 characters (Unicode scalar values, as
/// Telegram counts them, not bytes).
pub fn title(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let chars = value.chars().count();
    if chars > MAX_TITLE_CHARS {
        return Err(format!(
            "the title has {chars} characters; Telegram allows at most {MAX_TITLE_CHARS}"
        ));
    }
    Ok(Some(value.to_string()))
}

/// An invite link as Telegram hands them out: `https://t.me/+...` (or the older
/// `https://t.me/joinchat/...`). Surrounding whitespace is ignored.
pub fn invite_link(value: Option<&str>) -> Result<String, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Err("the invite link is required".into());
    }
    match value.strip_prefix("https://t.me/") {
        Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => {
            Ok(value.to_string())
        }
        _ => Err(format!(
            "{} is not an invite link; expected one such as https://t.me/+AbCdEf123",
            quoted(value)
        )),
    }
}

/// Telegram's limit on a forum topic's name.
pub const MAX_TOPIC_NAME_CHARS: usize = 128;

/// A forum topic's name of 1 to 128 characters; empty is not given.
pub fn topic_name(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let chars = value.chars().count();
    if chars > MAX_TOPIC_NAME_CHARS {
        return Err(format!(
            "the title has {chars} characters; Telegram allows at most {MAX_TOPIC_NAME_CHARS}"
        ));
    }
    Ok(Some(value.to_string()))
}

/// A custom emoji's id, digits as Telegram writes them (`5357419403325481346`); empty is
/// not given. Surrounding whitespace is ignored.
pub fn custom_emoji_id(value: Option<&str>) -> Result<Option<String>, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.len() > 32 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "{} is not a custom emoji id; expected digits such as 5357419403325481346",
            quoted(value)
        ));
    }
    Ok(Some(value.to_string()))
}

/// A file's `file_id` as Telegram hands it out: URL-safe base64 letters, digits, `-`
/// and `_`. Surrounding whitespace is ignored.
pub fn file_id(value: Option<&str>) -> Result<String, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Err("the file_id is required, as Telegram gives it in a message".into());
    }
    if value.len() > 256
        || !value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(format!(
            "{} is not a file_id; expected letters, digits, - and _, as Telegram gives it",
            quoted(value)
        ));
    }
    Ok(value.to_string())
}

/// A webhook address: an absolute http:// or https:// URL with a host and no
/// whitespace. Telegram itself wants HTTPS; a local Bot API server may take HTTP, so the
/// rest is the server's to judge. Surrounding whitespace is ignored.
pub fn webhook_url(value: Option<&str>) -> Result<String, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Err("the URL is required, such as https://example.com/telegram".into());
    }
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty()
                && !rest.starts_with('/')
                && !value.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(value.to_string())
        }
        _ => Err(format!(
            "{} is not a web address; expected one such as https://example.com/telegram",
            quoted(value)
        )),
    }
}

/// A Bot API method name: letters only, as every method is named.
pub fn bot_method(value: Option<&str>) -> Result<String, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Err("the Bot API method is required, such as getMe".into());
    }
    if value.len() > 64 || !value.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!(
            "{} is not a Bot API method name (letters only, such as getChat)",
            quoted(value)
        ));
    }
    Ok(value.to_string())
}

/// A required text, such as a message's: sent as written, but never empty or only
/// whitespace, which Telegram refuses.
pub fn required(value: Option<&str>) -> Result<String, String> {
    match value {
        Some(text) if !text.trim().is_empty() => Ok(text.to_string()),
        Some(text) if !text.is_empty() => Err("is only whitespace".to_string()),
        _ => Err("is required".to_string()),
    }
}

/// Parameters for a Bot API method: a JSON object, or empty for none. Returned as the
/// JSON text to send.
pub fn json_object(value: Option<&str>) -> Result<String, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Ok("{}".to_string());
    }
    match serde_json::from_str::<Value>(value) {
        Ok(Value::Object(_)) => Ok(value.to_string()),
        _ => Err(format!(
            "expected a JSON object such as {{\"chat_id\":\"@mychannel\"}}, got {}",
            quoted(value)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_counts_characters_not_bytes() {
        let cyrillic = "Я".repeat(32); // 64 bytes
        assert_eq!(title(Some(&cyrillic)).unwrap(), Some(cyrillic.clone()));
        assert!(title(Some(&"Я".repeat(33))).is_err());
        assert_eq!(title(Some("")).unwrap(), None);
        assert_eq!(title(None).unwrap(), None);
    }

    #[test]
    fn invite_links_are_telegrams_own() {
        assert_eq!(
            invite_link(Some(" https://t.me/+AbC ")).unwrap(),
            "https://t.me/+AbC"
        );
        assert_eq!(
            invite_link(None).unwrap_err(),
            "the invite link is required"
        );
        for bad in [
            "https://t.me/",
            "https://t.me/+a b",
            "http://t.me/+a",
            "t.me/+a",
        ] {
            assert_eq!(
                invite_link(Some(bad)).unwrap_err(),
                format!(
                    "\"{bad}\" is not an invite link; expected one such as \
                     https://t.me/+AbCdEf123"
                )
            );
        }
    }

    #[test]
    fn topic_names_and_icons() {
        let longest = "Я".repeat(128);
        assert_eq!(topic_name(Some(&longest)).unwrap(), Some(longest.clone()));
        assert!(topic_name(Some(&"Я".repeat(129))).is_err());
        assert_eq!(topic_name(Some("")).unwrap(), None);
        assert_eq!(
            custom_emoji_id(Some(" 5357419403325481346 ")).unwrap(),
            Some("5357419403325481346".into())
        );
        assert_eq!(custom_emoji_id(None).unwrap(), None);
        for bad in ["🎓", "12a", "1 2", &"1".repeat(33)] {
            assert!(custom_emoji_id(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn webhook_urls_are_absolute_web_addresses() {
        assert_eq!(
            webhook_url(Some(" https://example.com/hook?a=1 ")).unwrap(),
            "https://example.com/hook?a=1"
        );
        assert_eq!(
            webhook_url(Some("HTTP://127.0.0.1:8443/x")).unwrap(),
            "HTTP://127.0.0.1:8443/x"
        );
        assert_eq!(
            webhook_url(None).unwrap_err(),
            "the URL is required, such as https://example.com/telegram"
        );
        for bad in [
            "example.com",
            "https://",
            "https:///x",
            "ftp://example.com",
            "https://exa mple.com",
            "https://example.com/\u{7}x",
        ] {
            assert!(webhook_url(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn method_names_are_letters_up_to_64() {
        let longest = "a".repeat(64);
        assert_eq!(bot_method(Some(&longest)).unwrap(), longest);
        assert_eq!(bot_method(Some(" getMe ")).unwrap(), "getMe");
        for bad in [
            "a".repeat(65),
            "get_me".into(),
            "getMe1".into(),
            "getMé".into(),
        ] {
            assert_eq!(
                bot_method(Some(&bad)).unwrap_err(),
                format!(
                    "{} is not a Bot API method name (letters only, such as getChat)",
                    quoted(&bad)
                )
            );
        }
        assert_eq!(
            bot_method(Some(" ")).unwrap_err(),
            "the Bot API method is required, such as getMe"
        );
    }

    #[test]
    fn parameters_are_a_json_object_sent_as_given() {
        assert_eq!(json_object(None).unwrap(), "{}");
        assert_eq!(json_object(Some("  ")).unwrap(), "{}");
        assert_eq!(json_object(Some(" {\"a\": 1} ")).unwrap(), "{\"a\": 1}");
        for bad in ["[1]", "1", "\"x\"", "{", "null"] {
            assert!(
                json_object(Some(bad))
                    .unwrap_err()
                    .starts_with("expected a JSON object such as {\"chat_id\":\"@mychannel\"}"),
                "{bad}"
            );
        }
    }
}
