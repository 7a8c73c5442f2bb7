//! The C# binding's typed functions (`bindings/csharp/Telegram.g.cs`): a part of the `Opi`
//! class with each method's DllImport declaration and wrapper, calling through the
//! class's one `Settle`, which frees the result.

use std::fmt::Write;

use super::docs::camel_case;
use super::{
    Method, Param, Value, banner, code_spans, described, ensure, pascal_case, telegram, wrap,
};

/// A parameter's name, escaped where it is a C# keyword (`params`, `long`).
fn identifier(name: &str) -> String {
    // C#'s reserved words, the ones a CLI option could be.
    const KEYWORDS: &str = "as base bool break byte case catch char checked class const \
        continue decimal default delegate do double else enum event explicit extern false \
        finally fixed float for foreach goto if implicit in int interface internal is lock \
        long namespace new null object operator out override params private protected public \
        readonly ref return sbyte sealed short sizeof stackalloc static string struct switch \
        this throw true try typeof uint ulong unchecked unsafe ushort using virtual void \
        volatile while";
    if KEYWORDS.split_whitespace().any(|k| k == name) {
        format!("@{name}")
    } else {
        name.to_string()
    }
}

fn xml(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    code_spans(&escaped, "<c>", "</c>")
}

/// The C# type of a parameter, in the overload taking text (`typed` false) or the one
/// taking a numeric chat and a point in time.
fn cs_type(p: &Param, typed: bool) -> &'static str {
    match (p.value, typed) {
        (Value::Int32, _) => "int",
        (Value::Int64, _) => "long",
        (Value::Bool, _) => "bool",
        (Value::Double, _) => "double",
        // A string as written, or a dictionary or list that Json.Encode writes.
        (Value::Object | Value::Array, _) => "object",
        (Value::Chat, true) => "long",
        (Value::Date, true) if p.required => "DateTimeOffset",
        (Value::Date, true) => "DateTimeOffset?",
        _ => "string",
    }
}

/// `items` joined by commas and then `end`, on lines after `indent`, broken only between
/// items.
fn list(items: &[String], end: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for (i, item) in items.iter().enumerate() {
        let piece = if i + 1 == items.len() {
            format!("{item}{end}")
        } else {
            format!("{item},")
        };
        if !line.is_empty() && indent.len() + line.len() + 1 + piece.len() > 100 {
            out += &format!("{indent}{line}\n");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += &piece;
    }
    out + &format!("{indent}{line}\n")
}

fn parameter_list(m: &Method, typed: bool) -> Vec<String> {
    m.binding_order()
        .iter()
        .map(|p| {
            let default = match (p.required, p.value) {
                (true, _) => String::new(),
                (false, Value::Bool) => format!(" = {}", p.flag_default()),
                (false, v) if v.is_number() => " = 0".into(),
                (false, _) => " = null".into(),
            };
            format!("{} {}{default}", cs_type(p, typed), identifier(&p.option))
        })
        .collect()
}

/// The overload with a numeric chat and a point in time is offered where a required chat
/// tells the two apart: with only optional ones, a call that leaves them out would fit both.
fn has_typed_overload(m: &Method) -> bool {
    m.params
        .iter()
        .any(|p| p.required && p.value == Value::Chat)
}

fn doc(m: &Method) -> String {
    let indent = "        /// ";
    let mut out = format!("{indent}<summary>\n");
    out += &wrap(&xml(&m.headline(|s| format!("`{s}`"))), indent, 100);
    out += &format!("{indent}</summary>\n");
    if !m.doc.is_empty() {
        out += &wrap(&format!("<remarks>{}</remarks>", xml(&m.doc)), indent, 100);
    }
    for p in m.binding_order() {
        let mut text = p.sentence();
        if p.value.is_json() {
            text += " A string as written, or a dictionary or list encoded as JSON.";
        }
        if !p.required {
            text += &match p.value {
                Value::Bool => String::new(),
                v if v.is_number() => " 0 for none.".into(),
                _ => format!(" null for {}.", p.not_given()),
            };
        }
        out += &wrap(
            &format!("<param name=\"{}\">{}</param>", p.option, xml(&text)),
            indent,
            100,
        );
    }
    let returns = if m.downloads() {
        "The file's bytes, held in memory."
    } else {
        "Telegram's answer, {\"ok\": true, \"result\": ...}."
    };
    out += &format!(
        "{indent}<returns>{returns}</returns>\n\
         {indent}<exception cref=\"TelegramException\">The Bot API refused the request.</exception>\n\
         {indent}<exception cref=\"LibraryException\">A bad argument, or no answer from the Bot API.</exception>\n"
    );
    out
}

fn native(m: &Method) -> String {
    let mut args: Vec<String> = m
        .params
        .iter()
        .map(|p| {
            let ty = match p.value {
                Value::Int32 => "int",
                Value::Int64 => "long",
                // C's bool is one byte; C#'s default marshalling is Win32's four-byte BOOL.
                Value::Bool => "[MarshalAs(UnmanagedType.I1)] bool",
                Value::Double => "double",
                _ => "byte[]",
            };
            format!("{ty} {}", camel_case(&p.c_name))
        })
        .collect();
    if m.downloads() {
        args.push("byte[] path".into());
        args.push("ref OpiBytes bytes".into());
    }
    format!(
        "            [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]\n\
         \x20           public static extern IntPtr {}(\n\
         {}",
        m.c_function,
        list(&args, ");", "                ")
    )
}

fn wrappers(m: &Method) -> String {
    let mut out = doc(m);
    let converted: Vec<String> = m
        .params
        .iter()
        .map(|p| {
            let name = identifier(&p.option);
            match p.value {
                v if v.is_scalar() => name,
                v if v.is_json() => format!("Utf8(JsonText({name}), \"{}\")", p.option),
                _ => format!("Utf8({name}, \"{}\")", p.option),
            }
        })
        .collect();
    if m.downloads() {
        let mut converted = converted;
        converted.push("null".into());
        converted.push("ref received".into());
        let _ = write!(
            out,
            "        public static byte[] {}(\n{}\
             \x20       {{\n\
             \x20           var received = new OpiBytes();\n\
             \x20           return SettleBytes(Native.{}(\n{}\
             \x20       }}\n",
            m.name,
            list(&parameter_list(m, false), ")", "            "),
            m.c_function,
            list(&converted, "), ref received);", "                "),
        );
        return out;
    }
    let _ = write!(
        out,
        "        public static IDictionary<string, object> {}(\n{}\
         \x20       {{\n\
         \x20           return Settle(Native.{}(\n{}\
         \x20       }}\n",
        m.name,
        list(&parameter_list(m, false), ")", "            "),
        m.c_function,
        list(&converted, "));", "                "),
    );
    if has_typed_overload(m) {
        let typed: Vec<String> = m
            .params
            .iter()
            .filter(|p| p.value == Value::Chat || p.value == Value::Date)
            .map(|p| {
                let what = if p.value == Value::Chat {
                    "a numeric ID"
                } else {
                    "a point in time"
                };
                format!("{} as {what}", p.option)
            })
            .collect();
        let passed: Vec<String> = m
            .binding_order()
            .iter()
            .map(|p| {
                let name = identifier(&p.option);
                match p.value {
                    Value::Chat => format!("FromNumber({name})"),
                    Value::Date => format!("FromPointInTime({name})"),
                    _ => name,
                }
            })
            .collect();
        let _ = write!(
            out,
            "\n        /// <summary>{} with {}.</summary>\n\
             \x20       public static IDictionary<string, object> {}(\n{}\
             \x20       {{\n\
             \x20           return {}(\n{}\
             \x20       }}\n",
            m.name,
            typed.join(" and "),
            m.name,
            list(&parameter_list(m, true), ")", "            "),
            m.name,
            list(&passed, ");", "                "),
        );
    }
    out
}

pub fn source(methods: &[Method]) -> String {
    let described = described();
    let mut out = banner("//");
    out += "//\n\
            // The typed functions of libopi's telegram library, one per method of the table, as a\n\
            // part of the Opi class with their DllImport declarations, and the kinds of the\n\
            // library's own errors.\n\n\
            using System;\n\
            using System.Collections.Generic;\n\
            using System.Runtime.InteropServices;\n\n\
            namespace LibOpi\n{\n\
            \x20   /// <summary>The kinds of libopi's own errors, as LibraryException.Kind holds them.</summary>\n\
            \x20   public static class ErrorKind\n    {\n";
    for (i, kind) in described.error_kinds.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out += &wrap(
            &format!("<summary>{}</summary>", xml(&kind.doc)),
            "        /// ",
            100,
        );
        let _ = writeln!(
            out,
            "        public const string {} = \"{}\";",
            pascal_case(&kind.name),
            kind.name
        );
    }
    out += "    }\n\n    public static partial class Opi\n    {\n        static partial class Native\n        {\n";
    for (i, m) in methods.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out += &native(m);
    }
    out += "        }\n";
    for m in methods {
        out.push('\n');
        out += &wrappers(m);
    }
    out + "    }\n}\n"
}

#[test]
fn the_csharp_functions_are_generated_from_the_table() {
    ensure("bindings/csharp/Telegram.g.cs", &source(&telegram()));
}
