import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchConsole } from './support/browser';
import { signIn } from './support/employment-api';
import { DEMO_PASSWORD, type StartedServer, startServer } from './support/server';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/** The parts of stats.overview / stats.report this test reads (packages/domain/src/stats/stats-dto.ts). */
interface OrgRef {
  id: string;
  code: string;
  name: string;
  kind: string;
}
interface Overview {
  scope: { org: OrgRef; breadcrumbs: OrgRef[]; children: OrgRef[] };
  onFile: { households: number; people: number };
  byChild: { org: OrgRef | null; values: { households: number } }[];
}
interface Report {
  total: { households: number };
  byCategory: { key: string; households: number; share: string }[];
  narrative: { zh: string; en: string }[];
}

async function signInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `insight-${name}.png`), fullPage });
}

const childRows = (page: Page) => page.locator('[data-testid=dash-children-row]');
const crumbs = (page: Page) => page.getByTestId('dash-crumb');

/** The org codes of the children table's rows, once it shows the unit `code`. */
async function childCodesUnder(page: Page, code: string): Promise<string[]> {
  await page.locator(`[data-testid=dash-crumb][data-org="${code}"]`).waitFor();
  await childRows(page).first().waitFor();
  return childRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-org') ?? ''));
}

async function kindsOfRows(page: Page): Promise<string[]> {
  return childRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind') ?? ''));
}

describe('统计分析 and 调研报告 in Chromium: scoped drill-down, figures equal to the API, the report', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

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

  it('a county caseworker sees only their county: no prefectures, their grassroots unions, the API’s total', async () => {
    const api = await signIn(server.baseUrl, 'zunyi.cw');
    const overview = await api.query<Overview>('stats.overview', {});
    expect(overview.scope.org.code).toBe('520302');

    await signInAs(page, server.baseUrl, 'zunyi.cw');
    await page.goto(`${server.baseUrl}/insight/dashboards`);
    const codes = await childCodesUnder(page, '520302');
    expect(await crumbs(page).count()).toBe(1);
    expect(await crumbs(page).first().innerText()).toBe(overview.scope.org.name);

    const kinds = await kindsOfRows(page);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind === 'SELF' || kind.startsWith('GRASSROOTS')).toBe(true);
    expect(codes.filter((c) => c !== 'self').sort()).toEqual(
      overview.scope.children.map((c) => c.code).sort(),
    );

    const onFile = String(overview.onFile.households);
    expect(await page.getByTestId('dash-card-onfile-households').innerText()).toBe(onFile);
    const total = page.locator('[data-testid=dash-children-total] [data-col=households]');
    expect(await total.innerText()).toBe(onFile);
    expect(overview.onFile.households).toBeGreaterThan(0);
  });

  it('the province admin drills 省 → 遵义市 → a county → back up by the breadcrumb and the back button', async () => {
    const api = await signIn(server.baseUrl, 'admin');
    await signInAs(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/insight/dashboards`);
    await childCodesUnder(page, '520000');
    expect((await kindsOfRows(page)).filter((k) => k === 'PREFECTURE')).toHaveLength(9);
    await page.getByTestId('dash-children-chart').locator('svg').waitFor();
    await shot(page, 'dashboard-overview');

    await page.locator('[data-testid=dash-child-link][data-org="520300"]').click();
    const zunyiCodes = await childCodesUnder(page, '520300');
    expect(new URL(page.url()).searchParams.get('org')).toBeTruthy();
    expect(await crumbs(page).count()).toBe(2);
    const zunyi = await api.query<Overview>('stats.overview', {
      orgId: new URL(page.url()).searchParams.get('org'),
    });
    expect(zunyiCodes.filter((c) => c !== 'self').sort()).toEqual(
      zunyi.scope.children.map((c) => c.code).sort(),
    );
    expect((await kindsOfRows(page)).every((k) => k === 'COUNTY' || k === 'SELF')).toBe(true);

    await page.locator('[data-testid=dash-child-link][data-org="520302"]').click();
    await childCodesUnder(page, '520302');
    expect(await crumbs(page).count()).toBe(3);
    expect((await kindsOfRows(page)).every((k) => k === 'SELF' || k.startsWith('GRASSROOTS'))).toBe(true);

    // The drill state is in the URL: the browser's back button climbs one level.
    await page.goBack();
    await childCodesUnder(page, '520300');
    expect(await crumbs(page).count()).toBe(2);

    await crumbs(page).first().click();
    await childCodesUnder(page, '520000');
    expect(await crumbs(page).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('org')).toBeNull();
    expect((await kindsOfRows(page)).filter((k) => k === 'PREFECTURE')).toHaveLength(9);

    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByTestId('dash-trend-chart').locator('svg').waitFor();
    expect(await page.locator('[data-testid=dash-trend-row]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('tab')).toBe('trend');
    await shot(page, 'dashboard-trend');
  });

  it('the province report shows the narrative and the category shares stats.report gives', async () => {
    const api = await signIn(server.baseUrl, 'admin');
    const report = await api.query<Report>('stats.report', {});
    expect(report.total.households).toBeGreaterThan(0);

    await page.goto(`${server.baseUrl}/insight/report`);
    await page.getByTestId('report-document').waitFor();
    expect(await page.getByTestId('report-title').innerText()).toBe(
      '《贵州省城镇困难职工生产生活状况调研报告》',
    );
    const paragraphs = page.getByTestId('report-narrative').locator('p');
    expect(await paragraphs.count()).toBe(report.narrative.length);
    expect(await paragraphs.first().innerText()).toBe(report.narrative[0]?.zh);

    for (const row of report.byCategory) {
      const tr = page.locator(`[data-testid=report-category-row][data-key="${row.key}"]`);
      expect(await tr.getByTestId('report-category-share').innerText()).toBe(row.share);
    }
    const sum = report.byCategory.reduce((s, r) => s + r.households, 0);
    expect(await page.getByTestId('report-category-total').locator('td').nth(1).innerText()).toBe(
      String(sum),
    );
    // The first screen (title, narrative, category table): the whole document runs to several pages.
    await shot(page, 'report', false);

    const download = page.waitForEvent('download');
    await page.getByTestId('report-excel').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    // 在档口径 counts only the files on file now: the document follows the option.
    const onFile = await api.query<Report>('stats.report', { basis: 'ON_FILE' });
    await page.getByTestId('report-basis').getByText('在档口径').click();
    await page.getByTestId('report-apply').click();
    await page.waitForURL((url) => url.searchParams.get('basis') === 'ON_FILE');
    await expect
      .poll(() => page.getByTestId('report-category-total').locator('td').nth(1).innerText())
      .toBe(String(onFile.total.households));

    await page.getByTestId('report-print').click();
    await page.getByTestId('report-print-page').getByTestId('report-document').waitFor();
    expect(new URL(page.url()).pathname).toBe('/insight/report/print');
    expect(new URL(page.url()).searchParams.get('basis')).toBe('ON_FILE');
    expect(problems).toEqual([]);
  });
});
