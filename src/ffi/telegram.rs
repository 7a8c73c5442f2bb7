//! Generated from the method table by tests/codegen; do not edit.
//! `cargo test --test codegen` writes it anew after the table changes.
//! The C functions: one per method of the table, each decoding its arguments
//! through `invoke`.

#![allow(clippy::too_many_arguments)]

use std::ffi::c_char;

use super::strings::{CArg, invoke, opi_file};
use super::strings::{invoke_to, opi_bytes};
use crate::methods;

/// OPI's `GetBotInformation` (ПолучитьИнформациюБота), Bot API
/// `getMe`: gets the bot's own account: its id, name, username and what it may do.
///
/// A cheap way to check that a token works. Telegram answers with a User.
///
/// - `token` (Token, required): Bot token.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_get_bot_information(token: *const c_char) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe { invoke(&methods::get_bot_information::METHOD, &[CArg::Text(token)]) }
}

/// OPI's `GetUpdates` (ПолучитьОбновления), Bot API `getUpdates`: gets
/// the bot's new updates, waiting up to Timeout seconds for one to arrive.
///
/// Telegram answers with a list of Update objects, empty when none came within Timeout. The
/// call's time limit is `timeout_ms` plus Timeout, so a 50-second poll is not cut short by
/// the 30-second default, and one the server never answers still ends. Offset 0 and Timeout
/// 0 are not sent, as with OPI; `limit` and `allowed_updates` are not sent either. Refused
/// by Telegram while a webhook is set.
///
/// - `token` (Token, required): Bot token.
/// - `timeout` (Timeout, optional, 0 for none): Seconds to wait for new updates (long
///   polling); 0 answers at once.
/// - `offset` (Offset, optional, 0 for none): Identifier of the first update to return;
///   negative counts from the last.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_get_updates(
    token: *const c_char,
    timeout: i32,
    offset: i64,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::get_updates::METHOD,
            &[
                CArg::Text(token),
                CArg::Number(timeout.into()),
                CArg::Number(offset),
            ],
        )
    }
}

/// OPI's `SetWebhook` (УстановитьWebhook), Bot API `setWebhook`: sets the address
/// Telegram sends the bot's updates to.
///
/// Sends only `url`, as OPI does (no certificate, secret token or update filter). Telegram
/// wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed on for a local Bot
/// API server, which may accept it. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `url` (URL, required): Request handling address from Telegram (with https:).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_set_webhook(
    token: *const c_char,
    url: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::set_webhook::METHOD,
            &[CArg::Text(token), CArg::Text(url)],
        )
    }
}

/// OPI's `DeleteWebhook` (УдалитьWebhook), Bot API `deleteWebhook`: removes the
/// webhook, so that updates can be fetched with getUpdates again.
///
/// Sends no fields, as OPI does: pending updates are kept (`drop_pending_updates` is not
/// sent). Telegram answers `true`, also when no webhook was set.
///
/// - `token` (Token, required): Bot token.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_delete_webhook(token: *const c_char) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe { invoke(&methods::delete_webhook::METHOD, &[CArg::Text(token)]) }
}

/// OPI's `DownloadFile` (СкачатьФайл), Bot API `getFile`: downloads a file the
/// bot received, by its file_id.
///
/// Calls getFile, then fetches `{api_url}/file/bot<token>/<file_path>` (the token is
/// redacted from every error, as everywhere). The file goes to a path or comes back as
/// bytes: C `path` (written beside it and renamed once whole, so a failed download leaves
/// nothing there; memory stays bounded whatever the size) or `bytes` (an `opi_bytes` the
/// caller frees with `opi_bytes_free`); oint writes it to `--out FILE` and prints the
/// result; 1C gets BinaryData, as from OPI. The result is getFile's document with
/// `result.download`: `{"bytes":N,"path":...}`. Telegram's servers hand bots files up to 20
/// MB, a local Bot API server up to 2000 MB: a larger `file_size` is refused before
/// anything is downloaded. Unlike OPI, a file whose bytes are JSON comes back as bytes,
/// getFile is not retried, and no `?file_id=` is added to the file's URL.
///
/// - `token` (Token, required): Bot token.
/// - `file_id` (FileID, required): ID of the file to download.
/// - `path`: the file to write it to, or NULL: written beside it and renamed once whole,
///   so that a failed download leaves nothing there.
/// - `bytes`: without `path`, receives the file: an owned buffer the caller releases with
///   `opi_bytes_free`; zeroed first, and left zeroed on any failure. May be NULL when
///   `path` is given.
///
/// Returns the JSON document described above, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the file is received or `timeout_ms` passes (for getFile, then again for the file).
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_download_file(
    token: *const c_char,
    file_id: *const c_char,
    path: *const c_char,
    bytes: *mut opi_bytes,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke_to(
            &methods::download_file::METHOD,
            &[CArg::Text(token), CArg::Text(file_id)],
            path,
            bytes,
        )
    }
}

/// OPI's `ProcessTMAData` (ОбработатьДанныеTMA), Bot API none, nothing is
/// sent: checks a Telegram Mini App's initData against the bot token and returns its
/// fields.
///
/// Sends nothing. `result` holds every field of the data but `hash`, keys and values
/// URL-decoded and kept as text (`user` stays JSON text), and `passed`: whether `hash` is
/// the hex HMAC-SHA256 Telegram documents (the key is HMAC-SHA256 of the token under
/// "WebAppData"; the message every other field as `key=value`, sorted, joined by line
/// feeds), compared in constant time. `auth_date` is not checked for age: compare it with
/// the time yourself. Unlike OPI, `cookie` is kept, and a value holding `=` (such as
/// `signature`) is kept whole: Telegram signs every field, so dropping one would fail data
/// that carries it. OPI offers it to 1C only; oint offers it too, with the token from
/// OPI_TELEGRAM_TOKEN, for scripts that check initData.
///
/// - `data_string` (DataString, required): The Mini App's initData query string.
/// - `token` (Token, required): Bot token.
///
/// Returns the JSON document computed here (above), or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; sends nothing.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_process_tma_data(
    data_string: *const c_char,
    token: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::process_tma_data::METHOD,
            &[CArg::Text(data_string), CArg::Text(token)],
        )
    }
}

/// OPI's `SendTextMessage` (ОтправитьТекстовоеСообщение), Bot
/// API `sendMessage`: sends a text message to a chat or channel.
///
/// Markup is `Markdown` when not given, as in OPI; `none` sends the text with no
/// `parse_mode`. The text is prepared as OPI prepares it, without its faults:
/// percent-escapes of non-ASCII text are decoded (`%F0%9F%94%A5` is 🔥) while "100%"
/// stays as written; MarkdownV2 gets the escapes of `- + # = { } .` that OPI adds; HTML
/// gets `&amp;` for a bare `&`. Keyboard is a JSON object, OPI's single-quoted JSON, or the
/// path of a .json file, sent as `reply_markup`. RepliedID is sent as `reply_parameters`,
/// which replaced `reply_to_message_id` in the Bot API. The topic of `ChatID*TopicID` is
/// sent as `message_thread_id`. Telegram answers with the Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Message text.
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
/// - `replied_id` (RepliedID, optional, 0 for none): ID of the message to reply to (none
///   if not given).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_text_message(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    keyboard: *const c_char,
    markup: *const c_char,
    replied_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_text_message::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::Text(keyboard),
                CArg::Text(markup),
                CArg::Number(replied_id.into()),
            ],
        )
    }
}

/// OPI's `SendImage` (ОтправитьКартинку), Bot API `sendPhoto`: sends an
/// image to a chat or channel.
///
/// A file as SendDocument takes one; it goes up under a path's own name, else `photo`, as
/// OPI names it. Markup's alias is `-r` here: `-p` is `--picture`. Telegram answers with
/// the Message, its photo in several sizes.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Caption.
/// - `image` (Image, required): Image: a local path (streamed from disk), the file's
///   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself).
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_image(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    image: *const opi_file,
    keyboard: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_image::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::File(image),
                CArg::Text(keyboard),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `SendVideo` (ОтправитьВидео), Bot API `sendVideo`: sends a video to
/// a chat or channel.
///
/// A file as SendDocument takes one; it goes up under a path's own name, else `video`, as
/// OPI names it. Telegram answers with the Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Caption.
/// - `video` (Video, required): Video: a local path (streamed from disk), the file's
///   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself).
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_video(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    video: *const opi_file,
    keyboard: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_video::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::File(video),
                CArg::Text(keyboard),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `SendAudio` (ОтправитьАудио), Bot API `sendAudio`: sends an audio
/// file to a chat or channel.
///
/// A file as SendDocument takes one; it goes up under a path's own name, else `audio`, as
/// OPI names it. Telegram answers with the Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Caption.
/// - `audio` (Audio, required): Audio: a local path (streamed from disk), the file's
///   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself).
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_audio(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    audio: *const opi_file,
    keyboard: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_audio::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::File(audio),
                CArg::Text(keyboard),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `SendDocument` (ОтправитьДокумент), Bot API `sendDocument`: sends
/// a document to a chat or channel.
///
/// Document is a local path (streamed from disk), the file's bytes, or an http(s) URL or
/// file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It goes up
/// under FileName, else the path's own name, else `document`. Empty files and files over
/// the Bot API's limit are refused unsent. Telegram answers with the Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Caption.
/// - `document` (Document, required): Document: a local path (streamed from disk), the
///   file's bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two
///   itself).
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
/// - `file_name` (FileName, optional, NULL or "" for none): File name with extension, as
///   the chat shows it.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_document(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    document: *const opi_file,
    keyboard: *const c_char,
    markup: *const c_char,
    file_name: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_document::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::File(document),
                CArg::Text(keyboard),
                CArg::Text(markup),
                CArg::Text(file_name),
            ],
        )
    }
}

/// OPI's `SendGif` (ОтправитьГифку), Bot API `sendAnimation`: sends a GIF to
/// a chat or channel.
///
/// A file as SendDocument takes one; it goes up under a path's own name, else
/// `animation.gif`, as OPI names it. Telegram answers with the Message, carrying the
/// animation (and a document, for older clients).
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Caption.
/// - `gif` (GIF, required): GIF: a local path (streamed from disk), the file's bytes, an
///   `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself).
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_gif(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    gif: *const opi_file,
    keyboard: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_gif::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::File(gif),
                CArg::Text(keyboard),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `SendMediaGroup` (ОтправитьМедиагруппу), Bot API
/// `sendMediaGroup`: sends a group of files (an album) to a chat or channel.
///
/// FileMapping: a JSON object (or OPI's single-quoted JSON, or a .json file) of 2 to 10
/// files, each a path, URL or file_id, to its kind (`photo`, `video`, `audio`, `document`).
/// Each path goes up as a part, `attach://file0`, ...; bytes must be written to a file
/// first. Text captions the first item. Keyboard is refused: sendMediaGroup takes none.
/// Telegram answers with an array of Messages.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `text` (Text, required): Caption.
/// - `file_mapping` (FileMapping, required): Files and their kinds: {'path, URL or
///   file_id': 'photo'}: JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, NULL or "" for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_media_group(
    token: *const c_char,
    chat_id: *const c_char,
    text: *const c_char,
    file_mapping: *const c_char,
    keyboard: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_media_group::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(text),
                CArg::Text(file_mapping),
                CArg::Text(keyboard),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `SendLocation` (ОтправитьМестоположение), Bot API
/// `sendLocation`: sends a location by geographic coordinates.
///
/// Latitude and Longitude are sent as JSON numbers; a value that is not finite or out of
/// range is refused before sending. No `parse_mode` is sent (OPI sends a meaningless one).
/// The topic of `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers with the
/// Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `latitude` (Latitude, required): Geographic latitude (-90 to 90).
/// - `longitude` (Longitude, required): Geographic longitude (-180 to 180).
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_location(
    token: *const c_char,
    chat_id: *const c_char,
    latitude: f64,
    longitude: f64,
    keyboard: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_location::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Float(latitude),
                CArg::Float(longitude),
                CArg::Text(keyboard),
            ],
        )
    }
}

/// OPI's `SendContact` (ОтправитьКонтакт), Bot API `sendContact`: sends a
/// contact with a name and a phone number.
///
/// LastName may be left out or empty: OPI sends none then, and neither does libopi. No
/// `parse_mode` is sent (OPI sends a meaningless one). The topic of `ChatID*TopicID` is
/// sent as `message_thread_id`. Telegram answers with the Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `name` (Name, required): Contact name.
/// - `last_name` (LastName, optional, NULL or "" for none): Contact last name (none if
///   not given).
/// - `phone` (Phone, required): Contact phone number.
/// - `keyboard` (Keyboard, optional, NULL or "" for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_contact(
    token: *const c_char,
    chat_id: *const c_char,
    name: *const c_char,
    last_name: *const c_char,
    phone: *const c_char,
    keyboard: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_contact::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(name),
                CArg::Text(last_name),
                CArg::Text(phone),
                CArg::Text(keyboard),
            ],
        )
    }
}

/// OPI's `SendPoll` (ОтправитьОпрос), Bot API `sendPoll`: sends a poll with
/// answer options.
///
/// AnswersArray is a JSON array of strings, or OPI's `['Red','Yellow']`; each is sent as
/// `{"text":...}`, the InputPollOption the Bot API documents, and fewer than two are
/// refused before sending. Anonymous is sent every time, as a JSON Boolean (OPI sends 1 or
/// 0); left out it is true, as in OPI. No `parse_mode` is sent. The topic of
/// `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers with the Message
/// holding the poll.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `question` (Question, required): Poll question.
/// - `answers_array` (AnswersArray, required): Array of answer options: a JSON array such
///   as `["Red","Blue"]`, or `['Red','Blue']`.
/// - `anonymous` (Anonymous, optional, OPI's default is true): Anonymous poll (true if
///   not given).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_send_poll(
    token: *const c_char,
    chat_id: *const c_char,
    question: *const c_char,
    answers_array: *const c_char,
    anonymous: bool,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::send_poll::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(question),
                CArg::Text(answers_array),
                CArg::Bool(anonymous),
            ],
        )
    }
}

/// OPI's `ForwardMessage` (ПереслатьСообщение), Bot API `forwardMessage`:
/// forwards a message from one chat to another, or within a chat.
///
/// The topic of ToID's `ChatID*TopicID` is sent as `message_thread_id`; FromID's is
/// dropped, since a message id names its message in the whole chat. The alias of `--to` is
/// `-o`: `-t` is always `--token`. Telegram answers with the new Message.
///
/// - `token` (Token, required): Bot token.
/// - `original_id` (OriginalID, required): Original message ID.
/// - `from_id` (FromID, required): Chat ID of the original message: an integer id such as
///   `-1001234567890`, or `@username`.
/// - `to_id` (ToID, required): Target chat ID or ChatID*TopicID: an integer id such as
///   `-1001234567890`, or `@username`.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_forward_message(
    token: *const c_char,
    original_id: i32,
    from_id: *const c_char,
    to_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::forward_message::METHOD,
            &[
                CArg::Text(token),
                CArg::Number(original_id.into()),
                CArg::Text(from_id),
                CArg::Text(to_id),
            ],
        )
    }
}

/// OPI's `DeleteMessage` (УдалитьСообщение), Bot API `deleteMessage`:
/// deletes a message from the chat.
///
/// Telegram lets a bot delete its own messages within 48 hours, and others' where it is an
/// administrator with the right to. The topic of `ChatID*TopicID` is dropped: a message id
/// names its message in the whole chat. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `message_id` (MessageID, required): Target message ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_delete_message(
    token: *const c_char,
    chat_id: *const c_char,
    message_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::delete_message::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(message_id.into()),
            ],
        )
    }
}

/// OPI's `ReplaceMessageKeyboard` (ЗаменитьКлавиатуруСообщения),
/// Bot API `editMessageReplyMarkup`: replaces the keyboard of a message.
///
/// Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json file, sent
/// as `reply_markup`; Telegram edits only inline keyboards. A topic in `ChatID*TopicID` is
/// dropped: a message id names its message in the whole chat. Telegram answers with the
/// edited Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `message_id` (MessageID, required): Target message ID.
/// - `keyboard` (Keyboard, required): New keyboard (see FormKeyboardFromButtonArray):
///   JSON text, OPI's single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a
///   .json file.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_replace_message_keyboard(
    token: *const c_char,
    chat_id: *const c_char,
    message_id: i32,
    keyboard: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::replace_message_keyboard::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(message_id.into()),
                CArg::Text(keyboard),
            ],
        )
    }
}

/// OPI's `ReplaceMessageText` (ЗаменитьТекстСообщения), Bot API
/// `editMessageText`: replaces the text of a message.
///
/// Markup is sent only when given, as in OPI; the text is prepared for it as
/// SendTextMessage prepares its own. A topic in `ChatID*TopicID` is dropped: a message id
/// names its message in the whole chat. The message keeps its keyboard only if Telegram
/// keeps it (ReplaceMessageKeyboard sets one). Telegram answers with the edited Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `message_id` (MessageID, required): Target message ID.
/// - `text` (Text, required): Message text.
/// - `markup` (Markup, optional, NULL or "" for none): Text processing type: Markdown,
///   MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_replace_message_text(
    token: *const c_char,
    chat_id: *const c_char,
    message_id: i32,
    text: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::replace_message_text::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(message_id.into()),
                CArg::Text(text),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `ReplaceMessageCaption` (ЗаменитьОписаниеСообщения), Bot
/// API `editMessageCaption`: replaces the caption of a message with media.
///
/// Markup is sent only when given, as in OPI; the caption is prepared for it as
/// SendTextMessage prepares a text. The aliases are OPI's: `-p` is `--caption` and `-r` is
/// `--parsemode` here. A topic in `ChatID*TopicID` is dropped: a message id names its
/// message in the whole chat. Telegram answers with the edited Message.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `message_id` (MessageID, required): Target message ID.
/// - `description` (Description, required): New caption.
/// - `markup` (Markup, optional, NULL or "" for none): Text processing type: Markdown,
///   MarkdownV2, HTML, or none for plain text.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_replace_message_caption(
    token: *const c_char,
    chat_id: *const c_char,
    message_id: i32,
    description: *const c_char,
    markup: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::replace_message_caption::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(message_id.into()),
                CArg::Text(description),
                CArg::Text(markup),
            ],
        )
    }
}

/// OPI's `FormKeyboardFromButtonArray`
/// (СформироватьКлавиатуруПоМассивуКнопок), Bot API
/// none, made here for reply_markup: makes a keyboard from an array of button captions, for
/// the Keyboard parameter.
///
/// Sends nothing. `result` is the keyboard as standard JSON: with UnderMessage, an
/// InlineKeyboardMarkup whose buttons send their caption as `callback_data`
/// (`{"inline_keyboard":[[{"text":"A","callback_data":"A"}]]}`); without, a
/// ReplyKeyboardMarkup (`{"keyboard":[[{"text":"A"}]],"resize_keyboard":true}`). OneByOne
/// puts each button on a row of its own, else all on one row. Pass the whole result to a
/// sending function's Keyboard: a result saying `"ok":true` stands for its `result`. Unlike
/// OPI, the JSON is double-quoted (OPI's single quotes are not JSON), the inline form has
/// no `rows` key and reply buttons no `callback_data` (neither is a Bot API field), and an
/// inline caption over 64 bytes, which Telegram would refuse as `callback_data`, is refused
/// here.
///
/// - `button_array` (ButtonArray, required): Array of button captions: a JSON array such
///   as `["Red","Blue"]`, or `['Red','Blue']`.
/// - `under_message` (UnderMessage, optional, OPI's default is false): Keyboard under the
///   message (true) or at the bottom (false, if not given).
/// - `one_by_one` (OneByOne, optional, OPI's default is true): One button per row (true,
///   if not given) or all in one row (false).
///
/// Returns the JSON document computed here (above), or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; sends nothing.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_form_keyboard_from_button_array(
    button_array: *const c_char,
    under_message: bool,
    one_by_one: bool,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::form_keyboard_from_button_array::METHOD,
            &[
                CArg::Text(button_array),
                CArg::Bool(under_message),
                CArg::Bool(one_by_one),
            ],
        )
    }
}

/// OPI's `Ban` (Бан), Bot API `banChatMember`: bans a user from the chat: removed, and
/// kept out until unbanned.
///
/// Sends `chat_id` and `user_id` only, so the ban is for ever and the user's messages stay
/// (no `until_date`, no `revoke_messages`), as with OPI; OPI's meaningless `parse_mode` is
/// not sent. A ban is for the whole chat: the topic of `ChatID*TopicID` is dropped (OPI
/// sent the text as it was, which Telegram refused). Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `user_id` (UserID, required): Target user ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_ban(
    token: *const c_char,
    chat_id: *const c_char,
    user_id: i64,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::ban::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(user_id),
            ],
        )
    }
}

/// OPI's `Unban` (Разбан), Bot API `unbanChatMember`: lifts a user's ban, so that
/// they may join the chat again.
///
/// Sends `only_if_banned: true`, which OPI never did: without it Telegram removes a user
/// who is a member and not banned, so OPI's Unban could throw a member out; here it only
/// ever lifts a ban. The user is not added back; they may join again by a link. The topic
/// of `ChatID*TopicID` is dropped, as for Ban. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `user_id` (UserID, required): Target user ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_unban(
    token: *const c_char,
    chat_id: *const c_char,
    user_id: i64,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::unban::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(user_id),
            ],
        )
    }
}

/// OPI's `CreateInvitationLink` (СоздатьСсылкуПриглашение), Bot API
/// `createChatInviteLink`: creates a link for joining a closed chat.
///
/// Title holds at most 32 characters; ExpirationDate not given makes a permanent link;
/// UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new
/// ChatInviteLink.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `title` (Title, optional, NULL or "" for none): Invitation title.
/// - `expiration_date` (ExpirationDate, optional, NULL or "" for none): Link expiration
///   date (permanent if not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`,
///   local time unless it has an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025
///   15:46:10`.
/// - `user_limit` (UserLimit, optional, 0 for none): User limit (infinite if not
///   specified).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    expiration_date: *const c_char,
    user_limit: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::create_invitation_link::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(title),
                CArg::Text(expiration_date),
                CArg::Number(user_limit.into()),
            ],
        )
    }
}

/// OPI's `EditInvitationLink` (ИзменитьСсылкуПриглашение), Bot API
/// `editChatInviteLink`: changes an invitation link; Telegram resets every field not given.
///
/// Telegram resets every field that is not given: no Title removes the name, no
/// ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `invite_link` (InviteLink, required): Invitation link (https://t.me/+...).
/// - `title` (Title, optional, NULL or "" for none): Invitation title.
/// - `expiration_date` (ExpirationDate, optional, NULL or "" for none): Link expiration
///   date (permanent if not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`,
///   local time unless it has an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025
///   15:46:10`.
/// - `user_limit` (UserLimit, optional, 0 for none): User limit (infinite if not
///   specified).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_edit_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
    invite_link: *const c_char,
    title: *const c_char,
    expiration_date: *const c_char,
    user_limit: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::edit_invitation_link::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(invite_link),
                CArg::Text(title),
                CArg::Text(expiration_date),
                CArg::Number(user_limit.into()),
            ],
        )
    }
}

/// OPI's `RevokeInvitationLink` (ОтозватьСсылкуПриглашение), Bot
/// API `revokeChatInviteLink`: revokes an invitation link so that nobody can join by it.
///
/// Telegram answers with the revoked ChatInviteLink.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `invite_link` (InviteLink, required): Invitation link (https://t.me/+...).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_revoke_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
    invite_link: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::revoke_invitation_link::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(invite_link),
            ],
        )
    }
}

/// OPI's `ExportPrimaryInvitationLink`
/// (ЭкспортироватьОсновнуюСсылкуПриглашение), Bot
/// API `exportChatInviteLink`: creates a new primary invitation link; the previous one
/// stops working.
///
/// Telegram answers with the new link as a string in `result`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_export_primary_invitation_link(
    token: *const c_char,
    chat_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::export_primary_invitation_link::METHOD,
            &[CArg::Text(token), CArg::Text(chat_id)],
        )
    }
}

/// OPI's `CreateJoinRequestLink`
/// (СоздатьСсылкуЗаявкиНаВступление), Bot API
/// `createChatInviteLink`: creates a link whose members join after an administrator
/// approves them.
///
/// Such a link has no user limit: each member joins once an administrator approves the
/// request.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `title` (Title, optional, NULL or "" for none): Invitation title.
/// - `expiration_date` (ExpirationDate, optional, NULL or "" for none): Link expiration
///   date (permanent if not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`,
///   local time unless it has an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025
///   15:46:10`.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_join_request_link(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    expiration_date: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::create_join_request_link::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(title),
                CArg::Text(expiration_date),
            ],
        )
    }
}

/// OPI's `CreateSubscriptionLink` (СоздатьСсылкуПодписки), Bot API
/// `createChatSubscriptionInviteLink`: creates a paid subscription link for a channel (30
/// days, in Telegram Stars).
///
/// Price is in Telegram Stars (1..=10000) for each 30 days, the one period Telegram
/// accepts.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `title` (Title, optional, NULL or "" for none): Invitation title.
/// - `price` (Price, required): Price per 30 days in Telegram Stars (1..=10000).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_subscription_link(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    price: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::create_subscription_link::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(title),
                CArg::Number(price.into()),
            ],
        )
    }
}

/// OPI's `EditSubscriptionLink` (ИзменитьСсылкуПодписки), Bot API
/// `editChatSubscriptionInviteLink`: renames a subscription link.
///
/// Its name is all that can change; no Title removes it.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `invite_link` (InviteLink, required): Invitation link (https://t.me/+...).
/// - `title` (Title, optional, NULL or "" for none): Invitation title.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_edit_subscription_link(
    token: *const c_char,
    chat_id: *const c_char,
    invite_link: *const c_char,
    title: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::edit_subscription_link::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(invite_link),
                CArg::Text(title),
            ],
        )
    }
}

/// OPI's `ApproveJoinRequest` (ОдобритьЗаявкуНаВступление), Bot
/// API `approveChatJoinRequest`: approves a user's request to join the chat.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `user_id` (UserID, required): Target user ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_approve_join_request(
    token: *const c_char,
    chat_id: *const c_char,
    user_id: i64,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::approve_join_request::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(user_id),
            ],
        )
    }
}

/// OPI's `DeclineJoinRequest` (ОтклонитьЗаявкуНаВступление), Bot
/// API `declineChatJoinRequest`: declines a user's request to join the chat.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `user_id` (UserID, required): Target user ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_decline_join_request(
    token: *const c_char,
    chat_id: *const c_char,
    user_id: i64,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::decline_join_request::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(user_id),
            ],
        )
    }
}

/// OPI's `PinMessage` (ЗакрепитьСообщение), Bot API `pinChatMessage`:
/// pins a message in the chat.
///
/// Members are notified, as with OPI (`disable_notification` is not sent); OPI's
/// meaningless `parse_mode` is not sent. A message id names its message in the whole chat,
/// so the topic of `ChatID*TopicID` is dropped. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `message_id` (MessageID, required): Target message ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_pin_message(
    token: *const c_char,
    chat_id: *const c_char,
    message_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::pin_message::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(message_id.into()),
            ],
        )
    }
}

/// OPI's `UnpinMessage` (ОткрепитьСообщение), Bot API `unpinChatMessage`:
/// unpins a message in the chat.
///
/// MessageID is required, as in OPI (Telegram would otherwise unpin the latest pinned
/// message). The topic of `ChatID*TopicID` is dropped. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `message_id` (MessageID, required): Target message ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_unpin_message(
    token: *const c_char,
    chat_id: *const c_char,
    message_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::unpin_message::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(message_id.into()),
            ],
        )
    }
}

/// OPI's `GetParticipantCount` (ПолучитьЧислоУчастников), Bot API
/// `getChatMemberCount`: gets the number of members of the chat.
///
/// Telegram answers with the number in `result`. OPI's meaningless `parse_mode` is not
/// sent; the topic of `ChatID*TopicID` is dropped.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_get_participant_count(
    token: *const c_char,
    chat_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::get_participant_count::METHOD,
            &[CArg::Text(token), CArg::Text(chat_id)],
        )
    }
}

/// OPI's `GetAvatarIconList` (ПолучитьСписокИконокАватаров),
/// Bot API `getForumTopicIconStickers`: gets the custom emoji a forum topic may take as its
/// icon.
///
/// Returns OPI's map rather than Telegram's stickers: `result` is an object from each
/// sticker's `custom_emoji_id` to its `emoji`, in Telegram's order, such as
/// `{"ok":true,"result":{"5357419403325481346":"🎓"}}`; an id is what CreateForumTopic's
/// IconID takes. As OPI does, a `result` that is empty or not a list comes back as Telegram
/// sent it; a refusal is Telegram's document as received.
///
/// - `token` (Token, required): Bot token.
///
/// Returns Telegram's JSON answer in OPI's shape (above), or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_get_avatar_icon_list(token: *const c_char) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe { invoke(&methods::get_avatar_icon_list::METHOD, &[CArg::Text(token)]) }
}

/// OPI's `CreateForumTopic` (СоздатьТемуФорума), Bot API
/// `createForumTopic`: creates a topic in a forum supergroup.
///
/// No `icon_color` is sent, as with OPI: Telegram picks one. `ChatID*TopicID` is refused in
/// the forum functions, which take a topic as TopicID. Telegram answers with the
/// ForumTopic; its `message_thread_id` is the TopicID of the other forum functions.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `title` (Title, required): Topic title.
/// - `icon_id` (IconID, optional, NULL or "" for none): Custom emoji ID of the icon (see
///   Telegram's getForumTopicIconStickers).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_create_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
    icon_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::create_forum_topic::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Text(title),
                CArg::Text(icon_id),
            ],
        )
    }
}

/// OPI's `EditForumTopic` (ИзменитьТемуФорума), Bot API `editForumTopic`:
/// renames a forum topic or changes its icon.
///
/// TopicID is required: OPI called createForumTopic when it was empty, making a new topic
/// instead; here an absent topic is refused. Title and IconID left out are kept. Telegram
/// answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `topic_id` (TopicID, required): Topic ID.
/// - `title` (Title, optional, NULL or "" for none): New title (kept if not given).
/// - `icon_id` (IconID, optional, NULL or "" for none): Custom emoji ID of the icon (see
///   Telegram's getForumTopicIconStickers).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_edit_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
    topic_id: i32,
    title: *const c_char,
    icon_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::edit_forum_topic::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(topic_id.into()),
                CArg::Text(title),
                CArg::Text(icon_id),
            ],
        )
    }
}

/// OPI's `CloseForumTopic` (ЗакрытьТемуФорума), Bot API `closeForumTopic`:
/// closes a forum topic to new messages.
///
/// Without TopicID (or with 0) the main topic is closed, by closeGeneralForumTopic, as with
/// OPI. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `topic_id` (TopicID, optional, 0 for none): Topic ID (the main topic if not given).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_close_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
    topic_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::close_forum_topic::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(topic_id.into()),
            ],
        )
    }
}

/// OPI's `OpenForumTopic` (ОткрытьТемуФорума), Bot API `reopenForumTopic`:
/// reopens a closed forum topic.
///
/// Without TopicID (or with 0) the main topic is reopened, by reopenGeneralForumTopic, as
/// with OPI. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `topic_id` (TopicID, optional, 0 for none): Topic ID (the main topic if not given).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_open_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
    topic_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::open_forum_topic::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(topic_id.into()),
            ],
        )
    }
}

/// OPI's `DeleteForumTopic` (УдалитьТемуФорума), Bot API
/// `deleteForumTopic`: deletes a forum topic with all its messages.
///
/// TopicID is required: the main topic cannot be deleted. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `topic_id` (TopicID, required): Topic ID.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_delete_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
    topic_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::delete_forum_topic::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(topic_id.into()),
            ],
        )
    }
}

/// OPI's `HideMainForumTopic` (СкрытьГлавнуюТемуФорума), Bot API
/// `hideGeneralForumTopic`: hides the forum's main (General) topic.
///
/// Telegram also closes the topic if it was open. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_hide_main_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::hide_main_forum_topic::METHOD,
            &[CArg::Text(token), CArg::Text(chat_id)],
        )
    }
}

/// OPI's `ShowMainForumTopic` (ПоказатьГлавнуюТемуФорума), Bot API
/// `unhideGeneralForumTopic`: shows the forum's main (General) topic again.
///
/// Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_show_main_forum_topic(
    token: *const c_char,
    chat_id: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::show_main_forum_topic::METHOD,
            &[CArg::Text(token), CArg::Text(chat_id)],
        )
    }
}

/// OPI's `EditMainForumTopicName`
/// (ИзменитьИмяГлавнойТемыФорума), Bot API
/// `editGeneralForumTopic`: renames the forum's main (General) topic.
///
/// Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `title` (Title, required): Topic title.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_edit_main_forum_topic_name(
    token: *const c_char,
    chat_id: *const c_char,
    title: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::edit_main_forum_topic_name::METHOD,
            &[CArg::Text(token), CArg::Text(chat_id), CArg::Text(title)],
        )
    }
}

/// OPI's `ClearTopicPinnedMessagesList`
/// (ОчиститьСписокЗакрепленныхСообщенийТемы), Bot
/// API `unpinAllForumTopicMessages`: unpins every message pinned in a forum topic.
///
/// Without TopicID (or with 0) the main topic's are unpinned, by
/// unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where OPI
/// sent text. Telegram answers `true`.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Forum chat ID: an integer id such as `-1001234567890`,
///   or `@username`.
/// - `topic_id` (TopicID, optional, 0 for none): Topic ID (the main topic if not given).
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_clear_topic_pinned_messages_list(
    token: *const c_char,
    chat_id: *const c_char,
    topic_id: i32,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::clear_topic_pinned_messages_list::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(chat_id),
                CArg::Number(topic_id.into()),
            ],
        )
    }
}

/// OPI's `Call` (ВызватьМетод), Bot API any, named by the Method parameter:
/// calls any Bot API method with a JSON object of parameters.
///
/// For the many Bot API methods without a function of their own: Method is its name
/// (letters only, such as getChat), Parameters a JSON object sent as the body (none for
/// `{}`). The same result envelope, checks and token protection as every other call.
///
/// - `token` (Token, required): Bot token.
/// - `method` (Method, required): Bot API method name, such as getChat.
/// - `parameters` (Parameters, optional, NULL or "" for none): Method parameters as a
///   JSON object.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_call(
    token: *const c_char,
    method: *const c_char,
    parameters: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::call::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(method),
                CArg::Text(parameters),
            ],
        )
    }
}

/// OPI's `CallWithFiles` (ВызватьМетодСФайлами), Bot API any, named by
/// the Method parameter: calls any Bot API method with files, as multipart/form-data.
///
/// Call for methods that take files (sendVoice, sendSticker, setChatPhoto, ...):
/// Parameters' fields go as text fields; Files is a JSON object of form field to a path,
/// URL or file_id, each checked as any file is. A field in both is refused: it would go
/// twice, and which value Telegram read would be a guess.
///
/// - `token` (Token, required): Bot token.
/// - `method` (Method, required): Bot API method name, such as getChat.
/// - `parameters` (Parameters, optional, NULL or "" for none): Method parameters as a
///   JSON object.
/// - `files` (Files, required): Files by form field: {'voice': 'a path, URL or file_id'}:
///   JSON text, OPI's single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a
///   .json file.
///
/// Returns Telegram's JSON answer as received, or the library's own
/// `{"ok":false,"description":...,"opi_error":{"kind":...}}`. Never NULL: the
/// caller owns the string and releases it with `opi_free`, exactly once.
/// Thread-safe; blocks until the answer arrives or `timeout_ms` passes.
///
/// # Safety
/// Each pointer is NULL or a NUL-terminated string, valid for the duration of the
/// call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn opi_telegram_call_with_files(
    token: *const c_char,
    method: *const c_char,
    parameters: *const c_char,
    files: *const c_char,
) -> *mut c_char {
    // SAFETY: each pointer is NULL or a valid C string, by this function's contract.
    unsafe {
        invoke(
            &methods::call_with_files::METHOD,
            &[
                CArg::Text(token),
                CArg::Text(method),
                CArg::Text(parameters),
                CArg::Text(files),
            ],
        )
    }
}
