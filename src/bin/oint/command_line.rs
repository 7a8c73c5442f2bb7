//! Reading `oint`'s arguments: `oint <library> <method> [options]`, options as
//! `--opt value` or `--opt=value`, all of them drawn from the method table and the
//! options of every call below.
//!
//! A usage error never quotes an option's value or a stray argument, nor a library or
//! method name that is not one: any of them could be the bot token, typed in the wrong
//! place. `--` ends the options; long options take two dashes, only `-h` takes one.

use std::fmt;

use opi::unversioned::{self, Args, Given, Method, Param, ParamType, Runs};

/// A library of OPI as `oint` names it, with its methods from the table.
pub struct Library {
    pub name: &'static str,
    pub summary: &'static str,
    pub methods: &'static [&'static Method],
}

pub const LIBRARIES: &[Library] = &[Library {
    name: "telegram",
    summary: "Telegram Bot API",
    methods: unversioned::TELEGRAM,
}];

/// An option that every call takes, beside its method's parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Common {
    Out,
    ApiUrl,
    Timeout,
    Debug,
    Test,
    Help,
    Version,
}

impl Common {
    /// In the order help lists them.
    pub const ALL: [Common; 7] = [
        Common::Out,
        Common::ApiUrl,
        Common::Timeout,
        Common::Debug,
        Common::Test,
        Common::Help,
        Common::Version,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Common::Out => "out",
            Common::ApiUrl => "api-url",
            Common::Timeout => "timeout",
            Common::Debug => "debug",
            Common::Test => "test",
            Common::Help => "help",
            Common::Version => "version",
        }
    }

    /// What the value stands for in help, or `None` for a switch.
    pub fn value(self) -> Option<&'static str> {
        match self {
            Common::Out => Some("FILE"),
            Common::ApiUrl => Some("URL"),
            Common::Timeout => Some("MS"),
            Common::Debug | Common::Test | Common::Help | Common::Version => None,
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Common::Out => "Write the JSON result to FILE instead of stdout",
            Common::ApiUrl => {
                "Bot API server for this call (default: OPI_TELEGRAM_API_URL, or Telegram's)"
            }
            Common::Timeout => "Time limit of the whole call (default: OPI_TIMEOUT_MS, or 30000)",
            Common::Debug => "Print the request to stderr, the token shown as ***",
            Common::Test => {
                "Print the request that would be sent, the token shown as ***; send nothing"
            }
            Common::Help => "Print help: of oint, of a library, or of a method (also -h)",
            Common::Version => "Print the version",
        }
    }
}

/// What the command line asks for.
pub enum Command {
    Help(Topic),
    Version,
    Call(Call),
}

/// What a `--help` is about: the deepest of library and method named before it.
pub enum Topic {
    Oint,
    Library(&'static Library),
    Method(&'static Library, &'static Method),
}

/// One method call, every option read and checked for form.
pub struct Call {
    pub method: &'static Method,
    values: Vec<(&'static Param, Given)>,
    pub out: Option<String>,
    pub api_url: Option<String>,
    pub timeout_ms: Option<u64>,
    pub debug: bool,
    /// Prepare and show the request, but send nothing.
    pub test: bool,
}

impl Call {
    /// The parameter values, ready for the method's `prepare` step.
    pub fn args(&self) -> Args<'_> {
        let mut args = Args::new();
        for (param, value) in &self.values {
            args.set(param, value.as_arg());
        }
        args
    }
}

/// A command line `oint` cannot run: one line of reason, and the help that explains.
#[derive(Debug, PartialEq, Eq)]
pub struct Usage {
    pub reason: String,
    /// The command whose help covers the mistake.
    pub see: String,
}

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "oint: {}; see '{} --help'", self.reason, self.see)
    }
}

/// Where in the command line the reader is, for what options mean and which help to
/// point at.
#[derive(Clone, Copy)]
struct Place {
    library: Option<&'static Library>,
    method: Option<&'static Method>,
}

impl Place {
    fn usage(self, reason: impl Into<String>) -> Usage {
        let see = match (self.library, self.method) {
            (Some(l), Some(m)) => format!("oint {} {}", l.name, m.name),
            (Some(l), None) => format!("oint {}", l.name),
            _ => "oint".to_string(),
        };
        Usage {
            reason: reason.into(),
            see,
        }
    }

    /// The option a one-dash alias stands for: `-h` is help, the others are the
    /// method's parameters' aliases.
    fn short(self, alias: &str) -> Option<Opt> {
        let mut chars = alias.chars();
        let (Some(letter), None) = (chars.next(), chars.next()) else {
            return None;
        };
        if letter == 'h' {
            return Some(Opt::Common(Common::Help));
        }
        self.method?
            .params
            .iter()
            .find(|p| p.alias == Some(letter))
            .map(|p| Opt::Param(p))
    }

    /// A method's own parameter comes before an option of every call of the same name,
    /// as in OPI's CLI: GetUpdates' `--timeout` is its long-poll seconds, not oint's
    /// time limit (which `OPI_TIMEOUT_MS` still sets for it). `--help` is help wherever.
    fn option(self, name: &str) -> Option<Opt> {
        let own = self
            .method
            .and_then(|m| m.params.iter().find(|p| p.option == name))
            .filter(|_| name != Common::Help.name());
        if let Some(param) = own {
            return Some(Opt::Param(param));
        }
        Common::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .map(Opt::Common)
    }
}

#[derive(Clone, Copy)]
enum Opt {
    Common(Common),
    Param(&'static Param),
}

impl Opt {
    fn takes_value(self) -> bool {
        match self {
            Opt::Common(c) => c.value().is_some(),
            Opt::Param(_) => true,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Opt::Common(c) => c.name(),
            Opt::Param(p) => p.option,
        }
    }
}

/// Reads the arguments after the program name. `env` looks up an environment variable,
/// for parameters that may come from one.
pub fn parse(args: &[String], env: impl Fn(&str) -> Option<String>) -> Result<Command, Usage> {
    let mut place = Place {
        library: None,
        method: None,
    };
    let mut call = Pending::default();
    // Where a stray argument stands, told without quoting any value.
    let mut after = String::new();
    let mut rest = args.iter();
    let mut options_ended = false;
    while let Some(arg) = rest.next() {
        if arg == "--" && !options_ended {
            options_ended = true;
            after = "after --".to_string();
            continue;
        }
        let Some(spelled) = option_text(arg).filter(|_| !options_ended) else {
            positional(&mut place, arg, &after)?;
            after = format!("after {}", place.method.map_or("the library", |m| m.name));
            continue;
        };
        let (name, inline) = match spelled.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (spelled, None),
        };
        let typed = arg.split('=').next().unwrap_or(arg);
        let opt = if arg.starts_with("--") {
            place
                .option(name)
                .ok_or_else(|| unknown_option(place, typed, name))?
        } else {
            place.short(name).ok_or_else(|| {
                place.usage(format!(
                    "unknown option {}; long options take two dashes",
                    shown_option(typed)
                ))
            })?
        };
        // Messages name the option by its long name, whichever way it was typed.
        let name = opt.name();
        let value = match (opt.takes_value(), inline) {
            (true, Some(value)) => Some(value.to_string()),
            (true, None) => match rest.next() {
                Some(next) if !looks_like_option(place, next) => Some(next.clone()),
                _ => return Err(place.usage(format!("--{name} needs a value"))),
            },
            (false, Some(_)) => return Err(place.usage(format!("--{name} takes no value"))),
            (false, None) => None,
        };
        // An empty value where one is needed is as good as none: `--chat=` is a usage
        // error, like `--chat` alone. An optional parameter left empty is "not given".
        let needs_value = match opt {
            Opt::Common(_) => true,
            Opt::Param(param) => param.required,
        };
        if needs_value && value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err(place.usage(format!("--{name} needs a value")));
        }
        if !call.seen.insert(opt.name()) {
            return Err(place.usage(format!("--{name} is given more than once")));
        }
        after = match value {
            Some(_) => format!("after --{} and its value", opt.name()),
            None => format!("after --{}", opt.name()),
        };
        match opt {
            Opt::Common(Common::Help) => return Ok(Command::Help(topic(place))),
            Opt::Common(Common::Version) => return Ok(Command::Version),
            Opt::Common(Common::Debug) => call.debug = true,
            Opt::Common(Common::Test) => call.test = true,
            Opt::Common(Common::Out) => call.out = value,
            Opt::Common(Common::ApiUrl) => call.api_url = value,
            Opt::Common(Common::Timeout) => {
                let text = value.unwrap_or_default();
                let ms = text
                    .trim()
                    .parse::<u64>()
                    .map_err(|_| place.usage(not_a_number(Common::Timeout.name())))?;
                call.timeout_ms = Some(ms);
            }
            Opt::Param(param) => {
                let text = escapes(value.unwrap_or_default());
                if let Some(value) = read_value(place, param, text)? {
                    call.values.push((param, value));
                }
            }
        }
    }
    let Some(method) = place.method else {
        return Err(match place.library {
            None => place
                .usage("name a library and a method, as in 'oint telegram CreateInvitationLink'"),
            Some(l) => place.usage(format!("name a method of {}", l.name)),
        });
    };
    for param in method.params {
        if call.values.iter().any(|(p, _)| p.name == param.name) {
            continue;
        }
        let from_env = param.env.and_then(&env).filter(|v| !v.is_empty());
        match from_env {
            Some(text) => call.values.push((param, Given::Text(text))),
            None if param.required => {
                let or_env = param
                    .env
                    .map(|var| format!(" (or set {var})"))
                    .unwrap_or_default();
                return Err(place.usage(format!(
                    "missing --{}{or_env}: {} is required for {}",
                    param.option, param.name, method.name
                )));
            }
            None => {}
        }
    }
    if matches!(method.runs, Runs::Download(..)) && call.out.is_none() {
        return Err(place.usage(format!(
            "missing --out FILE: {} writes the file it downloads there",
            method.name
        )));
    }
    Ok(Command::Call(Call {
        method,
        values: call.values,
        out: call.out,
        api_url: call.api_url,
        timeout_ms: call.timeout_ms,
        debug: call.debug,
        test: call.test,
    }))
}

/// The options read so far, before the method is known to be complete.
#[derive(Default)]
struct Pending {
    values: Vec<(&'static Param, Given)>,
    out: Option<String>,
    api_url: Option<String>,
    timeout_ms: Option<u64>,
    debug: bool,
    test: bool,
    seen: std::collections::HashSet<&'static str>,
}

/// The option's name and any `=value` when `arg` is an option: `--name`, or `-t`.
/// A lone `-` and negative numbers are not options.
fn option_text(arg: &str) -> Option<&str> {
    if let Some(spelled) = arg.strip_prefix("--") {
        return Some(spelled);
    }
    let short = arg.strip_prefix('-')?;
    let first = short.chars().next()?;
    (!first.is_ascii_digit()).then_some(short)
}

/// Whether `arg`, where a value is expected, is rather the next option: the value was
/// left out. `--opt=value` is the way to pass a value that starts like an option.
fn looks_like_option(place: Place, arg: &str) -> bool {
    option_text(arg).is_some_and(|spelled| {
        let name = spelled.split_once('=').map_or(spelled, |(name, _)| name);
        if arg.starts_with("--") {
            place.option(name).is_some()
        } else {
            place.short(name).is_some()
        }
    })
}

fn positional(place: &mut Place, arg: &str, after: &str) -> Result<(), Usage> {
    match (place.library, place.method) {
        (None, _) => {
            let library = LIBRARIES
                .iter()
                .find(|l| l.name.eq_ignore_ascii_case(arg))
                .ok_or_else(|| {
                    let known: Vec<&str> = LIBRARIES.iter().map(|l| l.name).collect();
                    place.usage(format!(
                        "unknown library; oint provides {}",
                        known.join(", ")
                    ))
                })?;
            place.library = Some(library);
        }
        (Some(library), None) => {
            let method = library
                .methods
                .iter()
                .copied()
                .find(|m| m.name.eq_ignore_ascii_case(arg))
                .ok_or_else(|| place.usage(format!("unknown method of {}", library.name)))?;
            place.method = Some(method);
        }
        (Some(_), Some(_)) => {
            return Err(place.usage(format!(
                "unexpected argument {after}; options start with --, and a value with spaces needs quotes"
            )));
        }
    }
    Ok(())
}

/// `typed` is the option as written, without any `=value`; `name` is without dashes.
fn unknown_option(place: Place, typed: &str, name: &str) -> Usage {
    let option = shown_option(typed);
    match place.method {
        Some(method) => place.usage(format!("unknown option {option} for {}", method.name)),
        None => {
            let of_a_method = LIBRARIES
                .iter()
                .flat_map(|l| l.methods.iter())
                .any(|m| m.params.iter().any(|p| p.option == name));
            if of_a_method {
                place.usage(format!("{option} comes after the method's name"))
            } else {
                place.usage(format!("unknown option {option}"))
            }
        }
    }
}

fn topic(place: Place) -> Topic {
    match (place.library, place.method) {
        (Some(l), Some(m)) => Topic::Method(l, m),
        (Some(l), None) => Topic::Library(l),
        _ => Topic::Oint,
    }
}

/// A parameter's value as its type reads on the command line: a number or a flag is
/// read here, so that a malformed one is a usage error; everything else goes to the
/// method's `prepare` step as text. An empty optional number or flag is "not given",
/// like "" elsewhere (a flag then takes OPI's default).
///
/// A flag is `true` or `false` in any case, or `1` or `0` (the number OPI itself sends
/// for one); `yes`/`no` are refused rather than guessed at.
fn read_value(place: Place, param: &Param, text: String) -> Result<Option<Given>, Usage> {
    if !param.ty.is_scalar() {
        return Ok(Some(Given::Text(text)));
    }
    let trimmed = text.trim();
    if trimmed.is_empty() && !param.required {
        return Ok(None);
    }
    match param.ty {
        ParamType::Boolean { .. } => match trimmed.to_ascii_lowercase().as_str() {
            "true" | "1" => Ok(Some(Given::Bool(true))),
            "false" | "0" => Ok(Some(Given::Bool(false))),
            _ => Err(place.usage(format!("--{} takes true or false", param.option))),
        },
        ParamType::Float => trimmed
            .parse::<f64>()
            // Not finite or out of range is the method's to refuse, naming the parameter.
            .map(|x| Some(Given::Float(x)))
            .map_err(|_| place.usage(format!("--{} takes a number such as 55.75", param.option))),
        _ => trimmed
            .parse::<i64>()
            .map(|n| Some(Given::Number(n)))
            .map_err(|_| place.usage(not_a_number(param.option))),
    }
}

/// A method's option value as OPI's CLI reads it: `\n`, `\r`, `\v` and `\f` become
/// line feed, carriage return, vertical tab and form feed, so that a shell line can carry
/// a multi-line text; except in a value that starts with `{` or `[` (JSON, whose own
/// escapes are its reader's) and in the path of an existing file. As in OPI the
/// two-character sequences are replaced wherever they stand: there is no escape for a
/// literal `\n`. `--out` and the other options of oint itself are taken as typed.
fn escapes(value: String) -> String {
    let untouched = !value.contains('\\')
        || value.starts_with('{')
        || value.starts_with('[')
        || std::path::Path::new(&value).exists();
    if untouched {
        return value;
    }
    value
        .replace("\\n", "\n")
        .replace("\\r", "\r")
        .replace("\\v", "\u{b}")
        .replace("\\f", "\u{c}")
}

/// The value is not quoted: it could be the token, typed in the wrong place.
fn not_a_number(option: &str) -> String {
    format!("--{option} takes a whole number")
}

/// A value from the command line in a message: quoted, and cut short.
fn shown(text: &str) -> String {
    opi::unversioned::quoted(text)
}

/// An option as typed, quoted when it reads as an option name (dashes, letters, digits);
/// anything else could be a secret that happens to start with a dash.
fn shown_option(typed: &str) -> String {
    let name = typed.trim_start_matches('-');
    if !name.is_empty()
        && name.len() <= 32
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        shown(typed)
    } else {
        "(not shown)".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(line: &[&str]) -> Result<Command, Usage> {
        let args: Vec<String> = line.iter().map(|s| s.to_string()).collect();
        parse(&args, |_| None)
    }

    fn call(line: &[&str]) -> Call {
        match run(line) {
            Ok(Command::Call(call)) => call,
            Ok(_) => panic!("not a call: {line:?}"),
            Err(e) => panic!("{e}"),
        }
    }

    fn usage(line: &[&str]) -> String {
        match run(line) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("accepted: {line:?}"),
        }
    }

    #[test]
    fn escapes_become_characters_as_in_opis_cli() {
        assert_eq!(escapes(r"a\nb\rc\vd\fe".into()), "a\nb\rc\u{b}d\u{c}e");
        assert_eq!(escapes(r"C:\temp\x".into()), r"C:\temp\x");
        assert_eq!(escapes(r"two\\n".into()), "two\\\n");
        for kept in [r"{'text':'a\nb'}", r#"["a\nb"]"#] {
            assert_eq!(escapes(kept.into()), kept);
        }
        let dir = std::env::temp_dir().join(format!("oint-escapes-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(r"keyboard\new.json");
        std::fs::write(&file, "{}").unwrap();
        let path = file.to_str().unwrap().to_string();
        assert_eq!(escapes(path.clone()), path);
        std::fs::remove_dir_all(&dir).unwrap();
        // Through the parser: a method's option, not `--out`.
        let c = call(&[
            "telegram",
            "SendTextMessage",
            "--token",
            "T:x",
            "--chat",
            "1",
            "--text",
            r"Line 1\nLine 2",
            "--out",
            r"C:\new\file.json",
        ]);
        assert_eq!(c.args().text(&unversioned::TEXT), Some("Line 1\nLine 2"));
        assert_eq!(c.out.as_deref(), Some(r"C:\new\file.json"));
    }

    #[test]
    fn both_spellings_of_a_value_read_the_same() {
        let spaced = call(&[
            "telegram",
            "createInvitationLink",
            "--token",
            "T:x",
            "--chat",
            "-100",
            "--limit",
            "200",
        ]);
        let joined = call(&[
            "telegram",
            "CreateInvitationLink",
            "--token=T:x",
            "--chat=-100",
            "--limit=200",
        ]);
        for c in [spaced, joined] {
            let args = c.args();
            assert_eq!(args.text(&unversioned::CHAT_ID), Some("-100"));
            assert_eq!(args.number(&unversioned::USER_LIMIT), Some(200));
            assert_eq!(c.method.name, "CreateInvitationLink");
        }
    }

    #[test]
    fn usage_errors_point_at_the_help_that_explains() {
        let m = ["telegram", "CreateInvitationLink", "--token", "T:x"];
        let cases: &[(&[&str], &str)] = &[
            (&[], "'oint --help'"),
            (
                &["tg"],
                "unknown library; oint provides telegram; see 'oint --help'",
            ),
            (
                &["telegram"],
                "name a method of telegram; see 'oint telegram --help'",
            ),
            (&["telegram", "Nope"], "unknown method of telegram"),
            (
                &[&m[..], &["--chat", "@c", "--foo"]].concat(),
                "unknown option \"--foo\" for CreateInvitationLink; see 'oint telegram CreateInvitationLink --help'",
            ),
            (&m, "missing --chat: ChatID is required"),
            (
                &["telegram", "CreateInvitationLink", "--chat", "@c"],
                "missing --token (or set OPI_TELEGRAM_TOKEN)",
            ),
            (
                &[&m[..], &["--chat", "@c", "--limit", "many"]].concat(),
                "--limit takes a whole number",
            ),
            (
                &[&m[..], &["--chat", "@c", "--timeout", "1.5"]].concat(),
                "--timeout takes a whole number",
            ),
            (&[&m[..], &["--chat"]].concat(), "--chat needs a value"),
            (
                &[&m[..], &["--chat", "--title", "x"]].concat(),
                "--chat needs a value",
            ),
            (
                &[&m[..], &["--chat", "@c", "--chat", "@d"]].concat(),
                "--chat is given more than once",
            ),
            (
                &[&m[..], &["--chat", "@c", "--debug=yes"]].concat(),
                "--debug takes no value",
            ),
            (
                &["telegram", "--chat", "@c"],
                "\"--chat\" comes after the method's name",
            ),
        ];
        for (line, expected) in cases {
            let message = usage(line);
            assert!(message.contains(expected), "{message}");
            assert!(
                message.starts_with("oint: ") && message.ends_with(" --help'"),
                "{message}"
            );
        }
    }

    #[test]
    fn stray_arguments_and_option_values_are_never_quoted() {
        let line = [
            "telegram",
            "CreateInvitationLink",
            "--chat",
            "@c",
            "SECRET:1",
        ];
        assert!(!usage(&line).contains("SECRET"));
        let line = ["telegram", "CreateInvitationLink", "--tokn=SECRET:1"];
        assert!(!usage(&line).contains("SECRET"));
        let line = ["telegram", "CreateInvitationLink", "-z=SECRET:1"];
        assert!(usage(&line).contains("unknown option \"-z\"; long options take two dashes"));
        // A known alias in a wrong place is named by its long name, its value unshown.
        let line = ["telegram", "CreateInvitationLink", "-c", "-t", "SECRET:1"];
        let message = usage(&line);
        assert!(message.contains("--chat needs a value"), "{message}");
        assert!(!message.contains("SECRET"), "{message}");
        let line = ["telegram", "CreateInvitationLink", "-m", "SECRET:1"];
        let message = usage(&line);
        assert!(
            message.contains("--limit takes a whole number"),
            "{message}"
        );
        assert!(!message.contains("SECRET"), "{message}");
        for line in [["SECRET:1", "telegram"], ["telegram", "SECRET:1"]] {
            assert!(!usage(&line).contains("SECRET"), "{line:?}");
        }
        let line = ["telegram", "CreateInvitationLink", "--SECRET:1"];
        assert!(!usage(&line).contains("SECRET"));
        // A number option's value that is not a number is not shown either.
        for option in ["--limit", "--timeout"] {
            let line = ["telegram", "CreateInvitationLink", option, "SECRET:1"];
            let message = usage(&line);
            assert!(message.contains("takes a whole number"), "{message}");
            assert!(!message.contains("SECRET"), "{message}");
        }
    }

    #[test]
    fn short_aliases_read_as_their_long_options() {
        let short = call(&[
            "telegram",
            "CreateInvitationLink",
            "-t",
            "T:x",
            "-c=-100",
            "-l",
            "Spring",
            "-m",
            "200",
        ]);
        let args = short.args();
        assert_eq!(args.text(&unversioned::TOKEN), Some("T:x"));
        assert_eq!(args.text(&unversioned::CHAT_ID), Some("-100"));
        assert_eq!(args.text(&unversioned::TITLE), Some("Spring"));
        assert_eq!(args.number(&unversioned::USER_LIMIT), Some(200));
        // Long and short spellings of one option are the same option.
        let twice = [
            "telegram",
            "CreateInvitationLink",
            "-t",
            "T:x",
            "--token",
            "T:y",
        ];
        assert!(usage(&twice).contains("--token is given more than once"));
        // Aliases belong to a method's parameters: `-t` names nothing before one.
        assert!(usage(&["telegram", "-t", "T:x"]).contains("unknown option \"-t\""));
    }

    #[test]
    fn negative_numbers_are_values() {
        let c = call(&[
            "telegram",
            "CreateInvitationLink",
            "--token",
            "T:x",
            "--chat",
            "-100123",
            "--limit",
            "-1",
        ]);
        assert_eq!(c.args().number(&unversioned::USER_LIMIT), Some(-1));
    }

    #[test]
    fn help_and_version_win_where_they_stand() {
        assert!(matches!(run(&["--help"]), Ok(Command::Help(Topic::Oint))));
        assert!(matches!(
            run(&["telegram", "-h"]),
            Ok(Command::Help(Topic::Library(_)))
        ));
        assert!(matches!(
            run(&["telegram", "createinvitationlink", "--help"]),
            Ok(Command::Help(Topic::Method(_, m))) if m.name == "CreateInvitationLink"
        ));
        assert!(matches!(run(&["--version"]), Ok(Command::Version)));
    }

    #[test]
    fn a_parameter_with_a_variable_may_come_from_it() {
        let args: Vec<String> = ["telegram", "CreateInvitationLink", "--chat", "@c"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let env = |name: &str| (name == "OPI_TELEGRAM_TOKEN").then(|| "T:env".to_string());
        let Ok(Command::Call(c)) = parse(&args, env) else {
            panic!("refused");
        };
        assert_eq!(c.args().text(&unversioned::TOKEN), Some("T:env"));
    }
}
