//! OPI's `EditMainForumTopicName`, Bot API `editGeneralForumTopic`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{FORUM_ID, TOKEN, TOPIC_TITLE};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "EditMainForumTopicName",
    name_ru: "ИзменитьИмяГлавнойТемыФорума",
    bot_method: "editGeneralForumTopic",
    group: Group::ForumTopics,
    summary: "Renames the forum's main (General) topic",
    doc: "Telegram answers `true`.",
    params: &[&TOKEN, &FORUM_ID, &TOPIC_TITLE],
    example: &[
        ("token", "***"),
        ("forum", "-1002173079366"),
        ("title", "New main topic name"),
    ],
    runs: Runs::Request(prepare),
};

/// `editGeneralForumTopic`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditGeneralForumTopic {
    pub chat_id: ChatId,
    pub name: String,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let chat_id = args.forum()?;
    let payload = EditGeneralForumTopic {
        chat_id,
        name: args.topic_title(&TOPIC_TITLE)?.unwrap_or_default(),
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
