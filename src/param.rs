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
    /// A whole number within 32 bits: a count, a limit, a price.
    Number,
    /// A Telegram id, a whole number that needs 64 bits.
    Id,
    /// A flag; C's `bool`. A call that leaves it out (the CLI, the add-in, the bindings'
    /// optional arguments) takes `default`, OPI's default.
    Boolean {
        /// OPI's default.
        default: bool,
    },
    /// A number with a fraction, such as a latitude; C's `double`.
    Float,
    /// A JSON object (a keyboard): JSON text, OPI's single-quoted JSON, or the path of a
    /// file holding either.
    Object,
    /// An array of strings (a poll's answers), read as `Object` is.
    Array,
    /// A text's formatting (`parse_mode`), read as text; `default` is what leaving it out
    /// means: OPI's default, or "" for none.
    Markup {
        /// OPI's default: `Markdown`, or "" for none.
        default: &'static str,
    },
}

impl ParamType {
    /// The type as OPI's documentation writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamType::String | ParamType::Markup { .. } => "String",
            ParamType::StringOrNumber => "String, Number",
            ParamType::Date => "Date",
            ParamType::Number | ParamType::Id => "Number",
            ParamType::Boolean { .. } => "Boolean",
            ParamType::Float => "String, Number",
            ParamType::Object => "String, Structure Of KeyAndValue",
            ParamType::Array => "Array of String",
        }
    }

    /// Whether a value is a whole number (read as one by the CLI and the add-in)
    /// rather than text for the parameter's parser.
    pub fn is_number(self) -> bool {
        matches!(self, ParamType::Number | ParamType::Id)
    }

    /// Whether the CLI and the add-in read a value themselves (a number, a flag, a
    /// fraction) rather than hand its text to the parameter's parser.
    pub fn is_scalar(self) -> bool {
        self.is_number() || matches!(self, ParamType::Boolean { .. } | ParamType::Float)
    }
}

/// One parameter of an OPI method.
#[derive(Debug, PartialEq, Eq)]
pub struct Param {
    /// OPI's name, used in `invalid_argument` results: `Token`, `ChatID`, ...
    pub name: &'static str,
    /// The CLI option without its dashes: `token`, `chat`, ...
    pub option: &'static str,
    /// The CLI's one-letter alias as OPI's CLI gives it: `t` for `-t`, the same as
    /// `--token`. Within a method no two parameters share one, and none is `h`, which is
    /// always help.
    pub alias: Option<char>,
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
    /// Its name as a C argument: `chat_id`.
    pub fn c_name(&self) -> String {
        snake_case(self.name)
    }

    /// The descriptor as data, for `describe` and the generators that read it. An
    /// optional parameter's `default` is the value that means "not given".
    pub fn describe(&self) -> serde_json::Value {
        let (value, c_type) = match self.ty {
            ParamType::String | ParamType::Markup { .. } => ("text", "const char *"),
            ParamType::StringOrNumber => ("chat", "const char *"),
            ParamType::Date => ("date", "const char *"),
            ParamType::Number => ("int32", "int32_t"),
            ParamType::Id => ("int64", "int64_t"),
            ParamType::Boolean { .. } => ("bool", "bool"),
            ParamType::Float => ("double", "double"),
            ParamType::Object => ("object", "const char *"),
            ParamType::Array => ("array", "const char *"),
        };
        let mut described = serde_json::json!({
            "name": self.name,
            "c_name": self.c_name(),
            "option": self.option,
            "type": self.ty.as_str(),
            "value": value,
            "c_type": c_type,
            "required": self.required,
            "description": self.description,
        });
        if !self.required {
            described["default"] = match self.ty {
                ParamType::Boolean { default } => default.into(),
                ParamType::Markup { default } if !default.is_empty() => default.into(),
                ty if ty.is_number() => 0.into(),
                _ => serde_json::Value::Null,
            };
        }
        if let Some(env) = self.env {
            described["env"] = env.into();
        }
        if let Some(alias) = self.alias {
            described["alias"] = alias.to_string().into();
        }
        described
    }

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
    alias: Some('t'),
    ty: ParamType::String,
    required: true,
    description: "Bot token",
    env: Some("OPI_TELEGRAM_TOKEN"),
};

/// The chat a method acts on.
pub const CHAT_ID: Param = Param {
    name: "ChatID",
    option: "chat",
    alias: Some('c'),
    ty: ParamType::StringOrNumber,
    required: true,
    description: "Target chat ID or ChatID*TopicID",
    env: None,
};

/// An invite link's name.
pub const TITLE: Param = Param {
    name: "Title",
    option: "title",
    alias: Some('l'),
    ty: ParamType::String,
    required: false,
    description: "Invitation title",
    env: None,
};

/// When an invite link stops working.
pub const EXPIRATION_DATE: Param = Param {
    name: "ExpirationDate",
    option: "expire",
    alias: Some('e'),
    ty: ParamType::Date,
    required: false,
    description: "Link expiration date (permanent if not specified)",
    env: None,
};

/// How many people may join by an invite link.
pub const USER_LIMIT: Param = Param {
    name: "UserLimit",
    option: "limit",
    alias: Some('m'),
    ty: ParamType::Number,
    required: false,
    description: "User limit (infinite if not specified)",
    env: None,
};

/// The invite link a method acts on.
pub const INVITE_LINK: Param = Param {
    name: "InviteLink",
    option: "link",
    alias: None,
    ty: ParamType::String,
    required: true,
    description: "Invitation link (https://t.me/+...)",
    env: None,
};

/// The user a method acts on: whose join request is answered, who is banned.
pub const USER_ID: Param = Param {
    name: "UserID",
    option: "user",
    alias: Some('u'),
    ty: ParamType::Id,
    required: true,
    description: "Target user ID",
    env: None,
};

/// The message a method acts on. Telegram's message ids are 32-bit (the Bot API's
/// `Integer`, MTProto's `int`), so a C host passes an `int32_t`.
pub const MESSAGE_ID: Param = Param {
    name: "MessageID",
    option: "message",
    alias: Some('m'),
    ty: ParamType::Number,
    required: true,
    description: "Target message ID",
    env: None,
};

/// A message's text, or a file's caption where a method names it so.
pub const TEXT: Param = Param {
    name: "Text",
    option: "text",
    alias: Some('x'),
    ty: ParamType::String,
    required: true,
    description: "Message text",
    env: None,
};

/// A message's keyboard (`reply_markup`), such as FormKeyboardFromButtonArray makes.
pub const KEYBOARD: Param = Param {
    name: "Keyboard",
    option: "keyboard",
    alias: Some('k'),
    ty: ParamType::Object,
    required: false,
    description: "Keyboard (see FormKeyboardFromButtonArray)",
    env: None,
};

/// How Telegram reads a text's formatting (`parse_mode`), `Markdown` when not given as
/// in OPI's senders. Where a method gives the alias to another parameter, or OPI has
/// another default, it takes `Param { alias: Some('r'), ..MARKUP }`.
pub const MARKUP: Param = Param {
    name: "Markup",
    option: "parsemode",
    alias: Some('p'),
    ty: ParamType::Markup {
        default: "Markdown",
    },
    required: false,
    description: "Text processing type: Markdown, MarkdownV2, HTML, or none for plain text",
    env: None,
};

/// The message a new one replies to.
pub const REPLIED_ID: Param = Param {
    name: "RepliedID",
    option: "reply",
    alias: Some('r'),
    ty: ParamType::Number,
    required: false,
    description: "ID of the message to reply to (none if not given)",
    env: None,
};

/// `CreateInvitationLink` as `create_invitation_link`, `ChatID` as `chat_id`: a word
/// starts at a capital after a small letter or digit, and at the last capital of a run
/// that a small letter follows (`ProcessTMAData` as `process_tma_data`).
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let before = chars[i - 1];
            let after_is_small = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if before.is_ascii_lowercase()
                || before.is_ascii_digit()
                || (before.is_ascii_uppercase() && after_is_small)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

// The forum topic functions' parameters, as OPI names them: the chat is `--forum`, not
// `--chat`, under the same OPI name `ChatID`.

/// The forum a topic function acts on.
pub const FORUM_ID: Param = Param {
    name: "ChatID",
    option: "forum",
    alias: Some('f'),
    ty: ParamType::StringOrNumber,
    required: true,
    description: "Forum chat ID",
    env: None,
};

/// The topic a function acts on: the id of the message that opened it, 32-bit as all
/// message ids are.
pub const TOPIC_ID: Param = Param {
    name: "TopicID",
    option: "topic",
    alias: Some('p'),
    ty: ParamType::Number,
    required: true,
    description: "Topic ID",
    env: None,
};

/// A topic, where leaving it out means the forum's main (General) topic.
pub const MAIN_OR_TOPIC_ID: Param = Param {
    required: false,
    description: "Topic ID (the main topic if not given)",
    ..TOPIC_ID
};

/// A topic's name where one is needed.
pub const TOPIC_TITLE: Param = Param {
    name: "Title",
    option: "title",
    alias: Some('l'),
    ty: ParamType::String,
    required: true,
    description: "Topic title",
    env: None,
};

/// A topic's new name, kept when not given.
pub const NEW_TOPIC_TITLE: Param = Param {
    required: false,
    description: "New title (kept if not given)",
    ..TOPIC_TITLE
};

/// A topic's icon.
pub const ICON_ID: Param = Param {
    name: "IconID",
    option: "icon",
    alias: Some('i'),
    ty: ParamType::String,
    required: false,
    description: "Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers)",
    env: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_snake_case() {
        for (name, snake) in [
            ("CreateInvitationLink", "create_invitation_link"),
            ("ChatID", "chat_id"),
            ("UserID", "user_id"),
            ("Token", "token"),
            ("ProcessTMAData", "process_tma_data"),
            ("GetBotInformation", "get_bot_information"),
            ("Call", "call"),
        ] {
            assert_eq!(snake_case(name), snake);
        }
    }

    #[test]
    fn the_alias_is_described_when_there_is_one() {
        assert_eq!(TOKEN.describe()["alias"], "t");
        assert_eq!(INVITE_LINK.describe().get("alias"), None);
    }

    #[test]
    fn a_refusal_names_the_parameter() {
        let e = TITLE.check::<()>(Err("too long".into())).unwrap_err();
        assert_eq!(e.parameter, Some("Title"));
        assert_eq!(e.description, "Title: too long");
        assert_eq!(TITLE.check(Ok(5)).unwrap(), 5);
    }
}
