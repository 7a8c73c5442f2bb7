// TypeScript declarations of opi.js.

import type { CreateInvitationLinkOptions } from './telegram.js';

// The typed functions and the kinds of errors, generated from the method table.
export * from './telegram.js';

/** A JSON document as returned by libopi: `{ok: true, result: ...}`. */
export interface Result {
  ok: boolean;
  result?: any;
  description?: string;
  [key: string]: any;
}

/** The optional arguments of createInvitationLink, by their earlier name. */
export type InvitationLinkOptions = CreateInvitationLinkOptions;

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
 * `invalid_argument`, `connection`, `tls`, `timeout`, `bad_response`, `file` or `internal`;
 * `parameter` names the OPI parameter or setting an `invalid_argument` is about.
 */
export class LibraryError extends OpiError {
  kind: string;
  parameter: string | null;
  httpStatus: number | null;
}

/** The file name of libopi on a platform, as `process.platform` names it. */
export function libraryName(platform?: string): string;

/**
 * The C library of a Linux system, from a diagnostic report of this process (by default
 * `process.report.getReport()`): `'glibc'` when its header names a glibc version, else
 * `'musl'`; `''` on other platforms.
 */
export function libc(
  platform?: string,
  report?: { header?: { glibcVersionRuntime?: string } },
): 'glibc' | 'musl' | '';

/**
 * Where the package keeps its prebuilt library for a `process.platform` and `process.arch`,
 * and on Linux for a C library (`'glibc'` or `'musl'`, by default this system's).
 */
export function prebuiltPath(platform?: string, arch?: string, cLibrary?: string): string;

/**
 * Loads libopi from `file`, or from the default places when it is absent, and returns
 * the path loaded. Optional: the first call to any other function loads the default.
 */
export function load(file?: string): string;

/**
 * Changes settings for the calls that start after it returns; with none it changes
 * nothing. Returns `{ok: true, result: {...the settings now in force...}}`.
 * @throws {LibraryError} an unknown key or a bad value (then nothing changes)
 */
export function configure(options?: Settings): Result;

/**
 * The library as data: `{ok: true, result: {...}}` with its version, the kinds of its own
 * errors, and each method with its names and parameters.
 */
export function describe(): Result;

/** The version of the loaded libopi, such as `'0.1.0'`. */
export function version(): string;
