//! OPI's `EditSubscriptionLink`, Bot API `editChatSubscriptionInviteLink`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, INVITE_LINK, TITLE, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "EditSubscriptionLink",
    name_ru: "ИзменитьСсылкуПодписки",
    bot_method: "editChatSubscriptionInviteLink",
    group: Group::Administration,
    summary: "Renames a subscription link",
    doc: "Its name is all that can change; no Title removes it.",
    params: &[&TOKEN, &CHAT_ID, &INVITE_LINK, &TITLE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("link", "https://t.me/+hUgH4yjb_7wyZDBi"),
        ("title", "Supporters"),
    ],
    runs: Runs::Request(prepare),
};

/// `editChatSubscriptionInviteLink`: only the name of a subscription link can change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditChatSubscriptionInviteLink {
    pub chat_id: ChatId,
    pub invite_link: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = EditChatSubscriptionInviteLink {
        chat_id: args.chat()?,
        invite_link: args.invite_link()?,
        name: args.title()?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
