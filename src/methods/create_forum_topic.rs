//! OPI's `CreateForumTopic`, Bot API `createForumTopic`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{FORUM_ID, ICON_ID, TOKEN, TOPIC_TITLE};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CreateForumTopic",
    name_ru: "СоздатьТемуФорума",
    bot_method: "createForumTopic",
    group: Group::ForumTopics,
    summary: "Creates a topic in a forum supergroup",
    doc: "No `icon_color` is sent, as with OPI: Telegram picks one. `ChatID*TopicID` is refused \
          in the forum functions, which take a topic as TopicID. Telegram answers with the \
          ForumTopic; its `message_thread_id` is the TopicID of the other forum functions.",
    params: &[&TOKEN, &FORUM_ID, &TOPIC_TITLE, &ICON_ID],
    example: &[
        ("token", "***"),
        ("forum", "-1002173079366"),
        ("title", "Test topic"),
        ("icon", "5357419403325481346"),
    ],
    runs: Runs::Request(prepare),
};

/// `createForumTopic`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CreateForumTopic {
    pub chat_id: ChatId,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon_custom_emoji_id: Option<String>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let chat_id = args.forum()?;
    let name = args.topic_title(&TOPIC_TITLE)?.unwrap_or_default();
    let payload = CreateForumTopic {
        chat_id,
        name,
        icon_custom_emoji_id: args.icon_id()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
