//! OPI's `UnpinMessage`, Bot API `unpinChatMessage`: the parameters, fields and step of
//! `PinMessage`, sent to another Bot API method.

use crate::method::{Group, Method};
use crate::methods::pin_message;

/// The method's descriptor: `PinMessage`'s but for its names.
pub const METHOD: Method = Method {
    name: "UnpinMessage",
    name_ru: "ОткрепитьСообщение",
    bot_method: "unpinChatMessage",
    group: Group::Administration,
    summary: "Unpins a message in the chat",
    doc: "MessageID is required, as in OPI (Telegram would otherwise unpin the latest pinned \
          message). The topic of `ChatID*TopicID` is dropped. Telegram answers `true`.",
    ..pin_message::METHOD
};
