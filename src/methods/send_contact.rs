//! OPI's `SendContact`, Bot API `sendContact`.

use serde::Serialize;
use serde_json::Value;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, KEYBOARD, Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The contact's first name.
pub const NAME: Param = Param {
    name: "Name",
    option: "name",
    alias: Some('n'),
    ty: ParamType::String,
    required: true,
    description: "Contact name",
    env: None,
};

/// The contact's last name. OPI's signature requires it, but sends none when it is
/// empty, as Telegram allows: so may a libopi caller.
pub const LAST_NAME: Param = Param {
    name: "LastName",
    option: "surname",
    alias: Some('s'),
    ty: ParamType::String,
    required: false,
    description: "Contact last name (none if not given)",
    env: None,
};

/// The contact's phone number.
pub const PHONE: Param = Param {
    name: "Phone",
    option: "phone",
    alias: Some('p'),
    ty: ParamType::String,
    required: true,
    description: "Contact phone number",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendContact",
    name_ru: "ОтправитьКонтакт",
    bot_method: "sendContact",
    group: Group::DataSending,
    summary: "Sends a contact with a name and a phone number",
    doc: "LastName may be left out or empty: OPI sends none then, and neither does libopi. No \
          `parse_mode` is sent (OPI sends a meaningless one). The topic of `ChatID*TopicID` is \
          sent as `message_thread_id`. Telegram answers with the Message.",
    params: &[&TOKEN, &CHAT_ID, &NAME, &LAST_NAME, &PHONE, &KEYBOARD],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("name", "Petr"),
        ("surname", "Petrov"),
        ("phone", "+123456789"),
    ],
    runs: Runs::Request(prepare),
};

/// `sendContact`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SendContact {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub phone_number: String,
    pub first_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_markup: Option<Value>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let (chat_id, message_thread_id) = args.chat_with_topic(&CHAT_ID)?;
    let first_name = args.required_text(&NAME)?;
    let last_name = args.text(&LAST_NAME).filter(|t| !t.trim().is_empty());
    let phone_number = args.required_text(&PHONE)?;
    let reply_markup = args.object(&KEYBOARD)?;
    let payload = SendContact {
        chat_id,
        message_thread_id,
        phone_number,
        first_name,
        last_name: last_name.map(str::to_string),
        reply_markup,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
