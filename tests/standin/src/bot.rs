//! The Bot API itself: routing, `createChatInviteLink`, and the faults a
//! chat can provoke.
//!
//! Faults are chosen by `chat_id` rather than through a side channel because
//! that is how Telegram itself varies its answers, and it lets C, Python and
//! shell tests provoke every one of them with nothing but the library's own
//! calls.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use serde_json::{Map, Value};

use crate::http::Response;
use crate::{BOT_ID, TOKEN};

pub enum Reply {
    Send(Response),
    /// Keep the connection open and never answer.
    Stall,
    /// Drop the connection without a byte of response.
    HangUp,
}

#[derive(Default)]
pub struct Bot {
    links_created: AtomicU64,
    flood_once_spent: AtomicBool,
}

/// Splits `/bot<token>/<method>[?query]` into token and method.
pub fn split_path(path: &str) -> Option<(&str, &str)> {
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    let (token, method) = path.strip_prefix("/bot")?.split_once('/')?;
    if method.is_empty() || method.contains('/') {
        return None;
    }
    Some((token, method))
}

impl Bot {
    pub fn answer(&self, path: &str, body: &[u8]) -> Reply {
        let Some((token, method)) = split_path(path) else {
            return error(404, "Not Found");
        };
        if token != TOKEN {
            return error(401, "Unauthorized");
        }
        // Telegram matches method names case-insensitively, and clients
        // written against it may rely on that.
        if method.eq_ignore_ascii_case("createChatInviteLink") {
            self.create_chat_invite_link(body)
        } else {
            error(404, "Not Found")
        }
    }

    fn create_chat_invite_link(&self, body: &[u8]) -> Reply {
        let params = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(params)) => params,
            _ => return error(400, "Bad Request: chat_id is empty"),
        };
        let chat = match params.get("chat_id") {
            Some(Value::String(chat)) if !chat.is_empty() => Some(chat.as_str()),
            Some(Value::Number(_)) => None,
            _ => return error(400, "Bad Request: chat_id is empty"),
        };

        match chat {
            Some("@no_such_chat") => return error(400, "Bad Request: chat not found"),
            Some("@flood") => return flood(30),
            Some("@flood_once") if !self.flood_once_spent.swap(true, Ordering::SeqCst) => {
                return flood(1);
            }
            Some("@bad_gateway") => {
                return Reply::Send(Response {
                    status: 502,
                    content_type: "text/html",
                    body: BAD_GATEWAY_PAGE.as_bytes().to_vec(),
                });
            }
            Some("@not_json") => {
                return Reply::Send(Response {
                    status: 200,
                    content_type: "text/plain",
                    body: b"this is not JSON".to_vec(),
                });
            }
            Some("@stall") => return Reply::Stall,
            Some("@hang_up") => return Reply::HangUp,
            _ => {}
        }

        let number = self.links_created.fetch_add(1, Ordering::SeqCst) + 1;
        Reply::Send(Response::json(200, invite_link_result(number, &params)))
    }
}

const BAD_GATEWAY_PAGE: &str = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";

fn error(code: u16, description: &str) -> Reply {
    Reply::Send(Response::json(
        code,
        format!(
            r#"{{"ok":false,"error_code":{code},"description":{}}}"#,
            Value::from(description)
        ),
    ))
}

fn flood(retry_after: u32) -> Reply {
    Reply::Send(Response::json(
        429,
        format!(
            r#"{{"ok":false,"error_code":429,"description":"Too Many Requests: retry after {retry_after}","parameters":{{"retry_after":{retry_after}}}}}"#
        ),
    ))
}

/// The JSON is assembled by hand rather than through a `serde_json::Map`
/// because the map's key order depends on crate features that any other
/// crate in the build may switch on, and clients' tests compare bytes.
fn invite_link_result(number: u64, params: &Map<String, Value>) -> String {
    let echoed = |key: &str| params.get(key).filter(|v| !v.is_null());
    let mut out = String::from(r#"{"ok":true,"result":{"invite_link":"#);
    out.push_str(&Value::from(crate::invite_link(number)).to_string());
    if let Some(name) = echoed("name") {
        out.push_str(r#","name":"#);
        out.push_str(&name.to_string());
    }
    out.push_str(&format!(
        r#","creator":{{"id":{BOT_ID},"is_bot":true,"first_name":"Loopback Bot","username":"loopback_stand_in_bot"}}"#
    ));
    for key in ["expire_date", "member_limit"] {
        if let Some(value) = echoed(key) {
            out.push_str(&format!(r#","{key}":{value}"#));
        }
    }
    let join_request = params
        .get("creates_join_request")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    out.push_str(&format!(
        r#","creates_join_request":{join_request},"is_primary":false,"is_revoked":false}}}}"#
    ));
    out
}

/// The 16 characters after `https://t.me/+` for the `number`th link.
///
/// Telegram's codes are 12 random bytes in URL-safe base64; these look the
/// same but come from a bijective mix of the counter, so they are distinct
/// by construction and identical from run to run.
pub fn invite_code(number: u64) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let high = mix(number);
    let low = mix(high) >> 32;
    let bits = (u128::from(high) << 32) | u128::from(low);
    (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 6)) & 63) as usize] as char)
        .collect()
}

/// Multiplying by an odd constant and xor-shifting right are both
/// invertible on u64, so distinct inputs always give distinct outputs.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn paths() {
        assert_eq!(split_path("/botT/getMe"), Some(("T", "getMe")));
        assert_eq!(split_path("/botT/getMe?x=1"), Some(("T", "getMe")));
        assert_eq!(split_path("/botT/"), None);
        assert_eq!(split_path("/botT"), None);
        assert_eq!(split_path("/botT/a/b"), None);
        assert_eq!(split_path("/T/getMe"), None);
    }

    #[test]
    fn codes_are_distinct_and_well_formed() {
        let mut seen = HashSet::new();
        for n in 1..=100_000 {
            let code = invite_code(n);
            assert_eq!(code.len(), 16);
            assert!(
                code.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
            assert!(seen.insert(code));
        }
    }
}
