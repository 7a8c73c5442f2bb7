//! The floor: the least any client could spend on a call. It sends the very bytes libopi
//! sends, reads the answer by its Content-Length, and does nothing else: no parsing, no
//! validation, no pool, one reused buffer.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

pub struct Floor {
    addr: SocketAddr,
    request: Vec<u8>,
    conn: Option<TcpStream>,
    buf: Vec<u8>,
    /// Keep the connection between calls (true) or open one per call, as OPI does.
    keep_alive: bool,
}

impl Floor {
    pub fn new(addr: SocketAddr, request: Vec<u8>, keep_alive: bool) -> Floor {
        Floor {
            addr,
            request,
            conn: None,
            buf: vec![0; 64 * 1024],
            keep_alive,
        }
    }

    /// One request and its whole answer; returns the body's length.
    pub fn call(&mut self) -> usize {
        let mut conn = match self.conn.take() {
            Some(conn) => conn,
            None => {
                let conn = TcpStream::connect(self.addr).expect("the stand-in accepts");
                conn.set_nodelay(true).expect("a connected socket");
                conn
            }
        };
        conn.write_all(&self.request).expect("the request is sent");
        let mut filled = 0;
        let (head_end, length) = loop {
            let n = conn
                .read(&mut self.buf[filled..])
                .expect("the answer arrives");
            assert!(n > 0, "the stand-in closed before answering");
            filled += n;
            if let Some(end) = find(&self.buf[..filled], b"\r\n\r\n") {
                break (end + 4, content_length(&self.buf[..end]));
            }
        };
        while filled < head_end + length {
            let n = conn
                .read(&mut self.buf[filled..])
                .expect("the body arrives");
            assert!(n > 0, "the stand-in closed mid-body");
            filled += n;
        }
        if self.keep_alive {
            self.conn = Some(conn);
        }
        length
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn content_length(head: &[u8]) -> usize {
    let head = std::str::from_utf8(head).expect("an ASCII head");
    head.lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .expect("the stand-in sends Content-Length")
}
