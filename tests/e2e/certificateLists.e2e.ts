import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { mainNav, printedDocuments, recordPrints } from './support/desk';
import { closeSyncPanel, openSyncPanel, setUpSyncedDesk, waitForStatus } from './support/syncDesk';
import { createSyncServer, demoPassword, type SyncServerControl } from './support/syncServer';
import { droppedDocument, droppedTitle, publishedDroppedXlsx } from '../fixtures/certificateLists';

/**
 * Issue #7 as the 民政局 lives it. The section chief (科长) imports the bureau's new 取消清单 — a real
 * .xlsx file as bureaus publish it, title rows, two-row header, merged cells — into a draft; one entry
 * reads "按有关规定办理" and is 待分类, so publishing is refused until he classifies it; he corrects the
 * 收入证明 to 告知承诺 as the notice says, enters the 施行日期 (the form refuses 2月30日 and a 文号 that is
 * not one, in Chinese), and publishes. At a 乡镇 window on another PC, the clerk's desk syncs: once,
 * it tells her what changed; handling a 低保 application she is told the 收入证明 is no longer asked
 * for (告知承诺) and the 财产状况证明 is replaced by the applicant's own statement, prints the
 * 告知承诺书 for the 收入证明 alone, and the finished case records what was waived and how.
 */
type Desk = { context: BrowserContext; page: Page; errors: string[] };

let browser: Browser;
let app: StaticServer;
let server: SyncServerControl;
let folder: string;
let chief: Desk;
let clerk: Desk;

const openDesk = async (): Promise<Desk> => {
  const { context, page } = await newDesk(browser);
  return { context, page, errors: collectPageErrors(page) };
};

/** 立即同步 in the 同步情况 panel, then the pill (hidden behind the panel while it is open) says all is up. */
const syncNow = async (page: Page) => {
  const panel = await openSyncPanel(page);
  await panel.getByRole('button', { name: '立即同步' }).click();
  await panel.getByText('待上传：0 条修改').waitFor();
  await closeSyncPanel(panel);
  await waitForStatus(page, { online: true, pending: 0 });
};

beforeAll(async () => {
  [browser, app, server] = await Promise.all([launchChromium(), serveBuiltApp(), createSyncServer()]);
  await server.up();
  folder = await mkdtemp(join(tmpdir(), 'oncedesk-lists-'));
  chief = await openDesk();
  clerk = await openDesk();
  await recordPrints(clerk.page);
  await Promise.all([
    (async () => {
      await chief.page.goto(app.url);
      await setUpSyncedDesk(chief.page, {
        serverUrl: server.url,
        username: 'mz-chief',
        password: demoPassword,
        clerk: '周德明（科长/主管）',
        hall: '济宁市为民服务中心民政窗口',
        window: '1 号窗口 · 综合受理',
      });
    })(),
    (async () => {
      await clerk.page.goto(app.url);
      await setUpSyncedDesk(clerk.page, {
        serverUrl: server.url,
        username: 'mz-staff',
        password: demoPassword,
        clerk: '孟凡英（窗口工作人员）',
        hall: '任城区南张街道便民服务中心',
        window: '1 号窗口 · 社会救助',
      });
    })(),
  ]);
});

afterAll(async () => {
  await chief?.context.close();
  await clerk?.context.close();
  await browser?.close();
  await app?.close();
  await server?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('a new 取消清单 from the supervisor’s import to the clerk’s 告知承诺书', () => {
  it('imports the bureau’s XLSX into a draft, naming the entry it cannot classify', async () => {
    const { page } = chief;
    const file = join(folder, '济宁市民政局证明事项取消清单（2026年修订）.xlsx');
    await writeFile(file, await publishedDroppedXlsx());
    await mainNav(page, '证明清单').click();
    await page.getByRole('link', { name: '导入清单' }).click();
    await page.getByRole('heading', { level: 1, name: '导入证明事项清单' }).waitFor();
    await page.getByRole('combobox', { name: '清单类型' }).selectOption({ label: '取消清单' });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择清单文件…' }).click();
    await (await chooser).setFiles(file);
    await page.getByText(/^共读到 6 条证明事项（工作表「取消清单」，表头在第 3–4 行）$/).waitFor();
    await page
      .getByRole('list', { name: '发现的问题' })
      .getByText('“按有关规定办理”无法自动归类，导入为“待分类”', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: '导入为草稿（6 条）' }).click();
    await page.getByRole('heading', { level: 1, name: droppedTitle }).waitFor();
    const facts = page.getByRole('region', { name: '清单信息' });
    await facts.getByText(droppedDocument).waitFor();
    await screenshot(page, 'certificate-lists-1-draft');
  });

  it('refuses to publish while an entry is 待分类 and the list has no 施行日期', async () => {
    const { page } = chief;
    await page.getByText('还有 1 条“待分类”，分类后才能发布').waitFor();
    await page.getByText('发布前请先填写施行日期（点“修改清单信息”）').first().waitFor();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `发布“${droppedTitle}”` });
    await dialog.getByRole('alert').filter({ hasText: '还有 1 条证明事项“待分类”，不能发布' }).waitFor();
    expect(await dialog.getByRole('button', { name: '确认发布' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('classifies the 待分类 entry, corrects one, and fills in 文号 and 施行日期 with Chinese checks', async () => {
    const { page } = chief;
    await page
      .getByRole('combobox', { name: '“未就业证明”的办理方式分类' })
      .selectOption('directlyCancelled');
    await page.getByRole('combobox', { name: '“收入证明”的办理方式分类' }).selectOption('commitment');
    await page.getByText('还有 1 条“待分类”，分类后才能发布').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '修改清单信息' }).click();
    const form = page.getByRole('dialog', { name: /^修改清单信息/ });
    await form.getByRole('textbox', { name: '文号' }).fill('民政局2026年第3号');
    await form.getByRole('textbox', { name: '施行日期' }).fill('2026-02-30');
    await page.keyboard.press('Enter');
    await form.getByText('文号应写作“机关代字〔年份〕序号号”，例如 济人社字〔2019〕58号').waitFor();
    await form.getByText('施行日期不是有效的日期，请按 2026-12-01 的格式填写').waitFor();
    await screenshot(page, 'certificate-lists-2-facts-refused');
    await form.getByRole('textbox', { name: '文号' }).fill('济民字[2026]3号');
    await form.getByRole('textbox', { name: '施行日期' }).fill('2026-12-01');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await page.getByText('已保存清单信息').waitFor();
    const facts = page.getByRole('region', { name: '清单信息' });
    await facts.getByText('济民字〔2026〕3号').waitFor();
    await facts.getByText('2026-12-01').waitFor();
  });

  it('publishes, showing the items whose materials change, and sends it to the server', async () => {
    const { page } = chief;
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `发布“${droppedTitle}”` });
    await dialog.getByRole('link', { name: '城乡最低生活保障申请' }).waitFor();
    await screenshot(page, 'certificate-lists-3-publish');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('已发布。各窗口同步后即按新清单办理，并会提示窗口人员有哪些变化').waitFor();
    await syncNow(page);
    // The supervisor is not told about his own publication.
    expect(await page.getByRole('region', { name: '证明事项清单有变化' }).count()).toBe(0);
  });

  it('tells the clerk at another desk, once, what changed after her desk syncs', async () => {
    const { page } = clerk;
    // Her desk's live-update stream may already have pulled the publication; a sync makes sure it has.
    await syncNow(page);
    const notice = page.getByRole('region', { name: '证明事项清单有变化' });
    await notice.getByText('自12月1日起“未就业证明”不再索要，改为直接取消：按有关规定办理').waitFor();
    await notice.getByText('“收入证明”的办理方式改为告知承诺：申请人提供收入情况声明').waitFor();
    await notice
      .getByText(
        '“财产状况证明”的办理方式改为其他材料替代：申请人提供财产状况声明，民政部门通过居民家庭经济状况核对系统核对',
      )
      .waitFor();
    await screenshot(page, 'certificate-lists-4-notice');
    // By keyboard: the button takes the focus, Enter dismisses; a reload does not bring it back.
    await notice.getByRole('button', { name: '知道了' }).focus();
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await syncNow(page);
    expect(await page.getByRole('region', { name: '证明事项清单有变化' }).count()).toBe(0);
  });

  it('handles a 低保 application by the new list and prints the 告知承诺书 for the 收入证明 alone', async () => {
    const { page } = clerk;
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
    await page.getByRole('button', { name: '新建办件' }).click();
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.waitFor();
    await page.keyboard.type('低保');
    await page.getByRole('option', { name: /城乡最低生活保障申请/ }).click();
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('孔繁荣');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByRole('heading', { level: 1, name: '城乡最低生活保障申请' }).waitFor();
    for (const question of ['共同生活的家庭成员中是否有残疾人？', '家庭成员是否患有重大疾病？'])
      await page.getByRole('group', { name: question }).getByRole('button', { name: '否' }).click();

    const materials = page.getByRole('region', { name: '材料清单' });
    await materials.getByText('不再索要 — 告知承诺').waitFor();
    await materials.getByText('不再索要 — 其他材料替代').waitFor();
    // Neither dropped certificate is a box to tick.
    for (const name of ['收入证明', '财产状况证明'])
      expect(await materials.getByRole('checkbox', { name, exact: true }).count()).toBe(0);

    await materials.getByRole('button', { name: '打印告知承诺书' }).click();
    await materials.getByText('已打印告知承诺书，本件记录免交 2 项证明及核查方式').waitFor();
    const printed = await printedDocuments(page);
    expect(printed).toHaveLength(1);
    const letter = printed[0]!;
    for (const part of [
      '证明事项告知承诺书',
      '申请事项：城乡最低生活保障申请',
      '证明名称：收入证明',
      '设定依据：《社会救助暂行办法》',
      '申请人承诺',
      '不实承诺的法律责任',
      '孔繁荣',
    ])
      expect(letter, part).toContain(part);
    // Replaced by the applicant's own statement now, so it is not part of the commitment.
    expect(letter).not.toContain('财产状况证明');
    await screenshot(page, 'certificate-lists-5-handling');

    for (const name of ['最低生活保障申请书', '居民身份证', '居民户口簿', '家庭经济状况核查授权书'])
      await materials.getByRole('checkbox', { name, exact: true }).check();
    await page.getByRole('button', { name: '结束办理' }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: /已代收/ }).check();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).waitFor();
    await page.keyboard.press('Escape');

    const waived = page.getByRole('region', { name: '免交的证明' });
    await waived
      .getByText(/^收入证明：告知承诺，核查方式：书面核查（告知承诺书 \d+月\d+日 \d{2}:\d{2} 打印）$/)
      .waitFor();
    await waived.getByText('财产状况证明：其他材料替代', { exact: true }).waitFor();
    await screenshot(page, 'certificate-lists-6-case-waived');
    expect(chief.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
  });
});
