import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, createTestClock, type TestServer } from '../../server/testing/testServer';
import { demoPassword } from '../../server/seedDemo';
import { hallDayOf } from '../../shared/time';
import { windowStart } from '../../shared/sync/scope';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { clerkDesk, mainNav } from './support/desk';
import { setUpSyncedDesk } from './support/syncDesk';
import { caseFields, hrss, login, mutation, push } from '../sync/serverClient';

/**
 * Issue 10 at the desk: a new clerk desk set up at its hall keeps its hall's recent cases only — not
 * another hall's, not last year's — even though set-up's first sync ran before the hall was chosen;
 * 设置 says in Chinese what the desk keeps and over which days, and a shorter window can be chosen.
 */
let browser: Browser;
let app: StaticServer;
let server: TestServer;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
const ids = { recent: randomUUID(), old: randomUUID(), otherHall: randomUUID() };
const dayMs = 24 * 60 * 60 * 1000;

const localCaseIds = () =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('oncedesk');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('cannot open oncedesk'));
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('cases').objectStore('cases').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return (keys as string[]).sort();
  });

beforeAll(async () => {
  [browser, app, server] = await Promise.all([
    launchChromium(),
    serveBuiltApp(),
    startTestServer('pglite', { clock: createTestClock(new Date()) }),
  ]);
  const now = server.clock.now();
  const day = (before: number) => hallDayOf(new Date(now.getTime() - before * dayMs));
  const finished = { status: 'completedInOneVisit', finishedAt: now.toISOString() };
  const token = await login(server.api, 'rs-staff2', 'e2e-scope-writer');
  const reply = await push(server.api, token, 'e2e-scope-writer', [
    mutation(1, 'cases', ids.recent, caseFields(hrss, { day: day(1), ...finished })),
    mutation(
      2,
      'cases',
      ids.old,
      caseFields(hrss, {
        day: day(200),
        applicantName: '孙旧案',
        supplementNotice: { number: 'GZ-OLD-7', issuedAt: now.toISOString(), missingMaterialIds: ['m1'] },
        ...finished,
      }),
    ),
    mutation(
      3,
      'cases',
      ids.otherHall,
      caseFields(hrss, {
        day: day(1),
        hallId: 'hall-JN-RS-SBZX',
        windowId: 'win-JN-RS-SBZX-01',
        ...finished,
      }),
    ),
  ]);
  expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await server?.close();
});

describe('a clerk desk keeps its scope', () => {
  it('holds only its hall’s recent cases after set-up, and 设置 shows the scope in Chinese', async () => {
    await page.goto(app.url);
    await setUpSyncedDesk(page, {
      serverUrl: server.url,
      username: 'rs-staff',
      password: demoPassword,
      clerk: clerkDesk.clerk,
      hall: clerkDesk.hall,
      window: clerkDesk.window,
    });
    // Set-up's first sync was scoped to the department's first hall; the chosen hall's follows.
    await expect.poll(localCaseIds, { timeout: 30_000 }).toEqual([ids.recent]);

    await mainNav(page, '设置').click();
    const section = page.getByRole('region', { name: '本机数据范围' });
    await section.getByText('本大厅近 90 天的办件，本大厅所有尚未办结的办件').waitFor();
    const today = hallDayOf(server.clock.now());
    await section.getByText(`${windowStart(today, 90)} 至 ${today}（按服务器日期）`).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'sync-scope-settings');

    await section.getByRole('combobox', { name: '保存天数' }).click();
    await page.getByRole('option', { name: '近 30 天' }).click();
    await section.getByText('已保存，正在按新的范围同步。').waitFor();
    await section.getByText('本大厅近 30 天的办件', { exact: false }).waitFor();
    await section.getByText(`${windowStart(today, 30)} 至 ${today}（按服务器日期）`).waitFor();
    expect(await localCaseIds()).toEqual([ids.recent]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('looks an old case up on the server by its notice number and opens it', async () => {
    await mainNav(page, '今日办件').click();
    await page.getByRole('textbox', { name: '搜索申请人' }).fill('GZ-OLD-7');
    await page.getByRole('button', { name: '在服务器上查找“GZ-OLD-7”' }).click();
    const lookup = page.getByTestId('server-lookup');
    await lookup.getByText('在服务器上找到 1 件，已保存到本机（办结前一直保留并随同步更新）：').waitFor();
    await screenshot(page, 'sync-scope-lookup');
    await lookup.getByRole('link', { name: /孙旧案/ }).click();
    await page.getByText('申请人：孙旧案').waitFor();
    expect(await localCaseIds()).toEqual([ids.old, ids.recent].sort());
    // A notice the server does not know either says so in Chinese.
    await mainNav(page, '今日办件').click();
    await page.getByRole('textbox', { name: '搜索申请人' }).fill('GZ-NOWHERE');
    await page.getByRole('button', { name: '在服务器上查找“GZ-NOWHERE”' }).click();
    await lookup.getByText('服务器上也没有找到本部门的相应办件。').waitFor();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
