import type { HouseholdListInput } from '@bangfu/domain';
import { CSRF_HEADER } from '../src/http/create-http-app';
import { say } from './progress';

export interface HouseholdListPage {
  readonly items: readonly { readonly id: string }[];
  readonly nextCursor: string | null;
}

/** A signed-in staff member talking to the server over real HTTP, as the caseworker app does. */
export interface StaffClient {
  readonly username: string;
  /** The session cookie's value, for calling the router in-process as this user. */
  readonly sessionToken: string;
  /** Fetches one page and reads the whole body; throws on any non-200 answer. */
  list(input: HouseholdListInput): Promise<HouseholdListPage>;
  /** The same request, with the body read but not parsed: the timed path. */
  listRaw(input: HouseholdListInput): Promise<void>;
}

export const listUrl = (base: string, input: HouseholdListInput): string =>
  `${base}/trpc/households.list?input=${encodeURIComponent(JSON.stringify(input))}`;

/**
 * fetch, tried a second time on a network error. On PGlite a slow query runs on the main thread and
 * blocks the event loop, so a pooled keep-alive socket can be closed by the server's idle timer just as
 * the next request is written to it ("fetch failed: other side closed"). Only the untimed calls retry;
 * the timed requests follow each other without idle gaps.
 */
async function fetchOnceMore(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    say(`      (network error ${String(e.cause ?? e.message)}; retrying once)`);
    return fetch(url, init);
  }
}

async function failure(res: Response, what: string): Promise<Error> {
  return new Error(`${what}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
}

export async function signIn(base: string, username: string, password: string): Promise<StaffClient> {
  const res = await fetchOnceMore(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw await failure(res, `sign-in as ${username}`);
  await res.text();
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie?.startsWith('bangfu_sid=')) throw new Error(`sign-in as ${username}: no session cookie`);
  const headers = { cookie };
  return {
    username,
    sessionToken: decodeURIComponent(cookie.slice('bangfu_sid='.length)),
    async list(input) {
      const r = await fetchOnceMore(listUrl(base, input), { headers });
      if (!r.ok) throw await failure(r, `households.list as ${username}`);
      const body = (await r.json()) as { result: { data: HouseholdListPage } };
      return body.result.data;
    },
    async listRaw(input) {
      const r = await fetch(listUrl(base, input), { headers });
      if (!r.ok) throw await failure(r, `households.list as ${username}`);
      await r.arrayBuffer();
    },
  };
}
