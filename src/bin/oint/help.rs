//! `--help` texts, drawn from the method table and the options of every call, so that
//! help cannot drift from what the command line accepts.

use std::fmt::Write;

use opi::unversioned::{Method, ParamType};

use crate::command_line::{Common, LIBRARIES, Library, Topic};

pub fn text(topic: &Topic) -> String {
    match topic {
        Topic::Oint => oint(),
        Topic::Library(library) => library_help(library),
        Topic::Method(library, method) => method_help(library, method),
    }
}

const EXIT_STATUS: &str = "\
Exit status: 0 when the result has \"ok\": true; 1 when it has \"ok\": false (an answer
from Telegram or a local failure); 2 for a usage error.";

fn oint() -> String {
    let mut out = format!(
        "oint {}: the Telegram functions of the Open Integration Package, from the shell\n\n\
         Usage: oint <library> <method> [options]\n\n\
         Libraries:\n",
        opi::version()
    );
    let rows: Vec<Vec<String>> = LIBRARIES
        .iter()
        .map(|l| {
            vec![
                l.name.to_string(),
                format!("{} (see 'oint {} --help')", l.summary, l.name),
            ]
        })
        .collect();
    out += &table(&rows, "  ");
    out += "\nOptions of every call:\n";
    out += &common_options();
    out += "\nOptions take their value as --opt value or --opt=value. The JSON result goes to\n\
            stdout, indented. Settings such as proxies come from the environment, as the\n\
            library documents.\n\n";
    out += EXIT_STATUS;
    out.push('\n');
    out
}

fn common_options() -> String {
    let rows: Vec<Vec<String>> = Common::ALL
        .into_iter()
        .map(|c| {
            vec![
                match c.value() {
                    Some(value) => format!("--{} {value}", c.name()),
                    None => format!("--{}", c.name()),
                },
                c.description().to_string(),
            ]
        })
        .collect();
    table(&rows, "  ")
}

fn library_help(library: &Library) -> String {
    let mut out = format!(
        "Usage: oint {} <method> [options]\n\nMethods of {} ({}):\n",
        library.name, library.name, library.summary
    );
    let rows: Vec<Vec<String>> = library
        .methods
        .iter()
        .map(|m| vec![m.name.to_string(), m.summary.to_string()])
        .collect();
    out += &table(&rows, "  ");
    let _ = write!(
        out,
        "\nMethod names are matched without regard to case.\n\
         See 'oint {} <method> --help' for a method's parameters, 'oint --help' for the\n\
         options of every call.\n",
        library.name
    );
    out
}

fn method_help(library: &Library, method: &Method) -> String {
    let mut out = format!(
        "oint {} {}: {}\nBot API method: {}\n\nUsage: oint {} {}",
        library.name, method.name, method.summary, method.bot_method, library.name, method.name
    );
    for p in method.params {
        let placeholder = p.option.to_uppercase();
        if p.required {
            let _ = write!(out, " --{} {placeholder}", p.option);
        } else {
            let _ = write!(out, " [--{} {placeholder}]", p.option);
        }
    }
    out += " [options]\n\n";

    let mut rows = vec![
        ["Parameter", "CLI option", "Type", "Required", "Description"]
            .map(String::from)
            .to_vec(),
    ];
    rows.extend(method.params.iter().map(|p| {
        vec![
            p.name.to_string(),
            match p.alias {
                Some(alias) => format!("-{alias}, --{}", p.option),
                None => format!("--{}", p.option),
            },
            p.ty.as_str().to_string(),
            if p.required { "yes" } else { "no" }.to_string(),
            p.description.to_string(),
        ]
    }));
    out += &table(&rows, "  ");

    out.push('\n');
    for p in method.params {
        if let Some(var) = p.env {
            let _ = writeln!(out, "--{} may be left out when {var} is set.", p.option);
        }
    }
    if method.params.iter().any(|p| p.ty == ParamType::Date) {
        out += "Dates: 2025-05-02T15:46:10 (local time unless it ends in Z or an offset such as\n\
                +03:00), 2025-05-02, 02.05.2025 15:46:10, or Unix seconds.\n";
    }

    let _ = write!(out, "\nExample:\n  oint {} {}", library.name, method.name);
    for (option, value) in method.example {
        let number = method
            .params
            .iter()
            .any(|p| p.option == *option && p.ty.is_scalar());
        if number {
            let _ = write!(out, " \\\n    --{option} {value}");
        } else {
            let _ = write!(out, " \\\n    --{option} {}", shell_quoted(value));
        }
    }
    out += "\n\nOptions of every call (--out, --api-url, --timeout, --debug): see 'oint --help'.\n";
    out
}

/// Rows in aligned columns, each line starting with `indent`; the last column is not
/// padded.
fn table(rows: &[Vec<String>], indent: &str) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = indent.to_string();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line += cell;
            } else {
                let _ = write!(line, "{cell:<width$}  ", width = widths[i]);
            }
        }
        out += line.trim_end();
        out.push('\n');
    }
    out
}

/// `value` in double quotes, as a POSIX shell reads it back.
fn shell_quoted(value: &str) -> String {
    let mut out = String::from('"');
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}
