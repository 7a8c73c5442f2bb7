//! OPI's `DownloadFile`: Bot API `getFile`, then the file from the Bot API's file
//! store, as bytes.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::text;

/// The file's `file_id`, from a message or an update.
pub const FILE_ID: Param = Param {
    name: "FileID",
    option: "fileid",
    alias: Some('f'),
    ty: ParamType::String,
    required: true,
    description: "ID of the file to download",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "DownloadFile",
    name_ru: "СкачатьФайл",
    bot_method: "getFile",
    group: Group::DataRetrieval,
    summary: "Downloads a file the bot received, by its file_id",
    doc: "Calls getFile, then fetches `{api_url}/file/bot<token>/<file_path>` (the token is \
          redacted from every error, as everywhere). The file goes to a path or comes back as \
          bytes: C `path` (written beside it and renamed once whole, so a failed download \
          leaves nothing there; memory stays bounded whatever the size) or `bytes` (an \
          `opi_bytes` the caller frees with `opi_bytes_free`); oint writes it to `--out FILE` \
          and prints the result; 1C gets BinaryData, as from OPI. The result is getFile's \
          document with `result.download`: `{\"bytes\":N,\"path\":...}`. Telegram's servers \
          hand bots files up to 20 MB, a local Bot API server up to 2000 MB: a larger \
          `file_size` is refused before anything is downloaded. Unlike OPI, a file whose \
          bytes are JSON comes back as bytes, getFile is not retried, and no `?file_id=` is \
          added to the file's URL.",
    params: &[&TOKEN, &FILE_ID],
    example: &[
        ("token", "***"),
        ("fileid", "BQACAgIAAxkBAAIBSmall"),
        ("out", "file_0.bin"),
    ],
    runs: Runs::Download(prepare, &FILE_ID),
};

/// `getFile`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
struct GetFile {
    file_id: String,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let file_id = FILE_ID.check(text::file_id(args.text(&FILE_ID)))?;
    Ok(Request::new(token, method.bot_method, &GetFile { file_id }))
}
