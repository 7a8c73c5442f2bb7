//! OPI's `EditInvitationLink`, Bot API `editChatInviteLink`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::create_invitation_link::LinkFields;
use crate::param::{CHAT_ID, EXPIRATION_DATE, INVITE_LINK, TITLE, TOKEN, USER_LIMIT};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "EditInvitationLink",
    name_ru: "ИзменитьСсылкуПриглашение",
    bot_method: "editChatInviteLink",
    group: Group::Administration,
    summary: "Changes an invitation link; Telegram resets every field not given",
    doc: "Telegram resets every field that is not given: no Title removes the name, no ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.",
    params: &[
        &TOKEN,
        &CHAT_ID,
        &INVITE_LINK,
        &TITLE,
        &EXPIRATION_DATE,
        &USER_LIMIT,
    ],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("link", "https://t.me/+hUgH4yjb_7wyZDBi"),
        ("title", "Spring"),
        ("limit", "100"),
    ],
    runs: Runs::Request(prepare),
};

/// `editChatInviteLink`. Telegram resets every field that is not sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditChatInviteLink {
    pub chat_id: ChatId,
    pub invite_link: String,
    #[serde(flatten)]
    pub link: LinkFields,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = EditChatInviteLink {
        chat_id: args.chat()?,
        invite_link: args.invite_link()?,
        link: LinkFields::read(args)?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
