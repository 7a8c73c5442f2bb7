//! The Rust API and the C functions, one of each per method.

use std::fmt::Write;

use super::{Method, Value, banner, ensure, lowercase_first, rustfmt, telegram, wrap};

/// The Rust type of a parameter: text (JSON too) borrowed, optional text an `Option`,
/// numbers `i64` (0 is "not given" for an optional one, as in C), a flag `bool`, a
/// fraction `f64`.
fn rust_type(p: &super::Param) -> &'static str {
    match (p.value, p.required) {
        (Value::Bool, _) => "bool",
        (Value::Double, _) => "f64",
        (v, _) if v.is_number() => "i64",
        (_, true) => "&str",
        (_, false) => "Option<&str>",
    }
}

/// The doc comment both forms share: summary, OPI and Bot API names, the notes, and a
/// line per parameter.
fn method_doc(
    m: &Method,
    names: impl Fn(&super::Param) -> String,
    absent: impl Fn(&super::Param) -> String,
    outputs: &[&str],
) -> String {
    let mut text = format!(
        "OPI's `{}` ({}), Bot API {}: {}.",
        m.name,
        m.name_ru,
        m.bot_api(|b| format!("`{b}`")),
        lowercase_first(&m.summary)
    );
    if !m.doc.is_empty() {
        text += &format!("\n\n{}", m.doc);
    }
    let mut out = wrap(&text, "/// ", 92);
    out += "///\n";
    let lines = m.params.iter().map(|p| {
        let need = if p.required {
            "required".to_string()
        } else {
            format!("optional, {}", absent(p))
        };
        format!("- `{}` ({}, {need}): {}", names(p), p.name, p.sentence())
    });
    for line in lines.chain(outputs.iter().map(|o| o.to_string())) {
        let wrapped = wrap(&line, "///   ", 92);
        out += &wrapped.replacen("///   ", "/// ", 1);
    }
    out
}

fn downloads(m: &Method) -> bool {
    m.downloads()
}

pub fn api_source(methods: &[Method]) -> String {
    let mut out = banner("//!");
    // Only the kinds some method takes, so that the import is never unused.
    let uses = |value: Value| {
        methods
            .iter()
            .any(|m| m.params.iter().any(|p| p.value == value))
    };
    let mut kinds = vec![];
    for (kind, used) in [
        ("Bool", uses(Value::Bool)),
        ("Float", uses(Value::Double)),
        ("Number", uses(Value::Int32) || uses(Value::Int64)),
        ("Text", true),
    ] {
        if used {
            kinds.push(kind);
        }
    }
    out += &format!(
        "//! The Rust API: one function per method of the table.\n\n\
         use crate::method::run_in_order;\n\
         use crate::args::Arg::{{{}}};\n\
         use crate::error::Error;\n\
         use crate::methods;\n",
        kinds.join(", ")
    );
    if methods.iter().any(downloads) {
        out += "use crate::download::Sink;\nuse crate::method::run_in_order_to;\n";
    }
    for m in methods {
        out.push('\n');
        let to: &[&str] = if downloads(m) {
            &[
                "- `to`: where the file goes: [`Sink::Memory`], a buffer that receives it, or \
               [`Sink::File`], a path it is streamed to.",
            ]
        } else {
            &[]
        };
        out += &method_doc(
            m,
            |p| p.c_name.clone(),
            |p| match p.value {
                Value::Bool => format!("OPI's default is {}", p.flag_default()),
                v if v.is_number() => "0 for none".into(),
                _ => format!("`None` for {}", p.not_given()),
            },
            to,
        );
        out += match m.runs.as_str() {
            "request" => {
                "///\n/// `Ok` is Telegram's document as received; see [`Error`] for the rest.\n"
            }
            _ => "///\n/// `Ok` is the document described above; see [`Error`] for the rest.\n",
        };
        let mut args: Vec<String> = m
            .params
            .iter()
            .map(|p| format!("{}: {}", p.c_name, rust_type(p)))
            .collect();
        if downloads(m) {
            args.push("to: Sink<'_>".into());
        }
        let values: Vec<String> = m
            .params
            .iter()
            .map(|p| match (p.value, p.required) {
                (Value::Bool, _) => format!("Some(Bool({}))", p.c_name),
                (Value::Double, _) => format!("Some(Float({}))", p.c_name),
                (v, _) if v.is_number() => format!("Some(Number({}))", p.c_name),
                (_, true) => format!("Some(Text({}))", p.c_name),
                (_, false) => format!("{}.map(Text)", p.c_name),
            })
            .collect();
        let (run, to) = if downloads(m) {
            ("run_in_order_to", ", to")
        } else {
            ("run_in_order", "")
        };
        let _ = writeln!(
            out,
            "pub fn {}({}) -> Result<String, Error> {{\n    {run}(&methods::{}::METHOD, &[{}]{to})\n}}",
            m.rust_function,
            args.join(", "),
            m.rust_function,
            values.join(", ")
        );
    }
    rustfmt(&out)
}

pub fn ffi_source(methods: &[Method]) -> String {
    let mut out = banner("//!");
    out += "//! The C functions: one per method of the table, each decoding its arguments\n\
            //! through `invoke`.\n\n\
            #![allow(clippy::too_many_arguments)]\n\n\
            use std::ffi::c_char;\n\n\
            use super::strings::{CArg, invoke};\n\
            use crate::methods;\n";
    if methods.iter().any(downloads) {
        out += "use super::strings::{invoke_to, opi_bytes};\n";
    }
    for m in methods {
        out.push('\n');
        let outputs: &[&str] = if downloads(m) {
            &[
                "- `path`: the file to write it to, or NULL: written beside it and renamed once \
                 whole, so that a failed download leaves nothing there.",
                "- `bytes`: without `path`, receives the file: an owned buffer the caller \
                 releases with `opi_bytes_free`; zeroed first, and left zeroed on any failure. \
                 May be NULL when `path` is given.",
            ]
        } else {
            &[]
        };
        out += &method_doc(m, |p| p.c_name.clone(), |p| p.c_absent(), outputs);
        let (returns, blocks) = match m.runs.as_str() {
            "download" => (
                "Returns the JSON document described above, or the library's own",
                "Thread-safe; blocks until the file is received or `timeout_ms` passes (for getFile, then again for the file).",
            ),
            "local" => (
                "Returns the JSON document computed here (above), or the library's own",
                "Thread-safe; sends nothing.",
            ),
            "reshaped" => (
                "Returns Telegram's JSON answer in OPI's shape (above), or the library's own",
                "Thread-safe; blocks until the answer arrives or `timeout_ms` passes.",
            ),
            _ => (
                "Returns Telegram's JSON answer as received, or the library's own",
                "Thread-safe; blocks until the answer arrives or `timeout_ms` passes.",
            ),
        };
        out += &"///\n\
                /// RETURNS\n\
                /// `{\"ok\":false,\"description\":...,\"opi_error\":{\"kind\":...}}`. Never NULL: the\n\
                /// caller owns the string and releases it with `opi_free`, exactly once.\n\
                /// BLOCKS\n\
                ///\n\
                /// # Safety\n\
                /// Each pointer is NULL or a NUL-terminated string, valid for the duration of the\n\
                /// call.\n\
                #[unsafe(no_mangle)]\n"
            .replace("RETURNS", returns)
            .replace("BLOCKS", blocks);
        let args: Vec<String> = m
            .params
            .iter()
            .map(|p| {
                let ty = match p.value {
                    Value::Int32 => "i32",
                    Value::Int64 => "i64",
                    Value::Bool => "bool",
                    Value::Double => "f64",
                    _ => "*const c_char",
                };
                format!("{}: {ty}", p.c_name)
            })
            .collect();
        let values: Vec<String> = m
            .params
            .iter()
            .map(|p| match p.value {
                Value::Int32 => format!("CArg::Number({}.into())", p.c_name),
                Value::Int64 => format!("CArg::Number({})", p.c_name),
                Value::Bool => format!("CArg::Bool({})", p.c_name),
                Value::Double => format!("CArg::Float({})", p.c_name),
                _ => format!("CArg::Text({})", p.c_name),
            })
            .collect();
        let (mut args, invoke, to) = (args, "invoke", "");
        let (invoke, to) = if downloads(m) {
            args.push("path: *const c_char".into());
            args.push("bytes: *mut opi_bytes".into());
            ("invoke_to", ", path, bytes")
        } else {
            (invoke, to)
        };
        let _ = writeln!(
            out,
            "pub unsafe extern \"C\" fn {}({}) -> *mut c_char {{\n    \
             // SAFETY: each pointer is NULL or a valid C string, by this function's contract.\n    \
             unsafe {{ {invoke}(&methods::{}::METHOD, &[{}]{to}) }}\n}}",
            m.c_function,
            args.join(", "),
            m.rust_function,
            values.join(", ")
        );
    }
    rustfmt(&out)
}

#[test]
fn rust_api_is_generated_from_the_table() {
    ensure("src/api/telegram.rs", &api_source(&telegram()));
}

#[test]
fn c_functions_are_generated_from_the_table() {
    ensure("src/ffi/telegram.rs", &ffi_source(&telegram()));
}
