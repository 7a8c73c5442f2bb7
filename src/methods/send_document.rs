//! OPI's `SendDocument`, Bot API `sendDocument`, and the step every method that sends
//! one file shares (`SendImage`, `SendVideo`, `SendAudio`, `SendGif`): the caption's
//! fields as text parts, the file as a part of its own.

use serde::Serialize;
use serde_json::Value;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, Param, ParamType, TEXT, TOKEN};
use crate::request::{Attached, Request};
use crate::values::chat::ChatId;
use crate::values::markup::ParseMode;

/// A caption: OPI names it Text.
pub const CAPTION: Param = Param {
    description: "Caption",
    ..TEXT
};

/// The document.
pub const DOCUMENT: Param = Param {
    name: "Document",
    option: "doc",
    alias: Some('d'),
    ty: ParamType::File,
    required: true,
    description: "Document",
    env: None,
};

/// The name the chat shows for the document.
pub const FILE_NAME: Param = Param {
    name: "FileName",
    option: "filename",
    alias: Some('f'),
    ty: ParamType::String,
    required: false,
    description: "File name with extension, as the chat shows it",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendDocument",
    name_ru: "ОтправитьДокумент",
    bot_method: "sendDocument",
    group: Group::DataSending,
    summary: "Sends a document to a chat or channel",
    doc: "Document is a local path (streamed from disk), the file's bytes, or an http(s) URL \
          or file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It \
          goes up under FileName, else the path's own name, else `document`. Empty files and \
          files over the Bot API's limit are refused unsent. Telegram answers with the \
          Message.",
    params: &[
        &TOKEN, &CHAT_ID, &CAPTION, &DOCUMENT, &KEYBOARD, &MARKUP, &FILE_NAME,
    ],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "Document caption"),
        (
            "doc",
            "https://hut.openintegrations.dev/test_data/document.docx",
        ),
        ("filename", "customname.docx"),
    ],
    runs: Runs::Request(prepare),
};

/// The text fields of a message with one file: the Bot API's `sendDocument`,
/// `sendPhoto`, `sendVideo`, `sendAudio`, `sendAnimation`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Captioned {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub caption: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_mode: Option<ParseMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_markup: Option<Value>,
}

impl Captioned {
    /// `ChatID`, then `Text` with its `Markup`, prepared for its `parse_mode` as OPI
    /// prepares it; the keyboard, read after the file, is left to the caller.
    pub fn head(args: &Args) -> Result<Captioned, Error> {
        let (chat_id, message_thread_id) = args.chat_with_topic(&CHAT_ID)?;
        let (caption, parse_mode) = args.formatted(&CAPTION, &MARKUP)?;
        Ok(Captioned {
            chat_id,
            message_thread_id,
            caption,
            parse_mode,
            reply_markup: None,
        })
    }
}

/// The request of a method that sends one file, given for `param`, under the form
/// field `field`; its name is `file_name` when given, else a path's own name, else
/// `default_name`, OPI's fixed name for the kind of file.
pub fn send_file<'a>(
    method: &Method,
    args: &Args<'a>,
    param: &Param,
    field: &str,
    default_name: &str,
    file_name: Option<&str>,
) -> Result<Request<'a>, Error> {
    let token = args.token()?;
    let mut fields = Captioned::head(args)?;
    let upload = args
        .file(param)?
        .ok_or_else(|| Error::invalid(param.name, "the file is required"))?;
    fields.reply_markup = args.object(&KEYBOARD)?;
    let file_name = file_name
        .or(upload.own_name())
        .unwrap_or(default_name)
        .to_string();
    let file = Attached {
        field: field.to_string(),
        param: param.name,
        file_name,
        upload,
    };
    Ok(Request::multipart(
        token,
        method.bot_method,
        &fields,
        vec![file],
    ))
}

fn prepare<'a>(method: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    let file_name = args.text(&FILE_NAME).filter(|n| !n.is_empty());
    send_file(method, args, &DOCUMENT, "document", "document", file_name)
}
