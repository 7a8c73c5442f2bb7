//! OPI's `CreateSubscriptionLink`, Bot API `createChatSubscriptionInviteLink`.

use std::ops::RangeInclusive;

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, Param, ParamType, TITLE, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;
use crate::values::number;

/// Telegram's bounds on a subscription's price, in Stars.
pub const PRICE_RANGE: RangeInclusive<i64> = 1..=10_000;

/// The one period Telegram accepts: 30 days, in seconds.
pub const SUBSCRIPTION_PERIOD: i64 = 2_592_000;

/// What a member pays for each period.
pub const PRICE: Param = Param {
    name: "Price",
    option: "price",
    alias: None,
    ty: ParamType::Number,
    required: true,
    description: "Price per 30 days in Telegram Stars (1..=10000)",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CreateSubscriptionLink",
    name_ru: "СоздатьСсылкуПодписки",
    bot_method: "createChatSubscriptionInviteLink",
    group: Group::Administration,
    summary: "Creates a paid subscription link for a channel (30 days, in Telegram Stars)",
    doc: "Price is in Telegram Stars (1..=10000) for each 30 days, the one period Telegram accepts.",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &PRICE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("title", "Members"),
        ("price", "50"),
    ],
    runs: Runs::Request(prepare),
};

/// `createChatSubscriptionInviteLink`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CreateChatSubscriptionInviteLink {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Always [`SUBSCRIPTION_PERIOD`].
    pub subscription_period: i64,
    /// Telegram Stars a member pays each period.
    pub subscription_price: i64,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = CreateChatSubscriptionInviteLink {
        chat_id: args.chat()?,
        name: args.title()?,
        subscription_period: SUBSCRIPTION_PERIOD,
        subscription_price: PRICE.check(number::required(args.number(&PRICE), PRICE_RANGE))?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
