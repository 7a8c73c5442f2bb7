//! OPI's `ApproveJoinRequest`, Bot API `approveChatJoinRequest`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, TOKEN, USER_ID};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ApproveJoinRequest",
    name_ru: "ОдобритьЗаявкуНаВступление",
    bot_method: "approveChatJoinRequest",
    group: Group::Administration,
    summary: "Approves a user's request to join the chat",
    doc: "",
    params: &[&TOKEN, &CHAT_ID, &USER_ID],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("user", "123456789"),
    ],
    runs: Runs::Request(prepare),
};

/// `approveChatJoinRequest`, and `declineChatJoinRequest` and `banChatMember` with the
/// same fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChatJoinRequest {
    pub chat_id: ChatId,
    pub user_id: i64,
}

/// Also `DeclineJoinRequest`'s and `Ban`'s step: the descriptor names the Bot API method.
pub fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ChatJoinRequest {
        chat_id: args.chat()?,
        user_id: args.user_id()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
