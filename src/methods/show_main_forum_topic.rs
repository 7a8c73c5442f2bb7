//! OPI's `ShowMainForumTopic`, Bot API `unhideGeneralForumTopic`: the parameters, fields
//! and step of `HideMainForumTopic`.

use crate::method::{Group, Method};
use crate::methods::hide_main_forum_topic;

/// The method's descriptor: `HideMainForumTopic`'s but for its names.
pub const METHOD: Method = Method {
    name: "ShowMainForumTopic",
    name_ru: "ПоказатьГлавнуюТемуФорума",
    bot_method: "unhideGeneralForumTopic",
    group: Group::ForumTopics,
    summary: "Shows the forum's main (General) topic again",
    doc: "Telegram answers `true`.",
    ..hide_main_forum_topic::METHOD
};
