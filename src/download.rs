//! A file of the Bot API's file store: what getFile said of it, then the file itself,
//! into memory or streamed to a path.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;

use crate::error::{Error, ErrorKind};
use crate::param::Param;
use crate::transport;
use crate::values::token::Token;

/// Where a downloaded file goes.
#[derive(Debug)]
pub enum Sink<'a> {
    /// Into this buffer, which then holds the file and nothing else; left empty when
    /// the download fails.
    Memory(&'a mut Vec<u8>),
    /// Streamed to this path, never held whole in memory: written beside it under a
    /// name of its own and renamed to it once complete, so that a failed download
    /// leaves nothing at the path (and an earlier file there untouched).
    File(&'a Path),
}

/// The parameter that names the destination in C (`path`) and in oint (`--out`), for
/// the refusals that concern it.
pub const PATH: Param = Param {
    name: "path",
    option: "out",
    alias: None,
    ty: crate::param::ParamType::String,
    required: false,
    description: "File to write the download to",
    env: None,
};

/// Downloads the file getFile's `document` (saying `"ok":true`) describes into `sink`,
/// and returns that document with `result.download` added: `{"bytes":N}`, and
/// `"path"` when it went to a file. A file larger than the server in use hands bots
/// (20 MB from Telegram's, 2000 MB from a local Bot API server) is refused before any
/// byte is fetched, naming `file_id`.
pub fn fetch(
    document: String,
    token: &Token,
    file_id: &Param,
    sink: Sink,
) -> Result<String, Error> {
    let no_path = || {
        Error::bad_response(
            200,
            "getFile answered without a file_path, so there is nothing to download",
        )
    };
    let mut answer: Value = serde_json::from_str(&document).map_err(|_| no_path())?;
    let file_path = answer["result"]["file_path"]
        .as_str()
        .filter(|p| !p.is_empty())
        .ok_or_else(no_path)?
        .to_string();
    let limit = transport::file_limit()?;
    if let Some(size) = answer["result"]["file_size"]
        .as_u64()
        .filter(|&s| s > limit)
    {
        return Err(Error::invalid(
            file_id.name,
            format!(
                "is a file of {size} bytes; the Bot API server in use hands bots files of up \
                 to {} MB (a local Bot API server, up to 2000 MB)",
                limit >> 20
            ),
        ));
    }
    let mut path_given = None;
    let written = match sink {
        Sink::Memory(buffer) => {
            buffer.clear();
            transport::download(token, &file_path, limit, buffer).inspect_err(|_| {
                *buffer = Vec::new();
            })?
        }
        Sink::File(path) => {
            path_given = Some(path.to_string_lossy().into_owned());
            to_file(path, |out| {
                transport::download(token, &file_path, limit, out)
            })?
        }
    };
    let mut download = serde_json::Map::new();
    download.insert("bytes".into(), written.into());
    if let Some(path) = path_given {
        download.insert("path".into(), path.into());
    }
    answer["result"]["download"] = Value::Object(download);
    Ok(answer.to_string())
}

/// Runs `write` on a new file beside `path`, then renames that file to `path`; on any
/// failure the new file is removed.
fn to_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<u64, Error>,
) -> Result<u64, Error> {
    let failed = |what: &str, e: std::io::Error| {
        Error::new(
            ErrorKind::File,
            format!("cannot {what} {}: {e}", path.display()),
        )
    };
    let Some(name) = path.file_name() else {
        return Err(Error::invalid(PATH.name, "names a directory, not a file"));
    };
    // Unique within the process by the counter, and across processes by the id.
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let mut part = PathBuf::from(path);
    part.set_file_name(format!(
        ".{}.{}-{}.part",
        name.to_string_lossy(),
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let mut file: File = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&part)
        .map_err(|e| failed("create a file beside", e))?;
    let written = write(&mut file).and_then(|written| {
        file.sync_all().map_err(|e| failed("write", e))?;
        drop(file);
        fs::rename(&part, path).map_err(|e| failed("write", e))?;
        Ok(written)
    });
    if written.is_err() {
        let _ = fs::remove_file(&part);
    }
    written
}
