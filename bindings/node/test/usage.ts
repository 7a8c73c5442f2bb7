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

export async function later(): Promise<boolean> {
  const answer = await opi.createInvitationLinkAsync('token', 5n, { title: null });
  return answer.ok;
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
