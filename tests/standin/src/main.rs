//! Runs a stand-in for tests written in other languages.
//!
//! Prints the base URL as one line, then serves until stdin reaches EOF.
//! Tying the lifetime to stdin means a test harness that dies, for whatever
//! reason, takes the server with it: its end of the pipe closes and the
//! server exits instead of lingering on the port.
//!
//! `opi-standin --requests FILE` also writes, when it stops, every request it
//! received to FILE, one JSON object a line (`method`, `path`, `body`), so a
//! script can check what a program sent and not only what it printed.

use std::fs;
use std::io::{self, Write};
use std::process::ExitCode;

use opi_standin::StandIn;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let requests_file = match args.as_slice() {
        [] => None,
        [flag, file] if flag == "--requests" => Some(file.clone()),
        _ => {
            eprintln!("usage: opi-standin [--requests FILE]");
            return ExitCode::from(2);
        }
    };

    let stand_in = StandIn::start();
    let mut stdout = io::stdout().lock();
    if writeln!(stdout, "{}", stand_in.url())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        // Nobody can learn the port, so serving would be pointless.
        return ExitCode::FAILURE;
    }
    drop(stdout);
    let _ = io::copy(&mut io::stdin().lock(), &mut io::sink());

    let written = requests_file.map(|file| {
        let log: String = stand_in
            .requests()
            .iter()
            .map(|request| {
                let line = serde_json::json!({
                    "method": request.method,
                    "path": request.path,
                    "body": String::from_utf8_lossy(&request.body),
                });
                format!("{line}\n")
            })
            .collect();
        fs::write(&file, log)
            .map_err(|error| eprintln!("opi-standin: cannot write {file}: {error}"))
    });
    drop(stand_in);
    match written {
        Some(Err(())) => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}
