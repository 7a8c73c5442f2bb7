//! Generated from the method table by tests/codegen; do not edit.
//! `cargo test --test codegen` writes it anew after the table changes.
//! The Rust API: one function per method of the table.

use crate::args::Arg::{Bool, Float, Number, Text};
use crate::download::Sink;
use crate::error::Error;
use crate::method::run_in_order;
use crate::method::run_in_order_to;
use crate::methods;
use crate::values::file::File;

/// OPI's `GetBotInformation` (ПолучитьИнформациюБота), Bot API
/// `getMe`: gets the bot's own account: its id, name, username and what it may do.
///
/// A cheap way to check that a token works. Telegram answers with a User.
///
/// - `token` (Token, required): Bot token.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn get_bot_information(token: &str) -> Result<String, Error> {
    run_in_order(&methods::get_bot_information::METHOD, &[Some(Text(token))])
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn get_updates(token: &str, timeout: i64, offset: i64) -> Result<String, Error> {
    run_in_order(
        &methods::get_updates::METHOD,
        &[
            Some(Text(token)),
            Some(Number(timeout)),
            Some(Number(offset)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn set_webhook(token: &str, url: &str) -> Result<String, Error> {
    run_in_order(
        &methods::set_webhook::METHOD,
        &[Some(Text(token)), Some(Text(url))],
    )
}

/// OPI's `DeleteWebhook` (УдалитьWebhook), Bot API `deleteWebhook`: removes the
/// webhook, so that updates can be fetched with getUpdates again.
///
/// Sends no fields, as OPI does: pending updates are kept (`drop_pending_updates` is not
/// sent). Telegram answers `true`, also when no webhook was set.
///
/// - `token` (Token, required): Bot token.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn delete_webhook(token: &str) -> Result<String, Error> {
    run_in_order(&methods::delete_webhook::METHOD, &[Some(Text(token))])
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
/// - `to`: where the file goes: [`Sink::Memory`], a buffer that receives it, or
///   [`Sink::File`], a path it is streamed to.
///
/// `Ok` is the document described above; see [`Error`] for the rest.
pub fn download_file(token: &str, file_id: &str, to: Sink<'_>) -> Result<String, Error> {
    run_in_order_to(
        &methods::download_file::METHOD,
        &[Some(Text(token)), Some(Text(file_id))],
        to,
    )
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
/// `Ok` is the document described above; see [`Error`] for the rest.
pub fn process_tma_data(data_string: &str, token: &str) -> Result<String, Error> {
    run_in_order(
        &methods::process_tma_data::METHOD,
        &[Some(Text(data_string)), Some(Text(token))],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
/// - `replied_id` (RepliedID, optional, 0 for none): ID of the message to reply to (none
///   if not given).
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_text_message(
    token: &str,
    chat_id: &str,
    text: &str,
    keyboard: Option<&str>,
    markup: Option<&str>,
    replied_id: i64,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_text_message::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            keyboard.map(Text),
            markup.map(Text),
            Some(Number(replied_id)),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_image(
    token: &str,
    chat_id: &str,
    text: &str,
    image: File,
    keyboard: Option<&str>,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_image::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            Some(crate::args::Arg::File(image)),
            keyboard.map(Text),
            markup.map(Text),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_video(
    token: &str,
    chat_id: &str,
    text: &str,
    video: File,
    keyboard: Option<&str>,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_video::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            Some(crate::args::Arg::File(video)),
            keyboard.map(Text),
            markup.map(Text),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_audio(
    token: &str,
    chat_id: &str,
    text: &str,
    audio: File,
    keyboard: Option<&str>,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_audio::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            Some(crate::args::Arg::File(audio)),
            keyboard.map(Text),
            markup.map(Text),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
/// - `file_name` (FileName, optional, `None` for none): File name with extension, as the
///   chat shows it.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_document(
    token: &str,
    chat_id: &str,
    text: &str,
    document: File,
    keyboard: Option<&str>,
    markup: Option<&str>,
    file_name: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_document::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            Some(crate::args::Arg::File(document)),
            keyboard.map(Text),
            markup.map(Text),
            file_name.map(Text),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_gif(
    token: &str,
    chat_id: &str,
    text: &str,
    gif: File,
    keyboard: Option<&str>,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_gif::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            Some(crate::args::Arg::File(gif)),
            keyboard.map(Text),
            markup.map(Text),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
/// - `markup` (Markup, optional, `None` for OPI's default, Markdown): Text processing
///   type: Markdown, MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_media_group(
    token: &str,
    chat_id: &str,
    text: &str,
    file_mapping: &str,
    keyboard: Option<&str>,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_media_group::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(text)),
            Some(Text(file_mapping)),
            keyboard.map(Text),
            markup.map(Text),
        ],
    )
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
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_location(
    token: &str,
    chat_id: &str,
    latitude: f64,
    longitude: f64,
    keyboard: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_location::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Float(latitude)),
            Some(Float(longitude)),
            keyboard.map(Text),
        ],
    )
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
/// - `last_name` (LastName, optional, `None` for none): Contact last name (none if not
///   given).
/// - `phone` (Phone, required): Contact phone number.
/// - `keyboard` (Keyboard, optional, `None` for none): Keyboard (see
///   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
///   (`{'inline_keyboard':[[...]]}`), or the path of a .json file.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_contact(
    token: &str,
    chat_id: &str,
    name: &str,
    last_name: Option<&str>,
    phone: &str,
    keyboard: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_contact::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(name)),
            last_name.map(Text),
            Some(Text(phone)),
            keyboard.map(Text),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn send_poll(
    token: &str,
    chat_id: &str,
    question: &str,
    answers_array: &str,
    anonymous: bool,
) -> Result<String, Error> {
    run_in_order(
        &methods::send_poll::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(question)),
            Some(Text(answers_array)),
            Some(Bool(anonymous)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn forward_message(
    token: &str,
    original_id: i64,
    from_id: &str,
    to_id: &str,
) -> Result<String, Error> {
    run_in_order(
        &methods::forward_message::METHOD,
        &[
            Some(Text(token)),
            Some(Number(original_id)),
            Some(Text(from_id)),
            Some(Text(to_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn delete_message(token: &str, chat_id: &str, message_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::delete_message::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(message_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn replace_message_keyboard(
    token: &str,
    chat_id: &str,
    message_id: i64,
    keyboard: &str,
) -> Result<String, Error> {
    run_in_order(
        &methods::replace_message_keyboard::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(message_id)),
            Some(Text(keyboard)),
        ],
    )
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
/// - `markup` (Markup, optional, `None` for none): Text processing type: Markdown,
///   MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn replace_message_text(
    token: &str,
    chat_id: &str,
    message_id: i64,
    text: &str,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::replace_message_text::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(message_id)),
            Some(Text(text)),
            markup.map(Text),
        ],
    )
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
/// - `markup` (Markup, optional, `None` for none): Text processing type: Markdown,
///   MarkdownV2, HTML, or none for plain text.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn replace_message_caption(
    token: &str,
    chat_id: &str,
    message_id: i64,
    description: &str,
    markup: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::replace_message_caption::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(message_id)),
            Some(Text(description)),
            markup.map(Text),
        ],
    )
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
/// `Ok` is the document described above; see [`Error`] for the rest.
pub fn form_keyboard_from_button_array(
    button_array: &str,
    under_message: bool,
    one_by_one: bool,
) -> Result<String, Error> {
    run_in_order(
        &methods::form_keyboard_from_button_array::METHOD,
        &[
            Some(Text(button_array)),
            Some(Bool(under_message)),
            Some(Bool(one_by_one)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn ban(token: &str, chat_id: &str, user_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::ban::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(user_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn unban(token: &str, chat_id: &str, user_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::unban::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(user_id)),
        ],
    )
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
/// - `title` (Title, optional, `None` for none): Invitation title.
/// - `expiration_date` (ExpirationDate, optional, `None` for none): Link expiration date
///   (permanent if not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local
///   time unless it has an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`.
/// - `user_limit` (UserLimit, optional, 0 for none): User limit (infinite if not
///   specified).
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn create_invitation_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
    user_limit: i64,
) -> Result<String, Error> {
    run_in_order(
        &methods::create_invitation_link::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            title.map(Text),
            expiration_date.map(Text),
            Some(Number(user_limit)),
        ],
    )
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
/// - `title` (Title, optional, `None` for none): Invitation title.
/// - `expiration_date` (ExpirationDate, optional, `None` for none): Link expiration date
///   (permanent if not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local
///   time unless it has an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`.
/// - `user_limit` (UserLimit, optional, 0 for none): User limit (infinite if not
///   specified).
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn edit_invitation_link(
    token: &str,
    chat_id: &str,
    invite_link: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
    user_limit: i64,
) -> Result<String, Error> {
    run_in_order(
        &methods::edit_invitation_link::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(invite_link)),
            title.map(Text),
            expiration_date.map(Text),
            Some(Number(user_limit)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn revoke_invitation_link(
    token: &str,
    chat_id: &str,
    invite_link: &str,
) -> Result<String, Error> {
    run_in_order(
        &methods::revoke_invitation_link::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(invite_link)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn export_primary_invitation_link(token: &str, chat_id: &str) -> Result<String, Error> {
    run_in_order(
        &methods::export_primary_invitation_link::METHOD,
        &[Some(Text(token)), Some(Text(chat_id))],
    )
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
/// - `title` (Title, optional, `None` for none): Invitation title.
/// - `expiration_date` (ExpirationDate, optional, `None` for none): Link expiration date
///   (permanent if not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local
///   time unless it has an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn create_join_request_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    expiration_date: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::create_join_request_link::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            title.map(Text),
            expiration_date.map(Text),
        ],
    )
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
/// - `title` (Title, optional, `None` for none): Invitation title.
/// - `price` (Price, required): Price per 30 days in Telegram Stars (1..=10000).
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn create_subscription_link(
    token: &str,
    chat_id: &str,
    title: Option<&str>,
    price: i64,
) -> Result<String, Error> {
    run_in_order(
        &methods::create_subscription_link::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            title.map(Text),
            Some(Number(price)),
        ],
    )
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
/// - `title` (Title, optional, `None` for none): Invitation title.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn edit_subscription_link(
    token: &str,
    chat_id: &str,
    invite_link: &str,
    title: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::edit_subscription_link::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(invite_link)),
            title.map(Text),
        ],
    )
}

/// OPI's `ApproveJoinRequest` (ОдобритьЗаявкуНаВступление), Bot
/// API `approveChatJoinRequest`: approves a user's request to join the chat.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `user_id` (UserID, required): Target user ID.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn approve_join_request(token: &str, chat_id: &str, user_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::approve_join_request::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(user_id)),
        ],
    )
}

/// OPI's `DeclineJoinRequest` (ОтклонитьЗаявкуНаВступление), Bot
/// API `declineChatJoinRequest`: declines a user's request to join the chat.
///
/// - `token` (Token, required): Bot token.
/// - `chat_id` (ChatID, required): Target chat ID or ChatID*TopicID: an integer id such
///   as `-1001234567890`, or `@username`.
/// - `user_id` (UserID, required): Target user ID.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn decline_join_request(token: &str, chat_id: &str, user_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::decline_join_request::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(user_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn pin_message(token: &str, chat_id: &str, message_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::pin_message::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(message_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn unpin_message(token: &str, chat_id: &str, message_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::unpin_message::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(message_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn get_participant_count(token: &str, chat_id: &str) -> Result<String, Error> {
    run_in_order(
        &methods::get_participant_count::METHOD,
        &[Some(Text(token)), Some(Text(chat_id))],
    )
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
/// `Ok` is the document described above; see [`Error`] for the rest.
pub fn get_avatar_icon_list(token: &str) -> Result<String, Error> {
    run_in_order(&methods::get_avatar_icon_list::METHOD, &[Some(Text(token))])
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
/// - `icon_id` (IconID, optional, `None` for none): Custom emoji ID of the icon (see
///   Telegram's getForumTopicIconStickers).
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn create_forum_topic(
    token: &str,
    chat_id: &str,
    title: &str,
    icon_id: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::create_forum_topic::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Text(title)),
            icon_id.map(Text),
        ],
    )
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
/// - `title` (Title, optional, `None` for none): New title (kept if not given).
/// - `icon_id` (IconID, optional, `None` for none): Custom emoji ID of the icon (see
///   Telegram's getForumTopicIconStickers).
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn edit_forum_topic(
    token: &str,
    chat_id: &str,
    topic_id: i64,
    title: Option<&str>,
    icon_id: Option<&str>,
) -> Result<String, Error> {
    run_in_order(
        &methods::edit_forum_topic::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(topic_id)),
            title.map(Text),
            icon_id.map(Text),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn close_forum_topic(token: &str, chat_id: &str, topic_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::close_forum_topic::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(topic_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn open_forum_topic(token: &str, chat_id: &str, topic_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::open_forum_topic::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(topic_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn delete_forum_topic(token: &str, chat_id: &str, topic_id: i64) -> Result<String, Error> {
    run_in_order(
        &methods::delete_forum_topic::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(topic_id)),
        ],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn hide_main_forum_topic(token: &str, chat_id: &str) -> Result<String, Error> {
    run_in_order(
        &methods::hide_main_forum_topic::METHOD,
        &[Some(Text(token)), Some(Text(chat_id))],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn show_main_forum_topic(token: &str, chat_id: &str) -> Result<String, Error> {
    run_in_order(
        &methods::show_main_forum_topic::METHOD,
        &[Some(Text(token)), Some(Text(chat_id))],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn edit_main_forum_topic_name(
    token: &str,
    chat_id: &str,
    title: &str,
) -> Result<String, Error> {
    run_in_order(
        &methods::edit_main_forum_topic_name::METHOD,
        &[Some(Text(token)), Some(Text(chat_id)), Some(Text(title))],
    )
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
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn clear_topic_pinned_messages_list(
    token: &str,
    chat_id: &str,
    topic_id: i64,
) -> Result<String, Error> {
    run_in_order(
        &methods::clear_topic_pinned_messages_list::METHOD,
        &[
            Some(Text(token)),
            Some(Text(chat_id)),
            Some(Number(topic_id)),
        ],
    )
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
/// - `parameters` (Parameters, optional, `None` for none): Method parameters as a JSON
///   object.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn call(token: &str, method: &str, parameters: Option<&str>) -> Result<String, Error> {
    run_in_order(
        &methods::call::METHOD,
        &[Some(Text(token)), Some(Text(method)), parameters.map(Text)],
    )
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
/// - `parameters` (Parameters, optional, `None` for none): Method parameters as a JSON
///   object.
/// - `files` (Files, required): Files by form field: {'voice': 'a path, URL or file_id'}:
///   JSON text, OPI's single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a
///   .json file.
///
/// `Ok` is Telegram's document as received; see [`Error`] for the rest.
pub fn call_with_files(
    token: &str,
    method: &str,
    parameters: Option<&str>,
    files: &str,
) -> Result<String, Error> {
    run_in_order(
        &methods::call_with_files::METHOD,
        &[
            Some(Text(token)),
            Some(Text(method)),
            parameters.map(Text),
            Some(Text(files)),
        ],
    )
}
