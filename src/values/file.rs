//! A file going up: a local path (streamed from disk when sent, never read whole), bytes
//! the host holds, or an `http(s)` URL / Telegram `file_id`, which Telegram fetches
//! itself.

use std::borrow::Cow;
use std::path::Path;

use crate::error::quoted;

/// A file as a caller gives it.
///
/// Text is told apart by [`File::from`]: an existing local path is a path, `http://` or
/// `https://` is a URL, anything else a `file_id`, which holds only letters, digits,
/// `-` and `_`; text that is none of these (a path to no file) is refused when the call
/// is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File<'a> {
    /// A local file, read from disk as it is sent.
    Path(&'a Path),
    /// The file's bytes, borrowed for the call.
    Bytes(&'a [u8]),
    /// An `http(s)` URL or a Telegram `file_id`, passed to Telegram as a string.
    Remote(&'a str),
}

impl<'a> From<&'a str> for File<'a> {
    fn from(text: &'a str) -> File<'a> {
        let path = Path::new(text);
        if is_url(text) || (is_file_id(text) && !path.exists()) {
            File::Remote(text)
        } else {
            File::Path(path)
        }
    }
}

impl<'a> From<&'a Path> for File<'a> {
    fn from(path: &'a Path) -> File<'a> {
        File::Path(path)
    }
}

impl<'a> From<&'a [u8]> for File<'a> {
    fn from(bytes: &'a [u8]) -> File<'a> {
        File::Bytes(bytes)
    }
}

fn is_url(text: &str) -> bool {
    let lower = |prefix: &str| {
        text.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    lower("http://") || lower("https://")
}

/// Telegram's file ids are URL-safe base64: no `/`, `\` or `.`, so text holding one of
/// these is a path, never an id.
fn is_file_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The largest file the Bot API takes: 50 MB from Telegram's own server, 2000 MB
/// through a local Bot API server.
pub const TELEGRAM_LIMIT: u64 = 50 * 1024 * 1024;
/// See [`TELEGRAM_LIMIT`].
pub const LOCAL_SERVER_LIMIT: u64 = 2000 * 1024 * 1024;

/// A file ready to be sent: a path with its size, bytes, or text for Telegram. A path
/// or text is owned where it was read out of another value (a media group's map).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Upload<'a> {
    /// A local file of this many bytes.
    Path(Cow<'a, Path>, u64),
    /// Bytes from the host.
    Bytes(&'a [u8]),
    /// A URL or `file_id`.
    Remote(Cow<'a, str>),
}

impl<'a> Upload<'a> {
    /// Its size, for the bytes that go up; `None` for a URL or `file_id`.
    pub fn len(&self) -> Option<u64> {
        match self {
            Upload::Path(_, len) => Some(*len),
            Upload::Bytes(bytes) => Some(bytes.len() as u64),
            Upload::Remote(_) => None,
        }
    }

    /// The same path or text, held by the file itself, for a file read out of a value
    /// that does not outlive the call's preparation; `None` for bytes, which are the
    /// host's.
    pub fn into_owned<'b>(self) -> Option<Upload<'b>> {
        match self {
            Upload::Path(path, len) => Some(Upload::Path(Cow::Owned(path.into_owned()), len)),
            Upload::Remote(text) => Some(Upload::Remote(Cow::Owned(text.into_owned()))),
            Upload::Bytes(_) => None,
        }
    }

    /// The file name it goes up under when the caller names none: a path's own.
    pub fn own_name(&self) -> Option<&str> {
        match self {
            Upload::Path(path, _) => path.file_name()?.to_str(),
            _ => None,
        }
    }
}

/// A file checked as far as it can be before sending: a path names a regular file that
/// is not empty; bytes are not empty; text is a URL or a `file_id`.
pub fn upload(file: File<'_>) -> Result<Upload<'_>, String> {
    match file {
        File::Bytes([]) => Err("the file is empty; Telegram refuses empty files".into()),
        File::Bytes(bytes) => Ok(Upload::Bytes(bytes)),
        File::Remote(text) if is_url(text) || is_file_id(text) => {
            Ok(Upload::Remote(Cow::Borrowed(text)))
        }
        File::Remote(text) => Err(format!(
            "{} is neither an http(s) URL nor a Telegram file_id",
            quoted(text)
        )),
        File::Path(path) => {
            let shown = || quoted(&path.to_string_lossy());
            let meta = std::fs::metadata(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    format!(
                        "there is no file {}; a file is an existing path, an http(s) URL \
                         or a Telegram file_id",
                        shown()
                    )
                } else {
                    format!("cannot read the file {} ({e})", shown())
                }
            })?;
            if !meta.is_file() {
                return Err(format!("{} is not a regular file", shown()));
            }
            if meta.len() == 0 {
                return Err(format!(
                    "the file {} is empty; Telegram refuses empty files",
                    shown()
                ));
            }
            Ok(Upload::Path(Cow::Borrowed(path), meta.len()))
        }
    }
}

/// The content type of a file part, by the extension of its name; anything not in
/// this short table is `application/octet-stream`. Telegram reads the bytes, not this
/// header, but it is what a careful client sends.
pub fn content_type(file_name: &str) -> &'static str {
    let extension = file_name.rsplit_once('.').map_or("", |(_, e)| e);
    const TYPES: &[(&str, &str)] = &[
        ("jpg", "image/jpeg"),
        ("jpeg", "image/jpeg"),
        ("png", "image/png"),
        ("gif", "image/gif"),
        ("webp", "image/webp"),
        ("mp4", "video/mp4"),
        ("mp3", "audio/mpeg"),
        ("m4a", "audio/mp4"),
        ("ogg", "audio/ogg"),
        ("pdf", "application/pdf"),
        ("zip", "application/zip"),
        ("json", "application/json"),
        ("txt", "text/plain"),
    ];
    TYPES
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(extension))
        .map_or("application/octet-stream", |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_told_apart() {
        let here = env!("CARGO_MANIFEST_DIR");
        let cargo = format!("{here}/Cargo.toml");
        assert_eq!(File::from(cargo.as_str()), File::Path(Path::new(&cargo)));
        for remote in [
            "https://example.com/a.png",
            "HTTP://example.com/",
            "AgACAgIAAxkBAAIBZ2Zx-_id",
        ] {
            assert_eq!(File::from(remote), File::Remote(remote));
        }
        // Looks like a path: a path, refused when there is no such file.
        for missing in ["/no/such/file.png", "photo.jpg", "dir\\x"] {
            assert_eq!(File::from(missing), File::Path(Path::new(missing)));
            assert!(
                upload(File::from(missing))
                    .unwrap_err()
                    .contains("there is no file")
            );
        }
    }

    #[test]
    fn empty_files_and_directories_are_refused() {
        assert!(upload(File::Bytes(b"")).unwrap_err().contains("empty"));
        assert!(
            upload(File::Path(Path::new(env!("CARGO_MANIFEST_DIR"))))
                .unwrap_err()
                .contains("not a regular file")
        );
        assert!(upload(File::Remote("a b")).is_err());
        let cargo = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        assert_eq!(
            upload(File::from(cargo)).unwrap().own_name(),
            Some("Cargo.toml")
        );
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type("a.PNG"), "image/png");
        assert_eq!(content_type("report.pdf"), "application/pdf");
        assert_eq!(content_type("document"), "application/octet-stream");
        assert_eq!(content_type("x.unknown"), "application/octet-stream");
    }
}
