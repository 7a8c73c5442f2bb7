//! libopi: the Telegram functions of the Open Integration Package (OPI) behind a plain
//! C ABI, for any host that can call C.
//!
//! Data flows one way: C strings in ([`ffi`]) → values gathered by parameter ([`args`])
//! → parsed and validated by the method's `prepare` step from the table in [`methods`]
//! ([`params`], [`date`], [`token`]) → one Bot API request ([`requests`]) → sent over
//! the shared client ([`http`]) → one JSON result out. The safe Rust API is in
//! [`telegram`] and re-exported here.

mod addin;
pub mod args;
pub mod config;
pub mod date;
mod envelope;
pub mod error;
pub mod ffi;
pub mod http;
pub mod methods;
pub mod params;
pub mod requests;
mod resolve;
pub mod telegram;
pub mod token;

pub use args::{Arg, Args};
pub use error::{Error, ErrorKind};
pub use requests::Request;
pub use telegram::{
    approve_join_request, call_bot_api, configure, create_invitation_link,
    create_join_request_link, create_subscription_link, decline_join_request, edit_invitation_link,
    edit_subscription_link, export_primary_invitation_link, revoke_invitation_link, version,
};
