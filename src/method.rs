//! What an OPI method is: its descriptor, and how any method runs.

use std::fmt;

use crate::args::Args;
use crate::error::Error;
use crate::param::Param;
use crate::request::Request;
use crate::transport;

/// Turns a method's parameter values into a validated request, or the
/// `invalid_argument` error of the first value that is refused.
pub type Prepare = fn(&Args) -> Result<Request, Error>;

/// One OPI method and the Bot API method behind it.
pub struct Method {
    /// OPI's name, also the CLI method name: `CreateInvitationLink`.
    pub name: &'static str,
    /// OPI's Russian name, which 1C code calls it by: `СоздатьСсылкуПриглашение`.
    pub name_ru: &'static str,
    /// The Bot API method it calls.
    pub bot_method: &'static str,
    /// One line for the CLI's help.
    pub summary: &'static str,
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

/// Runs `method` with its values gathered by parameter: its `prepare` step, then the
/// request. Returns the result JSON.
pub fn run(method: &Method, args: &Args) -> String {
    match (method.prepare)(args) {
        Ok(request) => transport::send(&request),
        Err(e) => e.to_json(),
    }
}
