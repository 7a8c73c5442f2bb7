//! Every parameter of every method up to its first request, the path the C functions,
//! the add-in and the CLI all take before anything is sent. The first byte picks the
//! method; NUL-separated fields follow, one per parameter, as a C host would pass them
//! (a field that is not UTF-8 is refused at the C boundary before any parser sees it).
//!
//! Properties: a refusal is `invalid_argument` naming one of the method's parameters;
//! the token never appears in a refusal or in an accepted request's body; an accepted
//! date is the instant it names; an accepted limit is the number given.

#![no_main]

use chrono::{DateTime, NaiveDate};
use libfuzzer_sys::fuzz_target;
use opi::unversioned::{
    Arg, Args, Body, Content, EXPIRATION_DATE, ParamType, Request, TELEGRAM, TOKEN, USER_LIMIT,
    run_showing,
};
use opi::{Error, ErrorKind, Sink};
use serde_json::{Map, Value};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let method = TELEGRAM[usize::from(selector) % TELEGRAM.len()];
    let mut fields = rest.split(|&b| b == 0);
    let mut args = Args::new();
    let mut texts: Vec<&str> = Vec::new();
    for &param in method.params {
        let Some(field) = fields.next() else { break };
        let mut bytes = [0u8; 8];
        let n = field.len().min(8);
        bytes[..n].copy_from_slice(&field[..n]);
        if param.ty.is_number() {
            args.set(param, Arg::Number(i64::from_le_bytes(bytes)));
        } else if matches!(param.ty, ParamType::Boolean { .. }) {
            args.set(param, Arg::Bool(bytes[0] & 1 == 1));
        } else if param.ty == ParamType::Float {
            args.set(param, Arg::Float(f64::from_le_bytes(bytes)));
        } else if let Ok(text) = std::str::from_utf8(field) {
            args.set(param, Arg::Text(text));
            texts.push(text);
        }
    }
    let token = args.text(&TOKEN).unwrap_or("");
    // Looked for when it has a token's shape (`digits:letters`, of a token's characters
    // only, so that no sentence of a refusal is one, long enough not to be
    // a piece of a fixed text such as the chat example -1001234567890) and the caller
    // put it nowhere else.
    let secret = token.len() >= 16
        && token.contains(':')
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_:".contains(&b))
        && texts.iter().filter(|t| t.contains(token)).count() == 1;
    // The method runs up to its first request, which is looked at here and refused, so
    // nothing is sent; the local methods run whole.
    let mut seen = None;
    let mut bytes = Vec::new();
    let result = run_showing(
        method,
        &args,
        Some(Sink::Memory(&mut bytes)),
        &mut |request| {
            seen = Some(Seen::of(request));
            Err(Error::new(ErrorKind::Internal, "not sent"))
        },
    );
    match (result, seen) {
        (Err(e), None) => {
            assert_eq!(e.kind, ErrorKind::InvalidArgument, "{e:?}");
            let parameter = e.parameter.expect("a refusal names its parameter");
            assert!(method.params.iter().any(|p| p.name == parameter), "{e:?}");
            if secret {
                assert!(!e.description.contains(token), "the token leaked");
                assert!(!e.to_json().contains(token), "the token leaked");
            }
            serde_json::from_str::<serde_json::Value>(&e.to_json()).expect("a JSON envelope");
        }
        (Ok(document), None) => {
            serde_json::from_str::<serde_json::Value>(&document).expect("a JSON document");
        }
        (_, Some(request)) => {
            assert_eq!(request.token, token);
            if secret {
                assert!(!request.text.contains(token), "the token is in the body");
            }
            if method.params.contains(&&EXPIRATION_DATE) {
                check_date(
                    args.text(&EXPIRATION_DATE),
                    request.fields.get("expire_date"),
                );
            }
            if method.params.contains(&&USER_LIMIT) {
                let limit = args.number(&USER_LIMIT).unwrap_or(0);
                let sent = request.fields.get("member_limit").and_then(|v| v.as_i64());
                assert_eq!(sent, (limit != 0).then_some(limit));
            }
        }
    }
});

/// What a request would have sent.
struct Seen {
    /// The token, as it goes into the URL.
    token: String,
    /// Every field's text: the JSON body, or the multipart body's text parts and file
    /// names.
    text: String,
    /// The fields: the JSON object, or each text part read as JSON where it is JSON.
    fields: Map<String, Value>,
}

impl Seen {
    fn of(request: &Request) -> Seen {
        let token = request.token().as_url_segment().to_string();
        match request.body() {
            Body::Json(json) => {
                let body: Value = serde_json::from_slice(json).expect("a JSON body");
                let Value::Object(fields) = body else {
                    panic!("the body is not an object: {body}");
                };
                let text = String::from_utf8_lossy(json).into_owned();
                Seen {
                    token,
                    text,
                    fields,
                }
            }
            Body::Multipart(parts) => {
                let mut text = String::new();
                let mut fields = Map::new();
                for part in parts {
                    match &part.content {
                        Content::Text(t) => {
                            text.push_str(t);
                            let value = serde_json::from_str(t).unwrap_or(Value::from(t.as_str()));
                            fields.insert(part.name.clone(), value);
                        }
                        Content::File(file) => text.push_str(&file.file_name),
                    }
                }
                Seen {
                    token,
                    text,
                    fields,
                }
            }
        }
    }
}

/// An accepted date is the instant it names, read here independently of the library
/// for the forms that name one without the local time zone.
fn check_date(given: Option<&str>, sent: Option<&Value>) {
    let given = given.unwrap_or("").trim();
    let sent = sent.map(|v| v.as_i64().expect("expire_date is a number"));
    if given.is_empty() {
        assert_eq!(sent, None);
    } else if given.bytes().all(|b| b.is_ascii_digit()) {
        assert_eq!(sent, Some(given.parse::<i64>().unwrap()));
    } else if let Ok(at) = DateTime::parse_from_rfc3339(given) {
        // 1C's empty date stands for no date.
        let first = NaiveDate::from_ymd_opt(1, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        if at.naive_local() == first {
            assert_eq!(sent, None, "{given}");
        } else {
            assert_eq!(sent, Some(at.timestamp()), "{given}");
        }
    }
}
