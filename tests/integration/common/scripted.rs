//! Servers that misbehave on purpose: each connection runs a script written by the test,
//! for faults the stand-in does not play (trickling, resets, truncation, huge bodies).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

/// One accepted connection, handed to the script.
pub struct Conn {
    /// 0 for the first connection the server accepted.
    pub index: usize,
    stream: TcpStream,
    reader: BufReader<TcpStream>,
    requests: Arc<AtomicUsize>,
}

impl Conn {
    /// Reads one request (head and `Content-Length` body); `None` once the client closed.
    pub fn read_request(&mut self) -> Option<Vec<u8>> {
        let length = self.read_head()?;
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).ok()?;
        self.requests.fetch_add(1, Ordering::SeqCst);
        Some(body)
    }

    /// Reads a request's head and returns its `Content-Length`, leaving the body unread;
    /// `None` once the client closed.
    pub fn read_head(&mut self) -> Option<usize> {
        let mut length = 0;
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().ok()?;
            }
            if line == "\r\n" {
                return Some(length);
            }
        }
    }

    /// Writes bytes; false once the client has gone.
    pub fn write(&mut self, bytes: &[u8]) -> bool {
        self.stream
            .write_all(bytes)
            .and_then(|_| self.stream.flush())
            .is_ok()
    }

    /// A complete JSON answer with keep-alive.
    pub fn answer_json(&mut self, status: u16, body: &str) -> bool {
        self.write(format!("{}{body}", head(status, "application/json", body.len())).as_bytes())
    }

    /// Ends the server's side of the connection (a FIN) and keeps reading, as a server
    /// that half-closes an idle connection does.
    pub fn half_close(&mut self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Write);
    }

    /// Closes with a TCP reset rather than an orderly close.
    pub fn reset(self) {
        let linger = libc::linger {
            l_onoff: 1,
            l_linger: 0,
        };
        // SAFETY: a valid socket and a correctly sized option value.
        unsafe {
            libc::setsockopt(
                self.stream.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_LINGER,
                (&linger as *const libc::linger).cast(),
                size_of::<libc::linger>() as libc::socklen_t,
            );
        }
    }
}

/// A response head with `Content-Length`.
pub fn head(status: u16, content_type: &str, length: usize) -> String {
    format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
    )
}

/// A running scripted server; threads end with the test process.
pub struct Scripted {
    pub url: String,
    requests: Arc<AtomicUsize>,
    /// Whatever the script wants to tell the test.
    pub notes: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// Serves each connection on its own thread with `script`.
pub fn serve(script: impl Fn(Conn, &Mutex<Vec<String>>) + Send + Sync + 'static) -> Scripted {
    serve_on(TcpListener::bind("127.0.0.1:0").unwrap(), script)
}

/// As [`serve`], with a receive buffer of a few KiB on every connection, so that a
/// client writing a large request blocks until the script reads it.
pub fn serve_tight(script: impl Fn(Conn, &Mutex<Vec<String>>) + Send + Sync + 'static) -> Scripted {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let size: libc::c_int = 4096;
    // SAFETY: a valid socket and a correctly sized option value. Accepted connections
    // inherit the listener's buffer size.
    unsafe {
        libc::setsockopt(
            listener.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            (&size as *const libc::c_int).cast(),
            size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
    serve_on(listener, script)
}

/// A server that answers `"ok":true` to every request but the second on the first
/// connection, of which it reads only the head before resetting the connection (noted
/// as "head only, then reset"): a stale keep-alive connection failing while a large
/// request is still being written. `note` names each request answered, from its
/// connection and body.
pub fn reset_second_request_midway(
    note: impl Fn(&Conn, &[u8]) -> String + Send + Sync + 'static,
) -> Scripted {
    serve_tight(move |mut conn, notes| {
        let mut nth = 0;
        loop {
            if conn.index == 0 && nth == 1 {
                if conn.read_head().is_some() {
                    notes.lock().unwrap().push("head only, then reset".into());
                }
                conn.reset();
                return;
            }
            let Some(body) = conn.read_request() else {
                return;
            };
            notes.lock().unwrap().push(note(&conn, &body));
            conn.answer_json(200, r#"{"ok":true,"result":true}"#);
            nth += 1;
        }
    })
}

fn serve_on(
    listener: TcpListener,
    script: impl Fn(Conn, &Mutex<Vec<String>>) + Send + Sync + 'static,
) -> Scripted {
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let connections = Arc::new(AtomicUsize::new(0));
    let notes = Arc::new(Mutex::new(Vec::new()));
    let script = Arc::new(script);
    let (r, c, n) = (requests.clone(), connections.clone(), notes.clone());
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let index = c.fetch_add(1, Ordering::SeqCst);
            let conn = Conn {
                index,
                reader: BufReader::new(stream.try_clone().unwrap()),
                stream,
                requests: r.clone(),
            };
            let (script, notes) = (script.clone(), n.clone());
            thread::spawn(move || script(conn, &notes));
        }
    });
    Scripted {
        url,
        requests,
        notes,
    }
}
