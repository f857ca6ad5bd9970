import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchConsole } from './support/browser';
import { type ContactCard, contactCardHtml, type StaffApi, staffApi } from './support/portal-api';
import { type StartedServer, startServer } from './support/server';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
// A 1×1 PNG: the "scan" of the worker's paper signature on plan no. 1.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const MEASURES = [
  {
    kind: 'MEDICAL',
    cause: 'SERIOUS_ILLNESS',
    description: '协助申请大病医疗救助',
    targetDate: '2027-03-31',
  },
  {
    kind: 'EMPLOYMENT',
    cause: 'ABLE_BUT_UNEMPLOYED',
    description: '推荐参加家政培训并就业',
    targetDate: '2027-06-30',
  },
];

interface Seeded {
  householdId: string;
  idNumber: string;
  card: ContactCard;
  draftPlanNo: number;
}

/** As a caseworker, through the API: a filed household, plan 1 signed on paper, a card, then draft plan 2. */
async function seed(cw: StaffApi): Promise<Seeded> {
  const me = await cw.query<{ id: string }>('auth.me');
  const page = await cw.query<{ items: { id: string }[] }>('households.list', { status: 'FILED', limit: 5 });
  const householdId = page.items[0]?.id;
  if (!householdId) throw new Error('no FILED household in the caseworker’s county');
  const h = await cw.query<{ members: { id: string; relation: string }[] }>('households.get', {
    id: householdId,
  });
  const self = h.members.find((m) => m.relation === 'SELF')!;
  const { idNumber } = await cw.mutate<{ idNumber: string }>('households.revealIdNumber', {
    householdId,
    memberId: self.id,
    purpose: 'WORKER_REQUEST',
  });
  const draft = { householdId, responsibleCadreId: me.id, plannedExitYear: 2028, measures: MEASURES };
  const first = await cw.mutate<{ planId: string; version: number }>('aid.plan.saveDraft', draft);
  const scan = await cw.mutate<{ id: string }>('identification.uploadAttachment', {
    householdId,
    kind: 'SIGNED_PLAN',
    filename: 'plan-signature.png',
    mime: 'image/png',
    contentBase64: PNG,
  });
  await cw.mutate('aid.plan.signOnPaper', {
    planId: first.planId,
    expectedVersion: first.version,
    signerName: '本人',
    attachmentId: scan.id,
  });
  const card = await cw.mutate<ContactCard>('portal.issueCard', { householdId });
  const second = await cw.mutate<{ planNo: number }>('aid.plan.saveDraft', draft);
  return { householdId, idNumber, card, draftPlanNo: second.planNo };
}

describe('a worker activates the portal with a printed card and signs their plan, on a phone, in Chromium', () => {
  let server: StartedServer;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let problems: string[];
  let seeded: Seeded;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startServer({ households: 40 });
    seeded = await seed(await staffApi(server.baseUrl, 'zunyi.cw'));
    browser = await launchBrowser();
    phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    page = await phone.newPage();
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints the contact card (A6) with the QR code and the one-time code', async () => {
    const print = await browser.newPage({ viewport: { width: 397, height: 560 } });
    await print.setContent(await contactCardHtml(seeded.card, server.baseUrl));
    expect(await print.getByTestId('contact-card-code').innerText()).toBe(seeded.card.code);
    expect(seeded.card.fileNo).toMatch(/^GZ/);
    await print.getByTestId('contact-card').screenshot({ path: join(ARTIFACTS, 'contact-card.png') });
    await print.close();
  });

  it('activates with ID number and code from the QR link, then sets a PIN', async () => {
    await page.goto(`${server.baseUrl}${seeded.card.qrUrl}`);
    await page.getByTestId('portal-id-number').fill(seeded.idNumber);
    await page.getByTestId('portal-code').fill(seeded.card.code.toLowerCase());
    await page.getByTestId('portal-activate-submit').tap();
    await page.getByTestId('portal-pin').fill('123456');
    await page.getByTestId('portal-pin-again').fill('123456');
    await page.getByTestId('portal-pin-submit').tap();
    await expect.poll(() => page.locator('.field-error').first().innerText()).toContain('过于简单');
    await page.getByTestId('portal-pin').fill('583920');
    await page.getByTestId('portal-pin-again').fill('583920');
    await page.getByTestId('portal-pin-submit').tap();
    await expect.poll(() => page.getByTestId('portal-greeting').isVisible()).toBe(true);
    // The refused trivial PIN above is a 400 the browser logs; it is the only error allowed.
    expect(problems).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    problems.length = 0;
    const cookies = await phone.cookies();
    const worker = cookies.find((c) => c.name === 'bangfu_worker_sid');
    expect(worker).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookies.find((c) => c.name === 'bangfu_sid')).toBeUndefined();
  });

  it('shows where the case is, with the timeline in plain words', async () => {
    await page.getByTestId('portal-case-summary').tap();
    await expect.poll(() => page.getByTestId('portal-case-status').innerText()).toMatch(/已建档|帮扶中/);
    const steps = page.getByTestId('portal-timeline-step');
    await expect.poll(() => steps.count()).toBeGreaterThan(0);
    expect(await steps.last().getAttribute('data-event')).toMatch(/APPROVE|RECORD_AID|CONFIRM/);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(seeded.idNumber);
    // Usable at 360 px: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(ARTIFACTS, 'portal-case.png'), fullPage: true });
  });

  it('opens the draft plan, signs it after confirming, and sees it signed', async () => {
    await page.goto(`${server.baseUrl}/portal/plan`);
    const draft = page.locator(`[data-testid="portal-plan"][data-plan-no="${seeded.draftPlanNo}"]`);
    await expect.poll(() => draft.getAttribute('data-status')).toBe('DRAFT');
    expect(await draft.innerText()).toContain('协助申请大病医疗救助');
    expect(await page.getByTestId('portal-plan-sign').isDisabled()).toBe(true);
    await page.getByTestId('portal-plan-agree').tap();
    await page.getByTestId('portal-plan-sign').tap();
    await expect.poll(() => draft.getAttribute('data-status')).toBe('SIGNED');
    expect(await draft.getByTestId('portal-plan-signed').innerText()).toContain('职工端在线签字');
    await page.screenshot({ path: join(ARTIFACTS, 'portal-plan-signed.png'), fullPage: true });
  });

  it('switches to English', async () => {
    await page.getByTestId('portal-lang').tap();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Aid plan');
    await page.getByTestId('portal-lang').tap();
    expect(problems).toEqual([]);
  });
});
