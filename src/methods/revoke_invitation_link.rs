//! OPI's `RevokeInvitationLink`, Bot API `revokeChatInviteLink`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, INVITE_LINK, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "RevokeInvitationLink",
    name_ru: "ОтозватьСсылкуПриглашение",
    bot_method: "revokeChatInviteLink",
    group: Group::Administration,
    summary: "Revokes an invitation link so that nobody can join by it",
    doc: "Telegram answers with the revoked ChatInviteLink.",
    params: &[&TOKEN, &CHAT_ID, &INVITE_LINK],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("link", "https://t.me/+hUgH4yjb_7wyZDBi"),
    ],
    runs: Runs::Request(prepare),
};

/// `revokeChatInviteLink`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RevokeChatInviteLink {
    pub chat_id: ChatId,
    pub invite_link: String,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = RevokeChatInviteLink {
        chat_id: args.chat()?,
        invite_link: args.invite_link()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
