//! The Rust API beyond the methods: settings and version.

use crate::param::{Param, ParamType};
use crate::transport;

/// `configure`'s one argument, named in results as the C API names it, since the
/// settings' own errors name `options_json` too.
pub const OPTIONS_JSON: Param = Param {
    name: "options_json",
    option: "options",
    ty: ParamType::String,
    required: false,
    description: "Settings as a JSON object (api_url, timeout_ms, ...)",
    env: None,
};

/// Changes the settings for calls that start after it returns; see the README's
/// "Configuration". Answers `{"ok":true,"result":{...settings in force...}}`, or an
/// `invalid_argument` result that changes nothing.
pub fn configure(options_json: &str) -> String {
    match transport::configure(options_json) {
        Ok(settings) => {
            let mut envelope = serde_json::Map::new();
            envelope.insert("ok".into(), true.into());
            envelope.insert("result".into(), settings.to_json());
            serde_json::Value::Object(envelope).to_string()
        }
        Err(e) => e.to_json(),
    }
}

/// The library's version, as in Cargo.toml.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
