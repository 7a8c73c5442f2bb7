//! OPI's `ReplaceMessageText`, Bot API `editMessageText`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, MARKUP, MESSAGE_ID, Param, ParamType, TEXT, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;
use crate::values::markup::ParseMode;

/// Formatting of the new text: none unless given, as OPI has it.
pub const NEW_TEXT_MARKUP: Param = Param {
    ty: ParamType::Markup { default: "" },
    ..MARKUP
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ReplaceMessageText",
    name_ru: "ЗаменитьТекстСообщения",
    bot_method: "editMessageText",
    group: Group::DataSending,
    summary: "Replaces the text of a message",
    doc: "Markup is sent only when given, as in OPI; the text is prepared for it as \
          SendTextMessage prepares its own. A topic in `ChatID*TopicID` is dropped: a message \
          id names its message in the whole chat. The message keeps its keyboard only if \
          Telegram keeps it (ReplaceMessageKeyboard sets one). Telegram answers with the \
          edited Message.",
    params: &[&TOKEN, &CHAT_ID, &MESSAGE_ID, &TEXT, &NEW_TEXT_MARKUP],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("message", "5922"),
        ("text", "New message text"),
    ],
    runs: Runs::Request(prepare),
};

/// `editMessageText`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditMessageText {
    pub chat_id: ChatId,
    pub message_id: i64,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_mode: Option<ParseMode>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let chat_id = args.chat()?;
    let message_id = args.message_id()?;
    let (text, parse_mode) = args.formatted(&TEXT, &NEW_TEXT_MARKUP)?;
    let payload = EditMessageText {
        chat_id,
        message_id,
        text,
        parse_mode,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
