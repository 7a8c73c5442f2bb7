//! OPI's `ClearTopicPinnedMessagesList`, Bot API `unpinAllForumTopicMessages`, or
//! `unpinAllGeneralForumTopicMessages` for the main topic: the parameters, fields and
//! step of `CloseForumTopic`.

use crate::method::{Group, Method};
use crate::methods::close_forum_topic;

/// The method's descriptor: `CloseForumTopic`'s but for its names.
pub const METHOD: Method = Method {
    name: "ClearTopicPinnedMessagesList",
    name_ru: "ОчиститьСписокЗакрепленныхСообщенийТемы",
    bot_method: "unpinAllForumTopicMessages",
    group: Group::ForumTopics,
    summary: "Unpins every message pinned in a forum topic",
    doc: "Without TopicID (or with 0) the main topic's are unpinned, by \
          unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where \
          OPI sent text. Telegram answers `true`.",
    ..close_forum_topic::METHOD
};
