import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { openDesk, type OpenDesk } from './support/openDesk';
import { mainNav } from './support/desk';

/**
 * The return visit. 孟庆国 brings his ID card but not his social security card: the clerk ends the case
 * as 需补正材料 and prints the 一次性告知书. On Monday he is back with the notice; the clerk finds the case
 * by the notice number (or his ID number, or his name), continues it with what was received the first
 * time, and finishes it. The record shows both visits, and the figures count it as 补正后办结, not 一次办结.
 */
const item = '失业保险金申领';
const socialSecurityCard = '社会保障卡（已激活金融功能）';

let desk: OpenDesk;
let page: Page;
let pageErrors: string[];
let noticeNumber = '';

const materials = () => page.getByRole('region', { name: '材料清单' });
const returnDialog = () => page.getByRole('dialog', { name: '补正续办：查找需补正的办件' });

const openReturnVisit = async () => {
  await mainNav(page, '今日办件').click();
  await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  await page.getByRole('button', { name: '补正续办' }).click();
  await returnDialog().waitFor();
  return returnDialog().getByRole('textbox', { name: '告知书编号、身份证号码或姓名' });
};

beforeAll(async () => {
  desk = await openDesk();
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

describe('a 需补正 case continues when the applicant comes back', () => {
  it('ends the first visit as 需补正材料 with a notice number', async () => {
    await mainNav(page, '今日办件').click();
    await page.getByRole('button', { name: '新建办件' }).click();
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.getByRole('combobox', { name: '办理事项' }).fill('sybxj');
    await page.getByRole('option', { name: new RegExp(item) }).click();
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('孟庆国');
    await dialog.getByRole('textbox', { name: '身份证号码（选填）' }).fill('370802198503152425');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByText('申请人：孟庆国').waitFor();
    await materials().getByRole('checkbox', { name: '居民身份证' }).check();
    await page.getByRole('button', { name: '结束办理', exact: true }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: '需补正材料' }).check();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).getByRole('button', { name: '跳过' }).click();
    const number = await page.getByText(/^告知书编号：/).innerText();
    noticeNumber = number.replace('告知书编号：', '').trim();
    expect(noticeNumber).toMatch(/^\d{8}-[0-9A-Z]{6}$/);
  });

  it('finds today’s case by the last six digits of the ID number in 今日办件', async () => {
    await mainNav(page, '今日办件').click();
    await page.getByRole('textbox', { name: '搜索申请人或身份证号码' }).fill('152425');
    await page
      .getByRole('region', { name: '今日办件列表' })
      .getByRole('link')
      .filter({ hasText: '孟庆国' })
      .waitFor();
    await page.getByRole('textbox', { name: '搜索申请人或身份证号码' }).fill('999999');
    await page.getByText('没有符合条件的办件').waitFor();
  });

  it('finds the waiting case by its notice number, ID number or name, and nothing for a wrong number', async () => {
    const search = await openReturnVisit();
    await search.fill('20200101-ZZZZZZ');
    await returnDialog().getByText('没有找到需补正的办件，请核对告知书编号。').waitFor();
    await search.fill('370802198503152425');
    await returnDialog()
      .getByRole('button', { name: `继续办理 孟庆国 的 ${item}` })
      .waitFor();
    await search.fill('孟庆国');
    await returnDialog()
      .getByRole('button', { name: `继续办理 孟庆国 的 ${item}` })
      .waitFor();
    await search.fill(noticeNumber);
    await returnDialog()
      .getByText(new RegExp(`告知书编号 ${noticeNumber}`))
      .waitFor();
    await screenshot(page, 'return-visit-found');
    await returnDialog()
      .getByRole('button', { name: `继续办理 孟庆国 的 ${item}` })
      .click();
  });

  it('continues with what was received the first time and finishes on the return visit', async () => {
    await page.getByRole('button', { name: '结束办理', exact: true }).waitFor();
    expect(await materials().getByRole('checkbox', { name: '居民身份证' }).isChecked()).toBe(true);
    await materials().getByRole('checkbox', { name: socialSecurityCard }).check();
    await materials().getByText('必交材料已收 2/2').waitFor();
    await page.getByRole('button', { name: '结束办理', exact: true }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: '一次办结' }).check();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).getByRole('button', { name: '跳过' }).click();

    await page.getByRole('region', { name: '办理结果' }).getByText('补正后办结').waitFor();
    const visits = page.getByRole('region', { name: '到场记录' });
    const entries = visits.getByRole('listitem');
    expect(await entries.count()).toBe(2);
    await entries.nth(0).getByText('第 1 次到场').waitFor();
    await entries.nth(0).getByText('本次提交：居民身份证').waitFor();
    await entries.nth(1).getByText('第 2 次到场（补正）').waitFor();
    await entries.nth(1).getByText(`本次提交：${socialSecurityCard}`).waitFor();
    await entries
      .nth(1)
      .getByText(/4 号窗口 · 王晓燕/)
      .waitFor();
    await screenshot(page, 'return-visit-finished');
  });

  it('counts it as 补正后办结, not as 一次办结', async () => {
    await mainNav(page, '首页').click();
    const counts = page.getByRole('region', { name: '本窗口今日办件统计' });
    await counts.waitFor();
    await expect.poll(() => page.getByTestId('count-completedOnReturn').innerText()).toMatch(/^1/);
    expect(await page.getByTestId('count-completedInOneVisit').innerText()).toMatch(/^0/);
    expect(await page.getByTestId('count-needsSupplement').innerText()).toMatch(/^0/);
    expect(pageErrors).toEqual([]);
  });
});
