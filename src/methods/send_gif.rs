//! OPI's `SendGif`, Bot API `sendAnimation`: one file and its caption, as `SendDocument` sends them.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::send_document::{CAPTION, send_file};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, Param, ParamType, TOKEN};
use crate::request::Request;

/// The file.
pub const FILE: Param = Param {
    name: "GIF",
    option: "gif",
    alias: Some('g'),
    ty: ParamType::File,
    required: true,
    description: "GIF",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendGif",
    name_ru: "ОтправитьГифку",
    bot_method: "sendAnimation",
    group: Group::DataSending,
    summary: "Sends a GIF to a chat or channel",
    doc: "A file as SendDocument takes one; it goes up under a path's own name, else `animation.gif`, as OPI names it. Telegram answers with the Message, carrying the animation (and a document, for older clients).",
    params: &[&TOKEN, &CHAT_ID, &CAPTION, &FILE, &KEYBOARD, &MARKUP],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "Text"),
        (
            "gif",
            "https://hut.openintegrations.dev/test_data/animation.gif",
        ),
    ],
    runs: Runs::Request(prepare),
};

fn prepare<'a>(method: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    send_file(method, args, &FILE, "animation", "animation.gif", None)
}
