//! Sockets and threads: one thread accepting, one per connection.
//!
//! Every connection is registered so that `close_idle` and shutdown can reach
//! sockets whose threads are blocked in a read; shutting a socket down is the
//! only portable way std offers to wake such a thread.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use crate::Recorded;
use crate::bot::{Bot, Reply};
use crate::http::{self, ReadError, Response};

/// A panic on one connection thread must not make every later test that
/// looks at the shared state panic too.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The requests received: all of them counted, and kept unless a load test asked not to.
#[derive(Default)]
pub struct Log {
    pub count: usize,
    pub kept: Vec<Recorded>,
    pub forget: bool,
}

#[derive(Default)]
pub struct Shared {
    pub bot: Bot,
    pub log: Mutex<Log>,
    pub logged: Condvar,
    pub accepted: AtomicUsize,
    /// Answer with `Connection: close` and close, as a server without keep-alive does.
    pub close_each: std::sync::atomic::AtomicBool,
    stopping: Mutex<bool>,
    stopped: Condvar,
    conns: Mutex<HashMap<usize, Arc<Conn>>>,
    conns_changed: Condvar,
}

struct Conn {
    id: usize,
    stream: TcpStream,
    phase: Mutex<Phase>,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    /// Reading a request or working on its answer.
    Busy,
    /// Answered and waiting for the client's next request.
    Idle,
    /// Closed by `close_idle`; whatever arrives next is not served.
    Closed,
}

impl Shared {
    pub fn is_stopping(&self) -> bool {
        *lock(&self.stopping)
    }

    pub fn stop(&self) {
        *lock(&self.stopping) = true;
        self.stopped.notify_all();
    }

    fn wait_until_stopping(&self) {
        let guard = lock(&self.stopping);
        drop(
            self.stopped
                .wait_while(guard, |stopping| !*stopping)
                .unwrap_or_else(PoisonError::into_inner),
        );
    }

    pub fn close_idle(&self) {
        let conns: Vec<Arc<Conn>> = lock(&self.conns).values().cloned().collect();
        let closed: Vec<usize> = conns
            .iter()
            .filter(|conn| {
                let mut phase = lock(&conn.phase);
                if *phase != Phase::Idle {
                    return false;
                }
                *phase = Phase::Closed;
                let _ = conn.stream.shutdown(Shutdown::Both);
                true
            })
            .map(|conn| conn.id)
            .collect();
        // Holding these would keep the descriptors open past their threads.
        drop(conns);
        self.wait_for_conns(Duration::from_secs(5), |map| {
            closed.iter().any(|id| map.contains_key(id))
        });
    }

    pub fn close_all(&self) {
        for conn in lock(&self.conns).values() {
            let _ = conn.stream.shutdown(Shutdown::Both);
        }
    }

    /// Bounded, so that a thread stuck somewhere unforeseen is left behind
    /// rather than hanging whoever is shutting the server down.
    pub fn wait_for_threads(&self, timeout: Duration) {
        self.wait_for_conns(timeout, |map| !map.is_empty());
    }

    fn wait_for_conns(
        &self,
        timeout: Duration,
        pending: impl FnMut(&mut HashMap<usize, Arc<Conn>>) -> bool,
    ) {
        let guard = lock(&self.conns);
        drop(
            self.conns_changed
                .wait_timeout_while(guard, timeout, pending)
                .unwrap_or_else(PoisonError::into_inner),
        );
    }

    fn unregister(&self, id: usize) {
        lock(&self.conns).remove(&id);
        self.conns_changed.notify_all();
    }

    fn record(&self, request: http::Request, response: &[u8], connection: usize) {
        let mut log = lock(&self.log);
        log.count += 1;
        if !log.forget {
            log.kept.push(Recorded {
                method: request.method,
                path: request.target,
                headers: request.headers,
                body: request.body,
                response: response.to_vec(),
                connection,
            });
        }
        drop(log);
        self.logged.notify_all();
    }
}

pub fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.is_stopping() {
            break;
        }
        let Ok(stream) = stream else {
            // Typically out of descriptors; give connection threads a moment
            // to release some instead of spinning.
            thread::sleep(Duration::from_millis(10));
            continue;
        };
        // Requests and answers are single small writes; waiting for an ACK
        // before sending would only add latency to benchmarks.
        let _ = stream.set_nodelay(true);
        // Answers are small enough to fit in the socket buffer, so a write
        // only blocks when a client stops reading; giving up then keeps such
        // a client from holding up `close_idle` indefinitely.
        let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
        let id = shared.accepted.fetch_add(1, Ordering::SeqCst) + 1;
        let conn = Arc::new(Conn {
            id,
            stream,
            phase: Mutex::new(Phase::Busy),
        });
        lock(&shared.conns).insert(id, Arc::clone(&conn));
        // Shutdown sweeps the registry after raising the flag, so a
        // connection registered after the sweep is caught here instead.
        if shared.is_stopping() {
            let _ = conn.stream.shutdown(Shutdown::Both);
        }
        let worker = Arc::clone(&shared);
        let spawned = thread::Builder::new()
            .name(format!("opi-standin-conn-{id}"))
            .spawn(move || {
                let _registration = Registration {
                    shared: &worker,
                    id: conn.id,
                };
                serve(&worker, &conn);
            });
        if spawned.is_err() {
            shared.unregister(id);
        }
    }
}

/// Leaves the registry when the connection thread ends, even by panic.
struct Registration<'a> {
    shared: &'a Shared,
    id: usize,
}

impl Drop for Registration<'_> {
    fn drop(&mut self) {
        self.shared.unregister(self.id);
    }
}

fn serve(shared: &Shared, conn: &Conn) {
    let stream = &conn.stream;
    let mut reader = BufReader::new(stream);
    let mut writer = stream;
    loop {
        // Waiting for the first byte separately is what lets the connection
        // count as idle until a new request actually starts.
        match reader.fill_buf() {
            Ok(bytes) if !bytes.is_empty() => {}
            _ => return,
        }
        {
            let mut phase = lock(&conn.phase);
            if *phase == Phase::Closed {
                return;
            }
            *phase = Phase::Busy;
        }

        let request = match http::read_request(&mut reader, &mut writer) {
            Ok(request) => request,
            Err(ReadError::Gone) => return,
            Err(ReadError::Malformed) => {
                return reject(reader, 400, "Bad Request: malformed HTTP request");
            }
            Err(ReadError::TooLarge) => return reject(reader, 413, "Request Entity Too Large"),
        };

        let reply = shared.bot.answer(&request.target, &request.body);
        let keep_alive = request.keep_alive
            && !shared.is_stopping()
            && !shared.close_each.load(Ordering::SeqCst);
        let with_body = request.method != "HEAD";
        // Recorded before any answer leaves, so a client that has its answer
        // always finds its request in the log.
        let response = match &reply {
            Reply::Send(answer) => answer.body.as_slice(),
            Reply::Stall | Reply::HangUp | Reply::HeadOnly(_) | Reply::File { .. } => &[],
        };
        shared.record(request, response, conn.id);

        match reply {
            Reply::Send(answer) => {
                let bytes = answer.encode(keep_alive, with_body);
                // The phase lock is held across the write so that once a
                // client has its answer, `close_idle` is sure to see the
                // connection as idle.
                let mut phase = lock(&conn.phase);
                if writer.write_all(&bytes).is_err() {
                    return;
                }
                if !keep_alive {
                    drop(phase);
                    return linger_close(stream, reader);
                }
                *phase = Phase::Idle;
            }
            Reply::File { len } => {
                let mut phase = lock(&conn.phase);
                if http::write_file(&mut writer, len, keep_alive, with_body).is_err() {
                    return;
                }
                if !keep_alive {
                    drop(phase);
                    return linger_close(stream, reader);
                }
                *phase = Phase::Idle;
            }
            Reply::Stall => return shared.wait_until_stopping(),
            Reply::HangUp => {
                let _ = stream.shutdown(Shutdown::Both);
                return;
            }
            Reply::HeadOnly(answer) => {
                let _ = writer.write_all(&answer.encode(true, false));
                let _ = stream.shutdown(Shutdown::Both);
                return;
            }
        }
    }
}

/// Answers a request that cannot be parsed or is too large, then closes:
/// after either, the position of the next request in the stream is unknown.
fn reject(reader: BufReader<&TcpStream>, status: u16, description: &str) {
    let mut stream = *reader.get_ref();
    let answer = Response::json(
        status,
        format!(r#"{{"ok":false,"error_code":{status},"description":"{description}"}}"#),
    );
    let _ = stream.write_all(&answer.encode(false, true));
    linger_close(stream, reader);
}

/// Closing a socket with unread input makes the kernel send a reset, which
/// can destroy the answer before the client reads it. Half-closing first and
/// draining for a bounded time lets the answer arrive intact.
fn linger_close(stream: &TcpStream, mut reader: impl Read) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(250)));
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut scratch = [0u8; 16 * 1024];
    while Instant::now() < deadline {
        match reader.read(&mut scratch) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
}
