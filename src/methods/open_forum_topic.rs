//! OPI's `OpenForumTopic`, Bot API `reopenForumTopic`, or `reopenGeneralForumTopic` for
//! the main topic: the parameters, fields and step of `CloseForumTopic`.

use crate::method::{Group, Method};
use crate::methods::close_forum_topic;

/// The method's descriptor: `CloseForumTopic`'s but for its names.
pub const METHOD: Method = Method {
    name: "OpenForumTopic",
    name_ru: "ОткрытьТемуФорума",
    bot_method: "reopenForumTopic",
    group: Group::ForumTopics,
    summary: "Reopens a closed forum topic",
    doc: "Without TopicID (or with 0) the main topic is reopened, by reopenGeneralForumTopic, \
          as with OPI. Telegram answers `true`.",
    ..close_forum_topic::METHOD
};
