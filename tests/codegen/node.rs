//! The Node.js binding's typed functions (`bindings/node/telegram.js`, with its
//! declarations in `telegram.d.ts`): one per method and its `...Async` variant, calling
//! through the package's one call path, which frees the result.

use std::fmt::Write;

use super::docs::camel_case;
use super::{
    Method, Param, Syntax, Value, banner, described, ensure, signature_table, telegram, wrap,
};

fn ctype(value: Value) -> &'static str {
    match value {
        Value::Int32 => "'int32_t'",
        Value::Int64 => "'int64_t'",
        // Filled by the call, read by the core's callBytes.
        Value::Bytes => "'_Out_ opi_bytes *'",
        Value::Bool => "'bool'",
        Value::Double => "'double'",
        _ => "'const char *'",
    }
}

/// The TypeScript type of a parameter's value.
fn ts_type(p: &Param) -> String {
    let ty = match p.value {
        Value::Text => "string",
        Value::Chat => "string | number | bigint",
        Value::Date => "string | number | Date",
        Value::Int32 => "number",
        Value::Int64 => "number | bigint",
        Value::Bytes => unreachable!("not a parameter's"),
        Value::Bool => "boolean",
        Value::Double => "number",
        Value::Object => "string | Record<string, unknown>",
        Value::Array => "string | string[]",
    };
    if p.required || p.value.is_scalar() {
        ty.to_string()
    } else {
        format!("{ty} | null")
    }
}

/// The core's converter of a parameter's kind, which checks it and makes the C value.
fn converter(value: Value) -> &'static str {
    match value {
        Value::Text => "text",
        Value::Chat => "chat",
        Value::Date => "date",
        Value::Int32 => "int32",
        Value::Int64 => "int64",
        Value::Bytes => unreachable!("not a parameter's"),
        Value::Bool => "bool",
        Value::Double => "double",
        Value::Object | Value::Array => "json",
    }
}

/// What the function's documentation says of a parameter.
fn describe_param(p: &Param) -> String {
    let mut out = p.sentence();
    match p.value {
        Value::Chat => out += " A number, a bigint or a string.",
        Value::Date => {
            out += " Also Unix seconds as a number, or a Date; a string without an offset is \
                    local time."
        }
        Value::Int64 => out += " A number or a bigint.",
        Value::Object => out += " Also an object, sent as JSON.",
        Value::Array => out += " Also an array of strings, sent as JSON.",
        _ => {}
    }
    if !p.required {
        out += &match p.value {
            Value::Bool if p.flag_default() => " true when absent.".into(),
            Value::Bool => " false when absent.".into(),
            v if v.is_number() => " 0 (the default) for none.".into(),
            _ => format!(" Absent or null for {}.", p.not_given()),
        };
    }
    out
}

/// A doc comment of `text`, on one line where it fits.
fn js_doc(text: &str, indent: &str) -> String {
    let one = format!("{indent}/** {text} */");
    if one.len() <= 92 {
        one + "\n"
    } else {
        format!(
            "{indent}/**\n{}{indent} */\n",
            wrap(text, &format!("{indent} * "), 92)
        )
    }
}

/// The error kinds as constants: `: ` between name and value declares them, ` = ` defines.
fn kinds(between: &str) -> String {
    let mut out = String::new();
    for kind in &described().error_kinds {
        let _ = write!(
            out,
            "\n{}export const KIND_{}{between}'{}';\n",
            js_doc(&kind.doc, ""),
            kind.name.to_uppercase(),
            kind.name
        );
    }
    out
}

fn options_name(m: &Method) -> String {
    format!("{}Options", m.name)
}

struct Shape<'a> {
    name: String,
    required: Vec<&'a Param>,
    optional: Vec<&'a Param>,
    /// The name of the optional arguments' object: `options`, unless a required
    /// parameter is called that (SendPoll's `--options`).
    bag: &'static str,
}

impl<'a> Shape<'a> {
    fn of(m: &'a Method) -> Self {
        let (required, optional): (Vec<&Param>, Vec<&Param>) =
            m.params.iter().partition(|p| p.required);
        let bag = if required.iter().any(|p| p.option == "options") {
            "optional"
        } else {
            "options"
        };
        Shape {
            name: camel_case(&m.rust_function),
            required,
            optional,
            bag,
        }
    }

    /// The JavaScript parameter list: the required values, then the optional ones'
    /// object.
    fn arguments(&self) -> String {
        let mut names: Vec<&str> = self.required.iter().map(|p| p.option.as_str()).collect();
        if !self.optional.is_empty() {
            names.push(self.bag);
        }
        names.join(", ")
    }
}

/// The doc comment of the function, with JSDoc types when `typed` (in the .js file).
fn doc(m: &Method, shape: &Shape, asynchronous: bool, typed: bool) -> String {
    let types = |ty: &str| {
        if typed {
            format!("{{{ty}}} ")
        } else {
            String::new()
        }
    };
    let mut out = String::from("/**\n");
    if asynchronous {
        out += &wrap(
            &format!(
                "{} on a thread of libuv's pool: resolves with the same {}, rejects \
                 with the same errors. At most half the pool runs libopi at once (raise \
                 UV_THREADPOOL_SIZE for more); further calls wait their turn.",
                shape.name,
                if m.downloads() { "bytes" } else { "document" }
            ),
            " * ",
            92,
        );
    } else {
        let text = format!(
            "{} Blocks until Telegram answers; {}Async does not.",
            m.headline(|s| format!("`{s}`")),
            shape.name
        );
        out += &wrap(&text, " * ", 92);
        if !m.doc.is_empty() {
            out += " *\n";
            out += &wrap(&m.doc, " * ", 92);
        }
    }
    for p in &shape.required {
        let line = format!(
            "@param {}{} {}",
            types(&ts_type(p)),
            p.option,
            describe_param(p)
        );
        out += &wrap(&line, " *   ", 92).replacen(" *   ", " * ", 1);
    }
    if !shape.optional.is_empty() {
        let names: Vec<&str> = shape.optional.iter().map(|p| p.option.as_str()).collect();
        let line = format!(
            "@param {}[{}] {}",
            types(&options_name(m)),
            shape.bag,
            names.join(", ")
        );
        out += &wrap(&line, " *   ", 92).replacen(" *   ", " * ", 1);
    }
    if asynchronous {
        let (ty, what) = if m.downloads() {
            ("Promise<Uint8Array>", "the same bytes")
        } else {
            ("Promise<Result>", "the same document")
        };
        let _ = writeln!(out, " * @returns {}{what}", types(ty));
    } else if m.downloads() {
        let _ = writeln!(
            out,
            " * @returns {}the file's bytes (a Buffer), held in memory",
            types("Uint8Array")
        );
        let _ = writeln!(
            out,
            " * @throws {{TelegramError}} the Bot API refused the request\n\
             \x20* @throws {{LibraryError}} a bad argument, or no answer from the Bot API"
        );
    } else {
        let _ = writeln!(
            out,
            " * @returns {}Telegram's answer, `{{ok: true, result: ...}}`",
            types("Result")
        );
        let _ = writeln!(
            out,
            " * @throws {{TelegramError}} the Bot API refused the request\n\
             \x20* @throws {{LibraryError}} a bad argument, or no answer from the Bot API"
        );
    }
    out + " */\n"
}

fn options_typedef(m: &Method, shape: &Shape) -> String {
    let mut out = format!(
        "/**\n * Optional arguments of {}.\n * @typedef {{object}} {}\n",
        shape.name,
        options_name(m)
    );
    for p in &shape.optional {
        let line = format!(
            "@property {{{}}} [{}] {}",
            ts_type(p),
            p.option,
            describe_param(p)
        );
        out += &wrap(&line, " *   ", 92).replacen(" *   ", " * ", 1);
    }
    out + " */\n"
}

pub fn script(methods: &[Method]) -> String {
    let mut out = banner("//");
    out += "//\n\
            // The typed functions of libopi's telegram library, one per method of the table with\n\
            // its ...Async variant, and the kinds of the library's own errors; opi.js re-exports\n\
            // them. The default export is for opi.js alone: the C signature of each function\n\
            // that returns an owned JSON string, and `use`, which hands this module the call\n\
            // path and the converters of each kind of value.\n\n\
            /** @typedef {import('./opi.js').Result} Result */\n\
            /** @typedef {import('./opi.js').Core} Core */\n\n\
            /** @type {Core} */\n\
            let core;\n\n\
            export default {\n\
            \x20 signatures: {\n";
    out += &signature_table(
        methods,
        ctype,
        &Syntax {
            quote: "",
            open: "[",
            close: "]",
            lone_close: "]",
            comment: " //",
            indent: "    ",
            inner: "      ",
        },
    );
    out += "  },\n\
            \x20 /** @param {Core} given */\n\
            \x20 use(given) {\n\
            \x20   core = given;\n\
            \x20 },\n\
            };\n";
    out += &kinds(" = ");
    for m in methods {
        let shape = Shape::of(m);
        out.push('\n');
        if !shape.optional.is_empty() {
            out += &options_typedef(m, &shape);
            out.push('\n');
        }
        // The arguments in C's order: the table's.
        let mut list: Vec<String> = shape.required.iter().map(|p| p.option.clone()).collect();
        let mut params = String::new();
        for p in &shape.required {
            let _ = writeln!(params, " * @param {{{}}} {}", ts_type(p), p.option);
        }
        if !shape.optional.is_empty() {
            let fields: Vec<String> = shape
                .optional
                .iter()
                .map(|p| match p.value {
                    Value::Bool => format!("{} = {}", p.option, p.flag_default()),
                    v if v.is_number() => format!("{} = 0", p.option),
                    _ => p.option.clone(),
                })
                .collect();
            list.push(format!("{{ {} }} = {{}}", fields.join(", ")));
            let _ = writeln!(params, " * @param {{{}}} [{}]", options_name(m), shape.bag);
        }
        let _ = writeln!(
            out,
            "/**\n{params} * @returns {{unknown[]}}\n */\nfunction {}Arguments({}) {{\n  return [",
            shape.name,
            list.join(", ")
        );
        for p in &m.params {
            let _ = writeln!(
                out,
                "    core.{}({}, '{}'),",
                converter(p.value),
                p.option,
                p.option
            );
        }
        out += "  ];\n}\n";
        let vias = if m.downloads() {
            [(false, "", "callBytes"), (true, "Async", "callBytesAsync")]
        } else {
            [(false, "", "call"), (true, "Async", "callAsync")]
        };
        for (asynchronous, suffix, via) in vias {
            out.push('\n');
            out += &doc(m, &shape, asynchronous, true);
            let _ = writeln!(
                out,
                "export function {}{suffix}({}) {{\n  return core.{via}(\n    '{}',\n    {}Arguments({}),\n  );\n}}",
                shape.name,
                shape.arguments(),
                m.c_function,
                shape.name,
                shape.arguments()
            );
        }
    }
    out.trim_end().to_string() + "\n"
}

pub fn declarations(methods: &[Method]) -> String {
    let mut out = banner("//");
    out += "//\n// TypeScript declarations of telegram.js, which opi.d.ts re-exports.\n\n\
            import type { Result } from './opi.js';\n";
    out += &kinds(": ");
    for m in methods {
        let shape = Shape::of(m);
        out.push('\n');
        if !shape.optional.is_empty() {
            let _ = writeln!(
                out,
                "/** Optional arguments of {}. */\nexport interface {} {{",
                shape.name,
                options_name(m)
            );
            for p in &shape.optional {
                out += &js_doc(&describe_param(p), "  ");
                let _ = writeln!(out, "  {}?: {};", p.option, ts_type(p));
            }
            out += "}\n";
        }
        let mut list: Vec<String> = shape
            .required
            .iter()
            .map(|p| format!("  {}: {},", p.option, ts_type(p)))
            .collect();
        if !shape.optional.is_empty() {
            list.push(format!("  {}?: {},", shape.bag, options_name(m)));
        }
        let results = if m.downloads() {
            [
                (false, "", "Uint8Array"),
                (true, "Async", "Promise<Uint8Array>"),
            ]
        } else {
            [(false, "", "Result"), (true, "Async", "Promise<Result>")]
        };
        for (asynchronous, suffix, result) in results {
            if asynchronous || !shape.optional.is_empty() {
                out.push('\n');
            }
            out += &doc(m, &shape, asynchronous, false);
            let _ = writeln!(
                out,
                "export function {}{suffix}(\n{}\n): {result};",
                shape.name,
                list.join("\n")
            );
        }
    }
    out.trim_end().to_string() + "\n"
}

#[test]
fn the_node_functions_are_generated_from_the_table() {
    let methods = telegram();
    ensure("bindings/node/telegram.js", &script(&methods));
    ensure("bindings/node/telegram.d.ts", &declarations(&methods));
}
