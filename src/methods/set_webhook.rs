//! OPI's `SetWebhook`, Bot API `setWebhook`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::text;

/// The address Telegram will send updates to.
pub const URL: Param = Param {
    name: "URL",
    option: "url",
    alias: Some('u'),
    ty: ParamType::String,
    required: true,
    description: "Request handling address from Telegram (with https:)",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SetWebhook",
    name_ru: "УстановитьWebhook",
    bot_method: "setWebhook",
    group: Group::DataRetrieval,
    summary: "Sets the address Telegram sends the bot's updates to",
    doc: "Sends only `url`, as OPI does (no certificate, secret token or update filter). \
          Telegram wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed on for \
          a local Bot API server, which may accept it. Telegram answers `true`.",
    params: &[&TOKEN, &URL],
    example: &[
        ("token", "***"),
        ("url", "https://api.athenaeum.digital/opi/hs/twitter"),
    ],
    runs: Runs::Request(prepare),
};

/// `setWebhook`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SetWebhook {
    pub url: String,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let payload = SetWebhook {
        url: URL.check(text::webhook_url(args.text(&URL)))?,
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
