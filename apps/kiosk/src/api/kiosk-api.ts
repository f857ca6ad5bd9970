import { CSRF_HEADER } from '@bangfu/client';
import type { KioskFairView } from './types';

const TRPC = '/trpc';
/** A screen on a slow fair-hall network still gets an answer or a clear failure in this time. */
const REQUEST_TIMEOUT_MS = 15_000;

export type FairFetch =
  | { kind: 'fresh'; view: KioskFairView; etag: string | null }
  | { kind: 'not-modified' }
  | { kind: 'not-found' };

/** The server asked us to slow down (429); it is up, so this is not "offline". */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('rate limited');
  }
}

function retryAfterMs(res: Response): number {
  const seconds = Number(res.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30_000;
}

/**
 * A request that gives up after REQUEST_TIMEOUT_MS or when `parent` aborts. Written out rather
 * than `AbortSignal.any` so older screen browsers run it; its timer and listener go with it.
 */
async function fetchWithTimeout(url: string, init: RequestInit, parent?: AbortSignal): Promise<Response> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, REQUEST_TIMEOUT_MS);
  parent?.addEventListener('abort', abort, { once: true });
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', abort);
  }
}

interface TrpcBody<T> {
  result?: { data: T };
  error?: { data?: { code?: string } };
}

/**
 * One fair's public listing, by a plain tRPC GET so the ETag round-trip is ours: with the last
 * ETag the server answers 304 and nothing is parsed or re-rendered. No cookie is sent.
 */
export async function fetchFair(
  fairId: string,
  etag: string | null,
  signal: AbortSignal,
): Promise<FairFetch> {
  const input = encodeURIComponent(JSON.stringify({ fairId }));
  const res = await fetchWithTimeout(
    `${TRPC}/kiosk.fair?input=${input}`,
    { headers: etag ? { 'If-None-Match': etag } : {}, cache: 'no-store', credentials: 'omit' },
    signal,
  );
  if (res.status === 304) return { kind: 'not-modified' };
  if (res.status === 429) throw new RateLimitedError(retryAfterMs(res));
  const body = (await res.json().catch(() => null)) as TrpcBody<KioskFairView> | null;
  if (res.ok && body?.result) return { kind: 'fresh', view: body.result.data, etag: res.headers.get('ETag') };
  // An unpublished, cancelled or unknown fair (or a malformed id) is "no fair", not an outage.
  const code = body?.error?.data?.code;
  if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') return { kind: 'not-found' };
  throw new Error(`kiosk.fair answered HTTP ${res.status}`);
}

export type InterestResult = { kind: 'counted' } | { kind: 'too-many' } | { kind: 'failed' };

/** A visitor tapped "我感兴趣": an anonymous count, nothing about the visitor is sent. */
export async function registerInterest(fairId: string, positionId: string): Promise<InterestResult> {
  try {
    const res = await fetchWithTimeout(`${TRPC}/kiosk.registerInterest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...CSRF_HEADER },
      body: JSON.stringify({ fairId, positionId }),
      cache: 'no-store',
      credentials: 'omit',
    });
    if (res.status === 429) return { kind: 'too-many' };
    return res.ok ? { kind: 'counted' } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
