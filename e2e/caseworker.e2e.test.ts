import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchConsole } from './support/browser';
import { DEMO_PASSWORD, type StartedServer, startServer } from './support/server';

describe('caseworker app in Chromium', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    problems = watchConsole(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in as the 遵义 caseworker', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('login-username').fill('zunyi.cw');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('household-row').first().waitFor();
  });

  it('searches households by name and opens one', async () => {
    const firstName = (await page.getByTestId('household-row').first().getAttribute('data-head-name')) ?? '';
    expect(firstName.length).toBeGreaterThan(1);
    const search = async (q: string) => {
      await page.getByTestId('household-search').fill(q);
      await page.getByTestId('household-search').press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
    };
    // A name nobody has: the list says so instead of showing stale rows.
    await search('查无此人');
    await expect.poll(() => page.getByTestId('household-row').count()).toBe(0);
    await search(firstName);
    const rows = page.getByTestId('household-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const names = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-head-name')));
    expect(names).toContain(firstName);
    await rows
      .filter({ has: page.getByText(firstName, { exact: true }) })
      .first()
      .click();
    await page.getByTestId('household-edit').waitFor();
    // IDs are masked on the page.
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/\d{6}\*{8}[\dX]{4}/);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });

  it('edits the household and sees the change in its history', async () => {
    await page.getByTestId('household-edit').click();
    const address = page.locator('#address');
    await address.waitFor();
    const newAddress = `遵义市红花岗区测试路${Date.now() % 1000}号`;
    await address.fill(newAddress);
    await page.getByTestId('household-save').click();
    await page.getByTestId('history-timeline').waitFor();
    await expect
      .poll(async () => page.getByTestId('history-timeline').innerText(), { timeout: 15_000 })
      .toContain(newAddress);
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});

describe('portal and kiosk pages', () => {
  let server: StartedServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ households: 20 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['/portal/', '职工'],
    ['/kiosk/', '招聘会'],
  ])('%s renders in Chinese with no personal data', async (path, text) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems = watchConsole(page);
    await page.goto(`${server.baseUrl}${path}`);
    await expect.poll(async () => page.locator('body').innerText()).toContain(text);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('body').innerText()).not.toMatch(/\d{17}[\dX]/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
