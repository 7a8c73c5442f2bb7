//! Runs a stand-in for tests written in other languages.
//!
//!     opi-standin [--requests FILE] [--tls CA_FILE]
//!
//! Prints the base URL as one line, then serves until stdin reaches EOF.
//! Tying the lifetime to stdin means a test harness that dies, for whatever
//! reason, takes the server with it: its end of the pipe closes and the
//! server exits instead of lingering on the port.
//!
//! `--requests FILE` also writes, when it stops, every request it received to
//! FILE, one [`Recorded::line`] each, so a script can check what a program sent and
//! not only what it printed.
//!
//! With `--tls`, the URL is that of an HTTPS front whose certificate comes from
//! a CA made for the run and written to CA_FILE, for the client's `SSL_CERT_FILE`.

use std::fs;
use std::io::{self, Write};
use std::process::ExitCode;

use opi_standin::{Recorded, StandIn};

const USAGE: &str = "usage: opi-standin [--requests FILE] [--tls CA_FILE]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut requests_file, mut ca_file) = (None, None);
    for pair in args.chunks(2) {
        match pair {
            [flag, file] if flag == "--requests" && requests_file.is_none() => {
                requests_file = Some(file.clone());
            }
            [flag, file] if flag == "--tls" && ca_file.is_none() => ca_file = Some(file.clone()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }

    let stand_in = StandIn::start();
    let url = match ca_file {
        None => stand_in.url(),
        Some(ca_file) => https_front(&stand_in, &ca_file),
    };
    let mut stdout = io::stdout().lock();
    if writeln!(stdout, "{url}")
        .and_then(|()| stdout.flush())
        .is_err()
    {
        // Nobody can learn the port, so serving would be pointless.
        return ExitCode::FAILURE;
    }
    drop(stdout);
    let _ = io::copy(&mut io::stdin().lock(), &mut io::sink());

    let written = requests_file.map(|file| {
        let log: String = stand_in.requests().iter().map(Recorded::line).collect();
        fs::write(&file, log)
            .map_err(|error| eprintln!("opi-standin: cannot write {file}: {error}"))
    });
    drop(stand_in);
    match written {
        Some(Err(())) => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

#[cfg(feature = "tls")]
fn https_front(stand_in: &StandIn, ca_file: &str) -> String {
    use opi_standin::tls::{TlsFront, config_with_new_ca};
    let backend = format!("127.0.0.1:{}", stand_in.port())
        .parse()
        .expect("an IPv4 socket address");
    TlsFront::start(config_with_new_ca(ca_file.as_ref()), backend).url()
}

#[cfg(not(feature = "tls"))]
fn https_front(_: &StandIn, _: &str) -> String {
    eprintln!("opi-standin was built without its `tls` feature");
    std::process::exit(2);
}
