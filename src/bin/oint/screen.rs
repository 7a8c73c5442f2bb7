//! What `oint` writes for a person. Everything on stderr passes through here with the
//! bot token, wherever it was given, replaced by `***`: a usage error may be about the
//! very argument that holds it. Results on stdout come from the library, which never
//! puts the token in one.

use std::ffi::OsString;
use std::io::{self, Write};

use crate::command_line::Usage;
use opi::unversioned::{self, TOKEN};

/// The text hidden from stderr: every token given, in each form a message may quote it.
pub struct Screen {
    /// Longest first, none empty, none twice.
    secrets: Vec<String>,
}

impl Screen {
    /// The tokens of a command line (arguments without the program's name) and of the
    /// token's environment variable, read through `env`.
    pub fn new(argv: &[OsString], env: impl Fn(&str) -> Option<String>) -> Screen {
        let flag = format!("--{}", TOKEN.option);
        let inline = format!("{flag}=");
        let mut secrets: Vec<String> = TOKEN.env.and_then(env).into_iter().collect();
        // `-token`, which is refused, is hidden as well: the value after it is a token;
        // and so is `-t`, the token's alias.
        let short = TOKEN.alias.map(|a| format!("-{a}"));
        let mut args = argv.iter().filter_map(|a| a.to_str());
        while let Some(arg) = args.next() {
            let long = match &short {
                Some(short) if arg == short => flag.clone(),
                Some(short) if arg.starts_with(&format!("{short}=")) => {
                    format!("{inline}{}", &arg[short.len() + 1..])
                }
                _ if arg.starts_with("--") => arg.to_string(),
                _ => format!("-{arg}"),
            };
            if long == flag {
                secrets.extend(args.next().map(str::to_string));
            } else if let Some(value) = long.strip_prefix(&inline) {
                secrets.push(value.to_string());
            }
        }
        // A usage error quotes a value as Rust's Debug does, control characters escaped
        // (a token read from a file may end in \r), so that form is hidden too, and the
        // token without the whitespace around it.
        let forms: Vec<String> = secrets
            .iter()
            .flat_map(|s| {
                let quoted = format!("{s:?}");
                [
                    s.trim().to_string(),
                    quoted[1..quoted.len() - 1].to_string(),
                ]
            })
            .collect();
        secrets.extend(forms);
        secrets.retain(|s| !s.trim().is_empty());
        // The longest first, so that a token that contains another is hidden whole.
        secrets.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        secrets.dedup();
        Screen { secrets }
    }

    /// `text` with every stretch that is a secret replaced by one `***`.
    pub fn hide(&self, text: &str) -> String {
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        unversioned::hide(text, &secrets)
    }

    /// Writes a usage error to stderr, hidden.
    pub fn usage(&self, usage: &Usage) {
        self.error(&usage.to_string());
    }

    /// Writes a line to stderr, hidden.
    pub fn error(&self, text: &str) {
        let _ = writeln!(io::stderr().lock(), "{}", self.hide(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen_of(argv: &[&str]) -> Screen {
        let argv: Vec<OsString> = argv.iter().map(OsString::from).collect();
        Screen::new(&argv, |_| None)
    }

    #[test]
    fn the_token_is_hidden_in_every_form_a_usage_error_quotes() {
        let screen = screen_of(&["telegram", "--token", "123:ABC\r"]);
        assert_eq!(
            screen.hide("unknown method \"123:ABC\\r\" in telegram"),
            "unknown method \"***\" in telegram"
        );
        assert_eq!(screen.hide("at 123:ABC, and"), "at ***, and");
    }

    #[test]
    fn every_way_of_giving_the_token_is_hidden() {
        let screen = Screen::new(
            &[
                "--token=111:AAA",
                "-token",
                "222:BBB",
                "-t",
                "555:EEE",
                "-t=666:FFF",
            ]
            .map(OsString::from),
            |name| (name == "OPI_TELEGRAM_TOKEN").then(|| "333:CCC".to_string()),
        );
        assert_eq!(
            screen.hide("111:AAA 222:BBB 333:CCC 444:DDD 555:EEE 666:FFF"),
            "*** *** *** 444:DDD *** ***"
        );
    }

    #[test]
    fn a_token_inside_another_is_hidden_with_it_as_one() {
        let screen = screen_of(&["--token", "123:ABC", "--token", "ABC"]);
        assert_eq!(screen.hide("x 123:ABC y ABC"), "x *** y ***");
        // Secrets that touch or overlap are one stretch.
        let screen = screen_of(&["--token", "abc", "--token", "cde"]);
        assert_eq!(screen.hide("abcde abc-cde"), "*** ***-***");
    }

    #[test]
    fn a_secret_that_matches_the_mask_does_not_multiply_the_text() {
        // Each `*` once grew the text threefold per secret: 3^20 here.
        let mut argv = Vec::new();
        for value in ["*", "**", "k"].repeat(10) {
            argv.extend(["--token", value]);
        }
        let screen = screen_of(&argv);
        assert_eq!(screen.hide("a * b ** c k d"), "a *** b *** c *** d");
        assert_eq!(screen.hide("no secret"), "no secret");
    }
}
