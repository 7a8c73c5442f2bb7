//! OPI's `PinMessage`, Bot API `pinChatMessage`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, MESSAGE_ID, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "PinMessage",
    name_ru: "ЗакрепитьСообщение",
    bot_method: "pinChatMessage",
    group: Group::Administration,
    summary: "Pins a message in the chat",
    doc: "Members are notified, as with OPI (`disable_notification` is not sent); OPI's \
          meaningless `parse_mode` is not sent. A message id names its message in the whole \
          chat, so the topic of `ChatID*TopicID` is dropped. Telegram answers `true`.",
    params: &[&TOKEN, &CHAT_ID, &MESSAGE_ID],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("message", "5920"),
    ],
    runs: Runs::Request(prepare),
};

/// `pinChatMessage`, and `unpinChatMessage` and `deleteMessage` with the same fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChatMessage {
    pub chat_id: ChatId,
    pub message_id: i64,
}

/// Also `UnpinMessage`'s and `DeleteMessage`'s step: the descriptor names the Bot API
/// method.
pub fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ChatMessage {
        chat_id: args.chat()?,
        message_id: args.message_id()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
