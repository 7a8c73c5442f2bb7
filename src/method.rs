//! What an OPI method is: its descriptor, and how any method runs.

use std::fmt;

use crate::args::{Arg, Args};
use crate::download::{self, PATH, Sink};
use crate::error::Error;
use crate::param::{Param, snake_case};
use crate::request::Request;
use crate::transport;

/// Turns a method's parameter values into a validated request, or the
/// `invalid_argument` error of the first value that is refused.
/// It is handed its own descriptor, so that methods sending the same fields (approve
/// and decline a join request) share one.
pub type Prepare = for<'a> fn(&Method, &Args<'a>) -> Result<Request<'a>, Error>;

/// Computes a method's document from its values, sending nothing.
pub type Compute = fn(&Method, &Args) -> Result<String, Error>;

/// Makes Telegram's document saying `"ok":true` into the one a method returns.
pub type Reshape = fn(String) -> String;

/// How a method runs once its values are read: what it sends, if anything, and what it
/// returns. Every host reads it from the table, so a method that is not "one request,
/// Telegram's document" still costs its file and its line, nothing more.
#[derive(Clone, Copy)]
pub enum Runs {
    /// One request; the answer is Telegram's document as received.
    Request(Prepare),
    /// One request; Telegram's document, when it says `"ok":true`, is made into OPI's
    /// shape. A refusal passes through untouched.
    Reshaped(Prepare, Reshape),
    /// Nothing is sent: the document is computed here, in the same envelope.
    Local(Compute),
    /// getFile's request, then the file it names, into a [`Sink`] the caller gives:
    /// bytes out. The parameter is the one that names the file, for refusals.
    Download(Prepare, &'static Param),
}

impl Runs {
    /// Its name in `describe()`, which the generators and the reference read.
    pub fn name(self) -> &'static str {
        match self {
            Runs::Request(_) => "request",
            Runs::Reshaped(..) => "reshaped",
            Runs::Local(_) => "local",
            Runs::Download(..) => "download",
        }
    }
}

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
    /// How it runs. Its `prepare` step is the one validation path: the typed Rust
    /// function, the C function, the CLI and the add-in all go through it.
    pub runs: Runs,
}

/// Methods are told apart by name, which the table keeps unique; comparing the
/// function pointers would not be reliable.
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
            "runs": self.runs.name(),
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

/// [`run_in_order`] for a download, into `sink`: the path of the generated Rust
/// functions that return bytes.
pub fn run_in_order_to(
    method: &Method,
    values: &[Option<Arg>],
    sink: Sink,
) -> Result<String, Error> {
    debug_assert_eq!(values.len(), method.params.len(), "{}", method.name);
    let args = Args::in_order(method.params, values);
    run_showing(method, &args, Some(sink), &mut |_| Ok(()))
}

/// Runs `method` with its values gathered by parameter: its `prepare` step, then what
/// its [`Runs`] says. Returns the method's document, or why there is none.
pub fn run(method: &Method, args: &Args) -> Result<String, Error> {
    run_showing(method, args, None, &mut |_| Ok(()))
}

/// `run`, with where a download goes (`None` for the other methods: a download
/// without one is refused), and handing each request to `show` before it is sent
/// (oint's `--debug`); a refusal from `show` ends the call with nothing sent.
pub fn run_showing(
    method: &Method,
    args: &Args,
    sink: Option<Sink>,
    show: &mut dyn FnMut(&Request) -> Result<(), Error>,
) -> Result<String, Error> {
    let mut send = |request: &Request| {
        show(request)?;
        transport::send(request)
    };
    match method.runs {
        Runs::Request(prepare) => send(&prepare(method, args)?),
        Runs::Reshaped(prepare, reshape) => send(&prepare(method, args)?).map(reshape),
        Runs::Local(compute) => compute(method, args),
        Runs::Download(prepare, file_id) => {
            let request = prepare(method, args)?;
            let sink = sink.ok_or_else(|| {
                Error::invalid(
                    PATH.name,
                    "is required: a file to write the download to, or a buffer to receive it",
                )
            })?;
            download::fetch(send(&request)?, request.token(), file_id, sink)
        }
    }
}
