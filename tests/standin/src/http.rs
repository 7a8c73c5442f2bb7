//! The HTTP/1.1 wire format, as much of it as Bot API clients use.
//!
//! Reading is bounded everywhere: the stand-in listens on loopback only, but
//! it is also run by test suites that deliberately feed it garbage, and a
//! runaway client must not take the test machine's memory with it.

use std::io::{self, BufRead, Read, Write};

/// Largest request line plus header block accepted.
pub const MAX_HEAD: usize = 64 * 1024;
/// Largest request body accepted, however it is framed.
pub const MAX_BODY: u64 = 32 * 1024 * 1024;
/// Chunk-size lines carry nothing but a length and ignorable extensions.
const MAX_CHUNK_LINE: usize = 4 * 1024;

pub struct Request {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Whether the client allows the connection to carry another request.
    pub keep_alive: bool,
}

#[derive(Debug)]
pub enum ReadError {
    /// The peer went away (or the socket was shut down) mid-request; there is
    /// nobody left to answer.
    Gone,
    /// Answer 400 and close: the stream can no longer be trusted to be in
    /// step with request boundaries.
    Malformed,
    /// Answer 413 and close, without reading the rest.
    TooLarge,
}

impl From<io::Error> for ReadError {
    fn from(_: io::Error) -> Self {
        ReadError::Gone
    }
}

/// Reads one request. `interim` receives the `100 Continue` a client asks for
/// before sending its body; curl does that for large uploads and would
/// otherwise pause for a second on every one.
pub fn read_request(
    reader: &mut impl BufRead,
    interim: &mut impl Write,
) -> Result<Request, ReadError> {
    let mut budget = MAX_HEAD;

    // RFC 9112 asks servers to tolerate stray empty lines between requests.
    let request_line = loop {
        let line = read_line(reader, &mut budget)?;
        if !line.is_empty() {
            break line;
        }
    };
    let (method, target, minor) = parse_request_line(&request_line)?;

    let mut headers = Vec::new();
    loop {
        let line = read_line(reader, &mut budget)?;
        if line.is_empty() {
            break;
        }
        headers.push(parse_header(&line)?);
    }

    let framing = framing(&headers)?;
    let expects_continue = minor >= 1
        && header_value(&headers, "expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue"));
    if expects_continue && !matches!(framing, Framing::Length(0)) {
        interim.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
    }
    let body = match framing {
        Framing::Length(len) => read_exact_body(reader, len)?,
        Framing::Chunked => read_chunked_body(reader)?,
    };

    let keep_alive = keeps_alive(&headers, minor);
    Ok(Request {
        method,
        target,
        headers,
        body,
        keep_alive,
    })
}

/// Returns one line without its terminator, charging it to `budget`.
fn read_line(reader: &mut impl BufRead, budget: &mut usize) -> Result<Vec<u8>, ReadError> {
    let mut line = Vec::new();
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Err(ReadError::Gone);
        }
        let (taken, done) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        if taken > *budget {
            return Err(ReadError::TooLarge);
        }
        *budget -= taken;
        line.extend_from_slice(&available[..taken]);
        reader.consume(taken);
        if done {
            break;
        }
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    // A bare CR is how request smuggling through lenient parsers starts.
    if line.contains(&b'\r') {
        return Err(ReadError::Malformed);
    }
    Ok(line)
}

fn parse_request_line(line: &[u8]) -> Result<(String, String, u8), ReadError> {
    let text = std::str::from_utf8(line).map_err(|_| ReadError::Malformed)?;
    let mut parts = text.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Malformed);
    };
    if !is_token(method) || target.is_empty() || target.bytes().any(|b| b <= b' ' || b == 0x7f) {
        return Err(ReadError::Malformed);
    }
    let minor = match version {
        "HTTP/1.1" => 1,
        "HTTP/1.0" => 0,
        _ => return Err(ReadError::Malformed),
    };
    Ok((method.to_owned(), target.to_owned(), minor))
}

fn parse_header(line: &[u8]) -> Result<(String, String), ReadError> {
    let colon = line
        .iter()
        .position(|&b| b == b':')
        .ok_or(ReadError::Malformed)?;
    let name = std::str::from_utf8(&line[..colon]).map_err(|_| ReadError::Malformed)?;
    // Rejecting whitespace before the colon also rejects obsolete line
    // folding, whose continuation lines start with whitespace.
    if !is_token(name) {
        return Err(ReadError::Malformed);
    }
    let value = line[colon + 1..].trim_ascii();
    if value.iter().any(|&b| b == 0 || b == b'\n') {
        return Err(ReadError::Malformed);
    }
    Ok((name.to_owned(), String::from_utf8_lossy(value).into_owned()))
}

fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

pub fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn header_tokens<'a>(
    headers: &'a [(String, String)],
    name: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    headers
        .iter()
        .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

enum Framing {
    Length(u64),
    Chunked,
}

fn framing(headers: &[(String, String)]) -> Result<Framing, ReadError> {
    let codings: Vec<&str> = header_tokens(headers, "transfer-encoding").collect();
    let lengths: Vec<&str> = header_tokens(headers, "content-length").collect();

    if !codings.is_empty() {
        // Both framings at once is the classic smuggling vector; only a
        // lone `chunked` is a coding this server can undo.
        if !lengths.is_empty() || codings.len() != 1 || !codings[0].eq_ignore_ascii_case("chunked")
        {
            return Err(ReadError::Malformed);
        }
        return Ok(Framing::Chunked);
    }

    let blank_length = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("content-length") && v.trim().is_empty());
    if blank_length {
        return Err(ReadError::Malformed);
    }
    let mut declared = None;
    for text in lengths {
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ReadError::Malformed);
        }
        // Longer than any u64 yet all digits: certainly over the limit.
        let len = text.parse::<u64>().map_err(|_| ReadError::TooLarge)?;
        if declared.is_some_and(|d| d != len) {
            return Err(ReadError::Malformed);
        }
        declared = Some(len);
    }
    let len = declared.unwrap_or(0);
    if len > MAX_BODY {
        return Err(ReadError::TooLarge);
    }
    Ok(Framing::Length(len))
}

fn read_exact_body(reader: &mut impl BufRead, len: u64) -> Result<Vec<u8>, ReadError> {
    // Grown as bytes arrive rather than reserved up front, so a client that
    // declares a large body but never sends it costs nothing.
    let mut body = Vec::new();
    reader.take(len).read_to_end(&mut body)?;
    if (body.len() as u64) < len {
        return Err(ReadError::Gone);
    }
    Ok(body)
}

fn read_chunked_body(reader: &mut impl BufRead) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    loop {
        let mut line_budget = MAX_CHUNK_LINE;
        let line = read_line(reader, &mut line_budget).map_err(|e| match e {
            ReadError::TooLarge => ReadError::Malformed,
            other => other,
        })?;
        let size_text = match line.iter().position(|&b| b == b';') {
            Some(at) => &line[..at],
            None => &line[..],
        }
        .trim_ascii();
        if size_text.is_empty() || !size_text.iter().all(u8::is_ascii_hexdigit) {
            return Err(ReadError::Malformed);
        }
        let size = size_text.iter().try_fold(0u64, |acc, &digit| {
            let value = (digit as char).to_digit(16).unwrap_or(0) as u64;
            acc.checked_mul(16).and_then(|a| a.checked_add(value))
        });
        let size = size.ok_or(ReadError::TooLarge)?;
        if size == 0 {
            break;
        }
        if body.len() as u64 + size > MAX_BODY {
            return Err(ReadError::TooLarge);
        }
        let before = body.len();
        reader.take(size).read_to_end(&mut body)?;
        if ((body.len() - before) as u64) < size {
            return Err(ReadError::Gone);
        }
        let mut crlf_budget = 2;
        if !read_line(reader, &mut crlf_budget)
            .map_err(|_| ReadError::Malformed)?
            .is_empty()
        {
            return Err(ReadError::Malformed);
        }
    }
    // Trailers carry nothing this server uses; skip them up to the blank
    // line that ends the message.
    let mut trailer_budget = MAX_HEAD;
    while !read_line(reader, &mut trailer_budget)?.is_empty() {}
    Ok(body)
}

fn keeps_alive(headers: &[(String, String)], minor: u8) -> bool {
    let mut close = false;
    let mut keep = false;
    for token in header_tokens(headers, "connection") {
        close |= token.eq_ignore_ascii_case("close");
        keep |= token.eq_ignore_ascii_case("keep-alive");
    }
    !close && (minor >= 1 || keep)
}

pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json(status: u16, body: String) -> Response {
        Response {
            status,
            content_type: "application/json",
            body: body.into_bytes(),
        }
    }

    /// The whole response in one buffer, so it leaves in a single write and
    /// Nagle's algorithm never holds back a tail segment.
    pub fn encode(&self, keep_alive: bool, with_body: bool) -> Vec<u8> {
        let head = format!(
            "HTTP/1.1 {} {}\r\nServer: opi-standin\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: {}\r\n\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len(),
            if keep_alive { "keep-alive" } else { "close" },
        );
        let mut out = head.into_bytes();
        if with_body {
            out.extend_from_slice(&self.body);
        }
        out
    }
}

/// A stored file of `len` bytes (`crate::file_byte`), written in pieces as they are
/// made, so that neither side needs the whole file in memory.
pub fn write_file(
    out: &mut impl Write,
    len: u64,
    keep_alive: bool,
    with_body: bool,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 200 OK\r\nServer: opi-standin\r\nContent-Type: application/octet-stream\r\nContent-Length: {len}\r\nConnection: {}\r\n\r\n",
        if keep_alive { "keep-alive" } else { "close" },
    );
    out.write_all(head.as_bytes())?;
    if !with_body {
        return Ok(());
    }
    let mut piece = vec![0u8; 64 * 1024];
    let mut offset = 0;
    while offset < len {
        let n = piece.len().min((len - offset) as usize);
        for (i, byte) in piece[..n].iter_mut().enumerate() {
            *byte = crate::file_byte(offset + i as u64);
        }
        out.write_all(&piece[..n])?;
        offset += n as u64;
    }
    out.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        502 => "Bad Gateway",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &[u8]) -> Result<Request, ReadError> {
        let mut interim = Vec::new();
        read_request(&mut io::BufReader::new(raw), &mut interim)
    }

    #[test]
    fn content_length_body() {
        let req = parse(b"POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabcdef").unwrap();
        assert_eq!(req.method, "POST");
        assert_eq!(req.target, "/x");
        assert_eq!(req.body, b"abc");
        assert!(req.keep_alive);
    }

    #[test]
    fn chunked_body_with_extensions_and_trailers() {
        let req = parse(
            b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\n",
        )
        .unwrap();
        assert_eq!(req.body, b"abc0123456789");
    }

    #[test]
    fn http10_closes_unless_asked() {
        assert!(!parse(b"GET / HTTP/1.0\r\n\r\n").unwrap().keep_alive);
        assert!(
            parse(b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
                .unwrap()
                .keep_alive
        );
        assert!(
            !parse(b"GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n")
                .unwrap()
                .keep_alive
        );
    }

    #[test]
    fn malformed_heads() {
        for raw in [
            &b"GARBAGE\r\n\r\n"[..],
            b"GET / HTTP/2.0\r\n\r\n",
            b"GET  / HTTP/1.1\r\n\r\n",
            b"GET / HTTP/1.1\r\nNo colon\r\n\r\n",
            b"GET / HTTP/1.1\r\nName : v\r\n\r\n",
            b"GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n",
            b"GET / HTTP/1.1\r\nA: b\rc\r\n\r\n",
            b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
            b"POST / HTTP/1.1\r\nContent-Length:\r\n\r\n",
            b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            b"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n",
        ] {
            assert!(
                matches!(parse(raw), Err(ReadError::Malformed)),
                "{:?}",
                String::from_utf8_lossy(raw)
            );
        }
    }

    #[test]
    fn oversized_requests() {
        let mut head = b"GET / HTTP/1.1\r\nX: ".to_vec();
        head.resize(MAX_HEAD + 10, b'a');
        head.extend_from_slice(b"\r\n\r\n");
        assert!(matches!(parse(&head), Err(ReadError::TooLarge)));

        let raw = format!(
            "POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            MAX_BODY + 1
        );
        assert!(matches!(parse(raw.as_bytes()), Err(ReadError::TooLarge)));
        let raw = b"POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n";
        assert!(matches!(parse(raw), Err(ReadError::TooLarge)));
        let raw = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2000001\r\n";
        assert!(matches!(parse(raw), Err(ReadError::TooLarge)));
    }

    #[test]
    fn truncated_body_means_gone() {
        let raw = b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc";
        assert!(matches!(parse(raw), Err(ReadError::Gone)));
    }

    #[test]
    fn continue_is_sent_only_when_asked() {
        let raw = b"POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\na";
        let mut interim = Vec::new();
        read_request(&mut io::BufReader::new(&raw[..]), &mut interim).unwrap();
        assert_eq!(interim, b"HTTP/1.1 100 Continue\r\n\r\n");

        let raw = b"POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\na";
        let mut interim = Vec::new();
        read_request(&mut io::BufReader::new(&raw[..]), &mut interim).unwrap();
        assert!(interim.is_empty());
    }
}
