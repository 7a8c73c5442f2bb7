//! What a method hands the transport: a Bot API payload made into a body, with its
//! token.
//!
//! A payload is plain data: one struct per Bot API request, holding typed and already
//! validated values, serialised by serde's derive, the one way a body is made. Fields
//! are sent in declaration order; an absent optional is not sent at all. A request that
//! carries files sends the same fields as `multipart/form-data` text parts, with a part
//! per file.

use std::borrow::Cow;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;
use crate::param::Param;
use crate::values::file::{File, Upload, content_type, upload};
use crate::values::token::Token;

/// For `#[serde(skip_serializing_if = "not")]`: a flag that is sent only when true.
pub fn not(flag: &bool) -> bool {
    !*flag
}

/// `reply_parameters`, the Bot API's way of naming the message a new one replies to
/// since 7.0, which replaced `reply_to_message_id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ReplyParameters {
    pub message_id: i64,
}

impl ReplyParameters {
    /// The reply to `message_id`, when there is one.
    pub fn to(message_id: Option<i64>) -> Option<ReplyParameters> {
        message_id.map(|message_id| ReplyParameters { message_id })
    }
}

/// A validated Bot API call, ready to send: nothing about it can be refused any more
/// but by the server (and, for a file, by the size limit of the server it goes to).
///
/// `Debug` shows the token as `***`, like the token's own type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request<'a> {
    token: Token,
    bot_method: Cow<'static, str>,
    body: Body<'a>,
    held: Duration,
}

/// A request's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body<'a> {
    /// `application/json`.
    Json(Vec<u8>),
    /// `multipart/form-data`: text fields, then the files.
    Multipart(Vec<Part<'a>>),
}

/// One part of a multipart body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part<'a> {
    /// The form field.
    pub name: String,
    pub content: Content<'a>,
}

/// What a part holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content<'a> {
    /// A text field.
    Text(String),
    /// A file's bytes.
    File(FilePart<'a>),
}

/// A file part: where its bytes come from, and the parameter that gave it, which a
/// refusal names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilePart<'a> {
    /// OPI's parameter, such as `Document`.
    pub param: &'static str,
    pub file_name: String,
    pub content_type: &'static str,
    /// A path and its size, or bytes; never a URL or `file_id`, which travel as text.
    pub source: Upload<'a>,
}

impl FilePart<'_> {
    /// The number of bytes it sends.
    pub fn len(&self) -> u64 {
        self.source.len().unwrap_or(0)
    }
}

/// A file a method sends: under which form field, from which parameter, and its name
/// as the chat shows it.
pub struct Attached<'a> {
    pub field: String,
    pub param: &'static str,
    pub file_name: String,
    pub upload: Upload<'a>,
}

impl Attached<'static> {
    /// A file named by text inside another value (a media group's map, CallWithFiles'
    /// Files), going up under `field`: checked as a file given for `param` is, and held
    /// by itself, since the value it came from is not kept.
    pub fn named(
        param: &Param,
        field: String,
        text: &str,
        fallback_name: &str,
    ) -> Result<Attached<'static>, Error> {
        let upload = param.check(upload(File::from(text)))?;
        let upload = upload.into_owned().expect("text names no bytes");
        Ok(Attached {
            file_name: upload.own_name().unwrap_or(fallback_name).to_string(),
            field,
            param: param.name,
            upload,
        })
    }
}

impl<'a> Request<'a> {
    /// The request of `bot_method` with `payload` as its body, sent with `token`.
    pub fn new(token: Token, bot_method: &'static str, payload: &impl Serialize) -> Request<'a> {
        Request {
            token,
            bot_method: Cow::Borrowed(bot_method),
            body: Body::Json(
                serde_json::to_vec(payload).expect("a payload of plain values serialises"),
            ),
            held: Duration::ZERO,
        }
    }

    /// The request of `bot_method` with `payload`'s fields as text parts and `files`
    /// after them. A file given as a URL or `file_id` is a text field holding it, as
    /// the Bot API takes it; the others are file parts.
    pub fn multipart(
        token: Token,
        bot_method: &'static str,
        payload: &impl Serialize,
        files: Vec<Attached<'a>>,
    ) -> Request<'a> {
        // Through the JSON the payloads are written as already, so that the parts are made
        // by one function, not one per payload type.
        let fields = serde_json::to_vec(payload).expect("a payload of plain values serialises");
        Request::form(token, Cow::Borrowed(bot_method), &fields, files)
    }

    fn form(
        token: Token,
        bot_method: Cow<'static, str>,
        fields: &[u8],
        files: Vec<Attached<'a>>,
    ) -> Request<'a> {
        let fields = serde_json::from_slice(fields).unwrap_or(Value::Null);
        let mut parts = text_parts(fields);
        for file in files {
            let content = match file.upload {
                Upload::Remote(text) => Content::Text(text.into_owned()),
                source => Content::File(FilePart {
                    param: file.param,
                    content_type: content_type(&file.file_name),
                    file_name: file.file_name,
                    source,
                }),
            };
            parts.push(Part {
                name: file.field,
                content,
            });
        }
        Request {
            token,
            bot_method,
            body: Body::Multipart(parts),
            held: Duration::ZERO,
        }
    }

    /// The same request, which the server may hold for up to `held` before it answers
    /// (a long poll): the call's time limit grows by as much.
    pub fn held_for(self, held: Duration) -> Request<'a> {
        Request { held, ..self }
    }

    /// Any Bot API method with a body the caller wrote, for methods without a payload
    /// of their own; `bot_method` and `body` must already be validated.
    pub fn any(token: Token, bot_method: String, body: Vec<u8>) -> Request<'a> {
        Request {
            token,
            bot_method: Cow::Owned(bot_method),
            body: Body::Json(body),
            held: Duration::ZERO,
        }
    }

    /// Any Bot API method with the caller's fields (a JSON object, already checked) as
    /// text parts and `files` after them, for `CallWithFiles`.
    pub fn any_multipart(
        token: Token,
        bot_method: String,
        fields: &str,
        files: Vec<Attached<'a>>,
    ) -> Request<'a> {
        Request::form(token, Cow::Owned(bot_method), fields.as_bytes(), files)
    }

    /// The bot token, for the URL and for keeping it out of messages.
    pub fn token(&self) -> &Token {
        &self.token
    }

    /// The Bot API method, such as `createChatInviteLink`.
    pub fn bot_method(&self) -> &str {
        &self.bot_method
    }

    /// How long the server may hold it before answering, beyond `timeout_ms`.
    pub fn held(&self) -> Duration {
        self.held
    }

    /// The body, as it is sent.
    pub fn body(&self) -> &Body<'a> {
        &self.body
    }
}

/// A JSON object's fields as text parts: a string as it is, anything else as compact
/// JSON (numbers, `true`, the keyboard object), which is how the Bot API reads form
/// fields.
fn text_parts(fields: Value) -> Vec<Part<'static>> {
    let Value::Object(fields) = fields else {
        return Vec::new();
    };
    fields
        .into_iter()
        .filter(|(_, value)| !value.is_null())
        .map(|(name, value)| Part {
            name,
            content: Content::Text(match value {
                Value::String(text) => text,
                other => other.to_string(),
            }),
        })
        .collect()
}
