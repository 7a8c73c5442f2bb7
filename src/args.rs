//! The values a caller gave for a method's parameters, looked up by parameter, and the
//! readers of the shared parameters.
//!
//! Every way in (the typed Rust functions, the C functions, the CLI, the add-in)
//! gathers its values into [`Args`] and hands them to the method's `prepare` step, so
//! one validation path serves all of them.

use std::ops::RangeInclusive;

use crate::error::Error;
use serde_json::Value;

use crate::param::{
    CHAT_ID, EXPIRATION_DATE, FORUM_ID, ICON_ID, INVITE_LINK, MESSAGE_ID, Param, ParamType,
    REPLIED_ID, TITLE, TOKEN, USER_ID, USER_LIMIT,
};
use crate::values::chat::ChatId;
use crate::values::markup::{self, ParseMode};
use crate::values::token::Token;
use crate::values::{date, json, number, text};

/// Telegram's bounds on `member_limit`.
pub const USER_LIMIT_RANGE: RangeInclusive<i64> = 1..=99_999;
/// User ids are positive; Telegram's are below 2^52.
pub const USER_ID_RANGE: RangeInclusive<i64> = 1..=i64::MAX;
/// Message and topic ids are positive and 32-bit.
pub const MESSAGE_ID_RANGE: RangeInclusive<i64> = 1..=i32::MAX as i64;

/// One value as the caller gave it: text, or a number or flag the caller has already
/// read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text as given; the parameter's parser reads it.
    Text(&'a str),
    /// A number as given; the parameter's range is checked later.
    Number(i64),
    /// A flag, for a parameter of type Boolean.
    Bool(bool),
    /// A number with a fraction, for a parameter of type Float; checked later.
    Float(f64),
}

/// One value as a host gave it, owned for the length of the call so that [`Args`] can
/// borrow it: what the add-in converts a 1C value to, and what the CLI reads an option
/// as.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    /// Text as given, or a number to be read as text (a chat id, a date).
    Text(String),
    /// A whole number for a parameter of type Number.
    Number(i64),
    /// A flag for a parameter of type Boolean.
    Bool(bool),
    /// A number for a parameter of type Float.
    Float(f64),
}

impl Given {
    /// The value as the parameter readers take it.
    pub fn as_arg(&self) -> Arg<'_> {
        match self {
            Given::Text(text) => Arg::Text(text),
            Given::Number(n) => Arg::Number(*n),
            Given::Bool(b) => Arg::Bool(*b),
            Given::Float(x) => Arg::Float(*x),
        }
    }
}

/// Parameter values by OPI parameter name; a parameter without a value was not given.
///
/// `Debug` is not derived: the values include the bot token.
#[derive(Clone, Default)]
pub struct Args<'a> {
    given: Vec<(&'static str, Arg<'a>)>,
}

impl<'a> Args<'a> {
    /// No values.
    pub fn new() -> Self {
        Args::default()
    }

    /// Values given in the order of `params`; `None` leaves its parameter not given.
    pub fn in_order(params: &[&Param], values: &[Option<Arg<'a>>]) -> Self {
        let mut args = Args::new();
        for (param, value) in params.iter().zip(values) {
            if let Some(value) = value {
                args.set(param, *value);
            }
        }
        args
    }

    /// These values with `param` set to `value`, replacing any earlier value.
    pub fn with(mut self, param: &Param, value: Arg<'a>) -> Self {
        self.set(param, value);
        self
    }

    /// These values with `param` set to `value` when there is one; `None` leaves it not
    /// given, as NULL does in C.
    pub fn with_text(mut self, param: &Param, value: Option<&'a str>) -> Self {
        if let Some(value) = value {
            self.set(param, Arg::Text(value));
        }
        self
    }

    /// Sets `param` to `value`, replacing any earlier value.
    pub fn set(&mut self, param: &Param, value: Arg<'a>) {
        match self.given.iter_mut().find(|(name, _)| *name == param.name) {
            Some((_, slot)) => *slot = value,
            None => self.given.push((param.name, value)),
        }
    }

    /// The value given for `param`, if any.
    pub fn get(&self, param: &Param) -> Option<Arg<'a>> {
        self.given
            .iter()
            .find(|(name, _)| *name == param.name)
            .map(|(_, value)| *value)
    }

    /// The text given for `param`; `None` when it was not given or was given as a number.
    pub fn text(&self, param: &Param) -> Option<&'a str> {
        match self.get(param) {
            Some(Arg::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// The number given for `param`; `None` when it was not given or was given as text.
    pub fn number(&self, param: &Param) -> Option<i64> {
        match self.get(param) {
            Some(Arg::Number(n)) => Some(n),
            _ => None,
        }
    }

    // The shared parameters, each read by its parser and refused by its name. A value
    // given as the wrong kind (text for a number, a number for text) counts as not given.

    /// `Token`, required.
    pub fn token(&self) -> Result<Token, Error> {
        TOKEN.check(Token::parse(self.text(&TOKEN).unwrap_or("")))
    }

    /// `ChatID`, required.
    pub fn chat(&self) -> Result<ChatId, Error> {
        self.chat_of(&CHAT_ID)
    }

    /// A required chat given for `param`, any topic of `ChatID*TopicID` dropped.
    pub fn chat_of(&self, param: &Param) -> Result<ChatId, Error> {
        param.check(ChatId::parse(self.text(param).unwrap_or("")))
    }

    /// `Title`, optional.
    pub fn title(&self) -> Result<Option<String>, Error> {
        TITLE.check(text::title(self.text(&TITLE)))
    }

    /// `ExpirationDate` as Unix seconds, optional.
    pub fn expiration_date(&self) -> Result<Option<i64>, Error> {
        EXPIRATION_DATE.check(date::parse(self.text(&EXPIRATION_DATE)))
    }

    /// `InviteLink`, required.
    pub fn invite_link(&self) -> Result<String, Error> {
        INVITE_LINK.check(text::invite_link(self.text(&INVITE_LINK)))
    }

    /// `UserLimit`, 0 or absent for none.
    pub fn user_limit(&self) -> Result<Option<i64>, Error> {
        // Not given is decided before any number is looked at: optimised builds that
        // compared the unset payload of the `None` with 0 made valgrind see a jump on
        // uninitialised memory.
        match self.number(&USER_LIMIT) {
            Some(n) => USER_LIMIT.check(number::limit(n, USER_LIMIT_RANGE)),
            None => Ok(None),
        }
    }

    /// `UserID`, required.
    pub fn user_id(&self) -> Result<i64, Error> {
        USER_ID.check(number::required(self.number(&USER_ID), USER_ID_RANGE))
    }

    /// `MessageID`, required.
    pub fn message_id(&self) -> Result<i64, Error> {
        self.message_id_of(&MESSAGE_ID)
    }

    /// A required message or topic id given for `param`.
    pub fn message_id_of(&self, param: &Param) -> Result<i64, Error> {
        param.check(number::required(self.number(param), MESSAGE_ID_RANGE))
    }

    /// `ChatID` of a forum topic function, refused with a topic.
    pub fn forum(&self) -> Result<ChatId, Error> {
        FORUM_ID.check(ChatId::parse_forum(self.text(&FORUM_ID).unwrap_or("")))
    }

    /// An optional topic given for `param`: 0 or absent for the main topic.
    pub fn main_or_topic(&self, param: &Param) -> Result<Option<i64>, Error> {
        // As for `user_limit`: not given is decided first.
        match self.number(param) {
            Some(n) => param.check(number::optional(n, MESSAGE_ID_RANGE, "the main topic")),
            None => Ok(None),
        }
    }

    /// A forum topic's name given for `param`; `None` when not given and optional.
    pub fn topic_title(&self, param: &Param) -> Result<Option<String>, Error> {
        match param.check(text::topic_name(self.text(param)))? {
            None if param.required => Err(Error::invalid(param.name, "the title is required")),
            name => Ok(name),
        }
    }

    /// `IconID`, optional.
    pub fn icon_id(&self) -> Result<Option<String>, Error> {
        ICON_ID.check(text::custom_emoji_id(self.text(&ICON_ID)))
    }

    /// A chat given for `param` (`ChatID`, `FromID`, `ToID`), with any topic of
    /// `ChatID*TopicID`.
    pub fn chat_with_topic(&self, param: &Param) -> Result<(ChatId, Option<i64>), Error> {
        param.check(ChatId::parse_with_topic(self.text(param).unwrap_or("")))
    }

    /// The flag given for a Boolean `param`, or its default when not given.
    pub fn flag(&self, param: &Param) -> bool {
        match (self.get(param), param.ty) {
            (Some(Arg::Bool(b)), _) => b,
            (_, ParamType::Boolean { default }) => default,
            _ => false,
        }
    }

    /// A required number with a fraction given for `param`, within `range`.
    pub fn float(&self, param: &Param, range: RangeInclusive<f64>) -> Result<f64, Error> {
        let value = match self.get(param) {
            Some(Arg::Float(x)) => Some(x),
            _ => None,
        };
        param.check(number::float(value, range))
    }

    /// A required text given for `param` (`Text`, a caption, a name), as written.
    pub fn required_text(&self, param: &Param) -> Result<String, Error> {
        param.check(text::required(self.text(param)))
    }

    /// A JSON object given for `param` (`Keyboard`), refused when required and not given.
    pub fn object(&self, param: &Param) -> Result<Option<Value>, Error> {
        match param.check(json::object(self.text(param)))? {
            None if param.required => Err(Error::invalid(
                param.name,
                "is required: a JSON object, 'single-quoted' JSON, or the path of a .json file",
            )),
            object => Ok(object),
        }
    }

    /// A required array of strings given for `param` (`AnswersArray`).
    pub fn strings(&self, param: &Param) -> Result<Vec<String>, Error> {
        param
            .check(json::strings(self.text(param)))?
            .ok_or_else(|| {
                Error::invalid(
                    param.name,
                    "is required: an array of strings such as ['Red','Blue']",
                )
            })
    }

    /// The `parse_mode` given for `param` (`Markup`): its default in the table when not
    /// given, none for `none`.
    pub fn markup(&self, param: &Param) -> Result<Option<ParseMode>, Error> {
        let chosen = param.check(markup::parse_mode(self.text(param)))?;
        Ok(match (chosen, param.ty) {
            (Some(mode), _) => mode,
            (None, ParamType::Markup { default }) => {
                markup::parse_mode(Some(default)).ok().flatten().flatten()
            }
            (None, _) => None,
        })
    }

    /// A required text given for `text` and its formatting given for `markup`, in that
    /// order: the text prepared for its `parse_mode` (`markup::prepare`), and the mode.
    pub fn formatted(
        &self,
        text: &Param,
        markup: &Param,
    ) -> Result<(String, Option<ParseMode>), Error> {
        let written = self.required_text(text)?;
        let mode = self.markup(markup)?;
        Ok((markup::prepare(&written, mode), mode))
    }

    /// `RepliedID`: 0 or absent for none.
    pub fn replied_id(&self) -> Result<Option<i64>, Error> {
        // As for `user_limit`: not given is decided first.
        match self.number(&REPLIED_ID) {
            Some(n) => REPLIED_ID.check(number::optional(n, MESSAGE_ID_RANGE, "none")),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_found_by_parameter_and_the_last_one_wins() {
        let args = Args::new()
            .with(&CHAT_ID, Arg::Text("@a"))
            .with(&USER_LIMIT, Arg::Number(5))
            .with(&CHAT_ID, Arg::Text("@b"));
        assert_eq!(args.text(&CHAT_ID), Some("@b"));
        assert_eq!(args.number(&USER_LIMIT), Some(5));
        assert_eq!(args.text(&USER_LIMIT), None);
        assert_eq!(args.get(&TITLE), None);
    }

    #[test]
    fn markup_not_given_is_the_default_in_the_table_and_none_is_none() {
        use crate::param::MARKUP;
        let plain = Param {
            ty: ParamType::Markup { default: "" },
            ..MARKUP
        };
        assert_eq!(
            Args::new().markup(&MARKUP).unwrap(),
            Some(ParseMode::Markdown)
        );
        assert_eq!(Args::new().markup(&plain).unwrap(), None);
        let none = Args::new().with(&MARKUP, Arg::Text("none"));
        assert_eq!(none.markup(&MARKUP).unwrap(), None);
        let html = Args::new().with(&plain, Arg::Text("HTML"));
        assert_eq!(html.markup(&plain).unwrap(), Some(ParseMode::Html));
        let flag = Param {
            ty: ParamType::Boolean { default: true },
            ..MARKUP
        };
        assert!(Args::new().flag(&flag));
        assert!(!Args::new().with(&flag, Arg::Bool(false)).flag(&flag));
    }

    #[test]
    fn shared_parameters_are_refused_by_name() {
        let args = Args::new()
            .with(&CHAT_ID, Arg::Text("abc"))
            .with(&USER_LIMIT, Arg::Number(-1));
        assert_eq!(args.token().unwrap_err().parameter, Some("Token"));
        assert_eq!(args.chat().unwrap_err().parameter, Some("ChatID"));
        assert_eq!(args.user_limit().unwrap_err().parameter, Some("UserLimit"));
        assert_eq!(
            args.invite_link().unwrap_err().parameter,
            Some("InviteLink")
        );
        assert_eq!(args.user_id().unwrap_err().parameter, Some("UserID"));
        let e = Args::new()
            .with(&EXPIRATION_DATE, Arg::Text("tomorrow"))
            .expiration_date()
            .unwrap_err();
        assert_eq!(
            e.description,
            "ExpirationDate: cannot read \"tomorrow\" as a date"
        );
    }
}
