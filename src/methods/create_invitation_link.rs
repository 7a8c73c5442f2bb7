//! OPI's `CreateInvitationLink`, Bot API `createChatInviteLink`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, EXPIRATION_DATE, TITLE, TOKEN, USER_LIMIT};
use crate::request::{Request, not};
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CreateInvitationLink",
    name_ru: "СоздатьСсылкуПриглашение",
    bot_method: "createChatInviteLink",
    group: Group::Administration,
    summary: "Creates a link for joining a closed chat",
    doc: "Title holds at most 32 characters; ExpirationDate not given makes a permanent link; UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new ChatInviteLink.",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &EXPIRATION_DATE, &USER_LIMIT],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("expire", "2025-05-02T15:46:10.9476699"),
        ("title", "Link 01.05.2025 15:46:10"),
        ("limit", "200"),
    ],
    runs: Runs::Request(prepare),
};

/// `createChatInviteLink`, also sent by `CreateJoinRequestLink`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CreateChatInviteLink {
    pub chat_id: ChatId,
    #[serde(flatten)]
    pub link: LinkFields,
    /// Sent only when true: members then need an administrator's approval.
    #[serde(skip_serializing_if = "not")]
    pub creates_join_request: bool,
}

impl CreateChatInviteLink {
    /// ChatID and the link's fields, in the order of the parameters.
    pub fn read(args: &Args, creates_join_request: bool) -> Result<Self, Error> {
        Ok(CreateChatInviteLink {
            chat_id: args.chat()?,
            link: LinkFields::read(args)?,
            creates_join_request,
        })
    }
}

/// What an invite link may have, sent alike by the methods that create or edit one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LinkFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Unix seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_date: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member_limit: Option<i64>,
}

impl LinkFields {
    /// Title, ExpirationDate and UserLimit, in that order; a method without UserLimit
    /// finds it not given.
    pub fn read(args: &Args) -> Result<Self, Error> {
        Ok(LinkFields {
            name: args.title()?,
            expire_date: args.expiration_date()?,
            member_limit: args.user_limit()?,
        })
    }
}

/// Every value checked, in the order of the parameters, before anything is sent.
fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = CreateChatInviteLink::read(args, false)?;
    Ok(Request::new(token, method.bot_method, &payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(payload: &CreateChatInviteLink) -> String {
        serde_json::to_string(payload).unwrap()
    }

    #[test]
    fn only_given_fields_are_sent() {
        let bare = CreateChatInviteLink {
            chat_id: ChatId::Id(-100),
            link: LinkFields::default(),
            creates_join_request: false,
        };
        assert_eq!(body(&bare), r#"{"chat_id":-100}"#);
        let full = CreateChatInviteLink {
            chat_id: ChatId::Username("@chan".into()),
            link: LinkFields {
                name: Some("Link".into()),
                expire_date: Some(1746200770),
                member_limit: Some(200),
            },
            creates_join_request: false,
        };
        assert_eq!(
            body(&full),
            r#"{"chat_id":"@chan","name":"Link","expire_date":1746200770,"member_limit":200}"#
        );
        let join = CreateChatInviteLink {
            creates_join_request: true,
            ..bare
        };
        assert_eq!(
            body(&join),
            r#"{"chat_id":-100,"creates_join_request":true}"#
        );
    }
}
