//! OPI's `GetParticipantCount`, Bot API `getChatMemberCount`: the parameters, fields and
//! step of `ExportPrimaryInvitationLink`, sent to another Bot API method.

use crate::method::{Group, Method};
use crate::methods::export_primary_invitation_link;

/// The method's descriptor: `ExportPrimaryInvitationLink`'s but for its names.
pub const METHOD: Method = Method {
    name: "GetParticipantCount",
    name_ru: "ПолучитьЧислоУчастников",
    bot_method: "getChatMemberCount",
    group: Group::Administration,
    summary: "Gets the number of members of the chat",
    doc: "Telegram answers with the number in `result`. OPI's meaningless `parse_mode` is not \
          sent; the topic of `ChatID*TopicID` is dropped.",
    ..export_primary_invitation_link::METHOD
};
