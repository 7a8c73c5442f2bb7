//! OPI's `SendTextMessage`, Bot API `sendMessage`.

use serde::Serialize;
use serde_json::Value;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, REPLIED_ID, TEXT, TOKEN};
use crate::request::{ReplyParameters, Request};
use crate::values::chat::ChatId;
use crate::values::markup::{self, ParseMode};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendTextMessage",
    name_ru: "ОтправитьТекстовоеСообщение",
    bot_method: "sendMessage",
    group: Group::DataSending,
    summary: "Sends a text message to a chat or channel",
    doc: "Markup is `Markdown` when not given, as in OPI; `none` sends the text with no \
          `parse_mode`. The text is prepared as OPI prepares it, without its faults: \
          percent-escapes of non-ASCII text are decoded (`%F0%9F%94%A5` is 🔥) while \"100%\" \
          stays as written; MarkdownV2 gets the escapes of `- + # = { } .` that OPI adds; \
          HTML gets `&amp;` for a bare `&`. Keyboard is a JSON object, OPI's single-quoted \
          JSON, or the path of a .json file, sent as `reply_markup`. RepliedID is sent as \
          `reply_parameters`, which replaced `reply_to_message_id` in the Bot API. The topic \
          of `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers with the \
          Message.",
    params: &[&TOKEN, &CHAT_ID, &TEXT, &KEYBOARD, &MARKUP, &REPLIED_ID],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "String value"),
    ],
    runs: Runs::Request(prepare),
};

/// `sendMessage`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SendMessage {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_mode: Option<ParseMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_parameters: Option<ReplyParameters>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_markup: Option<Value>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let (chat_id, message_thread_id) = args.chat_with_topic(&CHAT_ID)?;
    let text = args.required_text(&TEXT)?;
    let reply_markup = args.object(&KEYBOARD)?;
    let parse_mode = args.markup(&MARKUP)?;
    let reply_parameters = ReplyParameters::to(args.replied_id()?);
    let payload = SendMessage {
        chat_id,
        message_thread_id,
        text: markup::prepare(&text, parse_mode),
        parse_mode,
        reply_parameters,
        reply_markup,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
