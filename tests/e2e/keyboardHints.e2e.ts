import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { openDesk, type OpenDesk } from './support/openDesk';
import { clerkPin, switchClerk } from './support/desk';

/**
 * QA: each screen's keyboard hint works right after arriving on it. On 今日办件 "↑/↓ 选择，Enter 打开"
 * did nothing after Alt+3 (the focus stayed on the page body, the list 12 Tabs away); after / and Enter
 * opened a guide, 开始陪跑 was 10 Tabs away. Every screen that shows a hint is tried here right after
 * its Alt+N or its route, with no Tab and no click: 首页 (↑/↓, Enter, typing, and `/` still the catalog
 * search), 事项目录, 今日办件 (↑/↓, Enter, N), a case (J/K, Space, F9) and 今日我带班 (F8).
 */
const item = '失业保险金申领';
/**
 * The text of the focused link (a 今日办件 row, a catalog result), or '' when the focus is anywhere else.
 * Right after Alt+N the focus is still on the page body, whose text holds every row too: a poll on the
 * active element's text alone passed there, and the Enter that followed landed nowhere.
 */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLAnchorElement ? (element.textContent ?? '') : '';
  });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

let desk: OpenDesk;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  desk = await openDesk();
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

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
    await expect.poll(() => focusedText(page)).toContain('宋春梅');
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
  });

  it('Alt+2, a few letters, ↓ ↓ and Enter open the second result (the results hint: ↑/↓ 选择，Enter 查看办事指南)', async () => {
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: '事项目录' }).waitFor();
    await page.keyboard.type('sb');
    await page
      .getByRole('status')
      .filter({ hasText: /找到 \d+ 项/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // The second result has the focus; Enter opens the guide it names.
    await expect.poll(() => focusedText(page)).not.toBe('');
    const chosen = (await focusedText(page)).trim();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(async () => chosen.startsWith((await heading.textContent()) ?? '∅')).toBe(true);
  });

  it('Alt+1: letters typed go into the quick search and Enter starts the case, with no Tab or click', async () => {
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { level: 1, name: '今日工作台' }).waitFor();
    await page.getByText('↑/↓ 选择，Enter 开始陪跑').waitFor();
    // The quick-start list has the focus, not the search box: `/` must stay the catalog search.
    await expect.poll(() => focusedId(page)).toBe('home-quick-results');
    await page.keyboard.type('shbzksl');
    expect(await page.getByRole('textbox', { name: '查找事项并开始陪跑' }).inputValue()).toBe('shbzksl');
    await page.getByRole('option', { name: /社会保障卡申领/ }).waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await expect
      .poll(() => dialog.getByRole('combobox', { name: '办理事项' }).inputValue())
      .toBe('社会保障卡申领');
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('庞秀芝');
    await page.keyboard.press('Enter');
    await page.getByText('申请人：庞秀芝').waitFor();
  });

  it('Alt+1 then ↓ and Enter start a case for this window’s second most frequent item', async () => {
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { level: 1, name: '今日工作台' }).waitFor();
    const frequent = page.getByRole('listbox', { name: '本窗口近 7 天常办事项' });
    // Most recent first on a tie: 社会保障卡申领, then 失业保险金申领.
    await frequent.getByRole('option').nth(1).filter({ hasText: item }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('home-quick-results');
    await page.keyboard.press('ArrowDown');
    await frequent.getByRole('option', { selected: true }).filter({ hasText: item }).waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.getByText(/370800-RS-GG-001/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('Alt+1 then / still jumps to the catalog search', async () => {
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { level: 1, name: '今日工作台' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('home-quick-results');
    await page.keyboard.press('/');
    await page.getByRole('heading', { level: 1, name: '事项目录' }).waitFor();
    const search = page.getByRole('textbox', { name: '搜索事项' });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await search.inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: '查找事项并开始陪跑' }).count()).toBe(0);
  });

  it('Alt+3 then N opens 新建办件 at once (the list has the focus, N is not typed anywhere)', async () => {
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await expect.poll(() => focusedText(page)).toContain('庞秀芝');
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('on a case opened from the list, J walks the steps, Space ticks, F9 opens 结束办理', async () => {
    // Arrive from 首页, as a clerk would, rather than press Alt+3 on 今日办件 itself.
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { level: 1, name: '今日工作台' }).waitFor();
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await expect.poll(() => focusedText(page)).toContain('庞秀芝');
    await page.keyboard.press('Enter');
    await page.getByText('申请人：庞秀芝').waitFor();
    await page
      .getByRole('complementary', { name: '快捷键' })
      .getByText('↑/↓ 或 J/K 切换环节和材料')
      .waitFor();
    await page.keyboard.press('j');
    const focusedBox = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element instanceof HTMLInputElement && element.type === 'checkbox'
          ? { checked: element.checked, row: element.closest('[data-nav-row]') !== null }
          : null;
      });
    await expect.poll(focusedBox).toEqual({ checked: false, row: true });
    await page.keyboard.press('Space');
    await expect.poll(focusedBox).toEqual({ checked: true, row: true });
    await page.keyboard.press('F9');
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.waitFor();
    await page.keyboard.press('Escape');
    await finish.waitFor({ state: 'hidden' });
  });

  it('a duty leader’s Alt+5 (今日我带班) then F8 opens 记录堵点', async () => {
    await switchClerk(page, '张志强（带班领导）', '917364');
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { level: 1, name: '今日我带班' }).waitFor();
    await page
      .getByRole('button', { name: /记堵点/ })
      .first()
      .waitFor();
    await page.keyboard.press('F8');
    const capture = page.getByRole('dialog', { name: '记录堵点' });
    await capture.waitFor();
    await page.keyboard.press('Escape');
    await capture.waitFor({ state: 'hidden' });
    await switchClerk(page, '王晓燕（窗口工作人员）', clerkPin);
    expect(pageErrors).toEqual([]);
  });
});
