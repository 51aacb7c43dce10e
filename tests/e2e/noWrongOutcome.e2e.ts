import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { startCaseByKeyboard } from './support/startCase';
import { openDesk, type OpenDesk } from './support/openDesk';

/**
 * QA: the 结束办理 and 好差评 dialogs both answer "1–5 + Enter". With a material missing, "1 Enter" (一次办结)
 * was refused with only a warning while 确认 looked live, and the clerk's next "5 Enter", meant as a
 * rating, recorded 转网上办理. A refused choice must leave nothing armed, and keys typed ahead must not
 * carry from one dialog into the next.
 */
let desk: OpenDesk;
let page: Page;
let pageErrors: string[];

const finishDialog = () => page.getByRole('dialog', { name: '结束办理' });
const ratingDialog = () => page.getByRole('dialog', { name: '好差评' });
// The case's status chip under its title (behind an open dialog the page is aria-hidden, so by CSS).
const statusChip = (status: string) =>
  page.locator('main .MuiChip-root').getByText(status, { exact: true }).first();

beforeAll(async () => {
  desk = await openDesk();
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

describe('no wrong outcome by keyboard', () => {
  it('refuses 一次办结 with a material missing and leaves nothing armed for the next keys', async () => {
    await startCaseByKeyboard(page, '冯玉兰');
    // The first step ticked, no material received: 一次办结 cannot be.
    await page.keyboard.press('Space');
    await statusChip('办理中').waitFor();
    await page.keyboard.press('Control+Enter');
    await finishDialog().waitFor();

    // "1 Enter" then at once "5 Enter", as typed by a clerk who expects the rating dialog.
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('5');
    await page.keyboard.press('Enter');
    await finishDialog()
      .getByRole('alert')
      .getByText(/还有必交材料未收齐/)
      .waitFor();
    expect(await finishDialog().getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await finishDialog().getByRole('button', { name: '确认结束办理' }).isDisabled()).toBe(true);
    await screenshot(page, 'qa-refused-nothing-armed');
    // Nothing was recorded: the case is still open, and no rating dialog came up.
    await statusChip('办理中').waitFor();
    expect(await ratingDialog().count()).toBe(0);
  });

  it('takes a deliberate choice once the refusal has been seen', async () => {
    await page.waitForTimeout(1_000);
    await page.keyboard.press('2');
    await finishDialog().getByRole('radio', { name: '需补正材料', checked: true }).waitFor();
    await page.keyboard.press('Enter');
    await ratingDialog().waitFor();
    // Typed the instant the rating dialog appeared, before the clerk could read it: not a rating.
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await statusChip('需补正材料').waitFor();
    expect(await ratingDialog().getByRole('radio', { checked: true }).count()).toBe(0);
    await ratingDialog().waitFor();
  });

  it('takes a rating chosen once the dialog is on screen', async () => {
    // Chosen once it is on screen: taken.
    await page.waitForTimeout(1_000);
    await page.keyboard.press('4');
    await ratingDialog().getByRole('radio', { name: '满意', checked: true }).waitFor();
    await page.keyboard.press('Enter');
    await ratingDialog().waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: '办理结果' }).getByText(/满意/).waitFor();
    expect(await page.getByRole('region', { name: '办理结果' }).getByText('非常不满意').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
