//! What an OPI method is: its descriptor, and how any method runs.

use std::fmt;

use crate::args::{Arg, Args};
use crate::error::Error;
use crate::param::{Param, snake_case};
use crate::request::Request;
use crate::transport;

/// Turns a method's parameter values into a validated request, or the
/// `invalid_argument` error of the first value that is refused.
/// It is handed its own descriptor, so that methods sending the same fields (approve
/// and decline a join request) share one.
pub type Prepare = for<'a> fn(&Method, &Args<'a>) -> Result<Request<'a>, Error>;

/// The part of OPI's Telegram module a method belongs to, as OPI's documentation
/// groups its pages; the reference has a page per group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Data retrieval and settings: the bot, its updates, webhooks, files.
    DataRetrieval,
    /// Data sending: messages, files, and changing or deleting what was sent.
    DataSending,
    /// Administration: members, invite links, pinned messages.
    Administration,
    /// Forum topic management.
    ForumTopics,
    /// Any Bot API method, for those without a function of their own.
    AnyMethod,
}

impl Group {
    /// Every group, in the order of OPI's documentation.
    pub const ALL: [Group; 5] = [
        Group::DataRetrieval,
        Group::DataSending,
        Group::Administration,
        Group::ForumTopics,
        Group::AnyMethod,
    ];

    /// Its title, as OPI's documentation names it.
    pub fn title(self) -> &'static str {
        match self {
            Group::DataRetrieval => "Data retrieval and settings",
            Group::DataSending => "Data sending",
            Group::Administration => "Administration",
            Group::ForumTopics => "Forum topic management",
            Group::AnyMethod => "Any Bot API method",
        }
    }
}

/// One OPI method and the Bot API method behind it.
pub struct Method {
    /// OPI's name, also the CLI method name: `CreateInvitationLink`.
    pub name: &'static str,
    /// OPI's Russian name, which 1C code calls it by: `СоздатьСсылкуПриглашение`.
    pub name_ru: &'static str,
    /// The Bot API method it calls.
    pub bot_method: &'static str,
    /// Where OPI's documentation files it.
    pub group: Group,
    /// One line for the CLI's help, and the first of its reference documentation.
    pub summary: &'static str,
    /// What the reference documentation says after the summary (what Telegram answers,
    /// what to know before calling it); may be empty.
    pub doc: &'static str,
    /// Its parameters in OPI's order, which is also the C and 1C argument order.
    pub params: &'static [&'static Param],
    /// CLI options of a working example, in order.
    pub example: &'static [(&'static str, &'static str)],
    /// The one validation path: the typed Rust function, the C function, the CLI and
    /// the add-in all go through it.
    pub prepare: Prepare,
}

/// Methods are told apart by name, which the table keeps unique; comparing the
/// `prepare` pointers would not be reliable.
impl PartialEq for Method {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Method {}

impl fmt::Debug for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Method")
            .field("name", &self.name)
            .field("bot_method", &self.bot_method)
            .finish_non_exhaustive()
    }
}

impl Method {
    /// The request for these values: each checked in the order of the parameters, the
    /// first refusal ending it.
    pub fn request<'a>(&self, args: &Args<'a>) -> Result<Request<'a>, Error> {
        (self.prepare)(self, args)
    }

    /// Its name in Rust and in C after the library's prefix: `create_invitation_link`.
    pub fn snake_name(&self) -> String {
        snake_case(self.name)
    }

    /// Its C function: `opi_telegram_create_invitation_link`.
    pub fn c_function(&self) -> String {
        format!("opi_telegram_{}", self.snake_name())
    }

    /// The descriptor as data, for `describe` and the generators that read it.
    pub fn describe(&self) -> serde_json::Value {
        let example: Vec<serde_json::Value> = self
            .example
            .iter()
            .map(|(option, value)| serde_json::json!([option, value]))
            .collect();
        serde_json::json!({
            "name": self.name,
            "name_ru": self.name_ru,
            "bot_method": self.bot_method,
            "group": self.group.title(),
            "summary": self.summary,
            "doc": self.doc,
            "rust_function": self.snake_name(),
            "c_function": self.c_function(),
            "params": self.params.iter().map(|p| p.describe()).collect::<Vec<_>>(),
            "example": example,
        })
    }
}

/// Runs `method` with its values in the order of its parameters (`None`: not given).
/// The one path of every generated Rust function.
pub fn run_in_order(method: &Method, values: &[Option<Arg>]) -> Result<String, Error> {
    debug_assert_eq!(values.len(), method.params.len(), "{}", method.name);
    run(method, &Args::in_order(method.params, values))
}

/// Runs `method` with its values gathered by parameter: its `prepare` step, then the
/// request. Returns Telegram's document, or why there is none.
pub fn run(method: &Method, args: &Args) -> Result<String, Error> {
    transport::send(&method.request(args)?)
}
