//! OPI's `ReplaceMessageCaption`, Bot API `editMessageCaption`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, MESSAGE_ID, Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;
use crate::values::markup::ParseMode;

use super::replace_message_text::NEW_TEXT_MARKUP;

/// The new caption. OPI gives it the alias `-p`, and `-r` to Markup.
pub const DESCRIPTION: Param = Param {
    name: "Description",
    option: "caption",
    alias: Some('p'),
    ty: ParamType::String,
    required: true,
    description: "New caption",
    env: None,
};

/// Markup under OPI's alias for this method.
pub const CAPTION_MARKUP: Param = Param {
    alias: Some('r'),
    ..NEW_TEXT_MARKUP
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ReplaceMessageCaption",
    name_ru: "ЗаменитьОписаниеСообщения",
    bot_method: "editMessageCaption",
    group: Group::DataSending,
    summary: "Replaces the caption of a message with media",
    doc: "Markup is sent only when given, as in OPI; the caption is prepared for it as \
          SendTextMessage prepares a text. The aliases are OPI's: `-p` is `--caption` and `-r` \
          is `--parsemode` here. A topic in `ChatID*TopicID` is dropped: a message id names its \
          message in the whole chat. Telegram answers with the edited Message.",
    params: &[&TOKEN, &CHAT_ID, &MESSAGE_ID, &DESCRIPTION, &CAPTION_MARKUP],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("message", "5921"),
        ("caption", "New picture description"),
    ],
    runs: Runs::Request(prepare),
};

/// `editMessageCaption`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditMessageCaption {
    pub chat_id: ChatId,
    pub message_id: i64,
    pub caption: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_mode: Option<ParseMode>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let chat_id = args.chat()?;
    let message_id = args.message_id()?;
    let (caption, parse_mode) = args.formatted(&DESCRIPTION, &CAPTION_MARKUP)?;
    let payload = EditMessageCaption {
        chat_id,
        message_id,
        caption,
        parse_mode,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
