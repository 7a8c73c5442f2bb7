//! A loopback stand-in of the Telegram Bot API.
//!
//! libopi's tests, examples and benchmarks need a Bot API server that answers
//! the same way every time, needs no network or real bot, and can be made to
//! fail on demand. [`StandIn`] is a real HTTP/1.1 server on 127.0.0.1, so the
//! library is exercised through its actual transport: connection reuse,
//! status codes and raw response bytes all behave as they would against
//! Telegram.
//!
//! Faults are provoked by the `chat_id` of a `createChatInviteLink` call
//! (`"@no_such_chat"`, `"@flood"`, `"@flood_once"`, `"@flood_now"` and
//! `"@flood_now_in_200"` (a 429 with `retry_after` 0, the second in an HTTP
//! 200), `"@bad_gateway"`, `"@not_json"`, `"@stall"`, `"@hang_up"` (reads the
//! request and closes), `"@hang_up_mid_answer"` (sends the head of an answer
//! and closes)), so tests in any host language can trigger them through the
//! library alone.
//!
//! Files sent as `multipart/form-data` are streamed to a directory of the stand-in's
//! own and recorded as [`Part`]s; the send methods answer with the Message Telegram
//! would, `getFile` gives a kept file's `file_path`, and `GET /file/bot<token>/<path>`
//! serves its bytes (see `uploads.rs`).

mod bot;
mod http;
mod server;
#[cfg(feature = "tls")]
pub mod tls;
mod uploads;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

use server::{Shared, lock};
pub use uploads::{KEEP_IN_MEMORY, Part, checksum, checksum_of};

/// The one bot token the stand-in accepts; any other gets 401 Unauthorized.
pub const TOKEN: &str = "6129457865:AAFyzNYOAFbu-loopback-stand-in";
/// The bot's user id, which is also the numeric prefix of [`TOKEN`].
pub const BOT_ID: i64 = 6129457865;

/// A file of the store (getFile and `/file/bot<token>/<path>`): 256 bytes, 0 to 255.
pub const SMALL_FILE_ID: &str = "BQACAgIAAxkBAAIBSmall";
/// A file of the store of 1 MiB: a download that runs every step a large one does.
pub const MEDIUM_FILE_ID: &str = "BQACAgIAAxkBAAIBMedium";
/// A file of the store of 45 MiB, generated as it is sent.
pub const BIG_FILE_ID: &str = "BQACAgIAAxkBAAIBBig45";
/// A file getFile announces at 2100 MiB, more than even a local Bot API server serves.
pub const HUGE_FILE_ID: &str = "BAACAgIAAxkBAAIBHuge";

/// Byte `offset` of every stored file: a file of `n` bytes is the first `n` of this
/// sequence, which starts 0, 1, ..., 255 and does not repeat with a short period.
pub fn file_byte(offset: u64) -> u8 {
    (offset ^ (offset >> 8) ^ (offset >> 16) ^ (offset >> 24)) as u8
}

/// The invite link the stand-in hands out for the `number`th successful
/// `createChatInviteLink` on one [`StandIn`], counting from 1.
///
/// Links depend only on this count, so tests can predict the exact bytes of
/// an answer.
pub fn invite_link(number: u64) -> String {
    format!("https://t.me/+{}", bot::invite_code(number))
}

/// A running server. Dropping it stops accepting, closes every connection
/// (answering nothing further, releasing stalled requests) and returns
/// promptly.
pub struct StandIn {
    shared: Arc<Shared>,
    addr: SocketAddr,
    accept: Option<JoinHandle<()>>,
}

impl StandIn {
    /// Binds a port chosen by the OS on 127.0.0.1. The socket is listening
    /// when this returns, so connections made right away are queued, not
    /// refused.
    pub fn start() -> StandIn {
        let listener = TcpListener::bind("127.0.0.1:0")
            .unwrap_or_else(|e| panic!("opi-standin: cannot listen on 127.0.0.1: {e}"));
        let addr = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("opi-standin: cannot read the listening address: {e}"));
        let shared = Arc::new(Shared::default());
        let accepting = Arc::clone(&shared);
        let accept = thread::Builder::new()
            .name("opi-standin-accept".into())
            .spawn(move || server::accept_loop(listener, accepting))
            .unwrap_or_else(|e| panic!("opi-standin: cannot start the accept thread: {e}"));
        StandIn {
            shared,
            addr,
            accept: Some(accept),
        }
    }

    /// The base URL, `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Every request read in full so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.shared.log).kept.clone()
    }

    pub fn request_count(&self) -> usize {
        lock(&self.shared.log).count
    }

    /// From now on answers every request with `Connection: close` and closes, so each
    /// call needs a new connection, as against a server without keep-alive.
    pub fn close_after_each_answer(&self) {
        self.shared
            .close_each
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// From now on counts requests without keeping them (and drops those kept), so
    /// that a long load run measures the client's memory, not this log's.
    pub fn forget_requests(&self) {
        let mut log = lock(&self.shared.log);
        log.forget = true;
        log.kept = Vec::new();
    }

    /// Queues an update (a JSON object with its `update_id`) for getUpdates, answering
    /// at once a long poll that waits.
    pub fn queue_update(&self, update: serde_json::Value) {
        self.shared.bot.queue_update(update);
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared
            .accepted
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Closes, from the server side, every keep-alive connection that has
    /// been answered and is waiting for its next request, as a server's idle
    /// timeout would. Returns once those connections are closed, so a
    /// client's next request on one of them is certain to fail.
    pub fn close_idle(&self) {
        self.shared.close_idle();
    }

    /// Blocks until at least `n` requests have been recorded; false if
    /// `timeout` passed first. Useful for requests that get no answer.
    pub fn wait_for_requests(&self, n: usize, timeout: Duration) -> bool {
        let log = lock(&self.shared.log);
        let (log, _) = self
            .shared
            .logged
            .wait_timeout_while(log, timeout, |log| log.count < n)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        log.count >= n
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.shared.stop();
        // The accept thread is blocked in accept(); a connection of our own
        // is the std-only way to wake it so it can see the flag.
        let woke = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1)).is_ok();
        // Without the wake-up the join could block forever; the thread is
        // then left to exit at its next accept.
        if let Some(accept) = self.accept.take().filter(|_| woke) {
            let _ = accept.join();
        }
        self.shared.close_all();
        self.shared.wait_for_threads(Duration::from_secs(2));
    }
}

/// One request as the stand-in received it.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// The request method, e.g. `POST`.
    pub method: String,
    /// The request target exactly as on the request line, e.g.
    /// `/bot<token>/createChatInviteLink`.
    pub path: String,
    /// Header fields in order, names spelled as the client sent them.
    pub headers: Vec<(String, String)>,
    /// The body after undoing any chunked framing; empty for `multipart/form-data`,
    /// whose parts are in `parts`.
    pub body: Vec<u8>,
    /// The parts of a `multipart/form-data` body, in order (see [`Part`]).
    pub parts: Vec<Part>,
    /// The body of the stand-in's answer, byte for byte; empty when it gave none.
    pub response: Vec<u8>,
    /// Which TCP connection, counting from 1, carried the request.
    pub connection: usize,
}

impl Recorded {
    /// The first header with this name, compared case-insensitively as HTTP
    /// requires.
    pub fn header(&self, name: &str) -> Option<&str> {
        http::header_value(&self.headers, name)
    }

    /// The Bot API method named by the path, e.g. `createChatInviteLink`.
    pub fn bot_method(&self) -> Option<&str> {
        bot::split_path(&self.path).map(|(_, method)| method)
    }

    /// The part named `name`, of a multipart request.
    pub fn part(&self, name: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.name == name)
    }

    /// The request as one line of JSON and its newline, as `opi-standin --requests`
    /// writes it: `method`, `path`, `body`, and the `parts` of a multipart body
    /// (`name`, `file_name`, `content_type`, `len`, `checksum` as 16 hex digits of
    /// FNV-1a 64, `text` of a text field). The same call from any host gives the same
    /// line: a multipart body's random boundary is not in it.
    pub fn line(&self) -> String {
        let parts: Vec<serde_json::Value> = self
            .parts
            .iter()
            .map(|part| {
                serde_json::json!({
                    "name": part.name,
                    "file_name": part.file_name,
                    "content_type": part.content_type,
                    "len": part.len,
                    "checksum": format!("{:016x}", part.checksum),
                    "text": part.file_name.is_none().then(|| part.text()),
                })
            })
            .collect();
        let line = serde_json::json!({
            "method": self.method,
            "path": self.path,
            "body": String::from_utf8_lossy(&self.body),
            "parts": parts,
        });
        format!("{line}\n")
    }

    /// The body parsed as JSON.
    ///
    /// # Panics
    ///
    /// If the body is not JSON; tests want to stop right there.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body of {} {} is not JSON ({e}): {:?}",
                self.method,
                self.path,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}
