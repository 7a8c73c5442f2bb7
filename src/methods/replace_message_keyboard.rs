//! OPI's `ReplaceMessageKeyboard`, Bot API `editMessageReplyMarkup`.

use serde::Serialize;
use serde_json::Value;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, KEYBOARD, MESSAGE_ID, Param, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The new keyboard, required here.
pub const NEW_KEYBOARD: Param = Param {
    required: true,
    description: "New keyboard (see FormKeyboardFromButtonArray)",
    ..KEYBOARD
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ReplaceMessageKeyboard",
    name_ru: "ЗаменитьКлавиатуруСообщения",
    bot_method: "editMessageReplyMarkup",
    group: Group::DataSending,
    summary: "Replaces the keyboard of a message",
    doc: "Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json file, \
          sent as `reply_markup`; Telegram edits only inline keyboards. A topic in \
          `ChatID*TopicID` is dropped: a message id names its message in the whole chat. \
          Telegram answers with the edited Message.",
    params: &[&TOKEN, &CHAT_ID, &MESSAGE_ID, &NEW_KEYBOARD],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("message", "5923"),
        (
            "keyboard",
            "{'inline_keyboard':[[{'text':'New button 3','callback_data':'New button 3'},\
             {'text':'New button 2','callback_data':'New button 2'},\
             {'text':'New button 1','callback_data':'New button 1'}]],'rows':'1'}",
        ),
    ],
    runs: Runs::Request(prepare),
};

/// `editMessageReplyMarkup`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EditMessageReplyMarkup {
    pub chat_id: ChatId,
    pub message_id: i64,
    pub reply_markup: Value,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let chat_id = args.chat()?;
    let message_id = args.message_id()?;
    let reply_markup = args
        .object(&NEW_KEYBOARD)?
        .expect("a required keyboard is refused when not given");
    let payload = EditMessageReplyMarkup {
        chat_id,
        message_id,
        reply_markup,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
