//! OPI's `CreateJoinRequestLink`: Bot API `createChatInviteLink` with
//! `creates_join_request`.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::create_invitation_link::CreateChatInviteLink;
use crate::param::{CHAT_ID, EXPIRATION_DATE, TITLE, TOKEN};
use crate::request::Request;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CreateJoinRequestLink",
    name_ru: "СоздатьСсылкуЗаявкиНаВступление",
    bot_method: "createChatInviteLink",
    group: Group::Administration,
    summary: "Creates a link whose members join after an administrator approves them",
    doc: "Such a link has no user limit: each member joins once an administrator approves the request.",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &EXPIRATION_DATE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("title", "By request"),
        ("expire", "2025-05-02T15:46:10"),
    ],
    runs: Runs::Request(prepare),
};

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = CreateChatInviteLink::read(args, true)?;
    Ok(Request::new(token, method.bot_method, &payload))
}
