//! OPI's `DeclineJoinRequest`, Bot API `declineChatJoinRequest`: the parameters, fields
//! and step of `ApproveJoinRequest`, sent to another Bot API method.

use crate::method::{Group, Method};
use crate::methods::approve_join_request;

/// The method's descriptor: `ApproveJoinRequest`'s but for its names.
pub const METHOD: Method = Method {
    name: "DeclineJoinRequest",
    name_ru: "ОтклонитьЗаявкуНаВступление",
    bot_method: "declineChatJoinRequest",
    group: Group::Administration,
    summary: "Declines a user's request to join the chat",
    doc: "",
    ..approve_join_request::METHOD
};
