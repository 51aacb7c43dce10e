import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { startCaseByKeyboard } from './support/startCase';
import { openDesk, type OpenDesk } from './support/openDesk';
import { printedDocuments, recordPrints } from './support/desk';

/**
 * QA: a clerk working from the keyboard finishes a case and answers (or skips) the 好差评. The 办结
 * button that opened the dialogs is gone by then, so focus must land on the next thing to do rather
 * than on the page body, where the next Tab starts again from the top of the window.
 */
let desk: OpenDesk;
let page: Page;
let pageErrors: string[];

const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

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
  desk = await openDesk({ prepare: recordPrints });
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

describe('focus after 办结 and 好差评', () => {
  it('lands on 返回今日办件 after 一次办结, so Enter goes on to the next applicant', async () => {
    await startCaseByKeyboard(page, '曾宪梓');
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
    await startCaseByKeyboard(page, '孟庆国');
    await finishByKeyboard('2');
    await page.getByRole('region', { name: '一次性告知书' }).waitFor();
    await expect.poll(focusedText).toBe('打印');
    await screenshot(page, 'qa-focus-notice-print');
    await page.keyboard.press('Enter');
    await expect.poll(() => printedDocuments(page)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
