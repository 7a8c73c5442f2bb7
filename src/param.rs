//! Parameters as OPI documents them, and the ones most methods share.
//!
//! A descriptor names a parameter for every way in: results (`invalid_argument` names
//! it), the CLI (its option and help), the add-in (how a 1C value is read for it).

use crate::error::Error;

/// How a parameter is typed in OPI's documentation, and how the CLI and the add-in
/// read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// Free text.
    String,
    /// A chat: an integer id, `@username`, or `ChatID*TopicID`.
    StringOrNumber,
    /// A point in time in any form that the date parser reads.
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
    /// OPI's type, which also decides how the CLI and the add-in read a value.
    pub ty: ParamType,
    /// Whether a call without it is refused.
    pub required: bool,
    /// One line for the CLI's help.
    pub description: &'static str,
    /// The environment variable the CLI reads when the option is absent, so that a
    /// secret can stay out of shell history and process lists.
    pub env: Option<&'static str>,
}

impl Param {
    /// A parser's answer for this parameter: a refusal becomes the `invalid_argument`
    /// error that names it.
    pub fn check<T>(&self, parsed: Result<T, String>) -> Result<T, Error> {
        parsed.map_err(|reason| Error::invalid(self.name, reason))
    }
}

/// The bot token from @BotFather.
pub const TOKEN: Param = Param {
    name: "Token",
    option: "token",
    ty: ParamType::String,
    required: true,
    description: "Bot token",
    env: Some("OPI_TELEGRAM_TOKEN"),
};

/// The chat a method acts on.
pub const CHAT_ID: Param = Param {
    name: "ChatID",
    option: "chat",
    ty: ParamType::StringOrNumber,
    required: true,
    description: "Target chat ID or ChatID*TopicID",
    env: None,
};

/// An invite link's name.
pub const TITLE: Param = Param {
    name: "Title",
    option: "title",
    ty: ParamType::String,
    required: false,
    description: "Invitation title",
    env: None,
};

/// When an invite link stops working.
pub const EXPIRATION_DATE: Param = Param {
    name: "ExpirationDate",
    option: "expire",
    ty: ParamType::Date,
    required: false,
    description: "Link expiration date (permanent if not specified)",
    env: None,
};

/// How many people may join by an invite link.
pub const USER_LIMIT: Param = Param {
    name: "UserLimit",
    option: "limit",
    ty: ParamType::Number,
    required: false,
    description: "User limit (infinite if not specified)",
    env: None,
};

/// The invite link a method acts on.
pub const INVITE_LINK: Param = Param {
    name: "InviteLink",
    option: "link",
    ty: ParamType::String,
    required: true,
    description: "Invitation link (https://t.me/+...)",
    env: None,
};

/// The user whose join request is answered.
pub const USER_ID: Param = Param {
    name: "UserID",
    option: "user",
    ty: ParamType::Number,
    required: true,
    description: "ID of the user who asked to join",
    env: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_names_the_parameter() {
        let e = TITLE.check::<()>(Err("too long".into())).unwrap_err();
        assert_eq!(e.parameter, Some("Title"));
        assert_eq!(e.description, "Title: too long");
        assert_eq!(TITLE.check(Ok(5)).unwrap(), 5);
    }
}
