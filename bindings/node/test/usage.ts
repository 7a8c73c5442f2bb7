// What a TypeScript user writes, compiled by tsc --strict against opi.d.ts (never run):
// a declaration that drifted from opi.js fails here.

import * as opi from 'libopi';

const link: opi.Result = opi.createInvitationLink('token', '@chat', {
  title: 'Link',
  expire: new Date(),
  limit: 200,
});
const url: string = link.result.invite_link;
const numeric: opi.Result = opi.createInvitationLink('token', -1001234567890, { expire: 1746200770 });

const revoked: opi.Result = opi.revokeInvitationLink('token', '@chat', 'https://t.me/+x');
const approved: opi.Result = opi.approveJoinRequest('token', -1001234567890n, 2n ** 40n);
const paid: opi.Result = opi.createSubscriptionLink('token', '@chat', 50, { title: 'Stars' });
const options: opi.InvitationLinkOptions = { limit: 5 };
const kind: 'invalid_argument' = opi.KIND_INVALID_ARGUMENT;
const keyboard = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] };
const sent: opi.Result = opi.sendTextMessage('token', 461699897, 'Hi', { keyboard, parsemode: 'none' });
const located: opi.Result = opi.sendLocation('token', '@chat', 48.87, 2.29, { keyboard: "{'a':1}" });
const poll: opi.Result = opi.sendPoll('token', '@chat', 'Color?', ['Red', 'Blue'], { anonymous: false });
console.log(sent.ok, located.ok, poll.ok);
console.log(revoked.ok, approved.ok, paid.ok, options, kind, opi.describe().ok);

export async function later(): Promise<boolean> {
  const answer = await opi.createInvitationLinkAsync('token', 5n, { title: null });
  const called = await opi.callAsync('token', 'getMe', { params: null });
  return answer.ok && called.ok;
}

try {
  opi.configure({ api_url: 'http://127.0.0.1:8081', timeout_ms: 5000, proxy: null });
} catch (error) {
  if (error instanceof opi.LibraryError) {
    const kind: string = error.kind;
    const parameter: string | null = error.parameter;
    console.log(kind, parameter, error.response.ok);
  } else if (error instanceof opi.TelegramError) {
    const code: number | null = error.errorCode;
    console.log(code, error.description);
  }
}

const loaded: string = opi.load();
const place: string = opi.prebuiltPath('win32', 'ia32');
console.log(url, numeric.ok, loaded, place, opi.libraryName(), opi.version());
