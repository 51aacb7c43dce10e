import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { mainNav, setUpDesk } from './support/desk';

/**
 * The applicant screen (群众屏) beside the clerk's window: opened from the app bar into a second window
 * of the same profile, it follows the case the clerk has open, live, with the name masked and the ID
 * number never shown, and returns to the welcome when the case is finished or left.
 */
const item = '失业保险金申领';
const idNumber = '370802198503152425';

let browser: Browser;
let app: StaticServer;
let context: BrowserContext;
let clerk: Page;
let applicant: Page;
const errors: string[][] = [];

const welcome = () => applicant.getByRole('heading', { level: 1, name: '欢迎办理' });
const applicantMaterial = (name: string) =>
  applicant.getByRole('region', { name: '材料清单' }).getByRole('listitem').filter({ hasText: name });

const startCase = async (name: string, id = '') => {
  await mainNav(clerk, '事项目录').click();
  await clerk.getByRole('textbox', { name: '搜索事项' }).fill('sybxj');
  await clerk.getByRole('status').filter({ hasText: '找到 1 项' }).waitFor();
  await clerk.getByRole('button', { name: `开始陪跑：${item}` }).click();
  const dialog = clerk.getByRole('dialog', { name: '新建办件' });
  await dialog.getByRole('textbox', { name: '申请人姓名' }).fill(name);
  if (id) await dialog.getByRole('textbox', { name: '身份证号码（选填）' }).fill(id);
  await dialog.getByRole('button', { name: '开始陪跑' }).click();
  await clerk.getByRole('heading', { level: 1, name: item }).waitFor();
};

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  ({ context, page: clerk } = await newDesk(browser));
  errors.push(collectPageErrors(clerk));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe('the applicant screen at window 4', () => {
  it('opens from the app bar as a second window that welcomes the next applicant', async () => {
    await clerk.goto(app.url);
    await setUpDesk(clerk);
    [applicant] = await Promise.all([
      context.waitForEvent('page'),
      clerk.getByRole('button', { name: '打开群众屏' }).click(),
    ]);
    errors.push(collectPageErrors(applicant));
    await applicant.setViewportSize({ width: 1366, height: 768 });
    expect(applicant.url()).toMatch(/#\/applicant$/);
    await welcome().waitFor();
    await applicant.getByText('济宁市人社局政务服务大厅').waitFor();
    expect(await applicant.getByText('4 号窗口').count()).toBeGreaterThan(0);
    // Nothing a clerk could operate: no navigation, no buttons, no links.
    expect(await applicant.getByRole('navigation').count()).toBe(0);
    expect(await applicant.getByRole('button').count()).toBe(0);
    expect(await applicant.getByRole('link').count()).toBe(0);
    await screenshot(applicant, 'applicant-01-idle');
  });

  it('shows the case the clerk starts, with the name masked and no ID number', async () => {
    await startCase('欧阳娜娜', idNumber);
    await applicant.getByRole('heading', { level: 1, name: item }).waitFor();
    await applicant.getByText('申请人：欧**娜').waitFor();
    const text = await applicant.locator('body').innerText();
    expect(text).not.toContain('欧阳娜娜');
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('2425');
    await applicant.getByText('第 1 步，共 5 步').waitFor();
    await applicantMaterial('居民身份证').getByText('尚需提供').waitFor();
  });

  it('follows the clerk’s ticks live', async () => {
    const steps = clerk.getByRole('region', { name: '办理环节' });
    const materials = clerk.getByRole('region', { name: '材料清单' });
    await steps.getByRole('checkbox', { name: '核验身份' }).check();
    await materials.getByRole('checkbox', { name: '居民身份证' }).check();
    await applicantMaterial('居民身份证').getByText('已收到').waitFor();
    await applicant.getByText('已收 1 / 共 2 项').waitFor();
    await applicant.getByText('第 2 步，共 5 步').waitFor();
    const current = applicant.locator('[aria-current="step"]');
    expect(await current.innerText()).toContain('系统核查');
    await screenshot(clerk, 'applicant-02-clerk');
    await screenshot(applicant, 'applicant-03-case');

    await materials.getByRole('checkbox', { name: '居民身份证' }).uncheck();
    await applicantMaterial('居民身份证').getByText('尚需提供').waitFor();
  });

  it('returns to the welcome once the clerk finishes the case', async () => {
    await clerk.getByRole('button', { name: '结束办理', exact: true }).click();
    const dialog = clerk.getByRole('dialog', { name: '结束办理' });
    await dialog.getByRole('radio', { name: '需补正材料' }).check();
    await dialog.getByRole('button', { name: '确认结束办理' }).click();
    await clerk.getByRole('dialog', { name: '好差评' }).getByRole('button', { name: '跳过' }).click();
    await welcome().waitFor();
    expect(await applicant.getByText(item).count()).toBe(0);
  });

  it('returns to the welcome when the clerk leaves an unfinished case', async () => {
    await startCase('张三');
    await applicant.getByText('申请人：张*').waitFor();
    await mainNav(clerk, '今日办件').click();
    await welcome().waitFor();
    expect(errors.flat()).toEqual([]);
  });
});
