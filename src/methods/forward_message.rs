//! OPI's `ForwardMessage`, Bot API `forwardMessage`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The message to forward: a message id, 32-bit as all of Telegram's are.
pub const ORIGINAL_ID: Param = Param {
    name: "OriginalID",
    option: "message",
    alias: Some('m'),
    ty: ParamType::Number,
    required: true,
    description: "Original message ID",
    env: None,
};

/// The chat the message is in.
pub const FROM_ID: Param = Param {
    name: "FromID",
    option: "from",
    alias: Some('f'),
    ty: ParamType::StringOrNumber,
    required: true,
    description: "Chat ID of the original message",
    env: None,
};

/// The chat, and any topic, the message is forwarded to.
pub const TO_ID: Param = Param {
    name: "ToID",
    option: "to",
    alias: Some('o'),
    ty: ParamType::StringOrNumber,
    required: true,
    description: "Target chat ID or ChatID*TopicID",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ForwardMessage",
    name_ru: "ПереслатьСообщение",
    bot_method: "forwardMessage",
    group: Group::DataSending,
    summary: "Forwards a message from one chat to another, or within a chat",
    doc: "The topic of ToID's `ChatID*TopicID` is sent as `message_thread_id`; FromID's is \
          dropped, since a message id names its message in the whole chat. The alias of `--to` \
          is `-o`: `-t` is always `--token`. Telegram answers with the new Message.",
    params: &[&TOKEN, &ORIGINAL_ID, &FROM_ID, &TO_ID],
    example: &[
        ("token", "***"),
        ("message", "5920"),
        ("from", "@testsichee"),
        ("to", "461699897"),
    ],
    runs: Runs::Request(prepare),
};

/// `forwardMessage`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ForwardMessage {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub from_chat_id: ChatId,
    pub message_id: i64,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let message_id = args.message_id_of(&ORIGINAL_ID)?;
    let from_chat_id = args.chat_of(&FROM_ID)?;
    let (chat_id, message_thread_id) = args.chat_with_topic(&TO_ID)?;
    let payload = ForwardMessage {
        chat_id,
        message_thread_id,
        from_chat_id,
        message_id,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
