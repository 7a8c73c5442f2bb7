//! The bot token: validated once, then kept out of every text the library produces.

use std::fmt;

/// A bot token that is safe to put into a URL path.
///
/// `Debug` and `Display` print `***`, so a token cannot leak through formatting by
/// accident; the one way to the raw text is [`Token::as_url_segment`].
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Accepts a token as Telegram issues it (`123456:ABC-def_...`).
    ///
    /// The token becomes part of the URL path, so only characters that stand in a path
    /// as themselves are allowed: letters, digits and `-._~!$&'()*+,;=:@`. That excludes
    /// whitespace, control characters and `/ ? # %`, which would change the URL.
    /// No reason quotes the value, so the token cannot leak through an error either.
    pub fn parse(value: &str) -> Result<Token, String> {
        if value.is_empty() {
            return Err("the bot token is required".into());
        }
        if value.len() > MAX_LEN {
            return Err(format!(
                "the bot token is {} bytes long; tokens from @BotFather are under {MAX_LEN}",
                value.len()
            ));
        }
        if let Some(c) = value.chars().find(|&c| !is_path_char(c)) {
            let what = match c {
                c if c.is_whitespace() => "whitespace".to_string(),
                c if c.is_control() => "a control character".to_string(),
                c if c.is_ascii() => format!("the character '{c}'"),
                _ => "a non-ASCII character".to_string(),
            };
            return Err(format!(
                "the bot token contains {what}; copy it again from @BotFather"
            ));
        }
        Ok(Token(value.to_string()))
    }

    /// The raw token, for building the request URL and nothing else.
    pub fn as_url_segment(&self) -> &str {
        &self.0
    }

    /// `text` with every occurrence of the token replaced by `***`.
    pub fn redact(&self, text: &str) -> String {
        self.redact_with(text, &[])
    }

    /// `text` with every occurrence of the token, and of each of `others`, replaced by
    /// `***`, in one pass. A server that quotes the request's path may have escaped the
    /// `:` every Telegram token holds, so that form is hidden too.
    pub fn redact_with(&self, text: &str, others: &[&str]) -> String {
        let escaped = [self.0.replace(':', "%3A"), self.0.replace(':', "%3a")];
        let mut secrets = vec![self.0.as_str()];
        secrets.extend(escaped.iter().map(String::as_str));
        secrets.extend(others);
        hide(text, &secrets)
    }
}

/// `text` with every stretch that is one of `secrets` replaced by one `***`. The
/// stretches are all found in the text as given, and replaced in one pass: replacing one
/// secret after another would let a later secret match inside an earlier `***` (a
/// secret such as `*`), which multiplies the text at each secret.
pub fn hide(text: &str, secrets: &[&str]) -> String {
    let mut hidden = vec![false; text.len()];
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        for (at, found) in text.match_indices(secret) {
            hidden[at..at + found.len()].fill(true);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut in_secret = false;
    for (at, c) in text.char_indices() {
        if hidden[at] {
            if !in_secret {
                out.push_str("***");
            }
        } else {
            out.push(c);
        }
        in_secret = hidden[at];
    }
    out
}

/// Telegram's tokens are about 46 characters; anything far longer is not a token, and
/// would only make an oversized URL.
const MAX_LEN: usize = 256;

fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(c)
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "123456:AAE-secret_value";

    #[test]
    fn accepts_telegram_tokens_and_hides_them() {
        let t = Token::parse(SECRET).unwrap();
        assert_eq!(t.as_url_segment(), SECRET);
        assert_eq!(format!("{t} {t:?}"), "*** Token(***)");
        assert_eq!(t.redact(&format!("GET /bot{SECRET}/x")), "GET /bot***/x");
        let escaped = SECRET.replace(':', "%3a");
        assert_eq!(t.redact(&format!("/bot{escaped}/x")), "/bot***/x");
        assert_eq!(t.redact_with("a pw b", &["pw"]), "a *** b");
    }

    #[test]
    fn refuses_what_would_change_the_url_without_quoting_it() {
        for bad in [
            "12:a b",
            "12:a/b",
            "12:a?b",
            "12:a#b",
            "12:a%2F",
            "12:a\nb",
            "12:тест",
            "",
        ] {
            let reason = Token::parse(bad).unwrap_err();
            if !bad.is_empty() {
                assert!(!reason.contains(bad), "{reason}");
            }
        }
    }

    #[test]
    fn each_refusal_says_what_is_wrong() {
        let contains =
            |what: &str| format!("the bot token contains {what}; copy it again from @BotFather");
        assert_eq!(Token::parse("").unwrap_err(), "the bot token is required");
        assert_eq!(Token::parse("12:a b").unwrap_err(), contains("whitespace"));
        assert_eq!(
            Token::parse("12:a\u{85}").unwrap_err(),
            contains("whitespace")
        );
        assert_eq!(
            Token::parse("12:a\u{1}").unwrap_err(),
            contains("a control character")
        );
        assert_eq!(
            Token::parse("12:a\u{9f}").unwrap_err(),
            contains("a control character")
        );
        assert_eq!(
            Token::parse("12:a/b").unwrap_err(),
            contains("the character '/'")
        );
        assert_eq!(
            Token::parse("12:\u{1F600}").unwrap_err(),
            contains("a non-ASCII character")
        );
    }

    #[test]
    fn the_length_limit_is_inclusive() {
        let longest = "1".repeat(MAX_LEN);
        assert_eq!(Token::parse(&longest).unwrap().as_url_segment(), longest);
        assert_eq!(
            Token::parse(&format!("{longest}1")).unwrap_err(),
            "the bot token is 257 bytes long; tokens from @BotFather are under 256"
        );
    }
}
