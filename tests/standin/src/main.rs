//! Runs a stand-in for tests written in other languages.
//!
//! Prints the base URL as one line, then serves until stdin reaches EOF.
//! Tying the lifetime to stdin means a test harness that dies, for whatever
//! reason, takes the server with it: its end of the pipe closes and the
//! server exits instead of lingering on the port.

use std::io::{self, Write};
use std::process::ExitCode;

use opi_standin::StandIn;

fn main() -> ExitCode {
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
    drop(stand_in);
    ExitCode::SUCCESS
}
