//! OPI's `GetBotInformation`, Bot API `getMe`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::TOKEN;
use crate::request::Request;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "GetBotInformation",
    name_ru: "ПолучитьИнформациюБота",
    bot_method: "getMe",
    group: Group::DataRetrieval,
    summary: "Gets the bot's own account: its id, name, username and what it may do",
    doc: "A cheap way to check that a token works. Telegram answers with a User.",
    params: &[&TOKEN],
    example: &[("token", "***")],
    runs: Runs::Request(prepare),
};

/// `getMe`, which has no fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GetMe {}

/// Also `DeleteWebhook`'s step: a token and no fields, sent to the descriptor's method.
pub fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    Ok(Request::new(args.token()?, method.bot_method, &GetMe {}))
}
