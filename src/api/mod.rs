//! The Rust API: one function per OPI method (generated from the table into
//! `telegram.rs`), and the settings, the version and the table itself.
//!
//! Every method answers `Ok` with Telegram's document as received (it says
//! `"ok":true`), or `Err` with an [`Error`]: Telegram's refusal (kind
//! [`ErrorKind::Telegram`](crate::ErrorKind::Telegram), holding Telegram's document) or
//! the library's own (a bad argument, the network, ...). The JSON envelope of the
//! library's errors is made only at the C, 1C and CLI boundaries.

mod telegram;

pub use telegram::*;

use crate::error::Error;
use crate::kinds::KINDS;
use crate::methods::TELEGRAM;
use crate::param::{Param, ParamType};
use crate::transport;

/// `configure`'s one argument, named in results as the C API names it, since the
/// settings' own errors name `options_json` too.
pub const OPTIONS_JSON: Param = Param {
    name: "options_json",
    option: "options",
    alias: None,
    ty: ParamType::String,
    required: false,
    description: "Settings as a JSON object (api_url, timeout_ms, ...)",
    env: None,
};

/// Changes the settings for calls that start after it returns (see the documentation's
/// "Configuration"). Answers `{"ok":true,"result":{...settings in force...}}`; a bad
/// option is an `invalid_argument` error and changes nothing. `""` reports the settings.
///
/// ```
/// let settings = opi::configure(r#"{"timeout_ms": 5000}"#).unwrap();
/// assert!(settings.contains(r#""timeout_ms":5000"#));
/// let refused = opi::configure(r#"{"timeout": 5}"#).unwrap_err();
/// assert_eq!(refused.kind, opi::ErrorKind::InvalidArgument);
/// # opi::configure(r#"{"timeout_ms": 30000}"#).unwrap();
/// ```
pub fn configure(options_json: &str) -> Result<String, Error> {
    let settings = transport::configure(options_json)?;
    Ok(serde_json::json!({"ok": true, "result": settings.to_json()}).to_string())
}

/// The library's version, as in Cargo.toml.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The library described as data: `{"ok":true,"result":{...}}` with its version, the
/// kinds of its own errors (name and meaning), and each method of the table with its OPI names (English
/// and Russian), Bot API method, Rust and C function names, and parameters (OPI name,
/// C name, CLI option, type, C type, required, default, description). The generators
/// of the C functions, the bindings and the reference documentation read this.
///
/// ```
/// let described: serde_json::Value = serde_json::from_str(&opi::describe()).unwrap();
/// let methods = described["result"]["libraries"][0]["methods"].as_array().unwrap();
/// let create = methods.iter().find(|m| m["name"] == "CreateInvitationLink").unwrap();
/// assert_eq!(create["c_function"], "opi_telegram_create_invitation_link");
/// assert_eq!(create["params"][1]["option"], "chat");
/// ```
pub fn describe() -> String {
    let methods: Vec<serde_json::Value> = TELEGRAM.iter().map(|m| m.describe()).collect();
    let kinds: Vec<serde_json::Value> = KINDS
        .iter()
        .map(|(name, doc)| serde_json::json!({"name": name, "doc": doc}))
        .collect();
    serde_json::json!({
        "ok": true,
        "result": {
            "version": version(),
            "error_kinds": kinds,
            "libraries": [{"name": "telegram", "methods": methods}],
        },
    })
    .to_string()
}
