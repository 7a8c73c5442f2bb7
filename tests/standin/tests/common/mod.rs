//! A deliberately minimal HTTP client, so the tests see exactly the bytes
//! the stand-in puts on the wire.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use opi_standin::{StandIn, TOKEN};

pub struct Client {
    reader: BufReader<TcpStream>,
}

#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).expect("answer body is UTF-8")
    }
}

impl Client {
    pub fn connect(stand_in: &StandIn) -> Client {
        Client::connect_port(stand_in.port())
    }

    pub fn connect_port(port: u16) -> Client {
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        Client {
            reader: BufReader::new(stream),
        }
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.reader.get_mut().write_all(bytes).expect("send");
    }

    pub fn post(&mut self, method: &str, body: &str) {
        self.post_with(&format!("/bot{TOKEN}/{method}"), body, "");
    }

    pub fn post_with(&mut self, path: &str, body: &str, extra_headers: &str) {
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra_headers}\r\n{body}",
            body.len()
        );
        self.send_raw(request.as_bytes());
    }

    pub fn call(&mut self, method: &str, body: &str) -> Answer {
        self.post(method, body);
        self.answer()
    }

    pub fn answer(&mut self) -> Answer {
        self.try_answer().expect("an answer")
    }

    /// None when the server closed the connection before sending anything.
    pub fn try_answer(&mut self) -> Option<Answer> {
        let mut status_line = String::new();
        match self.reader.read_line(&mut status_line) {
            Ok(0) => return None,
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return None,
            Err(e) => panic!("reading the status line: {e}"),
            Ok(_) => {}
        }
        let mut parts = status_line.trim_end().splitn(3, ' ');
        assert_eq!(parts.next(), Some("HTTP/1.1"), "{status_line:?}");
        let status = parts.next().unwrap().parse().unwrap();
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).unwrap();
            assert!(line.ends_with("\r\n"), "{line:?}");
            let line = line.trim_end_matches("\r\n");
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(':').unwrap();
            headers.push((name.to_owned(), value.trim().to_owned()));
        }
        let mut answer = Answer {
            status,
            headers,
            body: Vec::new(),
        };
        let len: usize = answer
            .header("content-length")
            .expect("Content-Length")
            .parse()
            .unwrap();
        answer.body.resize(len, 0);
        self.reader.read_exact(&mut answer.body).unwrap();
        Some(answer)
    }

    /// True once the server has closed its side and sent nothing more.
    pub fn is_closed_by_server(&mut self) -> bool {
        let mut byte = [0u8; 1];
        match self.reader.read(&mut byte) {
            Ok(0) => true,
            Err(e) if e.kind() == ErrorKind::ConnectionReset => true,
            Ok(_) => false,
            Err(e) => panic!("waiting for the server to close: {e}"),
        }
    }

    /// Whatever arrives until the connection falls silent for `wait`.
    pub fn read_available(&mut self, wait: Duration) -> Vec<u8> {
        self.set_read_timeout(wait);
        let mut bytes = Vec::new();
        let _ = self.reader.read_to_end(&mut bytes);
        self.set_read_timeout(Duration::from_secs(10));
        bytes
    }

    /// True if the connection stays open and silent for `wait`.
    pub fn nothing_arrives_within(&mut self, wait: Duration) -> bool {
        self.set_read_timeout(wait);
        let mut byte = [0u8; 1];
        let silent = match self.reader.read(&mut byte) {
            Err(e) => matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
            Ok(_) => false,
        };
        self.set_read_timeout(Duration::from_secs(10));
        silent
    }

    pub fn set_read_timeout(&mut self, timeout: Duration) {
        self.reader
            .get_ref()
            .set_read_timeout(Some(timeout))
            .unwrap();
    }
}

pub fn json(answer: &Answer) -> serde_json::Value {
    serde_json::from_slice(&answer.body).expect("JSON body")
}
