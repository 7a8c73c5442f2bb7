//! `oint`'s argument parsing, with the parser compiled in from the CLI's own source.
//! Arguments are NUL-separated; the byte 0x01 in a value or stray argument stands for
//! the bot token. Properties: never a panic; a usage error never shows the token; a
//! call's refusal by its method never shows it either.

#![no_main]

#[allow(dead_code)]
#[path = "../../src/bin/oint/command_line.rs"]
mod command_line;

use command_line::Command;
use libfuzzer_sys::fuzz_target;

const TOKEN: &str = "1234567:FuzzSecretTokenText";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let args: Vec<String> = text.split('\0').map(with_token).collect();
    let env = |name: &str| (name == "OPI_TELEGRAM_TOKEN").then(|| TOKEN.to_string());
    match command_line::parse(&args, env) {
        Err(usage) => assert!(!usage.to_string().contains(TOKEN), "{usage}"),
        Ok(Command::Call(call)) => {
            // A refusal may quote the value it refuses, so the token is looked for only
            // when the token option (or the environment) is the one place it was given.
            let elsewhere = args.iter().enumerate().any(|(i, arg)| {
                arg.contains(TOKEN)
                    && !arg.starts_with("--token=")
                    && (i == 0 || args[i - 1] != "--token")
            });
            if let Err(e) = (call.method.prepare)(&call.args()) {
                assert!(elsewhere || !e.to_json().contains(TOKEN), "{e:?}");
            }
        }
        Ok(_) => {}
    }
});

/// Puts the token where a user might type it: a value or a stray argument, never an
/// option's name (which a usage error names as typed).
fn with_token(arg: &str) -> String {
    if !arg.starts_with('-') {
        return arg.replace('\u{1}', TOKEN);
    }
    match arg.split_once('=') {
        Some((name, value)) => format!("{name}={}", value.replace('\u{1}', TOKEN)),
        None => arg.to_string(),
    }
}
