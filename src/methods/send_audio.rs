//! OPI's `SendAudio`, Bot API `sendAudio`: one file and its caption, as `SendDocument` sends them.

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::send_document::{CAPTION, send_file};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, Param, ParamType, TOKEN};
use crate::request::Request;

/// The file.
pub const FILE: Param = Param {
    name: "Audio",
    option: "audio",
    alias: Some('a'),
    ty: ParamType::File,
    required: true,
    description: "Audio",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendAudio",
    name_ru: "ОтправитьАудио",
    bot_method: "sendAudio",
    group: Group::DataSending,
    summary: "Sends an audio file to a chat or channel",
    doc: "A file as SendDocument takes one; it goes up under a path's own name, else `audio`, as OPI names it. Telegram answers with the Message.",
    params: &[&TOKEN, &CHAT_ID, &CAPTION, &FILE, &KEYBOARD, &MARKUP],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "Text"),
        (
            "audio",
            "https://hut.openintegrations.dev/test_data/song.mp3",
        ),
    ],
    runs: Runs::Request(prepare),
};

fn prepare<'a>(method: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    send_file(method, args, &FILE, "audio", "audio", None)
}
