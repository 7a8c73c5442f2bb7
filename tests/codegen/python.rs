//! The Python binding's typed functions (`bindings/python/src/opi/_telegram.py`): one
//! per method, calling through the package's one `call`, which frees the result.

use std::fmt::Write;

use super::{
    Method, Param, Syntax, Value, banner, code_spans, described, ensure, signature_table, telegram,
    wrap,
};

fn ctype(value: Value) -> &'static str {
    match value {
        Value::Int32 => "ctypes.c_int32",
        Value::Int64 => "ctypes.c_int64",
        // The address of the package's OpiBytes.
        Value::Bytes => "ctypes.c_void_p",
        Value::Bool => "ctypes.c_bool",
        Value::Double => "ctypes.c_double",
        _ => "ctypes.c_char_p",
    }
}

/// A parameter's name, with PEP 8's trailing underscore where the CLI option is a Python
/// keyword (`from`).
fn identifier(option: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    if KEYWORDS.contains(&option) {
        format!("{option}_")
    } else {
        option.to_string()
    }
}

/// The annotation and, for an optional parameter, the default.
fn annotation(p: &Param) -> String {
    let ty = match p.value {
        Value::Text => "str",
        Value::Chat => "str | int",
        // Expiration holds None already.
        Value::Date => return format!("Expiration{}", if p.required { "" } else { " = None" }),
        Value::Int32 | Value::Int64 => "int",
        Value::Bytes => unreachable!("not a parameter's"),
        Value::Bool => "bool",
        Value::Double => "float",
        Value::Object => "str | Mapping[str, Any]",
        Value::Array => "str | Sequence[str]",
    };
    match (p.required, p.value) {
        (true, _) => ty.to_string(),
        (false, Value::Bool) => {
            format!("{ty} = {}", if p.flag_default() { "True" } else { "False" })
        }
        (false, v) if v.is_number() => format!("{ty} = 0"),
        (false, _) => format!("{ty} | None = None"),
    }
}

/// The C argument the function passes for `p`, checked and converted.
fn argument(p: &Param) -> String {
    let (name, option) = (identifier(&p.option), &p.option);
    match p.value {
        Value::Text => format!("_text({name}, \"{option}\")"),
        Value::Chat => format!("_text(_chat({name}), \"{option}\")"),
        Value::Date => format!("_text(_expiration({name}), \"{option}\")"),
        Value::Int32 => format!("_int32({name}, \"{option}\")"),
        Value::Int64 => format!("_int64({name}, \"{option}\")"),
        Value::Bytes => unreachable!("not a parameter's"),
        Value::Bool => format!("_bool({name}, \"{option}\")"),
        Value::Double => format!("_double({name}, \"{option}\")"),
        Value::Object | Value::Array => format!("_text(_json({name}, \"{option}\"), \"{option}\")"),
    }
}

fn rst(text: &str) -> String {
    code_spans(text, "``", "``")
}

fn param_doc(p: &Param) -> String {
    let mut line = format!(":param {}: {}", identifier(&p.option), rst(&p.sentence()));
    match p.value {
        Value::Date => {
            line += " Also Unix seconds as an ``int``, or a ``date`` or ``datetime`` \
                                 (a naive one is local time)."
        }
        Value::Chat => line += " As an ``int`` or a ``str``.",
        Value::Object => line += " Also a ``dict``, sent as JSON.",
        Value::Array => line += " Also a ``list`` of ``str``, sent as JSON.",
        _ => {}
    }
    if !p.required {
        line += &match p.value {
            Value::Bool => String::new(),
            v if v.is_number() => " 0 for none.".into(),
            _ => format!(" ``None`` for {}.", p.not_given()),
        };
    }
    let wrapped = wrap(&line, "        ", 92);
    wrapped.replacen("        ", "    ", 1)
}

fn function(m: &Method) -> String {
    let order = m.binding_order();
    let mut out = format!("\n\ndef {}(\n", m.rust_function);
    for p in &order {
        let _ = writeln!(out, "    {}: {},", identifier(&p.option), annotation(p));
    }
    let (returns, call, returned) = if m.downloads() {
        (
            "bytes",
            "call_bytes",
            "the file's bytes; the file is held in memory.",
        )
    } else {
        (
            "Result",
            "call",
            "Telegram's answer, ``{\"ok\": True, \"result\": ...}``.",
        )
    };
    let _ = writeln!(out, ") -> {returns}:");
    let mut doc = wrap(
        &format!("\"\"\"{}", m.headline(|s| format!("``{s}``"))),
        "    ",
        92,
    );
    if !m.doc.is_empty() {
        doc += "\n";
        doc += &wrap(&rst(&m.doc), "    ", 92);
    }
    doc += "\n";
    for p in &order {
        doc += &param_doc(p);
    }
    let _ = writeln!(doc, "    :returns: {returned}");
    doc += "    :raises TelegramError: the Bot API refused the request.\n\
            \x20   :raises LibraryError: a bad argument, or no answer from the Bot API.\n\
            \x20   \"\"\"\n";
    out += &doc;
    let _ = writeln!(
        out,
        "    return _loaded().{call}(\n        \"{}\",",
        m.c_function
    );
    // The C function takes its arguments in the table's order.
    for p in &m.params {
        let _ = writeln!(out, "        {},", argument(p));
    }
    out += "    )\n";
    out
}

pub fn module(methods: &[Method]) -> String {
    let described = described();
    let mut out = banner("#");
    out += "\"\"\"The typed functions of libopi's ``telegram`` library, one per method of the table,\n\
            the kinds of the library's own errors, and the argument types of each C function that\n\
            returns an owned JSON string. The package re-exports all but the last.\"\"\"\n\n\
            from __future__ import annotations\n\n\
            import ctypes\n\
            from collections.abc import Mapping, Sequence\n\
            from typing import Any\n\n";
    let mut used = vec!["Result", "_loaded", "_text"];
    for (value, names) in [
        (Value::Chat, &["_chat"][..]),
        (Value::Date, &["Expiration", "_expiration"][..]),
        (Value::Int32, &["_int32"][..]),
        (Value::Int64, &["_int64"][..]),
        (Value::Bool, &["_bool"][..]),
        (Value::Double, &["_double"][..]),
        (Value::Object, &["_json"][..]),
        (Value::Array, &["_json"][..]),
    ] {
        if methods
            .iter()
            .any(|m| m.params.iter().any(|p| p.value == value))
        {
            used.extend(names);
        }
    }
    used.sort_by_key(|name| (name.starts_with('_'), name.to_lowercase()));
    used.dedup();
    let _ = writeln!(out, "from . import {}\n", used.join(", "));
    out += "__all__ = [\n";
    let mut exported: Vec<String> = described
        .error_kinds
        .iter()
        .map(|k| format!("KIND_{}", k.name.to_uppercase()))
        .chain(methods.iter().map(|m| m.rust_function.clone()))
        .collect();
    exported.sort();
    for name in exported {
        let _ = writeln!(out, "    \"{name}\",");
    }
    out += "]\n\n\
            # The result is declared c_void_p by the loader rather than c_char_p: c_char_p would\n\
            # copy the bytes into a Python object and drop the pointer, leaving nothing to hand\n\
            # back to opi_free.\n\
            ARGUMENT_TYPES: dict[str, tuple[Any, ...]] = {\n";
    out += &signature_table(
        methods,
        ctype,
        &Syntax {
            quote: "\"",
            open: "(",
            close: ")",
            lone_close: ",)",
            comment: "  #",
            indent: "    ",
            inner: "        ",
        },
    );
    out += "}\n";
    for kind in &described.error_kinds {
        out += "\n";
        out += &wrap(&format!("{}.", kind.doc.trim_end_matches('.')), "#: ", 92);
        let _ = writeln!(out, "KIND_{} = \"{}\"", kind.name.to_uppercase(), kind.name);
    }
    for m in methods {
        out += &function(m);
    }
    out
}

#[test]
fn the_python_functions_are_generated_from_the_table() {
    ensure("bindings/python/src/opi/_telegram.py", &module(&telegram()));
}
