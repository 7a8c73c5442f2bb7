// TypeScript declarations of opi.js.

/** A JSON document as returned by libopi: `{ok: true, result: ...}`. */
export interface Result {
  ok: boolean;
  result?: any;
  description?: string;
  [key: string]: any;
}

/** Optional arguments of createInvitationLink. */
export interface InvitationLinkOptions {
  /** The link's name, at most 32 characters. */
  title?: string | null;
  /**
   * When the link stops working: any string libopi reads (Unix seconds, ISO 8601, 1C's
   * `02.05.2025 15:46:10`; without an offset it is local time), Unix seconds as a number,
   * or a Date; absent for a permanent link.
   */
  expire?: string | number | Date | null;
  /** How many users may join through it; 0 (the default) for no limit, else 1..99999. */
  limit?: number;
}

/** The settings configure accepts; each one absent is left as it is. */
export interface Settings {
  api_url?: string;
  timeout_ms?: number;
  connect_timeout_ms?: number;
  proxy?: string | null;
  max_retry_after_s?: number;
  [key: string]: unknown;
}

/** A libopi result that says `"ok": false`. */
export class OpiError extends Error {
  constructor(response: Result);
  /** The sentence libopi or Telegram gave. */
  description: string;
  /** The whole parsed document. */
  response: Result;
}

/** The Bot API refused the request; `errorCode` is Telegram's (400, 401, 429, ...). */
export class TelegramError extends OpiError {
  errorCode: number | null;
}

/**
 * libopi answered itself: nothing came back from Telegram. `kind` is
 * `invalid_argument`, `connection`, `tls`, `timeout`, `bad_response` or `internal`;
 * `parameter` names the OPI parameter or setting an `invalid_argument` is about.
 */
export class LibraryError extends OpiError {
  kind: string;
  parameter: string | null;
  httpStatus: number | null;
}

/** The file name of libopi on a platform, as `process.platform` names it. */
export function libraryName(platform?: string): string;

/** Where the package keeps its prebuilt library for a `process.platform` and `process.arch`. */
export function prebuiltPath(platform?: string, arch?: string): string;

/**
 * Loads libopi from `file`, or from the default places when it is absent, and returns
 * the path loaded. Optional: the first call to any other function loads the default.
 */
export function load(file?: string): string;

/**
 * Creates a link for joining a closed chat (OPI `CreateInvitationLink`). Blocks until
 * Telegram answers; createInvitationLinkAsync does not.
 * @param token the bot token
 * @param chat `-1001234567890`, `'@username'` or OPI's `'ChatID*TopicID'`
 * @returns `{ok: true, result: {invite_link, ...}}`
 * @throws {TelegramError} the Bot API refused (chat not found, bad token, ...)
 * @throws {LibraryError} a bad argument, or no answer from the Bot API
 */
export function createInvitationLink(
  token: string,
  chat: string | number | bigint,
  options?: InvitationLinkOptions,
): Result;

/**
 * createInvitationLink on a thread of libuv's pool: resolves with the same document,
 * rejects with the same errors.
 */
export function createInvitationLinkAsync(
  token: string,
  chat: string | number | bigint,
  options?: InvitationLinkOptions,
): Promise<Result>;

/**
 * Changes settings for the calls that start after it returns; with none it changes
 * nothing. Returns `{ok: true, result: {...the settings now in force...}}`.
 * @throws {LibraryError} an unknown key or a bad value (then nothing changes)
 */
export function configure(options?: Settings): Result;

/** The version of the loaded libopi, such as `'0.1.0'`. */
export function version(): string;
