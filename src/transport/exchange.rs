//! One call's exchange with the Bot API: the request, the one silent retry on a stale
//! pooled connection, the wait for a 429, the body limit, and judging the answer.
//!
//! Creating a link is not idempotent, so the only silent retry is for a request whose
//! write failed on a pooled connection: the server cannot have received it whole.

use std::time::{Duration, Instant};

use crate::error::{Error, ErrorKind};
use crate::transport::client::Client;
use crate::transport::diagnosis::{closed_by_peer, diagnose, redacted};
use crate::transport::envelope::Envelope;
use crate::transport::wire::Wire;
use crate::values::token::Token;

/// Bot API answers are small; a body larger than this is not a Bot API answer, and
/// reading it could exhaust a host's memory.
pub const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;

/// Sends one Bot API request and returns the answer as Telegram sent it: a document
/// saying `"ok":true`, or the `Telegram` error holding one that says `"ok":false`.
///
/// A 429 whose `retry_after` fits within `max_retry_after_s` and the call's remaining
/// time is waited out and sent once more.
///
/// `held` is how long the server may keep the request before it answers (getUpdates'
/// long poll): the call's time is `timeout_ms` plus that, so that a poll longer than
/// `timeout_ms` is not cut short, and one the server never answers still ends.
pub fn post(
    client: &Client,
    token: &Token,
    bot_method: &str,
    body: &[u8],
    held: Duration,
) -> Result<String, Error> {
    let deadline = Instant::now() + client.settings.timeout + held;
    let url = client.url(token.as_url_segment(), bot_method);
    let first = if held.is_zero() {
        Budget::Whole
    } else {
        Budget::Rest
    };
    let answer = exchange(client, &url, body, first, deadline, token)?;
    let wait = answer.retry_after.map(Duration::from_secs);
    match wait {
        // max_retry_after_s 0 means never, even for a 429 that asks for no wait. The wait
        // must end before the deadline (whether `<` or `<=`, an instant apart, changes
        // nothing a test or a caller could see).
        Some(wait)
            if !client.settings.max_retry_after.is_zero()
                && wait <= client.settings.max_retry_after
                && Instant::now() + wait < deadline =>
        {
            std::thread::sleep(wait);
            exchange(client, &url, body, Budget::Rest, deadline, token)?.into_result()
        }
        _ => answer.into_result(),
    }
}

/// How much time an attempt has.
#[derive(Clone, Copy)]
enum Budget {
    /// The first attempt of a call: the agent's own `timeout_global`, which is the whole
    /// `timeout_ms`. A request-level timeout would do the same, but ureq then builds the
    /// TLS configuration (and the platform verifier reads the trust store) afresh for
    /// every new connection instead of once per agent.
    Whole,
    /// A later attempt of the same call, or a held one's first: what is left of the
    /// call's time.
    Rest,
}

/// A Bot API JSON document as received, and what it says about retrying.
#[derive(Debug)]
struct Answer {
    text: String,
    retry_after: Option<u64>,
    envelope: Envelope,
}

impl Answer {
    /// Telegram's document when it says `"ok":true`; a refusal is the error that keeps it.
    fn into_result(self) -> Result<String, Error> {
        match self.envelope.ok {
            Some(true) => Ok(self.text),
            _ => Err(Error::telegram(
                self.text,
                self.envelope.error_code,
                self.envelope.description,
            )),
        }
    }
}

/// What came back over HTTP, before it is judged.
struct Received {
    status: u16,
    content_type: String,
    /// The `Content-Encoding` the server claims; libopi asks for none and decodes none.
    content_encoding: Option<String>,
    body: Body,
}

/// What was read of an answer's body.
enum Body {
    Read(Vec<u8>),
    /// Larger than [`MAX_BODY_BYTES`], and so not read.
    TooLarge,
    /// Its HTTP framing could not be read (a chunk size that is not a number): why.
    Broken(String),
}

/// One request, sent a second time only when it is certain the server did not receive
/// it: writing it on a pooled connection failed because the server had closed that
/// connection. (ureq itself discards a pooled connection found closed before the
/// request.) Once the request is written, a closed connection may mean the server acted
/// on it, so it goes back to the caller and is never resent.
fn exchange(
    client: &Client,
    url: &str,
    body: &[u8],
    budget: Budget,
    deadline: Instant,
    token: &Token,
) -> Result<Answer, Error> {
    Wire::start();
    let mut received = send(client, url, body, budget, deadline);
    let wire = Wire::get();
    if matches!(&received, Err(e) if closed_by_peer(e)) && wire.write_failed && !wire.opened {
        Wire::start();
        received = send(client, url, body, Budget::Rest, deadline);
    }
    let answer = match received {
        Ok(received) => judge(&client.server, received),
        Err(e) => Err(diagnose(client, e, Wire::get())),
    };
    answer.map_err(|e| redacted(client, token, e))
}

fn send(
    client: &Client,
    url: &str,
    body: &[u8],
    budget: Budget,
    deadline: Instant,
) -> Result<Received, ureq::Error> {
    let request = client
        .agent
        .post(url)
        .header("Content-Type", "application/json");
    let response = match budget {
        Budget::Whole => request.send(body)?,
        Budget::Rest => {
            let remaining = deadline.saturating_duration_since(Instant::now());
            request
                .config()
                .timeout_global(Some(remaining))
                .build()
                .send(body)?
        }
    };
    receive(response)
}

/// Reads an answer as a Bot API document, holding no more than [`MAX_BODY_BYTES`].
fn receive(mut response: ureq::http::Response<ureq::Body>) -> Result<Received, ureq::Error> {
    let status = response.status().as_u16();
    let header = |name: &str| {
        let value = response.headers().get(name)?.to_str().ok()?;
        Some(value.trim().to_string())
    };
    let content_type = header("content-type").unwrap_or_else(|| "no content type".into());
    let content_encoding = header("content-encoding")
        .filter(|encoding| !encoding.is_empty() && !encoding.eq_ignore_ascii_case("identity"));
    // A body announced as too large is refused unread; one without a length is cut
    // off at the limit. Either way no more than the limit is ever held.
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    let body = match announced {
        Some(length) if length > MAX_BODY_BYTES => Body::TooLarge,
        _ => match response
            .body_mut()
            .with_config()
            .limit(MAX_BODY_BYTES)
            .read_to_vec()
        {
            Ok(body) => Body::Read(body),
            Err(ureq::Error::BodyExceedsLimit(_)) => Body::TooLarge,
            // The server answered, and the answer is broken: not a failure of the
            // network, which a timeout or a closed connection would be.
            Err(ureq::Error::Protocol(why)) => Body::Broken(why.to_string()),
            Err(e) => return Err(e),
        },
    };
    Ok(Received {
        status,
        content_type,
        content_encoding,
        body,
    })
}

/// How a download went wrong, before it is told as an [`Error`].
enum Failed {
    /// On the way: a failure ureq reports, told by `diagnose`.
    Exchange(ureq::Error),
    /// The server answered with something else than the file: Telegram's refusal, or
    /// anything else, judged as an answer.
    Answered(Received),
    /// The file is larger than the limit.
    TooLarge(u64),
    /// Writing what arrived failed: why.
    Writing(std::io::Error),
}

/// Fetches the file at getFile's `file_path` into `out`, reading and writing it a
/// piece at a time, so that memory stays bounded whatever its size. A file over
/// `limit` bytes is refused, announced or not. The GET has its own `timeout_ms`; a
/// failure is told as a call's would be (Telegram's refusal as its document, the rest
/// as the library's kinds), with the token redacted. Returns the bytes written.
pub fn download(
    client: &Client,
    token: &Token,
    file_path: &str,
    limit: u64,
    out: &mut dyn std::io::Write,
) -> Result<u64, Error> {
    let url = client.file_url(token.as_url_segment(), file_path);
    Wire::start();
    let error = match fetch(client, &url, limit, out) {
        Ok(written) => return Ok(written),
        Err(Failed::Exchange(e)) => diagnose(client, e, Wire::get()),
        Err(Failed::Answered(received)) => match judge(&client.server, received) {
            Ok(answer) => match answer.into_result() {
                Err(refusal) => refusal,
                Ok(_) => Error::bad_response(
                    200,
                    format!(
                        "{} answered a file download with a Bot API document",
                        client.server
                    ),
                ),
            },
            Err(e) => e,
        },
        Err(Failed::TooLarge(limit)) => Error::bad_response(
            200,
            format!(
                "{} sent a file larger than {} MiB, more than it serves",
                client.server,
                limit >> 20
            ),
        ),
        Err(Failed::Writing(e)) => Error::new(
            ErrorKind::File,
            format!("the file could not be written: {e}"),
        ),
    };
    Err(redacted(client, token, error))
}

fn fetch(
    client: &Client,
    url: &str,
    limit: u64,
    out: &mut dyn std::io::Write,
) -> Result<u64, Failed> {
    let mut response = client.agent.get(url).call().map_err(Failed::Exchange)?;
    if response.status() != 200 {
        return Err(Failed::Answered(
            receive(response).map_err(Failed::Exchange)?,
        ));
    }
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit) {
        return Err(Failed::TooLarge(limit));
    }
    let mut body = response.body_mut().with_config().limit(limit).reader();
    let mut piece = vec![0u8; 64 * 1024];
    let mut written = 0;
    loop {
        let n = match std::io::Read::read(&mut body, &mut piece) {
            Ok(0) => return Ok(written),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(match ureq::Error::from(e) {
                    ureq::Error::BodyExceedsLimit(_) => Failed::TooLarge(limit),
                    e => Failed::Exchange(e),
                });
            }
        };
        out.write_all(&piece[..n]).map_err(Failed::Writing)?;
        written += n as u64;
    }
}

/// Passes a Bot API JSON document through untouched, whatever the HTTP status;
/// anything else is a `bad_response`.
fn judge(server: &str, received: Received) -> Result<Answer, Error> {
    let Received {
        status,
        content_type,
        content_encoding,
        body,
    } = received;
    let refused = |what: String| {
        Error::bad_response(
            status,
            format!("{server} answered HTTP {status} with {what}"),
        )
    };
    let body = match body {
        Body::Read(body) => body,
        Body::TooLarge => {
            return Err(refused(format!(
                "a body over {} MiB, which is not a Bot API answer",
                MAX_BODY_BYTES >> 20
            )));
        }
        Body::Broken(why) => {
            return Err(refused(format!(
                "a body that cannot be read as HTTP/1.1 ({why}); check api_url and any \
                 proxy in between"
            )));
        }
    };
    // Bytes in an encoding are not the document, whatever they look like.
    if let Some(encoding) = content_encoding {
        return Err(refused(format!(
            "a body in {encoding} encoding, which libopi does not ask for, instead of a Bot \
             API JSON document; check api_url and any proxy in between"
        )));
    }
    let envelope = Envelope::read(&body);
    let (Some(envelope), Ok(text)) = (envelope, String::from_utf8(body)) else {
        return Err(refused(format!(
            "{content_type} instead of a Bot API JSON document; check api_url and any proxy \
             in between"
        )));
    };
    let flood = status == 429 || envelope.error_code == Some(429);
    let retry_after = envelope.retry_after.filter(|_| flood);
    Ok(Answer {
        text,
        retry_after,
        envelope,
    })
}

/// Judges an answer as if `server` had sent it: the text passed through, and the
/// seconds to wait before the one resend. What the fuzzers read answers through.
pub fn judge_answer(
    server: &str,
    status: u16,
    content_type: &str,
    body: Option<Vec<u8>>,
) -> Result<(String, Option<u64>), Error> {
    let received = Received {
        status,
        content_type: content_type.to_string(),
        content_encoding: None,
        body: body.map_or(Body::TooLarge, Body::Read),
    };
    judge(server, received).map(|answer| (answer.text, answer.retry_after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const SERVER: &str = "http://127.0.0.1:1";
    const FLOOD: &str = r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"#;

    fn judged(status: u16, body: &str) -> Result<(String, Option<u64>), Error> {
        judge_answer(SERVER, status, "application/json", Some(body.into()))
    }

    #[test]
    fn a_bot_api_document_passes_through_whatever_the_status() {
        for status in [200, 400, 403, 429, 500] {
            assert_eq!(judged(status, FLOOD).unwrap().0, FLOOD);
        }
        let spaced = " { \"ok\" : true , \"result\" : [ 1 , 2 ] } \n";
        assert_eq!(judged(200, spaced).unwrap(), (spaced.to_string(), None));
    }

    #[test]
    fn the_wait_is_read_from_a_429_only() {
        // The HTTP status or the document's own error_code may say 429.
        assert_eq!(judged(429, FLOOD).unwrap().1, Some(3));
        assert_eq!(judged(200, FLOOD).unwrap().1, Some(3));
        let not_flood = FLOOD.replace("\"error_code\":429", "\"error_code\":400");
        assert_eq!(judged(429, &not_flood).unwrap().1, Some(3));
        assert_eq!(judged(400, &not_flood).unwrap().1, None);
        assert_eq!(judged(200, r#"{"ok":true,"result":true}"#).unwrap().1, None);
    }

    #[test]
    fn anything_else_is_a_bad_response_with_the_status() {
        let page = judge_answer(SERVER, 502, "text/html", Some(b"<html></html>".to_vec()));
        let e = page.unwrap_err();
        assert_eq!((e.kind, e.http_status), (ErrorKind::BadResponse, Some(502)));
        assert!(
            e.description
                .contains("HTTP 502 with text/html instead of a Bot API JSON document")
        );
        assert!(e.description.starts_with(SERVER), "{}", e.description);

        let e = judge_answer(SERVER, 200, "application/json", None).unwrap_err();
        assert_eq!((e.kind, e.http_status), (ErrorKind::BadResponse, Some(200)));
        assert!(
            e.description.contains("HTTP 200 with a body over 16 MiB"),
            "{}",
            e.description
        );

        // An answer in an encoding libopi did not ask for, or in broken framing.
        let received = |content_encoding: Option<&str>, body| Received {
            status: 200,
            content_type: "application/json".into(),
            content_encoding: content_encoding.map(Into::into),
            body,
        };
        let json = Body::Read(br#"{"ok":true,"result":true}"#.to_vec());
        let e = judge(SERVER, received(Some("gzip"), json)).unwrap_err();
        assert_eq!((e.kind, e.http_status), (ErrorKind::BadResponse, Some(200)));
        assert!(
            e.description.contains("in gzip encoding"),
            "{}",
            e.description
        );
        let broken = Body::Broken("chunk length cannot be read as a number".into());
        let e = judge(SERVER, received(None, broken)).unwrap_err();
        assert_eq!((e.kind, e.http_status), (ErrorKind::BadResponse, Some(200)));
        assert!(e.description.contains("cannot be read as HTTP/1.1"));

        // A Bot API document in bytes that are not UTF-8 cannot be handed on as text.
        let mut latin1 = br#"{"ok":true,"result":"caf"#.to_vec();
        latin1.extend([0xe9, b'"', b'}']);
        let e = judge_answer(SERVER, 200, "application/json", Some(latin1)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::BadResponse);
    }
}
