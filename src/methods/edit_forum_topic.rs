//! OPI's `EditForumTopic`, Bot API `editForumTopic`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{FORUM_ID, ICON_ID, NEW_TOPIC_TITLE, TOKEN, TOPIC_ID};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "EditForumTopic",
    name_ru: "ИзменитьТемуФорума",
    bot_method: "editForumTopic",
    group: Group::ForumTopics,
    summary: "Renames a forum topic or changes its icon",
    doc: "TopicID is required: OPI called createForumTopic when it was empty, making a new \
          topic instead; here an absent topic is refused. Title and IconID left out are kept. \
          Telegram answers `true`.",
    params: &[&TOKEN, &FORUM_ID, &TOPIC_ID, &NEW_TOPIC_TITLE, &ICON_ID],
    example: &[
        ("token", "***"),
        ("forum", "-1002173079366"),
        ("topic", "5"),
        ("title", "New name"),
        ("icon", "5310132165583840589"),
    ],
    runs: Runs::Request(prepare),
};

/// `editForumTopic`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditForumTopic {
    pub chat_id: ChatId,
    pub message_thread_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon_custom_emoji_id: Option<String>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = EditForumTopic {
        chat_id: args.forum()?,
        message_thread_id: args.message_id_of(&TOPIC_ID)?,
        name: args.topic_title(&NEW_TOPIC_TITLE)?,
        icon_custom_emoji_id: args.icon_id()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
