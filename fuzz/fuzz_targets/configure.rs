//! `opi_configure`'s JSON. Properties: the answer is a result document; a refusal is
//! `invalid_argument` and changes nothing; an acceptance reports the settings that a
//! later call without options reports too.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(options) = std::str::from_utf8(data) else {
        return;
    };
    // The result document a host gets: the settings, or the refusal's envelope.
    let configure = |options: &str| opi::configure(options).unwrap_or_else(|e| e.to_json());
    let before = configure("");
    let answer: Value = serde_json::from_str(&configure(options)).expect("a JSON answer");
    let now = configure("");
    match answer["ok"].as_bool() {
        Some(false) => {
            assert_eq!(answer["opi_error"]["kind"], "invalid_argument", "{answer}");
            assert!(answer["description"].is_string());
            assert_eq!(now, before, "a refused configuration changed the settings");
        }
        Some(true) => {
            assert!(answer["result"].is_object(), "{answer}");
            assert_eq!(serde_json::from_str::<Value>(&now).unwrap(), answer);
        }
        None => panic!("not a result document: {answer}"),
    }
});
