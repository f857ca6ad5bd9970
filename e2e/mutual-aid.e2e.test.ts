import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchConsole } from './support/browser';
import { signIn, todayInShanghai } from './support/employment-api';
import { DEMO_PASSWORD, type StartedServer, startServer } from './support/server';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
// exceljs is the server's own dependency (packages/api): the test fills the template it sends.
const requireFromApi = createRequire(join(import.meta.dirname, '..', 'packages', 'api', 'package.json'));
interface Sheet {
  getRow(n: number): { values: unknown };
  addRow(values: string[]): void;
  rowCount: number;
}
interface Workbook {
  xlsx: { load(data: Buffer): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
  getWorksheet(index: number): Sheet | undefined;
}
const ExcelJS = requireFromApi('exceljs') as { Workbook: new () => Workbook };

/** A valid 18-digit ID number (GB 11643 check digit) in 红花岗区 for `seq`. */
function idNumber(seq: number, sex: 'male' | 'female'): string {
  const order = String(seq * 2 + (sex === 'male' ? 1 : 0)).padStart(3, '0');
  const body = `52030219850505${order}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return `${body}${'10X98765432'[sum % 11]}`;
}

async function signInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Opens an antd Select, optionally types to search, and picks the option whose text contains `text`. */
async function choose(page: Page, select: Locator, text: string, search?: string): Promise<void> {
  await select.click();
  if (search) await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `mutual-aid-${name}.png`), fullPage: true });
}

/** The enrolment sheet: the template as downloaded, with `rows` under its example row. */
async function fillTemplate(template: Buffer, rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template);
  const sheet = book.getWorksheet(1);
  if (!sheet) throw new Error('the template has no sheet');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('医疗互助 screens in Chromium: schemes, units, Excel enrolment, claim, payment, statistics', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let template: Buffer;
  let unitId: string;
  let claimId: string;
  const year = Number(todayInShanghai().slice(0, 4));
  const unitName = `遵义e2e互助测试单位${Date.now() % 100_000}`;
  const good = [
    ['张互助', idNumber(101, 'male'), '是', '是', 'ACCIDENT'],
    ['李互助', idNumber(102, 'female'), '是', '是', 'ACCIDENT'],
  ];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the admin loads the demo schemes and publishes 遵义’s five plans for this year', async () => {
    await signInAs(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/mutual-aid/schemes`);
    await page.getByTestId('ma-seed-demo').click();
    const zunyi = page.locator('[data-testid=ma-scheme][data-code=ZUNYI-FIVE-PLANS]').first();
    await zunyi.waitFor();
    for (const code of ['GUIYANG-CRITICAL', 'SINAN-INPATIENT', 'LIUPANSHUI-INPATIENT'])
      expect(await page.locator(`[data-testid=ma-scheme][data-code=${code}]`).count()).toBeGreaterThan(0);
    const panel = page.locator('.ant-collapse-item', { has: zunyi });
    await panel.getByTestId('ma-scheme-publish-year').click();
    const current = page.locator(`[data-testid=ma-scheme][data-code=ZUNYI-FIVE-PLANS][data-year="${year}"]`);
    await current.waitFor();
    await current.click();
    const plans = page.locator('.ant-collapse-item', { has: current }).getByTestId('ma-plan');
    await expect.poll(() => plans.count()).toBe(5);
    const inpatient = page.locator('.ant-collapse-item', { has: current }).locator('[data-plan=INPATIENT]');
    expect(await inpatient.getByTestId('ma-plan-bands').locator('tbody tr').count()).toBe(3);
    expect(await inpatient.getByTestId('ma-plan-contribution').innerText()).toContain('职工个人');
    await shot(page, 'schemes');
  });

  it('a caseworker registers a unit and downloads the enrolment template', async () => {
    await signInAs(page, server.baseUrl, 'zunyi.cw');
    await page.goto(`${server.baseUrl}/mutual-aid/units`);
    await page.getByTestId('ma-unit-create').click();
    await page.getByTestId('ma-unit-name').fill(unitName);
    await page.getByTestId('ma-unit-org').click();
    await page.keyboard.type('红花岗');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '红花岗' })
      .first()
      .click();
    await page.getByTestId('ma-unit-staff').fill('40');
    await page.getByTestId('ma-unit-save').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await page.getByTestId('ma-unit-search').locator('input').fill(unitName);
    await page.keyboard.press('Enter');
    const row = page.locator('[data-testid=ma-unit-row]', { hasText: unitName });
    await row.waitFor();
    unitId = (await row.getAttribute('data-unit-id')) ?? '';
    expect(unitId).toMatch(/^[0-9a-f-]{36}$/);

    await page.goto(`${server.baseUrl}/mutual-aid/enrol?unit=${unitId}`);
    await choose(page, page.getByTestId('ma-enrol-scheme'), `· ${year} ·`);
    await page.getByTestId('ma-import').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ma-import-template').click(),
    ]);
    expect(download.suggestedFilename()).toContain('.xlsx');
    template = await readFile((await download.path()) ?? '');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template);
    expect(JSON.stringify(book.getWorksheet(1)?.getRow(1).values)).toContain('身份证号');
  });

  it('a sheet with one bad row: the dry run names the row and nothing is written', async () => {
    const bad = ['王错号', '520302198505051234', '是', '是', 'ACCIDENT'];
    const sheet = await fillTemplate(template, [good[0] ?? [], bad]);
    await page.locator('[data-testid=ma-import] input[type=file]').setInputFiles({
      name: 'enrol-bad.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sheet,
    });
    await page.getByTestId('ma-import-file').waitFor();
    await page.getByTestId('ma-import-dry-run').click();
    const report = page.getByTestId('ma-import-report');
    await report.waitFor();
    expect(await report.getAttribute('data-bad')).toBe('1');
    const problem = page.getByTestId('ma-import-problem');
    expect(await problem.first().getAttribute('data-row')).toBe('4');
    expect(await problem.first().innerText()).toContain('身份证号');
    expect(await page.getByTestId('ma-import-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('ma-enrolment-row').count()).toBe(0);
    const api = await signIn(server.baseUrl, 'zunyi.cw');
    const listed = await api.query<{ items: unknown[] }>('mutualAid.enrolments.list', { unitId });
    expect(listed.items).toHaveLength(0);
    await shot(page, 'import-dry-run');
  });

  it('the fixed sheet passes the dry run and is imported', async () => {
    await page.locator('[data-testid=ma-import] input[type=file]').setInputFiles({
      name: 'enrol-fixed.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fillTemplate(template, good),
    });
    await page.getByTestId('ma-import-dry-run').click();
    await expect.poll(() => page.getByTestId('ma-import-report').getAttribute('data-bad')).toBe('0');
    expect(await page.getByTestId('ma-import-report').getAttribute('data-written')).toBe('false');
    await page.getByTestId('ma-import-run').click();
    await expect.poll(() => page.getByTestId('ma-import-report').getAttribute('data-written')).toBe('true');
    await expect.poll(() => page.getByTestId('ma-enrolment-row').count()).toBe(2);
    await shot(page, 'imported');
  });

  it('the fund officer files a claim for a 遵义 member and sees the adjudication steps', async () => {
    await signInAs(page, server.baseUrl, 'fund.officer');
    await page.goto(`${server.baseUrl}/mutual-aid/claims`);
    await page.getByTestId('ma-claim-new').click();
    await choose(page, page.getByTestId('ma-claim-unit'), unitName, unitName.slice(0, 8));
    await choose(page, page.getByTestId('ma-claim-enrolment'), '张互助');
    await expect.poll(() => page.getByTestId('ma-claim-kind').innerText()).toContain('意外伤害');
    await page.getByTestId('ma-claim-total').fill('2000');
    await page.getByTestId('ma-claim-basic').fill('1200');
    await page.getByTestId('ma-claim-self').fill('800');
    await page.getByTestId('ma-claim-policy-self').fill('800');
    for (const doc of ['ID_CARD', 'UNIT_CERTIFICATE', 'MEDICAL_INVOICE'])
      await page.getByTestId(`ma-claim-doc-${doc}`).click();
    await page.getByTestId('ma-claim-save').click();
    const claim = page.getByTestId('ma-claim');
    await claim.waitFor();
    expect(await claim.getAttribute('data-status')).toBe('ADJUDICATED');
    claimId = (await claim.getAttribute('data-claim-id')) ?? '';
    expect(await page.getByTestId('ma-claim-step').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('ma-claim-payable').innerText()).not.toBe('¥0.00');
    expect(await page.getByTestId('ma-claim-explanation').innerText()).toContain('互助金');
    await shot(page, 'claim-steps');
  });

  it('the claim is reviewed (and second-reviewed by another person when drawn), then paid once', async () => {
    const claimUrl = page.url();
    await page.getByTestId('ma-claim-review').click();
    await page.getByTestId('ma-review-reason').fill('材料齐全,同意按核算金额给付');
    await page.getByTestId('ma-review-save').click();
    const claim = page.getByTestId('ma-claim');
    await expect.poll(() => claim.getAttribute('data-status')).not.toBe('ADJUDICATED');
    if ((await claim.getAttribute('data-status')) === 'SECOND_REVIEW') {
      await signInAs(page, server.baseUrl, 'admin');
      await page.goto(claimUrl);
      await page.getByTestId('ma-claim-review').click();
      await page.getByTestId('ma-review-reason').fill('复核同意');
      await page.getByTestId('ma-review-save').click();
    }
    await expect.poll(() => claim.getAttribute('data-status')).toBe('APPROVED');
    await page.getByTestId('ma-claim-pay').click();
    await page.getByTestId('ma-claim-pay-confirm').click();
    await expect.poll(() => claim.getAttribute('data-status')).toBe('PAID');
    expect(await page.getByTestId('ma-claim-paid-on').innerText()).toBe(todayInShanghai());
    await shot(page, 'claim-paid');
  });

  it('the fund officer sees what the workers owe and records their payment', async () => {
    await signInAs(page, server.baseUrl, 'fund.officer');
    await page.goto(`${server.baseUrl}/mutual-aid/accounts`);
    await choose(page, page.getByTestId('ma-acc-scheme'), `· ${year} ·`);
    const workers = page.locator('[data-testid=ma-acc-row][data-payer=INDIVIDUAL]');
    await workers.waitFor();
    // Two members, 10 yuan each for the accident plan, all paid by the worker (遵义).
    expect(await workers.getByTestId('ma-acc-outstanding').innerText()).toBe('¥20.00');
    await page.getByTestId('ma-acc-record').click();
    await choose(page, page.getByTestId('ma-payment-payer'), '职工个人');
    await page.getByTestId('ma-payment-amount').fill('20');
    await page.getByTestId('ma-payment-reference').fill('ZY-E2E-001');
    await page.getByTestId('ma-payment-save').click();
    await expect.poll(() => workers.getByTestId('ma-acc-outstanding').innerText()).toBe('¥0.00');
    await shot(page, 'accounts');
  });

  it('the statistics show the payout, and the what-if changes nothing real', async () => {
    const api = await signIn(server.baseUrl, 'fund.officer');
    const paid = await api.query<{ status: string; approvedFen: number }>('claims.get', { claimId });
    expect(paid.status).toBe('PAID');
    const payable = paid.approvedFen;
    await page.goto(`${server.baseUrl}/mutual-aid/statistics`);
    await choose(page, page.getByTestId('ma-stats-scheme'), `· ${year} ·`);
    const row = page.locator(
      '[data-testid=ma-stats-row][data-scheme=ZUNYI-FIVE-PLANS][data-region="520302"]',
    );
    await row.waitFor();
    const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(await row.getByTestId('ma-stats-paid').innerText()).toBe(yuan(payable));
    expect(await row.getByTestId('ma-stats-raised').innerText()).toBe('¥20.00');
    await choose(page, page.getByTestId('ma-whatif-plan'), '意外伤害');
    await page.getByTestId('ma-whatif-rate-0').fill('900');
    await page.getByTestId('ma-whatif-run').click();
    const diff = page.getByTestId('ma-whatif-difference');
    await diff.waitFor();
    expect(await diff.innerText()).not.toBe('¥0.00');
    expect(await page.getByTestId('ma-whatif-notice').innerText()).toContain('不会改变');
    // The what-if re-adjudicated in memory: the real claim is as it was paid.
    const after = await api.query<{ status: string; approvedFen: number; version: number }>('claims.get', {
      claimId,
    });
    expect([after.status, after.approvedFen]).toEqual(['PAID', payable]);
    await shot(page, 'statistics');
    expect(problems).toEqual([]);
  });
});
