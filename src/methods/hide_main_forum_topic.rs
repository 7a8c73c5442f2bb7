//! OPI's `HideMainForumTopic`, Bot API `hideGeneralForumTopic`.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::close_forum_topic::ForumTopic;
use crate::param::{FORUM_ID, TOKEN};
use crate::request::Request;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "HideMainForumTopic",
    name_ru: "СкрытьГлавнуюТемуФорума",
    bot_method: "hideGeneralForumTopic",
    group: Group::ForumTopics,
    summary: "Hides the forum's main (General) topic",
    doc: "Telegram also closes the topic if it was open. Telegram answers `true`.",
    params: &[&TOKEN, &FORUM_ID],
    example: &[("token", "***"), ("forum", "-1002173079366")],
    runs: Runs::Request(prepare),
};

/// Also `ShowMainForumTopic`'s step: the forum alone, sent to the descriptor's method.
pub fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ForumTopic {
        chat_id: args.forum()?,
        message_thread_id: None,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
