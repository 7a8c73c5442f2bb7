//! The Go binding's typed functions (`bindings/go/telegram.go`): one per method, calling
//! its C function through cgo and the package's one `call`, which frees the result.

use std::fmt::Write;

use super::{
    Method, Param, Value, banner, code_spans, described, ensure, lowercase_first, pascal_case,
    telegram, wrap,
};

/// `bad_response` as `BadResponse`, and `tls` as `TLS`: Go spells initialisms in capitals.
fn go_name(snake: &str) -> String {
    match snake {
        "tls" | "http" | "id" | "json" | "url" => snake.to_uppercase(),
        _ => pascal_case(snake),
    }
}

fn go_type(value: Value) -> &'static str {
    match value {
        Value::Int32 => "int32",
        Value::Int64 => "int64",
        Value::File => "File",
        Value::Bool => "bool",
        Value::Double => "float64",
        Value::Object | Value::Array => "any",
        _ => "string",
    }
}

/// `token, chat string, price int32`: consecutive parameters of one type share it.
fn parameter_list(params: &[&Param]) -> String {
    let mut groups: Vec<(Vec<&str>, &str)> = Vec::new();
    for p in params {
        let ty = go_type(p.value);
        match groups.last_mut() {
            Some((names, last)) if *last == ty => names.push(&p.option),
            _ => groups.push((vec![&p.option], ty)),
        }
    }
    groups
        .iter()
        .map(|(names, ty)| format!("{} {ty}", names.join(", ")))
        .collect::<Vec<_>>()
        .join(", ")
}

fn item(p: &Param) -> String {
    let mut text = format!("{}: {}", p.option, code_spans(&p.sentence(), "", ""));
    if !p.required {
        text = text.trim_end_matches('.').to_string();
        text += &match p.value {
            Value::Bool => format!("; OPI's default is {}.", p.flag_default()),
            v if v.is_number() => "; 0 for none.".into(),
            Value::File => "; File{} for none.".into(),
            v if v.is_json() => "; nil or \"\" for none.".into(),
            _ => format!("; \"\" for {}.", p.not_given()),
        };
    }
    if p.value.is_json() {
        text += " A string is sent as written (JSON, single-quoted JSON or a file path); any \
                 other value is encoded with encoding/json.";
    }
    wrap(&text, "//     ", 88).replacen("//     ", "//   - ", 1)
}

fn function(m: &Method) -> String {
    let name = &m.name;
    let first = format!(
        "{name} {} (Bot API {}).",
        lowercase_first(m.summary.trim_end_matches('.')),
        m.bot_method
    );
    let mut out = wrap(&first, "// ", 88);
    if !m.doc.is_empty() {
        out += "//\n";
        out += &wrap(&code_spans(&m.doc, "", ""), "// ", 88);
    }
    out += "//\n";
    for p in m.binding_order() {
        out += &item(p);
    }
    out += if m.downloads() {
        "//\n\
         // It returns the file's bytes, held in memory, or an error as the package\n\
         // documentation describes.\n"
    } else {
        "//\n\
         // It returns Telegram's answer, {\"ok\":true,\"result\":...}, or an error as the\n\
         // package documentation describes.\n"
    };
    // The strings go through call, which makes C strings of them for the length of the
    // call; the numbers are converted in place. Both in C's order, the table's.
    let mut strings = Vec::new();
    let mut files = Vec::new();
    let mut c_args = Vec::new();
    // JSON values are made text first: encoding one can fail.
    let mut encode = String::new();
    for p in &m.params {
        match p.value {
            Value::Int32 => c_args.push(format!("C.int32_t({})", p.option)),
            Value::Int64 => c_args.push(format!("C.int64_t({})", p.option)),
            Value::File => {
                c_args.push(format!("files[{}]", files.len()));
                files.push(format!("fileArg{{\"{0}\", {0}}}", p.option));
            }
            Value::Bool => c_args.push(format!("C.bool({})", p.option)),
            Value::Double => c_args.push(format!("C.double({})", p.option)),
            Value::Object | Value::Array => {
                c_args.push(format!("args[{}]", strings.len()));
                strings.push(format!("arg{{\"{0}\", {0}JSON}}", p.option));
                let _ = write!(
                    encode,
                    "\t{0}JSON, err := jsonText(\"{0}\", {0})\n\
                     \tif err != nil {{\n\t\treturn nil, err\n\t}}\n",
                    p.option
                );
            }
            _ => {
                c_args.push(format!("args[{}]", strings.len()));
                strings.push(format!("arg{{\"{0}\", {0}}}", p.option));
            }
        }
    }
    if m.downloads() {
        // No path: the file comes back in an opi_bytes, copied, then released.
        c_args.push("nil".into());
        c_args.push("&received".into());
        let _ = write!(
            out,
            "func {name}({}) ([]byte, error) {{\n\
             \tvar received C.opi_bytes\n\
             \tdefer C.opi_bytes_free(&received)\n\
             \tif _, err := call(func(args []*C.char) *C.char {{\n\
             \t\treturn C.{}({})\n\
             \t}}, {}); err != nil {{\n\
             \t\treturn nil, err\n\
             \t}}\n\
             \treturn C.GoBytes(unsafe.Pointer(received.data), C.int(received.len)), nil\n\
             }}\n",
            parameter_list(&m.binding_order()),
            m.c_function,
            c_args.join(", "),
            strings.join(", ")
        );
        return out;
    }
    if files.is_empty() {
        let _ = write!(
            out,
            "func {name}({}) (map[string]any, error) {{\n\
             {encode}\treturn call(func(args []*C.char) *C.char {{\n\
             \t\treturn C.{}({})\n\
             \t}}, {})\n\
             }}\n",
            parameter_list(&m.binding_order()),
            m.c_function,
            c_args.join(", "),
            strings.join(", ")
        );
    } else {
        let _ = write!(
            out,
            "func {name}({}) (map[string]any, error) {{\n\
             {encode}\treturn callWithFiles(func(args []*C.char, files []*C.opi_file) *C.char {{\n\
             \t\treturn C.{}({})\n\
             \t}}, []arg{{{}}}, {})\n\
             }}\n",
            parameter_list(&m.binding_order()),
            m.c_function,
            c_args.join(", "),
            strings.join(", "),
            files.join(", ")
        );
    }
    out
}

pub fn source(methods: &[Method]) -> String {
    let described = described();
    let mut out = banner("//");
    out += "\n// Code generated from the method table. DO NOT EDIT.\n\n\
            package opi\n\n\
            // #include <opi.h>\n\
            import \"C\"\n\n\
            import \"unsafe\"\n\n\
            // The kinds of libopi's own errors, as LibraryError.Kind holds them.\n\
            const (\n";
    for (i, kind) in described.error_kinds.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out += &wrap(&format!("{}.", kind.doc.trim_end_matches('.')), "\t// ", 88);
        let _ = writeln!(out, "\tKind{} = \"{}\"", go_name(&kind.name), kind.name);
    }
    out += ")\n";
    for m in methods {
        out.push('\n');
        out += &function(m);
    }
    out
}

/// Each function under its method's name, for the test that calls every method from its
/// example (Go cannot look a function up by name). A test file: in the package, the map
/// would keep every function in every program that imports it.
pub fn by_name(methods: &[Method]) -> String {
    let mut out = banner("//");
    out += "\n// Code generated from the method table. DO NOT EDIT.\n\n\
            package opi\n\n\
            // byName is each method's function under the method's name.\n\
            var byName = map[string]any{\n";
    // Aligned as gofmt aligns keys of up to 40 characters.
    let width = methods.iter().map(|m| m.name.len() + 4).max().unwrap_or(0);
    for m in methods {
        let _ = writeln!(out, "\t{:width$}{},", format!("\"{}\":", m.name), m.name);
    }
    out += "}\n";
    out
}

#[test]
fn the_go_functions_are_generated_from_the_table() {
    ensure("bindings/go/telegram.go", &source(&telegram()));
    ensure("bindings/go/byname_test.go", &by_name(&telegram()));
}
