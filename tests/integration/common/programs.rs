//! Running the programs that C, C++ and 1C hosts are made of: compilers, tools, and the
//! host programs themselves, against the libopi of this very build.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// No program should take this long, even with a 1 MiB request in it; past it the
/// program is killed so that a hang fails the test instead of stalling the suite.
pub const RUN_LIMIT: Duration = Duration::from_secs(300);

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// target/<profile>/deps, beside this test binary. `cargo test` writes libopi.so and
/// libopi.a there but, unlike `cargo build`, does not copy them up to target/<profile>,
/// so only this directory is sure to hold the current build.
pub fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary knows its path");
    let lib = exe
        .parent()
        .expect("the test binary is in a directory")
        .to_path_buf();
    for file in ["libopi.so", "libopi.a"] {
        assert!(
            lib.join(file).is_file(),
            "{file} is not in {}; the lib target's crate types should put it there",
            lib.display()
        );
    }
    lib
}

/// The build profile this test binary belongs to: `debug` or `release`.
pub fn profile() -> String {
    lib_dir()
        .parent()
        .and_then(Path::file_name)
        .expect("deps is inside target/<profile>")
        .to_string_lossy()
        .into_owned()
}

/// The variables through which the environment the tests run in could change what
/// libopi does: its settings and the proxies.
const OUTSIDE_SETTINGS: &[&str] = &[
    "OPI_TIMEOUT_MS",
    "OPI_CONNECT_TIMEOUT_MS",
    "OPI_MAX_RETRY_AFTER_S",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// `command` with none of [`OUTSIDE_SETTINGS`], so that a program sees only what the
/// test gives it.
pub fn without_outside_settings(command: &mut Command) -> &mut Command {
    for name in OUTSIDE_SETTINGS {
        command.env_remove(name);
    }
    command
}

/// Output of a finished program, or of one killed after [`RUN_LIMIT`].
pub struct Ran {
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn ok(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    pub fn report(&self) -> String {
        let status = match self.status {
            Some(status) => status.to_string(),
            None => format!("killed after {RUN_LIMIT:?}"),
        };
        format!(
            "{status}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout, self.stderr
        )
    }
}

pub fn run(command: &mut Command) -> Ran {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    // Read both pipes while waiting, or a chatty program blocks on a full pipe.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("piped")));
    let stderr = drain(Box::new(child.stderr.take().expect("piped")));
    let deadline = Instant::now() + RUN_LIMIT;
    let status = loop {
        match child.try_wait().expect("the child can be waited for") {
            Some(status) => break Some(status),
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => thread::sleep(Duration::from_millis(20)),
        }
    };
    Ran {
        status,
        stdout: stdout.join().expect("the reader finishes"),
        stderr: stderr.join().expect("the reader finishes"),
    }
}
