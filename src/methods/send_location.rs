//! OPI's `SendLocation`, Bot API `sendLocation`.

use serde::Serialize;
use serde_json::Value;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, KEYBOARD, Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The point's latitude in degrees.
pub const LATITUDE: Param = Param {
    name: "Latitude",
    option: "lat",
    alias: Some('l'),
    ty: ParamType::Float,
    required: true,
    description: "Geographic latitude (-90 to 90)",
    env: None,
};

/// The point's longitude in degrees.
pub const LONGITUDE: Param = Param {
    name: "Longitude",
    option: "long",
    alias: Some('n'),
    ty: ParamType::Float,
    required: true,
    description: "Geographic longitude (-180 to 180)",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendLocation",
    name_ru: "ОтправитьМестоположение",
    bot_method: "sendLocation",
    group: Group::DataSending,
    summary: "Sends a location by geographic coordinates",
    doc: "Latitude and Longitude are sent as JSON numbers; a value that is not finite or out of \
          range is refused before sending. No `parse_mode` is sent (OPI sends a meaningless \
          one). The topic of `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers \
          with the Message.",
    params: &[&TOKEN, &CHAT_ID, &LATITUDE, &LONGITUDE, &KEYBOARD],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("lat", "48.87373649724122"),
        ("long", "2.2954639195323967"),
    ],
    runs: Runs::Request(prepare),
};

/// `sendLocation`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SendLocation {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub latitude: f64,
    pub longitude: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_markup: Option<Value>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let (chat_id, message_thread_id) = args.chat_with_topic(&CHAT_ID)?;
    let latitude = args.float(&LATITUDE, -90.0..=90.0)?;
    let longitude = args.float(&LONGITUDE, -180.0..=180.0)?;
    let reply_markup = args.object(&KEYBOARD)?;
    let payload = SendLocation {
        chat_id,
        message_thread_id,
        latitude,
        longitude,
        reply_markup,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
