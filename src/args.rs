//! The values a caller gave for a method's parameters, looked up by parameter.
//!
//! Every way in (the typed Rust functions, the C functions, the CLI) gathers its values
//! into [`Args`] and hands them to the method's `prepare` step, so one validation path
//! serves all of them.

use crate::methods::Param;

/// One value as the caller gave it: text, or a number the caller has already read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// Parameter values by OPI parameter name; a parameter without a value was not given.
///
/// `Debug` is not derived: the values include the bot token.
#[derive(Clone, Default)]
pub struct Args<'a> {
    given: Vec<(&'static str, Arg<'a>)>,
}

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Args::default()
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methods::{CHAT_ID, TITLE, USER_LIMIT};

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
}
