//! OPI's `DeleteForumTopic`, Bot API `deleteForumTopic`.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::close_forum_topic::ForumTopic;
use crate::param::{FORUM_ID, TOKEN, TOPIC_ID};
use crate::request::Request;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "DeleteForumTopic",
    name_ru: "УдалитьТемуФорума",
    bot_method: "deleteForumTopic",
    group: Group::ForumTopics,
    summary: "Deletes a forum topic with all its messages",
    doc: "TopicID is required: the main topic cannot be deleted. Telegram answers `true`.",
    params: &[&TOKEN, &FORUM_ID, &TOPIC_ID],
    example: &[
        ("token", "***"),
        ("forum", "-1002173079366"),
        ("topic", "5"),
    ],
    runs: Runs::Request(prepare),
};

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ForumTopic {
        chat_id: args.forum()?,
        message_thread_id: Some(args.message_id_of(&TOPIC_ID)?),
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
