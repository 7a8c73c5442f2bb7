//! `oint`: the Telegram functions of the Open Integration Package from the shell, with
//! the commands and options of OPI's own CLI.
//!
//! ```text
//! oint telegram CreateInvitationLink --token "..." --chat "@testsichee" --limit 200
//! ```
//!
//! The JSON result goes to stdout (or `--out FILE`), indented. Exit status: 0 when the
//! result has `"ok": true` (or `--test` showed the request), 1 when it has `"ok": false`,
//! 2 for a usage error.

mod command_line;
mod help;
mod screen;

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
#[cfg(target_os = "linux")]
use std::sync::atomic::{AtomicBool, Ordering};

use command_line::{Call, Command, Usage};
use opi::unversioned::{Runs, describe, run_showing};
use opi::{Error, ErrorKind, Sink};
use screen::Screen;

const OK: u8 = 0;
const NOT_OK: u8 = 1;
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().skip(1).collect();
    let screen = Screen::new(&argv, |name| std::env::var(name).ok());
    ExitCode::from(run(argv, &screen))
}

fn run(argv: Vec<OsString>, screen: &Screen) -> u8 {
    let mut args = Vec::with_capacity(argv.len());
    for (i, arg) in argv.into_iter().enumerate() {
        match arg.into_string() {
            Ok(arg) => args.push(arg),
            Err(_) => {
                screen.usage(&Usage {
                    reason: format!("argument {} is not valid UTF-8", i + 1),
                    see: "oint".into(),
                });
                return USAGE;
            }
        }
    }
    match command_line::parse(&args, |name| std::env::var(name).ok()) {
        Err(usage) => {
            screen.usage(&usage);
            USAGE
        }
        Ok(Command::Help(topic)) => print(&help::text(&topic)),
        Ok(Command::Version) => print(&format!("oint {}\n", opi::version())),
        Ok(Command::Call(call)) => run_call(&call, screen),
    }
}

fn run_call(call: &Call, screen: &Screen) -> u8 {
    // A download writes the file to --out and its result to stdout.
    let results_to = call.out.as_deref().filter(|_| !downloads(call));
    // Where the result goes is opened before anything is sent, so that a file that
    // cannot be written, or a closed stdout, does not cost a link that nobody will see.
    let (mut output, target) = match results_to {
        Some(path) => match File::create(path) {
            Ok(file) => (file, path),
            Err(e) => {
                screen.error(&format!("oint: cannot write {path}: {e}; nothing was sent"));
                return NOT_OK;
            }
        },
        None => match stdout() {
            Ok(file) => (file, "stdout"),
            Err(e) => {
                screen.error(&format!(
                    "oint: cannot write to stdout: {e}; nothing was sent"
                ));
                return NOT_OK;
            }
        },
    };
    let result = result(call, screen);
    let succeeded = result.is_ok();
    let text = indented(&result.unwrap_or_else(|e| e.to_json()));
    if let Err(e) = output
        .write_all(text.as_bytes())
        .and_then(|()| output.flush())
    {
        // The request was sent and may have created a link: the result must not be lost.
        let on_stdout = results_to.is_some()
            && stdout()
                .and_then(|mut out| out.write_all(text.as_bytes()))
                .is_ok();
        if on_stdout {
            screen.error(&format!(
                "oint: cannot write the result to {target}: {e}; it is on stdout instead"
            ));
        } else {
            screen.error(&format!(
                "oint: cannot write the result to {target}: {e}; here it is:\n{}",
                text.trim_end()
            ));
        }
        return NOT_OK;
    }
    if succeeded { OK } else { NOT_OK }
}

/// Whether stdout was closed when the process started. Before `main`, Rust's runtime
/// opens /dev/null on a closed standard descriptor, after which every write would
/// "succeed"; a function in `.init_array` runs earlier still and sees the truth.
#[cfg(target_os = "linux")]
static STDOUT_CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static NOTE_CLOSED_STDOUT: extern "C" fn() = {
    extern "C" fn note() {
        // SAFETY: F_GETFD only reads the descriptor's flags.
        let closed = unsafe { libc::fcntl(1, libc::F_GETFD) } == -1;
        STDOUT_CLOSED_AT_START.store(closed, Ordering::Relaxed);
    }
    note
};

/// Stdout as a file of its own, so that every failed write is reported. Refused when
/// stdout was closed at start or is open for reading only.
fn stdout() -> io::Result<File> {
    #[cfg(target_os = "linux")]
    if STDOUT_CLOSED_AT_START.load(Ordering::Relaxed) {
        return Err(io::Error::other("it is closed"));
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = io::stdout().as_fd().try_clone_to_owned()?;
        // SAFETY: F_GETFL on a descriptor this function owns.
        let flags = unsafe { libc::fcntl(std::os::fd::AsRawFd::as_raw_fd(&fd), libc::F_GETFL) };
        if flags >= 0 && flags & libc::O_ACCMODE == libc::O_RDONLY {
            return Err(io::Error::other("it is open for reading only"));
        }
        Ok(File::from(fd))
    }
    #[cfg(windows)]
    {
        use std::os::windows::io::AsHandle;
        Ok(File::from(io::stdout().as_handle().try_clone_to_owned()?))
    }
}

/// The call's answer: settings applied, parameters prepared, the request sent.
fn result(call: &Call, screen: &Screen) -> Result<String, Error> {
    if call.api_url.is_some() || call.timeout_ms.is_some() {
        let mut options = serde_json::Map::new();
        if let Some(url) = &call.api_url {
            options.insert("api_url".into(), url.as_str().into());
        }
        if let Some(ms) = call.timeout_ms {
            options.insert("timeout_ms".into(), ms.into());
        }
        opi::configure(&serde_json::Value::Object(options).to_string())?;
    }
    let file = call
        .out
        .as_deref()
        .filter(|_| downloads(call) && !call.test);
    let sink = file.map(|path| Sink::File(Path::new(path)));
    // --test: the first request, described instead of sent; the call stops there.
    let mut described = None;
    let result = run_showing(call.method, &call.args(), sink, &mut |request| {
        if call.test {
            described = Some(describe(request)?);
            return Err(Error::new(ErrorKind::Internal, "not sent: --test"));
        }
        if call.debug {
            screen.error(&describe(request)?);
        }
        Ok(())
    });
    described.map_or(result, Ok)
}

/// Whether the method downloads a file, which goes to `--out`.
fn downloads(call: &Call) -> bool {
    matches!(call.method.runs, Runs::Download(..))
}

/// Documents nested deeper than this go out as they came: indentation that deep helps
/// no reader, and would make the output grow with the square of the depth.
const MAX_INDENTED_DEPTH: usize = 64;

/// The result indented by two spaces. Only the whitespace between tokens changes: every
/// string, number and literal is copied byte for byte, so no value is rewritten. A
/// result that is not JSON, or nested deeper than [`MAX_INDENTED_DEPTH`], goes out as
/// it is.
fn indented(result: &str) -> String {
    let is_json = serde_json::from_str::<serde::de::IgnoredAny>(result).is_ok();
    let text = if is_json {
        indent(result).unwrap_or_else(|| result.to_string())
    } else {
        result.to_string()
    };
    text + "\n"
}

/// Indents a valid JSON document; `None` when it is nested too deep.
fn indent(json: &str) -> Option<String> {
    let bytes = json.as_bytes();
    let mut out = String::with_capacity(json.len() * 2);
    let mut depth = 0;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { '}' } else { ']' };
                let next = i
                    + 1
                    + bytes[i + 1..]
                        .iter()
                        .take_while(|b| b.is_ascii_whitespace())
                        .count();
                out.push(char::from(open));
                if bytes.get(next) == Some(&(close as u8)) {
                    out.push(close);
                    i = next + 1;
                } else {
                    depth += 1;
                    if depth > MAX_INDENTED_DEPTH {
                        return None;
                    }
                    newline(&mut out, depth);
                    i += 1;
                }
            }
            close @ (b'}' | b']') => {
                depth -= 1;
                newline(&mut out, depth);
                out.push(char::from(close));
                i += 1;
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
                i += 1;
            }
            b':' => {
                out.push_str(": ");
                i += 1;
            }
            b'"' => {
                // The closing quote is the first one not escaped; quotes and backslashes
                // never occur inside a multi-byte UTF-8 sequence.
                let mut end = i + 1;
                while bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                out.push_str(&json[i..=end]);
                i = end + 1;
            }
            _ => {
                let end = i + bytes[i..]
                    .iter()
                    .take_while(|b| !b",:]} \t\n\r".contains(b))
                    .count();
                out.push_str(&json[i..end]);
                i = end;
            }
        }
    }
    Some(out)
}

/// Help and version on stdout; 0, or 1 when stdout cannot be written.
fn print(text: &str) -> u8 {
    match stdout().and_then(|mut out| out.write_all(text.as_bytes())) {
        Ok(()) => OK,
        Err(_) => NOT_OK,
    }
}
