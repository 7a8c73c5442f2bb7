//! OPI's `Call`: any Bot API method, named by the caller, with a JSON object as body.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::text;

/// The Bot API method to call.
pub const BOT_METHOD: Param = Param {
    name: "Method",
    option: "method",
    alias: None,
    ty: ParamType::String,
    required: true,
    description: "Bot API method name, such as getChat",
    env: None,
};

/// The method's parameters, sent as the body.
pub const PARAMETERS: Param = Param {
    name: "Parameters",
    option: "params",
    alias: None,
    ty: ParamType::String,
    required: false,
    description: "Method parameters as a JSON object",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "Call",
    name_ru: "ВызватьМетод",
    bot_method: "any, named by the Method parameter",
    group: Group::AnyMethod,
    summary: "Calls any Bot API method with a JSON object of parameters",
    doc: "For the many Bot API methods without a function of their own: Method is its name (letters only, such as getChat), Parameters a JSON object sent as the body (none for `{}`). The same result envelope, checks and token protection as every other call.",
    params: &[&TOKEN, &BOT_METHOD, &PARAMETERS],
    example: &[
        ("token", "***"),
        ("method", "getChat"),
        ("params", r#"{"chat_id":"@testsichee"}"#),
    ],
    runs: Runs::Request(prepare),
};

/// The Bot API method is the caller's, not the descriptor's.
fn prepare(_: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let method = BOT_METHOD.check(text::bot_method(args.text(&BOT_METHOD)))?;
    let body = PARAMETERS.check(text::json_object(args.text(&PARAMETERS)))?;
    Ok(Request::any(token, method, body.into_bytes()))
}
