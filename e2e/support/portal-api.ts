import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './server';

const CSRF = { 'x-bangfu-csrf': '1' };
const ROOT = join(import.meta.dirname, '..', '..');

/** A staff session over plain HTTP that can also call mutations, for seeding through the real API. */
export interface StaffApi {
  query<T>(path: string, input?: unknown): Promise<T>;
  mutate<T>(path: string, input?: unknown): Promise<T>;
}

async function unwrap<T>(res: Response, path: string): Promise<T> {
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || !body.result)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

export async function staffApi(baseUrl: string, username: string): Promise<StaffApi> {
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
    async query<T>(path: string, input?: unknown) {
      const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return unwrap<T>(await fetch(`${baseUrl}/trpc/${path}${q}`, { headers: { cookie, ...CSRF } }), path);
    },
    async mutate<T>(path: string, input?: unknown) {
      const res = await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie, ...CSRF },
        body: JSON.stringify(input ?? null),
      });
      return unwrap<T>(res, path);
    },
  };
}

/** What portal.issueCard returns (packages/api/src/portal/staff/issue-card.ts). */
export interface ContactCard {
  fileNo: string | null;
  headName: string;
  orgName: string;
  hotline: string | null;
  cadreName: string | null;
  planNo: number;
  qrUrl: string;
  code: string;
  issuedAt: string;
}

/** The card as the caseworker app prints it: A6, zh-CN, with the QR code to the activation page. */
export async function contactCardHtml(card: ContactCard, baseUrl: string): Promise<string> {
  // qrcode is a dependency of the portal and caseworker apps; borrow theirs.
  const qrcode = createRequire(join(ROOT, 'apps/portal/package.json'))('qrcode') as {
    toDataURL(text: string, opts: { margin: number; width: number }): Promise<string>;
  };
  const url = card.qrUrl.startsWith('http') ? card.qrUrl : `${baseUrl}${card.qrUrl}`;
  const qr = await qrcode.toDataURL(url, { margin: 1, width: 220 });
  const esc = (v: string | null) =>
    (v ?? '—').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  const row = (k: string, v: string | null) => `<div class="row"><span>${k}</span><b>${esc(v)}</b></div>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A6; margin: 0 }
    body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
    .card { box-sizing: border-box; width: 105mm; height: 148mm; padding: 8mm; border: 1px solid #c41d1d; }
    h1 { margin: 0 0 2mm; font-size: 16pt; color: #c41d1d; text-align: center; }
    .sub { text-align: center; font-size: 9pt; color: #595959; margin-bottom: 4mm; }
    .row { display: flex; justify-content: space-between; font-size: 10pt; padding: 1.2mm 0; border-bottom: 1px dashed #d9d9d9; }
    .qr { text-align: center; margin-top: 4mm; } .qr img { width: 34mm; height: 34mm; }
    .code { text-align: center; font-size: 18pt; letter-spacing: 2px; font-family: monospace; margin-top: 2mm; }
    .hint { font-size: 8pt; color: #595959; text-align: center; }
  </style></head><body><div class="card" data-testid="contact-card">
    <h1>帮扶联系卡</h1><div class="sub">${esc(card.orgName)}</div>
    ${row('档案编号', card.fileNo)}${row('户主', card.headName)}${row('责任干部', card.cadreName)}${row('服务热线', card.hotline)}
    <div class="qr"><img alt="QR" src="${qr}"></div>
    <div class="hint">微信扫码或打开 ${url} 激活自助服务</div>
    <div class="code" data-testid="contact-card-code">${card.code}</div>
    <div class="hint">一次性激活码,仅可使用一次,请妥善保管</div>
  </div></body></html>`;
}
