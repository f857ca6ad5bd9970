import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchConsole } from './support/browser';
import { signIn } from './support/employment-api';
import { DEMO_PASSWORD, type StartedServer, startServer } from './support/server';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
// A 1×1 PNG: the "photo" of the page the worker signed.
const SIGNED_PAGE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

interface ListedHousehold {
  id: string;
  fileNo: string | null;
  headName: string;
  status: string;
}

async function signInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Opens an antd Select and picks the option whose text contains `text`, then waits for the
 * dropdown to close, so the next pick cannot land in this one while it fades out (seen under load).
 */
async function choose(page: Page, select: Locator, text: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  await expect.poll(() => open.count()).toBe(0);
  await select.click();
  await open.locator('.ant-select-item-option', { hasText: text }).first().click();
  await expect.poll(() => open.count()).toBe(0);
}

/** '¥1,234.50' → 123450 fen, by string arithmetic like the app. */
function fenOf(text: string): number {
  const m = /(-?)¥([\d,]+)\.(\d{2})/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]?.replaceAll(',', '')) * 100 + Number(m[3]));
}

describe('aid screens in Chromium: plan, signature, contact card, payment, ledger', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let household: ListedHousehold;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    problems = watchConsole(page);
    const api = await signIn(server.baseUrl, 'zunyi.cw');
    const filed = await api.query<{ items: ListedHousehold[] }>('households.list', {
      status: 'FILED',
      limit: 20,
    });
    const found = filed.items.find((h) => h.fileNo);
    if (!found) throw new Error('no FILED household in 红花岗区 in the demo data');
    household = found;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the caseworker drafts a plan with two measures', async () => {
    await signInAs(page, server.baseUrl, 'zunyi.cw');
    await page.goto(`${server.baseUrl}/households/${household.id}`);
    const card = page.getByTestId('aid-card');
    await card.waitFor();
    await card.getByTestId('plan-edit').click();
    await choose(page, page.getByTestId('measure-kind-0'), '生活救助');
    await page.getByTestId('measure-description-0').fill('按月发放生活救助,保障基本生活');
    await page.getByTestId('measure-add').click();
    await choose(page, page.getByTestId('measure-kind-1'), '技能培训');
    await page.getByTestId('measure-description-1').fill('推荐参加家政服务技能培训');
    await page.getByTestId('plan-save').click();
    const draft = page.getByTestId('aid-plan-draft');
    await draft.waitFor();
    await expect.poll(() => draft.getByTestId('aid-measure-row').count()).toBe(2);
  });

  it('records the worker’s paper signature with a scan, and the plan comes into force', async () => {
    await page.getByTestId('plan-sign-paper').click();
    await expect.poll(() => page.getByTestId('sign-signer').inputValue()).not.toBe('');
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'signed-plan.png',
      mimeType: 'image/png',
      buffer: SIGNED_PAGE_PNG,
    });
    await page.getByTestId('sign-file-name').waitFor();
    await page.getByTestId('sign-save').click();
    const current = page.getByTestId('aid-plan-current');
    await current.waitFor();
    expect(await current.getByTestId('aid-plan-current-signature').innerText()).toContain('纸质签字');
    await expect.poll(() => page.getByTestId('aid-plan-draft').count()).toBe(0);
  });

  it('issues the contact card and prints it with a one-time code', async () => {
    await page.getByTestId('contact-card-issue').click();
    await page.getByTestId('contact-card').waitFor();
    const code = await page.getByTestId('contact-card-code').innerText();
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    // The code lives in memory only: not in the URL, and not in the history entry.
    expect(page.url()).not.toContain(code);
    expect(JSON.stringify(await page.evaluate(() => window.history.state))).not.toContain(code);
    expect(await page.getByTestId('contact-card-file-no').innerText()).toBe(household.fileNo);
    expect(await page.getByTestId('contact-card-head').innerText()).toContain('*');
    await expect
      .poll(() => page.getByTestId('contact-card-qr').getAttribute('src'))
      .toMatch(/^data:image\/png/);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.emulateMedia({ media: 'print' });
    await page
      .getByTestId('contact-card')
      .screenshot({ path: join(ARTIFACTS, 'contact-card-caseworker.png') });
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('contact-card-back').click();
    await page.getByTestId('aid-card').waitFor();
  });

  it('requests a living-aid payment; a double click is still one request', async () => {
    await page.getByTestId('pay-request-open').click();
    await choose(page, page.getByTestId('pay-measure'), '生活救助');
    await page.getByTestId('pay-amount').fill('500.10');
    await page.getByTestId('pay-note').fill('本年度生活救助');
    await page.getByTestId('pay-request-submit').dblclick();
    const result = page.getByTestId('pay-request-result');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('APPROVED');
    await page.getByTestId('pay-request-close').click();
    const rows = page.getByTestId('household-request-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(fenOf(await rows.first().getByTestId('request-amount').innerText())).toBe(50010);
  });

  it('the fund officer pays it, and sees it in the ledger with totals that add up', async () => {
    const officer = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const officerProblems = watchConsole(officer);
    await signInAs(officer, server.baseUrl, 'fund.officer');
    await officer.goto(`${server.baseUrl}/aid/payments`);
    const row = officer.getByTestId('payout-row').filter({ hasText: '500.10' });
    await row.first().waitFor();
    await row.first().getByTestId('payout-pay').click();
    await officer.getByTestId('payout-confirm').click();
    await expect.poll(() => row.count()).toBe(0);

    await officer.goto(`${server.baseUrl}/aid/ledger`);
    const entry = officer.getByTestId('ledger-row').filter({ hasText: household.fileNo ?? '' });
    await entry.first().waitFor();
    expect(fenOf(await entry.first().getByTestId('ledger-amount').innerText())).toBe(50010);
    // Per programme and per funding source, the rows add up to the same total.
    const totals: number[] = [];
    for (const table of ['balance-programme', 'balance-funding']) {
      const nets = await officer
        .getByTestId(`${table}-row`)
        .evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent ?? ''));
      const total = fenOf(await officer.getByTestId(`${table}-total-net`).innerText());
      expect(nets.reduce((s, n) => s + fenOf(n), 0)).toBe(total);
      totals.push(total);
    }
    expect(totals[0]).toBe(totals[1]);
    expect(totals[0]).toBeGreaterThanOrEqual(50010);

    // The funding-source filter is applied by the server: another source hides the entry.
    const funding = officer.getByTestId('ledger-funding');
    await choose(officer, funding, '社会捐助');
    await expect.poll(() => entry.count()).toBe(0);
    await choose(officer, funding, '工会经费');
    await entry.first().waitFor();

    // 追回 from the household's aid card: the payment becomes due, with the reason given.
    await officer.goto(`${server.baseUrl}/households/${household.id}`);
    await officer.getByTestId('recovery-open').click();
    await officer.getByTestId('recovery-open-reason').fill('复核发现收入超标,应予追回');
    await officer.getByTestId('recovery-open-save').click();
    await officer.getByRole('tab', { name: '追回', exact: true }).click();
    const due = officer.locator('[data-testid="household-payments"] .ant-table-row', {
      hasText: '复核发现收入超标',
    });
    await expect.poll(() => due.count()).toBe(1);
    expect(officerProblems).toEqual([]);
    await officer.close();
  });

  it('the caseworker’s other aid pages open', async () => {
    for (const [path, testId] of [
      ['/aid/festival', 'campaign-new'],
      ['/aid/requests', 'requests-org'],
      ['/aid/recoveries', 'recovery-row'],
    ] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.locator(`[data-testid="${testId}"], .ant-empty`).first().waitFor();
    }
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
