//! OPI's `CloseForumTopic`, Bot API `closeForumTopic`, or `closeGeneralForumTopic` for
//! the main topic.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{FORUM_ID, MAIN_OR_TOPIC_ID, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CloseForumTopic",
    name_ru: "ЗакрытьТемуФорума",
    bot_method: "closeForumTopic",
    group: Group::ForumTopics,
    summary: "Closes a forum topic to new messages",
    doc: "Without TopicID (or with 0) the main topic is closed, by closeGeneralForumTopic, as \
          with OPI. Telegram answers `true`.",
    params: &[&TOKEN, &FORUM_ID, &MAIN_OR_TOPIC_ID],
    example: &[
        ("token", "***"),
        ("forum", "-1002173079366"),
        ("topic", "5"),
    ],
    runs: Runs::Request(prepare),
};

/// A forum, and the topic in it when the method names one: the fields of the forum
/// functions that take no more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ForumTopic {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
}

/// The Bot API method that does for the main topic what `bot_method` does for another.
fn for_the_main_topic(bot_method: &'static str) -> &'static str {
    match bot_method {
        "closeForumTopic" => "closeGeneralForumTopic",
        "reopenForumTopic" => "reopenGeneralForumTopic",
        "unpinAllForumTopicMessages" => "unpinAllGeneralForumTopicMessages",
        other => unreachable!("{other} has no main-topic counterpart"),
    }
}

/// Also `OpenForumTopic`'s and `ClearTopicPinnedMessagesList`'s step: the descriptor
/// names the Bot API method for a topic, and without one its main-topic counterpart is
/// called.
pub fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ForumTopic {
        chat_id: args.forum()?,
        message_thread_id: args.main_or_topic(&MAIN_OR_TOPIC_ID)?,
    };
    let bot_method = match payload.message_thread_id {
        Some(_) => method.bot_method,
        None => for_the_main_topic(method.bot_method),
    };
    Ok(Request::new(token, bot_method, &payload))
}
