//! `oint`'s argument parsing, with the parser compiled in from the CLI's own source.
//! Arguments are NUL-separated; the byte 0x01 in an option's value stands for the bot
//! token. Properties: never a panic; a usage error never shows the token; a call's
//! refusal by its method never shows it either.
//!
//! An unknown library or method name is quoted back, as names are, so the token is put
//! only where a value stands: after `=`, or as the argument after a valued option.
//! `oint` prints a usage error through its `Screen`, which hides the value of every
//! `--token`; that is compiled in too, and the check is on the text as printed.

#![no_main]

#[allow(dead_code)]
#[path = "../../src/bin/oint/command_line.rs"]
mod command_line;
#[allow(dead_code)]
#[path = "../../src/bin/oint/screen.rs"]
mod screen;

use std::ffi::OsString;

use command_line::Command;
use libfuzzer_sys::fuzz_target;
use opi::unversioned::{Request, run_showing};
use opi::{Error, ErrorKind};
use screen::Screen;

const TOKEN: &str = "1234567:FuzzSecretTokenText";

fuzz_target!(|data: &[u8]| {
    // The token spelled out in the input could stand anywhere, a name's place included.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if text.contains(TOKEN) {
        return;
    }
    let args = with_token(text.split('\0'));
    match command_line::parse(&args, |_| None) {
        Err(usage) => {
            let argv: Vec<OsString> = args.iter().map(OsString::from).collect();
            let shown = Screen::new(&argv, |_| None).hide(&usage.to_string());
            assert!(!shown.contains(TOKEN), "{shown}");
        }
        Ok(Command::Call(call)) => {
            // A refusal may quote the value it refuses, so the token is looked for only
            // when the token option (or the environment) is the one place it was given.
            let elsewhere = args.iter().enumerate().any(|(i, arg)| {
                arg.contains(TOKEN)
                    && !arg.starts_with("--token=")
                    && (i == 0 || args[i - 1] != "--token")
            });
            // The method runs up to its first request, which is refused, so nothing is
            // sent; local methods (ProcessTMAData, FormKeyboardFromButtonArray) run whole.
            let refuse = &mut |_: &Request| Err(Error::new(ErrorKind::Internal, "not sent"));
            if let Err(e) = run_showing(call.method, &call.args(), None, refuse) {
                assert!(elsewhere || !e.to_json().contains(TOKEN), "{e:?}");
            }
        }
        Ok(_) => {}
    }
});

/// The arguments, with the token for 0x01 in each option's value: after `=`, or as the
/// argument after a known option that takes a value.
fn with_token<'a>(args: impl Iterator<Item = &'a str>) -> Vec<String> {
    let valued = |arg: &str| {
        let name = arg.strip_prefix("--").unwrap_or("");
        command_line::Common::ALL
            .iter()
            .any(|c| c.name() == name && c.value().is_some())
            || opi::unversioned::TELEGRAM
                .iter()
                .any(|m| m.params.iter().any(|p| p.option == name))
    };
    let mut out: Vec<String> = Vec::new();
    let mut value_next = false;
    for arg in args {
        let arg = match arg.split_once('=') {
            Some((name, value)) if arg.starts_with("--") => {
                format!("{name}={}", value.replace('\u{1}', TOKEN))
            }
            _ if value_next && !arg.starts_with("--") => arg.replace('\u{1}', TOKEN),
            _ => arg.to_string(),
        };
        value_next = !value_next && valued(&arg);
        out.push(arg);
    }
    out
}
