import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { setUpDesk } from './support/desk';

/**
 * QA: each screen's keyboard hint works right after arriving on it. On 今日办件 "↑/↓ 选择，Enter 打开"
 * did nothing after Alt+3 (the focus stayed on the page body, the list 12 Tabs away); after / and Enter
 * opened a guide, 开始陪跑 was 10 Tabs away.
 */
const item = '失业保险金申领';

let browser: Browser;
let app: StaticServer;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
  await page.goto(app.url);
  await setUpDesk(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe('keyboard hints that work on arrival', () => {
  it('/ finds the item, Enter opens its guide, Enter again starts the case (开始陪跑 has the focus)', async () => {
    await page.keyboard.press('/');
    const search = page.getByRole('textbox', { name: '搜索事项' });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('sybxj');
    await page.getByRole('status').filter({ hasText: '找到 1 项' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: item }).waitFor();
    await page.getByRole('button', { name: '开始陪跑' }).waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.waitFor();
    await dialog.getByText(/370800-RS-GG-001/).waitFor();
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('宋春梅');
    await page.keyboard.press('Enter');
    await page.getByText('申请人：宋春梅').waitFor();
  });

  it('Alt+3 then ↓/Enter opens a case from 今日办件 without a single Tab', async () => {
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await page.getByText('↑/↓ 选择，Enter 打开，N 新建办件').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('宋春梅');
    await page.keyboard.press('Enter');
    await page.getByText('申请人：宋春梅').waitFor();
    await screenshot(page, 'qa-keyboard-hints-case');
  });

  it('Alt+2 then typing and ↓ / Enter works in 事项目录 (the search box has the focus on arrival)', async () => {
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: '事项目录' }).waitFor();
    await page.getByText('↓ 进入结果列表，Enter 打开第一项').waitFor();
    await page.keyboard.type('sybxj');
    await page.getByRole('status').filter({ hasText: '找到 1 项' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: item }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
