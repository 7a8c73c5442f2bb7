//! OPI's `ExportPrimaryInvitationLink`, Bot API `exportChatInviteLink`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ExportPrimaryInvitationLink",
    name_ru: "ЭкспортироватьОсновнуюСсылкуПриглашение",
    bot_method: "exportChatInviteLink",
    group: Group::Administration,
    summary: "Creates a new primary invitation link; the previous one stops working",
    doc: "Telegram answers with the new link as a string in `result`.",
    params: &[&TOKEN, &CHAT_ID],
    example: &[("token", "***"), ("chat", "@testsichee")],
    runs: Runs::Request(prepare),
};

/// `exportChatInviteLink`: a new primary link; the previous one stops working. Also
/// `getChatMemberCount`'s fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExportChatInviteLink {
    pub chat_id: ChatId,
}

/// Also `GetParticipantCount`'s step: the descriptor names the Bot API method.
fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ExportChatInviteLink {
        chat_id: args.chat()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
