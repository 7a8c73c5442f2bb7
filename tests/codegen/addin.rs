//! Every method's example as the 1C platform passes its values to the add-in, for the
//! harnesses that play the platform (tests/addin/host.cpp on Linux, windows_host.c
//! under Wine): `tests/addin/examples.h`, one C header both include. Each method's
//! parameters come in its order, each with the 1C type its value kind takes, so that a
//! harness calls every method with no code of its own per method.

use std::fmt::Write;

use super::{Method, Param, Value, banner, ensure, telegram};

/// A 1C value, as the header's `ExampleValue` initialiser: type, then the String's
/// text, the Number, the Boolean and the Date, only the one of its type set.
fn value(m: &Method, p: &Param, given: Option<&str>) -> String {
    let (ty, text, number, flag, date) = match (given, p.value) {
        (None, _) => {
            assert!(
                !p.required,
                "{}: the example leaves out the required {}",
                m.name, p.name
            );
            ("EXAMPLE_LEFT_OUT", None, None, 0, None)
        }
        // The placeholder `***`, which the harness replaces with the stand-in's token,
        // as tests/integration/cli.rs does with the --token option.
        (Some(_), _) if p.option == "token" => ("EXAMPLE_TOKEN", None, None, 0, None),
        (Some(v), Value::Int32 | Value::Int64 | Value::Double) => {
            ("EXAMPLE_NUMBER", None, Some(number_of(m, p, v)), 0, None)
        }
        // A chat id written as a whole number is a 1C Number, the value that must reach
        // Telegram as a numeric id; `@username` is a String.
        (Some(v), Value::Chat) if v.parse::<i64>().is_ok() => {
            ("EXAMPLE_NUMBER", None, Some(number_of(m, p, v)), 0, None)
        }
        (Some(v), Value::Bool) => {
            let flag = match v {
                "true" => 1,
                "false" => 0,
                _ => panic!("{}: {} is not true or false: {v}", m.name, p.name),
            };
            ("EXAMPLE_BOOLEAN", None, None, flag, None)
        }
        // A Date where the example writes a wall-clock time 1C can hold; any other form
        // (Unix seconds, an offset) goes as the String 1C also accepts for a Date.
        (Some(v), Value::Date) => match wall_clock(v) {
            Some(fields) => ("EXAMPLE_DATE", None, None, 0, Some(fields)),
            None => ("EXAMPLE_STRING", Some(v), None, 0, None),
        },
        // Text, files (a URL or file_id: 1C's String form), JSON as its text.
        (Some(v), _) => ("EXAMPLE_STRING", Some(v), None, 0, None),
    };
    let text = text.map_or("NULL".to_string(), c_string);
    let number = number.unwrap_or_else(|| "0".into());
    let date = date.unwrap_or([0; 6]).map(|f| f.to_string()).join(", ");
    format!("{{{ty}, {text}, {number}, {flag}, {{{date}}}}}")
}

/// A Number's value as a C `double` literal, written as the example writes it, so that
/// the compiler rounds it as the CLI's parser does (both to the nearest double).
fn number_of(m: &Method, p: &Param, text: &str) -> String {
    let x: f64 = text
        .parse()
        .unwrap_or_else(|_| panic!("{}: {} is not a number: {text}", m.name, p.name));
    assert!(x.is_finite(), "{}: {} is not finite", m.name, p.name);
    if text.contains(['.', 'e', 'E']) {
        text.to_string()
    } else {
        format!("{text}.0")
    }
}

/// `2025-05-02T15:46:10` (a fraction of a second dropped: a 1C Date has none, and the
/// library drops it too) or `2025-05-02`, as year, month, day, hour, minute, second.
fn wall_clock(text: &str) -> Option<[i32; 6]> {
    let (day, time) = text.split_once('T').unwrap_or((text, "00:00:00"));
    let time = time.split_once('.').map_or(time, |(whole, _)| whole);
    let day: Vec<i32> = day
        .split('-')
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    let time: Vec<i32> = time
        .split(':')
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    match (day.as_slice(), time.as_slice()) {
        ([y, mo, d], [h, mi, s]) if *y > 0 => Some([*y, *mo, *d, *h, *mi, *s]),
        _ => None,
    }
}

/// A C string literal of UTF-8 text, safe in C99 (no trigraphs) and C++.
fn c_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '?' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out += "\\n",
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\{:03o}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn header() -> String {
    let methods = telegram();
    let mut values = String::new();
    let mut table = String::new();
    let mut first = 0;
    for m in &methods {
        let _ = writeln!(values, "    /* {} */", m.name);
        for p in &m.params {
            let given = m
                .example
                .iter()
                .find(|(option, _)| *option == p.option)
                .map(|(_, v)| v.as_str());
            let _ = writeln!(values, "    {}, /* {} */", value(m, p, given), p.name);
        }
        let _ = writeln!(
            table,
            "    {{{}, {}, {}, {}, {first}}},",
            c_string(&m.name),
            c_string(&m.name_ru),
            u8::from(m.downloads()),
            m.params.len()
        );
        first += m.params.len();
    }
    let most = methods.iter().map(|m| m.params.len()).max().unwrap_or(0);
    format!(
        "/*\n{banner} *
 * Every method's example as the 1C platform passes its values to the add-in: each
 * parameter in the method's order, as the 1C value its kind takes. The harnesses that
 * play the platform (host.cpp, windows_host.c) call every method with them, by both
 * names, and compare what reached the stand-in with tests/examples.requests.
 *
 * Options of an example that are not parameters (DownloadFile's `out`, the CLI's) are
 * not here.
 */
#ifndef OPI_ADDIN_EXAMPLES_H
#define OPI_ADDIN_EXAMPLES_H

#include <stddef.h>

enum {{
    /* Not given by the example: the harness passes what GetParamDefValue gives, as the
       platform does for a parameter left out. */
    EXAMPLE_LEFT_OUT,
    /* A String: the bot's token, `***` in the example, the stand-in's in the call. */
    EXAMPLE_TOKEN,
    /* A String: `text`, UTF-8. */
    EXAMPLE_STRING,
    /* A Number: `number`, which the platform passes as VTYPE_I4 when it is a whole
       number that fits and as VTYPE_R8 otherwise. */
    EXAMPLE_NUMBER,
    /* A Boolean: `boolean`, 0 or 1. */
    EXAMPLE_BOOLEAN,
    /* A Date: `date`, year, month, day, hour, minute, second, local wall-clock time. */
    EXAMPLE_DATE
}};

typedef struct ExampleValue {{
    int type;
    const char *text;
    double number;
    int boolean;
    int date[6];
}} ExampleValue;

typedef struct Example {{
    const char *name;
    const char *name_ru;
    /* Whether it answers BinaryData, the file downloaded, rather than a String. */
    int downloads;
    /* Its parameters: EXAMPLE_VALUES[first] onwards. */
    int count;
    int first;
}} Example;

/* No method takes more parameters than this. */
#define EXAMPLE_MOST_PARAMS {most}

static const ExampleValue EXAMPLE_VALUES[] = {{
{values}}};

static const Example EXAMPLES[] = {{
{table}}};

#define EXAMPLE_COUNT ((int)(sizeof EXAMPLES / sizeof EXAMPLES[0]))

#endif
",
        banner = banner(" *")
    )
}

#[test]
fn the_add_in_examples_are_generated_from_the_table() {
    ensure("tests/addin/examples.h", &header());
}
