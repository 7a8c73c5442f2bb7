//! An HTTPS front for a stand-in: it terminates TLS with the certificate it is given and
//! relays each request to a plain [`crate::StandIn`], so the Bot API behaviour lives in
//! one place and any certificate (trusted, self-signed, expired) can sit in front of it.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::Arc;
use std::thread;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::http::{self, header_value};

/// A server configuration with a certificate for 127.0.0.1, issued by a CA made here
/// whose certificate is written to `ca_file`: a client that trusts that file (through
/// `SSL_CERT_FILE`) accepts the front, and no other CA on the machine vouches for it.
///
/// # Panics
///
/// If `ca_file` cannot be written.
pub fn config_with_new_ca(ca_file: &Path) -> Arc<rustls::ServerConfig> {
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("no names to check");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "opi-standin test CA");
    let ca = CertifiedIssuer::self_signed(ca, KeyPair::generate().expect("a key"))
        .expect("a self-signed CA");
    std::fs::write(ca_file, ca.pem())
        .unwrap_or_else(|e| panic!("opi-standin: cannot write {}: {e}", ca_file.display()));
    let key = KeyPair::generate().expect("a key");
    let cert = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .expect("an IP address is a valid name")
        .signed_by(&key, &ca)
        .expect("the CA signs");
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("ring supports the default versions")
    .with_no_client_auth()
    .with_single_cert(
        vec![CertificateDer::from(cert.der().to_vec())],
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    )
    .expect("the key matches the certificate");
    Arc::new(config)
}

/// A running HTTPS front; it serves until the process ends.
pub struct TlsFront {
    addr: SocketAddr,
}

impl TlsFront {
    /// Listens on 127.0.0.1 with `config` and relays to the stand-in at `backend`.
    pub fn start(config: Arc<rustls::ServerConfig>, backend: SocketAddr) -> TlsFront {
        let listener = TcpListener::bind("127.0.0.1:0")
            .unwrap_or_else(|e| panic!("opi-standin: cannot listen on 127.0.0.1: {e}"));
        let addr = listener
            .local_addr()
            .expect("a bound listener has an address");
        thread::Builder::new()
            .name("opi-standin-tls".into())
            .spawn(move || {
                for client in listener.incoming().flatten() {
                    let config = config.clone();
                    thread::spawn(move || relay(config, client, backend));
                }
            })
            .expect("the TLS accept thread starts");
        TlsFront { addr }
    }

    /// `https://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("https://{}", self.addr)
    }
}

/// One client connection: each request goes to the backend on one connection of its
/// own, and the answer comes back; either side closing ends both.
fn relay(config: Arc<rustls::ServerConfig>, client: TcpStream, backend: SocketAddr) {
    let Ok(tls) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut client = BufReader::new(rustls::StreamOwned::new(tls, client));
    let Ok(upstream) = TcpStream::connect(backend) else {
        return;
    };
    let _ = upstream.set_nodelay(true);
    let mut upstream_reader = BufReader::new(&upstream);
    loop {
        // A refused handshake surfaces here as a read error, which ends the connection.
        let Ok(request) = http::read_request(&mut client, &mut std::io::sink(), None) else {
            return;
        };
        let mut head = format!("{} {} HTTP/1.1\r\n", request.method, request.target);
        for (name, value) in &request.headers {
            if !name.eq_ignore_ascii_case("transfer-encoding")
                && !name.eq_ignore_ascii_case("content-length")
            {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", request.body.len()));
        let mut out = head.into_bytes();
        out.extend_from_slice(&request.body);
        if (&upstream).write_all(&out).is_err() {
            return;
        }
        let Some((response, close)) = read_response(&mut upstream_reader) else {
            return; // the backend hung up without an answer: so does the front
        };
        let stream = client.get_mut();
        if stream
            .write_all(&response)
            .and_then(|_| stream.flush())
            .is_err()
            || close
        {
            stream.conn.send_close_notify();
            let _ = stream.flush();
            return;
        }
    }
}

/// One response from the stand-in, which always sends `Content-Length`; and whether
/// it asked to close.
fn read_response(reader: &mut impl BufRead) -> Option<(Vec<u8>, bool)> {
    let mut raw = Vec::new();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        raw.extend_from_slice(line.as_bytes());
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let length: usize = header_value(&headers, "content-length")?.parse().ok()?;
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    raw.extend_from_slice(&body);
    let close =
        header_value(&headers, "connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
    Some((raw, close))
}
