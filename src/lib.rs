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

pub use api::{configure, version};
pub use error::{Error, ErrorKind};
pub use ffi::*;
pub use methods::approve_join_request::approve_join_request;
pub use methods::call::call_bot_api;
pub use methods::create_invitation_link::create_invitation_link;
pub use methods::create_join_request_link::create_join_request_link;
pub use methods::create_subscription_link::create_subscription_link;
pub use methods::decline_join_request::decline_join_request;
pub use methods::edit_invitation_link::edit_invitation_link;
pub use methods::edit_subscription_link::edit_subscription_link;
pub use methods::export_primary_invitation_link::export_primary_invitation_link;
pub use methods::revoke_invitation_link::revoke_invitation_link;

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
    pub use crate::transport::{describe, is_ok, judge_answer, pin_addresses, send};
}
