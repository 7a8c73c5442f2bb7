//! Value parsers: what a host passed, read into a typed value or refused with a reason.
//!
//! Each parser knows one kind of value and nothing of methods or parameters. An empty
//! optional value is "not given"; a refusal is a reason for a person, without the
//! parameter's name, which the caller attaches ([`crate::param::Param::check`]).
//! Nothing here touches the network.

pub mod chat;
pub mod date;
pub mod json;
pub mod markup;
pub mod number;
pub mod text;
pub mod token;
