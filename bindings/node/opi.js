// Node.js bindings for libopi through koffi: no compiled addon of our own, only the
// shared library.
//
// Every function returns the whole JSON document libopi produced, parsed, when it says
// `"ok": true`. A document that says `"ok": false` is thrown instead: a TelegramError when
// the Bot API refused the request, a LibraryError when libopi answered itself (a bad
// argument, a network failure, a timeout, ...). Either way the error keeps the parsed
// document in `response`.
//
// The package carries libopi for Linux and Windows, x64 and ia32, and Linux arm64, in
// prebuilds/PLATFORM-ARCH/ (Linux with musl: prebuilds/linux-ARCH-musl/), and loads the
// one of process.platform and process.arch, and on Linux of the C library in use. The
// OPI_LIBRARY environment variable (a path to a library) takes precedence; where no
// prebuilt library fits, the system's dynamic loader is asked. load() picks one
// explicitly.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import koffi from 'koffi';

import telegram from './telegram.js';

// The typed functions and the kinds of errors, generated from the method table.
export * from './telegram.js';

/**
 * A JSON document as returned by libopi: `{ok: true, result: ...}`.
 * @typedef {{ok: boolean, result?: any, description?: string, [key: string]: any}} Result
 */

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** A libopi result that says `"ok": false`. */
export class OpiError extends Error {
  /** @param {Result} response */
  constructor(response) {
    const description = String(response.description ?? 'unknown error');
    super(description);
    this.name = new.target.name;
    /** The sentence libopi or Telegram gave. */
    this.description = description;
    /** The whole parsed document. */
    this.response = response;
  }
}

/** The Bot API refused the request; `errorCode` is Telegram's (400, 401, 429, ...). */
export class TelegramError extends OpiError {
  /** @param {Result} response */
  constructor(response) {
    super(response);
    /** @type {number | null} */
    this.errorCode = Number.isInteger(response.error_code) ? response.error_code : null;
  }
}

/**
 * libopi answered itself: nothing came back from Telegram. `kind` is
 * `invalid_argument`, `connection`, `tls`, `timeout`, `bad_response`, `file` or `internal`;
 * `parameter` names the OPI parameter or setting an `invalid_argument` is about.
 */
export class LibraryError extends OpiError {
  /** @param {Result} response */
  constructor(response) {
    super(response);
    const details = response.opi_error ?? {};
    /** @type {string} */
    this.kind = String(details.kind ?? 'internal');
    /** @type {string | null} */
    this.parameter = details.parameter ?? null;
    /** @type {number | null} */
    this.httpStatus = details.http_status ?? null;
  }
}

/** @typedef {ReturnType<import('koffi').LibraryHandle['func']>} NativeFunction */

/**
 * @typedef {object} Library
 * @property {string} path
 * @property {Record<string, NativeFunction>} functions
 * @property {() => string} version
 * @property {NativeFunction} bytesFree
 */

// `opi_bytes`, which a download function fills with the file it received. Declared
// once, before any signature names it.
koffi.struct('opi_bytes', { data: 'uint8_t *', len: 'size_t' });

/** @type {Library | null} */
let library = null;

/**
 * The file name of libopi on a platform, as `process.platform` names it.
 * @param {string} [platform]
 * @returns {string}
 */
export function libraryName(platform = process.platform) {
  if (platform === 'win32') return 'opi.dll';
  if (platform === 'darwin') return 'libopi.dylib';
  return 'libopi.so';
}

/**
 * The C library of a Linux system, `'glibc'` or `'musl'` (Alpine), from a diagnostic
 * report of this process (`process.report.getReport()` when none is given): Node puts
 * the glibc it runs on in `header.glibcVersionRuntime`, and nothing there on musl. Node
 * itself answers, so no file or program of the system is read or run. Elsewhere `''`.
 * @param {string} [platform]
 * @param {{header?: {glibcVersionRuntime?: string}}} [report]
 * @returns {'glibc' | 'musl' | ''}
 */
export function libc(platform = process.platform, report = undefined) {
  if (platform !== 'linux') return '';
  return (report ?? ownReport()).header?.glibcVersionRuntime ? 'glibc' : 'musl';
}

/** @returns {{header?: {glibcVersionRuntime?: string}}} */
function ownReport() {
  // The network interfaces are the slow part of a report, and nothing here needs them.
  const excluded = process.report.excludeNetwork;
  process.report.excludeNetwork = true;
  try {
    return /** @type {any} */ (process.report.getReport());
  } finally {
    process.report.excludeNetwork = excluded;
  }
}

/**
 * Where the package keeps its prebuilt library for a platform and an architecture, as
 * `process.platform` and `process.arch` name them, and on Linux for its C library:
 * prebuilds/linux-x64/ holds the glibc build, prebuilds/linux-x64-musl/ the musl one.
 * @param {string} [platform]
 * @param {string} [arch]
 * @param {string} [cLibrary] `'glibc'` or `'musl'`; by default this system's
 * @returns {string}
 */
export function prebuiltPath(platform = process.platform, arch = process.arch, cLibrary = libc(platform)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const suffix = platform === 'linux' && cLibrary === 'musl' ? '-musl' : '';
  return path.join(here, 'prebuilds', `${platform}-${arch}${suffix}`, libraryName(platform));
}

function candidates() {
  const name = libraryName();
  const found = [prebuiltPath()].filter((candidate) => existsSync(candidate));
  // Last, the bare name, for the dynamic loader's own search (LD_LIBRARY_PATH, ldconfig).
  return [...found, name];
}

/**
 * @param {string} file
 * @returns {Library}
 */
function open(file) {
  const lib = koffi.load(file);
  const free = lib.func('void opi_free(void *result)');
  // koffi copies the string into a JS string, then hands the pointer to opi_free: the
  // caller never sees it, so it can neither leak it nor free it twice.
  const ownedResult = koffi.disposable('str', free);
  /** @type {Record<string, NativeFunction>} */
  const functions = {};
  for (const [name, parameters] of Object.entries(telegram.signatures)) {
    functions[name] = lib.func(name, ownedResult, parameters);
  }
  // A static string owned by the library: decoded, never freed.
  const version = lib.func('const char *opi_version(void)');
  const bytesFree = lib.func('void opi_bytes_free(_Inout_ opi_bytes *bytes)');
  return { path: file, functions, version, bytesFree };
}

/**
 * Loads libopi from `file`, or from the default places when it is absent. Returns the
 * path that was loaded. Calling it is optional: the first call to any other function
 * loads the library the default way.
 * @param {string} [file]
 * @returns {string}
 */
export function load(file) {
  if (file !== undefined) {
    library = open(file);
  } else if (library === null) {
    const explicit = process.env.OPI_LIBRARY;
    const errors = [];
    for (const candidate of explicit ? [explicit] : candidates()) {
      try {
        library = open(candidate);
        break;
      } catch (error) {
        errors.push(`${candidate}: ${error instanceof Error ? error.message : error}`);
      }
    }
    if (library === null) {
      throw new Error(
        `cannot load libopi; set OPI_LIBRARY to the path of ${libraryName()} (tried ${errors.join('; ')})`,
      );
    }
  }
  return library.path;
}

/** @returns {Library} */
function loaded() {
  if (library === null) load();
  return /** @type {Library} */ (library);
}

/**
 * Parses a result and throws it when it says `"ok": false`.
 * @param {string} name
 * @param {string | null} text
 * @returns {Result}
 */
function settle(name, text) {
  if (typeof text !== 'string') {
    // The contract rules this out; say so rather than fail on JSON.parse(null).
    throw new Error(`${name} returned NULL`);
  }
  const response = JSON.parse(text);
  if (response.ok === true) return response;
  if ('opi_error' in response) throw new LibraryError(response);
  throw new TelegramError(response);
}

/**
 * @param {string} name
 * @param {unknown[]} args
 * @returns {Result}
 */
function call(name, args) {
  return settle(name, loaded().functions[name](...args));
}

// koffi runs asynchronous calls on libuv's thread pool (UV_THREADPOOL_SIZE threads, 4
// by default), which node:fs, dns.lookup and node:crypto share. A call may wait for
// Telegram for up to timeout_ms, so libopi takes at most half the pool; further calls
// wait here, in order, rather than starve file access or overflow koffi's own queue.
const MAX_RUNNING = Math.max(1, Math.floor((Number(process.env.UV_THREADPOOL_SIZE) || 4) / 2));
let running = 0;
/** @type {(() => void)[]} */
const waiting = [];

/**
 * Runs the call on a thread of libuv's pool, so the event loop goes on meanwhile.
 * @param {string} name
 * @param {unknown[]} args
 * @returns {Promise<Result>}
 */
function callAsync(name, args) {
  return runAsync(name, args, settle);
}

/**
 * @typedef {{data?: unknown, len?: number | bigint}} Received
 */

/**
 * Settles a download's result and hands back a copy of the bytes it received, which
 * are released whatever happens.
 * @param {string} name
 * @param {string | null} text
 * @param {Received} received
 * @returns {Buffer}
 */
function takeBytes(name, text, received) {
  try {
    settle(name, text);
    const length = Number(received.len ?? 0);
    return length === 0 ? Buffer.alloc(0) : Buffer.from(new Uint8Array(koffi.view(received.data, length)));
  } finally {
    if (received.data) loaded().bytesFree(received);
  }
}

/**
 * Calls a download function with no path, so that the file comes back as bytes.
 * @param {string} name
 * @param {unknown[]} args
 * @returns {Buffer}
 */
function callBytes(name, args) {
  /** @type {Received} */
  const received = {};
  return takeBytes(name, loaded().functions[name](...args, null, received), received);
}

/**
 * callBytes on a thread of libuv's pool.
 * @param {string} name
 * @param {unknown[]} args
 * @returns {Promise<Buffer>}
 */
function callBytesAsync(name, args) {
  /** @type {Received} */
  const received = {};
  return runAsync(name, [...args, null, received], (n, text) => takeBytes(n, text, received));
}

/**
 * Runs `name` on a thread of libuv's pool, then `finish` with its result.
 * @template T
 * @param {string} name
 * @param {unknown[]} args
 * @param {(name: string, text: string) => T} finish
 * @returns {Promise<T>}
 */
function runAsync(name, args, finish) {
  const fn = loaded().functions[name];
  return new Promise((resolve, reject) => {
    const start = () => {
      running += 1;
      /** @param {Error | null} error @param {string} text */
      const done = (error, text) => {
        running -= 1;
        waiting.shift()?.();
        if (error) {
          reject(error);
          return;
        }
        try {
          resolve(finish(name, text));
        } catch (thrown) {
          reject(thrown);
        }
      };
      try {
        fn.async(...args, done);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)), '');
      }
    };
    if (running < MAX_RUNNING) start();
    else waiting.push(start);
  });
}

/**
 * A string argument for C; null or undefined become NULL, which libopi reads as "not
 * given".
 * @param {unknown} value
 * @param {string} name
 * @returns {string | null}
 */
function text(value, name) {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    throw new TypeError(`${name} must be a string, null or undefined, not ${typeof value}`);
  }
  if (value.includes('\0')) {
    // C would see only the part before it, silently; refuse as node:fs does.
    throw new TypeError(`${name} must not contain null characters`);
  }
  return value;
}

/**
 * @param {unknown} value
 * @param {string} name
 * @returns {number}
 */
function int32(value, name) {
  if (!Number.isInteger(value)) throw new TypeError(`${name} must be an integer`);
  const number = /** @type {number} */ (value);
  if (number < INT32_MIN || number > INT32_MAX) {
    throw new RangeError(`${name}: ${number} does not fit in 32 bits`);
  }
  return number;
}

/**
 * @param {unknown} value
 * @param {string} name
 * @returns {number | bigint}
 */
function int64(value, name) {
  if (typeof value === 'bigint') {
    if (BigInt.asIntN(64, value) !== value) {
      throw new RangeError(`${name}: ${value} does not fit in 64 bits`);
    }
    return value;
  }
  // A larger number has lost digits already.
  if (!Number.isSafeInteger(value)) throw new TypeError(`${name} must be a safe integer or a bigint`);
  return /** @type {number} */ (value);
}

/**
 * @param {unknown} value
 * @param {string} name
 * @returns {boolean}
 */
function bool(value, name) {
  // koffi would take any value's truth: 'false' would arrive as true.
  if (typeof value !== 'boolean') throw new TypeError(`${name} must be a boolean`);
  return value;
}

/**
 * @param {unknown} value
 * @param {string} name
 * @returns {number}
 */
function double(value, name) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number`);
  return value;
}

/**
 * A JSON value: text as given (libopi reads JSON, single-quoted JSON or a path), an
 * object or an array encoded.
 * @param {unknown} value
 * @param {string} name
 * @returns {string | null}
 */
function json(value, name) {
  if (value !== null && typeof value === 'object') return text(JSON.stringify(value), name);
  return text(value, name);
}

/**
 * @param {unknown} chat
 * @param {string} name
 * @returns {string | null}
 */
function chatId(chat, name) {
  if (typeof chat === 'bigint' || Number.isInteger(chat)) return String(chat);
  return text(chat, name);
}

/**
 * @param {unknown} expire
 * @param {string} name
 * @returns {string | null}
 */
function expiration(expire, name) {
  if (expire instanceof Date) return expire.toISOString();
  if (Number.isInteger(expire)) return String(expire);
  return text(expire, name);
}

/**
 * What the generated functions of telegram.js call: the call path, and a converter for
 * each kind of value, which checks it and makes the C argument.
 * @typedef {object} Core
 * @property {typeof call} call
 * @property {typeof callAsync} callAsync
 * @property {typeof callBytes} callBytes
 * @property {typeof callBytesAsync} callBytesAsync
 * @property {typeof text} text
 * @property {typeof chatId} chat
 * @property {typeof expiration} date
 * @property {typeof int32} int32
 * @property {typeof int64} int64
 * @property {typeof bool} bool
 * @property {typeof double} double
 * @property {typeof json} json
 */
telegram.use({
  call,
  callAsync,
  callBytes,
  callBytesAsync,
  text,
  chat: chatId,
  date: expiration,
  int32,
  int64,
  bool,
  double,
  json,
});

/**
 * Changes settings for the calls that start after it returns. Keys: `api_url`,
 * `timeout_ms`, `connect_timeout_ms`, `proxy`, `max_retry_after_s`; with none it changes
 * nothing.
 * @param {Record<string, unknown>} [options]
 * @returns {Result} `{ok: true, result: {...the settings now in force...}}`
 * @throws {LibraryError} an unknown key or a bad value (then nothing changes)
 */
export function configure(options = {}) {
  return call('opi_configure', [JSON.stringify(options)]);
}

/**
 * The library as data: `{ok: true, result: {...}}` with its version, the kinds of its own
 * errors, and each method with its names and parameters.
 * @returns {Result}
 */
export function describe() {
  return call('opi_describe', []);
}

/**
 * The version of the loaded libopi, such as `'0.1.0'`.
 * @returns {string}
 */
export function version() {
  return loaded().version();
}
