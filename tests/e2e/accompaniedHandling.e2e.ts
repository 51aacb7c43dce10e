import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { openDesk, type OpenDesk } from './support/openDesk';
import { startCaseByKeyboard, unemploymentItem as item } from './support/startCase';
import {
  caseIdOf,
  expectWaitingCount,
  mainNav,
  printedDocuments,
  readOutbox,
  waitingRecords,
  recordPrints,
  setUpDesk,
} from './support/desk';

/**
 * The foundation scenario, as a window clerk lives it on a fresh machine: set the desk up, find
 * 失业保险金申领 by its pinyin initials, walk two applicants through it (one finished in one visit, one
 * sent home with the one-time notice), leave a third half-done, reload, and carry on. The steps share
 * one browser profile in order, like a working day.
 */
const socialSecurityCard = '社会保障卡（已激活金融功能）';

let desk: OpenDesk;
let page: Page;
let pageErrors: string[];
const caseIds: Record<'oneVisit' | 'supplement' | 'unfinished', string> = {
  oneVisit: '',
  supplement: '',
  unfinished: '',
};

const steps = () => page.getByRole('region', { name: '办理环节' });
const materials = () => page.getByRole('region', { name: '材料清单' });

const startFromCatalog = async (applicant: string, idNumber = '') => {
  await mainNav(page, '事项目录').click();
  const search = page.getByRole('textbox', { name: '搜索事项' });
  await search.fill('sybxj');
  await page.getByRole('status').filter({ hasText: '找到 1 项' }).waitFor();
  await page.getByRole('button', { name: `开始陪跑：${item}` }).click();
  const dialog = page.getByRole('dialog', { name: '新建办件' });
  await dialog.getByRole('textbox', { name: '申请人姓名' }).fill(applicant);
  if (idNumber) await dialog.getByRole('textbox', { name: '身份证号码（选填）' }).fill(idNumber);
  await dialog.getByRole('button', { name: '开始陪跑' }).click();
  await page.getByRole('heading', { level: 1, name: item }).waitFor();
  await page.getByText(`申请人：${applicant}`).waitFor();
};

const finishAs = async (outcome: string) => {
  await page.getByRole('button', { name: '结束办理', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '结束办理' });
  await dialog.getByRole('radio', { name: outcome }).check();
  return dialog;
};

beforeAll(async () => {
  desk = await openDesk({ prepare: recordPrints, setUp: false });
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

describe('a clerk’s first day at window 4', () => {
  it('sets up the desk on first start and lands on the home screen', async () => {
    await page.goto(desk.url);
    await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
    await screenshot(page, '01-setup');
    await setUpDesk(page);
    const thisWindow = page.getByRole('group', { name: '本窗口' });
    await thisWindow.getByText('王晓燕（窗口工作人员）').waitFor();
    await thisWindow.getByText('济宁市人社局政务服务大厅 · 4 号窗口').waitFor();
    await page.getByRole('link', { name: '今日办件 0件' }).waitFor();
    await expectWaitingCount(page, 0);
    await screenshot(page, '02-home');
  });

  it('finds 失业保险金申领 in the catalog by typing sybxj', async () => {
    await mainNav(page, '事项目录').click();
    await page.getByRole('heading', { level: 1, name: '事项目录' }).waitFor();
    await page.getByRole('textbox', { name: '搜索事项' }).fill('sybxj');
    await page.getByRole('status').filter({ hasText: '找到 1 项' }).waitFor();
    const results = page.getByRole('list', { name: '事项列表' });
    await results.getByRole('link', { name: item }).waitFor();
    await results.getByRole('button', { name: `开始陪跑：${item}` }).waitFor();
    await screenshot(page, '03-catalog-sybxj');
  });

  it('refuses a wrong ID number in Chinese, then starts the case with a valid one, masked', async () => {
    await page.getByRole('button', { name: `开始陪跑：${item}` }).click();
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('张明');
    const idField = dialog.getByRole('textbox', { name: '身份证号码（选填）' });
    await idField.fill('370802198503152424');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await dialog.getByText('身份证号码校验位不对，请核对后重新输入').waitFor();
    expect(await idField.getAttribute('aria-invalid')).toBe('true');
    expect(await readOutbox(page)).toEqual([]);
    await screenshot(page, '04-start-invalid-id');

    await idField.fill('370802198503152425');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByRole('heading', { level: 1, name: item }).waitFor();
    await page.getByText('申请人：张明').waitFor();
    await page.getByText('身份证号码：3708**********2425').waitFor();
    expect(await page.getByText('370802198503152425').count()).toBe(0);
    caseIds.oneVisit = caseIdOf(page);
    await screenshot(page, '05-handling-new');
  });

  it('refuses 一次办结 while a required material is missing, then finishes in one visit with a rating', async () => {
    for (const name of ['核验身份', '系统核查', '签字确认', '智能秒批', '办结告知'])
      await steps().getByRole('checkbox', { name }).check();
    await steps().getByText('已完成 5/5').waitFor();
    await materials().getByRole('checkbox', { name: '居民身份证' }).check();
    await materials().getByText('必交材料已收 1/2').waitFor();

    await page.getByRole('button', { name: '结束办理', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: '结束办理' });
    // A refused choice is not armed: nothing stays chosen and 确认 is off.
    await dialog.getByRole('radio', { name: '一次办结' }).click();
    await dialog
      .getByRole('alert')
      .getByText(`还有必交材料未收齐：${socialSecurityCard}。请收齐后再办结，或选择“需补正材料”。`)
      .waitFor();
    expect(await dialog.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: '确认结束办理' }).isDisabled()).toBe(true);
    await screenshot(page, '06-one-visit-refused');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await materials().getByRole('checkbox', { name: socialSecurityCard }).check();
    await materials().getByText('必交材料已收 2/2').waitFor();
    dialog = await finishAs('一次办结');
    await dialog.getByRole('button', { name: '确认结束办理' }).click();
    const rating = page.getByRole('dialog', { name: '好差评' });
    await rating.getByRole('radio', { name: '非常满意' }).check();
    await screenshot(page, '07-rating');
    await rating.getByRole('button', { name: '提交评价' }).click();
    const outcome = page.getByRole('region', { name: '办理结果' });
    await outcome.getByRole('definition').filter({ hasText: '一次办结' }).waitFor();
    await outcome.getByRole('definition').filter({ hasText: '非常满意' }).waitFor();
    await screenshot(page, '08-finished-one-visit');
  });

  it('finishes a second case as 需补正材料 and gives the one-time notice listing what is missing', async () => {
    await startFromCatalog('李秀兰');
    caseIds.supplement = caseIdOf(page);
    await steps().getByRole('checkbox', { name: '核验身份' }).check();
    await materials().getByRole('checkbox', { name: '居民身份证' }).check();
    await materials().getByText('必交材料已收 1/2').waitFor();

    const dialog = await finishAs('需补正材料');
    await dialog.getByText('以下材料尚未收齐，将出具一次性告知书：').waitFor();
    await dialog.getByRole('listitem').filter({ hasText: socialSecurityCard }).waitFor();
    await dialog.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).getByRole('button', { name: '跳过' }).click();

    const notice = page.getByRole('region', { name: '一次性告知书' });
    await notice.getByText(/^告知书编号：\d{8}-[0-9A-Z]+$/).waitFor();
    const preview = notice.locator('iframe').contentFrame();
    await preview.getByRole('heading', { name: '一次性告知书' }).waitFor();
    await preview.getByText('申请人：李秀兰').waitFor();
    await preview.getByText(`申请事项：${item}（事项编码：370800-RS-GG-001）`).waitFor();
    const listed = preview.getByRole('listitem');
    expect(await listed.allTextContents()).toEqual([expect.stringContaining(socialSecurityCard)]);
    await screenshot(page, '09-one-time-notice');

    await notice.getByRole('button', { name: '打印' }).click();
    await expect.poll(() => printedDocuments(page)).toHaveLength(1);
    const [printed] = await printedDocuments(page);
    expect(printed).toContain('<h1>一次性告知书</h1>');
    expect(printed).toContain(socialSecurityCard);
    expect(printed).toContain('申请人：李秀兰');
    expect(printed).not.toContain('居民身份证</span>');
  });

  it('keeps a third case half-done when the clerk walks away', async () => {
    await startFromCatalog('孔繁华');
    caseIds.unfinished = caseIdOf(page);
    await steps().getByRole('checkbox', { name: '核验身份' }).check();
    await steps().getByRole('checkbox', { name: '系统核查' }).check();
    await steps().getByText('已完成 2/5').waitFor();
    await mainNav(page, '今日办件').click();
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  });

  it('after a reload, today’s cases and their waiting changes are all still there', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    const list = page.getByRole('region', { name: '今日办件列表' });
    const row = (applicant: string) => list.getByRole('link').filter({ hasText: applicant });
    await row('张明').filter({ hasText: '一次办结' }).waitFor();
    await row('李秀兰').filter({ hasText: '需补正材料' }).waitFor();
    await row('孔繁华').filter({ hasText: '办理中' }).waitFor();
    expect(await list.getByRole('link').count()).toBe(3);
    await screenshot(page, '10-today-after-reload');

    const outbox = await readOutbox(page);
    expect(outbox.map((entry) => entry.seq)).toEqual(outbox.map((_, index) => index + 1));
    expect(new Set(outbox.map((entry) => entry.rowId))).toEqual(new Set(Object.values(caseIds)));
    expect(outbox.every((entry) => entry.table === 'cases' && entry.op === 'upsert')).toBe(true);
    const lastStatus = (caseId: string) =>
      outbox.filter((entry) => entry.rowId === caseId && 'status' in entry.fields).at(-1)?.fields.status;
    expect(lastStatus(caseIds.oneVisit)).toBe('completedInOneVisit');
    expect(lastStatus(caseIds.supplement)).toBe('needsSupplement');
    expect(lastStatus(caseIds.unfinished)).toBe('inProgress');
    await expectWaitingCount(page, waitingRecords(outbox));
  });

  it('reopens the unfinished case at the step where it stopped', async () => {
    await page
      .getByRole('region', { name: '今日办件列表' })
      .getByRole('link')
      .filter({ hasText: '孔繁华' })
      .click();
    await page.getByText('申请人：孔繁华').waitFor();
    expect(await steps().getByRole('checkbox', { name: '核验身份' }).isChecked()).toBe(true);
    expect(await steps().getByRole('checkbox', { name: '系统核查' }).isChecked()).toBe(true);
    expect(await steps().getByRole('checkbox', { name: '签字确认' }).isChecked()).toBe(false);
    const current = steps().getByRole('listitem').filter({ hasText: '当前环节' });
    expect(await current.count()).toBe(1);
    await current.getByRole('checkbox', { name: '签字确认' }).waitFor();
    const focusIsOn = (name: string) =>
      steps()
        .getByRole('checkbox', { name })
        .evaluate((element) => element === document.activeElement);
    await expect.poll(() => focusIsOn('签字确认')).toBe(true);
    await screenshot(page, '11-reopened-at-step-3');
  });

  it('finishes the reopened case with the keyboard alone', async () => {
    // Focus already sits on 签字确认: Space ticks, ↓ moves on through the steps and then the materials.
    for (let row = 0; row < 5; row += 1) {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    await steps().getByText('已完成 5/5').waitFor();
    await materials().getByText('必交材料已收 2/2').waitFor();
    await page.keyboard.press('F9');
    const dialog = page.getByRole('dialog', { name: '结束办理' });
    await dialog.waitFor();
    await page.keyboard.press('1');
    expect(await dialog.getByRole('radio', { name: '一次办结' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    const rating = page.getByRole('dialog', { name: '好差评' });
    await rating.waitFor();
    await page.keyboard.press('Escape');
    await rating.waitFor({ state: 'hidden' });
    await page
      .getByRole('region', { name: '办理结果' })
      .getByRole('definition')
      .filter({ hasText: '一次办结' })
      .waitFor();
    await screenshot(page, '12-keyboard-finished');
  });

  it('starts and finishes a fourth case without touching the mouse', async () => {
    // Alt+3, N, pinyin, Tab, name, Enter: the case opens with its first step focused.
    await startCaseByKeyboard(page, '颜景春');
    for (let row = 0; row < 7; row += 1) {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    await materials().getByText('必交材料已收 2/2').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('dialog', { name: '结束办理' }).waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '好差评' }).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('region', { name: '办理结果' })
      .getByRole('definition')
      .filter({ hasText: '一次办结' })
      .waitFor();
    await screenshot(page, '13-keyboard-started');
  });

  it('switches the whole interface to English', async () => {
    await mainNav(page, '设置').click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await mainNav(page, "Today's cases", 'Main navigation').click();
    await page.getByRole('heading', { level: 1, name: "Today's cases" }).waitFor();
    await page
      .getByRole('status', { name: 'Connection and sync status' })
      .getByText(/^Standalone$/)
      .waitFor();
    const list = page.getByRole('region', { name: "Today's case list" });
    // The list renders after the heading: wait for it rather than count a half-drawn page.
    await expect.poll(() => list.getByRole('link').count()).toBe(4);
    // Labels are English now; only data (item and applicant names) stays Chinese.
    const han = /\p{Script=Han}/u;
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).innerText()).not.toMatch(han);
    expect(await page.getByRole('status', { name: 'Connection and sync status' }).innerText()).not.toMatch(
      han,
    );
    await screenshot(page, '14-english');
  });

  it('raised no page error on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
