//! The Bot API itself: routing, the methods libopi calls, and the faults a
//! chat can provoke.
//!
//! Faults are chosen by `chat_id` rather than through a side channel because
//! that is how Telegram itself varies its answers, and it lets C, Python and
//! shell tests provoke every one of them with nothing but the library's own
//! calls.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use crate::http::Response;
use crate::{BOT_ID, TOKEN};

pub enum Reply {
    Send(Response),
    /// Keep the connection open and never answer.
    Stall,
    /// Drop the connection without a byte of response.
    HangUp,
    /// Send the status line and headers of this response, then drop the connection
    /// before its body.
    HeadOnly(Response),
    /// A stored file's bytes, generated as they are written: `len` bytes of
    /// [`crate::file_byte`], so that a large file is never held in memory.
    File {
        len: u64,
    },
}

/// A file of the store: its `file_id`, its `file_path` under `/file/bot<token>/`, and
/// its size; its bytes are the first `size` of [`crate::file_byte`]. A size above 2000 MB
/// is only ever announced by getFile, never served.
pub const FILES: &[(&str, &str, u64)] = &[
    (crate::SMALL_FILE_ID, "documents/file_0.bin", 256),
    (crate::MEDIUM_FILE_ID, "documents/file_3.bin", 1024 * 1024),
    (crate::BIG_FILE_ID, "documents/file_1.bin", 45 * 1024 * 1024),
    (crate::HUGE_FILE_ID, "videos/file_2.mp4", 2100 * 1024 * 1024),
];

#[derive(Default)]
pub struct Bot {
    links_created: AtomicU64,
    messages_sent: AtomicU64,
    topics_created: AtomicU64,
    flood_once_spent: AtomicBool,
    webhook_set: AtomicBool,
    /// Updates not yet confirmed by a getUpdates offset past them, and the signal that
    /// wakes a long poll when one is queued.
    updates: Mutex<Vec<Value>>,
    update_queued: Condvar,
}

/// Splits `/bot<token>/<method>[?query]` into token and method.
pub fn split_path(path: &str) -> Option<(&str, &str)> {
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    let (token, method) = path.strip_prefix("/bot")?.split_once('/')?;
    if method.is_empty() || method.contains('/') {
        return None;
    }
    Some((token, method))
}

impl Bot {
    pub fn answer(&self, path: &str, body: &[u8]) -> Reply {
        if let Some(rest) = path.strip_prefix("/file/bot") {
            return file(rest);
        }
        let Some((token, method)) = split_path(path) else {
            return error(404, "Not Found");
        };
        if token != TOKEN {
            return error(401, "Unauthorized");
        }
        // Telegram matches method names case-insensitively, and clients
        // written against it may rely on that.
        let Some(&(_, needs_chat, handler)) = METHODS
            .iter()
            .find(|(name, ..)| name.eq_ignore_ascii_case(method))
        else {
            return error(404, "Not Found");
        };
        let params = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(params)) => params,
            _ if body.is_empty() => Map::new(),
            _ if needs_chat => return error(400, "Bad Request: chat_id is empty"),
            _ => return error(400, "Bad Request: can't parse JSON object"),
        };
        if needs_chat {
            if let Some(reply) = self.chat_fault(&params) {
                return reply;
            }
        }
        handler(self, &params)
    }

    /// The faults a chat provokes, the same for every method that takes one.
    fn chat_fault(&self, params: &Map<String, Value>) -> Option<Reply> {
        let chat = match params.get("chat_id") {
            Some(Value::String(chat)) if !chat.is_empty() => chat.as_str(),
            Some(Value::Number(_)) => return None,
            _ => return Some(error(400, "Bad Request: chat_id is empty")),
        };
        Some(match chat {
            "@no_such_chat" => error(400, "Bad Request: chat not found"),
            "@flood" => flood(30),
            "@flood_once" if !self.flood_once_spent.swap(true, Ordering::SeqCst) => flood(1),
            "@bad_gateway" => Reply::Send(Response {
                status: 502,
                content_type: "text/html",
                body: BAD_GATEWAY_PAGE.as_bytes().to_vec(),
            }),
            "@not_json" => Reply::Send(Response {
                status: 200,
                content_type: "text/plain",
                body: b"this is not JSON".to_vec(),
            }),
            "@flood_now" => flood(0),
            "@flood_now_in_200" => Reply::Send(Response::json(
                200,
                r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 0","parameters":{"retry_after":0}}"#.to_string(),
            )),
            "@stall" => Reply::Stall,
            "@hang_up" => Reply::HangUp,
            "@hang_up_mid_answer" => Reply::HeadOnly(Response::json(
                200,
                r#"{"ok":true,"result":"never sent"}"#.to_string(),
            )),
            _ => return None,
        })
    }

    /// A forwarded copy of the message: a new id in the target chat, and the topic it
    /// went to.
    fn new_message(&self, params: &Map<String, Value>) -> String {
        let id = self.messages_sent.fetch_add(1, Ordering::SeqCst) + 1;
        message(id, params, "")
    }

    /// A message sent, with `content` (`"text":...` and the like) after its date.
    fn sent(&self, params: &Map<String, Value>, content: &str) -> Reply {
        let id = self.messages_sent.fetch_add(1, Ordering::SeqCst) + 1;
        ok(&message(id, params, content))
    }

    /// A ForumTopic: topics are numbered from 2, as the message that opened the first
    /// topic of a new forum is.
    fn new_topic(&self, name: &str, params: &Map<String, Value>) -> String {
        let id = self.topics_created.fetch_add(1, Ordering::SeqCst) + 2;
        let icon = match params.get("icon_custom_emoji_id").and_then(Value::as_str) {
            Some(icon) => format!(r#","icon_custom_emoji_id":{}"#, Value::from(icon)),
            None => String::new(),
        };
        format!(
            r#"{{"message_thread_id":{id},"name":{},"icon_color":7322096{icon}}}"#,
            Value::from(name)
        )
    }

    /// Queues an update for getUpdates, waking a long poll that waits for one.
    pub fn queue_update(&self, update: Value) {
        self.updates
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(update);
        self.update_queued.notify_all();
    }

    /// getUpdates: the updates from `offset` on, confirming those before it; with none
    /// waiting, held up to `timeout` seconds for one to be queued, as Telegram does.
    fn get_updates(&self, params: &Map<String, Value>) -> Reply {
        if self.webhook_set.load(Ordering::SeqCst) {
            return error(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            );
        }
        let offset = params.get("offset").and_then(Value::as_i64).unwrap_or(0);
        let timeout = params.get("timeout").and_then(Value::as_u64).unwrap_or(0);
        let until = Instant::now() + Duration::from_secs(timeout);
        let mut updates = self.updates.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
            let now = Instant::now();
            if !updates.is_empty() || now >= until {
                return ok(&Value::from(updates.clone()).to_string());
            }
            updates = self
                .update_queued
                .wait_timeout(updates, until - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    fn new_link(&self) -> String {
        crate::invite_link(self.links_created.fetch_add(1, Ordering::SeqCst) + 1)
    }
}

type Handler = fn(&Bot, &Map<String, Value>) -> Reply;

/// The methods the stand-in knows: name, whether it takes a chat, and its answer.
const METHODS: &[(&str, bool, Handler)] = &[
    ("getMe", false, |_, _| ok(&bot_user())),
    ("getChat", true, |_, p| ok(&chat(p))),
    ("createChatInviteLink", true, |bot, p| {
        ok(&invite_link_object(&bot.new_link(), p, false))
    }),
    ("editChatInviteLink", true, |_, p| {
        with_link(p, |link| ok(&invite_link_object(link, p, false)))
    }),
    ("revokeChatInviteLink", true, |_, p| {
        with_link(p, |link| ok(&invite_link_object(link, p, true)))
    }),
    ("exportChatInviteLink", true, |bot, _| {
        ok(&Value::from(bot.new_link()).to_string())
    }),
    ("createChatSubscriptionInviteLink", true, |bot, p| {
        let period = p.get("subscription_period").and_then(Value::as_i64);
        let price = p.get("subscription_price").and_then(Value::as_i64);
        match (period, price) {
            (Some(2_592_000), Some(1..=10_000)) => {
                ok(&invite_link_object(&bot.new_link(), p, false))
            }
            (Some(2_592_000), _) => error(400, "Bad Request: SUBSCRIPTION_PRICE_INVALID"),
            _ => error(400, "Bad Request: SUBSCRIPTION_PERIOD_INVALID"),
        }
    }),
    ("editChatSubscriptionInviteLink", true, |_, p| {
        with_link(p, |link| ok(&invite_link_object(link, p, false)))
    }),
    ("setWebhook", false, |bot, p| {
        match p.get("url").and_then(Value::as_str) {
            Some(url) if url.starts_with("https://") => {
                bot.webhook_set.store(true, Ordering::SeqCst);
                ok_described("true", "Webhook was set")
            }
            Some(url) if !url.is_empty() => error(
                400,
                "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
            ),
            // An empty address removes the webhook, as Telegram documents.
            _ => delete_webhook(bot),
        }
    }),
    ("deleteWebhook", false, |bot, _| delete_webhook(bot)),
    ("forwardMessage", true, |bot, p| {
        match p.get("message_id").and_then(Value::as_i64) {
            Some(id) if id > 0 => ok(&bot.new_message(p)),
            _ => error(400, "Bad Request: message identifier is not specified"),
        }
    }),
    ("sendMessage", true, |bot, p| {
        with_markup(p, || match text_of(p, "text") {
            Some(text) => bot.sent(p, &format!(r#","text":{text}"#)),
            None => error(400, "Bad Request: message text is empty"),
        })
    }),
    ("sendLocation", true, |bot, p| {
        let coordinate = |key, limit: f64| {
            p.get(key)
                .and_then(Value::as_f64)
                .filter(|x| x.abs() <= limit)
        };
        match (coordinate("latitude", 90.0), coordinate("longitude", 180.0)) {
            (Some(lat), Some(long)) => with_markup(p, || {
                bot.sent(
                    p,
                    &format!(r#","location":{{"latitude":{lat},"longitude":{long}}}"#),
                )
            }),
            _ => error(400, "Bad Request: wrong latitude or longitude"),
        }
    }),
    ("sendContact", true, |bot, p| {
        match (text_of(p, "phone_number"), text_of(p, "first_name")) {
            (Some(phone), Some(first)) => with_markup(p, || {
                let last = match text_of(p, "last_name") {
                    Some(last) => format!(r#","last_name":{last}"#),
                    None => String::new(),
                };
                bot.sent(
                    p,
                    &format!(r#","contact":{{"phone_number":{phone},"first_name":{first}{last}}}"#),
                )
            }),
            (None, _) => error(400, "Bad Request: phone number is empty"),
            (_, None) => error(400, "Bad Request: first name is empty"),
        }
    }),
    ("sendPoll", true, |bot, p| {
        let options: Option<Vec<String>> = p.get("options").and_then(Value::as_array).map(|o| {
            o.iter()
                .filter_map(|o| o.get("text").or(Some(o)).and_then(Value::as_str))
                .map(|t| format!(r#"{{"text":{},"voter_count":0}}"#, Value::from(t)))
                .collect()
        });
        match (text_of(p, "question"), options) {
            (None, _) => error(400, "Bad Request: poll question must be non-empty"),
            (Some(question), Some(options)) if (2..=12).contains(&options.len()) => {
                let anonymous = p
                    .get("is_anonymous")
                    .and_then(Value::as_bool)
                    .unwrap_or(true);
                with_markup(p, || {
                    bot.sent(
                        p,
                        &format!(
                            r#","poll":{{"id":"5321766327366419203","question":{question},"options":[{}],"total_voter_count":0,"is_closed":false,"is_anonymous":{anonymous},"type":"regular","allows_multiple_answers":false}}"#,
                            options.join(",")
                        ),
                    )
                })
            }
            _ => error(400, "Bad Request: poll must have at least 2 option"),
        }
    }),
    ("editMessageText", true, |_, p| {
        edited(p, || match text_of(p, "text") {
            Some(text) => Ok(format!(r#","text":{text}"#)),
            None => Err("Bad Request: message text is empty"),
        })
    }),
    ("editMessageCaption", true, |_, p| {
        edited(p, || {
            Ok(text_of(p, "caption")
                .map(|caption| format!(r#","caption":{caption}"#))
                .unwrap_or_default())
        })
    }),
    ("editMessageReplyMarkup", true, |_, p| {
        edited(p, || Ok(String::new()))
    }),
    ("deleteMessage", true, |_, p| {
        with_message(p, "Bad Request: message to delete not found")
    }),
    ("pinChatMessage", true, |_, p| {
        with_message(p, "Bad Request: message to pin not found")
    }),
    ("unpinChatMessage", true, |_, p| {
        with_message(p, "Bad Request: message to unpin not found")
    }),
    ("getChatMemberCount", true, |_, _| ok("2")),
    ("banChatMember", true, member),
    ("unbanChatMember", true, member),
    ("createForumTopic", true, |bot, p| {
        match forum_topic_name(p) {
            Some(name) => ok(&bot.new_topic(&name, p)),
            None => error(400, "Bad Request: TOPIC_TITLE_EMPTY"),
        }
    }),
    ("editForumTopic", true, |_, p| {
        with_topic(p, || {
            if p.contains_key("name") || p.contains_key("icon_custom_emoji_id") {
                ok("true")
            } else {
                error(400, "Bad Request: TOPIC_NOT_MODIFIED")
            }
        })
    }),
    ("closeForumTopic", true, |_, p| with_topic(p, || ok("true"))),
    ("reopenForumTopic", true, |_, p| {
        with_topic(p, || ok("true"))
    }),
    ("deleteForumTopic", true, |_, p| {
        with_topic(p, || ok("true"))
    }),
    ("unpinAllForumTopicMessages", true, |_, p| {
        with_topic(p, || ok("true"))
    }),
    ("closeGeneralForumTopic", true, |_, _| ok("true")),
    ("reopenGeneralForumTopic", true, |_, _| ok("true")),
    ("hideGeneralForumTopic", true, |_, _| ok("true")),
    ("unhideGeneralForumTopic", true, |_, _| ok("true")),
    ("unpinAllGeneralForumTopicMessages", true, |_, _| ok("true")),
    (
        "editGeneralForumTopic",
        true,
        |_, p| match forum_topic_name(p) {
            Some(_) => ok("true"),
            None => error(400, "Bad Request: TOPIC_TITLE_EMPTY"),
        },
    ),
    ("getFile", false, |_, p| get_file(p)),
    ("getUpdates", false, |bot, p| bot.get_updates(p)),
    ("getForumTopicIconStickers", false, |_, _| {
        ok(FORUM_TOPIC_ICONS)
    }),
    ("approveChatJoinRequest", true, join_request),
    ("declineChatJoinRequest", true, join_request),
];

/// `/file/bot<token>/<file_path>`: a stored file's bytes, as Telegram's file server
/// hands them out; anything else is Telegram's 404 document.
fn file(rest: &str) -> Reply {
    let stored = rest.split_once('/').and_then(|(token, path)| {
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        (token == TOKEN)
            .then(|| {
                FILES
                    .iter()
                    .find(|(_, p, size)| *p == path && *size <= 2000 << 20)
            })
            .flatten()
    });
    match stored {
        Some(&(_, _, len)) => Reply::File { len },
        None => error(404, "Not Found"),
    }
}

/// getFile: the File object of a stored file.
fn get_file(params: &Map<String, Value>) -> Reply {
    let id = params.get("file_id").and_then(Value::as_str).unwrap_or("");
    match FILES.iter().find(|(file_id, ..)| *file_id == id) {
        Some((id, path, size)) => ok(&format!(
            r#"{{"file_id":{},"file_unique_id":"AgADBAAD{}","file_size":{size},"file_path":{}}}"#,
            Value::from(*id),
            path.len(),
            Value::from(*path)
        )),
        None if id.is_empty() => error(400, "Bad Request: file_id is empty"),
        None => error(400, "Bad Request: invalid file_id"),
    }
}

/// Two of the stickers Telegram offers as topic icons, as it describes them.
pub const FORUM_TOPIC_ICONS: &str = r#"[{"width":512,"height":512,"emoji":"🎓","is_animated":false,"is_video":false,"type":"custom_emoji","custom_emoji_id":"5357419403325481346","file_id":"CAACAgIAAxUAAWe","file_unique_id":"AgADzAADr","file_size":3245},{"width":512,"height":512,"emoji":"📰","is_animated":false,"is_video":false,"type":"custom_emoji","custom_emoji_id":"5434144690511290129","file_id":"CAACAgIAAxUAAWf","file_unique_id":"AgADzQADr","file_size":2880}]"#;

/// `{"ok":true,"result":<result>}` with `result` already JSON.
fn ok(result: &str) -> Reply {
    Reply::Send(Response::json(
        200,
        format!(r#"{{"ok":true,"result":{result}}}"#),
    ))
}

fn delete_webhook(bot: &Bot) -> Reply {
    if bot.webhook_set.swap(false, Ordering::SeqCst) {
        ok_described("true", "Webhook was deleted")
    } else {
        ok_described("true", "Webhook is already deleted")
    }
}

/// `ok`, with the `description` Telegram adds to some answers.
fn ok_described(result: &str, description: &str) -> Reply {
    Reply::Send(Response::json(
        200,
        format!(
            r#"{{"ok":true,"result":{result},"description":{}}}"#,
            Value::from(description)
        ),
    ))
}

fn with_link(params: &Map<String, Value>, answer: impl FnOnce(&str) -> Reply) -> Reply {
    match params.get("invite_link").and_then(Value::as_str) {
        Some(link) if link.starts_with("https://t.me/") => answer(link),
        _ => error(400, "Bad Request: INVITE_HASH_INVALID"),
    }
}

fn forum_topic_name(params: &Map<String, Value>) -> Option<String> {
    params
        .get("name")
        .and_then(Value::as_str)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
}

/// Topic 404 is not there, as when it was deleted already.
fn with_topic(params: &Map<String, Value>, answer: impl FnOnce() -> Reply) -> Reply {
    match params.get("message_thread_id").and_then(Value::as_i64) {
        Some(404) => error(400, "Bad Request: message thread not found"),
        Some(id) if id > 0 => answer(),
        _ => error(400, "Bad Request: message thread not found"),
    }
}

/// A string field of the request as JSON, when it is a non-empty string.
fn text_of(params: &Map<String, Value>, key: &str) -> Option<String> {
    params
        .get(key)
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
        .map(|t| Value::from(t).to_string())
}

/// Refuses what Telegram refuses of `parse_mode` and `reply_markup`, else `answer`.
fn with_markup(params: &Map<String, Value>, answer: impl FnOnce() -> Reply) -> Reply {
    match params.get("parse_mode") {
        None => {}
        Some(Value::String(mode))
            if ["markdown", "markdownv2", "html"].contains(&mode.to_lowercase().as_str()) => {}
        Some(_) => return error(400, "Bad Request: unsupported parse_mode"),
    }
    match params.get("reply_markup") {
        None | Some(Value::Object(_)) => answer(),
        Some(_) => error(400, "Bad Request: object expected as reply markup"),
    }
}

/// An edited message: message 404 is not there; `content` is what the edit shows, the
/// keyboard echoed after it.
fn edited(
    params: &Map<String, Value>,
    content: impl FnOnce() -> Result<String, &'static str>,
) -> Reply {
    let id = match params.get("message_id").and_then(Value::as_i64) {
        Some(404) => return error(400, "Bad Request: message to edit not found"),
        Some(id) if id > 0 => id as u64,
        _ => return error(400, "Bad Request: message identifier is not specified"),
    };
    with_markup(params, || match content() {
        Ok(mut content) => {
            if let Some(markup) = params.get("reply_markup") {
                content += &format!(r#","reply_markup":{markup}"#);
            }
            ok(&message(id, params, &content))
        }
        Err(description) => error(400, description),
    })
}

/// Message 404 is not there, as when it was deleted already.
fn with_message(params: &Map<String, Value>, not_found: &str) -> Reply {
    match params.get("message_id").and_then(Value::as_i64) {
        Some(404) => error(400, not_found),
        Some(id) if id > 0 => ok("true"),
        _ => error(400, "Bad Request: message identifier is not specified"),
    }
}

/// Banning or unbanning: user 1 is the chat's owner, whom no one may restrict.
fn member(_: &Bot, params: &Map<String, Value>) -> Reply {
    match params.get("user_id").and_then(Value::as_i64) {
        Some(1) => error(400, "Bad Request: can't remove chat owner"),
        Some(id) if id > 0 => ok("true"),
        _ => error(400, "Bad Request: invalid user_id specified"),
    }
}

/// User 1 has not asked to join, as happens when a request was already handled.
fn join_request(_: &Bot, params: &Map<String, Value>) -> Reply {
    match params.get("user_id").and_then(Value::as_i64) {
        Some(1) => error(400, "Bad Request: HIDE_REQUESTER_MISSING"),
        Some(id) if id > 0 => ok("true"),
        _ => error(400, "Bad Request: user_id is empty"),
    }
}

/// A Message: `id` in the chat of `params`, in the topic it names, with `content`.
fn message(id: u64, params: &Map<String, Value>, content: &str) -> String {
    let chat = match params.get("chat_id") {
        Some(Value::Number(n)) => format!(r#"{{"id":{n},"type":"private"}}"#),
        _ => chat(params),
    };
    let topic = match params.get("message_thread_id").and_then(Value::as_i64) {
        Some(topic) => format!(r#","message_thread_id":{topic},"is_topic_message":true"#),
        None => String::new(),
    };
    format!(
        r#"{{"message_id":{id}{topic},"from":{},"chat":{chat},"date":1767706628{content}}}"#,
        bot_user()
    )
}

fn bot_user() -> String {
    format!(
        r#"{{"id":{BOT_ID},"is_bot":true,"first_name":"Loopback Bot","username":"loopback_stand_in_bot"}}"#
    )
}

fn chat(params: &Map<String, Value>) -> String {
    let username = params
        .get("chat_id")
        .and_then(Value::as_str)
        .and_then(|c| c.strip_prefix('@'))
        .unwrap_or("loopback_channel");
    format!(
        r#"{{"id":-1001234567890,"title":"Loopback Channel","username":{},"type":"channel"}}"#,
        Value::from(username)
    )
}

const BAD_GATEWAY_PAGE: &str = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";

fn error(code: u16, description: &str) -> Reply {
    Reply::Send(Response::json(
        code,
        format!(
            r#"{{"ok":false,"error_code":{code},"description":{}}}"#,
            Value::from(description)
        ),
    ))
}

fn flood(retry_after: u32) -> Reply {
    Reply::Send(Response::json(
        429,
        format!(
            r#"{{"ok":false,"error_code":429,"description":"Too Many Requests: retry after {retry_after}","parameters":{{"retry_after":{retry_after}}}}}"#
        ),
    ))
}

/// A `ChatInviteLink` echoing the request's fields. The JSON is assembled by hand
/// rather than through a `serde_json::Map` because the map's key order depends on
/// crate features that any other crate in the build may switch on, and clients' tests
/// compare bytes.
fn invite_link_object(link: &str, params: &Map<String, Value>, revoked: bool) -> String {
    let echoed = |key: &str| params.get(key).filter(|v| !v.is_null());
    let mut out = String::from(r#"{"invite_link":"#);
    out.push_str(&Value::from(link).to_string());
    if let Some(name) = echoed("name") {
        out.push_str(r#","name":"#);
        out.push_str(&name.to_string());
    }
    out.push_str(r#","creator":"#);
    out.push_str(&bot_user());
    for key in [
        "expire_date",
        "member_limit",
        "subscription_period",
        "subscription_price",
    ] {
        if let Some(value) = echoed(key) {
            out.push_str(&format!(r#","{key}":{value}"#));
        }
    }
    let join_request = params
        .get("creates_join_request")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    out.push_str(&format!(
        r#","creates_join_request":{join_request},"is_primary":false,"is_revoked":{revoked}}}"#
    ));
    out
}

/// The 16 characters after `https://t.me/+` for the `number`th link.
///
/// Telegram's codes are 12 random bytes in URL-safe base64; these look the
/// same but come from a bijective mix of the counter, so they are distinct
/// by construction and identical from run to run.
pub fn invite_code(number: u64) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let high = mix(number);
    let low = mix(high) >> 32;
    let bits = (u128::from(high) << 32) | u128::from(low);
    (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 6)) & 63) as usize] as char)
        .collect()
}

/// Multiplying by an odd constant and xor-shifting right are both
/// invertible on u64, so distinct inputs always give distinct outputs.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn paths() {
        assert_eq!(split_path("/botT/getMe"), Some(("T", "getMe")));
        assert_eq!(split_path("/botT/getMe?x=1"), Some(("T", "getMe")));
        assert_eq!(split_path("/botT/"), None);
        assert_eq!(split_path("/botT"), None);
        assert_eq!(split_path("/botT/a/b"), None);
        assert_eq!(split_path("/T/getMe"), None);
    }

    #[test]
    fn codes_are_distinct_and_well_formed() {
        let mut seen = HashSet::new();
        for n in 1..=100_000 {
            let code = invite_code(n);
            assert_eq!(code.len(), 16);
            assert!(
                code.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
            assert!(seen.insert(code));
        }
    }
}
