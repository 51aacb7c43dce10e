import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { glossaryRules } from '../../shared/i18n/glossary';
import { screenshot } from './support/browser';
import { openDesk, type OpenDesk } from './support/openDesk';
import {
  expectWaitingCount,
  mainNav,
  printedDocuments,
  readOutbox,
  recordPrints,
  waitingRecords,
} from './support/desk';

/**
 * Read by someone who has worked a 政务服务 window: a standalone desk says 单机使用 and counts waiting
 * records, not field edits; a case is 接件, 待办理 then 办理中; a 需补正 case 结束办理 without a 办结时间
 * or a promise "kept"; no banned variant of the glossary on any screen visited; and the 一次性告知书
 * prints in Chinese, in Chinese typography, even with the interface in English.
 */
const item = '失业保险金申领';

let desk: OpenDesk;
let page: Page;
let pageErrors: string[];

const steps = () => page.getByRole('region', { name: '办理环节' });
const materials = () => page.getByRole('region', { name: '材料清单' });
const pill = () => page.getByRole('status', { name: '连接与同步状态' });

/** Banned variants of the glossary in what the clerk sees now (the page's visible text). */
const bannedOnScreen = async (): Promise<string[]> => {
  const text = await page.locator('body').innerText();
  return glossaryRules
    .filter((rule) => rule.keys === undefined)
    .flatMap((rule) => {
      const found = rule.banned.exec(text);
      return found ? [`${found[0]} → ${rule.use}`] : [];
    });
};

beforeAll(async () => {
  desk = await openDesk({ prepare: recordPrints });
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

describe('a standalone desk, in the words of the trade', () => {
  it('says 单机使用 — not 在线 — when no server is set, and what that means', async () => {
    await expectWaitingCount(page, 0);
    expect(await pill().innerText()).not.toContain('在线');
    await pill().hover();
    await page
      .getByRole('tooltip')
      .getByText(/本机未设置同步服务器：办件只保存在本机/)
      .waitFor();
    expect(await bannedOnScreen()).toEqual([]);
  });

  it('opens a case as 接件, 待办理 until the first tick, and counts its edits as one record', async () => {
    await mainNav(page, '今日办件').click();
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await page.getByRole('button', { name: '新建办件' }).click();
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.getByRole('combobox', { name: '办理事项' }).fill('sybxj');
    await page.getByRole('option', { name: new RegExp(item) }).click();
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('韩秀云');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByText('申请人：韩秀云').waitFor();
    await page.getByText(/\d{2}:\d{2} 接件$/).waitFor();
    await page.getByText('待办理', { exact: true }).waitFor();
    expect(await bannedOnScreen()).toEqual([]);

    await steps().getByRole('checkbox', { name: '核验身份' }).check();
    await materials().getByRole('checkbox', { name: '居民身份证' }).check();
    await page.getByText('办理中', { exact: true }).waitFor();
    // Three writes (the new case and two ticks), one record: the pill says 1, not 3.
    await expect.poll(async () => (await readOutbox(page)).length).toBeGreaterThanOrEqual(3);
    await expectWaitingCount(page, 1);
    expect(waitingRecords(await readOutbox(page))).toBe(1);
  });

  it('ends a 需补正 case with 结束办理 and 办理结果, and no 办结时间 nor a kept promise', async () => {
    await page.getByRole('button', { name: '结束办理', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '结束办理' });
    await dialog.getByRole('radiogroup', { name: '办理结果' }).waitFor();
    await dialog.getByRole('radio', { name: '需补正材料' }).check();
    expect(await bannedOnScreen()).toEqual([]);
    await dialog.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).getByRole('button', { name: '跳过' }).click();

    const timeline = page.getByRole('region', { name: '办理时间' });
    await timeline.getByText('结束办理时间').waitFor();
    expect(await timeline.getByText('办结时间', { exact: true }).count()).toBe(0);
    expect(await timeline.getByText(/在承诺时限内办结/).count()).toBe(0);
    await page.getByRole('region', { name: '办理结果' }).getByText('需补正材料').waitFor();
    expect(await bannedOnScreen()).toEqual([]);
    await screenshot(page, 'words-supplement-ended');
  });

  it('lists today’s cases under 接件时间, with 未办结 as the filter for open cases', async () => {
    await mainNav(page, '今日办件').click();
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await page.getByText('接件时间').first().waitFor();
    const filter = page.getByRole('group', { name: '按状态筛选' });
    await filter.getByRole('button', { name: '未办结' }).click();
    await page.getByText('没有符合条件的办件').waitFor();
    await filter.getByRole('button', { name: '需补正材料' }).click();
    await page
      .getByRole('region', { name: '今日办件列表' })
      .getByRole('link')
      .filter({ hasText: '韩秀云' })
      .waitFor();
    expect(await bannedOnScreen()).toEqual([]);
  });

  it('prints the 一次性告知书 in Chinese with the interface in English', async () => {
    await mainNav(page, '设置').click();
    await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await mainNav(page, "Today's cases", 'Main navigation').click();
    await page.getByRole('region', { name: "Today's case list" }).getByRole('link').first().click();
    const notice = page.getByRole('region', { name: 'One-time notice' });
    await notice.getByRole('button', { name: 'Print' }).click();
    await expect.poll(() => printedDocuments(page)).toHaveLength(1);
    const [printed] = await printedDocuments(page);
    const text = printed!.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('一次性告知书');
    expect(text).toContain('材料形式：原件');
    expect(text).not.toMatch(/\d\s+(份|号窗口)/);
    expect(text).toContain('办理窗口：4号窗口');
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).not.toMatch(/One-time|Copies|Form:|Window:|Applicant/);
    expect(text).not.toMatch(/\d{4}-\d{1,2}-\d{1,2}(?!\d)/);
    // The preview on screen is the same Chinese document.
    await notice.locator('iframe').contentFrame().getByRole('heading', { name: '一次性告知书' }).waitFor();
    await screenshot(page, 'words-notice-in-english-ui');
    expect(pageErrors).toEqual([]);
  });
});
