//! OPI's `Ban`, Bot API `banChatMember`: the parameters, fields and step of
//! `ApproveJoinRequest`, sent to another Bot API method.

use crate::method::{Group, Method};
use crate::methods::approve_join_request;

/// The method's descriptor: `ApproveJoinRequest`'s but for its names.
pub const METHOD: Method = Method {
    name: "Ban",
    name_ru: "Бан",
    bot_method: "banChatMember",
    group: Group::Administration,
    summary: "Bans a user from the chat: removed, and kept out until unbanned",
    doc: "Sends `chat_id` and `user_id` only, so the ban is for ever and the user's messages \
          stay (no `until_date`, no `revoke_messages`), as with OPI; OPI's meaningless \
          `parse_mode` is not sent. A ban is for the whole chat: the topic of `ChatID*TopicID` \
          is dropped (OPI sent the text as it was, which Telegram refused). Telegram answers \
          `true`.",
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("user", "461699897"),
    ],
    ..approve_join_request::METHOD
};
