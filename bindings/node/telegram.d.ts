// Generated from the method table by tests/codegen; do not edit.
// `cargo test --test codegen` writes it anew after the table changes.
//
// TypeScript declarations of telegram.js, which opi.d.ts re-exports.

import type { Result } from './opi.js';

/**
 * A parameter was missing, malformed or out of range (opi_error.parameter names it);
 * nothing was sent.
 */
export const KIND_INVALID_ARGUMENT: 'invalid_argument';

/**
 * The server could not be reached, or the connection failed: DNS, refused, reset, proxy.
 */
export const KIND_CONNECTION: 'connection';

/** The TLS handshake failed or the server's certificate was not trusted. */
export const KIND_TLS: 'tls';

/** The call did not finish within timeout_ms. */
export const KIND_TIMEOUT: 'timeout';

/**
 * The server answered with something that is not a Bot API JSON document
 * (opi_error.http_status holds its status).
 */
export const KIND_BAD_RESPONSE: 'bad_response';

/**
 * A local file could not be written (DownloadFile's path): opi_error.description says which
 * and why; nothing is left at the path.
 */
export const KIND_FILE: 'file';

/** A fault inside the library itself. */
export const KIND_INTERNAL: 'internal';

/**
 * Gets the bot's own account: its id, name, username and what it may do (OPI
 * `GetBotInformation`, Bot API `getMe`). Blocks until Telegram answers;
 * getBotInformationAsync does not.
 *
 * A cheap way to check that a token works. Telegram answers with a User.
 * @param token Bot token.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getBotInformation(
  token: string,
): Result;

/**
 * getBotInformation on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @returns the same document
 */
export function getBotInformationAsync(
  token: string,
): Promise<Result>;

/** Optional arguments of getUpdates. */
export interface GetUpdatesOptions {
  /**
   * Seconds to wait for new updates (long polling); 0 answers at once. 0 (the default) for
   * none.
   */
  timeout?: number;
  /**
   * Identifier of the first update to return; negative counts from the last. A number or a
   * bigint. 0 (the default) for none.
   */
  offset?: number | bigint;
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
 * @param token Bot token.
 * @param [options] timeout, offset
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getUpdates(
  token: string,
  options?: GetUpdatesOptions,
): Result;

/**
 * getUpdates on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param [options] timeout, offset
 * @returns the same document
 */
export function getUpdatesAsync(
  token: string,
  options?: GetUpdatesOptions,
): Promise<Result>;

/**
 * Sets the address Telegram sends the bot's updates to (OPI `SetWebhook`, Bot API
 * `setWebhook`). Blocks until Telegram answers; setWebhookAsync does not.
 *
 * Sends only `url`, as OPI does (no certificate, secret token or update filter). Telegram
 * wants HTTPS on port 443, 80, 88 or 8443; an http:// address is passed on for a local Bot
 * API server, which may accept it. Telegram answers `true`.
 * @param token Bot token.
 * @param url Request handling address from Telegram (with https:).
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function setWebhook(
  token: string,
  url: string,
): Result;

/**
 * setWebhook on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param url Request handling address from Telegram (with https:).
 * @returns the same document
 */
export function setWebhookAsync(
  token: string,
  url: string,
): Promise<Result>;

/**
 * Removes the webhook, so that updates can be fetched with getUpdates again (OPI
 * `DeleteWebhook`, Bot API `deleteWebhook`). Blocks until Telegram answers;
 * deleteWebhookAsync does not.
 *
 * Sends no fields, as OPI does: pending updates are kept (`drop_pending_updates` is not
 * sent). Telegram answers `true`, also when no webhook was set.
 * @param token Bot token.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function deleteWebhook(
  token: string,
): Result;

/**
 * deleteWebhook on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @returns the same document
 */
export function deleteWebhookAsync(
  token: string,
): Promise<Result>;

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
 * @param token Bot token.
 * @param fileid ID of the file to download.
 * @returns the file's bytes (a Buffer), held in memory
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function downloadFile(
  token: string,
  fileid: string,
): Uint8Array;

/**
 * downloadFile on a thread of libuv's pool: resolves with the same bytes, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param fileid ID of the file to download.
 * @returns the same bytes
 */
export function downloadFileAsync(
  token: string,
  fileid: string,
): Promise<Uint8Array>;

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
 * @param data The Mini App's initData query string.
 * @param token Bot token.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function processTmaData(
  data: string,
  token: string,
): Result;

/**
 * processTmaData on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param data The Mini App's initData query string.
 * @param token Bot token.
 * @returns the same document
 */
export function processTmaDataAsync(
  data: string,
  token: string,
): Promise<Result>;

/** Optional arguments of sendTextMessage. */
export interface SendTextMessageOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
  /** ID of the message to reply to (none if not given). 0 (the default) for none. */
  reply?: number;
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
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Message text.
 * @param [options] keyboard, parsemode, reply
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendTextMessage(
  token: string,
  chat: string | number | bigint,
  text: string,
  options?: SendTextMessageOptions,
): Result;

/**
 * sendTextMessage on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Message text.
 * @param [options] keyboard, parsemode, reply
 * @returns the same document
 */
export function sendTextMessageAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  options?: SendTextMessageOptions,
): Promise<Result>;

/** Optional arguments of sendImage. */
export interface SendImageOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
}

/**
 * Sends an image to a chat or channel (OPI `SendImage`, Bot API `sendPhoto`). Blocks until
 * Telegram answers; sendImageAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else `photo`, as
 * OPI names it. Markup's alias is `-r` here: `-p` is `--picture`. Telegram answers with the
 * Message, its photo in several sizes.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param picture Image: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendImage(
  token: string,
  chat: string | number | bigint,
  text: string,
  picture: string | Uint8Array,
  options?: SendImageOptions,
): Result;

/**
 * sendImage on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param picture Image: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns the same document
 */
export function sendImageAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  picture: string | Uint8Array,
  options?: SendImageOptions,
): Promise<Result>;

/** Optional arguments of sendVideo. */
export interface SendVideoOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
}

/**
 * Sends a video to a chat or channel (OPI `SendVideo`, Bot API `sendVideo`). Blocks until
 * Telegram answers; sendVideoAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else `video`, as
 * OPI names it. Telegram answers with the Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param video Video: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendVideo(
  token: string,
  chat: string | number | bigint,
  text: string,
  video: string | Uint8Array,
  options?: SendVideoOptions,
): Result;

/**
 * sendVideo on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param video Video: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns the same document
 */
export function sendVideoAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  video: string | Uint8Array,
  options?: SendVideoOptions,
): Promise<Result>;

/** Optional arguments of sendAudio. */
export interface SendAudioOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
}

/**
 * Sends an audio file to a chat or channel (OPI `SendAudio`, Bot API `sendAudio`). Blocks
 * until Telegram answers; sendAudioAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else `audio`, as
 * OPI names it. Telegram answers with the Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param audio Audio: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendAudio(
  token: string,
  chat: string | number | bigint,
  text: string,
  audio: string | Uint8Array,
  options?: SendAudioOptions,
): Result;

/**
 * sendAudio on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param audio Audio: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns the same document
 */
export function sendAudioAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  audio: string | Uint8Array,
  options?: SendAudioOptions,
): Promise<Result>;

/** Optional arguments of sendDocument. */
export interface SendDocumentOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
  /** File name with extension, as the chat shows it. Absent or null for none. */
  filename?: string | null;
}

/**
 * Sends a document to a chat or channel (OPI `SendDocument`, Bot API `sendDocument`).
 * Blocks until Telegram answers; sendDocumentAsync does not.
 *
 * Document is a local path (streamed from disk), the file's bytes, or an http(s) URL or
 * file_id, which Telegram fetches itself (OPI downloads URLs: docs/porting.md). It goes up
 * under FileName, else the path's own name, else `document`. Empty files and files over the
 * Bot API's limit are refused unsent. Telegram answers with the Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param doc Document: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode, filename
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendDocument(
  token: string,
  chat: string | number | bigint,
  text: string,
  doc: string | Uint8Array,
  options?: SendDocumentOptions,
): Result;

/**
 * sendDocument on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param doc Document: a local path (streamed from disk), the file's bytes, an `http(s)`
 *   URL or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL
 *   or file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode, filename
 * @returns the same document
 */
export function sendDocumentAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  doc: string | Uint8Array,
  options?: SendDocumentOptions,
): Promise<Result>;

/** Optional arguments of sendGif. */
export interface SendGifOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
}

/**
 * Sends a GIF to a chat or channel (OPI `SendGif`, Bot API `sendAnimation`). Blocks until
 * Telegram answers; sendGifAsync does not.
 *
 * A file as SendDocument takes one; it goes up under a path's own name, else
 * `animation.gif`, as OPI names it. Telegram answers with the Message, carrying the
 * animation (and a document, for older clients).
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param gif GIF: a local path (streamed from disk), the file's bytes, an `http(s)` URL
 *   or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL or
 *   file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendGif(
  token: string,
  chat: string | number | bigint,
  text: string,
  gif: string | Uint8Array,
  options?: SendGifOptions,
): Result;

/**
 * sendGif on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param gif GIF: a local path (streamed from disk), the file's bytes, an `http(s)` URL
 *   or a Telegram `file_id` (Telegram fetches those two itself). A string (a path, URL or
 *   file_id), or the bytes as a Buffer or Uint8Array.
 * @param [options] keyboard, parsemode
 * @returns the same document
 */
export function sendGifAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  gif: string | Uint8Array,
  options?: SendGifOptions,
): Promise<Result>;

/** Optional arguments of sendMediaGroup. */
export interface SendMediaGroupOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for OPI's default, Markdown.
   */
  parsemode?: string | null;
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
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param media Files and their kinds: {'path, URL or file_id': 'photo'}: JSON text, OPI's
 *   single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also
 *   an object, sent as JSON.
 * @param [options] keyboard, parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendMediaGroup(
  token: string,
  chat: string | number | bigint,
  text: string,
  media: string | Record<string, unknown>,
  options?: SendMediaGroupOptions,
): Result;

/**
 * sendMediaGroup on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param text Caption.
 * @param media Files and their kinds: {'path, URL or file_id': 'photo'}: JSON text, OPI's
 *   single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also
 *   an object, sent as JSON.
 * @param [options] keyboard, parsemode
 * @returns the same document
 */
export function sendMediaGroupAsync(
  token: string,
  chat: string | number | bigint,
  text: string,
  media: string | Record<string, unknown>,
  options?: SendMediaGroupOptions,
): Promise<Result>;

/** Optional arguments of sendLocation. */
export interface SendLocationOptions {
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
}

/**
 * Sends a location by geographic coordinates (OPI `SendLocation`, Bot API `sendLocation`).
 * Blocks until Telegram answers; sendLocationAsync does not.
 *
 * Latitude and Longitude are sent as JSON numbers; a value that is not finite or out of
 * range is refused before sending. No `parse_mode` is sent (OPI sends a meaningless one).
 * The topic of `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers with the
 * Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param lat Geographic latitude (-90 to 90).
 * @param long Geographic longitude (-180 to 180).
 * @param [options] keyboard
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendLocation(
  token: string,
  chat: string | number | bigint,
  lat: number,
  long: number,
  options?: SendLocationOptions,
): Result;

/**
 * sendLocation on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param lat Geographic latitude (-90 to 90).
 * @param long Geographic longitude (-180 to 180).
 * @param [options] keyboard
 * @returns the same document
 */
export function sendLocationAsync(
  token: string,
  chat: string | number | bigint,
  lat: number,
  long: number,
  options?: SendLocationOptions,
): Promise<Result>;

/** Optional arguments of sendContact. */
export interface SendContactOptions {
  /** Contact last name (none if not given). Absent or null for none. */
  surname?: string | null;
  /**
   * Keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's single-quoted JSON
   * (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also an object, sent as
   * JSON. Absent or null for none.
   */
  keyboard?: string | Record<string, unknown> | null;
}

/**
 * Sends a contact with a name and a phone number (OPI `SendContact`, Bot API
 * `sendContact`). Blocks until Telegram answers; sendContactAsync does not.
 *
 * LastName may be left out or empty: OPI sends none then, and neither does libopi. No
 * `parse_mode` is sent (OPI sends a meaningless one). The topic of `ChatID*TopicID` is sent
 * as `message_thread_id`. Telegram answers with the Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param name Contact name.
 * @param phone Contact phone number.
 * @param [options] surname, keyboard
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendContact(
  token: string,
  chat: string | number | bigint,
  name: string,
  phone: string,
  options?: SendContactOptions,
): Result;

/**
 * sendContact on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param name Contact name.
 * @param phone Contact phone number.
 * @param [options] surname, keyboard
 * @returns the same document
 */
export function sendContactAsync(
  token: string,
  chat: string | number | bigint,
  name: string,
  phone: string,
  options?: SendContactOptions,
): Promise<Result>;

/** Optional arguments of sendPoll. */
export interface SendPollOptions {
  /** Anonymous poll (true if not given). true when absent. */
  anonymous?: boolean;
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
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param question Poll question.
 * @param options Array of answer options: a JSON array such as `["Red","Blue"]`, or
 *   `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param [optional] anonymous
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function sendPoll(
  token: string,
  chat: string | number | bigint,
  question: string,
  options: string | string[],
  optional?: SendPollOptions,
): Result;

/**
 * sendPoll on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param question Poll question.
 * @param options Array of answer options: a JSON array such as `["Red","Blue"]`, or
 *   `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param [optional] anonymous
 * @returns the same document
 */
export function sendPollAsync(
  token: string,
  chat: string | number | bigint,
  question: string,
  options: string | string[],
  optional?: SendPollOptions,
): Promise<Result>;

/**
 * Forwards a message from one chat to another, or within a chat (OPI `ForwardMessage`, Bot
 * API `forwardMessage`). Blocks until Telegram answers; forwardMessageAsync does not.
 *
 * The topic of ToID's `ChatID*TopicID` is sent as `message_thread_id`; FromID's is dropped,
 * since a message id names its message in the whole chat. The alias of `--to` is `-o`: `-t`
 * is always `--token`. Telegram answers with the new Message.
 * @param token Bot token.
 * @param message Original message ID.
 * @param from Chat ID of the original message: an integer id such as `-1001234567890`, or
 *   `@username`. A number, a bigint or a string.
 * @param to Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`, or
 *   `@username`. A number, a bigint or a string.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function forwardMessage(
  token: string,
  message: number,
  from: string | number | bigint,
  to: string | number | bigint,
): Result;

/**
 * forwardMessage on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param message Original message ID.
 * @param from Chat ID of the original message: an integer id such as `-1001234567890`, or
 *   `@username`. A number, a bigint or a string.
 * @param to Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`, or
 *   `@username`. A number, a bigint or a string.
 * @returns the same document
 */
export function forwardMessageAsync(
  token: string,
  message: number,
  from: string | number | bigint,
  to: string | number | bigint,
): Promise<Result>;

/**
 * Deletes a message from the chat (OPI `DeleteMessage`, Bot API `deleteMessage`). Blocks
 * until Telegram answers; deleteMessageAsync does not.
 *
 * Telegram lets a bot delete its own messages within 48 hours, and others' where it is an
 * administrator with the right to. The topic of `ChatID*TopicID` is dropped: a message id
 * names its message in the whole chat. Telegram answers `true`.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function deleteMessage(
  token: string,
  chat: string | number | bigint,
  message: number,
): Result;

/**
 * deleteMessage on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @returns the same document
 */
export function deleteMessageAsync(
  token: string,
  chat: string | number | bigint,
  message: number,
): Promise<Result>;

/**
 * Replaces the keyboard of a message (OPI `ReplaceMessageKeyboard`, Bot API
 * `editMessageReplyMarkup`). Blocks until Telegram answers; replaceMessageKeyboardAsync
 * does not.
 *
 * Keyboard is a JSON object, OPI's single-quoted JSON, or the path of a .json file, sent as
 * `reply_markup`; Telegram edits only inline keyboards. A topic in `ChatID*TopicID` is
 * dropped: a message id names its message in the whole chat. Telegram answers with the
 * edited Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @param keyboard New keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
 *   single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also
 *   an object, sent as JSON.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function replaceMessageKeyboard(
  token: string,
  chat: string | number | bigint,
  message: number,
  keyboard: string | Record<string, unknown>,
): Result;

/**
 * replaceMessageKeyboard on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @param keyboard New keyboard (see FormKeyboardFromButtonArray): JSON text, OPI's
 *   single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also
 *   an object, sent as JSON.
 * @returns the same document
 */
export function replaceMessageKeyboardAsync(
  token: string,
  chat: string | number | bigint,
  message: number,
  keyboard: string | Record<string, unknown>,
): Promise<Result>;

/** Optional arguments of replaceMessageText. */
export interface ReplaceMessageTextOptions {
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for none.
   */
  parsemode?: string | null;
}

/**
 * Replaces the text of a message (OPI `ReplaceMessageText`, Bot API `editMessageText`).
 * Blocks until Telegram answers; replaceMessageTextAsync does not.
 *
 * Markup is sent only when given, as in OPI; the text is prepared for it as SendTextMessage
 * prepares its own. A topic in `ChatID*TopicID` is dropped: a message id names its message
 * in the whole chat. The message keeps its keyboard only if Telegram keeps it
 * (ReplaceMessageKeyboard sets one). Telegram answers with the edited Message.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @param text Message text.
 * @param [options] parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function replaceMessageText(
  token: string,
  chat: string | number | bigint,
  message: number,
  text: string,
  options?: ReplaceMessageTextOptions,
): Result;

/**
 * replaceMessageText on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @param text Message text.
 * @param [options] parsemode
 * @returns the same document
 */
export function replaceMessageTextAsync(
  token: string,
  chat: string | number | bigint,
  message: number,
  text: string,
  options?: ReplaceMessageTextOptions,
): Promise<Result>;

/** Optional arguments of replaceMessageCaption. */
export interface ReplaceMessageCaptionOptions {
  /**
   * Text processing type: Markdown, MarkdownV2, HTML, or none for plain text. Absent or
   * null for none.
   */
  parsemode?: string | null;
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
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @param caption New caption.
 * @param [options] parsemode
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function replaceMessageCaption(
  token: string,
  chat: string | number | bigint,
  message: number,
  caption: string,
  options?: ReplaceMessageCaptionOptions,
): Result;

/**
 * replaceMessageCaption on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @param caption New caption.
 * @param [options] parsemode
 * @returns the same document
 */
export function replaceMessageCaptionAsync(
  token: string,
  chat: string | number | bigint,
  message: number,
  caption: string,
  options?: ReplaceMessageCaptionOptions,
): Promise<Result>;

/** Optional arguments of formKeyboardFromButtonArray. */
export interface FormKeyboardFromButtonArrayOptions {
  /**
   * Keyboard under the message (true) or at the bottom (false, if not given). false when
   * absent.
   */
  under?: boolean;
  /**
   * One button per row (true, if not given) or all in one row (false). true when absent.
   */
  column?: boolean;
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
 * @param buttons Array of button captions: a JSON array such as `["Red","Blue"]`, or
 *   `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param [options] under, column
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function formKeyboardFromButtonArray(
  buttons: string | string[],
  options?: FormKeyboardFromButtonArrayOptions,
): Result;

/**
 * formKeyboardFromButtonArray on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param buttons Array of button captions: a JSON array such as `["Red","Blue"]`, or
 *   `['Red','Blue']`. Also an array of strings, sent as JSON.
 * @param [options] under, column
 * @returns the same document
 */
export function formKeyboardFromButtonArrayAsync(
  buttons: string | string[],
  options?: FormKeyboardFromButtonArrayOptions,
): Promise<Result>;

/**
 * Bans a user from the chat: removed, and kept out until unbanned (OPI `Ban`, Bot API
 * `banChatMember`). Blocks until Telegram answers; banAsync does not.
 *
 * Sends `chat_id` and `user_id` only, so the ban is for ever and the user's messages stay
 * (no `until_date`, no `revoke_messages`), as with OPI; OPI's meaningless `parse_mode` is
 * not sent. A ban is for the whole chat: the topic of `ChatID*TopicID` is dropped (OPI sent
 * the text as it was, which Telegram refused). Telegram answers `true`.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function ban(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Result;

/**
 * ban on a thread of libuv's pool: resolves with the same document, rejects with the same
 * errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for more);
 * further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns the same document
 */
export function banAsync(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Promise<Result>;

/**
 * Lifts a user's ban, so that they may join the chat again (OPI `Unban`, Bot API
 * `unbanChatMember`). Blocks until Telegram answers; unbanAsync does not.
 *
 * Sends `only_if_banned: true`, which OPI never did: without it Telegram removes a user who
 * is a member and not banned, so OPI's Unban could throw a member out; here it only ever
 * lifts a ban. The user is not added back; they may join again by a link. The topic of
 * `ChatID*TopicID` is dropped, as for Ban. Telegram answers `true`.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function unban(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Result;

/**
 * unban on a thread of libuv's pool: resolves with the same document, rejects with the same
 * errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for more);
 * further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns the same document
 */
export function unbanAsync(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Promise<Result>;

/** Optional arguments of createInvitationLink. */
export interface CreateInvitationLinkOptions {
  /** Invitation title. Absent or null for none. */
  title?: string | null;
  /**
   * Link expiration date (permanent if not specified): Unix seconds, ISO 8601
   * (`2025-05-02T15:46:10`, local time unless it has an offset or `Z`), `2025-05-02`, or
   * 1C's `02.05.2025 15:46:10`. Also Unix seconds as a number, or a Date; a string without
   * an offset is local time. Absent or null for none.
   */
  expire?: string | number | Date | null;
  /** User limit (infinite if not specified). 0 (the default) for none. */
  limit?: number;
}

/**
 * Creates a link for joining a closed chat (OPI `CreateInvitationLink`, Bot API
 * `createChatInviteLink`). Blocks until Telegram answers; createInvitationLinkAsync does
 * not.
 *
 * Title holds at most 32 characters; ExpirationDate not given makes a permanent link;
 * UserLimit 0 means no limit, else 1..=99999. Telegram answers with the new ChatInviteLink.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param [options] title, expire, limit
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createInvitationLink(
  token: string,
  chat: string | number | bigint,
  options?: CreateInvitationLinkOptions,
): Result;

/**
 * createInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param [options] title, expire, limit
 * @returns the same document
 */
export function createInvitationLinkAsync(
  token: string,
  chat: string | number | bigint,
  options?: CreateInvitationLinkOptions,
): Promise<Result>;

/** Optional arguments of editInvitationLink. */
export interface EditInvitationLinkOptions {
  /** Invitation title. Absent or null for none. */
  title?: string | null;
  /**
   * Link expiration date (permanent if not specified): Unix seconds, ISO 8601
   * (`2025-05-02T15:46:10`, local time unless it has an offset or `Z`), `2025-05-02`, or
   * 1C's `02.05.2025 15:46:10`. Also Unix seconds as a number, or a Date; a string without
   * an offset is local time. Absent or null for none.
   */
  expire?: string | number | Date | null;
  /** User limit (infinite if not specified). 0 (the default) for none. */
  limit?: number;
}

/**
 * Changes an invitation link; Telegram resets every field not given (OPI
 * `EditInvitationLink`, Bot API `editChatInviteLink`). Blocks until Telegram answers;
 * editInvitationLinkAsync does not.
 *
 * Telegram resets every field that is not given: no Title removes the name, no
 * ExpirationDate makes the link permanent, UserLimit 0 lifts the limit.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param link Invitation link (https://t.me/+...).
 * @param [options] title, expire, limit
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editInvitationLink(
  token: string,
  chat: string | number | bigint,
  link: string,
  options?: EditInvitationLinkOptions,
): Result;

/**
 * editInvitationLink on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param link Invitation link (https://t.me/+...).
 * @param [options] title, expire, limit
 * @returns the same document
 */
export function editInvitationLinkAsync(
  token: string,
  chat: string | number | bigint,
  link: string,
  options?: EditInvitationLinkOptions,
): Promise<Result>;

/**
 * Revokes an invitation link so that nobody can join by it (OPI `RevokeInvitationLink`, Bot
 * API `revokeChatInviteLink`). Blocks until Telegram answers; revokeInvitationLinkAsync
 * does not.
 *
 * Telegram answers with the revoked ChatInviteLink.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param link Invitation link (https://t.me/+...).
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function revokeInvitationLink(
  token: string,
  chat: string | number | bigint,
  link: string,
): Result;

/**
 * revokeInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param link Invitation link (https://t.me/+...).
 * @returns the same document
 */
export function revokeInvitationLinkAsync(
  token: string,
  chat: string | number | bigint,
  link: string,
): Promise<Result>;

/**
 * Creates a new primary invitation link; the previous one stops working (OPI
 * `ExportPrimaryInvitationLink`, Bot API `exportChatInviteLink`). Blocks until Telegram
 * answers; exportPrimaryInvitationLinkAsync does not.
 *
 * Telegram answers with the new link as a string in `result`.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function exportPrimaryInvitationLink(
  token: string,
  chat: string | number | bigint,
): Result;

/**
 * exportPrimaryInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @returns the same document
 */
export function exportPrimaryInvitationLinkAsync(
  token: string,
  chat: string | number | bigint,
): Promise<Result>;

/** Optional arguments of createJoinRequestLink. */
export interface CreateJoinRequestLinkOptions {
  /** Invitation title. Absent or null for none. */
  title?: string | null;
  /**
   * Link expiration date (permanent if not specified): Unix seconds, ISO 8601
   * (`2025-05-02T15:46:10`, local time unless it has an offset or `Z`), `2025-05-02`, or
   * 1C's `02.05.2025 15:46:10`. Also Unix seconds as a number, or a Date; a string without
   * an offset is local time. Absent or null for none.
   */
  expire?: string | number | Date | null;
}

/**
 * Creates a link whose members join after an administrator approves them (OPI
 * `CreateJoinRequestLink`, Bot API `createChatInviteLink`). Blocks until Telegram answers;
 * createJoinRequestLinkAsync does not.
 *
 * Such a link has no user limit: each member joins once an administrator approves the
 * request.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param [options] title, expire
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createJoinRequestLink(
  token: string,
  chat: string | number | bigint,
  options?: CreateJoinRequestLinkOptions,
): Result;

/**
 * createJoinRequestLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param [options] title, expire
 * @returns the same document
 */
export function createJoinRequestLinkAsync(
  token: string,
  chat: string | number | bigint,
  options?: CreateJoinRequestLinkOptions,
): Promise<Result>;

/** Optional arguments of createSubscriptionLink. */
export interface CreateSubscriptionLinkOptions {
  /** Invitation title. Absent or null for none. */
  title?: string | null;
}

/**
 * Creates a paid subscription link for a channel (30 days, in Telegram Stars) (OPI
 * `CreateSubscriptionLink`, Bot API `createChatSubscriptionInviteLink`). Blocks until
 * Telegram answers; createSubscriptionLinkAsync does not.
 *
 * Price is in Telegram Stars (1..=10000) for each 30 days, the one period Telegram accepts.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param price Price per 30 days in Telegram Stars (1..=10000).
 * @param [options] title
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createSubscriptionLink(
  token: string,
  chat: string | number | bigint,
  price: number,
  options?: CreateSubscriptionLinkOptions,
): Result;

/**
 * createSubscriptionLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param price Price per 30 days in Telegram Stars (1..=10000).
 * @param [options] title
 * @returns the same document
 */
export function createSubscriptionLinkAsync(
  token: string,
  chat: string | number | bigint,
  price: number,
  options?: CreateSubscriptionLinkOptions,
): Promise<Result>;

/** Optional arguments of editSubscriptionLink. */
export interface EditSubscriptionLinkOptions {
  /** Invitation title. Absent or null for none. */
  title?: string | null;
}

/**
 * Renames a subscription link (OPI `EditSubscriptionLink`, Bot API
 * `editChatSubscriptionInviteLink`). Blocks until Telegram answers;
 * editSubscriptionLinkAsync does not.
 *
 * Its name is all that can change; no Title removes it.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param link Invitation link (https://t.me/+...).
 * @param [options] title
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editSubscriptionLink(
  token: string,
  chat: string | number | bigint,
  link: string,
  options?: EditSubscriptionLinkOptions,
): Result;

/**
 * editSubscriptionLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param link Invitation link (https://t.me/+...).
 * @param [options] title
 * @returns the same document
 */
export function editSubscriptionLinkAsync(
  token: string,
  chat: string | number | bigint,
  link: string,
  options?: EditSubscriptionLinkOptions,
): Promise<Result>;

/**
 * Approves a user's request to join the chat (OPI `ApproveJoinRequest`, Bot API
 * `approveChatJoinRequest`). Blocks until Telegram answers; approveJoinRequestAsync does
 * not.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function approveJoinRequest(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Result;

/**
 * approveJoinRequest on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns the same document
 */
export function approveJoinRequestAsync(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Promise<Result>;

/**
 * Declines a user's request to join the chat (OPI `DeclineJoinRequest`, Bot API
 * `declineChatJoinRequest`). Blocks until Telegram answers; declineJoinRequestAsync does
 * not.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function declineJoinRequest(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Result;

/**
 * declineJoinRequest on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param user Target user ID. A number or a bigint.
 * @returns the same document
 */
export function declineJoinRequestAsync(
  token: string,
  chat: string | number | bigint,
  user: number | bigint,
): Promise<Result>;

/**
 * Pins a message in the chat (OPI `PinMessage`, Bot API `pinChatMessage`). Blocks until
 * Telegram answers; pinMessageAsync does not.
 *
 * Members are notified, as with OPI (`disable_notification` is not sent); OPI's meaningless
 * `parse_mode` is not sent. A message id names its message in the whole chat, so the topic
 * of `ChatID*TopicID` is dropped. Telegram answers `true`.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function pinMessage(
  token: string,
  chat: string | number | bigint,
  message: number,
): Result;

/**
 * pinMessage on a thread of libuv's pool: resolves with the same document, rejects with the
 * same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @returns the same document
 */
export function pinMessageAsync(
  token: string,
  chat: string | number | bigint,
  message: number,
): Promise<Result>;

/**
 * Unpins a message in the chat (OPI `UnpinMessage`, Bot API `unpinChatMessage`). Blocks
 * until Telegram answers; unpinMessageAsync does not.
 *
 * MessageID is required, as in OPI (Telegram would otherwise unpin the latest pinned
 * message). The topic of `ChatID*TopicID` is dropped. Telegram answers `true`.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function unpinMessage(
  token: string,
  chat: string | number | bigint,
  message: number,
): Result;

/**
 * unpinMessage on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @param message Target message ID.
 * @returns the same document
 */
export function unpinMessageAsync(
  token: string,
  chat: string | number | bigint,
  message: number,
): Promise<Result>;

/**
 * Gets the number of members of the chat (OPI `GetParticipantCount`, Bot API
 * `getChatMemberCount`). Blocks until Telegram answers; getParticipantCountAsync does not.
 *
 * Telegram answers with the number in `result`. OPI's meaningless `parse_mode` is not sent;
 * the topic of `ChatID*TopicID` is dropped.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getParticipantCount(
  token: string,
  chat: string | number | bigint,
): Result;

/**
 * getParticipantCount on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param chat Target chat ID or ChatID*TopicID: an integer id such as `-1001234567890`,
 *   or `@username`. A number, a bigint or a string.
 * @returns the same document
 */
export function getParticipantCountAsync(
  token: string,
  chat: string | number | bigint,
): Promise<Result>;

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
 * @param token Bot token.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function getAvatarIconList(
  token: string,
): Result;

/**
 * getAvatarIconList on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @returns the same document
 */
export function getAvatarIconListAsync(
  token: string,
): Promise<Result>;

/** Optional arguments of createForumTopic. */
export interface CreateForumTopicOptions {
  /**
   * Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers). Absent or null
   * for none.
   */
  icon?: string | null;
}

/**
 * Creates a topic in a forum supergroup (OPI `CreateForumTopic`, Bot API
 * `createForumTopic`). Blocks until Telegram answers; createForumTopicAsync does not.
 *
 * No `icon_color` is sent, as with OPI: Telegram picks one. `ChatID*TopicID` is refused in
 * the forum functions, which take a topic as TopicID. Telegram answers with the ForumTopic;
 * its `message_thread_id` is the TopicID of the other forum functions.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param title Topic title.
 * @param [options] icon
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createForumTopic(
  token: string,
  forum: string | number | bigint,
  title: string,
  options?: CreateForumTopicOptions,
): Result;

/**
 * createForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param title Topic title.
 * @param [options] icon
 * @returns the same document
 */
export function createForumTopicAsync(
  token: string,
  forum: string | number | bigint,
  title: string,
  options?: CreateForumTopicOptions,
): Promise<Result>;

/** Optional arguments of editForumTopic. */
export interface EditForumTopicOptions {
  /** New title (kept if not given). Absent or null for none. */
  title?: string | null;
  /**
   * Custom emoji ID of the icon (see Telegram's getForumTopicIconStickers). Absent or null
   * for none.
   */
  icon?: string | null;
}

/**
 * Renames a forum topic or changes its icon (OPI `EditForumTopic`, Bot API
 * `editForumTopic`). Blocks until Telegram answers; editForumTopicAsync does not.
 *
 * TopicID is required: OPI called createForumTopic when it was empty, making a new topic
 * instead; here an absent topic is refused. Title and IconID left out are kept. Telegram
 * answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param topic Topic ID.
 * @param [options] title, icon
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editForumTopic(
  token: string,
  forum: string | number | bigint,
  topic: number,
  options?: EditForumTopicOptions,
): Result;

/**
 * editForumTopic on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param topic Topic ID.
 * @param [options] title, icon
 * @returns the same document
 */
export function editForumTopicAsync(
  token: string,
  forum: string | number | bigint,
  topic: number,
  options?: EditForumTopicOptions,
): Promise<Result>;

/** Optional arguments of closeForumTopic. */
export interface CloseForumTopicOptions {
  /** Topic ID (the main topic if not given). 0 (the default) for none. */
  topic?: number;
}

/**
 * Closes a forum topic to new messages (OPI `CloseForumTopic`, Bot API `closeForumTopic`).
 * Blocks until Telegram answers; closeForumTopicAsync does not.
 *
 * Without TopicID (or with 0) the main topic is closed, by closeGeneralForumTopic, as with
 * OPI. Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param [options] topic
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function closeForumTopic(
  token: string,
  forum: string | number | bigint,
  options?: CloseForumTopicOptions,
): Result;

/**
 * closeForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param [options] topic
 * @returns the same document
 */
export function closeForumTopicAsync(
  token: string,
  forum: string | number | bigint,
  options?: CloseForumTopicOptions,
): Promise<Result>;

/** Optional arguments of openForumTopic. */
export interface OpenForumTopicOptions {
  /** Topic ID (the main topic if not given). 0 (the default) for none. */
  topic?: number;
}

/**
 * Reopens a closed forum topic (OPI `OpenForumTopic`, Bot API `reopenForumTopic`). Blocks
 * until Telegram answers; openForumTopicAsync does not.
 *
 * Without TopicID (or with 0) the main topic is reopened, by reopenGeneralForumTopic, as
 * with OPI. Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param [options] topic
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function openForumTopic(
  token: string,
  forum: string | number | bigint,
  options?: OpenForumTopicOptions,
): Result;

/**
 * openForumTopic on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param [options] topic
 * @returns the same document
 */
export function openForumTopicAsync(
  token: string,
  forum: string | number | bigint,
  options?: OpenForumTopicOptions,
): Promise<Result>;

/**
 * Deletes a forum topic with all its messages (OPI `DeleteForumTopic`, Bot API
 * `deleteForumTopic`). Blocks until Telegram answers; deleteForumTopicAsync does not.
 *
 * TopicID is required: the main topic cannot be deleted. Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param topic Topic ID.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function deleteForumTopic(
  token: string,
  forum: string | number | bigint,
  topic: number,
): Result;

/**
 * deleteForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param topic Topic ID.
 * @returns the same document
 */
export function deleteForumTopicAsync(
  token: string,
  forum: string | number | bigint,
  topic: number,
): Promise<Result>;

/**
 * Hides the forum's main (General) topic (OPI `HideMainForumTopic`, Bot API
 * `hideGeneralForumTopic`). Blocks until Telegram answers; hideMainForumTopicAsync does
 * not.
 *
 * Telegram also closes the topic if it was open. Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function hideMainForumTopic(
  token: string,
  forum: string | number | bigint,
): Result;

/**
 * hideMainForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @returns the same document
 */
export function hideMainForumTopicAsync(
  token: string,
  forum: string | number | bigint,
): Promise<Result>;

/**
 * Shows the forum's main (General) topic again (OPI `ShowMainForumTopic`, Bot API
 * `unhideGeneralForumTopic`). Blocks until Telegram answers; showMainForumTopicAsync does
 * not.
 *
 * Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function showMainForumTopic(
  token: string,
  forum: string | number | bigint,
): Result;

/**
 * showMainForumTopic on a thread of libuv's pool: resolves with the same document, rejects
 * with the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE
 * for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @returns the same document
 */
export function showMainForumTopicAsync(
  token: string,
  forum: string | number | bigint,
): Promise<Result>;

/**
 * Renames the forum's main (General) topic (OPI `EditMainForumTopicName`, Bot API
 * `editGeneralForumTopic`). Blocks until Telegram answers; editMainForumTopicNameAsync does
 * not.
 *
 * Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param title Topic title.
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function editMainForumTopicName(
  token: string,
  forum: string | number | bigint,
  title: string,
): Result;

/**
 * editMainForumTopicName on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param title Topic title.
 * @returns the same document
 */
export function editMainForumTopicNameAsync(
  token: string,
  forum: string | number | bigint,
  title: string,
): Promise<Result>;

/** Optional arguments of clearTopicPinnedMessagesList. */
export interface ClearTopicPinnedMessagesListOptions {
  /** Topic ID (the main topic if not given). 0 (the default) for none. */
  topic?: number;
}

/**
 * Unpins every message pinned in a forum topic (OPI `ClearTopicPinnedMessagesList`, Bot API
 * `unpinAllForumTopicMessages`). Blocks until Telegram answers;
 * clearTopicPinnedMessagesListAsync does not.
 *
 * Without TopicID (or with 0) the main topic's are unpinned, by
 * unpinAllGeneralForumTopicMessages, as with OPI. The topic is sent as a number, where OPI
 * sent text. Telegram answers `true`.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param [options] topic
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function clearTopicPinnedMessagesList(
  token: string,
  forum: string | number | bigint,
  options?: ClearTopicPinnedMessagesListOptions,
): Result;

/**
 * clearTopicPinnedMessagesList on a thread of libuv's pool: resolves with the same
 * document, rejects with the same errors. At most half the pool runs libopi at once (raise
 * UV_THREADPOOL_SIZE for more); further calls wait their turn.
 * @param token Bot token.
 * @param forum Forum chat ID: an integer id such as `-1001234567890`, or `@username`. A
 *   number, a bigint or a string.
 * @param [options] topic
 * @returns the same document
 */
export function clearTopicPinnedMessagesListAsync(
  token: string,
  forum: string | number | bigint,
  options?: ClearTopicPinnedMessagesListOptions,
): Promise<Result>;

/** Optional arguments of call. */
export interface CallOptions {
  /** Method parameters as a JSON object. Absent or null for none. */
  params?: string | null;
}

/**
 * Calls any Bot API method with a JSON object of parameters (OPI `Call`, Bot API any, named
 * by the Method parameter). Blocks until Telegram answers; callAsync does not.
 *
 * For the many Bot API methods without a function of their own: Method is its name (letters
 * only, such as getChat), Parameters a JSON object sent as the body (none for `{}`). The
 * same result envelope, checks and token protection as every other call.
 * @param token Bot token.
 * @param method Bot API method name, such as getChat.
 * @param [options] params
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function call(
  token: string,
  method: string,
  options?: CallOptions,
): Result;

/**
 * call on a thread of libuv's pool: resolves with the same document, rejects with the same
 * errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for more);
 * further calls wait their turn.
 * @param token Bot token.
 * @param method Bot API method name, such as getChat.
 * @param [options] params
 * @returns the same document
 */
export function callAsync(
  token: string,
  method: string,
  options?: CallOptions,
): Promise<Result>;

/** Optional arguments of callWithFiles. */
export interface CallWithFilesOptions {
  /** Method parameters as a JSON object. Absent or null for none. */
  params?: string | null;
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
 * @param token Bot token.
 * @param method Bot API method name, such as getChat.
 * @param files Files by form field: {'voice': 'a path, URL or file_id'}: JSON text, OPI's
 *   single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also
 *   an object, sent as JSON.
 * @param [options] params
 * @returns Telegram's answer, `{ok: true, result: ...}`
 * @throws {TelegramError} the Bot API refused the request
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function callWithFiles(
  token: string,
  method: string,
  files: string | Record<string, unknown>,
  options?: CallWithFilesOptions,
): Result;

/**
 * callWithFiles on a thread of libuv's pool: resolves with the same document, rejects with
 * the same errors. At most half the pool runs libopi at once (raise UV_THREADPOOL_SIZE for
 * more); further calls wait their turn.
 * @param token Bot token.
 * @param method Bot API method name, such as getChat.
 * @param files Files by form field: {'voice': 'a path, URL or file_id'}: JSON text, OPI's
 *   single-quoted JSON (`{'inline_keyboard':[[...]]}`), or the path of a .json file. Also
 *   an object, sent as JSON.
 * @param [options] params
 * @returns the same document
 */
export function callWithFilesAsync(
  token: string,
  method: string,
  files: string | Record<string, unknown>,
  options?: CallWithFilesOptions,
): Promise<Result>;
