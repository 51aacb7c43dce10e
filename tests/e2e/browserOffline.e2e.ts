import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { startCase } from './support/startCase';
import { caseIdOf, clerkDesk, readOutbox, waitingRecords } from './support/desk';
import {
  lastSyncedLine,
  openSyncPanel,
  closeSyncPanel,
  setUpSyncedDesk,
  storedLastSyncedAt,
  syncStatus,
  waitForStatus,
} from './support/syncDesk';
import { createSyncServer, demoPassword, pullEverything, type SyncServerControl } from './support/syncServer';

/**
 * The network cable is pulled, not the server stopped: the browser itself is offline
 * (context.setOffline), so navigator.onLine is false and every request fails. A synced desk keeps
 * working — a case is started, handled and finished — and says at each step what is true: 离线 (not
 * 连不上服务器, the server is fine), how many records wait, that they are kept on this PC; 立即同步 while
 * offline changes nothing and says why. When the network is back the desk sends the work by itself,
 * the pill says 在线 with nothing waiting, the panel a new last-sync time, and the server holds the case.
 */
let browser: Browser;
let app: StaticServer;
let server: SyncServerControl;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let caseId: string;

const applicant = '韩桂英';
/** Past the health probe's longest back-off (60 s) with room for the run it starts. */
const reconnectTimeout = 75_000;

const offlinePill = (pending: string) =>
  syncStatus(page)
    .filter({ hasText: '离线' })
    .filter({ has: page.getByText(pending, { exact: true }) });

beforeAll(async () => {
  [browser, app, server] = await Promise.all([launchChromium(), serveBuiltApp(), createSyncServer()]);
  await server.up();
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
  await page.goto(app.url);
  await setUpSyncedDesk(page, {
    serverUrl: server.url,
    username: 'rs-staff',
    password: demoPassword,
    clerk: clerkDesk.clerk,
    hall: clerkDesk.hall,
    window: clerkDesk.window,
  });
  await waitForStatus(page, { online: true, pending: 0 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await server?.dispose();
});

describe('a synced desk through a real network outage', () => {
  it('says 离线 the moment the network goes, not that the server is down', async () => {
    // The desk has been up a moment, so every screen's code is here (routes.tsx loads it when idle):
    // before, 今日办件 first opened offline could not load its code and never showed.
    const loaded = () =>
      page.evaluate(() =>
        ['TodayCasesPage-', 'CasePage-', 'CatalogPage-', 'SettingsPage-'].every((chunk) =>
          performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${chunk}`)),
        ),
      );
    await expect.poll(loaded, { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await offlinePill('无待同步修改').waitFor();
    expect(await syncStatus(page).getByText('连不上服务器').count()).toBe(0);
    expect(await syncStatus(page).getByText('在线', { exact: true }).count()).toBe(0);
  });

  it('keeps working offline; the pill and the panel count the waiting record and say it is kept here', async () => {
    await startCase(page, applicant);
    caseId = caseIdOf(page);
    const materials = page.getByRole('region', { name: '材料清单' });
    await materials.getByRole('checkbox', { name: '居民身份证' }).check();
    await materials.getByRole('checkbox', { name: '社会保障卡（已激活金融功能）' }).check();
    await page.getByRole('button', { name: '结束办理', exact: true }).click();
    const finish = page.getByRole('dialog', { name: '结束办理' });
    await finish.getByRole('radio', { name: '一次办结' }).check();
    await finish.getByRole('button', { name: '确认结束办理' }).click();
    await page.getByRole('dialog', { name: '好差评' }).getByRole('button', { name: '跳过' }).click();

    // One case, however many edits: one record waits, as the outbox holds it.
    await offlinePill('1 条修改待同步').waitFor();
    expect(waitingRecords(await readOutbox(page))).toBe(1);

    const panel = await openSyncPanel(page);
    await panel.getByText('待上传：1 条修改').waitFor();
    // 立即同步 offline tries, fails on the network, and says so; nothing is lost or half-sent.
    await panel.getByRole('button', { name: '立即同步' }).click();
    await panel.getByText('网络不通，修改已保存在本机，联网后自动上传').waitFor();
    await panel.getByRole('button', { name: '立即同步' }).waitFor();
    await panel.getByText('待上传：1 条修改').waitFor();
    await page.mouse.move(1300, 740);
    await screenshot(page, 'offline-1-panel');
    await closeSyncPanel(panel);
    await offlinePill('1 条修改待同步').waitFor();

    const onServer = await pullEverything(server.api, 'rs-staff');
    expect(onServer.some((row) => row.table === 'cases' && row.id === caseId)).toBe(false);
  });

  it('sends the work by itself when the network is back, and the panel tells the truth', async () => {
    const before = await storedLastSyncedAt(page);
    await context.setOffline(false);
    await waitForStatus(page, { online: true, pending: 0 }, reconnectTimeout);
    expect(await readOutbox(page)).toEqual([]);
    await expect.poll(() => storedLastSyncedAt(page)).not.toBe(before);

    const panel = await openSyncPanel(page);
    await panel.getByText('待上传：0 条修改').waitFor();
    await lastSyncedLine(panel).waitFor();
    expect(await panel.getByText('网络不通，修改已保存在本机，联网后自动上传').count()).toBe(0);
    await panel.getByText('没有未被接受的修改').waitFor();
    await page.mouse.move(1300, 740);
    await screenshot(page, 'offline-2-back-online');
    await closeSyncPanel(panel);

    const cases = (await pullEverything(server.api, 'rs-staff')).filter((row) => row.table === 'cases');
    expect(cases.map((row) => row.id)).toEqual([caseId]);
    expect(cases[0]?.fields).toMatchObject({
      applicantName: applicant,
      staffId: 'staff-JN-RS-001',
      status: 'completedInOneVisit',
    });
    expect(pageErrors).toEqual([]);
    expect(server.errors).toEqual([]);
  });
});
