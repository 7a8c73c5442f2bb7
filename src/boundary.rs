//! The one guard at every edge the host calls through: the C functions ([`crate::ffi`]),
//! the 1C add-in's entry points ([`crate::addin`]), and what the loader runs as the
//! library is unloaded (`ffi/unload.rs`).
//!
//! A panic must never unwind into a host, which cannot catch it: inside the guard it
//! becomes a fallback value, and for a call that answers with a result document, the
//! `internal` result.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::error::{Error, ErrorKind};

/// Runs `call`; a panic inside gives `fallback` instead of unwinding.
pub fn guard<T>(fallback: T, call: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(call)).unwrap_or(fallback)
}

/// Runs a call that answers with a result document: the call's JSON, its error as the
/// envelope, or the `internal` result when it panicked.
pub fn answer(call: impl FnOnce() -> Result<String, Error>) -> String {
    guard(None, || Some(call().unwrap_or_else(|e| e.to_json()))).unwrap_or_else(|| {
        internal("the call was abandoned after an unexpected fault inside libopi")
    })
}

/// The `internal` result for a fault of the library's own.
pub fn internal(what: &str) -> String {
    Error::new(
        ErrorKind::Internal,
        format!("{what}; please report it with the steps that led to it"),
    )
    .to_json()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_result() {
        let json = answer(|| panic!("boom"));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["ok"], false);
        assert_eq!(v["opi_error"]["kind"], "internal");
        assert_eq!(
            v["description"],
            "the call was abandoned after an unexpected fault inside libopi; \
             please report it with the steps that led to it"
        );
    }

    #[test]
    fn a_panic_becomes_the_fallback() {
        let fallback: i64 = -1;
        assert_eq!(guard(fallback, || panic!("inside a vtable entry")), -1);
        assert_eq!(guard(fallback, || 5), 5);
        assert_eq!(answer(|| Ok("{}".into())), "{}");
    }
}
