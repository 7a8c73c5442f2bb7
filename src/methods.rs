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

pub const INVITE_LINK: Param = Param {
    name: "InviteLink",
    option: "link",
    ty: ParamType::String,
    required: true,
    description: "Invitation link (https://t.me/+...)",
    env: None,
};

pub const PRICE: Param = Param {
    name: "Price",
    option: "price",
    ty: ParamType::Number,
    required: true,
    description: "Price per 30 days in Telegram Stars (1..=10000)",
    env: None,
};

pub const USER_ID: Param = Param {
    name: "UserID",
    option: "user",
    ty: ParamType::Number,
    required: true,
    description: "ID of the user who asked to join",
    env: None,
};

pub const BOT_METHOD: Param = Param {
    name: "Method",
    option: "method",
    ty: ParamType::String,
    required: true,
    description: "Bot API method name, such as getChat",
    env: None,
};

pub const PARAMETERS: Param = Param {
    name: "Parameters",
    option: "params",
    ty: ParamType::String,
    required: false,
    description: "Method parameters as a JSON object",
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

pub const EDIT_INVITATION_LINK: Method = Method {
    name: "EditInvitationLink",
    name_ru: "ИзменитьСсылкуПриглашение",
    bot_method: "editChatInviteLink",
    summary: "Changes an invitation link; Telegram resets every field not given",
    params: &[
        &TOKEN,
        &CHAT_ID,
        &INVITE_LINK,
        &TITLE,
        &EXPIRATION_DATE,
        &USER_LIMIT,
    ],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("link", "https://t.me/+hUgH4yjb_7wyZDBi"),
        ("title", "Spring"),
        ("limit", "100"),
    ],
    prepare: telegram::prepare_edit_invitation_link,
};

pub const REVOKE_INVITATION_LINK: Method = Method {
    name: "RevokeInvitationLink",
    name_ru: "ОтозватьСсылкуПриглашение",
    bot_method: "revokeChatInviteLink",
    summary: "Revokes an invitation link so that nobody can join by it",
    params: &[&TOKEN, &CHAT_ID, &INVITE_LINK],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("link", "https://t.me/+hUgH4yjb_7wyZDBi"),
    ],
    prepare: telegram::prepare_revoke_invitation_link,
};

pub const EXPORT_PRIMARY_INVITATION_LINK: Method = Method {
    name: "ExportPrimaryInvitationLink",
    name_ru: "ЭкспортироватьОсновнуюСсылкуПриглашение",
    bot_method: "exportChatInviteLink",
    summary: "Creates a new primary invitation link; the previous one stops working",
    params: &[&TOKEN, &CHAT_ID],
    example: &[("token", "***"), ("chat", "@testsichee")],
    prepare: telegram::prepare_export_primary_invitation_link,
};

pub const CREATE_JOIN_REQUEST_LINK: Method = Method {
    name: "CreateJoinRequestLink",
    name_ru: "СоздатьСсылкуЗаявкиНаВступление",
    bot_method: "createChatInviteLink",
    summary: "Creates a link whose members join after an administrator approves them",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &EXPIRATION_DATE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("title", "By request"),
        ("expire", "2025-05-02T15:46:10"),
    ],
    prepare: telegram::prepare_create_join_request_link,
};

pub const CREATE_SUBSCRIPTION_LINK: Method = Method {
    name: "CreateSubscriptionLink",
    name_ru: "СоздатьСсылкуПодписки",
    bot_method: "createChatSubscriptionInviteLink",
    summary: "Creates a paid subscription link for a channel (30 days, in Telegram Stars)",
    params: &[&TOKEN, &CHAT_ID, &TITLE, &PRICE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("title", "Members"),
        ("price", "50"),
    ],
    prepare: telegram::prepare_create_subscription_link,
};

pub const EDIT_SUBSCRIPTION_LINK: Method = Method {
    name: "EditSubscriptionLink",
    name_ru: "ИзменитьСсылкуПодписки",
    bot_method: "editChatSubscriptionInviteLink",
    summary: "Renames a subscription link",
    params: &[&TOKEN, &CHAT_ID, &INVITE_LINK, &TITLE],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("link", "https://t.me/+hUgH4yjb_7wyZDBi"),
        ("title", "Supporters"),
    ],
    prepare: telegram::prepare_edit_subscription_link,
};

pub const APPROVE_JOIN_REQUEST: Method = Method {
    name: "ApproveJoinRequest",
    name_ru: "ОдобритьЗаявкуНаВступление",
    bot_method: "approveChatJoinRequest",
    summary: "Approves a user's request to join the chat",
    params: &[&TOKEN, &CHAT_ID, &USER_ID],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("user", "123456789"),
    ],
    prepare: telegram::prepare_approve_join_request,
};

pub const DECLINE_JOIN_REQUEST: Method = Method {
    name: "DeclineJoinRequest",
    name_ru: "ОтклонитьЗаявкуНаВступление",
    bot_method: "declineChatJoinRequest",
    summary: "Declines a user's request to join the chat",
    params: &[&TOKEN, &CHAT_ID, &USER_ID],
    example: &[
        ("token", "***"),
        ("chat", "@testsichee"),
        ("user", "123456789"),
    ],
    prepare: telegram::prepare_decline_join_request,
};

pub const CALL: Method = Method {
    name: "Call",
    name_ru: "ВызватьМетод",
    bot_method: "any, named by the Method parameter",
    summary: "Calls any Bot API method with a JSON object of parameters",
    params: &[&TOKEN, &BOT_METHOD, &PARAMETERS],
    example: &[
        ("token", "***"),
        ("method", "getChat"),
        ("params", r#"{"chat_id":"@testsichee"}"#),
    ],
    prepare: telegram::prepare_call,
};

/// The methods of OPI's `telegram` library that libopi provides.
pub const TELEGRAM: &[&Method] = &[
    &CREATE_INVITATION_LINK,
    &EDIT_INVITATION_LINK,
    &REVOKE_INVITATION_LINK,
    &EXPORT_PRIMARY_INVITATION_LINK,
    &CREATE_JOIN_REQUEST_LINK,
    &CREATE_SUBSCRIPTION_LINK,
    &EDIT_SUBSCRIPTION_LINK,
    &APPROVE_JOIN_REQUEST,
    &DECLINE_JOIN_REQUEST,
    &CALL,
];

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
