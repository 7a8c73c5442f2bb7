//! OPI's `SendVideo`, Bot API `sendVideo`: one file and its caption, as `SendDocument` sends them.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::send_document::{CAPTION, send_file};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, Param, ParamType, TOKEN};
use crate::request::Request;

/// The file.
pub const FILE: Param = Param {
    name: "Video",
    option: "video",
    alias: Some('v'),
    ty: ParamType::File,
    required: true,
    description: "Video",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendVideo",
    name_ru: "ОтправитьВидео",
    bot_method: "sendVideo",
    group: Group::DataSending,
    summary: "Sends a video to a chat or channel",
    doc: "A file as SendDocument takes one; it goes up under a path's own name, else `video`, as OPI names it. Telegram answers with the Message.",
    params: &[&TOKEN, &CHAT_ID, &CAPTION, &FILE, &KEYBOARD, &MARKUP],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "Text"),
        (
            "video",
            "https://hut.openintegrations.dev/test_data/video.mp4",
        ),
    ],
    runs: Runs::Request(prepare),
};

fn prepare<'a>(method: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    send_file(method, args, &FILE, "video", "video", None)
}
