// Generated from the method table by tests/codegen; do not edit.
// `cargo test --test codegen` writes it anew after the table changes.
//
// The typed functions of libopi's telegram library, one per method of the table with
// its ...Async variant, and the kinds of the library's own errors; opi.js re-exports
// them. The default export is for opi.js alone: the C signature of each function
// that returns an owned JSON string, and `use`, which hands this module the call
// path and the converters of each kind of value.

/** @typedef {import('./opi.js').Result} Result */
/** @typedef {import('./opi.js').Core} Core */

/** @type {Core} */
let core;

export default {
  signatures: {
    opi_configure: ['const char *'], // options_json
    opi_describe: [],
    opi_telegram_get_bot_information: ['const char *'], // token
    opi_telegram_get_updates: [
      'const char *', // token
      'int32_t', // timeout
      'int64_t', // offset
    ],
    opi_telegram_set_webhook: [
      'const char *', // token
      'const char *', // url
    ],
    opi_telegram_delete_webhook: ['const char *'], // token
    opi_telegram_download_file: [
      'const char *', // token
      'const char *', // file_id
      'const char *', // path
      '_Out_ opi_bytes *', // bytes
    ],
    opi_telegram_process_tma_data: [
      'const char *', // data_string
      'const char *', // token
    ],
    opi_telegram_send_text_message: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const char *', // keyboard
      'const char *', // markup
      'int32_t', // replied_id
    ],
    opi_telegram_send_image: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const opi_file *', // image
      'const char *', // keyboard
      'const char *', // markup
    ],
    opi_telegram_send_video: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const opi_file *', // video
      'const char *', // keyboard
      'const char *', // markup
    ],
    opi_telegram_send_audio: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const opi_file *', // audio
      'const char *', // keyboard
      'const char *', // markup
    ],
    opi_telegram_send_document: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const opi_file *', // document
      'const char *', // keyboard
      'const char *', // markup
      'const char *', // file_name
    ],
    opi_telegram_send_gif: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const opi_file *', // gif
      'const char *', // keyboard
      'const char *', // markup
    ],
    opi_telegram_send_media_group: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // text
      'const char *', // file_mapping
      'const char *', // keyboard
      'const char *', // markup
    ],
    opi_telegram_send_location: [
      'const char *', // token
      'const char *', // chat_id
      'double', // latitude
      'double', // longitude
      'const char *', // keyboard
    ],
    opi_telegram_send_contact: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // name
      'const char *', // last_name
      'const char *', // phone
      'const char *', // keyboard
    ],
    opi_telegram_send_poll: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // question
      'const char *', // answers_array
      'bool', // anonymous
    ],
    opi_telegram_forward_message: [
      'const char *', // token
      'int32_t', // original_id
      'const char *', // from_id
      'const char *', // to_id
    ],
    opi_telegram_delete_message: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // message_id
    ],
    opi_telegram_replace_message_keyboard: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // message_id
      'const char *', // keyboard
    ],
    opi_telegram_replace_message_text: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // message_id
      'const char *', // text
      'const char *', // markup
    ],
    opi_telegram_replace_message_caption: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // message_id
      'const char *', // description
      'const char *', // markup
    ],
    opi_telegram_form_keyboard_from_button_array: [
      'const char *', // button_array
      'bool', // under_message
      'bool', // one_by_one
    ],
    opi_telegram_ban: [
      'const char *', // token
      'const char *', // chat_id
      'int64_t', // user_id
    ],
    opi_telegram_unban: [
      'const char *', // token
      'const char *', // chat_id
      'int64_t', // user_id
    ],
    opi_telegram_create_invitation_link: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // title
      'const char *', // expiration_date
      'int32_t', // user_limit
    ],
    opi_telegram_edit_invitation_link: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // invite_link
      'const char *', // title
      'const char *', // expiration_date
      'int32_t', // user_limit
    ],
    opi_telegram_revoke_invitation_link: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // invite_link
    ],
    opi_telegram_export_primary_invitation_link: [
      'const char *', // token
      'const char *', // chat_id
    ],
    opi_telegram_create_join_request_link: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // title
      'const char *', // expiration_date
    ],
    opi_telegram_create_subscription_link: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // title
      'int32_t', // price
    ],
    opi_telegram_edit_subscription_link: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // invite_link
      'const char *', // title
    ],
    opi_telegram_approve_join_request: [
      'const char *', // token
      'const char *', // chat_id
      'int64_t', // user_id
    ],
    opi_telegram_decline_join_request: [
      'const char *', // token
      'const char *', // chat_id
      'int64_t', // user_id
    ],
    opi_telegram_pin_message: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // message_id
    ],
    opi_telegram_unpin_message: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // message_id
    ],
    opi_telegram_get_participant_count: [
      'const char *', // token
      'const char *', // chat_id
    ],
    opi_telegram_get_avatar_icon_list: ['const char *'], // token
    opi_telegram_create_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // title
      'const char *', // icon_id
    ],
    opi_telegram_edit_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // topic_id
      'const char *', // title
      'const char *', // icon_id
    ],
    opi_telegram_close_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // topic_id
    ],
    opi_telegram_open_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // topic_id
    ],
    opi_telegram_delete_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // topic_id
    ],
    opi_telegram_hide_main_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
    ],
    opi_telegram_show_main_forum_topic: [
      'const char *', // token
      'const char *', // chat_id
    ],
    opi_telegram_edit_main_forum_topic_name: [
      'const char *', // token
      'const char *', // chat_id
      'const char *', // title
    ],
    opi_telegram_clear_topic_pinned_messages_list: [
      'const char *', // token
      'const char *', // chat_id
      'int32_t', // topic_id
    ],
    opi_telegram_call: [
      'const char *', // token
      'const char *', // method
      'const char *', // parameters
    ],
    opi_telegram_call_with_files: [
      'const char *', // token
      'const char *', // method
      'const char *', // parameters
      'const char *', // files
    ],
  },
  /** @param {Core} given */
  use(given) {
    core = given;
  },
};

/**
 * A parameter was missing, malformed or out of range (opi_error.parameter names it);
 * nothing was sent.
 */
export const KIND_INVALID_ARGUMENT = 'invalid_argument';

/**
 * The server could not be reached, or the connection failed: DNS, refused, reset, proxy.
 */
export const KIND_CONNECTION = 'connection';

/** The TLS handshake failed or the server's certificate was not trusted. */
export const KIND_TLS = 'tls';

/** The call did not finish within timeout_ms. */
export const KIND_TIMEOUT = 'timeout';

/**
 * The server answered with something that is not a Bot API JSON document
 * (opi_error.http_status holds its status).
 */
export const KIND_BAD_RESPONSE = 'bad_response';

/**
 * A local file could not be written (DownloadFile's path): opi_error.description says which
 * and why; nothing is left at the path.
 */
export const KIND_FILE = 'file';

/** A fault inside the library itself. */
export const KIND_INTERNAL = 'internal';

/**
 * @param {string} token
 * @returns {unknown[]}
 */
function getBotInformationArguments(token) {
  return [
    core.text(token, 'token'),
  ];
}

/**
 * Gets the bot's own account: its id, name, username and what it may do (OPI
 * `GetBotInformation`, Bot API `getMe`). Blocks until Telegram answers;
 * getBotInformationAsync does not.
 *
 * A cheap way to check that a token works. Telegram answers with a User.
 * @param {string} token Bot token.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getBotInformation(token) {
  return core.call(
    'opi_telegram_get_bot_information',
    getBotInformationArguments(token),
  );
}

/**
 * getBotInformation on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @returns {Promise<Result>} the same document
 */
export function getBotInformationAsync(token) {
  return core.callAsync(
    'opi_telegram_get_bot_information',
    getBotInformationArguments(token),
  );
}

/**
 * Optional arguments of getUpdates.
 * @typedef {object} GetUpdatesOptions
 * @property {number} [timeout] Seconds to wait for new updates (long polling); 0 answers
 *   at once. 0 (the default) for none.
 * @property {number | bigint} [offset] Identifier of the first update to return; negative
 *   counts from the last. A number or a bigint. 0 (the default) for none.
 */

/**
 * @param {string} token
 * @param {GetUpdatesOptions} [options]
 * @returns {unknown[]}
 */
function getUpdatesArguments(token, { timeout = 0, offset = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.int32(timeout, 'timeout'),
    core.int64(offset, 'offset'),
  ];
}

/**
 * Gets the bot's new updates, waiting up to Timeout seconds for one to arrive (OPI
 * `GetUpdates`, Bot API `getUpdates`). Blocks until Telegram answers; getUpdatesAsync does
 * not.
 *
 * Telegram answers with a list of Update objects, empty when none came within Timeout. The
 * call's time limit is `timeout_ms` plus Timeout, so a 50-second poll is not cut short by
 * the 30-second default, and one the server never answers still ends. Offset 0 and Timeout
 * 0 are not sent, as with OPI; `limit` and `allowed_updates` are not sent either. Refused
 * by Telegram while a webhook is set.
 * @param {string} token Bot token.
 * @param {GetUpdatesOptions} [options] timeout, offset
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getUpdates(token, options) {
  return core.call(
    'opi_telegram_get_updates',
    getUpdatesArguments(token, options),
  );
}

/**
 * getUpdates on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {GetUpdatesOptions} [options] timeout, offset
 * @returns {Promise<Result>} the same document
 */
export function getUpdatesAsync(token, options) {
  return core.callAsync(
    'opi_telegram_get_updates',
    getUpdatesArguments(token, options),
  );
}

/**
 * @param {string} token
 * @param {string} url
 * @returns {unknown[]}
 */
function setWebhookArguments(token, url) {
  return [
    core.text(token, 'token'),
    core.text(url, 'url'),
  ];
}

/**
 * Sets the address Telegram sends the bot's updates to (OPI `SetWebhook`, Bot API
 * `setWebhook`). Blocks until Telegram answers; setWebhookAsync does not.
 *
 * Sends only `url`, as OPI does (no certificate, secret token or update filter). Telegram
 * wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed on for a local Bot
 * API server, which may accept it. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string} url Request handling address from Telegram (with https:).
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function setWebhook(token, url) {
  return core.call(
    'opi_telegram_set_webhook',
    setWebhookArguments(token, url),
  );
}

/**
 * setWebhook on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string} url Request handling address from Telegram (with https:).
 * @returns {Promise<Result>} the same document
 */
export function setWebhookAsync(token, url) {
  return core.callAsync(
    'opi_telegram_set_webhook',
    setWebhookArguments(token, url),
  );
}

/**
 * @param {string} token
 * @returns {unknown[]}
 */
function deleteWebhookArguments(token) {
  return [
    core.text(token, 'token'),
  ];
}

/**
 * Removes the webhook, so that updates can be fetched with getUpdates again (OPI
 * `DeleteWebhook`, Bot API `deleteWebhook`). Blocks until Telegram answers;
 * deleteWebhookAsync does not.
 *
 * Sends no fields, as OPI does: pending updates are kept (`drop_pending_updates` is not
 * sent). Telegram answers `true`, also when no webhook was set.
 * @param {string} token Bot token.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function deleteWebhook(token) {
  return core.call(
    'opi_telegram_delete_webhook',
    deleteWebhookArguments(token),
  );
}

/**
 * deleteWebhook on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @returns {Promise<Result>} the same document
 */
export function deleteWebhookAsync(token) {
  return core.callAsync(
    'opi_telegram_delete_webhook',
    deleteWebhookArguments(token),
  );
}

/**
 * @param {string} token
 * @param {string} fileid
 * @returns {unknown[]}
 */
function downloadFileArguments(token, fileid) {
  return [
    core.text(token, 'token'),
    core.text(fileid, 'fileid'),
  ];
}

/**
 * Downloads a file the bot received, by its file_id (OPI `DownloadFile`, Bot API
 * `getFile`). Blocks until Telegram answers; downloadFileAsync does not.
 *
 * Calls getFile, then fetches `{api_url}/file/bot<token>/<file_path>` (the token is
 * redacted from every error, as everywhere). The file goes to a path or comes back as
 * bytes: C `path` (written beside it and renamed once whole, so a failed download leaves
 * nothing there; memory stays bounded whatever the size) or `bytes` (an `opi_bytes` the
 * caller frees with `opi_bytes_free`); oint writes it to `--out FILE` and prints the
 * result; 1C gets BinaryData, as from OPI. The result is getFile's document with
 * `result.download`: `{"bytes":N,"path":...}`. Telegram's servers hand bots files up to 20
 * MB, a local Bot API server up to 2000 MB: a larger `file_size` is refused before anything
 * is downloaded. Unlike OPI, a file whose bytes are JSON comes back as bytes, getFile is
 * not retried, and no `?file_id=` is added to the file's URL.
 * @param {string} token Bot token.
 * @param {string} fileid ID of the file to download.
 * @returns {Uint8Array} the file's bytes (a Buffer), held in memory
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function downloadFile(token, fileid) {
  return core.callBytes(
    'opi_telegram_download_file',
    downloadFileArguments(token, fileid),
  );
}

/**
 * downloadFile on a thread of libuv's pool: resolves with the same bytes, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string} fileid ID of the file to download.
 * @returns {Promise<Uint8Array>} the same bytes
 */
export function downloadFileAsync(token, fileid) {
  return core.callBytesAsync(
    'opi_telegram_download_file',
    downloadFileArguments(token, fileid),
  );
}

/**
 * @param {string} data
 * @param {string} token
 * @returns {unknown[]}
 */
function processTmaDataArguments(data, token) {
  return [
    core.text(data, 'data'),
    core.text(token, 'token'),
  ];
}

/**
 * Checks a Telegram Mini App's initData against the bot token and returns its fields (OPI
 * `ProcessTMAData`, Bot API none, nothing is sent). Blocks until Telegram answers;
 * processTmaDataAsync does not.
 *
 * Sends nothing. `result` holds every field of the data but `hash`, keys and values
 * URL-decoded and kept as text (`user` stays JSON text), and `passed`: whether `hash` is
 * the hex HMAC-SHA256 Telegram documents (the key is HMAC-SHA256 of the token under
 * "WebAppData"; the message every other field as `key=value`, sorted, joined by line
 * feeds), compared in constant time. `auth_date` is not checked for age: compare it with
 * the time yourself. Unlike OPI, `cookie` is kept, and a value holding `=` (such as
 * `signature`) is kept whole: Telegram signs every field, so dropping one would fail data
 * that carries it. OPI offers it to 1C only; oint offers it too, with the token from
 * OPI_TELEGRAM_TOKEN, for scripts that check initData.
 * @param {string} data The Mini App's initData query string.
 * @param {string} token Bot token.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function processTmaData(data, token) {
  return core.call(
    'opi_telegram_process_tma_data',
    processTmaDataArguments(data, token),
  );
}

/**
 * processTmaData on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} data The Mini App's initData query string.
 * @param {string} token Bot token.
 * @returns {Promise<Result>} the same document
 */
export function processTmaDataAsync(data, token) {
  return core.callAsync(
    'opi_telegram_process_tma_data',
    processTmaDataArguments(data, token),
  );
}

/**
 * Optional arguments of sendTextMessage.
 * @typedef {object} SendTextMessageOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 * @property {number} [reply] ID of the message to reply to (none if not given). 0 (the
 *   default) for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {SendTextMessageOptions} [options]
 * @returns {unknown[]}
 */
function sendTextMessageArguments(token, chat, text, { keyboard, parsemode, reply = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
    core.int32(reply, 'reply'),
  ];
}

/**
 * Sends a text message to a chat or channel (OPI `SendTextMessage`, Bot API `sendMessage`).
 * Blocks until Telegram answers; sendTextMessageAsync does not.
 *
 * Markup is `Markdown` when not given, as in OPI; `none` sends the text with no
 * `parse_mode`. The text is prepared as OPI prepares it, without its faults:
 * percent-escapes of non-ASCII text are decoded (`%F0%9F%94%A5` is 🔥) while "100%" stays
 * as written; MarkdownV2 gets the escapes of `- + # = { } .` that OPI adds; HTML gets
 * `&amp;` for a bare `&`. Keyboard is a JSON object, OPI's single-quoted JSON, or the path
 * of a .json file, sent as `reply_markup`. RepliedID is sent as `reply_parameters`, which
 * replaced `reply_to_message_id` in the Bot API. The topic of `ChatID*TopicID` is sent as
 * `message_thread_id`. Telegram answers with the Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Message text.
 * @param {SendTextMessageOptions} [options] keyboard, parsemode, reply
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendTextMessage(token, chat, text, options) {
  return core.call(
    'opi_telegram_send_text_message',
    sendTextMessageArguments(token, chat, text, options),
  );
}

/**
 * sendTextMessage on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Message text.
 * @param {SendTextMessageOptions} [options] keyboard, parsemode, reply
 * @returns {Promise<Result>} the same document
 */
export function sendTextMessageAsync(token, chat, text, options) {
  return core.callAsync(
    'opi_telegram_send_text_message',
    sendTextMessageArguments(token, chat, text, options),
  );
}

/**
 * Optional arguments of sendImage.
 * @typedef {object} SendImageOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {string | Uint8Array} picture
 * @param {SendImageOptions} [options]
 * @returns {unknown[]}
 */
function sendImageArguments(token, chat, text, picture, { keyboard, parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.file(picture, 'picture'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Sends an image to a chat or channel (OPI `SendImage`, Bot API `sendPhoto`). Blocks until
 * Telegram answers; sendImageAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else `photo`, as
 * OPI names it. Markup's alias is `-r` here: `-p` is `--picture`. Telegram answers with the
 * Message, its photo in several sizes.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} picture Image: a local path (streamed from disk), the
 *   file's bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two
 *   itself). A string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendImageOptions} [options] keyboard, parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendImage(token, chat, text, picture, options) {
  return core.call(
    'opi_telegram_send_image',
    sendImageArguments(token, chat, text, picture, options),
  );
}

/**
 * sendImage on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} picture Image: a local path (streamed from disk), the
 *   file's bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two
 *   itself). A string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendImageOptions} [options] keyboard, parsemode
 * @returns {Promise<Result>} the same document
 */
export function sendImageAsync(token, chat, text, picture, options) {
  return core.callAsync(
    'opi_telegram_send_image',
    sendImageArguments(token, chat, text, picture, options),
  );
}

/**
 * Optional arguments of sendVideo.
 * @typedef {object} SendVideoOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {string | Uint8Array} video
 * @param {SendVideoOptions} [options]
 * @returns {unknown[]}
 */
function sendVideoArguments(token, chat, text, video, { keyboard, parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.file(video, 'video'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Sends a video to a chat or channel (OPI `SendVideo`, Bot API `sendVideo`). Blocks until
 * Telegram answers; sendVideoAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else `video`, as
 * OPI names it. Telegram answers with the Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} video Video: a local path (streamed from disk), the file's
 *   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself). A
 *   string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendVideoOptions} [options] keyboard, parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendVideo(token, chat, text, video, options) {
  return core.call(
    'opi_telegram_send_video',
    sendVideoArguments(token, chat, text, video, options),
  );
}

/**
 * sendVideo on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} video Video: a local path (streamed from disk), the file's
 *   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself). A
 *   string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendVideoOptions} [options] keyboard, parsemode
 * @returns {Promise<Result>} the same document
 */
export function sendVideoAsync(token, chat, text, video, options) {
  return core.callAsync(
    'opi_telegram_send_video',
    sendVideoArguments(token, chat, text, video, options),
  );
}

/**
 * Optional arguments of sendAudio.
 * @typedef {object} SendAudioOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {string | Uint8Array} audio
 * @param {SendAudioOptions} [options]
 * @returns {unknown[]}
 */
function sendAudioArguments(token, chat, text, audio, { keyboard, parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.file(audio, 'audio'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Sends an audio file to a chat or channel (OPI `SendAudio`, Bot API `sendAudio`). Blocks
 * until Telegram answers; sendAudioAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else `audio`, as
 * OPI names it. Telegram answers with the Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} audio Audio: a local path (streamed from disk), the file's
 *   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself). A
 *   string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendAudioOptions} [options] keyboard, parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendAudio(token, chat, text, audio, options) {
  return core.call(
    'opi_telegram_send_audio',
    sendAudioArguments(token, chat, text, audio, options),
  );
}

/**
 * sendAudio on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} audio Audio: a local path (streamed from disk), the file's
 *   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself). A
 *   string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendAudioOptions} [options] keyboard, parsemode
 * @returns {Promise<Result>} the same document
 */
export function sendAudioAsync(token, chat, text, audio, options) {
  return core.callAsync(
    'opi_telegram_send_audio',
    sendAudioArguments(token, chat, text, audio, options),
  );
}

/**
 * Optional arguments of sendDocument.
 * @typedef {object} SendDocumentOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 * @property {string | null} [filename] File name with extension, as the chat shows it.
 *   Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {string | Uint8Array} doc
 * @param {SendDocumentOptions} [options]
 * @returns {unknown[]}
 */
function sendDocumentArguments(token, chat, text, doc, { keyboard, parsemode, filename } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.file(doc, 'doc'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
    core.text(filename, 'filename'),
  ];
}

/**
 * Sends a document to a chat or channel (OPI `SendDocument`, Bot API `sendDocument`).
 * Blocks until Telegram answers; sendDocumentAsync does not.
 *
 * Document is a local path (streamed from disk), the file's bytes, or an http(s) URL or
 * file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It goes up
 * under FileName, else the path's own name, else `document`. Empty files and files over the
 * Bot API's limit are refused unsent. Telegram answers with the Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} doc Document: a local path (streamed from disk), the
 *   file's bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two
 *   itself). A string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendDocumentOptions} [options] keyboard, parsemode, filename
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendDocument(token, chat, text, doc, options) {
  return core.call(
    'opi_telegram_send_document',
    sendDocumentArguments(token, chat, text, doc, options),
  );
}

/**
 * sendDocument on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} doc Document: a local path (streamed from disk), the
 *   file's bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two
 *   itself). A string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendDocumentOptions} [options] keyboard, parsemode, filename
 * @returns {Promise<Result>} the same document
 */
export function sendDocumentAsync(token, chat, text, doc, options) {
  return core.callAsync(
    'opi_telegram_send_document',
    sendDocumentArguments(token, chat, text, doc, options),
  );
}

/**
 * Optional arguments of sendGif.
 * @typedef {object} SendGifOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {string | Uint8Array} gif
 * @param {SendGifOptions} [options]
 * @returns {unknown[]}
 */
function sendGifArguments(token, chat, text, gif, { keyboard, parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.file(gif, 'gif'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Sends a GIF to a chat or channel (OPI `SendGif`, Bot API `sendAnimation`). Blocks until
 * Telegram answers; sendGifAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else
 * `animation.gif`, as OPI names it. Telegram answers with the Message, carrying the
 * animation (and a document, for older clients).
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} gif GIF: a local path (streamed from disk), the file's
 *   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself). A
 *   string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendGifOptions} [options] keyboard, parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendGif(token, chat, text, gif, options) {
  return core.call(
    'opi_telegram_send_gif',
    sendGifArguments(token, chat, text, gif, options),
  );
}

/**
 * sendGif on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Uint8Array} gif GIF: a local path (streamed from disk), the file's
 *   bytes, an `http(s)` URL or a Telegram `file_id` (Telegram fetches those two itself). A
 *   string (a path, URL or file_id), or the bytes as a Buffer or Uint8Array.
 * @param {SendGifOptions} [options] keyboard, parsemode
 * @returns {Promise<Result>} the same document
 */
export function sendGifAsync(token, chat, text, gif, options) {
  return core.callAsync(
    'opi_telegram_send_gif',
    sendGifArguments(token, chat, text, gif, options),
  );
}

/**
 * Optional arguments of sendMediaGroup.
 * @typedef {object} SendMediaGroupOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for OPI's default, Markdown.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} text
 * @param {string | Record<string, unknown>} media
 * @param {SendMediaGroupOptions} [options]
 * @returns {unknown[]}
 */
function sendMediaGroupArguments(token, chat, text, media, { keyboard, parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(text, 'text'),
    core.json(media, 'media'),
    core.json(keyboard, 'keyboard'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Sends a group of files (an album) to a chat or channel (OPI `SendMediaGroup`, Bot API
 * `sendMediaGroup`). Blocks until Telegram answers; sendMediaGroupAsync does not.
 *
 * FileMapping: a JSON object (or OPI's single-quoted JSON, or a .json file) of 2 to 10
 * files, each a path, URL or file_id, to its kind (`photo`, `video`, `audio`, `document`).
 * Each path goes up as a part, `attach://file0`, ...; bytes must be written to a file
 * first. Text captions the first item. Keyboard is refused: sendMediaGroup takes none.
 * Telegram answers with an array of Messages.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Record<string, unknown>} media Files and their kinds: {'path, URL or
 *   file_id': 'photo'}: JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON.
 * @param {SendMediaGroupOptions} [options] keyboard, parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendMediaGroup(token, chat, text, media, options) {
  return core.call(
    'opi_telegram_send_media_group',
    sendMediaGroupArguments(token, chat, text, media, options),
  );
}

/**
 * sendMediaGroup on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} text Caption.
 * @param {string | Record<string, unknown>} media Files and their kinds: {'path, URL or
 *   file_id': 'photo'}: JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON.
 * @param {SendMediaGroupOptions} [options] keyboard, parsemode
 * @returns {Promise<Result>} the same document
 */
export function sendMediaGroupAsync(token, chat, text, media, options) {
  return core.callAsync(
    'opi_telegram_send_media_group',
    sendMediaGroupArguments(token, chat, text, media, options),
  );
}

/**
 * Optional arguments of sendLocation.
 * @typedef {object} SendLocationOptions
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} lat
 * @param {number} long
 * @param {SendLocationOptions} [options]
 * @returns {unknown[]}
 */
function sendLocationArguments(token, chat, lat, long, { keyboard } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.double(lat, 'lat'),
    core.double(long, 'long'),
    core.json(keyboard, 'keyboard'),
  ];
}

/**
 * Sends a location by geographic coordinates (OPI `SendLocation`, Bot API `sendLocation`).
 * Blocks until Telegram answers; sendLocationAsync does not.
 *
 * Latitude and Longitude are sent as JSON numbers; a value that is not finite or out of
 * range is refused before sending. No `parse_mode` is sent (OPI sends a meaningless one).
 * The topic of `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers with the
 * Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} lat Geographic latitude (-90 to 90).
 * @param {number} long Geographic longitude (-180 to 180).
 * @param {SendLocationOptions} [options] keyboard
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendLocation(token, chat, lat, long, options) {
  return core.call(
    'opi_telegram_send_location',
    sendLocationArguments(token, chat, lat, long, options),
  );
}

/**
 * sendLocation on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} lat Geographic latitude (-90 to 90).
 * @param {number} long Geographic longitude (-180 to 180).
 * @param {SendLocationOptions} [options] keyboard
 * @returns {Promise<Result>} the same document
 */
export function sendLocationAsync(token, chat, lat, long, options) {
  return core.callAsync(
    'opi_telegram_send_location',
    sendLocationArguments(token, chat, lat, long, options),
  );
}

/**
 * Optional arguments of sendContact.
 * @typedef {object} SendContactOptions
 * @property {string | null} [surname] Contact last name (none if not given). Absent or
 *   null for none.
 * @property {string | Record<string, unknown> | null} [keyboard] Keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} name
 * @param {string} phone
 * @param {SendContactOptions} [options]
 * @returns {unknown[]}
 */
function sendContactArguments(token, chat, name, phone, { surname, keyboard } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(name, 'name'),
    core.text(surname, 'surname'),
    core.text(phone, 'phone'),
    core.json(keyboard, 'keyboard'),
  ];
}

/**
 * Sends a contact with a name and a phone number (OPI `SendContact`, Bot API
 * `sendContact`). Blocks until Telegram answers; sendContactAsync does not.
 *
 * LastName may be left out or empty: OPI sends none then, and neither does libopi. No
 * `parse_mode` is sent (OPI sends a meaningless one). The topic of `ChatID*TopicID` is sent
 * as `message_thread_id`. Telegram answers with the Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} name Contact name.
 * @param {string} phone Contact phone number.
 * @param {SendContactOptions} [options] surname, keyboard
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendContact(token, chat, name, phone, options) {
  return core.call(
    'opi_telegram_send_contact',
    sendContactArguments(token, chat, name, phone, options),
  );
}

/**
 * sendContact on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} name Contact name.
 * @param {string} phone Contact phone number.
 * @param {SendContactOptions} [options] surname, keyboard
 * @returns {Promise<Result>} the same document
 */
export function sendContactAsync(token, chat, name, phone, options) {
  return core.callAsync(
    'opi_telegram_send_contact',
    sendContactArguments(token, chat, name, phone, options),
  );
}

/**
 * Optional arguments of sendPoll.
 * @typedef {object} SendPollOptions
 * @property {boolean} [anonymous] Anonymous poll (true if not given). true when absent.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} question
 * @param {string | string[]} options
 * @param {SendPollOptions} [optional]
 * @returns {unknown[]}
 */
function sendPollArguments(token, chat, question, options, { anonymous = true } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(question, 'question'),
    core.json(options, 'options'),
    core.bool(anonymous, 'anonymous'),
  ];
}

/**
 * Sends a poll with answer options (OPI `SendPoll`, Bot API `sendPoll`). Blocks until
 * Telegram answers; sendPollAsync does not.
 *
 * AnswersArray is a JSON array of strings, or OPI's `['Red','Yellow']`; each is sent as
 * `{"text":...}`, the InputPollOption the Bot API documents, and fewer than two are refused
 * before sending. Anonymous is sent every time, as a JSON Boolean (OPI sends 1 or 0); left
 * out it is true, as in OPI. No `parse_mode` is sent. The topic of `ChatID*TopicID` is sent
 * as `message_thread_id`. Telegram answers with the Message holding the poll.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} question Poll question.
 * @param {string | string[]} options Array of answer options: a JSON array such as
 *   `["Red","Blue"]`, or `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param {SendPollOptions} [optional] anonymous
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendPoll(token, chat, question, options, optional) {
  return core.call(
    'opi_telegram_send_poll',
    sendPollArguments(token, chat, question, options, optional),
  );
}

/**
 * sendPoll on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} question Poll question.
 * @param {string | string[]} options Array of answer options: a JSON array such as
 *   `["Red","Blue"]`, or `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param {SendPollOptions} [optional] anonymous
 * @returns {Promise<Result>} the same document
 */
export function sendPollAsync(token, chat, question, options, optional) {
  return core.callAsync(
    'opi_telegram_send_poll',
    sendPollArguments(token, chat, question, options, optional),
  );
}

/**
 * @param {string} token
 * @param {number} message
 * @param {string | number | bigint} from
 * @param {string | number | bigint} to
 * @returns {unknown[]}
 */
function forwardMessageArguments(token, message, from, to) {
  return [
    core.text(token, 'token'),
    core.int32(message, 'message'),
    core.chat(from, 'from'),
    core.chat(to, 'to'),
  ];
}

/**
 * Forwards a message from one chat to another, or within a chat (OPI `ForwardMessage`, Bot
 * API `forwardMessage`). Blocks until Telegram answers; forwardMessageAsync does not.
 *
 * The topic of ToID's `ChatID*TopicID` is sent as `message_thread_id`; FromID's is dropped,
 * since a message id names its message in the whole chat. The alias of `--to` is `-o`: `-t`
 * is always `--token`. Telegram answers with the new Message.
 * @param {string} token Bot token.
 * @param {number} message Original message ID.
 * @param {string | number | bigint} from Chat ID of the original message: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string | number | bigint} to Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function forwardMessage(token, message, from, to) {
  return core.call(
    'opi_telegram_forward_message',
    forwardMessageArguments(token, message, from, to),
  );
}

/**
 * forwardMessage on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {number} message Original message ID.
 * @param {string | number | bigint} from Chat ID of the original message: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string | number | bigint} to Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Promise<Result>} the same document
 */
export function forwardMessageAsync(token, message, from, to) {
  return core.callAsync(
    'opi_telegram_forward_message',
    forwardMessageArguments(token, message, from, to),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} message
 * @returns {unknown[]}
 */
function deleteMessageArguments(token, chat, message) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int32(message, 'message'),
  ];
}

/**
 * Deletes a message from the chat (OPI `DeleteMessage`, Bot API `deleteMessage`). Blocks
 * until Telegram answers; deleteMessageAsync does not.
 *
 * Telegram lets a bot delete its own messages within 48 hours, and others' where it is an
 * administrator with the right to. The topic of `ChatID*TopicID` is dropped: a message id
 * names its message in the whole chat. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function deleteMessage(token, chat, message) {
  return core.call(
    'opi_telegram_delete_message',
    deleteMessageArguments(token, chat, message),
  );
}

/**
 * deleteMessage on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @returns {Promise<Result>} the same document
 */
export function deleteMessageAsync(token, chat, message) {
  return core.callAsync(
    'opi_telegram_delete_message',
    deleteMessageArguments(token, chat, message),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} message
 * @param {string | Record<string, unknown>} keyboard
 * @returns {unknown[]}
 */
function replaceMessageKeyboardArguments(token, chat, message, keyboard) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int32(message, 'message'),
    core.json(keyboard, 'keyboard'),
  ];
}

/**
 * Replaces the keyboard of a message (OPI `ReplaceMessageKeyboard`, Bot API
 * `editMessageReplyMarkup`). Blocks until Telegram answers; replaceMessageKeyboardAsync
 * does not.
 *
 * Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json file, sent as
 * `reply_markup`; Telegram edits only inline keyboards. A topic in `ChatID*TopicID` is
 * dropped: a message id names its message in the whole chat. Telegram answers with the
 * edited Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @param {string | Record<string, unknown>} keyboard New keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function replaceMessageKeyboard(token, chat, message, keyboard) {
  return core.call(
    'opi_telegram_replace_message_keyboard',
    replaceMessageKeyboardArguments(token, chat, message, keyboard),
  );
}

/**
 * replaceMessageKeyboard on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @param {string | Record<string, unknown>} keyboard New keyboard (see
 *   FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
 *   (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
 *   JSON.
 * @returns {Promise<Result>} the same document
 */
export function replaceMessageKeyboardAsync(token, chat, message, keyboard) {
  return core.callAsync(
    'opi_telegram_replace_message_keyboard',
    replaceMessageKeyboardArguments(token, chat, message, keyboard),
  );
}

/**
 * Optional arguments of replaceMessageText.
 * @typedef {object} ReplaceMessageTextOptions
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} message
 * @param {string} text
 * @param {ReplaceMessageTextOptions} [options]
 * @returns {unknown[]}
 */
function replaceMessageTextArguments(token, chat, message, text, { parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int32(message, 'message'),
    core.text(text, 'text'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Replaces the text of a message (OPI `ReplaceMessageText`, Bot API `editMessageText`).
 * Blocks until Telegram answers; replaceMessageTextAsync does not.
 *
 * Markup is sent only when given, as in OPI; the text is prepared for it as SendTextMessage
 * prepares its own. A topic in `ChatID*TopicID` is dropped: a message id names its message
 * in the whole chat. The message keeps its keyboard only if Telegram keeps it
 * (ReplaceMessageKeyboard sets one). Telegram answers with the edited Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @param {string} text Message text.
 * @param {ReplaceMessageTextOptions} [options] parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function replaceMessageText(token, chat, message, text, options) {
  return core.call(
    'opi_telegram_replace_message_text',
    replaceMessageTextArguments(token, chat, message, text, options),
  );
}

/**
 * replaceMessageText on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @param {string} text Message text.
 * @param {ReplaceMessageTextOptions} [options] parsemode
 * @returns {Promise<Result>} the same document
 */
export function replaceMessageTextAsync(token, chat, message, text, options) {
  return core.callAsync(
    'opi_telegram_replace_message_text',
    replaceMessageTextArguments(token, chat, message, text, options),
  );
}

/**
 * Optional arguments of replaceMessageCaption.
 * @typedef {object} ReplaceMessageCaptionOptions
 * @property {string | null} [parsemode] Text processing type: Markdown, MarkdownV2, HTML,
 *   or none for plain text. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} message
 * @param {string} caption
 * @param {ReplaceMessageCaptionOptions} [options]
 * @returns {unknown[]}
 */
function replaceMessageCaptionArguments(token, chat, message, caption, { parsemode } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int32(message, 'message'),
    core.text(caption, 'caption'),
    core.text(parsemode, 'parsemode'),
  ];
}

/**
 * Replaces the caption of a message with media (OPI `ReplaceMessageCaption`, Bot API
 * `editMessageCaption`). Blocks until Telegram answers; replaceMessageCaptionAsync does
 * not.
 *
 * Markup is sent only when given, as in OPI; the caption is prepared for it as
 * SendTextMessage prepares a text. The aliases are OPI's: `-p` is `--caption` and `-r` is
 * `--parsemode` here. A topic in `ChatID*TopicID` is dropped: a message id names its
 * message in the whole chat. Telegram answers with the edited Message.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @param {string} caption New caption.
 * @param {ReplaceMessageCaptionOptions} [options] parsemode
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function replaceMessageCaption(token, chat, message, caption, options) {
  return core.call(
    'opi_telegram_replace_message_caption',
    replaceMessageCaptionArguments(token, chat, message, caption, options),
  );
}

/**
 * replaceMessageCaption on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @param {string} caption New caption.
 * @param {ReplaceMessageCaptionOptions} [options] parsemode
 * @returns {Promise<Result>} the same document
 */
export function replaceMessageCaptionAsync(token, chat, message, caption, options) {
  return core.callAsync(
    'opi_telegram_replace_message_caption',
    replaceMessageCaptionArguments(token, chat, message, caption, options),
  );
}

/**
 * Optional arguments of formKeyboardFromButtonArray.
 * @typedef {object} FormKeyboardFromButtonArrayOptions
 * @property {boolean} [under] Keyboard under the message (true) or at the bottom (false,
 *   if not given). false when absent.
 * @property {boolean} [column] One button per row (true, if not given) or all in one row
 *   (false). true when absent.
 */

/**
 * @param {string | string[]} buttons
 * @param {FormKeyboardFromButtonArrayOptions} [options]
 * @returns {unknown[]}
 */
function formKeyboardFromButtonArrayArguments(buttons, { under = false, column = true } = {}) {
  return [
    core.json(buttons, 'buttons'),
    core.bool(under, 'under'),
    core.bool(column, 'column'),
  ];
}

/**
 * Makes a keyboard from an array of button captions, for the Keyboard parameter (OPI
 * `FormKeyboardFromButtonArray`, Bot API none, made here for reply_markup). Blocks until
 * Telegram answers; formKeyboardFromButtonArrayAsync does not.
 *
 * Sends nothing. `result` is the keyboard as standard JSON: with UnderMessage, an
 * InlineKeyboardMarkup whose buttons send their caption as `callback_data`
 * (`{"inline_keyboard":[[{"text":"A","callback_data":"A"}]]}`); without, a
 * ReplyKeyboardMarkup (`{"keyboard":[[{"text":"A"}]],"resize_keyboard":true}`). OneByOne
 * puts each button on a row of its own, else all on one row. Pass the whole result to a
 * sending function's Keyboard: a result saying `"ok":true` stands for its `result`. Unlike
 * OPI, the JSON is double-quoted (OPI's single quotes are not JSON), the inline form has no
 * `rows` key and reply buttons no `callback_data` (neither is a Bot API field), and an
 * inline caption over 64 bytes, which Telegram would refuse as `callback_data`, is refused
 * here.
 * @param {string | string[]} buttons Array of button captions: a JSON array such as
 *   `["Red","Blue"]`, or `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param {FormKeyboardFromButtonArrayOptions} [options] under, column
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function formKeyboardFromButtonArray(buttons, options) {
  return core.call(
    'opi_telegram_form_keyboard_from_button_array',
    formKeyboardFromButtonArrayArguments(buttons, options),
  );
}

/**
 * formKeyboardFromButtonArray on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string | string[]} buttons Array of button captions: a JSON array such as
 *   `["Red","Blue"]`, or `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param {FormKeyboardFromButtonArrayOptions} [options] under, column
 * @returns {Promise<Result>} the same document
 */
export function formKeyboardFromButtonArrayAsync(buttons, options) {
  return core.callAsync(
    'opi_telegram_form_keyboard_from_button_array',
    formKeyboardFromButtonArrayArguments(buttons, options),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number | bigint} user
 * @returns {unknown[]}
 */
function banArguments(token, chat, user) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int64(user, 'user'),
  ];
}

/**
 * Bans a user from the chat: removed, and kept out until unbanned (OPI `Ban`, Bot API
 * `banChatMember`). Blocks until Telegram answers; banAsync does not.
 *
 * Sends `chat_id` and `user_id` only, so the ban is for ever and the user's messages stay
 * (no `until_date`, no `revoke_messages`), as with OPI; OPI's meaningless `parse_mode` is
 * not sent. A ban is for the whole chat: the topic of `ChatID*TopicID` is dropped (OPI sent
 * the text as it was, which Telegram refused). Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function ban(token, chat, user) {
  return core.call(
    'opi_telegram_ban',
    banArguments(token, chat, user),
  );
}

/**
 * ban on a thread of libuv's pool: resolves with the same document, rejects with the same
 * errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for more);
 * further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Promise<Result>} the same document
 */
export function banAsync(token, chat, user) {
  return core.callAsync(
    'opi_telegram_ban',
    banArguments(token, chat, user),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number | bigint} user
 * @returns {unknown[]}
 */
function unbanArguments(token, chat, user) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int64(user, 'user'),
  ];
}

/**
 * Lifts a user's ban, so that they may join the chat again (OPI `Unban`, Bot API
 * `unbanChatMember`). Blocks until Telegram answers; unbanAsync does not.
 *
 * Sends `only_if_banned: true`, which OPI never did: without it Telegram removes a user who
 * is a member and not banned, so OPI's Unban could throw a member out; here it only ever
 * lifts a ban. The user is not added back; they may join again by a link. The topic of
 * `ChatID*TopicID` is dropped, as for Ban. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function unban(token, chat, user) {
  return core.call(
    'opi_telegram_unban',
    unbanArguments(token, chat, user),
  );
}

/**
 * unban on a thread of libuv's pool: resolves with the same document, rejects with the same
 * errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for more);
 * further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Promise<Result>} the same document
 */
export function unbanAsync(token, chat, user) {
  return core.callAsync(
    'opi_telegram_unban',
    unbanArguments(token, chat, user),
  );
}

/**
 * Optional arguments of createInvitationLink.
 * @typedef {object} CreateInvitationLinkOptions
 * @property {string | null} [title] Invitation title. Absent or null for none.
 * @property {string | number | Date | null} [expire] Link expiration date (permanent if
 *   not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local time unless it has
 *   an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`. Also Unix seconds as a
 *   number, or a Date; a string without an offset is local time. Absent or null for none.
 * @property {number} [limit] User limit (infinite if not specified). 0 (the default) for
 *   none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {CreateInvitationLinkOptions} [options]
 * @returns {unknown[]}
 */
function createInvitationLinkArguments(token, chat, { title, expire, limit = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(title, 'title'),
    core.date(expire, 'expire'),
    core.int32(limit, 'limit'),
  ];
}

/**
 * Creates a link for joining a closed chat (OPI `CreateInvitationLink`, Bot API
 * `createChatInviteLink`). Blocks until Telegram answers; createInvitationLinkAsync does
 * not.
 *
 * Title holds at most 32 characters; ExpirationDate not given makes a permanent link;
 * UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new ChatInviteLink.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {CreateInvitationLinkOptions} [options] title, expire, limit
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createInvitationLink(token, chat, options) {
  return core.call(
    'opi_telegram_create_invitation_link',
    createInvitationLinkArguments(token, chat, options),
  );
}

/**
 * createInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {CreateInvitationLinkOptions} [options] title, expire, limit
 * @returns {Promise<Result>} the same document
 */
export function createInvitationLinkAsync(token, chat, options) {
  return core.callAsync(
    'opi_telegram_create_invitation_link',
    createInvitationLinkArguments(token, chat, options),
  );
}

/**
 * Optional arguments of editInvitationLink.
 * @typedef {object} EditInvitationLinkOptions
 * @property {string | null} [title] Invitation title. Absent or null for none.
 * @property {string | number | Date | null} [expire] Link expiration date (permanent if
 *   not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local time unless it has
 *   an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`. Also Unix seconds as a
 *   number, or a Date; a string without an offset is local time. Absent or null for none.
 * @property {number} [limit] User limit (infinite if not specified). 0 (the default) for
 *   none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} link
 * @param {EditInvitationLinkOptions} [options]
 * @returns {unknown[]}
 */
function editInvitationLinkArguments(token, chat, link, { title, expire, limit = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(link, 'link'),
    core.text(title, 'title'),
    core.date(expire, 'expire'),
    core.int32(limit, 'limit'),
  ];
}

/**
 * Changes an invitation link; Telegram resets every field not given (OPI
 * `EditInvitationLink`, Bot API `editChatInviteLink`). Blocks until Telegram answers;
 * editInvitationLinkAsync does not.
 *
 * Telegram resets every field that is not given: no Title removes the name, no
 * ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} link Invitation link (https://t.me/+...).
 * @param {EditInvitationLinkOptions} [options] title, expire, limit
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editInvitationLink(token, chat, link, options) {
  return core.call(
    'opi_telegram_edit_invitation_link',
    editInvitationLinkArguments(token, chat, link, options),
  );
}

/**
 * editInvitationLink on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} link Invitation link (https://t.me/+...).
 * @param {EditInvitationLinkOptions} [options] title, expire, limit
 * @returns {Promise<Result>} the same document
 */
export function editInvitationLinkAsync(token, chat, link, options) {
  return core.callAsync(
    'opi_telegram_edit_invitation_link',
    editInvitationLinkArguments(token, chat, link, options),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} link
 * @returns {unknown[]}
 */
function revokeInvitationLinkArguments(token, chat, link) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(link, 'link'),
  ];
}

/**
 * Revokes an invitation link so that nobody can join by it (OPI `RevokeInvitationLink`, Bot
 * API `revokeChatInviteLink`). Blocks until Telegram answers; revokeInvitationLinkAsync
 * does not.
 *
 * Telegram answers with the revoked ChatInviteLink.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} link Invitation link (https://t.me/+...).
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function revokeInvitationLink(token, chat, link) {
  return core.call(
    'opi_telegram_revoke_invitation_link',
    revokeInvitationLinkArguments(token, chat, link),
  );
}

/**
 * revokeInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} link Invitation link (https://t.me/+...).
 * @returns {Promise<Result>} the same document
 */
export function revokeInvitationLinkAsync(token, chat, link) {
  return core.callAsync(
    'opi_telegram_revoke_invitation_link',
    revokeInvitationLinkArguments(token, chat, link),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @returns {unknown[]}
 */
function exportPrimaryInvitationLinkArguments(token, chat) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
  ];
}

/**
 * Creates a new primary invitation link; the previous one stops working (OPI
 * `ExportPrimaryInvitationLink`, Bot API `exportChatInviteLink`). Blocks until Telegram
 * answers; exportPrimaryInvitationLinkAsync does not.
 *
 * Telegram answers with the new link as a string in `result`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function exportPrimaryInvitationLink(token, chat) {
  return core.call(
    'opi_telegram_export_primary_invitation_link',
    exportPrimaryInvitationLinkArguments(token, chat),
  );
}

/**
 * exportPrimaryInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Promise<Result>} the same document
 */
export function exportPrimaryInvitationLinkAsync(token, chat) {
  return core.callAsync(
    'opi_telegram_export_primary_invitation_link',
    exportPrimaryInvitationLinkArguments(token, chat),
  );
}

/**
 * Optional arguments of createJoinRequestLink.
 * @typedef {object} CreateJoinRequestLinkOptions
 * @property {string | null} [title] Invitation title. Absent or null for none.
 * @property {string | number | Date | null} [expire] Link expiration date (permanent if
 *   not specified): Unix seconds, ISO 8601 (`2025-05-02T15:46:10`, local time unless it has
 *   an offset or `Z`), `2025-05-02`, or 1C's `02.05.2025 15:46:10`. Also Unix seconds as a
 *   number, or a Date; a string without an offset is local time. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {CreateJoinRequestLinkOptions} [options]
 * @returns {unknown[]}
 */
function createJoinRequestLinkArguments(token, chat, { title, expire } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(title, 'title'),
    core.date(expire, 'expire'),
  ];
}

/**
 * Creates a link whose members join after an administrator approves them (OPI
 * `CreateJoinRequestLink`, Bot API `createChatInviteLink`). Blocks until Telegram answers;
 * createJoinRequestLinkAsync does not.
 *
 * Such a link has no user limit: each member joins once an administrator approves the
 * request.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {CreateJoinRequestLinkOptions} [options] title, expire
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createJoinRequestLink(token, chat, options) {
  return core.call(
    'opi_telegram_create_join_request_link',
    createJoinRequestLinkArguments(token, chat, options),
  );
}

/**
 * createJoinRequestLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {CreateJoinRequestLinkOptions} [options] title, expire
 * @returns {Promise<Result>} the same document
 */
export function createJoinRequestLinkAsync(token, chat, options) {
  return core.callAsync(
    'opi_telegram_create_join_request_link',
    createJoinRequestLinkArguments(token, chat, options),
  );
}

/**
 * Optional arguments of createSubscriptionLink.
 * @typedef {object} CreateSubscriptionLinkOptions
 * @property {string | null} [title] Invitation title. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} price
 * @param {CreateSubscriptionLinkOptions} [options]
 * @returns {unknown[]}
 */
function createSubscriptionLinkArguments(token, chat, price, { title } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(title, 'title'),
    core.int32(price, 'price'),
  ];
}

/**
 * Creates a paid subscription link for a channel (30 days, in Telegram Stars) (OPI
 * `CreateSubscriptionLink`, Bot API `createChatSubscriptionInviteLink`). Blocks until
 * Telegram answers; createSubscriptionLinkAsync does not.
 *
 * Price is in Telegram Stars (1..=10000) for each 30 days, the one period Telegram accepts.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} price Price per 30 days in Telegram Stars (1..=10000).
 * @param {CreateSubscriptionLinkOptions} [options] title
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createSubscriptionLink(token, chat, price, options) {
  return core.call(
    'opi_telegram_create_subscription_link',
    createSubscriptionLinkArguments(token, chat, price, options),
  );
}

/**
 * createSubscriptionLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} price Price per 30 days in Telegram Stars (1..=10000).
 * @param {CreateSubscriptionLinkOptions} [options] title
 * @returns {Promise<Result>} the same document
 */
export function createSubscriptionLinkAsync(token, chat, price, options) {
  return core.callAsync(
    'opi_telegram_create_subscription_link',
    createSubscriptionLinkArguments(token, chat, price, options),
  );
}

/**
 * Optional arguments of editSubscriptionLink.
 * @typedef {object} EditSubscriptionLinkOptions
 * @property {string | null} [title] Invitation title. Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {string} link
 * @param {EditSubscriptionLinkOptions} [options]
 * @returns {unknown[]}
 */
function editSubscriptionLinkArguments(token, chat, link, { title } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.text(link, 'link'),
    core.text(title, 'title'),
  ];
}

/**
 * Renames a subscription link (OPI `EditSubscriptionLink`, Bot API
 * `editChatSubscriptionInviteLink`). Blocks until Telegram answers;
 * editSubscriptionLinkAsync does not.
 *
 * Its name is all that can change; no Title removes it.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} link Invitation link (https://t.me/+...).
 * @param {EditSubscriptionLinkOptions} [options] title
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editSubscriptionLink(token, chat, link, options) {
  return core.call(
    'opi_telegram_edit_subscription_link',
    editSubscriptionLinkArguments(token, chat, link, options),
  );
}

/**
 * editSubscriptionLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} link Invitation link (https://t.me/+...).
 * @param {EditSubscriptionLinkOptions} [options] title
 * @returns {Promise<Result>} the same document
 */
export function editSubscriptionLinkAsync(token, chat, link, options) {
  return core.callAsync(
    'opi_telegram_edit_subscription_link',
    editSubscriptionLinkArguments(token, chat, link, options),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number | bigint} user
 * @returns {unknown[]}
 */
function approveJoinRequestArguments(token, chat, user) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int64(user, 'user'),
  ];
}

/**
 * Approves a user's request to join the chat (OPI `ApproveJoinRequest`, Bot API
 * `approveChatJoinRequest`). Blocks until Telegram answers; approveJoinRequestAsync does
 * not.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function approveJoinRequest(token, chat, user) {
  return core.call(
    'opi_telegram_approve_join_request',
    approveJoinRequestArguments(token, chat, user),
  );
}

/**
 * approveJoinRequest on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Promise<Result>} the same document
 */
export function approveJoinRequestAsync(token, chat, user) {
  return core.callAsync(
    'opi_telegram_approve_join_request',
    approveJoinRequestArguments(token, chat, user),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number | bigint} user
 * @returns {unknown[]}
 */
function declineJoinRequestArguments(token, chat, user) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int64(user, 'user'),
  ];
}

/**
 * Declines a user's request to join the chat (OPI `DeclineJoinRequest`, Bot API
 * `declineChatJoinRequest`). Blocks until Telegram answers; declineJoinRequestAsync does
 * not.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function declineJoinRequest(token, chat, user) {
  return core.call(
    'opi_telegram_decline_join_request',
    declineJoinRequestArguments(token, chat, user),
  );
}

/**
 * declineJoinRequest on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number | bigint} user Target user ID. A number or a bigint.
 * @returns {Promise<Result>} the same document
 */
export function declineJoinRequestAsync(token, chat, user) {
  return core.callAsync(
    'opi_telegram_decline_join_request',
    declineJoinRequestArguments(token, chat, user),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} message
 * @returns {unknown[]}
 */
function pinMessageArguments(token, chat, message) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int32(message, 'message'),
  ];
}

/**
 * Pins a message in the chat (OPI `PinMessage`, Bot API `pinChatMessage`). Blocks until
 * Telegram answers; pinMessageAsync does not.
 *
 * Members are notified, as with OPI (`disable_notification` is not sent); OPI's meaningless
 * `parse_mode` is not sent. A message id names its message in the whole chat, so the topic
 * of `ChatID*TopicID` is dropped. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function pinMessage(token, chat, message) {
  return core.call(
    'opi_telegram_pin_message',
    pinMessageArguments(token, chat, message),
  );
}

/**
 * pinMessage on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @returns {Promise<Result>} the same document
 */
export function pinMessageAsync(token, chat, message) {
  return core.callAsync(
    'opi_telegram_pin_message',
    pinMessageArguments(token, chat, message),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @param {number} message
 * @returns {unknown[]}
 */
function unpinMessageArguments(token, chat, message) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
    core.int32(message, 'message'),
  ];
}

/**
 * Unpins a message in the chat (OPI `UnpinMessage`, Bot API `unpinChatMessage`). Blocks
 * until Telegram answers; unpinMessageAsync does not.
 *
 * MessageID is required, as in OPI (Telegram would otherwise unpin the latest pinned
 * message). The topic of `ChatID*TopicID` is dropped. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function unpinMessage(token, chat, message) {
  return core.call(
    'opi_telegram_unpin_message',
    unpinMessageArguments(token, chat, message),
  );
}

/**
 * unpinMessage on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} message Target message ID.
 * @returns {Promise<Result>} the same document
 */
export function unpinMessageAsync(token, chat, message) {
  return core.callAsync(
    'opi_telegram_unpin_message',
    unpinMessageArguments(token, chat, message),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} chat
 * @returns {unknown[]}
 */
function getParticipantCountArguments(token, chat) {
  return [
    core.text(token, 'token'),
    core.chat(chat, 'chat'),
  ];
}

/**
 * Gets the number of members of the chat (OPI `GetParticipantCount`, Bot API
 * `getChatMemberCount`). Blocks until Telegram answers; getParticipantCountAsync does not.
 *
 * Telegram answers with the number in `result`. OPI's meaningless `parse_mode` is not sent;
 * the topic of `ChatID*TopicID` is dropped.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getParticipantCount(token, chat) {
  return core.call(
    'opi_telegram_get_participant_count',
    getParticipantCountArguments(token, chat),
  );
}

/**
 * getParticipantCount on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} chat Target chat ID or ChatID*TopicID: an integer id
 *   such as `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Promise<Result>} the same document
 */
export function getParticipantCountAsync(token, chat) {
  return core.callAsync(
    'opi_telegram_get_participant_count',
    getParticipantCountArguments(token, chat),
  );
}

/**
 * @param {string} token
 * @returns {unknown[]}
 */
function getAvatarIconListArguments(token) {
  return [
    core.text(token, 'token'),
  ];
}

/**
 * Gets the custom emoji a forum topic may take as its icon (OPI `GetAvatarIconList`, Bot
 * API `getForumTopicIconStickers`). Blocks until Telegram answers; getAvatarIconListAsync
 * does not.
 *
 * Returns OPI's map rather than Telegram's stickers: `result` is an object from each
 * sticker's `custom_emoji_id` to its `emoji`, in Telegram's order, such as
 * `{"ok":true,"result":{"5357419403325481346":"🎓"}}`; an id is what CreateForumTopic's
 * IconID takes. As OPI does, a `result` that is empty or not a list comes back as Telegram
 * sent it; a refusal is Telegram's document as received.
 * @param {string} token Bot token.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getAvatarIconList(token) {
  return core.call(
    'opi_telegram_get_avatar_icon_list',
    getAvatarIconListArguments(token),
  );
}

/**
 * getAvatarIconList on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @returns {Promise<Result>} the same document
 */
export function getAvatarIconListAsync(token) {
  return core.callAsync(
    'opi_telegram_get_avatar_icon_list',
    getAvatarIconListArguments(token),
  );
}

/**
 * Optional arguments of createForumTopic.
 * @typedef {object} CreateForumTopicOptions
 * @property {string | null} [icon] Custom emoji ID of the icon (see Telegram's
 *   getForumTopicIconStickers). Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {string} title
 * @param {CreateForumTopicOptions} [options]
 * @returns {unknown[]}
 */
function createForumTopicArguments(token, forum, title, { icon } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.text(title, 'title'),
    core.text(icon, 'icon'),
  ];
}

/**
 * Creates a topic in a forum supergroup (OPI `CreateForumTopic`, Bot API
 * `createForumTopic`). Blocks until Telegram answers; createForumTopicAsync does not.
 *
 * No `icon_color` is sent, as with OPI: Telegram picks one. `ChatID*TopicID` is refused in
 * the forum functions, which take a topic as TopicID. Telegram answers with the ForumTopic;
 * its `message_thread_id` is the TopicID of the other forum functions.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} title Topic title.
 * @param {CreateForumTopicOptions} [options] icon
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createForumTopic(token, forum, title, options) {
  return core.call(
    'opi_telegram_create_forum_topic',
    createForumTopicArguments(token, forum, title, options),
  );
}

/**
 * createForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} title Topic title.
 * @param {CreateForumTopicOptions} [options] icon
 * @returns {Promise<Result>} the same document
 */
export function createForumTopicAsync(token, forum, title, options) {
  return core.callAsync(
    'opi_telegram_create_forum_topic',
    createForumTopicArguments(token, forum, title, options),
  );
}

/**
 * Optional arguments of editForumTopic.
 * @typedef {object} EditForumTopicOptions
 * @property {string | null} [title] New title (kept if not given). Absent or null for
 *   none.
 * @property {string | null} [icon] Custom emoji ID of the icon (see Telegram's
 *   getForumTopicIconStickers). Absent or null for none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {number} topic
 * @param {EditForumTopicOptions} [options]
 * @returns {unknown[]}
 */
function editForumTopicArguments(token, forum, topic, { title, icon } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.int32(topic, 'topic'),
    core.text(title, 'title'),
    core.text(icon, 'icon'),
  ];
}

/**
 * Renames a forum topic or changes its icon (OPI `EditForumTopic`, Bot API
 * `editForumTopic`). Blocks until Telegram answers; editForumTopicAsync does not.
 *
 * TopicID is required: OPI called createForumTopic when it was empty, making a new topic
 * instead; here an absent topic is refused. Title and IconID left out are kept. Telegram
 * answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} topic Topic ID.
 * @param {EditForumTopicOptions} [options] title, icon
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editForumTopic(token, forum, topic, options) {
  return core.call(
    'opi_telegram_edit_forum_topic',
    editForumTopicArguments(token, forum, topic, options),
  );
}

/**
 * editForumTopic on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} topic Topic ID.
 * @param {EditForumTopicOptions} [options] title, icon
 * @returns {Promise<Result>} the same document
 */
export function editForumTopicAsync(token, forum, topic, options) {
  return core.callAsync(
    'opi_telegram_edit_forum_topic',
    editForumTopicArguments(token, forum, topic, options),
  );
}

/**
 * Optional arguments of closeForumTopic.
 * @typedef {object} CloseForumTopicOptions
 * @property {number} [topic] Topic ID (the main topic if not given). 0 (the default) for
 *   none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {CloseForumTopicOptions} [options]
 * @returns {unknown[]}
 */
function closeForumTopicArguments(token, forum, { topic = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.int32(topic, 'topic'),
  ];
}

/**
 * Closes a forum topic to new messages (OPI `CloseForumTopic`, Bot API `closeForumTopic`).
 * Blocks until Telegram answers; closeForumTopicAsync does not.
 *
 * Without TopicID (or with 0) the main topic is closed, by closeGeneralForumTopic, as with
 * OPI. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {CloseForumTopicOptions} [options] topic
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function closeForumTopic(token, forum, options) {
  return core.call(
    'opi_telegram_close_forum_topic',
    closeForumTopicArguments(token, forum, options),
  );
}

/**
 * closeForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {CloseForumTopicOptions} [options] topic
 * @returns {Promise<Result>} the same document
 */
export function closeForumTopicAsync(token, forum, options) {
  return core.callAsync(
    'opi_telegram_close_forum_topic',
    closeForumTopicArguments(token, forum, options),
  );
}

/**
 * Optional arguments of openForumTopic.
 * @typedef {object} OpenForumTopicOptions
 * @property {number} [topic] Topic ID (the main topic if not given). 0 (the default) for
 *   none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {OpenForumTopicOptions} [options]
 * @returns {unknown[]}
 */
function openForumTopicArguments(token, forum, { topic = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.int32(topic, 'topic'),
  ];
}

/**
 * Reopens a closed forum topic (OPI `OpenForumTopic`, Bot API `reopenForumTopic`). Blocks
 * until Telegram answers; openForumTopicAsync does not.
 *
 * Without TopicID (or with 0) the main topic is reopened, by reopenGeneralForumTopic, as
 * with OPI. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {OpenForumTopicOptions} [options] topic
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function openForumTopic(token, forum, options) {
  return core.call(
    'opi_telegram_open_forum_topic',
    openForumTopicArguments(token, forum, options),
  );
}

/**
 * openForumTopic on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {OpenForumTopicOptions} [options] topic
 * @returns {Promise<Result>} the same document
 */
export function openForumTopicAsync(token, forum, options) {
  return core.callAsync(
    'opi_telegram_open_forum_topic',
    openForumTopicArguments(token, forum, options),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {number} topic
 * @returns {unknown[]}
 */
function deleteForumTopicArguments(token, forum, topic) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.int32(topic, 'topic'),
  ];
}

/**
 * Deletes a forum topic with all its messages (OPI `DeleteForumTopic`, Bot API
 * `deleteForumTopic`). Blocks until Telegram answers; deleteForumTopicAsync does not.
 *
 * TopicID is required: the main topic cannot be deleted. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} topic Topic ID.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function deleteForumTopic(token, forum, topic) {
  return core.call(
    'opi_telegram_delete_forum_topic',
    deleteForumTopicArguments(token, forum, topic),
  );
}

/**
 * deleteForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {number} topic Topic ID.
 * @returns {Promise<Result>} the same document
 */
export function deleteForumTopicAsync(token, forum, topic) {
  return core.callAsync(
    'opi_telegram_delete_forum_topic',
    deleteForumTopicArguments(token, forum, topic),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @returns {unknown[]}
 */
function hideMainForumTopicArguments(token, forum) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
  ];
}

/**
 * Hides the forum's main (General) topic (OPI `HideMainForumTopic`, Bot API
 * `hideGeneralForumTopic`). Blocks until Telegram answers; hideMainForumTopicAsync does
 * not.
 *
 * Telegram also closes the topic if it was open. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function hideMainForumTopic(token, forum) {
  return core.call(
    'opi_telegram_hide_main_forum_topic',
    hideMainForumTopicArguments(token, forum),
  );
}

/**
 * hideMainForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Promise<Result>} the same document
 */
export function hideMainForumTopicAsync(token, forum) {
  return core.callAsync(
    'opi_telegram_hide_main_forum_topic',
    hideMainForumTopicArguments(token, forum),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @returns {unknown[]}
 */
function showMainForumTopicArguments(token, forum) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
  ];
}

/**
 * Shows the forum's main (General) topic again (OPI `ShowMainForumTopic`, Bot API
 * `unhideGeneralForumTopic`). Blocks until Telegram answers; showMainForumTopicAsync does
 * not.
 *
 * Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function showMainForumTopic(token, forum) {
  return core.call(
    'opi_telegram_show_main_forum_topic',
    showMainForumTopicArguments(token, forum),
  );
}

/**
 * showMainForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @returns {Promise<Result>} the same document
 */
export function showMainForumTopicAsync(token, forum) {
  return core.callAsync(
    'opi_telegram_show_main_forum_topic',
    showMainForumTopicArguments(token, forum),
  );
}

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {string} title
 * @returns {unknown[]}
 */
function editMainForumTopicNameArguments(token, forum, title) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.text(title, 'title'),
  ];
}

/**
 * Renames the forum's main (General) topic (OPI `EditMainForumTopicName`, Bot API
 * `editGeneralForumTopic`). Blocks until Telegram answers; editMainForumTopicNameAsync does
 * not.
 *
 * Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} title Topic title.
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editMainForumTopicName(token, forum, title) {
  return core.call(
    'opi_telegram_edit_main_forum_topic_name',
    editMainForumTopicNameArguments(token, forum, title),
  );
}

/**
 * editMainForumTopicName on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {string} title Topic title.
 * @returns {Promise<Result>} the same document
 */
export function editMainForumTopicNameAsync(token, forum, title) {
  return core.callAsync(
    'opi_telegram_edit_main_forum_topic_name',
    editMainForumTopicNameArguments(token, forum, title),
  );
}

/**
 * Optional arguments of clearTopicPinnedMessagesList.
 * @typedef {object} ClearTopicPinnedMessagesListOptions
 * @property {number} [topic] Topic ID (the main topic if not given). 0 (the default) for
 *   none.
 */

/**
 * @param {string} token
 * @param {string | number | bigint} forum
 * @param {ClearTopicPinnedMessagesListOptions} [options]
 * @returns {unknown[]}
 */
function clearTopicPinnedMessagesListArguments(token, forum, { topic = 0 } = {}) {
  return [
    core.text(token, 'token'),
    core.chat(forum, 'forum'),
    core.int32(topic, 'topic'),
  ];
}

/**
 * Unpins every message pinned in a forum topic (OPI `ClearTopicPinnedMessagesList`, Bot API
 * `unpinAllForumTopicMessages`). Blocks until Telegram answers;
 * clearTopicPinnedMessagesListAsync does not.
 *
 * Without TopicID (or with 0) the main topic's are unpinned, by
 * unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where OPI
 * sent text. Telegram answers `true`.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {ClearTopicPinnedMessagesListOptions} [options] topic
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function clearTopicPinnedMessagesList(token, forum, options) {
  return core.call(
    'opi_telegram_clear_topic_pinned_messages_list',
    clearTopicPinnedMessagesListArguments(token, forum, options),
  );
}

/**
 * clearTopicPinnedMessagesList on a thread of libuv's pool: resolves with the same
 * document, rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string | number | bigint} forum Forum chat ID: an integer id such as
 *   `-1001234567890`, or `@username`. A number, a bigint or a string.
 * @param {ClearTopicPinnedMessagesListOptions} [options] topic
 * @returns {Promise<Result>} the same document
 */
export function clearTopicPinnedMessagesListAsync(token, forum, options) {
  return core.callAsync(
    'opi_telegram_clear_topic_pinned_messages_list',
    clearTopicPinnedMessagesListArguments(token, forum, options),
  );
}

/**
 * Optional arguments of call.
 * @typedef {object} CallOptions
 * @property {string | null} [params] Method parameters as a JSON object. Absent or null
 *   for none.
 */

/**
 * @param {string} token
 * @param {string} method
 * @param {CallOptions} [options]
 * @returns {unknown[]}
 */
function callArguments(token, method, { params } = {}) {
  return [
    core.text(token, 'token'),
    core.text(method, 'method'),
    core.text(params, 'params'),
  ];
}

/**
 * Calls any Bot API method with a JSON object of parameters (OPI `Call`, Bot API any, named
 * by the Method parameter). Blocks until Telegram answers; callAsync does not.
 *
 * For the many Bot API methods without a function of their own: Method is its name (letters
 * only, such as getChat), Parameters a JSON object sent as the body (none for `{}`). The
 * same result envelope, checks and token protection as every other call.
 * @param {string} token Bot token.
 * @param {string} method Bot API method name, such as getChat.
 * @param {CallOptions} [options] params
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function call(token, method, options) {
  return core.call(
    'opi_telegram_call',
    callArguments(token, method, options),
  );
}

/**
 * call on a thread of libuv's pool: resolves with the same document, rejects with the same
 * errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for more);
 * further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string} method Bot API method name, such as getChat.
 * @param {CallOptions} [options] params
 * @returns {Promise<Result>} the same document
 */
export function callAsync(token, method, options) {
  return core.callAsync(
    'opi_telegram_call',
    callArguments(token, method, options),
  );
}

/**
 * Optional arguments of callWithFiles.
 * @typedef {object} CallWithFilesOptions
 * @property {string | null} [params] Method parameters as a JSON object. Absent or null
 *   for none.
 */

/**
 * @param {string} token
 * @param {string} method
 * @param {string | Record<string, unknown>} files
 * @param {CallWithFilesOptions} [options]
 * @returns {unknown[]}
 */
function callWithFilesArguments(token, method, files, { params } = {}) {
  return [
    core.text(token, 'token'),
    core.text(method, 'method'),
    core.text(params, 'params'),
    core.json(files, 'files'),
  ];
}

/**
 * Calls any Bot API method with files, as multipart/form-data (OPI `CallWithFiles`, Bot API
 * any, named by the Method parameter). Blocks until Telegram answers; callWithFilesAsync
 * does not.
 *
 * Call for methods that take files (sendVoice, sendSticker, setChatPhoto, ...): Parameters'
 * fields go as text fields; Files is a JSON object of form field to a path, URL or file_id,
 * each checked as any file is. A field in both is refused: it would go twice, and which
 * value Telegram read would be a guess.
 * @param {string} token Bot token.
 * @param {string} method Bot API method name, such as getChat.
 * @param {string | Record<string, unknown>} files Files by form field: {'voice': 'a path,
 *   URL or file_id'}: JSON text, OPI's single-quoted JSON (`{'inline_keyboard':[[...]]}`),
 *   or the path of a .json file. Also an object, sent as JSON.
 * @param {CallWithFilesOptions} [options] params
 * @returns {Result} Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function callWithFiles(token, method, files, options) {
  return core.call(
    'opi_telegram_call_with_files',
    callWithFilesArguments(token, method, files, options),
  );
}

/**
 * callWithFiles on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param {string} token Bot token.
 * @param {string} method Bot API method name, such as getChat.
 * @param {string | Record<string, unknown>} files Files by form field: {'voice': 'a path,
 *   URL or file_id'}: JSON text, OPI's single-quoted JSON (`{'inline_keyboard':[[...]]}`),
 *   or the path of a .json file. Also an object, sent as JSON.
 * @param {CallWithFilesOptions} [options] params
 * @returns {Promise<Result>} the same document
 */
export function callWithFilesAsync(token, method, files, options) {
  return core.callAsync(
    'opi_telegram_call_with_files',
    callWithFilesArguments(token, method, files, options),
  );
}
