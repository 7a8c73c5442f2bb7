//! OPI's `GetUpdates`, Bot API `getUpdates`: a long poll, which the server may hold
//! for its Timeout before it answers.

use std::time::Duration;

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::number;

/// How long Telegram may hold the request when no update is waiting.
pub const TIMEOUT: Param = Param {
    name: "Timeout",
    option: "timeout",
    alias: Some('m'),
    ty: ParamType::Number,
    required: false,
    description: "Seconds to wait for new updates (long polling); 0 answers at once",
    env: None,
};

/// The first update to return: one more than the last update handled.
pub const OFFSET: Param = Param {
    name: "Offset",
    option: "offset",
    alias: Some('o'),
    ty: ParamType::Id,
    required: false,
    description: "Identifier of the first update to return; negative counts from the last",
    env: None,
};

/// A day: beyond any long poll a proxy or Telegram would keep open.
const TIMEOUT_RANGE: std::ops::RangeInclusive<i64> = 1..=86_400;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "GetUpdates",
    name_ru: "ПолучитьОбновления",
    bot_method: "getUpdates",
    group: Group::DataRetrieval,
    summary: "Gets the bot's new updates, waiting up to Timeout seconds for one to arrive",
    doc: "Telegram answers with a list of Update objects, empty when none came within \
          Timeout. The call's time limit is `timeout_ms` plus Timeout, so a 50-second poll \
          is not cut short by the 30-second default, and one the server never answers still \
          ends. Offset 0 and Timeout 0 are not sent, as with OPI; `limit` and \
          `allowed_updates` are not sent either. Refused by Telegram while a webhook is set.",
    params: &[&TOKEN, &TIMEOUT, &OFFSET],
    example: &[("token", "***"), ("timeout", "2"), ("offset", "291366000")],
    runs: Runs::Request(prepare),
};

/// `getUpdates`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
struct GetUpdates {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timeout: Option<i64>,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let timeout = match args.number(&TIMEOUT) {
        Some(n) => TIMEOUT.check(number::optional(n, TIMEOUT_RANGE, "no wait"))?,
        None => None,
    };
    let offset = args.number(&OFFSET).filter(|&n| n != 0);
    let held = Duration::from_secs(timeout.unwrap_or(0) as u64);
    Ok(Request::new(token, method.bot_method, &GetUpdates { offset, timeout }).held_for(held))
}
