//! OPI's `SendMediaGroup`, Bot API `sendMediaGroup`: several files in one album, each a
//! path, URL or `file_id` named in a map with its kind.

use serde::Serialize;
use serde_json::Value;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::methods::send_document::{CAPTION, Captioned};
use crate::param::{CHAT_ID, KEYBOARD, MARKUP, Param, ParamType, TOKEN};
use crate::request::{Attached, Request};
use crate::values::chat::ChatId;
use crate::values::file::Upload;
use crate::values::markup::ParseMode;

/// The files and their kinds.
pub const FILE_MAPPING: Param = Param {
    name: "FileMapping",
    option: "media",
    alias: Some('m'),
    ty: ParamType::Object,
    required: true,
    description: "Files and their kinds: {'path, URL or file_id': 'photo'}",
    env: None,
};

/// The kinds of file a media group holds, as the Bot API names them.
const KINDS: [&str; 4] = ["photo", "video", "audio", "document"];

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendMediaGroup",
    name_ru: "ОтправитьМедиагруппу",
    bot_method: "sendMediaGroup",
    group: Group::DataSending,
    summary: "Sends a group of files (an album) to a chat or channel",
    doc: "FileMapping: a JSON object (or OPI's single-quoted JSON, or a .json file) of 2 to \
          10 files, each a path, URL or file_id, to its kind (`photo`, `video`, `audio`, \
          `document`). Each path goes up as a part, `attach://file0`, ...; bytes must be \
          written to a file first. Text captions the first item. Keyboard is refused: \
          sendMediaGroup takes none. Telegram answers with an array of Messages.",
    params: &[
        &TOKEN,
        &CHAT_ID,
        &CAPTION,
        &FILE_MAPPING,
        &KEYBOARD,
        &MARKUP,
    ],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("text", "Text"),
        (
            "media",
            "{'https://hut.openintegrations.dev/test_data/picture.jpg':'photo','https://hut.openintegrations.dev/test_data/video.mp4':'video'}",
        ),
    ],
    runs: Runs::Request(prepare),
};

/// `sendMediaGroup`'s text fields; the files follow as parts of their own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SendMediaGroup {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub media: Vec<InputMedia>,
}

/// One item of the album: its kind, the file (`attach://<part>` for an upload), and
/// for the first the caption.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InputMedia {
    #[serde(rename = "type")]
    pub kind: String,
    pub media: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parse_mode: Option<ParseMode>,
}

fn prepare<'a>(method: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    let token = args.token()?;
    let Captioned {
        chat_id,
        message_thread_id,
        caption,
        parse_mode,
        ..
    } = Captioned::head(args)?;
    let refused = |why: String| Error::invalid(FILE_MAPPING.name, why);
    let Some(Value::Object(mapping)) = args.object(&FILE_MAPPING)? else {
        return Err(refused(
            "is required: an object of files and their types".into(),
        ));
    };
    if !(2..=10).contains(&mapping.len()) {
        return Err(refused("a media group holds 2 to 10 files".into()));
    }
    if args.object(&KEYBOARD)?.is_some() {
        return Err(Error::invalid(
            KEYBOARD.name,
            "sendMediaGroup takes no keyboard; send one with a message of its own",
        ));
    }
    let mut media = Vec::with_capacity(mapping.len());
    let mut files = Vec::new();
    for (file, kind) in &mapping {
        let kind = match kind.as_str() {
            Some(kind) if KINDS.contains(&kind) => kind.to_string(),
            _ => {
                return Err(refused(
                    "each file's kind is photo, video, audio or document".into(),
                ));
            }
        };
        let field = format!("file{}", files.len());
        let attached = Attached::named(&FILE_MAPPING, field, file, &kind)?;
        let reference = match attached.upload {
            Upload::Remote(text) => text.into_owned(),
            _ => {
                let reference = format!("attach://{}", attached.field);
                files.push(attached);
                reference
            }
        };
        let first = media.is_empty();
        media.push(InputMedia {
            kind,
            media: reference,
            caption: first.then(|| caption.clone()),
            parse_mode: parse_mode.filter(|_| first),
        });
    }
    let payload = SendMediaGroup {
        chat_id,
        message_thread_id,
        media,
    };
    Ok(Request::multipart(
        token,
        method.bot_method,
        &payload,
        files,
    ))
}
