import { DEMO_PASSWORD } from './server';

/** A staff session over plain HTTP, for finding seeded data without driving the UI. */
export interface StaffSession {
  query<T>(path: string, input: unknown): Promise<T>;
}

const CSRF = { 'x-bangfu-csrf': '1' };

async function unwrap<T>(res: Response, path: string): Promise<T> {
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || !body.result)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

export async function signIn(baseUrl: string, username: string): Promise<StaffSession> {
  const res = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...CSRF },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  await unwrap(res, 'auth.signIn');
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async query<T>(path: string, input: unknown) {
      const url = `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
      return unwrap<T>(await fetch(url, { headers: { cookie, ...CSRF } }), path);
    },
  };
}

export interface FairSummary {
  id: string;
  name: string;
  divisionCode: string;
  startDate: string;
  endDate: string;
  status: string;
}

export interface KioskFairView {
  fair: { id: string; name: string };
  positions: { id: string; title: string; category: string; divisionCode: string }[];
}

/** Today in the business time zone, 'YYYY-MM-DD'. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export async function kioskFair(baseUrl: string, fairId: string): Promise<KioskFairView> {
  const input = encodeURIComponent(JSON.stringify({ fairId }));
  return unwrap<KioskFairView>(await fetch(`${baseUrl}/trpc/kiosk.fair?input=${input}`), 'kiosk.fair');
}

/**
 * The seeded published fair in 遵义 (prefecture 5203) that is on today and lists the most
 * positions, found the way an employment officer would: their fair list, then the public listing.
 */
export async function findZunyiFairToday(
  baseUrl: string,
): Promise<{ fair: FairSummary; view: KioskFairView }> {
  const officer = await signIn(baseUrl, 'employment.officer');
  const page = await officer.query<{ items: FairSummary[] }>('employment.fairs.list', {
    status: 'PUBLISHED',
    limit: 100,
  });
  const today = todayInShanghai();
  const candidates = page.items.filter(
    (f) => f.divisionCode.startsWith('5203') && f.startDate <= today && today <= f.endDate,
  );
  let best: { fair: FairSummary; view: KioskFairView } | null = null;
  for (const fair of candidates) {
    const view = await kioskFair(baseUrl, fair.id);
    if (!best || view.positions.length > best.view.positions.length) best = { fair, view };
  }
  if (!best) {
    const seen = page.items.map((f) => `${f.name} ${f.divisionCode} ${f.startDate}..${f.endDate}`);
    throw new Error(`no published 遵义 fair on ${today}; published fairs: ${JSON.stringify(seen)}`);
  }
  return best;
}

/** The visitor-interest count of one position at a fair, as staff see it. */
export async function interestCount(baseUrl: string, fairId: string, positionId: string): Promise<number> {
  const officer = await signIn(baseUrl, 'employment.officer');
  const fair = await officer.query<{ interest: { positionId: string; count: number }[] }>(
    'employment.fairs.get',
    {
      id: fairId,
    },
  );
  return fair.interest.find((i) => i.positionId === positionId)?.count ?? 0;
}
