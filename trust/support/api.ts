/** The demo password printed by `npm start` and written in the README. */
export const DEMO_PASSWORD = 'Bangfu@2026demo';
const CSRF = { 'x-bangfu-csrf': '1' };

export interface CallResult<T> {
  status: number;
  data?: T;
  /** The domain error code (VERSION_CONFLICT, …) when the call failed. */
  domainCode?: string;
}

export interface Session {
  query<T>(path: string, input?: unknown): Promise<T>;
  mutate<T>(path: string, input: unknown): Promise<T>;
  /** A mutation whose failure is a result, not an exception. */
  attempt<T>(path: string, input: unknown): Promise<CallResult<T>>;
}

async function read<T>(res: Response): Promise<CallResult<T>> {
  const body = (await res.json().catch(() => ({}))) as {
    result?: { data: T };
    error?: { data?: { domainCode?: string; code?: string } };
  };
  return {
    status: res.status,
    data: body.result?.data,
    domainCode: body.error?.data?.domainCode ?? body.error?.data?.code,
  };
}

function must<T>(r: CallResult<T>, path: string): T {
  if (r.status !== 200) throw new Error(`${path} answered ${r.status} ${r.domainCode ?? ''}`);
  return r.data as T;
}

export async function signIn(baseUrl: string, username: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...CSRF },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  must(await read(res), 'auth.signIn');
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const attempt = async <T>(path: string, input: unknown) =>
    read<T>(
      await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie, ...CSRF },
        body: JSON.stringify(input),
      }),
    );
  return {
    async query<T>(path: string, input?: unknown) {
      const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      const get = () => fetch(`${baseUrl}/trpc/${path}${q}`, { headers: { cookie, ...CSRF } });
      // A query is safe to send again. While the embedded server is busy with a long write, a
      // pooled keep-alive socket can reach its idle limit on the server side just as it is reused;
      // the request then fails with ECONNRESET without having been seen. One retry on a new socket.
      const res = await get().catch((e: unknown) => {
        if ((e as { cause?: { code?: string } }).cause?.code === 'ECONNRESET') return get();
        throw e;
      });
      return must(await read<T>(res), path);
    },
    async mutate<T>(path: string, input: unknown) {
      return must(await attempt<T>(path, input), path);
    },
    attempt,
  };
}
