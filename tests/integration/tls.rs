//! HTTPS: the certificate chain is checked against the operating system's trust store,
//! which `SSL_CERT_FILE` replaces, so a company CA can be trusted without code.
//!
//! The trust store is read from the environment, so the checks run in a child process
//! of this test binary with `SSL_CERT_FILE` naming a CA made for the test.

use std::sync::Arc;

use crate::common::*;
use opi_standin::StandIn;
use opi_standin::tls::TlsFront;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, date_time_ymd,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A CA, written to the file that the child's `SSL_CERT_FILE` names.
fn test_ca() -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(DnType::CommonName, "libopi test CA");
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}

/// Which certificate the HTTPS front presents.
enum Presents {
    /// For 127.0.0.1, issued by the trusted CA.
    Trusted,
    /// For 127.0.0.1, signed by itself.
    SelfSigned,
    /// Issued by the trusted CA, but expired in 2001.
    Expired,
    /// Issued by the trusted CA for another host name.
    OtherHost,
}

/// The stand-in behind an HTTPS front that presents the given certificate.
fn https_stand_in(
    ca: &CertifiedIssuer<'static, KeyPair>,
    presents: Presents,
) -> (StandIn, TlsFront) {
    let key = KeyPair::generate().unwrap();
    let host = match presents {
        Presents::OtherHost => "api.example.com",
        _ => "127.0.0.1",
    };
    let mut params = CertificateParams::new(vec![host.to_string()]).unwrap();
    if let Presents::Expired = presents {
        params.not_before = date_time_ymd(2000, 1, 1);
        params.not_after = date_time_ymd(2001, 1, 1);
    }
    let cert = match presents {
        Presents::SelfSigned => params.self_signed(&key).unwrap(),
        _ => params.signed_by(&key, ca).unwrap(),
    };
    let chain = vec![CertificateDer::from(cert.der().to_vec())];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .unwrap();
    let server = StandIn::start();
    let backend = format!("127.0.0.1:{}", server.port()).parse().unwrap();
    let front = TlsFront::start(Arc::new(config), backend);
    (server, front)
}

#[test]
fn certificates_are_checked_against_the_trust_store() {
    let dir = std::env::temp_dir().join(format!("opi-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ca_file = dir.join("ca.pem");
    in_child(
        "tls::trust_store_child",
        &[("SSL_CERT_FILE", ca_file.to_str().unwrap())],
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_same_server_is_refused_while_its_ca_is_not_trusted() {
    // Without SSL_CERT_FILE the system's own store is used, which has never heard of a
    // CA made a moment ago.
    in_child("tls::untrusted_child", &[]);
}

#[test]
#[ignore = "runs in a child process without SSL_CERT_FILE"]
fn untrusted_child() {
    let ca = test_ca();
    let (server, front) = https_stand_in(&ca, Presents::Trusted);
    let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, front.url()));
    let result = create("@testsichee", "", "", 0);
    assert_eq!(kind(&result), "tls", "{result}");
    assert!(
        result["description"].as_str().unwrap().contains("TLS"),
        "{result}"
    );
    assert_eq!(server.request_count(), 0);
}

/// Run by the test above with `SSL_CERT_FILE` naming a file it has yet to write; the
/// trust store is read at the first handshake, after the CA is in place.
#[test]
#[ignore = "runs in a child process with SSL_CERT_FILE set"]
fn trust_store_child() {
    let ca = test_ca();
    std::fs::write(std::env::var("SSL_CERT_FILE").unwrap(), ca.pem()).unwrap();
    for (presents, expected) in [
        (Presents::Trusted, ""),
        (Presents::SelfSigned, "tls"),
        (Presents::Expired, "tls"),
        (Presents::OtherHost, "tls"),
    ] {
        let (server, front) = https_stand_in(&ca, presents);
        let _f = Fixture::with(&format!(r#"{{"api_url":"{}"}}"#, front.url()));
        let result = create("@testsichee", "", "", 0);
        assert_eq!(kind(&result), expected, "{result}");
        let sent = server.request_count();
        if expected.is_empty() {
            assert_eq!(result["ok"], true, "{result}");
            assert_eq!(sent, 1);
        } else {
            assert_eq!(
                sent, 0,
                "nothing reaches a server whose certificate was refused"
            );
        }
    }
}
