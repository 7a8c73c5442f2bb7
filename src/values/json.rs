//! JSON values given as text, as OPI reads a collection: JSON itself, OPI's
//! single-quoted JSON (`{'inline_keyboard':[[...]]}`, as OPI's own examples write it), or
//! the path of a file holding either.
//!
//! OPI also fetches a value given as an `http(s)://` address. libopi does not: a call
//! would make a second request of its own, to any address, outside the one bounded
//! exchange with the Bot API that every call is; the caller fetches it and passes the
//! JSON.

use std::io::Read;

use serde_json::Value;

use crate::error::quoted;

/// The largest file read as a JSON value: a keyboard is a few kilobytes, and a larger
/// file is more likely a wrong path than a value.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// OPI's single-quoted JSON as JSON text: each `'...'` string becomes a `"..."` one, its
/// escapes kept (`\'` becomes `'`, and a `"` inside becomes `\"`); double-quoted strings
/// and everything outside strings are copied. `None` when a string is left open. The
/// result is not checked: serde_json reads it next.
pub fn single_quoted_to_json(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 2);
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                out.push('"');
                loop {
                    match chars.next()? {
                        '\'' => break,
                        '"' => out.push_str("\\\""),
                        '\\' => match chars.next()? {
                            '\'' => out.push('\''),
                            escaped => {
                                out.push('\\');
                                out.push(escaped);
                            }
                        },
                        other => out.push(other),
                    }
                }
                out.push('"');
            }
            '"' => {
                out.push('"');
                loop {
                    let c = chars.next()?;
                    out.push(c);
                    match c {
                        '"' => break,
                        '\\' => out.push(chars.next()?),
                        _ => {}
                    }
                }
            }
            other => out.push(other),
        }
    }
    Some(out)
}

/// JSON text, or OPI's single-quoted JSON; the refusal names `what` (the text quoted,
/// or the file: a file's content is never quoted, since it could be anything, the token
/// too) with serde_json's reading of the text as given.
fn json_text(text: &str, what: impl FnOnce() -> String) -> Result<Value, String> {
    serde_json::from_str(text).or_else(|e| {
        single_quoted_to_json(text)
            .and_then(|json| serde_json::from_str(&json).ok())
            .ok_or_else(|| format!("cannot read {} as JSON ({e})", what()))
    })
}

/// A JSON value given as text or as the path of a file holding it; empty is not given.
pub fn collection(value: Option<&str>) -> Result<Option<Value>, String> {
    let value = value.unwrap_or("").trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.starts_with('{') || value.starts_with('[') {
        return json_text(value, || quoted(value)).map(Some);
    }
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Err(format!(
            "{} is an address: libopi does not fetch JSON from the web; fetch it and pass \
             the JSON itself",
            quoted(value)
        ));
    }
    // Only a regular file is opened: opening a FIFO or a device such as /dev/stdin could
    // wait forever, and a call's time is bounded.
    let regular = std::fs::metadata(value).is_ok_and(|m| m.is_file());
    let file = if regular {
        std::fs::File::open(value).ok()
    } else {
        None
    };
    match file {
        Some(file) => {
            let mut text = String::new();
            file.take(MAX_FILE_BYTES + 1)
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read the file {}: {e}", quoted(value)))?;
            if text.len() as u64 > MAX_FILE_BYTES {
                return Err(format!(
                    "the file {} is larger than {MAX_FILE_BYTES} bytes",
                    quoted(value)
                ));
            }
            let what = || format!("the file {}", quoted(value));
            json_text(text.trim_start_matches('\u{feff}').trim(), what).map(Some)
        }
        None => Err(format!(
            "{} is neither JSON nor the path of a file holding it",
            quoted(value)
        )),
    }
}

/// A JSON object such as a keyboard; empty is not given. A library result saying
/// `"ok":true` whose `result` is an object (FormKeyboardFromButtonArray's) stands for
/// that object, so that a host passes one function's result to the next as it came.
pub fn object(value: Option<&str>) -> Result<Option<Value>, String> {
    match collection(value)? {
        Some(Value::Object(mut envelope))
            if envelope.len() == 2
                && envelope.get("ok") == Some(&Value::Bool(true))
                && envelope.get("result").is_some_and(Value::is_object) =>
        {
            Ok(envelope.get_mut("result").map(Value::take))
        }
        Some(object @ Value::Object(_)) => Ok(Some(object)),
        Some(other) => Err(format!("expected a JSON object, got {}", kind(&other))),
        None => Ok(None),
    }
}

/// An array of strings, such as a poll's answers; empty is not given.
pub fn strings(value: Option<&str>) -> Result<Option<Vec<String>>, String> {
    let items = match collection(value)? {
        Some(Value::Array(items)) => items,
        Some(other) => {
            return Err(format!(
                "expected an array of strings such as ['Red','Blue'], got {}",
                kind(&other)
            ));
        }
        None => return Ok(None),
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::String(s) => Ok(s),
            other => Err(format!("item {} is {}, not a string", i + 1, kind(&other))),
        })
        .collect::<Result<_, _>>()
        .map(Some)
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a Boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn converted(text: &str) -> Value {
        serde_json::from_str(&single_quoted_to_json(text).unwrap()).unwrap()
    }

    #[test]
    fn single_quoted_strings_become_json_strings() {
        assert_eq!(
            converted("{'inline_keyboard':[[{'text':'Button 1','callback_data':'b1'}]]}"),
            json!({"inline_keyboard":[[{"text":"Button 1","callback_data":"b1"}]]})
        );
        assert_eq!(converted("['Red','Yellow']"), json!(["Red", "Yellow"]));
        // A double quote inside, an escaped single quote, escapes kept.
        assert_eq!(
            converted(r#"['say "hi"', 'it\'s', 'a\nb', 'tab\t', '\u0041', 'back\\slash']"#),
            json!(["say \"hi\"", "it's", "a\nb", "tab\t", "A", "back\\slash"])
        );
        // Double-quoted strings are copied, a single quote in them left alone.
        assert_eq!(converted(r#"{"it's": ['x']}"#), json!({"it's": ["x"]}));
        assert_eq!(converted("{'a':\"b\\\"c\"}"), json!({"a": "b\"c"}));
        for open in ["['a", "{'a':'b}", "['a\\", "[\"a"] {
            assert_eq!(single_quoted_to_json(open), None, "{open}");
        }
    }

    #[test]
    fn collections_are_json_single_quoted_json_or_a_file() {
        assert_eq!(collection(None).unwrap(), None);
        assert_eq!(collection(Some("  ")).unwrap(), None);
        assert_eq!(
            collection(Some(r#" {"a":[1,2]} "#)).unwrap(),
            Some(json!({"a":[1,2]}))
        );
        let path = std::env::temp_dir().join(format!("opi-json-{}.json", std::process::id()));
        std::fs::write(&path, "\u{feff}{'keyboard':[['A']]}\n").unwrap();
        let read = collection(path.to_str());
        std::fs::remove_file(&path).unwrap();
        assert_eq!(read.unwrap(), Some(json!({"keyboard":[["A"]]})));
        // A file that is not JSON is named, its content never quoted.
        std::fs::write(&path, "123456:secret-token").unwrap();
        let e = collection(path.to_str()).unwrap_err();
        std::fs::remove_file(&path).unwrap();
        assert!(e.starts_with("cannot read the file \""), "{e}");
        assert!(!e.contains("secret"), "{e}");
        let e = collection(Some("https://example.com/k.json")).unwrap_err();
        assert!(e.contains("does not fetch"), "{e}");
        for not_a_file in ["/dev/stdin", "/"] {
            let e = collection(Some(not_a_file)).unwrap_err();
            assert!(
                e.ends_with("is neither JSON nor the path of a file holding it"),
                "{e}"
            );
        }
        // A FIFO without a writer would block an open for ever.
        let fifo = std::env::temp_dir().join(format!("opi-fifo-{}", std::process::id()));
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let e = collection(fifo.to_str());
            std::fs::remove_file(&fifo).unwrap();
            assert!(e.is_err());
        }
        let e = collection(Some("no such file")).unwrap_err();
        assert_eq!(
            e,
            "\"no such file\" is neither JSON nor the path of a file holding it"
        );
        let e = collection(Some("{'a':}")).unwrap_err();
        assert!(e.starts_with("cannot read \"{'a':}\" as JSON ("), "{e}");
    }

    #[test]
    fn objects_and_string_arrays() {
        assert_eq!(object(Some("{}")).unwrap(), Some(json!({})));
        assert_eq!(
            object(Some("['a']")).unwrap_err(),
            "expected a JSON object, got an array"
        );
        assert_eq!(
            strings(Some("['Red','Yellow']")).unwrap(),
            Some(vec!["Red".to_string(), "Yellow".to_string()])
        );
        assert_eq!(
            strings(Some("['Red',2]")).unwrap_err(),
            "item 2 is a number, not a string"
        );
        assert_eq!(
            strings(Some("{'a':1}")).unwrap_err(),
            "expected an array of strings such as ['Red','Blue'], got an object"
        );
    }
}
