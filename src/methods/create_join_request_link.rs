//! OPI's `CreateJoinRequestLink`: Bot API `createChatInviteLink` with
//! `creates_join_request`.

use crate::args::{Arg, Args};
use crate::error::Error;
use crate::method::{Method, run};
use crate::methods::create_invitation_link::CreateChatInviteLink;
use crate::param::{CHAT_ID, EXPIRATION_DATE, TITLE, TOKEN};
use crate::request::{Payload, Request};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CreateJoinRequestLink",
    name_ru: "СоздатьСсылкуЗаявкиНаВступление",
    bot_method: CreateChatInviteLink::METHOD,
    summary: "Creates a link whose members join after an administrator approves them",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &EXPIRATION_DATE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("title", "By request"),
        ("expire", "2025-05-02T15:46:10"),
    ],
    prepare,
};

/// OPI's `CreateJoinRequestLink`: a link whose members join once an administrator
/// approves them (so it has no user limit).
pub fn create_join_request_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with_text(&TITLE, title)
        .with_text(&EXPIRATION_DATE, expiration_date);
    run(&METHOD, &args)
}

fn prepare(args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = CreateChatInviteLink {
        chat_id: args.chat()?,
        name: args.title()?,
        expire_date: args.expiration_date()?,
        member_limit: None,
        creates_join_request: true,
    };
    Ok(Request::new(token, &payload))
}
