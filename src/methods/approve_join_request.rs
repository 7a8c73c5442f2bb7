//! OPI's `ApproveJoinRequest`, Bot API `approveChatJoinRequest`.

use serde::Serialize;

use crate::args::{Arg, Args};
use crate::error::Error;
use crate::method::{Method, run};
use crate::param::{CHAT_ID, TOKEN, USER_ID};
use crate::request::{Payload, Request};
use crate::values::chat::ChatId;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ApproveJoinRequest",
    name_ru: "ОдобритьЗаявкуНаВступление",
    bot_method: ApproveChatJoinRequest::METHOD,
    summary: "Approves a user's request to join the chat",
    params: &[&TOKEN, &CHAT_ID, &USER_ID],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("user", "123456789"),
    ],
    prepare,
};

/// `approveChatJoinRequest`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApproveChatJoinRequest {
    pub chat_id: ChatId,
    pub user_id: i64,
}

impl Payload for ApproveChatJoinRequest {
    const METHOD: &'static str = "approveChatJoinRequest";
}

/// OPI's `ApproveJoinRequest`.
pub fn approve_join_request(token: &str, chat_id: &str, user_id: i64) -> String {
    let args = Args::new()
        .with(&TOKEN, Arg::Text(token))
        .with(&CHAT_ID, Arg::Text(chat_id))
        .with(&USER_ID, Arg::Number(user_id));
    run(&METHOD, &args)
}

fn prepare(args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = ApproveChatJoinRequest {
        chat_id: args.chat()?,
        user_id: args.user_id()?,
    };
    Ok(Request::new(token, &payload))
}
