//! A `multipart/form-data` body, streamed: its length is known before a byte is sent
//! (file sizes were read when the request was prepared), so it goes out with a
//! `Content-Length` and never chunked, and each attempt reads it afresh from the start:
//! files are reopened, bytes restarted. Nothing holds more than one buffer of a file.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Read};

use crate::error::Error;
use crate::request::{Content, FilePart, Part};
use crate::values::file::Upload;

/// A multipart body: its parts and the boundary between them.
pub struct Form<'r, 'a> {
    boundary: String,
    parts: &'r [Part<'a>],
}

impl<'r, 'a> Form<'r, 'a> {
    /// The body of `parts`, with a boundary of 128 random bits: a file's bytes are
    /// streamed and never searched, so the boundary must be one no file holds by chance.
    pub fn new(parts: &'r [Part<'a>]) -> Self {
        let random = |salt: u64| {
            let mut hasher = RandomState::new().build_hasher();
            hasher.write_u64(salt);
            hasher.finish()
        };
        let boundary = format!("opi-{:016x}{:016x}", random(1), random(2));
        Form { boundary, parts }
    }

    /// The `Content-Type` header.
    pub fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    /// The files it carries.
    pub fn files(&self) -> impl Iterator<Item = &FilePart<'a>> {
        self.parts.iter().filter_map(|part| match &part.content {
            Content::File(file) => Some(file),
            Content::Text(_) => None,
        })
    }

    /// Every byte it sends, counted without reading a file.
    pub fn len(&self) -> u64 {
        self.parts
            .iter()
            .map(|part| {
                let content = match &part.content {
                    Content::Text(text) => text.len() as u64,
                    Content::File(file) => file.len(),
                };
                self.head(part).len() as u64 + content + 2
            })
            .sum::<u64>()
            + self.tail().len() as u64
    }

    /// The body from its first byte, files opened anew: what each attempt sends. A file
    /// that cannot be opened any more is refused, naming its parameter.
    pub fn reader(&self) -> Result<FormReader<'r>, Error> {
        let mut pieces = Vec::with_capacity(self.parts.len() * 3 + 1);
        for part in self.parts {
            pieces.push(Piece::Owned(self.head(part).into_bytes()));
            pieces.push(match &part.content {
                Content::Text(text) => Piece::Borrowed(text.as_bytes()),
                Content::File(file) => match &file.source {
                    Upload::Bytes(bytes) => Piece::Borrowed(bytes),
                    Upload::Path(path, len) => {
                        let opened = std::fs::File::open(path.as_ref()).map_err(|e| {
                            Error::invalid(
                                file.param,
                                format!("cannot open {} ({e})", path.display()),
                            )
                        })?;
                        Piece::File(opened, *len, file.param)
                    }
                    Upload::Remote(text) => Piece::Borrowed(text.as_bytes()),
                },
            });
            pieces.push(Piece::Owned(b"\r\n".to_vec()));
        }
        pieces.push(Piece::Owned(self.tail().into_bytes()));
        pieces.reverse();
        Ok(FormReader {
            pieces,
            offset: 0,
            failed: None,
        })
    }

    fn head(&self, part: &Part) -> String {
        let mut head = format!(
            "--{}\r\nContent-Disposition: form-data; name=\"{}\"",
            self.boundary,
            escape(&part.name)
        );
        if let Content::File(file) = &part.content {
            head += &format!(
                "; filename=\"{}\"\r\nContent-Type: {}",
                escape(&file.file_name),
                file.content_type
            );
        }
        head + "\r\n\r\n"
    }

    fn tail(&self) -> String {
        format!("--{}--\r\n", self.boundary)
    }
}

/// The parts for a person to read (oint's `--debug`): a line per text field, and each
/// file by name, type and size rather than its bytes.
pub fn outline(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(&part.name);
        out.push_str(": ");
        match &part.content {
            Content::Text(text) => out.push_str(text),
            Content::File(file) => {
                out.push_str("file \"");
                out.push_str(&escape(&file.file_name));
                out.push_str("\", ");
                out.push_str(file.content_type);
                out.push_str(", ");
                out.push_str(&file.len().to_string());
                out.push_str(" bytes");
            }
        }
        out.push('\n');
    }
    out
}

/// A name inside a quoted header parameter, as browsers write it (WHATWG's
/// multipart/form-data encoding): `"`, CR and LF percent-encoded.
fn escape(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

enum Piece<'r> {
    Owned(Vec<u8>),
    Borrowed(&'r [u8]),
    /// An open file and the bytes still to send of it.
    File(std::fs::File, u64, &'static str),
}

/// The body as a reader, which ureq pulls from as it writes. A file that fails to read,
/// or ends before the size it had when the request was prepared, stops the body; the
/// failure is kept for [`FormReader::failure`], so that the caller learns which
/// parameter's file it was rather than a network error.
pub struct FormReader<'r> {
    /// Last piece first.
    pieces: Vec<Piece<'r>>,
    /// How far into the last piece (for bytes in memory).
    offset: usize,
    failed: Option<Error>,
}

impl<'r> FormReader<'r> {
    /// A body of `bytes` alone (a JSON body), read through the same reader as a form,
    /// so that ureq needs one kind of reader.
    pub fn bytes(bytes: &'r [u8]) -> FormReader<'r> {
        FormReader {
            pieces: vec![Piece::Borrowed(bytes)],
            offset: 0,
            failed: None,
        }
    }

    /// Why a file stopped the body, if one did.
    pub fn failure(&mut self) -> Option<Error> {
        self.failed.take()
    }
}

impl Read for FormReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while let Some(piece) = self.pieces.last_mut() {
            let n = match piece {
                Piece::Owned(bytes) => copy(&bytes[self.offset..], buf),
                Piece::Borrowed(bytes) => copy(&bytes[self.offset..], buf),
                Piece::File(file, left, param) => {
                    if *left == 0 {
                        0
                    } else {
                        let want = buf.len().min(usize::try_from(*left).unwrap_or(usize::MAX));
                        let got = match file.read(&mut buf[..want]) {
                            Ok(0) => Err(io::Error::new(
                                io::ErrorKind::UnexpectedEof,
                                "the file became shorter while it was being sent",
                            )),
                            other => other,
                        };
                        match got {
                            Ok(n) => {
                                *left -= n as u64;
                                return Ok(n);
                            }
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            Err(e) => {
                                let why = format!("the file could not be read while sending ({e})");
                                self.failed = Some(Error::invalid(param, why));
                                return Err(e);
                            }
                        }
                    }
                }
            };
            if n > 0 || buf.is_empty() {
                self.offset += n;
                return Ok(n);
            }
            self.pieces.pop();
            self.offset = 0;
        }
        Ok(0)
    }
}

fn copy(from: &[u8], to: &mut [u8]) -> usize {
    let n = from.len().min(to.len());
    to[..n].copy_from_slice(&from[..n]);
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;
    use std::path::Path;

    fn parts(path: &Path, len: u64) -> Vec<Part<'static>> {
        vec![
            Part {
                name: "chat_id".into(),
                content: Content::Text("@c".into()),
            },
            Part {
                name: "document".into(),
                content: Content::File(FilePart {
                    param: "Document",
                    file_name: "a \"b\".txt".into(),
                    content_type: "text/plain",
                    source: Upload::Path(Cow::Owned(path.to_path_buf()), len),
                }),
            },
            Part {
                name: "photo".into(),
                content: Content::File(FilePart {
                    param: "Image",
                    file_name: "photo".into(),
                    content_type: "application/octet-stream",
                    source: Upload::Bytes(b"\x00\x01"),
                }),
            },
        ]
    }

    #[test]
    fn the_body_is_as_long_as_announced_and_reads_the_same_twice() {
        let path = std::env::temp_dir().join(format!("opi-form-{}", std::process::id()));
        std::fs::write(&path, b"hello").unwrap();
        let parts = parts(&path, 5);
        let form = Form::new(&parts);
        let read = || {
            let mut body = Vec::new();
            form.reader().unwrap().read_to_end(&mut body).unwrap();
            body
        };
        let body = read();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(body.len() as u64, form.len());
        let b = &form.boundary;
        let expected = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n@c\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"a %22b%22.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo\"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01\r\n\
             --{b}--\r\n"
        );
        assert_eq!(String::from_utf8(body).unwrap(), expected);
        assert!(
            form.reader().is_err(),
            "a file gone since is refused when opened"
        );
    }

    #[test]
    fn a_file_that_shrank_stops_the_body_and_names_its_parameter() {
        let path = std::env::temp_dir().join(format!("opi-shrank-{}", std::process::id()));
        std::fs::write(&path, b"hi").unwrap();
        let parts = parts(&path, 5);
        let form = Form::new(&parts);
        let mut reader = form.reader().unwrap();
        assert!(reader.read_to_end(&mut Vec::new()).is_err());
        std::fs::remove_file(&path).unwrap();
        assert_eq!(reader.failure().unwrap().parameter, Some("Document"));
    }
}
