//! OPI's `ProcessTMAData`: checks a Telegram Mini App's `initData` against the bot's
//! token, as Telegram documents it. Nothing is sent.

use ring::hmac;
use serde_json::{Map, Value};

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType, TOKEN};

/// `Telegram.WebApp.initData`, the query string the Mini App was opened with.
pub const DATA_STRING: Param = Param {
    name: "DataString",
    option: "data",
    alias: Some('d'),
    ty: ParamType::String,
    required: true,
    description: "The Mini App's initData query string",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "ProcessTMAData",
    name_ru: "ОбработатьДанныеTMA",
    bot_method: "none, nothing is sent",
    group: Group::DataRetrieval,
    summary: "Checks a Telegram Mini App's initData against the bot token and returns its fields",
    doc: "Sends nothing. `result` holds every field of the data but `hash`, keys and values \
          URL-decoded and kept as text (`user` stays JSON text), and `passed`: whether \
          `hash` is the hex HMAC-SHA256 Telegram documents (the key is HMAC-SHA256 of the \
          token under \"WebAppData\"; the message every other field as `key=value`, sorted, \
          joined by line feeds), compared in constant time. `auth_date` is not checked for \
          age: compare it with the time yourself. Unlike OPI, `cookie` is kept, and a value \
          holding `=` (such as `signature`) is kept whole: Telegram signs every field, so \
          dropping one would fail data that carries it. OPI offers it to 1C only; oint offers \
          it too, with the token from OPI_TELEGRAM_TOKEN, for scripts that check initData.",
    params: &[&DATA_STRING, &TOKEN],
    example: &[
        (
            "data",
            "query_id=AAE5Ve4bAAAAADlV7ht_iBSD&auth_date=1767706628&hash=***",
        ),
        ("token", "***"),
    ],
    runs: Runs::Local(check),
};

fn check(_: &Method, args: &Args) -> Result<String, Error> {
    let data = args.text(&DATA_STRING).unwrap_or("");
    if data.trim().is_empty() {
        return Err(Error::invalid(
            DATA_STRING.name,
            "is required: the initData query string",
        ));
    }
    let token = args.token()?;
    let data = data.trim().strip_prefix('?').unwrap_or(data.trim());
    let mut hash = None;
    let mut fields: Vec<(String, String)> = Vec::new();
    for pair in data.split('&').filter(|p| !p.is_empty()) {
        // The first `=` ends the key: base64 values end in `=`.
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (url_decoded(key), url_decoded(value));
        if key == "hash" {
            hash = Some(value);
        } else {
            fields.push((key, value));
        }
    }
    // The fields in the order of their keys, then values. initData has a handful of
    // fields: an insertion sort is all it takes, and it adds none of the standard
    // library's sorting code to the library.
    let mut order: Vec<&(String, String)> = fields.iter().collect();
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && order[j - 1] > order[j] {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut data_check_string = String::new();
    for (k, v) in order {
        if !data_check_string.is_empty() {
            data_check_string.push('\n');
        }
        data_check_string += &format!("{k}={v}");
    }
    let secret = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, b"WebAppData"),
        token.as_url_segment().as_bytes(),
    );
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_ref());
    let passed = hash
        .as_deref()
        .and_then(from_hex)
        .is_some_and(|tag| hmac::verify(&key, data_check_string.as_bytes(), &tag).is_ok());
    let mut result = Map::new();
    for (key, value) in fields {
        result.insert(key, Value::String(value));
    }
    result.insert("passed".into(), passed.into());
    Ok(serde_json::json!({"ok": true, "result": result}).to_string())
}

/// A form-encoded text decoded: `+` is a space, `%XX` a byte; bytes that are not UTF-8
/// become U+FFFD, which no signature then matches.
fn url_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && hex_byte(&bytes[i + 1..i + 3]).is_some() => {
                out.extend(hex_byte(&bytes[i + 1..i + 3]));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_byte(pair: &[u8]) -> Option<u8> {
    let text = std::str::from_utf8(pair).ok()?;
    u8::from_str_radix(text, 16)
        .ok()
        .filter(|_| pair.iter().all(u8::is_ascii_hexdigit))
}

/// A hash written in hex, either case.
fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    text.as_bytes().chunks(2).map(hex_byte).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_encoding_is_undone() {
        assert_eq!(url_decoded("a%3Db+c%26d"), "a=b c&d");
        assert_eq!(url_decoded("%D0%90%"), "А%");
        assert_eq!(url_decoded("%zz%4"), "%zz%4");
        assert_eq!(from_hex("0aFf"), Some(vec![0x0a, 0xff]));
        assert_eq!(from_hex("0a1"), None);
        assert_eq!(from_hex("+1"), None);
    }
}
