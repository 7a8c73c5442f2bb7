//! The reference documentation: every method with its names in each host, its
//! parameters, and the kinds of the library's own errors.

use std::fmt::Write;

use super::{Method, Param, banner, described, ensure, refresh, telegram};

/// `create_invitation_link` as `createInvitationLink`, the Node.js name.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    for (i, word) in snake.split('_').enumerate() {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            if i == 0 {
                out.push(first);
            } else {
                out.extend(first.to_uppercase());
            }
            out.extend(chars);
        }
    }
    out
}

/// The C declaration of a method, as the header has it.
pub fn c_declaration(m: &Method) -> String {
    let args: Vec<String> = m
        .params
        .iter()
        .map(|p| {
            format!(
                "{}{}{}",
                p.c_type,
                if p.c_type.ends_with('*') { "" } else { " " },
                p.c_name
            )
        })
        .collect();
    format!("char *{}({});", m.c_function, args.join(", "))
}

fn cli_example(m: &Method) -> String {
    let mut out = format!("oint telegram {}", m.name);
    for (option, value) in &m.example {
        let number = m
            .params
            .iter()
            .any(|p| p.option == *option && p.value.is_scalar());
        if number {
            let _ = write!(out, " \\\n  --{option} {value}");
        } else {
            let _ = write!(out, " \\\n  --{option} '{}'", value.replace('\'', r"'\''"));
        }
    }
    out
}

fn param_row(p: &Param) -> String {
    let need = if p.required {
        "yes".to_string()
    } else {
        format!("no ({})", p.c_absent())
    };
    let mut description = p.sentence();
    if let Some(env) = &p.env {
        let _ = write!(
            description,
            " The CLI reads `{env}` when `--{}` is absent.",
            p.option
        );
    }
    let cli = match &p.alias {
        Some(alias) => format!("`-{alias}`, `--{}`", p.option),
        None => format!("`--{}`", p.option),
    };
    format!(
        "| {} | {} | {} | {} | `{}` | {} |\n",
        p.name,
        p.ty,
        need,
        cli,
        p.c_name,
        description.replace('|', r"\|")
    )
}

/// A group's page, named from its title as OPI's documentation names its folders:
/// "Data sending" as `data-sending.md`.
pub fn group_page(group: &str) -> String {
    format!("{}.md", group.to_lowercase().replace(' ', "-"))
}

/// The groups in the table's order, each with its methods.
fn groups(methods: &[Method]) -> Vec<(&str, Vec<&Method>)> {
    let mut groups: Vec<(&str, Vec<&Method>)> = Vec::new();
    for m in methods {
        match groups.iter_mut().find(|(g, _)| *g == m.group) {
            Some((_, members)) => members.push(m),
            None => groups.push((&m.group, vec![m])),
        }
    }
    groups
}

/// The index: every method with its names in each host, by group, and the error kinds.
pub fn reference() -> String {
    let described = described();
    let methods = telegram();
    let mut out = banner("<!--").replace('\n', " -->\n");
    out += "\n# Reference: the `telegram` library\n\n\
            Every function libopi offers, in OPI's groups and order, with its name in each\n\
            host; each group's page gives every function's parameters, C declaration and a\n\
            CLI example. The same data is what `opi_describe()` returns at run time.\n\n\
            The CLI takes each option by its long name or by OPI's one-letter alias (`-t` for\n\
            `--token`). Older versions of OPI's CLI gave `-t` to a second option of some\n\
            methods too (`--title`, `--topic`, `--to`); here `-t` is always `--token`, the one\n\
            option every method has, and the other takes the letter OPI's CLI gives it now\n\
            (`-l`, `-p`, `-o`). `-h` is always help.\n";
    for (group, members) in groups(&methods) {
        let page = group_page(group);
        let _ = write!(
            out,
            "\n## [{group}]({page})\n\n\
             | OPI (1C) | Russian (1C) | Bot API | C | Rust | Python | Node.js | Go, C# |\n\
             |-|-|-|-|-|-|-|-|\n"
        );
        for m in members {
            let _ = writeln!(
                out,
                "| [{}]({page}#{}) | {} | {} | `{}` | `opi::{}` | `opi.{}` | `{}` | `{}` |",
                m.name,
                m.name.to_lowercase(),
                m.name_ru,
                m.bot_api(|b| format!("`{b}`")),
                m.c_function,
                m.rust_function,
                m.rust_function,
                camel_case(&m.rust_function),
                m.name
            );
        }
    }
    out += "\n## Errors\n\n\
            A result without `opi_error` is Telegram's own document. The library's own results\n\
            name their kind in `opi_error.kind` (in C, the `OPI_KIND_*` macros of `opi.h`):\n\n\
            | kind | meaning |\n|-|-|\n";
    for kind in &described.error_kinds {
        let _ = writeln!(out, "| `{}` | {} |", kind.name, kind.doc);
    }
    let _ = write!(out, "\nDescribed by libopi {}.\n", described.version);
    out
}

/// A group's page: each of its methods with its parameters, C declaration and example.
pub fn group_reference(group: &str, members: &[&Method]) -> String {
    let mut out = banner("<!--").replace('\n', " -->\n");
    let _ = write!(
        out,
        "\n# {group}\n\n\
         Part of the [reference](telegram.md) of the `telegram` library, which gives each\n\
         function's name in every host and the kinds of error.\n"
    );
    for m in members {
        let _ = write!(
            out,
            "\n## {}\n\n{} ({}). Bot API {}.\n",
            m.name,
            m.summary,
            m.name_ru,
            m.bot_api(|b| format!("`{b}`"))
        );
        if !m.doc.is_empty() {
            let _ = writeln!(out, "\n{}", m.doc);
        }
        out += "\n| Parameter | Type | Required | CLI | C | Description |\n|-|-|-|-|-|-|\n";
        for p in &m.params {
            out += &param_row(p);
        }
        let _ = write!(
            out,
            "\n```c\n{}\n```\n\n```bash\n{}\n```\n",
            c_declaration(m),
            cli_example(m)
        );
    }
    out
}

#[test]
fn the_reference_is_generated_from_the_table() {
    ensure("docs/reference/telegram.md", &reference());
}

#[test]
fn each_group_has_its_page_generated_from_the_table() {
    let methods = telegram();
    let stale: Vec<String> = groups(&methods)
        .into_iter()
        .map(|(group, members)| {
            let path = format!("docs/reference/{}", group_page(group));
            (refresh(&path, &group_reference(group, &members)), path)
        })
        .filter_map(|(written, path)| written.then_some(path))
        .collect();
    assert!(
        stale.is_empty(),
        "{stale:?} were out of date with the method table and have been written anew; commit them"
    );
}
