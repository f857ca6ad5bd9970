import { type AppServices, createCaller, createContext } from '@bangfu/api';
import type { StaffClient } from '../http-client';

/** A signed-in staff member's cookie, as the caseworker app sends it. */
export const sessionCookie = (client: StaffClient): string =>
  `bangfu_sid=${encodeURIComponent(client.sessionToken)}`;

const queryUrl = (base: string, path: string, input: unknown): string =>
  input === undefined
    ? `${base}/trpc/${path}`
    : `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** GET /trpc/<path> over real HTTP; returns the body's byte length, throws on any non-200. */
export async function httpQueryBytes(
  base: string,
  client: StaffClient,
  path: string,
  input?: unknown,
): Promise<number> {
  const r = await fetch(queryUrl(base, path, input), { headers: { cookie: sessionCookie(client) } });
  if (!r.ok)
    throw new Error(`${path} as ${client.username}: HTTP ${r.status} ${(await r.text()).slice(0, 300)}`);
  return (await r.arrayBuffer()).byteLength;
}

/** The same request, with the answer parsed: `result.data`. */
export async function httpQuery<T>(
  base: string,
  client: StaffClient,
  path: string,
  input?: unknown,
): Promise<T> {
  const r = await fetch(queryUrl(base, path, input), { headers: { cookie: sessionCookie(client) } });
  if (!r.ok)
    throw new Error(`${path} as ${client.username}: HTTP ${r.status} ${(await r.text()).slice(0, 300)}`);
  return ((await r.json()) as { result: { data: T } }).result.data;
}

/**
 * The tRPC router in-process as a signed-in user (session lookup, middleware, zod, the use-case; no
 * HTTP). Used for calls that run for minutes, such as paying a province's campaign, which a fetch
 * client would time out on (undici waits 300 s for the answer's headers).
 */
export async function inProcessCaller(services: AppServices, client: StaffClient) {
  const cookies = { sessionToken: client.sessionToken, setSession() {}, clearSession() {} };
  const ctx = await createContext(services, {
    ip: '127.0.0.1',
    userAgent: 'bangfu-bench',
    cookies,
    csrfOk: true,
  });
  if (!ctx.actor) throw new Error(`in-process caller: the session of ${client.username} did not resolve`);
  return { ctx, caller: createCaller(ctx) };
}
