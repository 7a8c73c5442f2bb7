//! The files generated from the method table, which `opi::describe()` hands out as data:
//! the Rust API and the C functions (`src/api/telegram.rs`, `src/ffi/telegram.rs`), the
//! bindings' typed wrappers and the reference documentation.
//!
//! Each test renders one file afresh and compares it with the one checked in. When they
//! differ it writes the fresh file and fails, naming it: `cargo test` both finds drift
//! and regenerates (run it again, then commit). A method added to the table is thus one
//! test run away from every host.
//!
//! A test binary of its own, apart from the integration tests that call the generated
//! functions: it builds whenever the library does, even while those are out of date.

mod addin;
mod csharp;
mod docs;
mod examples;
mod go;
mod node;
mod python;
mod rust_api;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde::Deserialize;

/// The library as `opi::describe()` describes it.
#[derive(Deserialize)]
pub struct Described {
    pub version: String,
    pub error_kinds: Vec<Kind>,
    pub libraries: Vec<Library>,
}

#[derive(Deserialize)]
pub struct Kind {
    pub name: String,
    pub doc: String,
}

#[derive(Deserialize)]
pub struct Library {
    pub name: String,
    pub methods: Vec<Method>,
}

#[derive(Deserialize)]
pub struct Method {
    pub name: String,
    pub name_ru: String,
    pub bot_method: String,
    /// How it runs: `request`, `reshaped` (Telegram's document made into OPI's shape)
    /// or `local` (nothing is sent).
    pub runs: String,
    pub group: String,
    pub summary: String,
    pub doc: String,
    pub rust_function: String,
    pub c_function: String,
    pub params: Vec<Param>,
    pub example: Vec<(String, String)>,
}

#[derive(Deserialize)]
pub struct Param {
    pub name: String,
    pub c_name: String,
    pub option: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub value: Value,
    pub c_type: String,
    pub required: bool,
    pub description: String,
    pub env: Option<String>,
    pub alias: Option<String>,
    /// What "not given" means: 0 for a number, OPI's default for a flag, else null.
    pub default: Option<serde_json::Value>,
}

/// What kind of value a parameter takes, which decides its type in each language.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Text,
    Chat,
    Date,
    Int32,
    Int64,
    File,
    /// Not a parameter's: the `opi_bytes *` after a download function's `path`, which
    /// receives the file.
    #[serde(skip)]
    Bytes,
    Bool,
    Double,
    /// A JSON object as text, or in the bindings as the language's map.
    Object,
    /// A JSON array of strings as text, or in the bindings as the language's list.
    Array,
}

impl Value {
    pub fn is_number(self) -> bool {
        matches!(self, Value::Int32 | Value::Int64)
    }

    /// JSON: text, or a value of the language's own that the binding encodes.
    pub fn is_json(self) -> bool {
        matches!(self, Value::Object | Value::Array)
    }

    /// Passed by value in C, never "not given" there: a whole number, a flag, a double.
    pub fn is_scalar(self) -> bool {
        matches!(
            self,
            Value::Int32 | Value::Int64 | Value::Bool | Value::Double
        )
    }
}

impl Param {
    /// What "not given" is for this parameter in C, for the documentation: `0 for none`.
    pub fn c_absent(&self) -> String {
        match self.value {
            v if v.is_number() => "0 for none".into(),
            Value::File => "NULL for none".into(),
            // C has no "not given" for a flag: the caller passes OPI's default.
            Value::Bool => format!("OPI's default is {}", self.flag_default()),
            _ => format!("NULL or \"\" for {}", self.not_given()),
        }
    }

    /// What leaving out a text means: "none", or its default (Markup's `Markdown`).
    pub fn not_given(&self) -> String {
        match self.default.as_ref().and_then(|d| d.as_str()) {
            Some(default) => format!("OPI's default, {default}"),
            None => "none".into(),
        }
    }

    /// OPI's default of a flag.
    pub fn flag_default(&self) -> bool {
        self.default
            .as_ref()
            .and_then(|d| d.as_bool())
            .unwrap_or(false)
    }

    /// The value's forms, where its type does not say them, for the documentation.
    pub fn forms(&self) -> Option<&'static str> {
        match self.value {
            Value::Chat => Some("an integer id such as `-1001234567890`, or `@username`"),
            Value::File => Some(
                "a local path (streamed from disk), the file's bytes, an `http(s)` URL or a \
                 Telegram `file_id` (Telegram fetches those two itself)",
            ),
            Value::Date => Some(
                "Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local time unless it has an \
                 offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`",
            ),
            Value::Object => Some(
                "JSON text, OPI's single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the \
                 path of a .json file",
            ),
            Value::Array => Some("a JSON array such as `[\"Red\",\"Blue\"]`, or `['Red','Blue']`"),
            _ => None,
        }
    }

    /// One sentence on the parameter for a generated doc comment.
    pub fn sentence(&self) -> String {
        let mut out = self.description.trim_end_matches('.').to_string();
        if let Some(forms) = self.forms() {
            out += &format!(": {forms}");
        }
        out.push('.');
        out
    }
}

impl Method {
    /// Whether the method returns bytes besides its document: its C function takes
    /// `path` and `opi_bytes *bytes` after its parameters.
    pub fn downloads(&self) -> bool {
        self.runs == "download"
    }

    /// The parameters in the order the bindings take them: the required ones first, so
    /// that the optional ones can be left out at the end; each group in the table's order.
    pub fn binding_order(&self) -> Vec<&Param> {
        let (required, optional): (Vec<&Param>, Vec<&Param>) =
            self.params.iter().partition(|p| p.required);
        required.into_iter().chain(optional).collect()
    }

    /// The first sentence of a binding's doc comment: the summary, then OPI's and the Bot
    /// API's names, each through `code` (the comment syntax's code span).
    pub fn headline(&self, code: impl Fn(&str) -> String) -> String {
        format!(
            "{} (OPI {}, Bot API {}).",
            self.summary,
            code(&self.name),
            self.bot_api(&code)
        )
    }

    /// Its Bot API method through `code`; a phrase (Call's "any, named by ...", a local
    /// method's "none: ...") as it is, since it names no one method.
    pub fn bot_api(&self, code: impl Fn(&str) -> String) -> String {
        if self.bot_method.contains(' ') {
            self.bot_method.clone()
        } else {
            code(&self.bot_method)
        }
    }
}

/// The C functions outside the table that return an owned string, with their arguments.
const CORE_FUNCTIONS: &[(&str, &[(&str, Value)])] = &[
    ("opi_configure", &[("options_json", Value::Text)]),
    ("opi_describe", &[]),
];

/// How a language writes a map from each function's name to its argument types.
pub struct Syntax {
    /// Around the name.
    pub quote: &'static str,
    /// Around the types, and after a lone one (Python's tuple needs its comma).
    pub open: &'static str,
    pub close: &'static str,
    pub lone_close: &'static str,
    /// Before each argument's C name.
    pub comment: &'static str,
    /// Of each entry, and of each type on a line of its own.
    pub indent: &'static str,
    pub inner: &'static str,
}

/// The entries of that map, for every C function that returns an owned JSON string: the
/// library's own, then the table's; each type commented with its argument's C name.
pub fn signature_table(
    methods: &[Method],
    ty: impl Fn(Value) -> &'static str,
    s: &Syntax,
) -> String {
    let core = CORE_FUNCTIONS.iter().map(|(name, args)| {
        let args = args.iter().map(|(a, v)| (a.to_string(), *v)).collect();
        (name.to_string(), args)
    });
    let table = methods.iter().map(|m| {
        let mut args: Vec<(String, Value)> = m
            .params
            .iter()
            .map(|p| (p.c_name.clone(), p.value))
            .collect();
        if m.downloads() {
            args.push(("path".into(), Value::Text));
            args.push(("bytes".into(), Value::Bytes));
        }
        (m.c_function.clone(), args)
    });
    let mut out = String::new();
    for (name, args) in core.chain(table) {
        let args: Vec<(String, Value)> = args;
        let key = format!("{}{}{name}{}: {}", s.indent, s.quote, s.quote, s.open);
        match args.as_slice() {
            [] => out += &format!("{key}{},\n", s.close),
            [(arg, value)] => {
                out += &format!("{key}{}{},{} {arg}\n", ty(*value), s.lone_close, s.comment)
            }
            _ => {
                out += &key;
                out.push('\n');
                for (arg, value) in &args {
                    out += &format!("{}{},{} {arg}\n", s.inner, ty(*value), s.comment);
                }
                out += &format!("{}{},\n", s.indent, s.close);
            }
        }
    }
    out
}

/// `text` with each `code` span of the table's Markdown as `open`...`close`.
pub fn code_spans(text: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    for (i, piece) in text.split('`').enumerate() {
        if i > 0 {
            out += if i % 2 == 1 { open } else { close };
        }
        out += piece;
    }
    out
}

/// `invalid_argument` as `InvalidArgument`, the Go and C# name of a constant.
pub fn pascal_case(snake: &str) -> String {
    let camel = docs::camel_case(snake);
    let mut chars = camel.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "Creates a link" as "creates a link", to follow a colon or a name.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The table, read as every generator reads it.
pub fn described() -> Described {
    #[derive(Deserialize)]
    struct Envelope {
        result: Described,
    }
    serde_json::from_str::<Envelope>(&opi::describe())
        .expect("describe() answers the documented shape")
        .result
}

/// The methods of the one library there is today.
pub fn telegram() -> Vec<Method> {
    let mut described = described();
    assert_eq!(described.libraries.len(), 1);
    let library = described.libraries.remove(0);
    assert_eq!(library.name, "telegram");
    library.methods
}

/// The note every generated file starts with, in the comment syntax `prefix`.
pub fn banner(prefix: &str) -> String {
    format!(
        "{prefix} Generated from the method table by tests/codegen; do not edit.\n\
         {prefix} `cargo test --test codegen` writes it anew after the table changes.\n"
    )
}

/// `text` wrapped at `width` columns, each line after `indent`.
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    for paragraph in text.split("\n\n") {
        if !out.is_empty() {
            out += indent.trim_end();
            out.push('\n');
        }
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > width {
                out += &format!("{indent}{line}\n");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line += word;
        }
        if !line.is_empty() {
            out += &format!("{indent}{line}\n");
        }
    }
    out
}

/// Rust source as rustfmt lays it out, so the generated files pass `cargo fmt --check`.
pub fn rustfmt(source: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt is installed with the toolchain");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(source.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "rustfmt refused:\n{source}");
    String::from_utf8(out.stdout).unwrap()
}

/// Fails, after writing the fresh file, when the checked-in `path` (from the package
/// root) is not `fresh`.
pub fn ensure(path: &str, fresh: &str) {
    if refresh(path, fresh) {
        panic!("{path} was out of date with the method table and has been written anew; commit it");
    }
}

/// Writes `fresh` to `path` when the file differs; says whether it did.
pub fn refresh(path: &str, fresh: &str) -> bool {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let current = fs::read_to_string(&full).unwrap_or_default();
    if current == fresh {
        return false;
    }
    fs::create_dir_all(full.parent().unwrap()).unwrap();
    fs::write(&full, fresh).unwrap();
    true
}

#[test]
fn the_c_names_follow_the_opi_names() {
    for m in telegram() {
        assert_eq!(m.c_function, format!("opi_telegram_{}", m.rust_function));
        for p in &m.params {
            assert!(
                p.c_name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{}",
                p.c_name
            );
        }
    }
}
