import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { startCase } from './support/startCase';
import { openDesk, type OpenDesk } from './support/openDesk';
import { clerkDesk, mainNav, setUpDesk } from './support/desk';

/**
 * The home screen counts this window and 今日办件 lists cases: both must say whose cases they are, and
 * agree. 王晓燕 handles a case at 4 号窗口; the PC then moves to 5 号窗口 where 孔令娟 handles another.
 * At 5 号窗口 the home figures say 1 and that they count this window only; 今日办件 opens on 本窗口 with
 * the same 1, and 本大厅 shows both, with the window and the clerk of each.
 */
let desk: OpenDesk;
let page: Page;
let pageErrors: string[];

const list = () => page.getByRole('region', { name: '今日办件列表' });
const rowOf = (applicant: string) => list().getByRole('link').filter({ hasText: applicant });
const scopeButton = (name: string) =>
  page.getByRole('group', { name: '范围' }).getByRole('button', { name, exact: true });

beforeAll(async () => {
  desk = await openDesk();
  ({ page, pageErrors } = desk);
  await startCase(page, '周立新');
  // The PC moves to 5 号窗口 and 孔令娟 works there (set-up again keeps the cases).
  await mainNav(page, '设置').click();
  await page.getByRole('button', { name: '重新设置窗口' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重新设置' }).click();
  await setUpDesk(
    page,
    { ...clerkDesk, window: '5 号窗口 · 社保卡', clerk: '孔令娟（窗口工作人员）' },
    '480517',
  );
  await startCase(page, '吴秀英');
});

afterAll(() => desk?.close());

describe('今日办件 and the home figures say whose cases they count', () => {
  it('labels the home figures with this window and counts only its case', async () => {
    await mainNav(page, '首页').click();
    const counts = page.getByRole('region', { name: '本窗口今日办件统计' });
    await counts
      .getByText('只计本窗口（5 号窗口）；全大厅的办件请在“今日办件”中切换到“本大厅”查看')
      .waitFor();
    await expect.poll(() => page.getByTestId('count-total').textContent()).toMatch(/^1/);
    await screenshot(page, 'scope-1-home-figures');
  });

  it('opens 今日办件 on 本窗口 with the same count, and 本大厅 lists both with window and clerk', async () => {
    await page.getByTestId('count-total').click();
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    expect(await scopeButton('本窗口').getAttribute('aria-pressed')).toBe('true');
    await page.getByText(/济宁市人社局政务服务大厅 · 5 号窗口 · 共 1 件$/).waitFor();
    await rowOf('吴秀英').waitFor();
    expect(await rowOf('周立新').count()).toBe(0);

    await scopeButton('本大厅').click();
    await page.getByText(/济宁市人社局政务服务大厅 · 共 2 件$/).waitFor();
    expect(page.url()).toMatch(/scope=hall/);
    await rowOf('周立新').waitFor();
    expect(await rowOf('周立新').getByTestId('case-row-window').textContent()).toBe('4 号');
    expect(await rowOf('周立新').getByTestId('case-row-clerk').textContent()).toBe('王晓燕');
    expect(await rowOf('吴秀英').getByTestId('case-row-window').textContent()).toBe('5 号');
    expect(await rowOf('吴秀英').getByTestId('case-row-clerk').textContent()).toBe('孔令娟');
    await screenshot(page, 'scope-2-whole-hall');

    // The scope is in the address: a reload keeps the hall, and 本窗口 goes back to one case.
    await page.reload();
    await rowOf('周立新').waitFor();
    await scopeButton('本窗口').click();
    await page.getByText(/5 号窗口 · 共 1 件$/).waitFor();
    expect(await rowOf('周立新').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
