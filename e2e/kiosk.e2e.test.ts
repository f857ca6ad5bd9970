import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchConsole } from './support/browser';
import { findZunyiFairToday, interestCount, type KioskFairView } from './support/employment-api';
import { DEMO_PASSWORD, type StartedServer, startServer } from './support/server';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/**
 * What Chromium logs while the server is down: each failed fetch is a console error. They are
 * the outage itself, so they are allowed during it, and only these.
 */
const OUTAGE_ERROR =
  /^Failed to load resource: net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE|CONNECTION_CLOSED)/;

/** The marker the kiosk sets once when it boots; the same value later means no reload happened. */
const bootMarker = () => (window as unknown as { __kioskBoot?: string }).__kioskBoot;

/** Live JS listeners and DOM nodes after a forced GC: what an unattended screen must not pile up. */
async function liveCounts(cdp: CDPSession): Promise<{ listeners: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { listeners: value('JSEventListeners'), nodes: value('Nodes') };
}

describe('job-fair kiosk at 1920×1080, its portal page and the employment screens, in Chromium', () => {
  let server: StartedServer;
  let browser: Browser;
  let kiosk: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let problems: string[];
  let fairId: string;
  let listing: KioskFairView;
  let boot: string;
  let qrUrl: string;
  let openTitle: string;
  const fairStatuses: number[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startServer({ households: 40 });
    const found = await findZunyiFairToday(server.baseUrl);
    fairId = found.fair.id;
    listing = found.view;
    browser = await launchBrowser();
    kiosk = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      hasTouch: true,
      locale: 'zh-CN',
    });
    page = await kiosk.newPage();
    problems = watchConsole(page);
    page.on('response', (r) => {
      if (r.url().includes('/trpc/kiosk.fair')) fairStatuses.push(r.status());
    });
    cdp = await kiosk.newCDPSession(page);
    await cdp.send('Performance.enable');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the seeded 遵义 fair and its position cards', async () => {
    // Refetch every 10 s so the outage below is seen quickly; no automatic paging during the test.
    await page.goto(`${server.baseUrl}/kiosk/?fair=${fairId}&refresh=10&rotate=120`);
    await expect.poll(() => page.getByTestId('kiosk-fair-title').innerText()).toBe(listing.fair.name);
    const cards = page.getByTestId('kiosk-position-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(listing.positions.length).toBeGreaterThan(6); // enough for more than one page
    boot = (await page.evaluate(bootMarker)) ?? '';
    expect(boot).not.toBe('');
    // No personal data on a public screen.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toMatch(/(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/);
    await page.screenshot({ path: join(ARTIFACTS, 'kiosk-board.png') });
  });

  it('pages forward by touch', async () => {
    const indicator = page.getByTestId('kiosk-page-indicator');
    expect(await indicator.getAttribute('data-page')).toBe('1');
    const firstBefore = await page
      .getByTestId('kiosk-position-card')
      .first()
      .getAttribute('data-position-id');
    await page.getByTestId('kiosk-page-next').tap();
    await expect.poll(() => indicator.getAttribute('data-page')).toBe('2');
    const firstAfter = await page.getByTestId('kiosk-position-card').first().getAttribute('data-position-id');
    expect(firstAfter).not.toBe(firstBefore);
    await page.getByTestId('kiosk-page-prev').tap();
    await expect.poll(() => indicator.getAttribute('data-page')).toBe('1');
  });

  it('filters by a category', async () => {
    const counts = new Map<string, number>();
    for (const p of listing.positions) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(1);
    const [category, expected] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    await page.getByTestId(`kiosk-filter-category-${category}`).tap();
    const cards = page.getByTestId('kiosk-position-card');
    await expect
      .poll(() => cards.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-category')))]))
      .toEqual([category]);
    expect(await page.getByTestId('kiosk-page-indicator').getAttribute('data-pages')).toBe(
      String(Math.ceil(expected / 6)),
    );
    await page.getByTestId('kiosk-filter-category-all').tap();
    await expect
      .poll(() => page.getByTestId('kiosk-page-indicator').getAttribute('data-pages'))
      .toBe(String(Math.ceil(listing.positions.length / 6)));
  });

  it('opens a position with a QR code to the portal and counts interest once', async () => {
    const card = page.getByTestId('kiosk-position-card').first();
    const positionId = (await card.getAttribute('data-position-id')) ?? '';
    await card.tap();
    const detail = page.getByTestId('kiosk-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-position-id')).toBe(positionId);
    openTitle = await detail.locator('#detail-title').innerText();
    qrUrl = (await page.getByTestId('kiosk-qr').getAttribute('data-url')) ?? '';
    expect(qrUrl).toBe(`${server.baseUrl}/portal/positions/${positionId}`);
    expect(await page.getByTestId('kiosk-qr').locator('path').getAttribute('d')).toMatch(/^M\d/);

    const before = await interestCount(server.baseUrl, fairId, positionId);
    const interest = page.getByTestId('kiosk-interest');
    await interest.tap();
    await expect.poll(() => interest.getAttribute('data-state')).toBe('sent');
    // A second tap on a spent button sends nothing more.
    await interest.tap({ force: true });
    await expect.poll(() => interestCount(server.baseUrl, fairId, positionId)).toBe(before + 1);
    await page.screenshot({ path: join(ARTIFACTS, 'kiosk-detail.png') });
  });

  it("opens the QR code's URL on a phone and shows the position", async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const mobile = await phone.newPage();
    const mobileProblems = watchConsole(mobile);
    await mobile.goto(qrUrl);
    await expect.poll(() => mobile.getByTestId('portal-position-title').innerText()).toBe(openTitle);
    const interest = mobile.getByTestId('portal-interest');
    expect(await interest.getByRole('button').isDisabled()).toBe(true);
    expect(await interest.innerText()).toContain('帮扶联系卡');
    await mobile.screenshot({ path: join(ARTIFACTS, 'portal-position.png'), fullPage: true });
    expect(mobileProblems).toEqual([]);
    await phone.close();
  });

  it('keeps the last cards through a server outage and recovers without a reload', async () => {
    await page.getByRole('button', { name: '关闭' }).tap();
    await page.getByTestId('kiosk-detail').waitFor({ state: 'detached' });
    const baseline = await liveCounts(cdp);
    const cards = page.getByTestId('kiosk-position-card');
    const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-position-id')));
    expect(problems).toEqual([]);
    // Unchanged data is revalidated with its ETag, not downloaded again.
    await expect.poll(() => fairStatuses.includes(304), { timeout: 25_000 }).toBe(true);

    await server.halt();
    const offline = page.getByTestId('kiosk-offline');
    await offline.waitFor({ timeout: 30_000 });
    expect(await offline.innerText()).toContain('离线');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-position-id')))).toEqual(
      shown,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'kiosk-offline.png') });

    await server.restart();
    await offline.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.evaluate(bootMarker)).toBe(boot);
    expect(await page.getByTestId('kiosk-fair-title').innerText()).toBe(listing.fair.name);
    expect(await cards.count()).toBeGreaterThan(0);

    // Fetches, retries and re-renders left nothing behind: no piled-up listeners or nodes.
    const after = await liveCounts(cdp);
    expect(after.listeners).toBeLessThanOrEqual(baseline.listeners + 10);
    expect(after.nodes).toBeLessThanOrEqual(baseline.nodes * 1.1 + 50);

    const unexpected = problems.filter((p) => !OUTAGE_ERROR.test(p));
    expect(unexpected).toEqual([]);
  });

  it('says so when there is no fair, or no such published fair', async () => {
    const other = await kiosk.newPage();
    const otherProblems = watchConsole(other);
    await other.goto(`${server.baseUrl}/kiosk/`);
    await expect.poll(() => other.getByTestId('kiosk-empty').innerText()).toContain('暂无招聘会');
    await other.goto(`${server.baseUrl}/kiosk/?fair=01890a5d-ac96-774b-bcce-b302099a8057`);
    await expect.poll(() => other.getByTestId('kiosk-empty').innerText()).toContain('暂无招聘会');
    // The unknown fair's NOT_FOUND answer is the one error expected here.
    expect(otherProblems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    await other.close();
  });

  it('lets the employment officer open a published fair and its kiosk link', async () => {
    const fair = { id: fairId, name: listing.fair.name };
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const problems = watchConsole(page);
    await page.goto(`${server.baseUrl}/login?next=${encodeURIComponent('/employment/fairs')}`);
    await page.getByTestId('login-username').fill('employment.officer');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByText('精准对接').waitFor();
    await page.goto(`${server.baseUrl}/employment/fairs`);
    await page.getByTestId('fair-row').first().waitFor();
    await page.goto(`${server.baseUrl}/employment/fairs/${fair.id}`);
    await expect.poll(() => page.getByTestId('fair-detail-title').innerText()).toBe(fair.name);
    await expect.poll(() => page.getByTestId('booth-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('fair-open-kiosk').getAttribute('href')).toBe(`/kiosk/?fair=${fair.id}`);
    expect(await page.getByTestId('fair-add-booth').isVisible()).toBe(true);
    await page.goto(`${server.baseUrl}/employment/positions?listed=1`);
    await expect.poll(() => page.getByTestId('position-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('position-new').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a caseworker the job lists without write buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${server.baseUrl}/login?next=${encodeURIComponent('/employment/positions')}`);
    await page.getByTestId('login-username').fill('zunyi.cw');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('position-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('position-new').count()).toBe(0);
    await page.close();
  });
});
