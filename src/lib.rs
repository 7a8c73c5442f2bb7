//! libopi: the Telegram functions of the Open Integration Package (OPI) behind a plain
//! C ABI, for any host that can call C, and as this Rust API.
//!
//! Each OPI method is one function, named after OPI's in snake case and taking OPI's
//! parameters in OPI's order: text as `&str` (`Option<&str>` when optional), numbers as
//! `i64` (0 is "not given" for an optional one). The reference lists them all
//! (`docs/reference/telegram.md`, or [`describe`] at run time).
//!
//! ```
//! # let stand_in = opi_standin::StandIn::start();
//! # opi::configure(&format!(r#"{{"api_url":"{}"}}"#, stand_in.url())).unwrap();
//! # let token = opi_standin::TOKEN;
//! let answer = opi::create_invitation_link(token, "@testsichee", Some("Spring"), None, 200)?;
//! let link: serde_json::Value = serde_json::from_str(&answer)?;
//! assert!(link["result"]["invite_link"].as_str().unwrap().starts_with("https://t.me/+"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Results
//!
//! `Ok` holds Telegram's JSON document exactly as it came (`{"ok":true,"result":...}`).
//! Everything else is an [`Error`]; its [`kind`](Error::kind) says what happened:
//!
//! - [`ErrorKind::Telegram`]: Telegram answered and refused. [`Error::error_code`] and
//!   [`Error::description`] are Telegram's, and [`Error::document`] is its whole
//!   answer. A refusal is an `Err` so that `?` stops at it, as at any other failure.
//! - [`ErrorKind::InvalidArgument`]: a value was refused before anything was sent;
//!   [`Error::parameter`] names OPI's parameter.
//! - [`ErrorKind::Connection`], [`ErrorKind::Tls`], [`ErrorKind::Timeout`],
//!   [`ErrorKind::BadResponse`]: the exchange failed; the description says whether the
//!   request may have reached Telegram.
//!
//! ```
//! # let stand_in = opi_standin::StandIn::start();
//! # opi::configure(&format!(r#"{{"api_url":"{}"}}"#, stand_in.url())).unwrap();
//! # let token = opi_standin::TOKEN;
//! let refused = opi::export_primary_invitation_link(token, "@no_such_chat").unwrap_err();
//! assert_eq!(refused.kind, opi::ErrorKind::Telegram);
//! assert_eq!(refused.error_code, Some(400));
//!
//! let invalid = opi::create_invitation_link(token, "@testsichee", None, Some("tomorrow"), 0)
//!     .unwrap_err();
//! assert_eq!(invalid.kind, opi::ErrorKind::InvalidArgument);
//! assert_eq!(invalid.parameter, Some("ExpirationDate"));
//! ```
//!
//! [`Error::to_json`] renders any error as the result document the C functions return,
//! which is Telegram's own answer for a refusal.
//!
//! # Settings
//!
//! [`configure`] changes the Bot API address, timeouts, proxy and the 429 wait for the
//! calls that start after it; the environment gives the defaults
//! (`OPI_TELEGRAM_API_URL`, `OPI_TIMEOUT_MS`, `HTTPS_PROXY`, ...). All functions may be
//! called from many threads at once; they block until the answer or `timeout_ms`.
//!
//! # The C API
//!
//! The `opi_*` functions declared in `include/opi.h` are re-exported too, for Rust
//! programs that test or embed the C ABI. Modules are layered, leaves first, and import
//! only downwards; CONTRIBUTING.md draws the layers.

#![deny(unsafe_code)]
#![warn(missing_docs)]

#[allow(unsafe_code)]
mod addin;
mod api;
mod args;
mod boundary;
mod download;
mod error;
#[allow(unsafe_code)]
mod ffi;
mod kinds;
mod method;
mod methods;
mod param;
mod request;
#[allow(unsafe_code)]
mod sys;
mod transport;
mod values;

#[cfg(test)]
mod properties;

pub use api::*;
pub use download::Sink;
pub use error::{Error, ErrorKind};
pub use ffi::*;
pub use values::file::File;

/// What the `oint` CLI builds on: the method table, parameter values, and the steps of a
/// call taken one by one. Not part of the promised API; it may change in any release.
#[doc(hidden)]
pub mod unversioned {
    pub use crate::addin::convert_platform_value;
    pub use crate::args::{Arg, Args, Given};
    pub use crate::error::quoted;
    pub use crate::method::{Method, Runs, run_showing};
    pub use crate::methods::{TELEGRAM, find};
    pub use crate::param::{
        CHAT_ID, EXPIRATION_DATE, INVITE_LINK, Param, ParamType, TEXT, TITLE, TOKEN, USER_LIMIT,
    };
    pub use crate::request::{Body, Content, Request};
    pub use crate::transport::{describe, judge_answer, pin_addresses, send};
    pub use crate::values::token::hide;
}
