//! Files that came up in `multipart/form-data`, and what the stand-in remembers of them.
//!
//! A file part is streamed to disk as it is read, never held whole: a test may send
//! tens of megabytes. Each upload is a [`Part`] of the request that carried it (name,
//! file name, content type, size and an FNV-1a checksum, and its bytes when small) and,
//! once a Bot API method accepted it, a [`Stored`] file with a `file_id` and a
//! `file_path`: `getFile` answers that `file_path`, and `GET /file/bot<token>/<file_path>`
//! serves the bytes back. The files live in a directory of their own under the system's
//! temporary directory, removed when the stand-in stops.

use std::fs::{self, File};
use std::io::{self, BufRead, Read, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::http::ReadError;

/// A part's bytes are kept in [`Part::data`] up to this size; larger files only on disk.
pub const KEEP_IN_MEMORY: u64 = 1024 * 1024;
/// Largest multipart body accepted: a local Bot API server's 2000 MB and the fields.
pub const MAX_MULTIPART: u64 = 2100 * 1024 * 1024;

/// One part of a `multipart/form-data` request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The form field.
    pub name: String,
    /// `filename` of its `Content-Disposition`; `None` for a text field.
    pub file_name: Option<String>,
    /// Its `Content-Type` header, if it had one.
    pub content_type: Option<String>,
    /// Its size in bytes.
    pub len: u64,
    /// The FNV-1a 64 checksum of its bytes ([`checksum`]).
    pub checksum: u64,
    /// Its bytes, when no more than [`KEEP_IN_MEMORY`].
    pub data: Vec<u8>,
    /// Where a file part's bytes are on disk.
    pub(crate) saved: Option<PathBuf>,
}

impl Part {
    /// A text field's value.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
}

/// FNV-1a 64 of `bytes`, as [`Part::checksum`] is computed: enough to tell a file sent
/// whole from one cut or changed, without keeping its bytes.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut hash = Fnv::default();
    hash.write(bytes);
    hash.0
}

/// FNV-1a 64 of a whole reader, for comparing a large file with [`Part::checksum`].
pub fn checksum_of(mut reader: impl Read) -> io::Result<(u64, u64)> {
    let mut hash = Fnv::default();
    let mut buf = vec![0u8; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Ok((hash.0, len));
        }
        hash.write(&buf[..n]);
        len += n as u64;
    }
}

struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A file a Bot API method accepted.
#[derive(Clone, Debug)]
pub struct Stored {
    pub file_id: String,
    pub file_unique_id: String,
    /// What `getFile` answers, such as `documents/file_3.pdf`.
    pub file_path: String,
    pub file_name: String,
    pub mime_type: String,
    pub size: u64,
    saved: PathBuf,
}

/// The uploads of one stand-in.
pub struct Store {
    dir: PathBuf,
    next: AtomicU64,
    files: Mutex<Vec<Stored>>,
}

static STORES: AtomicU64 = AtomicU64::new(0);

impl Default for Store {
    fn default() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "opi-standin-{}-{}",
            std::process::id(),
            STORES.fetch_add(1, Ordering::SeqCst)
        ));
        Store {
            dir,
            next: AtomicU64::new(1),
            files: Mutex::new(Vec::new()),
        }
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

impl Store {
    fn create(&self) -> io::Result<(PathBuf, File)> {
        fs::create_dir_all(&self.dir)?;
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        let path = self.dir.join(format!("part-{n}"));
        let file = File::create(&path)?;
        Ok((path, file))
    }

    /// Keeps `part` as a file Telegram accepted, in the folder Telegram files its kind
    /// under (`documents`, `photos`, ...).
    pub fn keep(&self, part: &Part, folder: &str) -> Option<Stored> {
        let saved = part.saved.clone()?;
        let mut files = crate::server::lock(&self.files);
        let n = files.len() + 1;
        let name = part.file_name.clone().unwrap_or_default();
        let extension = name
            .rsplit_once('.')
            .map_or(String::new(), |(_, e)| format!(".{e}"));
        let stored = Stored {
            file_id: format!("BQACAgIAAxkBAAI{n:06}standin"),
            file_unique_id: format!("AgAD{n:04}"),
            file_path: format!("{folder}/file_{n}{extension}"),
            file_name: name,
            mime_type: part
                .content_type
                .clone()
                .unwrap_or_else(|| "application/octet-stream".into()),
            size: part.len,
            saved,
        };
        files.push(stored.clone());
        Some(stored)
    }

    /// A file kept earlier, by its `file_id`.
    pub fn by_id(&self, file_id: &str) -> Option<Stored> {
        crate::server::lock(&self.files)
            .iter()
            .find(|f| f.file_id == file_id)
            .cloned()
    }

    /// The bytes of a file kept earlier, by the `file_path` `getFile` gave.
    pub fn open(&self, file_path: &str) -> Option<(File, u64)> {
        let stored = crate::server::lock(&self.files)
            .iter()
            .find(|f| f.file_path == file_path)
            .cloned()?;
        Some((File::open(&stored.saved).ok()?, stored.size))
    }

    /// Reads a `multipart/form-data` body of `len` bytes between `boundary`s, file parts
    /// streamed to disk.
    pub fn read_multipart(
        &self,
        reader: &mut impl BufRead,
        len: u64,
        boundary: &str,
    ) -> Result<Vec<Part>, ReadError> {
        let mut body = reader.take(len);
        let mut scanner = Scanner {
            reader: &mut body,
            buf: Vec::new(),
            pos: 0,
        };
        let first = format!("--{boundary}");
        // The preamble, if any, up to the first boundary.
        scanner.until(first.as_bytes(), &mut |_| Ok(()))?;
        let delimiter = format!("\r\n--{boundary}");
        let mut parts = Vec::new();
        loop {
            let after = scanner.take(2)?;
            if after == b"--" {
                return Ok(parts);
            }
            if after != b"\r\n" {
                return Err(ReadError::Malformed);
            }
            let mut head = Vec::new();
            scanner.until(b"\r\n\r\n", &mut |bytes| {
                head.extend_from_slice(bytes);
                if head.len() > 16 * 1024 {
                    return Err(ReadError::Malformed);
                }
                Ok(())
            })?;
            let (name, file_name, content_type) = part_head(&head)?;
            let mut saved = None;
            let mut file = None;
            if file_name.is_some() {
                let (path, f) = self.create().map_err(|_| ReadError::Gone)?;
                saved = Some(path);
                file = Some(io::BufWriter::new(f));
            }
            let (mut hash, mut size, mut data) = (Fnv::default(), 0u64, Vec::new());
            scanner.until(delimiter.as_bytes(), &mut |bytes| {
                hash.write(bytes);
                size += bytes.len() as u64;
                if size <= KEEP_IN_MEMORY {
                    data.extend_from_slice(bytes);
                } else {
                    data = Vec::new();
                }
                if let Some(file) = file.as_mut() {
                    file.write_all(bytes).map_err(|_| ReadError::Gone)?;
                }
                Ok(())
            })?;
            if let Some(mut file) = file {
                file.flush().map_err(|_| ReadError::Gone)?;
            }
            parts.push(Part {
                name,
                file_name,
                content_type,
                len: size,
                checksum: hash.0,
                data,
                saved,
            });
        }
    }
}

/// `name`, `filename` and `Content-Type` of a part's header block.
fn part_head(head: &[u8]) -> Result<(String, Option<String>, Option<String>), ReadError> {
    let head = std::str::from_utf8(head).map_err(|_| ReadError::Malformed)?;
    let (mut name, mut file_name, mut content_type) = (None, None, None);
    for line in head.split("\r\n") {
        let Some((field, value)) = line.split_once(':') else {
            return Err(ReadError::Malformed);
        };
        if field.eq_ignore_ascii_case("content-disposition") {
            let mut params = value.split(';').map(str::trim);
            if params.next() != Some("form-data") {
                return Err(ReadError::Malformed);
            }
            for param in params {
                let Some((key, quoted)) = param.split_once('=') else {
                    continue;
                };
                let unquoted = quoted
                    .strip_prefix('"')
                    .and_then(|q| q.strip_suffix('"'))
                    .unwrap_or(quoted)
                    .replace("%22", "\"")
                    .replace("%0D", "\r")
                    .replace("%0A", "\n");
                match key {
                    "name" => name = Some(unquoted),
                    "filename" => file_name = Some(unquoted),
                    _ => {}
                }
            }
        } else if field.eq_ignore_ascii_case("content-type") {
            content_type = Some(value.trim().to_string());
        }
    }
    Ok((name.ok_or(ReadError::Malformed)?, file_name, content_type))
}

/// Reads up to a delimiter, handing what comes before it on in pieces and keeping no
/// more than a read's worth plus the delimiter.
struct Scanner<'r, R> {
    reader: &'r mut R,
    buf: Vec<u8>,
    pos: usize,
}

impl<R: Read> Scanner<'_, R> {
    fn fill(&mut self) -> Result<bool, ReadError> {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let start = self.buf.len();
        self.buf.resize(start + 64 * 1024, 0);
        let n = self
            .reader
            .read(&mut self.buf[start..])
            .map_err(|_| ReadError::Gone)?;
        self.buf.truncate(start + n);
        Ok(n > 0)
    }

    fn take(&mut self, n: usize) -> Result<Vec<u8>, ReadError> {
        while self.buf.len() - self.pos < n {
            if !self.fill()? {
                return Err(ReadError::Malformed);
            }
        }
        let out = self.buf[self.pos..self.pos + n].to_vec();
        self.pos += n;
        Ok(out)
    }

    /// Hands `sink` everything before `delimiter` and consumes the delimiter.
    fn until(
        &mut self,
        delimiter: &[u8],
        sink: &mut dyn FnMut(&[u8]) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        loop {
            let window = &self.buf[self.pos..];
            if let Some(at) = window.windows(delimiter.len()).position(|w| w == delimiter) {
                sink(&window[..at])?;
                self.pos += at + delimiter.len();
                return Ok(());
            }
            // All but a delimiter's length may go: the delimiter may start in it.
            let safe = window.len().saturating_sub(delimiter.len() - 1);
            sink(&window[..safe])?;
            self.pos += safe;
            if !self.fill()? {
                return Err(ReadError::Malformed);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_read_with_names_files_and_checksums() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n@c\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"a %22b%22.txt\"\r\nContent-Type: text/plain\r\n\r\nhe\r\n--Xy llo\r\n--XyZ--\r\n";
        let store = Store::default();
        let parts = store
            .read_multipart(&mut io::BufReader::new(&body[..]), body.len() as u64, "XyZ")
            .unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(
            (parts[0].name.as_str(), parts[0].text()),
            ("chat_id", "@c".into())
        );
        assert_eq!(parts[0].file_name, None);
        let file = &parts[1];
        assert_eq!(file.file_name.as_deref(), Some("a \"b\".txt"));
        assert_eq!(file.content_type.as_deref(), Some("text/plain"));
        assert_eq!(file.data, b"he\r\n--Xy llo");
        assert_eq!(file.checksum, checksum(b"he\r\n--Xy llo"));
        let stored = store.keep(file, "documents").unwrap();
        let (mut f, size) = store.open(&stored.file_path).unwrap();
        let mut back = Vec::new();
        f.read_to_end(&mut back).unwrap();
        assert_eq!((back.as_slice(), size), (&b"he\r\n--Xy llo"[..], 12));
    }

    #[test]
    fn a_body_cut_short_is_malformed() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue";
        let store = Store::default();
        let read =
            store.read_multipart(&mut io::BufReader::new(&body[..]), body.len() as u64, "XyZ");
        assert!(matches!(read, Err(ReadError::Malformed)));
    }
}
