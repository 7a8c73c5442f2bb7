//! OPI's `Unban`, Bot API `unbanChatMember`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, TOKEN, USER_ID};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "Unban",
    name_ru: "Разбан",
    bot_method: "unbanChatMember",
    group: Group::Administration,
    summary: "Lifts a user's ban, so that they may join the chat again",
    doc: "Sends `only_if_banned: true`, which OPI never did: without it Telegram removes a user \
          who is a member and not banned, so OPI's Unban could throw a member out; here it \
          only ever lifts a ban. The user is not added back; they may join again by a link. \
          The topic of `ChatID*TopicID` is dropped, as for Ban. Telegram answers `true`.",
    params: &[&TOKEN, &CHAT_ID, &USER_ID],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("user", "461699897"),
    ],
    runs: Runs::Request(prepare),
};

/// `unbanChatMember`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnbanChatMember {
    pub chat_id: ChatId,
    pub user_id: i64,
    pub only_if_banned: bool,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = UnbanChatMember {
        chat_id: args.chat()?,
        user_id: args.user_id()?,
        only_if_banned: true,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
