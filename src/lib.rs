//! libopi: the Telegram functions of the Open Integration Package (OPI) behind a plain
//! C ABI, for any host that can call C.
//!
//! The Rust API is re-exported here: one function per OPI method
//! ([`create_invitation_link`] and its family, [`call_bot_api`]), [`configure`] and
//! [`version`]; each answers with the result JSON. The C functions (`opi_*`, declared in
//! `include/opi.h`) are re-exported too, for Rust programs that test or embed the C ABI.
//!
//! Modules are layered, leaves first, and import only downwards; CONTRIBUTING.md draws
//! the layers, and `tests/integration/layers.rs` fails on any import cycle.

#![deny(unsafe_code)]
#![warn(missing_docs)]

#[allow(unsafe_code)]
mod addin;
mod api;
mod args;
mod boundary;
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
pub use error::{Error, ErrorKind};
pub use ffi::*;

/// What the `oint` CLI builds on: the method table, parameter values, and the steps of a
/// call taken one by one. Not part of the promised API; it may change in any release.
#[doc(hidden)]
pub mod unversioned {
    pub use crate::addin::{Given, convert_platform_value};
    pub use crate::args::{Arg, Args};
    pub use crate::error::quoted;
    pub use crate::method::Method;
    pub use crate::methods::{TELEGRAM, find};
    pub use crate::param::{
        CHAT_ID, EXPIRATION_DATE, INVITE_LINK, Param, ParamType, TITLE, TOKEN, USER_LIMIT,
    };
    pub use crate::request::Request;
    pub use crate::transport::{describe, judge_answer, pin_addresses, send};
}
