//! The envelope of a Bot API answer, read without building the answer's tree.
//!
//! An answer is passed to the host byte for byte; libopi only needs to know that it is
//! a Bot API document (a JSON object with a boolean `ok`) and, for a 429, how long to
//! wait. Reading just that, and skipping `result` unparsed into values, spares a call
//! about thirty allocations.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

/// What libopi reads of an answer.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Envelope {
    pub ok: Option<bool>,
    pub error_code: Option<i64>,
    /// Telegram's sentence about a refusal.
    pub description: Option<String>,
    /// `parameters.retry_after`, the seconds a flood-limited bot must wait.
    pub retry_after: Option<u64>,
}

impl Envelope {
    /// The envelope of a complete JSON document; `None` when `body` is not JSON, or not
    /// an object with a boolean `ok`.
    pub fn read(body: &[u8]) -> Option<Envelope> {
        serde_json::from_slice::<Envelope>(body)
            .ok()
            .filter(|e| e.ok.is_some())
    }
}

/// The keys libopi reads; any other is skipped.
enum Key {
    Ok,
    ErrorCode,
    Description,
    Parameters,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            // Only in serde's error messages, which `Envelope::read` discards: a mutant
            // that writes nothing here is equivalent.
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "ok" => Key::Ok,
                    "error_code" => Key::ErrorCode,
                    "description" => Key::Description,
                    "parameters" => Key::Parameters,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Envelope {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Envelope, D::Error> {
        d.deserialize_map(EnvelopeVisitor)
    }
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Envelope;

    // As for keys: only in error messages, which are discarded.
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Bot API answer")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
        let mut envelope = Envelope::default();
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Ok => envelope.ok = map.next_value::<serde_json::Value>()?.as_bool(),
                Key::ErrorCode => {
                    envelope.error_code = map.next_value::<serde_json::Value>()?.as_i64()
                }
                Key::Description => {
                    envelope.description = match map.next_value::<serde_json::Value>()? {
                        serde_json::Value::String(text) => Some(text),
                        _ => None,
                    }
                }
                Key::Parameters => {
                    envelope.retry_after = map
                        .next_value::<serde_json::Value>()?
                        .get("retry_after")
                        .and_then(serde_json::Value::as_u64)
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(envelope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_needs_and_skips_the_rest() {
        let flood = br#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 5","parameters":{"retry_after":5}}"#;
        assert_eq!(
            Envelope::read(flood),
            Some(Envelope {
                ok: Some(false),
                error_code: Some(429),
                description: Some("Too Many Requests: retry after 5".into()),
                retry_after: Some(5)
            })
        );
        let link = br#"{"ok":true,"result":{"invite_link":"https://t.me/+x","creator":{"id":1},"ok":[1]}}"#;
        assert_eq!(Envelope::read(link).unwrap().ok, Some(true));
        // Only the wait inside `parameters` counts; a top-level one is not the Bot API's.
        let top_level = br#"{"ok":false,"error_code":429,"retry_after":5,"parameters":{}}"#;
        assert_eq!(Envelope::read(top_level).unwrap().retry_after, None);
        // JSON's grammar bounds no number. One beyond f64 in a key libopi does not read
        // is skipped unread, and the document passes through for the host's parser
        // (which reads it as infinity); in a key it reads, serde_json cannot read the
        // value, and the answer is not taken for the Bot API's. Telegram sends neither.
        let huge = br#"{"ok":false,"error_code":400,"x":-1e999}"#;
        assert_eq!(Envelope::read(huge).unwrap().error_code, Some(400));
        assert_eq!(Envelope::read(br#"{"ok":false,"error_code":1e999}"#), None);
        let escaped = br#"{"\u006fk":true}"#;
        assert_eq!(Envelope::read(escaped).unwrap().ok, Some(true));
    }

    #[test]
    fn refuses_what_is_not_a_bot_api_document() {
        for body in [
            &b"<html>502</html>"[..],
            b"{\"ok\":\"yes\"}",
            b"{\"error\":1}",
            b"[1,2]",
            b"null",
            b"{\"ok\":true",
            b"{\"ok\":true} trailing",
            b"",
        ] {
            assert_eq!(
                Envelope::read(body),
                None,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }
}
