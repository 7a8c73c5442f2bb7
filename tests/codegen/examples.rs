//! Every method's example as a script, in the two forms OPI's pages print it: Bash and
//! CMD/Bat. The platform tests run them with each build's `oint` (the .bat under Wine's
//! `cmd`) and require every platform to send the same requests.

use std::fmt::Write;

use super::{Method, banner, refresh, telegram};

/// A value as a shell reads it back unchanged: numbers bare, the rest in double quotes.
fn quoted(m: &Method, option: &str, value: &str, bat: bool) -> String {
    let number = m
        .params
        .iter()
        .any(|p| p.option == option && p.value.is_scalar());
    if number {
        return value.to_string();
    }
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            // Windows programs split their command line by the C runtime's rules, where
            // \" is a quote inside a quoted argument; a batch file doubles its %.
            '"' if bat => out += "\\\"",
            '%' if bat => out += "%%",
            '"' | '\\' | '$' | '`' if !bat => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The script of every method's example, one command each, continued as OPI's pages
/// continue them: `\` in Bash, `^` in CMD.
pub fn script(bat: bool) -> String {
    let (comment, continued) = if bat { ("REM", " ^") } else { ("#", " \\") };
    let mut out = if bat {
        banner(comment)
    } else {
        format!("#!/usr/bin/env bash\n{}", banner(comment))
    };
    for m in telegram() {
        let _ = write!(out, "\noint telegram {}", m.name);
        for (option, value) in &m.example {
            let _ = write!(
                out,
                "{continued}\n--{option} {}",
                quoted(&m, option, value, bat)
            );
        }
        out.push('\n');
    }
    if bat { out.replace('\n', "\r\n") } else { out }
}

#[test]
fn the_examples_are_generated_from_the_table() {
    let bash = refresh("tests/platforms/examples.sh", &script(false));
    let bat = refresh("tests/platforms/examples.bat", &script(true));
    assert!(
        !bash && !bat,
        "tests/platforms/examples.sh and .bat were out of date with the method table and have been written anew; commit them"
    );
}
