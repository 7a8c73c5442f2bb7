//! OPI's `GetAvatarIconList`, Bot API `getForumTopicIconStickers`: Telegram's stickers
//! made into OPI's map from each custom emoji id to its emoji.

use serde_json::{Map, Value};

use crate::method::{Group, Method, Runs};
use crate::methods::get_bot_information;

/// The method's descriptor: `GetBotInformation`'s step (a token, no fields), with the
/// answer reshaped.
pub const METHOD: Method = Method {
    name: "GetAvatarIconList",
    name_ru: "ПолучитьСписокИконокАватаров",
    bot_method: "getForumTopicIconStickers",
    group: Group::ForumTopics,
    summary: "Gets the custom emoji a forum topic may take as its icon",
    doc: "Returns OPI's map rather than Telegram's stickers: `result` is an object from each \
          sticker's `custom_emoji_id` to its `emoji`, in Telegram's order, such as \
          `{\"ok\":true,\"result\":{\"5357419403325481346\":\"🎓\"}}`; an id is what \
          CreateForumTopic's IconID takes. As OPI does, a `result` that is empty or not a \
          list comes back as Telegram sent it; a refusal is Telegram's document as received.",
    params: get_bot_information::METHOD.params,
    example: &[("token", "***")],
    runs: Runs::Reshaped(get_bot_information::prepare, icons),
};

/// `{"ok":true,"result":[Sticker, ...]}` as `{"ok":true,"result":{id: emoji, ...}}`.
fn icons(document: String) -> String {
    let Ok(Value::Object(mut envelope)) = serde_json::from_str::<Value>(&document) else {
        return document;
    };
    let Some(Value::Array(stickers)) = envelope
        .get("result")
        .filter(|r| r.as_array().is_some_and(|a| !a.is_empty()))
    else {
        return document;
    };
    let mut map = Map::new();
    for sticker in stickers {
        if let Some(id) = sticker.get("custom_emoji_id").and_then(Value::as_str) {
            let emoji = sticker.get("emoji").cloned().unwrap_or(Value::Null);
            map.insert(id.to_string(), emoji);
        }
    }
    envelope.insert("result".into(), Value::Object(map));
    Value::Object(envelope).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stickers_become_a_map_of_id_to_emoji_in_telegram_order() {
        let answer = r#"{"ok":true,"result":[{"custom_emoji_id":"9","emoji":"🎓","type":"custom_emoji"},{"custom_emoji_id":"1","emoji":"📰"}]}"#;
        assert_eq!(
            icons(answer.into()),
            r#"{"ok":true,"result":{"9":"🎓","1":"📰"}}"#
        );
        for unchanged in [r#"{"ok":true,"result":[]}"#, r#"{"ok":true}"#, "not json"] {
            assert_eq!(icons(unchanged.into()), unchanged);
        }
    }
}
