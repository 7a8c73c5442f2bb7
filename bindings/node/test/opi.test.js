// The Node.js bindings against the loopback Bot API stand-in.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

import koffi from 'koffi';

import * as opi from 'libopi';

const TOKEN = '6129457865:AAFyzNYOAFbu-loopback-stand-in';
const CHAT = '@testsichee';
const REPOSITORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Runs opi-standin with `flags`; `stop` closes its stdin, which ends it, and it then
 * writes what `--requests FILE` asks for.
 * @param {string[]} [flags]
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
async function startStandin(flags = []) {
  const binary =
    process.env.OPI_STANDIN || path.join(REPOSITORY, 'target', 'release', 'opi-standin');
  // The stand-in serves until its stdin closes, so it cannot outlive this process.
  const child = spawn(binary, flags, { stdio: ['pipe', 'pipe', 'inherit'] });
  const spawned = once(child, 'spawn');
  const failed = once(child, 'error').then(([error]) => {
    throw new Error(
      `${binary}: ${error.message} (run \`cargo build --release -p opi-standin\` first)`,
    );
  });
  await Promise.race([spawned, failed]);
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  assert.match(line, /^http:\/\//, `opi-standin printed ${line} instead of its URL`);
  const stop = async () => {
    const exited = once(child, 'exit');
    child.stdin.end();
    await exited;
  };
  return { url: line.trim(), stop };
}

/** @type {{url: string, stop: () => Promise<void>}} */
let standin;
/** @type {string} */
let standinUrl;

before(async () => {
  standin = await startStandin();
  standinUrl = standin.url;
  opi.configure({ api_url: standinUrl });
});

after(() => standin.stop());

// V8 lets garbage wait until it needs the room; collecting it before each reading of
// resident memory leaves the memory still in use. --expose-gc can be set at run time
// and takes effect in contexts created after it.
setFlagsFromString('--expose-gc');
const collectGarbage = /** @type {() => void} */ (runInNewContext('gc'));

/** @returns {number} */
function settledResidentBytes() {
  collectGarbage();
  return process.memoryUsage().rss;
}

/** @type {(() => number) | null | undefined} */
let mallinfo;

/**
 * The bytes the C allocator has handed out and not taken back, from glibc's
 * mallinfo2(), or null where the C library has no such function.
 * @returns {number | null}
 */
function mallocInUse() {
  if (mallinfo === undefined) {
    try {
      const size = 'size_t';
      const MallInfo2 = koffi.struct({
        arena: size,
        ordblks: size,
        smblks: size,
        hblks: size,
        hblkhd: size,
        usmblks: size,
        fsmblks: size,
        uordblks: size,
        fordblks: size,
        keepcost: size,
      });
      const mallinfo2 = koffi.load('libc.so.6').func('mallinfo2', MallInfo2, []);
      // uordblks counts the chunks in use in the heap arenas; hblkhd the large ones
      // that were mapped on their own.
      mallinfo = () => {
        const info = mallinfo2();
        return Number(info.uordblks) + Number(info.hblkhd);
      };
    } catch {
      mallinfo = null;
    }
  }
  return mallinfo === null ? null : mallinfo();
}

/**
 * The bytes the stand-in keeps of a file, fetched by getFile's path.
 * @param {string} fileId
 * @returns {Promise<Uint8Array>}
 */
async function downloaded(fileId) {
  const file = opi.call(TOKEN, 'getFile', { params: JSON.stringify({ file_id: fileId }) });
  const answer = await fetch(`${standinUrl}/file/bot${TOKEN}/${file.result.file_path}`);
  return new Uint8Array(await answer.arrayBuffer());
}

/**
 * A method's function in this package: its Rust function's name in camelCase.
 * @param {{rust_function: string}} method
 * @returns {string}
 */
function functionName(method) {
  return method.rust_function.replace(/_(.)/g, (_, c) => c.toUpperCase());
}

// An example's values are text; these kinds of value take another type here, and the
// rest (a chat, a date, a file's path, URL or file_id, JSON) are given as the text.
/** @type {Record<string, (text: string) => unknown>} */
const FROM_TEXT = {
  int32: Number,
  int64: BigInt,
  double: Number,
  bool: (text) => ({ true: true, false: false })[text],
};

/**
 * A port on 127.0.0.1 that nothing listens on.
 * @returns {Promise<number>}
 */
async function closedPort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  server.close();
  await once(server, 'close');
  return port;
}

describe('libopi from Node.js', () => {
  it('names the library file for the platform', () => {
    assert.equal(opi.libraryName('win32'), 'opi.dll');
    assert.equal(opi.libraryName('linux'), 'libopi.so');
    assert.equal(opi.libraryName(), opi.libraryName(process.platform));
  });

  it('loads the library the package carries for this platform', () => {
    const expected = path.join('prebuilds', `${process.platform}-${process.arch}`);
    assert.equal(opi.load(), opi.prebuiltPath());
    assert.ok(opi.prebuiltPath().includes(expected), opi.prebuiltPath());
    assert.equal(opi.prebuiltPath('win32', 'ia32').endsWith(path.join('win32-ia32', 'opi.dll')), true);
  });

  it('tells glibc from musl by the report of the process, and picks the musl build on musl', () => {
    const glibc = { header: { glibcVersionRuntime: '2.36' } };
    const musl = { header: { osName: 'Linux' } };
    assert.equal(opi.libc('linux', glibc), 'glibc');
    assert.equal(opi.libc('linux', musl), 'musl');
    assert.equal(opi.libc('win32', musl), '');
    // This machine's own report: Node was started against glibc here.
    assert.equal(opi.libc(), process.platform === 'linux' ? 'glibc' : '');
    const musl64 = opi.prebuiltPath('linux', 'x64', opi.libc('linux', musl));
    assert.ok(musl64.endsWith(path.join('prebuilds', 'linux-x64-musl', 'libopi.so')), musl64);
    const glibc64 = opi.prebuiltPath('linux', 'arm64', opi.libc('linux', glibc));
    assert.ok(glibc64.endsWith(path.join('prebuilds', 'linux-arm64', 'libopi.so')), glibc64);
    const windows = opi.prebuiltPath('win32', 'x64', 'musl');
    assert.ok(windows.endsWith(path.join('prebuilds', 'win32-x64', 'opi.dll')), windows);
  });

  it('reports its version', () => {
    assert.match(opi.version(), /^\d+\.\d+\.\d+/);
  });

  it('configures and reports the settings in force', () => {
    const settings = opi.configure();
    assert.equal(settings.ok, true);
    assert.equal(settings.result.api_url, standinUrl);
    assert.throws(() => opi.configure({ colour: 'blue' }), {
      name: 'LibraryError',
      kind: 'invalid_argument',
    });
  });

  it('creates a link', () => {
    const link = opi.createInvitationLink(TOKEN, CHAT, {
      title: 'Link 01.05.2025 15:46:10',
      expire: 1746200770,
      limit: 200,
    });
    assert.equal(link.ok, true);
    assert.match(link.result.invite_link, /^https:\/\/t\.me\/\+/);
    assert.equal(link.result.name, 'Link 01.05.2025 15:46:10');
    assert.equal(link.result.expire_date, 1746200770);
    assert.equal(link.result.member_limit, 200);
  });

  it('takes a numeric chat and a Date', () => {
    const expire = new Date('2025-05-02T15:46:10+03:00');
    const link = opi.createInvitationLink(TOKEN, -1001234567890, { expire });
    assert.equal(link.result.expire_date, expire.getTime() / 1000);
  });

  it('reads null and undefined optional arguments as not given', () => {
    const { result } = opi.createInvitationLink(TOKEN, CHAT, { title: null, expire: undefined });
    for (const absent of ['name', 'expire_date', 'member_limit']) {
      assert.equal(absent in result, false, absent);
    }
  });

  it('throws a Telegram error with the answer', () => {
    assert.throws(
      () => opi.createInvitationLink(TOKEN, '@no_such_chat', { title: 'x' }),
      (error) => {
        assert.ok(error instanceof opi.TelegramError);
        assert.ok(error instanceof opi.OpiError);
        assert.equal(error.errorCode, 400);
        assert.equal(error.message, 'Bad Request: chat not found');
        assert.deepEqual(error.response, {
          ok: false,
          error_code: 400,
          description: 'Bad Request: chat not found',
        });
        return true;
      },
    );
    assert.throws(() => opi.createInvitationLink('123456:not-the-stand-ins-token', CHAT), {
      name: 'TelegramError',
      errorCode: 401,
    });
  });

  it('throws invalid_argument naming the parameter', () => {
    /** @type {[import('libopi').InvitationLinkOptions, string][]} */
    const cases = [
      [{ title: 'x'.repeat(33) }, 'Title'],
      [{ expire: 'tomorrow' }, 'ExpirationDate'],
      [{ limit: 100000 }, 'UserLimit'],
      [{ limit: -1 }, 'UserLimit'],
    ];
    for (const [options, parameter] of cases) {
      assert.throws(
        () => opi.createInvitationLink(TOKEN, CHAT, options),
        (error) => {
          assert.ok(error instanceof opi.LibraryError);
          assert.equal(error.kind, 'invalid_argument');
          assert.equal(error.parameter, parameter);
          assert.ok(!JSON.stringify(error.response).includes(TOKEN));
          return true;
        },
      );
    }
  });

  it('passes null for a required argument as NULL', () => {
    for (const [token, chat, parameter] of [
      [null, CHAT, 'Token'],
      [TOKEN, null, 'ChatID'],
      [undefined, CHAT, 'Token'],
      ['', CHAT, 'Token'],
    ]) {
      assert.throws(
        () => opi.createInvitationLink(/** @type {any} */ (token), /** @type {any} */ (chat)),
        {
          kind: 'invalid_argument',
          parameter,
        },
      );
    }
  });

  it('refuses what C cannot carry before the call', () => {
    assert.throws(() => opi.createInvitationLink(TOKEN, CHAT, { title: 'a\0b' }), TypeError);
    assert.throws(() => opi.createInvitationLink(TOKEN, CHAT, { limit: 2 ** 32 + 5 }), RangeError);
    assert.throws(() => opi.createInvitationLink(TOKEN, CHAT, { limit: 1.5 }), TypeError);
    assert.throws(() => opi.createInvitationLink(TOKEN, /** @type {any} */ ({})), TypeError);
  });

  it('offers every method of the table, sync and async', () => {
    const described = opi.describe().result;
    const methods = described.libraries[0].methods;
    assert.ok(methods.length >= 10, `${methods.length} methods`);
    for (const method of methods) {
      const name = functionName(method);
      const required = method.params.filter((p) => p.required).length;
      // The required values, then one options object when any is optional.
      const arity = required + (method.params.length > required ? 1 : 0);
      for (const fn of [opi[name], opi[`${name}Async`]]) {
        assert.equal(typeof fn, 'function', name);
        assert.equal(fn.length, arity, name);
      }
    }
    for (const kind of described.error_kinds) {
      assert.equal(opi[`KIND_${kind.name.toUpperCase()}`], kind.name);
    }
  });

  it('sends for every method\'s example the recorded requests', async (t) => {
    const record =
      process.env.OPI_EXAMPLE_REQUESTS || path.join(REPOSITORY, 'tests', 'examples.requests');
    const missing = `${record} is missing: set OPI_EXAMPLE_REQUESTS to tests/examples.requests`;
    assert.ok(existsSync(record), missing);
    const dir = mkdtempSync(path.join(tmpdir(), 'opi-node-'));
    t.after(() => rmSync(dir, { recursive: true }));
    const sent = path.join(dir, 'sent.requests');
    /** @type {Map<string, Uint8Array>} */
    const downloads = new Map();
    // A stand-in of its own, so that what it received is these calls' requests alone.
    const own = await startStandin(['--requests', sent]);
    opi.configure({ api_url: own.url });
    try {
      for (const method of opi.describe().result.libraries[0].methods) {
        /** @type {Map<string, string>} */
        const example = new Map(method.example);
        example.set('token', TOKEN);
        // The required values in order, then one options object; the example's options
        // that are no parameter (DownloadFile's --out) are the CLI's own.
        /** @type {unknown[]} */
        const required = [];
        /** @type {Record<string, unknown>} */
        const optional = {};
        for (const param of method.params) {
          const text = example.get(param.option);
          const value = text === undefined ? undefined : (FROM_TEXT[param.value] ?? String)(text);
          if (param.required) required.push(value);
          else if (value !== undefined) optional[param.option] = value;
        }
        const answer = opi[functionName(method)](...required, optional);
        // A download is the file; compared below with what the suite's stand-in serves,
        // so that fetching it again is no part of the record.
        if (method.runs === 'download') downloads.set(example.get('fileid'), answer);
        else assert.equal(answer.ok, true, method.name);
      }
    } finally {
      opi.configure({ api_url: standinUrl });
      await own.stop();
    }
    for (const [fileId, data] of downloads) {
      assert.deepEqual(data, Buffer.from(await downloaded(fileId)), fileId);
    }
    const expected = readFileSync(record, 'utf8').split('\n');
    const got = readFileSync(sent, 'utf8').split('\n');
    for (let line = 0; line < Math.max(expected.length, got.length); line += 1) {
      const differs = `request ${line + 1} differs from ${record}:`;
      assert.equal(got[line], expected[line], `${differs}\n- ${expected[line]}\n+ ${got[line]}`);
    }
  });

  it('revokes a link', async () => {
    const link = 'https://t.me/+AAAAAAAAAAAAAAAA';
    const { result } = opi.revokeInvitationLink(TOKEN, -1001234567890n, link);
    assert.equal(result.invite_link, link);
    assert.equal(result.is_revoked, true);
    assert.equal((await opi.revokeInvitationLinkAsync(TOKEN, CHAT, link)).result.is_revoked, true);
  });

  it('approves a join request for a 64-bit user', async () => {
    // 2 ** 40 + 7 cut to 32 bits would be 7; the stand-in refuses user 1 and ids below 1.
    assert.equal(opi.approveJoinRequest(TOKEN, CHAT, 2 ** 40 + 7).result, true);
    assert.equal((await opi.declineJoinRequestAsync(TOKEN, CHAT, 2n ** 62n)).result, true);
    assert.throws(() => opi.approveJoinRequest(TOKEN, CHAT, 1), {
      name: 'TelegramError',
      description: 'Bad Request: HIDE_REQUESTER_MISSING',
    });
    assert.throws(() => opi.approveJoinRequest(TOKEN, CHAT, 2n ** 63n), RangeError);
    assert.throws(() => opi.approveJoinRequest(TOKEN, CHAT, 2 ** 60), TypeError);
  });

  it('creates a subscription link with its required price', () => {
    const { result } = opi.createSubscriptionLink(TOKEN, CHAT, 50, { title: 'Stars' });
    assert.equal(result.subscription_price, 50);
    assert.equal(result.subscription_period, 2592000);
    assert.equal(result.name, 'Stars');
    assert.throws(() => opi.createSubscriptionLink(TOKEN, CHAT, 10001), {
      name: 'LibraryError',
      kind: opi.KIND_INVALID_ARGUMENT,
      parameter: 'Price',
    });
    assert.throws(() => opi.createSubscriptionLink(TOKEN, CHAT, 2 ** 31), RangeError);
  });

  it('sends a text with a keyboard as an object or as OPI\'s single-quoted JSON', async () => {
    const keyboard = { inline_keyboard: [[{ text: 'Да', callback_data: 'yes' }]] };
    const sent = opi.sendTextMessage(TOKEN, 461699897, 'R&D', { keyboard, parsemode: 'html' });
    assert.equal(sent.result.text, 'R&amp;D');
    const quoted = "{'inline_keyboard':[[{'text':'Да','callback_data':'yes'}]]}";
    assert.equal((await opi.sendTextMessageAsync(TOKEN, CHAT, 'Hi', { keyboard: quoted })).ok, true);
    assert.throws(() => opi.sendTextMessage(TOKEN, CHAT, 'Hi', { keyboard: ['a'] }), {
      name: 'LibraryError',
      parameter: 'Keyboard',
    });
  });

  it('sends a location from numbers and a poll from an array, anonymous by default', () => {
    const { location } = opi.sendLocation(TOKEN, CHAT, 48.8737, 2).result;
    assert.deepEqual(location, { latitude: 48.8737, longitude: 2 });
    assert.throws(() => opi.sendLocation(TOKEN, CHAT, NaN, 0), { parameter: 'Latitude' });
    assert.throws(() => opi.sendLocation(TOKEN, CHAT, /** @type {any} */ ('1'), 0), TypeError);
    const poll = opi.sendPoll(TOKEN, CHAT, 'Color?', ['Red', 'Blue']).result.poll;
    assert.deepEqual(
      poll.options.map((/** @type {{text: string}} */ o) => o.text),
      ['Red', 'Blue'],
    );
    assert.equal(poll.is_anonymous, true);
    const named = opi.sendPoll(TOKEN, CHAT, 'Color?', "['Red','Blue']", { anonymous: false });
    assert.equal(named.result.poll.is_anonymous, false);
    assert.throws(
      () => opi.sendPoll(TOKEN, CHAT, 'Color?', ['Red', 'Blue'], { anonymous: /** @type {any} */ (1) }),
      TypeError,
    );
  });

  it('calls any method', async () => {
    const chat = opi.call(TOKEN, 'getChat', { params: '{"chat_id": "@loopback_group"}' });
    assert.equal(chat.result.username, 'loopback_group');
    assert.equal((await opi.callAsync(TOKEN, 'getMe')).result.is_bot, true);
    assert.throws(() => opi.call(TOKEN, 'getChat', { params: '[1, 2]' }), {
      name: 'LibraryError',
      parameter: 'Parameters',
    });
  });

  it('sends a document from bytes, a path or a URL', async () => {
    const data = new Uint8Array(10240).map((_, i) => (i * 31) % 251);
    for (const given of [data, Buffer.from(data)]) {
      const sent = opi.sendDocument(TOKEN, CHAT, 'Caption', given, { filename: 'data.bin' });
      assert.equal(sent.result.document.file_name, 'data.bin');
      assert.equal(sent.result.document.file_size, data.length);
      assert.deepEqual(await downloaded(sent.result.document.file_id), data);
    }
    const async = await opi.sendDocumentAsync(TOKEN, CHAT, 'Async', data);
    assert.deepEqual(await downloaded(async.result.document.file_id), data);
    const dir = mkdtempSync(path.join(tmpdir(), 'opi-node-'));
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'line one\n');
    try {
      const sent = opi.sendDocument(TOKEN, CHAT, 'Notes', notes, { parsemode: 'HTML' });
      assert.equal(sent.result.document.file_name, 'notes.txt');
      assert.deepEqual(
        await downloaded(sent.result.document.file_id),
        new TextEncoder().encode('line one\n'),
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
    const byUrl = opi.sendDocument(TOKEN, CHAT, 'x', 'https://example.com/files/a.pdf');
    assert.equal(byUrl.result.document.file_name, 'a.pdf');
    for (const refused of [new Uint8Array(0), path.join(dir, 'missing.pdf')]) {
      assert.throws(() => opi.sendDocument(TOKEN, CHAT, 'x', refused), {
        name: 'LibraryError',
        parameter: 'Document',
      });
    }
    // @ts-expect-error: a number is no file
    assert.throws(() => opi.sendDocument(TOKEN, CHAT, 'x', 5), TypeError);
  });

  it('downloads a file as a Buffer, sync and async', async () => {
    // The stand-in's stored file: 256 bytes, 0 to 255.
    const expected = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    assert.deepEqual(opi.downloadFile(TOKEN, 'BQACAgIAAxkBAAIBSmall'), expected);
    assert.deepEqual(await opi.downloadFileAsync(TOKEN, 'BQACAgIAAxkBAAIBSmall'), expected);
    assert.throws(() => opi.downloadFile(TOKEN, 'BQACAgIAAxkBAAIBNone'), {
      name: 'TelegramError',
      message: /invalid file_id/,
    });
    await assert.rejects(opi.downloadFileAsync(TOKEN, ''), { parameter: 'FileID' });
  });

  it('returns what is not Telegram\'s document in the same envelope', () => {
    const icons = opi.getAvatarIconList(TOKEN).result;
    assert.equal(icons['5357419403325481346'], '\u{1F393}');
    assert.deepEqual(opi.getUpdates(TOKEN, { timeout: 1 }).result, []);
    assert.deepEqual(opi.processTmaData('auth_date=1767706628&hash=00', TOKEN).result, {
      auth_date: '1767706628',
      passed: false,
    });
  });

  it('takes a formed keyboard in a sender as it came', () => {
    const formed = opi.formKeyboardFromButtonArray(['A', 'B'], { under: true, column: false });
    const keyboard = {
      inline_keyboard: [
        [
          { text: 'A', callback_data: 'A' },
          { text: 'B', callback_data: 'B' },
        ],
      ],
    };
    assert.deepEqual(formed.result, keyboard);
    assert.deepEqual(opi.replaceMessageKeyboard(TOKEN, CHAT, 5, formed).result.reply_markup, keyboard);
  });

  it('reports a refused connection', async () => {
    opi.configure({ api_url: `http://127.0.0.1:${await closedPort()}`, timeout_ms: 5000 });
    try {
      assert.throws(() => opi.createInvitationLink(TOKEN, CHAT), { kind: 'connection' });
      await assert.rejects(opi.createInvitationLinkAsync(TOKEN, CHAT), { kind: 'connection' });
    } finally {
      opi.configure({ api_url: standinUrl, timeout_ms: 30000 });
    }
  });

  it('returns an answer nested 100 000 deep whole', async () => {
    const depth = 100_000;
    // The server runs in a worker, since the synchronous call blocks this thread.
    const server = new Worker(
      `const { createServer } = require('node:http');
      const { parentPort, workerData: depth } = require('node:worker_threads');
      const body = '{"ok":true,"result":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
      const server = createServer((request, response) => {
        request.resume();
        request.on('end', () => response.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
      });
      server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
      { eval: true, workerData: depth },
    );
    try {
      const [port] = await once(server, 'message');
      opi.configure({ api_url: `http://127.0.0.1:${port}` });
      for (const answer of [
        opi.createInvitationLink(TOKEN, CHAT),
        await opi.createInvitationLinkAsync(TOKEN, CHAT),
      ]) {
        assert.equal(answer.ok, true);
        let levels = 0;
        for (let level = answer.result; Array.isArray(level); level = level[0]) levels += 1;
        assert.equal(levels, depth);
      }
    } finally {
      opi.configure({ api_url: standinUrl });
      await server.terminate();
    }
  });

  it('runs asynchronous calls while the event loop goes on', async () => {
    const calls = Array.from({ length: 400 }, (_, number) => {
      const title = `async link ${number}`;
      return number % 10 === 0
        ? opi.createInvitationLinkAsync(TOKEN, '@no_such_chat', { title }).then(
            () => assert.fail('want a TelegramError'),
            (error) => error.description,
          )
        : opi.createInvitationLinkAsync(TOKEN, CHAT, { title }).then((link) => link.result.name);
    });
    const answers = await Promise.all(calls);
    answers.forEach((answer, number) => {
      assert.equal(
        answer,
        number % 10 === 0 ? 'Bad Request: chat not found' : `async link ${number}`,
      );
    });
  });

  it('is called from worker threads at once', async () => {
    // Each worker loads the module for itself; the library and its settings are shared.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.module).then((opi) => {
        const names = [];
        for (let number = 0; number < 100; number += 1) {
          const title = 'worker ' + workerData.worker + ' link ' + number;
          names.push(opi.createInvitationLink(workerData.token, workerData.chat, { title }).result.name);
        }
        parentPort.postMessage(names);
      });
    `;
    const module = import.meta.resolve('libopi');
    const workers = Array.from({ length: 4 }, async (_, worker) => {
      const thread = new Worker(source, {
        eval: true,
        workerData: { module, worker, token: TOKEN, chat: CHAT },
      });
      // Both listeners from the start: the exit may be seen before the message is.
      const [[names]] = await Promise.all([once(thread, 'message'), once(thread, 'exit')]);
      assert.deepEqual(
        names,
        Array.from({ length: 100 }, (__, number) => `worker ${worker} link ${number}`),
      );
    });
    await Promise.all(workers);
  });

  // Each result is copied into a JS string and released at once, so many calls leave
  // memory flat; every call leaking its result (a few hundred bytes) would add about
  // 10 MiB over this many calls. V8's heap tools see none of libopi's allocations, so
  // two measures are taken: the C allocator's bytes in use, which is sharp, and the
  // process's resident memory, which V8's own growth blurs by a few MiB. Most calls are
  // refused locally, which is quick; one in eight goes to the stand-in.
  it('frees every result', async (t) => {
    const unreadableChat = 'not a chat '.repeat(20);
    /** @param {number} count */
    const round = async (count) => {
      for (let number = 0; number < count; number += 1) {
        switch (number % 16) {
          case 0:
            opi.createInvitationLink(TOKEN, CHAT, {
              title: 'x'.repeat(32),
              limit: (number % 99999) + 1,
            });
            break;
          case 8:
            await assert.rejects(
              opi.createInvitationLinkAsync(TOKEN, '@no_such_chat'),
              opi.TelegramError,
            );
            break;
          case 4:
            await assert.rejects(
              opi.createInvitationLinkAsync(TOKEN, unreadableChat),
              opi.LibraryError,
            );
            break;
          default:
            assert.throws(() => opi.createInvitationLink(TOKEN, unreadableChat), opi.LibraryError);
        }
      }
    };
    // Enough for the connection pool, allocator arenas, caches and V8's compiled code
    // and heap to reach their working size.
    await round(10000);
    const residentBefore = settledResidentBytes();
    const mallocBefore = mallocInUse();
    const calls = 40000;
    await round(calls);
    const residentAfter = settledResidentBytes();
    const mallocAfter = mallocInUse();

    const kib = (/** @type {number} */ bytes) =>
      `${bytes >= 0 ? '+' : ''}${Math.round(bytes / 1024)} KiB`;
    const mib = (/** @type {number} */ bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    const residentGrowth = residentAfter - residentBefore;
    t.diagnostic(
      `node: resident memory ${mib(residentBefore)} -> ${mib(residentAfter)} after ${calls} calls (${kib(residentGrowth)})`,
    );
    if (mallocBefore !== null && mallocAfter !== null) {
      const mallocGrowth = mallocAfter - mallocBefore;
      t.diagnostic(
        `node: malloc in use ${mib(mallocBefore)} -> ${mib(mallocAfter)} (${kib(mallocGrowth)})`,
      );
      assert.ok(
        mallocGrowth < 2 * 2 ** 20,
        `malloc in use grew by ${kib(mallocGrowth)} over ${calls} calls`,
      );
    } else {
      // Without malloc's own count, resident memory is the measure; where malloc counts,
      // it is the one that sees a result left unfreed (each is malloc'd), while resident
      // memory also moves with V8's heap and compiled code, by several MiB from run to run.
      assert.ok(
        residentGrowth < 8 * 2 ** 20,
        `resident memory grew by ${kib(residentGrowth)} over ${calls} calls`,
      );
    }
  });
});
