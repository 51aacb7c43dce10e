import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { caseIdOf, clerkDesk, mainNav, readOutbox, waitingRecords } from './support/desk';
import {
  closeSyncPanel,
  expectLastSyncedInPill,
  lastSyncedLine,
  openSyncPanel,
  setUpSyncedDesk,
  storedLastSyncedAt,
  todayRows,
  waitForStatus,
} from './support/syncDesk';
import { createSyncServer, demoPassword, pullEverything, type SyncServerControl } from './support/syncServer';

/**
 * Issue 3, sync on reconnect, as two windows of the same hall live it: both desks sign in to the hall's
 * sync server in the morning; the server goes down; both keep working (window 4 finishes a case and
 * records the applicant's rating, window 5 starts one and ticks materials); the server comes back on
 * the same address with the same data; both desks catch up by themselves, and after 立即同步 each sees
 * both cases in 今日办件, with nothing waiting. The server holds each case exactly once.
 */
type Desk = {
  name: 'A' | 'B';
  username: string;
  clerk: string;
  window: string;
  item: string;
  applicant: string;
  context?: BrowserContext;
  page?: Page;
  errors?: string[];
  caseId?: string;
};

const deskA: Desk = {
  name: 'A',
  username: 'rs-staff',
  clerk: clerkDesk.clerk,
  window: clerkDesk.window,
  item: '失业保险金申领',
  applicant: '张明',
};
const deskB: Desk = {
  name: 'B',
  username: 'rs-staff2',
  clerk: '李振华（窗口工作人员）',
  window: '5 号窗口 · 社保卡',
  item: '社会保障卡申领',
  applicant: '刘芳',
};
const desks = [deskA, deskB];

/** Past the health probe's longest back-off (60 s) with room for the run it starts. */
const reconnectTimeout = 75_000;

let browser: Browser;
let app: StaticServer;
let server: SyncServerControl;

const pageOf = (desk: Desk): Page => {
  if (!desk.page) throw new Error(`desk ${desk.name} is not open`);
  return desk.page;
};

const startCase = async (page: Page, item: string, applicant: string) => {
  await mainNav(page, '事项目录').click();
  await page.getByRole('textbox', { name: '搜索事项' }).fill(item);
  await page.getByRole('button', { name: `开始陪跑：${item}` }).click();
  const dialog = page.getByRole('dialog', { name: '新建办件' });
  await dialog.getByRole('textbox', { name: '申请人姓名' }).fill(applicant);
  await dialog.getByRole('button', { name: '开始陪跑' }).click();
  await page.getByRole('heading', { level: 1, name: item }).waitFor();
  await page.getByText(`申请人：${applicant}`).waitFor();
};

/** The pointer rests on an empty part of the list, so no tooltip covers the screenshot. */
const shoot = async (page: Page, name: string) => {
  await page.mouse.move(700, 700);
  await screenshot(page, name);
};

const steps = (page: Page) => page.getByRole('region', { name: '办理环节' });
const materials = (page: Page) => page.getByRole('region', { name: '材料清单' });

/** The pill must show exactly what the outbox holds; returns that count (> 0 while offline). */
const expectOfflineWithWaiting = async (page: Page): Promise<number> => {
  await waitForStatus(page, { online: false, pending: 'some' });
  const waiting = waitingRecords(await readOutbox(page));
  expect(waiting).toBeGreaterThan(0);
  await waitForStatus(page, { online: false, pending: waiting });
  return waiting;
};

beforeAll(async () => {
  [browser, app, server] = await Promise.all([launchChromium(), serveBuiltApp(), createSyncServer()]);
  await server.up();
  for (const desk of desks) {
    // Separate contexts: separate profiles, each with its own IndexedDB, like two PCs.
    const { context, page } = await newDesk(browser);
    Object.assign(desk, { context, page, errors: collectPageErrors(page) });
  }
});

afterAll(async () => {
  for (const desk of desks) await desk.context?.close();
  await browser?.close();
  await app?.close();
  await server?.dispose();
});

describe('two desks of one hall work through a server outage and converge', () => {
  it('sets up both desks by signing each clerk in to the sync server while it is up', async () => {
    await Promise.all(
      desks.map(async (desk) => {
        const page = pageOf(desk);
        await page.goto(app.url);
        // Same hall, so each desk's 今日办件 will list the other's cases too.
        await setUpSyncedDesk(page, {
          serverUrl: server.url,
          username: desk.username,
          password: demoPassword,
          clerk: desk.clerk,
          hall: clerkDesk.hall,
          window: desk.window,
        });
        // Synced once while the server is up: online, nothing waiting, a last-sync time.
        await waitForStatus(page, { online: true, pending: 0 });
        const panel = await openSyncPanel(page);
        await lastSyncedLine(panel).waitFor();
        // Its live-update stream is open: the other desk's cases arrive at once (issue #9).
        await panel.getByTestId('live-updates').filter({ hasText: '实时更新：已连接' }).waitFor();
        await closeSyncPanel(panel);
      }),
    );
  });

  it('keeps both desks working while the server is down, each counting its waiting changes', async () => {
    await server.down();

    const a = pageOf(deskA);
    await startCase(a, deskA.item, deskA.applicant);
    deskA.caseId = caseIdOf(a);
    for (const name of ['核验身份', '系统核查', '签字确认', '智能秒批', '办结告知'])
      await steps(a).getByRole('checkbox', { name }).check();
    await materials(a).getByRole('checkbox', { name: '居民身份证' }).check();
    await materials(a).getByRole('checkbox', { name: '社会保障卡（已激活金融功能）' }).check();
    await materials(a).getByText('必交材料已收 2/2').waitFor();
    await a.getByRole('button', { name: '结束办理', exact: true }).click();
    const finish = a.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: '一次办结' }).check();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    const rating = a.getByRole('dialog', { name: '好差评' });
    await rating.getByRole('radio', { name: '非常满意' }).check();
    await rating.getByRole('button', { name: '提交评价' }).click();
    await a
      .getByRole('region', { name: '办理结果' })
      .getByRole('definition')
      .filter({ hasText: '非常满意' })
      .waitFor();

    // B's clerk steps away and locks the desk; back at the window, the server still down, the password
    // is checked against the sign-in stored on this PC in the morning.
    const b = pageOf(deskB);
    await b.getByRole('button', { name: '锁定' }).click();
    const lock = b.getByRole('heading', { name: '窗口已锁定' });
    await lock.waitFor();
    await b.getByRole('textbox', { name: '账号' }).fill(deskB.username);
    await b.getByLabel('密码').fill(demoPassword);
    await b.getByRole('button', { name: '解锁' }).click();
    await lock.waitFor({ state: 'hidden' });
    await startCase(b, deskB.item, deskB.applicant);
    deskB.caseId = caseIdOf(b);
    await steps(b).getByRole('checkbox', { name: '核验身份' }).check();
    await materials(b).getByRole('checkbox', { name: '居民身份证' }).check();
    await materials(b).getByRole('checkbox', { name: '近期一寸白底免冠彩色照片' }).check();
    await materials(b).getByText('必交材料已收 1/1').waitFor();

    for (const desk of desks) {
      const page = pageOf(desk);
      const waiting = await expectOfflineWithWaiting(page);
      const rows = await todayRows(page);
      await rows.filter({ hasText: desk.applicant }).waitFor();
      expect(await rows.count()).toBe(1);
      await waitForStatus(page, { online: false, pending: waiting });
      await shoot(page, `sync-${desk.name}-1-offline-waiting`);
    }
    // The stream went with the server: the panel says the desk syncs on its timer meanwhile.
    const panel = await openSyncPanel(pageOf(deskA));
    await panel.getByTestId('live-updates').filter({ hasText: '实时更新：未连接，按定时同步' }).waitFor();
    await closeSyncPanel(panel);
  });

  it('catches up by itself once the server is back on the same address with the same data', async () => {
    await server.up();
    // No click: the health probe (with back-off) notices the server and runs a sync on each desk.
    await Promise.all(
      desks.map(async (desk) => {
        await waitForStatus(pageOf(desk), { online: true, pending: 0 }, reconnectTimeout);
        expect(await readOutbox(pageOf(desk))).toEqual([]);
      }),
    );
  });

  it('after 立即同步 each desk lists both cases of the hall today, with a last-sync time', async () => {
    for (const desk of desks) {
      const page = pageOf(desk);
      const before = await storedLastSyncedAt(page);
      expect(before).not.toBeNull();
      const panel = await openSyncPanel(page);
      await panel.getByRole('button', { name: '立即同步' }).click();
      // The run this click started has finished (the automatic one before it does not count).
      await expect.poll(() => storedLastSyncedAt(page), { timeout: 15_000 }).not.toBe(before);
      await panel.getByRole('button', { name: '立即同步' }).waitFor();
      await panel.getByText('待上传：0 条').waitFor();
      await lastSyncedLine(panel).waitFor();
      // Two cases on two rows: nothing refused, nothing to reconcile.
      await panel.getByText('没有未被接受的修改').waitFor();
      await panel.getByText('没有冲突').waitFor();
      await closeSyncPanel(panel);
    }
    for (const desk of desks) {
      const page = pageOf(desk);
      const rows = await todayRows(page);
      await rows.filter({ hasText: deskA.applicant }).filter({ hasText: '一次办结' }).waitFor();
      await rows.filter({ hasText: deskB.applicant }).filter({ hasText: '办理中' }).waitFor();
      expect(await rows.count()).toBe(2);
      await waitForStatus(page, { online: true, pending: 0 });
      await expectLastSyncedInPill(page);
      await shoot(page, `sync-${desk.name}-2-converged`);
    }
  });

  it('the other desk’s case opens with its edits: B sees A’s rating, A sees B’s ticked materials', async () => {
    const b = pageOf(deskB);
    const rowsOnB = await todayRows(b);
    await rowsOnB.filter({ hasText: deskA.applicant }).click();
    await b.getByText(`申请人：${deskA.applicant}`).waitFor();
    const outcome = b.getByRole('region', { name: '办理结果' });
    await outcome.getByRole('definition').filter({ hasText: '一次办结' }).waitFor();
    await outcome.getByRole('definition').filter({ hasText: '非常满意' }).waitFor();

    const a = pageOf(deskA);
    const rowsOnA = await todayRows(a);
    await rowsOnA.filter({ hasText: deskB.applicant }).click();
    await a.getByText(`申请人：${deskB.applicant}`).waitFor();
    expect(await materials(a).getByRole('checkbox', { name: '居民身份证' }).isChecked()).toBe(true);
    expect(await materials(a).getByRole('checkbox', { name: '近期一寸白底免冠彩色照片' }).isChecked()).toBe(
      true,
    );
    expect(await steps(a).getByRole('checkbox', { name: '核验身份' }).isChecked()).toBe(true);
  });

  it('the server holds each case exactly once, with both desks’ edits', async () => {
    const rows = await pullEverything(server.api, 'rs-chief');
    const cases = rows.filter((row) => row.table === 'cases');
    expect(cases.map((row) => row.id).sort()).toEqual([deskA.caseId, deskB.caseId].sort());
    const byId = new Map(cases.map((row) => [row.id, row.fields]));
    expect(byId.get(deskA.caseId!)).toMatchObject({
      applicantName: deskA.applicant,
      staffId: 'staff-JN-RS-001',
      status: 'completedInOneVisit',
      rating: { level: 5 },
    });
    expect(byId.get(deskB.caseId!)).toMatchObject({
      applicantName: deskB.applicant,
      staffId: 'staff-JN-RS-002',
      status: 'inProgress',
      completedStepIds: ['hysf'],
    });
    expect(new Set(byId.get(deskB.caseId!)?.receivedMaterialIds as string[])).toEqual(new Set(['sfz', 'zp']));
    expect(server.errors).toEqual([]);
  });

  it('raised no page error on either desk', () => {
    expect(deskA.errors).toEqual([]);
    expect(deskB.errors).toEqual([]);
  });
});
