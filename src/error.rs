//! Every way a call can fail: Telegram's refusal, or the library's own answer.
//!
//! A refusal keeps Telegram's document, which the C, 1C and CLI boundaries hand on byte
//! for byte. The library's own answers share Telegram's envelope (`"ok":false` and a
//! `description`) so that a host can treat every result alike, and add `opi_error` with
//! a machine-readable `kind`.

use std::fmt;

/// What went wrong, as a host program branches on it.
///
/// New kinds may be added in a minor release; match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Telegram answered and refused (`"ok":false`): [`Error::document`] is its answer,
    /// [`Error::error_code`] its code. Hosts of the C API see that document as it came,
    /// without `opi_error`.
    Telegram,
    /// A parameter was missing, malformed or out of range; nothing was sent.
    InvalidArgument,
    /// The server could not be reached: DNS, refused, reset, closed, proxy.
    Connection,
    /// The TLS handshake failed or the certificate was not trusted.
    Tls,
    /// The call did not finish within `timeout_ms` (or connecting within
    /// `connect_timeout_ms`).
    Timeout,
    /// The server answered with something that is not a Bot API JSON document.
    BadResponse,
    /// A local file could not be written, such as DownloadFile's destination; nothing
    /// is left at its path.
    File,
    /// A fault inside the library itself, such as a caught panic.
    Internal,
}

impl ErrorKind {
    /// The name that appears in `opi_error.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Telegram => "telegram",
            ErrorKind::InvalidArgument => "invalid_argument",
            ErrorKind::Connection => "connection",
            ErrorKind::Tls => "tls",
            ErrorKind::Timeout => "timeout",
            ErrorKind::BadResponse => "bad_response",
            ErrorKind::File => "file",
            ErrorKind::Internal => "internal",
        }
    }
}

/// One failure, ready to be rendered as the result envelope.
///
/// The description is written for a person and never holds the bot token: every text
/// that could carry it passes through `Token::redact` first.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Error {
    /// What went wrong, as a host branches on it.
    pub kind: ErrorKind,
    /// What went wrong, for a person; never holds the token.
    pub description: String,
    /// The OPI parameter name, for `invalid_argument`.
    pub parameter: Option<&'static str>,
    /// The HTTP status, for `bad_response`.
    pub http_status: Option<u16>,
    /// `"proxy"` when the failure happened on the way to the proxy, before it connected
    /// us to the server: the place to look is the proxy, not the Bot API.
    pub hop: Option<&'static str>,
    /// Telegram's `error_code`, for [`ErrorKind::Telegram`].
    pub error_code: Option<i64>,
    /// Telegram's answer as received, for [`ErrorKind::Telegram`].
    document: Option<String>,
}

impl Error {
    /// An error of `kind` described by `description`.
    pub fn new(kind: ErrorKind, description: impl Into<String>) -> Self {
        Error {
            kind,
            description: description.into(),
            parameter: None,
            http_status: None,
            hop: None,
            error_code: None,
            document: None,
        }
    }

    /// Telegram's refusal: its answer `document` as received, with the `error_code` and
    /// `description` read from it.
    pub fn telegram(
        document: String,
        error_code: Option<i64>,
        description: Option<String>,
    ) -> Self {
        let description = description.unwrap_or_else(|| match error_code {
            Some(code) => format!("Telegram refused the request with error {code}"),
            None => "Telegram refused the request".into(),
        });
        Error {
            error_code,
            document: Some(document),
            ..Error::new(ErrorKind::Telegram, description)
        }
    }

    /// Telegram's answer as received, for [`ErrorKind::Telegram`]; `None` for the
    /// library's own errors.
    pub fn document(&self) -> Option<&str> {
        self.document.as_deref()
    }

    /// A bad value for `parameter`; the description is prefixed with its name.
    pub fn invalid(parameter: &'static str, reason: impl fmt::Display) -> Self {
        Error {
            parameter: Some(parameter),
            ..Error::new(ErrorKind::InvalidArgument, format!("{parameter}: {reason}"))
        }
    }

    /// An answer that is not the Bot API's, with its HTTP status.
    pub fn bad_response(http_status: u16, description: impl Into<String>) -> Self {
        Error {
            http_status: Some(http_status),
            ..Error::new(ErrorKind::BadResponse, description)
        }
    }

    /// This failure, marked as having happened on the way to the proxy.
    pub fn at_proxy(self) -> Self {
        Error {
            hop: Some("proxy"),
            ..self
        }
    }

    /// The result document: Telegram's own for a refusal, else the library's envelope
    /// with its keys in the documented order.
    pub fn to_json(&self) -> String {
        if let Some(document) = &self.document {
            return document.clone();
        }
        let mut opi_error = serde_json::Map::new();
        opi_error.insert("kind".into(), self.kind.as_str().into());
        if let Some(parameter) = self.parameter {
            opi_error.insert("parameter".into(), parameter.into());
        }
        if let Some(status) = self.http_status {
            opi_error.insert("http_status".into(), status.into());
        }
        if let Some(hop) = self.hop {
            opi_error.insert("hop".into(), hop.into());
        }
        let mut envelope = serde_json::Map::new();
        envelope.insert("ok".into(), false.into());
        envelope.insert("description".into(), self.description.clone().into());
        envelope.insert("opi_error".into(), opi_error.into());
        serde_json::Value::Object(envelope).to_string()
    }
}

/// `value` in double quotes for a message, cut short so that a hostile megabyte of input
/// does not become a megabyte of description.
pub fn quoted(value: &str) -> String {
    const MAX_CHARS: usize = 64;
    match value.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{:?}...", &value[..cut]),
        None => format!("{value:?}"),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.description)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_keys_come_in_documented_order() {
        let e = Error::invalid("ExpirationDate", "cannot read \"tomorrow\" as a date");
        assert_eq!(
            e.to_json(),
            r#"{"ok":false,"description":"ExpirationDate: cannot read \"tomorrow\" as a date","opi_error":{"kind":"invalid_argument","parameter":"ExpirationDate"}}"#
        );
        let e = Error::bad_response(502, "x");
        assert_eq!(
            e.to_json(),
            r#"{"ok":false,"description":"x","opi_error":{"kind":"bad_response","http_status":502}}"#
        );
        let e = Error::new(ErrorKind::Connection, "y").at_proxy();
        assert_eq!(
            e.to_json(),
            r#"{"ok":false,"description":"y","opi_error":{"kind":"connection","hop":"proxy"}}"#
        );
    }

    #[test]
    fn the_kinds_are_the_ones_the_header_names() {
        let names: Vec<&str> = [
            ErrorKind::InvalidArgument,
            ErrorKind::Connection,
            ErrorKind::Tls,
            ErrorKind::Timeout,
            ErrorKind::BadResponse,
            ErrorKind::File,
            ErrorKind::Internal,
        ]
        .iter()
        .map(|k| k.as_str())
        .collect();
        let listed: Vec<&str> = crate::kinds::KINDS.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, listed);
    }

    #[test]
    fn an_error_displays_as_its_description() {
        let e = Error::invalid("Title", "is too long");
        assert_eq!(e.to_string(), "Title: is too long");
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert_eq!(boxed.to_string(), "Title: is too long");
    }
}
