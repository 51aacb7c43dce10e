import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { setUpDesk, type StandaloneChoice } from './support/desk';

/**
 * Items as bureaus write their guides: a divorce in two visits around the 30-day 冷静期, a 工伤认定 where
 * the worker's answer (未参保) keeps the 劳动关系证明 on the list, and a 低保 application that a 乡镇
 * window collects and hands on to the county instead of deciding it.
 */
let browser: Browser;
let app: StaticServer;

const openDesk = async (
  choice: StandaloneChoice,
  at: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
  const { context, page } = await newDesk(browser);
  const errors = collectPageErrors(page);
  // The desk's clock: Date.now is fixed to hall time `at`, timers keep running.
  await page.clock.setFixedTime(new Date(at));
  await page.goto(app.url);
  await setUpDesk(page, choice);
  return { context, page, errors };
};

const newCaseDialog = async (page: Page, query: string, item: string) => {
  await page.keyboard.press('Alt+3');
  await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  await page.getByRole('button', { name: '新建办件' }).click();
  const dialog = page.getByRole('dialog', { name: '新建办件' });
  await dialog.waitFor();
  await page.keyboard.type(query);
  await page.getByRole('option', { name: new RegExp(item) }).click();
  return dialog;
};

const tick = async (page: Page, region: string, names: readonly string[]) => {
  for (const name of names) {
    const box = page.getByRole('region', { name: region }).getByRole('checkbox', { name, exact: true });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
};

const materialNames = (page: Page) =>
  page
    .getByRole('region', { name: '材料清单' })
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((box) => {
        const id = box.getAttribute('aria-labelledby');
        return (id ? document.getElementById(id)?.textContent : '')?.trim() ?? '';
      }),
    );

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('离婚登记: both parties, two visits around the 冷静期', () => {
  it('takes the application from both, refuses the second visit on day 30 and registers on day 31', async () => {
    const { context, page, errors } = await openDesk(
      {
        department: '济宁市民政局',
        hall: '任城区婚姻登记处',
        window: '3 号窗口 · 离婚登记',
        clerk: '孟凡英（窗口工作人员）',
      },
      '2026-11-02T02:00:00.000Z',
    );
    const dialog = await newCaseDialog(page, 'lhdj', '离婚登记');
    await dialog.getByText('本事项须双方本人到场').waitFor();
    await dialog.getByRole('textbox', { name: '男方姓名' }).fill('张伟');
    // Submitting with one party missing is refused in Chinese.
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await dialog.getByText('请填写女方姓名').waitFor();
    await dialog.getByRole('textbox', { name: '女方姓名' }).fill('李娜');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByText('第 1 次到场（共 2 次）：申请受理').waitFor();
    await page.getByText('男方：张伟　女方：李娜').waitFor();
    // The 群众屏 names both parties, masked, and asks only for this visit's materials.
    const [screen] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: '打开群众屏' }).click(),
    ]);
    await screen.getByRole('heading', { level: 1, name: '离婚登记' }).waitFor();
    await screen.getByText('男方：张*', { exact: true }).waitFor();
    await screen.getByText('女方：李*', { exact: true }).waitFor();
    expect(await screen.getByText('申请人：', { exact: false }).count()).toBe(0);
    expect(await screen.getByText('离婚协议书').count()).toBe(0);
    await screenshot(screen, 'item-guides-divorce-applicant-screen');
    await screen.close();
    // The 离婚协议书 belongs to the second visit; the 申请书 to this one.
    expect(await materialNames(page)).toEqual([
      '男女双方本人的居民身份证',
      '男女双方本人的结婚证',
      '离婚登记申请书',
    ]);
    await tick(page, '办理环节', ['提出申请', '受理']);
    await tick(page, '材料清单', ['男女双方本人的居民身份证', '男女双方本人的结婚证', '离婚登记申请书']);
    await page.getByRole('button', { name: '结束本次到场' }).click();
    await page.getByText('离婚冷静期至 2026-12-02 届满。').waitFor();
    await page
      .getByText('双方应于 2026-12-03 至 2027-01-01 期间亲自到场办理“审查登记”', { exact: false })
      .waitFor();
    await screenshot(page, 'item-guides-divorce-waiting');
    // Between the visits nothing is to be done: the home figures say 等待再次到场, not 办理中.
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { level: 1, name: '今日工作台' }).waitFor();
    await expect.poll(() => page.getByTestId('count-waiting').innerText()).toMatch(/^1/);
    expect(await page.getByTestId('count-inProgress').innerText()).toMatch(/^0/);

    // Day 30: the 冷静期 is not over.
    await page.clock.setFixedTime(new Date('2026-12-02T02:00:00.000Z'));
    await page.reload();
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '今日办件', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await screenshot(page, 'item-guides-divorce-today-day30');
    await page
      .getByRole('region', { name: '等待再次到场的办件' })
      .getByRole('link', { name: /离婚登记 · 张伟、李娜/ })
      .click();
    await page.getByRole('button', { name: '开始第 2 次到场' }).click();
    await page.getByText('等待期尚未届满，2026-12-03 起方可办理下一环节').waitFor();

    // Day 31: the clock moved 31 days from the application.
    await page.clock.setFixedTime(new Date('2026-12-03T02:00:00.000Z'));
    await page.reload();
    await page.getByRole('button', { name: '开始第 2 次到场' }).click();
    await page.getByText('第 2 次到场（共 2 次）：审查登记').waitFor();
    expect(await materialNames(page)).toEqual([
      '男女双方本人的居民身份证',
      '男女双方本人的结婚证',
      '离婚协议书',
      '近期 2 寸单人半身免冠照片各 3 张',
    ]);
    await tick(page, '办理环节', ['离婚冷静期', '审查', '登记发证']);
    await tick(page, '材料清单', [
      '男女双方本人的居民身份证',
      '男女双方本人的结婚证',
      '离婚协议书',
      '近期 2 寸单人半身免冠照片各 3 张',
    ]);
    await page.getByRole('button', { name: '结束办理' }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: /一次办结/ }).check();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).waitFor();
    await page.keyboard.press('Escape');
    // The record names both parties and reads the second visit as the item's stage, not a 补正.
    await page.getByRole('region', { name: '办理环节' }).getByText('男方：张伟　女方：李娜').waitFor();
    await page.getByRole('region', { name: '到场记录' }).getByText('第 2 次到场（审查登记）').waitFor();
    expect(await page.getByText('（补正）', { exact: false }).count()).toBe(0);
    await screenshot(page, 'item-guides-divorce-registered');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('工伤认定 for a worker without 工伤保险', () => {
  it('asks whether he is insured and keeps the 劳动关系证明 on the list when he is not', async () => {
    const { context, page, errors } = await openDesk(
      {
        department: '济宁市人力资源和社会保障局',
        hall: '济宁市人社局政务服务大厅',
        window: '6 号窗口 · 工伤认定',
        clerk: '王晓燕（窗口工作人员）',
      },
      '2026-11-02T02:00:00.000Z',
    );
    const dialog = await newCaseDialog(page, 'gsrd', '工伤认定申请');
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('赵磊');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    const certificate = '与用人单位存在劳动关系（包括事实劳动关系）的证明材料';
    await page.getByText('受伤职工是否已参加工伤保险？').waitFor();
    // Insured: the certificate is dropped (核查参保缴费信息).
    await page
      .getByRole('group', { name: '受伤职工是否已参加工伤保险？' })
      .getByRole('button', { name: '是' })
      .click();
    await expect.poll(async () => (await materialNames(page)).includes(certificate)).toBe(false);
    // Not insured: it is asked for again.
    await page
      .getByRole('group', { name: '受伤职工是否已参加工伤保险？' })
      .getByRole('button', { name: '否' })
      .click();
    await expect.poll(async () => (await materialNames(page)).includes(certificate)).toBe(true);
    await page
      .getByRole('group', { name: '是否为上下班途中发生的交通事故？' })
      .getByRole('button', { name: '否' })
      .click();
    await expect.poll(async () => (await materialNames(page)).includes('道路交通事故认定书')).toBe(false);
    await tick(page, '材料清单', [
      '工伤认定申请表',
      '居民身份证',
      '医疗诊断证明或者职业病诊断证明书（职业病诊断鉴定书）',
    ]);
    await page.getByRole('button', { name: '结束办理' }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: /需补正材料/ }).check();
    await finish.getByText(certificate).waitFor();
    await screenshot(page, 'item-guides-injury-uninsured');
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).waitFor();
    await page.keyboard.press('Escape');
    // The record keeps the answer, and does not list the certificate as spared for this worker.
    const record = page.getByRole('region', { name: '办理环节' });
    await record.getByText('受伤职工是否已参加工伤保险？否', { exact: false }).waitFor();
    expect(await record.getByText(certificate).count()).toBe(0);
    await page.frameLocator('iframe[title="一次性告知书预览"]').getByText(certificate).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('低保 at a 乡镇 window', () => {
  it('is accepted there and handed on to the county as 已代收, not decided', async () => {
    const { context, page, errors } = await openDesk(
      {
        department: '济宁市民政局',
        hall: '任城区南张街道便民服务中心',
        window: '1 号窗口 · 社会救助',
        clerk: '孟凡英（窗口工作人员）',
      },
      '2026-11-02T02:00:00.000Z',
    );
    const dialog = await newCaseDialog(page, '低保', '城乡最低生活保障申请');
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('孔繁荣');
    // The applicant is bedridden: her son applies for her with a 委托书.
    await dialog.getByRole('checkbox', { name: '由代办人办理（须提交委托书）' }).check();
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await dialog.getByText('请填写代办人姓名').waitFor();
    await dialog.getByRole('textbox', { name: '代办人姓名' }).fill('孔令涛');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByText('代办人：孔令涛').waitFor();
    // Optional in the guide, the 委托书 is required once an agent acts.
    await page
      .getByRole('region', { name: '材料清单' })
      .getByRole('listitem')
      .filter({ hasText: '委托书' })
      .getByText('必交', { exact: true })
      .waitFor();
    await page
      .getByText('本窗口：代收代办。材料收齐后转交县级人民政府民政部门审核确认，本窗口不作决定。')
      .waitFor();
    for (const question of ['共同生活的家庭成员中是否有残疾人？', '家庭成员是否患有重大疾病？'])
      await page.getByRole('group', { name: question }).getByRole('button', { name: '否' }).click();
    await tick(page, '材料清单', [
      '最低生活保障申请书',
      '居民身份证',
      '居民户口簿',
      '家庭经济状况核查授权书',
      '委托书',
    ]);
    await page.getByRole('button', { name: '结束办理' }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await expect.poll(() => finish.getByRole('radio', { name: /一次办结/ }).count()).toBe(0);
    await finish.getByRole('radio', { name: /已代收/ }).check();
    await finish.getByText('材料转交：县级人民政府民政部门').waitFor();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('县级人民政府民政部门').first().waitFor();
    // The applicant takes home a 代收凭证 saying where the application went and who decides.
    const receipt = page.getByRole('region', { name: '代收凭证' });
    await receipt.getByRole('button', { name: '打印' }).waitFor();
    const sheet = page.frameLocator('iframe[title="代收凭证预览"]');
    await sheet.getByText('材料转交：县级人民政府民政部门').waitFor();
    await sheet.getByText('本窗口只代收、转交材料，不作决定', { exact: false }).waitFor();
    await sheet.getByText('家庭经济状况核查授权书', { exact: false }).waitFor();
    await sheet.getByText('申请人：孔繁荣').waitFor();
    await sheet.getByText('代办人：孔令涛').waitFor();
    await screenshot(page, 'item-guides-dibao-collected');
    // The home figures count it as handed on, not as 一次办结 and not as still in progress.
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { level: 1, name: '今日工作台' }).waitFor();
    await expect.poll(() => page.getByTestId('count-handedOn').innerText()).toMatch(/^1/);
    expect(await page.getByTestId('count-completedInOneVisit').innerText()).toMatch(/^0/);
    expect(await page.getByTestId('count-inProgress').innerText()).toMatch(/^0/);
    expect(await page.getByTestId('count-total').innerText()).toMatch(/^1/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('容缺受理 of a non-key material', () => {
  it('accepts without the 花名册 against a promise, finishes as 一次办结 and follows the promise up', async () => {
    const { context, page, errors } = await openDesk(
      {
        department: '济宁市人力资源和社会保障局',
        hall: '济宁市人社局政务服务大厅',
        window: '3 号窗口 · 就业创业',
        clerk: '李振华（窗口工作人员）',
      },
      // Monday 2 November 2026, 10:00 in the hall.
      '2026-11-02T02:00:00.000Z',
    );
    const dialog = await newCaseDialog(page, 'cybt', '一次性创业补贴申领');
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('韩梅');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    const roster = '带动就业人员花名册及劳动合同';
    const materials = page.getByRole('region', { name: '材料清单' });
    // Only the non-key material may be accepted later; the ID card may not.
    await materials.getByRole('button', { name: `容缺受理：${roster}` }).waitFor();
    expect(await materials.getByRole('button', { name: '容缺受理：居民身份证' }).count()).toBe(0);

    await materials.getByRole('button', { name: `容缺受理：${roster}` }).click();
    const defer = page.getByRole('dialog', { name: '容缺受理' });
    const due = defer.getByLabel('承诺补交日期');
    // Five working days from the next day: 3, 4, 5, 6 and 9 November.
    expect(await due.inputValue()).toBe('2026-11-09');
    await defer.getByText('最迟 2026-11-09（5 个工作日，按法定节假日和调休计算）').waitFor();
    await due.fill('2026-11-10');
    await defer.getByRole('button', { name: '确认容缺受理' }).click();
    await defer.getByText('承诺补交日期应在明天至 2026-11-09 之间').waitFor();
    await due.fill('2026-11-06');
    await defer.getByRole('button', { name: '确认容缺受理' }).click();
    await defer.waitFor({ state: 'detached' });
    await materials.getByText('容缺：承诺 2026-11-06 前补交').waitFor();

    await tick(page, '材料清单', ['居民身份证', '一次性创业补贴申请表', '本人社会保障卡或银行账户信息']);
    await materials.getByText('必交材料已收 3/4，容缺 1 项').waitFor();
    await screenshot(page, 'item-guides-deferral-handling');
    await page.getByRole('button', { name: '结束办理' }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    // A promise is not a gap: 一次办结 is offered first, and nothing is listed for a one-time notice.
    await expect.poll(() => finish.getByRole('radio', { name: /一次办结/ }).isChecked()).toBe(true);
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).waitFor();
    await page.keyboard.press('Escape');
    const followUp = page.getByRole('region', { name: '容缺补交' });
    await followUp.getByText('待补交').waitFor();
    expect(await page.getByRole('region', { name: '一次性告知书' }).count()).toBe(0);

    // 今日办件 lists the promise; once its day has passed it is marked overdue.
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    const promises = page.getByRole('region', { name: '容缺待补交的办件' });
    await promises
      .getByRole('link', { name: `一次性创业补贴申领 · 韩梅 · ${roster} · 承诺 2026-11-06 前补交` })
      .waitFor();
    await page.clock.setFixedTime(new Date('2026-11-09T02:00:00.000Z'));
    await page.reload();
    await promises.getByRole('link', { name: /承诺 2026-11-06 前补交（已逾期）/ }).click();
    await followUp.getByText('已逾期，请联系申请人').waitFor();
    await screenshot(page, 'item-guides-deferral-overdue');
    await followUp.getByRole('button', { name: `${roster} 已补交` }).click();
    await followUp.getByText('已于 2026年11月9日 10:00 补交').waitFor();
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await expect.poll(() => promises.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the guide page and common names', () => {
  it('finds items by common names and shows who decides where, the parties, visits and conditions', async () => {
    const { context, page, errors } = await openDesk(
      {
        department: '济宁市民政局',
        hall: '任城区南张街道便民服务中心',
        window: '1 号窗口 · 社会救助',
        clerk: '孟凡英（窗口工作人员）',
      },
      '2026-11-02T02:00:00.000Z',
    );
    const firstResult = () =>
      page.getByRole('list', { name: '事项列表' }).getByRole('listitem').first().getByRole('link').first();
    const search = async (query: string) => {
      await page.keyboard.press('/');
      const box = page.getByRole('textbox', { name: '搜索事项' });
      await box.fill(query);
    };
    // 五保 by its characters, its initials and its full pinyin.
    for (const query of ['五保', 'wb', 'wubao']) {
      await search(query);
      await expect.poll(() => firstResult().innerText()).toBe('特困人员救助供养申请');
    }
    // The row says why it matched.
    await page
      .getByRole('list', { name: '事项列表' })
      .getByRole('listitem')
      .first()
      .getByText('常用名称：五保、三无人员、特困供养')
      .waitFor();
    await search('dibao');
    await expect.poll(() => firstResult().innerText()).toBe('城乡最低生活保障申请');
    await firstResult().click();
    await page.getByRole('heading', { level: 1, name: '城乡最低生活保障申请' }).waitFor();
    const authority = page.getByRole('region', { name: '实施主体与办理层级' });
    await authority.getByText('代收代办：材料收齐后转交县级人民政府民政部门，本窗口不作决定').waitFor();
    await authority.getByText('低保、最低生活保障').waitFor();
    await authority.getByText('可委托代办，须提交委托书', { exact: false }).waitFor();
    await page
      .getByRole('region', { name: '到场安排与等待期' })
      .getByText('不计入办理时限：公示 7 个自然日', { exact: false })
      .waitFor();
    await page
      .getByRole('region', { name: '办理材料' })
      .getByText('仅当“共同生活的家庭成员中是否有残疾人？”答“是”时提交')
      .waitFor();
    await screenshot(page, 'item-guides-guide-dibao');

    await search('lhdj');
    await firstResult().click();
    await page.getByRole('heading', { level: 1, name: '离婚登记' }).waitFor();
    await authority.getByText('男方（须本人到场）、女方（须本人到场）').waitFor();
    await authority.getByText('不可代办').waitFor();
    const visits = page.getByRole('region', { name: '到场安排与等待期' });
    await visits.getByText('第 1 次到场：申请受理').waitFor();
    await visits
      .getByText(
        '到场前须经离婚冷静期 30 个自然日（自上次到场次日起算），等待期届满后 30 个自然日内到场，逾期未到场的视为撤回申请',
      )
      .waitFor();
    await visits
      .getByText('本次提交：男女双方本人的居民身份证、男女双方本人的结婚证、离婚协议书', {
        exact: false,
      })
      .waitFor();
    await screenshot(page, 'item-guides-guide-divorce');
    expect(errors).toEqual([]);
    await context.close();
  });
});
