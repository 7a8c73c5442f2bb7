//! The table of OPI methods and their parameters.
//!
//! It is the single list that parameter validation (for names in messages), dispatch
//! (each method's `prepare` step), the CLI (options, parsing and help) and the
//! documentation draw on, so nothing is listed twice.

use std::fmt;

use crate::args::Args;
use crate::error::Error;
use crate::requests::Request;
use crate::telegram;

/// How a parameter is typed in OPI's documentation, and how the CLI reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// Free text.
    String,
    /// A chat: an integer id, `@username`, or `ChatID*TopicID`.
    StringOrNumber,
    /// A point in time in any form that [`crate::date`] reads.
    Date,
    /// A whole number.
    Number,
}

impl ParamType {
    /// The type as OPI's documentation writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamType::String => "String",
            ParamType::StringOrNumber => "String, Number",
            ParamType::Date => "Date",
            ParamType::Number => "Number",
        }
    }
}

/// One parameter of an OPI method.
#[derive(Debug, PartialEq, Eq)]
pub struct Param {
    /// OPI's name, used in `invalid_argument` results: `Token`, `ChatID`, ...
    pub name: &'static str,
    /// The CLI option without its dashes: `token`, `chat`, ...
    pub option: &'static str,
    pub ty: ParamType,
    pub required: bool,
    pub description: &'static str,
    /// The environment variable the CLI reads when the option is absent, so that a
    /// secret can stay out of shell history and process lists.
    pub env: Option<&'static str>,
}

/// Turns a method's parameter values into a validated request, or the
/// `invalid_argument` error of the first value that is refused.
pub type Prepare = fn(&Args) -> Result<Request, Error>;

/// One OPI method and the Bot API method behind it.
pub struct Method {
    /// OPI's name, also the CLI method name: `CreateInvitationLink`.
    pub name: &'static str,
    /// OPI's Russian name, which 1C code calls it by: `СоздатьСсылкуПриглашение`.
    pub name_ru: &'static str,
    pub bot_method: &'static str,
    pub summary: &'static str,
    pub params: &'static [&'static Param],
    /// CLI options of a working example, in order.
    pub example: &'static [(&'static str, &'static str)],
    /// The one validation path: the typed Rust function, the C function and the CLI
    /// all go through it.
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

pub const TOKEN: Param = Param {
    name: "Token",
    option: "token",
    ty: ParamType::String,
    required: true,
    description: "Bot token",
    env: Some("OPI_TELEGRAM_TOKEN"),
};

pub const CHAT_ID: Param = Param {
    name: "ChatID",
    option: "chat",
    ty: ParamType::StringOrNumber,
    required: true,
    description: "Target chat ID or ChatID*TopicID",
    env: None,
};

pub const TITLE: Param = Param {
    name: "Title",
    option: "title",
    ty: ParamType::String,
    required: false,
    description: "Invitation title",
    env: None,
};

pub const EXPIRATION_DATE: Param = Param {
    name: "ExpirationDate",
    option: "expire",
    ty: ParamType::Date,
    required: false,
    description: "Link expiration date (permanent if not specified)",
    env: None,
};

pub const USER_LIMIT: Param = Param {
    name: "UserLimit",
    option: "limit",
    ty: ParamType::Number,
    required: false,
    description: "User limit (infinite if not specified)",
    env: None,
};

pub const CREATE_INVITATION_LINK: Method = Method {
    name: "CreateInvitationLink",
    name_ru: "СоздатьСсылкуПриглашение",
    bot_method: "createChatInviteLink",
    summary: "Creates a link for joining a closed chat",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &EXPIRATION_DATE, &USER_LIMIT],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("expire", "2025-05-02T15:46:10.9476699"),
        ("title", "Link 01.05.2025 15:46:10"),
        ("limit", "200"),
    ],
    prepare: telegram::prepare_create_invitation_link,
};

/// The methods of OPI's `telegram` library that libopi provides.
pub const TELEGRAM: &[&Method] = &[&CREATE_INVITATION_LINK];

/// Finds a method by name without regard to case, as OPI's CLI does.
pub fn find(name: &str) -> Option<&'static Method> {
    TELEGRAM
        .iter()
        .copied()
        .find(|m| m.name.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_found_without_regard_to_case() {
        assert_eq!(find("createinvitationlink"), Some(&CREATE_INVITATION_LINK));
        assert_eq!(find("CreateInvitationLink"), Some(&CREATE_INVITATION_LINK));
        assert_eq!(find("CreateLink"), None);
    }

    #[test]
    fn every_example_option_is_a_parameter_of_its_method() {
        for m in TELEGRAM {
            for (option, _) in m.example {
                assert!(m.params.iter().any(|p| p.option == *option), "{option}");
            }
        }
    }

    #[test]
    fn names_and_options_are_unique_within_a_method() {
        for m in TELEGRAM {
            for (i, p) in m.params.iter().enumerate() {
                for q in &m.params[i + 1..] {
                    assert!(p.name != q.name && p.option != q.option, "{}", m.name);
                }
            }
        }
    }
}
