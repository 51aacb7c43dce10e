import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { printedDocuments, recordPrints, setUpDesk } from './support/desk';

/**
 * QA: a clerk working from the keyboard finishes a case and answers (or skips) the 好差评. The 办结
 * button that opened the dialogs is gone by then, so focus must land on the next thing to do rather
 * than on the page body, where the next Tab starts again from the top of the window.
 */
const item = '失业保险金申领';

let browser: Browser;
let app: StaticServer;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Alt+3, N, type-ahead, Tab to the name, Enter: the case opens on its handling screen. */
const startByKeyboard = async (applicant: string) => {
  await page.keyboard.press('Alt+3');
  await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: '新建办件' });
  await dialog.waitFor();
  await page.keyboard.type('sybxj');
  await page.getByRole('option', { name: new RegExp(item) }).waitFor();
  await page.keyboard.press('Enter');
  await dialog.getByText('370800-RS-GG-001 · 承诺时限 当场办结').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type(applicant);
  await page.keyboard.press('Enter');
  await page.getByText(`申请人：${applicant}`).waitFor();
  await expect
    .poll(() =>
      page
        .getByRole('region', { name: '办理环节' })
        .getByRole('checkbox', { name: '核验身份' })
        .evaluate((element) => element === document.activeElement),
    )
    .toBe(true);
};

/** Ctrl+Enter opens 办结, a digit picks the outcome, Enter confirms, Esc skips the rating. */
const finishByKeyboard = async (digit: string) => {
  await page.keyboard.press('Control+Enter');
  await page.getByRole('dialog', { name: '结束办理' }).waitFor();
  await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  const rating = page.getByRole('dialog', { name: '好差评' });
  await rating.waitFor();
  await page.keyboard.press('Escape');
  await rating.waitFor({ state: 'hidden' });
};

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
  await recordPrints(page);
  await page.goto(app.url);
  await setUpDesk(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe('focus after 办结 and 好差评', () => {
  it('lands on 返回今日办件 after 一次办结, so Enter goes on to the next applicant', async () => {
    await startByKeyboard('曾宪梓');
    // Five steps, then the two required materials: Space ticks, ↓ moves on.
    for (let row = 0; row < 7; row += 1) {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    await page.getByRole('region', { name: '材料清单' }).getByText('必交材料已收 2/2').waitFor();
    await finishByKeyboard('1');
    await expect.poll(focusedText).toBe('返回今日办件');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  });

  it('lands on 打印 of the one-time notice after 需补正材料, so Enter prints it', async () => {
    await startByKeyboard('孟庆国');
    await finishByKeyboard('2');
    await page.getByRole('region', { name: '一次性告知书' }).waitFor();
    await expect.poll(focusedText).toBe('打印');
    await screenshot(page, 'qa-focus-notice-print');
    await page.keyboard.press('Enter');
    await expect.poll(() => printedDocuments(page)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
