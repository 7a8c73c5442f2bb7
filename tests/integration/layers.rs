//! The sources are layered: no module imports one that imports it back, directly or
//! through others.
//!
//! Every `.rs` file of the library (and, apart, of the `oint` CLI) is read; comments and
//! literals are dropped; each path that starts with `crate::`, `super::` or `self::`
//! (`use` trees included) is resolved to the module file it names, and each `mod name;`
//! counts as the parent importing its child, so a child that reaches back into its
//! parent's own items closes a loop too. An inline module (`mod tests { ... }`) belongs
//! to its file, and a file of unit tests (`tests.rs`) to its parent, as the inline form
//! would. The test fails on any cycle in that graph and names it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A module, by its path below the crate root (`[]` is the root itself).
type Module = Vec<String>;

#[derive(Debug, PartialEq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Comma,
    Semi,
    Star,
    Other(char),
}

/// The code of a file without comments, strings and character literals, as tokens.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                let mut depth = 0;
                loop {
                    if chars[i..].starts_with(&['/', '*']) {
                        depth += 1;
                        i += 2;
                    } else if chars[i..].starts_with(&['*', '/']) {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            'r' | 'b' if raw_string_start(&chars[i..]).is_some() => {
                let (skip, hashes) = raw_string_start(&chars[i..]).unwrap();
                i += skip;
                let end: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                while !chars[i..].starts_with(&end) {
                    i += 1;
                }
                i += end.len();
            }
            '"' => {
                i += 1;
                while chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
            }
            '\'' => {
                // A character literal ('a', '\n', '\u{..}'), or else a lifetime.
                if next == Some('\\') {
                    i += 3;
                    while chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                    while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                        i += 1;
                    }
                }
            }
            c if c.is_alphabetic()
                || c == '_'
                || (c == '$' && next.is_some_and(char::is_alphabetic)) =>
            {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Token::Ident(chars[start..i].iter().collect()));
            }
            ':' if next == Some(':') => {
                out.push(Token::PathSep);
                i += 2;
            }
            _ => {
                out.push(match c {
                    '{' => Token::Open,
                    '}' => Token::Close,
                    ',' => Token::Comma,
                    ';' => Token::Semi,
                    '*' => Token::Star,
                    c => Token::Other(c),
                });
                i += 1;
            }
        }
    }
    out.retain(|t| !matches!(t, Token::Other(c) if c.is_whitespace()));
    out
}

/// For `r"`, `r#"`, `br"`...: how many characters open the literal, and its `#`s.
fn raw_string_start(chars: &[char]) -> Option<(usize, usize)> {
    let mut i = usize::from(chars.first() == Some(&'b'));
    if chars.get(i) != Some(&'r') {
        return None;
    }
    i += 1;
    let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
    (chars.get(i + hashes) == Some(&'"')).then_some((i + hashes + 1, hashes))
}

fn ident(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i) {
        Some(Token::Ident(name)) => Some(name),
        _ => None,
    }
}

/// The full paths of the path or `use` tree that starts at `tokens[*i]`, below `prefix`.
fn tree(tokens: &[Token], i: &mut usize, prefix: Module, out: &mut Vec<Module>) {
    let mut path = prefix;
    loop {
        match tokens.get(*i) {
            Some(Token::Ident(name)) if name == "self" => *i += 1,
            Some(Token::Ident(name)) if name == "as" => {
                *i += 2;
                break;
            }
            Some(Token::Ident(name)) => {
                path.push(name.clone());
                *i += 1;
            }
            Some(Token::Open) => {
                *i += 1;
                while !matches!(tokens.get(*i), Some(Token::Close) | None) {
                    tree(tokens, i, path.clone(), out);
                    if tokens.get(*i) == Some(&Token::Comma) {
                        *i += 1;
                    }
                }
                *i += 1;
                return;
            }
            Some(Token::Star) => {
                *i += 1;
                break;
            }
            _ => break,
        }
        if tokens.get(*i) == Some(&Token::PathSep) {
            *i += 1;
        } else {
            break;
        }
    }
    out.push(path);
}

/// What one file refers to: the full paths it names from the crate root, and the
/// modules it declares with `mod name;`.
fn references(file: &Module, source: &str) -> (Vec<Module>, Vec<Module>) {
    let tokens = tokens(source);
    let (mut paths, mut declared) = (Vec::new(), Vec::new());
    // Inline modules open at a brace depth; `super` counts from the innermost.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while i < tokens.len() {
        let here = || {
            let mut m = file.clone();
            m.extend(inline.iter().map(|(name, _)| name.clone()));
            m
        };
        let after_sep = i > 0 && tokens[i - 1] == Token::PathSep;
        match (&tokens[i], ident(&tokens, i + 1), tokens.get(i + 2)) {
            (Token::Ident(m), Some(name), Some(Token::Open)) if m == "mod" => {
                inline.push((name.to_string(), depth));
                depth += 1;
                i += 3;
                continue;
            }
            (Token::Ident(m), Some(name), Some(Token::Semi)) if m == "mod" => {
                let mut child = here();
                child.push(name.to_string());
                declared.push(child);
                i += 3;
                continue;
            }
            (Token::Ident(start), _, _)
                if !after_sep
                    && ["crate", "$crate", "super", "self"].contains(&start.as_str())
                    && tokens.get(i + 1) == Some(&Token::PathSep) =>
            {
                let mut base = if start.ends_with("crate") {
                    Vec::new()
                } else {
                    here()
                };
                i += 2;
                if start == "super" {
                    base.pop();
                    while ident(&tokens, i) == Some("super") {
                        base.pop();
                        i += 2;
                    }
                }
                tree(&tokens, &mut i, base, &mut paths);
                continue;
            }
            (Token::Open, _, _) => depth += 1,
            (Token::Close, _, _) => {
                depth -= 1;
                if inline.last().is_some_and(|&(_, at)| at == depth) {
                    inline.pop();
                }
            }
            _ => {}
        }
        i += 1;
    }
    (paths, declared)
}

/// The import graph of a crate whose files are `(module, source)`: for each module file,
/// the module files it imports.
fn graph(files: &[(Module, String)]) -> BTreeMap<Module, BTreeSet<Module>> {
    let known: BTreeSet<&Module> = files.iter().map(|(m, _)| m).collect();
    let file_of = |path: &Module| -> Module {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|m| known.contains(m))
            .unwrap_or_default()
    };
    // A file of unit tests counts as part of the module it tests.
    let owner = |module: &Module| -> Module {
        match module.split_last() {
            Some((last, parent)) if last == "tests" => parent.to_vec(),
            _ => module.clone(),
        }
    };
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, source) in files {
        let (paths, declared) = references(module, source);
        let at = owner(module);
        let targets: Vec<Module> = paths
            .iter()
            .map(file_of)
            .chain(declared)
            .map(|target| owner(&target))
            .filter(|target| *target != at)
            .collect();
        edges.entry(at).or_default().extend(targets);
    }
    edges
}

/// A cycle of the graph, as the modules along it, if there is one.
fn cycle(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn visit(
        at: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        done: &mut BTreeSet<Module>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(start) = stack.iter().position(|m| m == at) {
            let mut found = stack[start..].to_vec();
            found.push(at.clone());
            return Some(found);
        }
        if done.contains(at) {
            return None;
        }
        stack.push(at.clone());
        for next in edges.get(at).into_iter().flatten() {
            if let Some(found) = visit(next, edges, done, stack) {
                return Some(found);
            }
        }
        stack.pop();
        done.insert(at.clone());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|m| visit(m, edges, &mut done, &mut Vec::new()))
}

/// The `.rs` files under `dir` as modules of a crate rooted at `dir/root_file`,
/// leaving out the subfolders in `skip`.
fn crate_files(dir: &Path, root_file: &str, skip: &[&str]) -> Vec<(Module, String)> {
    fn walk(dir: &Path, at: &Module, skip: &[&str], out: &mut Vec<(Module, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            if path.is_dir() {
                if at.is_empty() && skip.contains(&name.as_str()) {
                    continue;
                }
                let mut inner = at.clone();
                inner.push(name);
                walk(&path, &inner, skip, out);
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let mut module = at.clone();
                if stem != "mod" {
                    module.push(stem.to_string());
                }
                out.push((module, fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &Vec::new(), skip, &mut files);
    for (module, _) in &mut files {
        if at_root(module, root_file) {
            module.clear();
        }
    }
    files
}

fn at_root(module: &Module, root_file: &str) -> bool {
    module.len() == 1 && format!("{}.rs", module[0]) == root_file
}

fn show(cycle: &[Module]) -> String {
    let name = |m: &Module| {
        if m.is_empty() {
            "crate".to_string()
        } else {
            m.join("::")
        }
    };
    cycle.iter().map(name).collect::<Vec<_>>().join(" -> ")
}

fn module(path: &str) -> Module {
    path.split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn no_module_of_the_library_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = crate_files(&src, "lib.rs", &["bin"]);
    assert!(files.len() > 20, "{} files", files.len());
    let edges = graph(&files);
    // The reading sees imports of each kind: a `use` tree, a `super::` path, a plain
    // path in code, and a `mod` declaration.
    for (from, to) in [
        ("ffi::telegram", "methods"),
        ("transport::exchange", "transport::client"),
        (
            "methods::create_join_request_link",
            "methods::create_invitation_link",
        ),
        ("addin::vtables", "addin::entries"),
        ("", "transport"),
        ("values::date", "error"),
    ] {
        assert!(
            edges[&module(from)].contains(&module(to)),
            "{from} -> {to} not seen: {:?}",
            edges[&module(from)]
        );
    }
    if let Some(found) = cycle(&edges) {
        panic!("import cycle: {}", show(&found));
    }
}

#[test]
fn no_module_of_the_cli_imports_one_that_imports_it_back() {
    let oint = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin/oint");
    let files = crate_files(&oint, "main.rs", &[]);
    let edges = graph(&files);
    assert!(edges[&module("help")].contains(&module("command_line")));
    if let Some(found) = cycle(&edges) {
        panic!("import cycle: {}", show(&found));
    }
}

#[test]
fn the_reading_finds_the_cycles_it_is_meant_to_find() {
    let files = |sources: &[(&str, &str)]| -> Vec<(Module, String)> {
        sources
            .iter()
            .map(|(m, s)| (module(m), s.to_string()))
            .collect()
    };
    let acyclic = files(&[
        ("", "mod a; mod b; mod e; pub use a::X;"),
        (
            "a",
            "use crate::b::{c::{self, Y}, Z as W}; // use crate::e;\n",
        ),
        (
            "b",
            "mod c; pub fn z() { let s = \"crate::a\"; let c = '\\''; }",
        ),
        (
            "b::c",
            "use super::super::e as _; #[cfg(test)] mod tests { use super::*; }",
        ),
        ("e", "fn f<'a>(x: &'a str) {}"),
    ]);
    let edges = graph(&acyclic);
    assert_eq!(cycle(&edges), None, "{edges:?}");
    assert_eq!(edges[&module("a")], [module("b"), module("b::c")].into());
    assert_eq!(edges[&module("b")], [module("b::c")].into());
    assert_eq!(edges[&module("b::c")], [module("e")].into());

    for (name, sources) in [
        (
            "a use tree",
            vec![
                ("a", "use crate::{b::{X}};"),
                ("b", "fn f() { crate::a::g(); }"),
            ],
        ),
        (
            "a parent's item",
            vec![("a", "mod b; pub struct X;"), ("a::b", "use super::X;")],
        ),
        (
            "the root's re-export",
            vec![("", "mod a; pub use a::X;"), ("a", "use crate::Error;")],
        ),
        (
            "three modules",
            vec![
                ("a", "use crate::b::B;"),
                ("b", "fn f() -> crate::c::C { todo!() }"),
                ("c", "type T = super::a::A;"),
            ],
        ),
    ] {
        let mut all = sources.clone();
        if !all.iter().any(|(m, _)| m.is_empty()) {
            all.push(("", ""));
        }
        assert!(cycle(&graph(&files(&all))).is_some(), "{name}");
    }
}
