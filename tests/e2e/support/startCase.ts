import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { mainNav } from './desk';

/** The item most scenarios handle: 即办, two materials, five steps. */
export const unemploymentItem = '失业保险金申领';

/** 新建办件 by mouse, as a clerk new to the keys does it; ends on the handling screen. */
export const startCase = async (page: Page, applicant: string): Promise<void> => {
  await mainNav(page, '今日办件').click();
  await page.getByRole('button', { name: '新建办件' }).click();
  const start = page.getByRole('dialog', { name: '新建办件' });
  await start.getByRole('combobox', { name: '办理事项' }).fill('sybxj');
  await page.getByRole('option', { name: new RegExp(unemploymentItem) }).click();
  await start.getByRole('textbox', { name: '申请人姓名' }).fill(applicant);
  await start.getByRole('button', { name: '开始陪跑' }).click();
  await page.getByText(`申请人：${applicant}`).waitFor();
};

/**
 * Alt+3, N, type-ahead, Tab to the name, Enter: the case opens on its handling screen with the first
 * step focused, so Space ticks it.
 */
export const startCaseByKeyboard = async (page: Page, applicant: string): Promise<void> => {
  await page.keyboard.press('Alt+3');
  await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: '新建办件' });
  await dialog.waitFor();
  await page.keyboard.type('sybxj');
  await page.getByRole('option', { name: new RegExp(unemploymentItem) }).waitFor();
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
