//! OPI's `SendImage`, Bot API `sendPhoto`: one file and its caption, as `SendDocument` sends them.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::send_document::{CAPTION, send_file};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, Param, ParamType, TOKEN};
use crate::request::Request;

/// The file.
pub const FILE: Param = Param {
    name: "Image",
    option: "picture",
    alias: Some('p'),
    ty: ParamType::File,
    required: true,
    description: "Image",
    env: None,
};

/// Markup, whose alias `-p` is the picture's here.
pub const IMAGE_MARKUP: Param = Param {
    alias: Some('r'),
    ..MARKUP
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendImage",
    name_ru: "ОтправитьКартинку",
    bot_method: "sendPhoto",
    group: Group::DataSending,
    summary: "Sends an image to a chat or channel",
    doc: "A file as SendDocument takes one; it goes up under a path's own name, else `photo`, as OPI names it. Markup's alias is `-r` here: `-p` is `--picture`. Telegram answers with the Message, its photo in several sizes.",
    params: &[&TOKEN, &CHAT_ID, &CAPTION, &FILE, &KEYBOARD, &IMAGE_MARKUP],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "Text"),
        (
            "picture",
            "https://hut.openintegrations.dev/test_data/picture.jpg",
        ),
    ],
    runs: Runs::Request(prepare),
};

fn prepare<'a>(method: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    send_file(method, args, &FILE, "photo", "photo", None)
}
