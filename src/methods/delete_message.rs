//! OPI's `DeleteMessage`, Bot API `deleteMessage`: the parameters, fields and step of
//! `PinMessage`, sent to another Bot API method.

use crate::method::{Group, Method};
use crate::methods::pin_message;

/// The method's descriptor: `PinMessage`'s but for its names.
pub const METHOD: Method = Method {
    name: "DeleteMessage",
    name_ru: "УдалитьСообщение",
    bot_method: "deleteMessage",
    group: Group::DataSending,
    summary: "Deletes a message from the chat",
    doc: "Telegram lets a bot delete its own messages within 48 hours, and others' where it \
          is an administrator with the right to. The topic of `ChatID*TopicID` is dropped: a \
          message id names its message in the whole chat. Telegram answers `true`.",
    ..pin_message::METHOD
};
