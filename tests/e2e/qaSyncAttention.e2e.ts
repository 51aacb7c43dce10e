import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestClock, startTestServer, type TestServer } from '../../server/testing/testServer';
import { sessionLifetimeMs } from '../../server/auth/sessions';
import { demoPassword } from '../../server/seedDemo';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { clerkDesk, mainNav, readOutbox } from './support/desk';
import { openSyncPanel, setUpSyncedDesk, syncStatus, waitForStatus } from './support/syncDesk';

/**
 * QA: what a clerk who never opens the sync panel learns from the pill. A change the server refuses
 * (a staff clerk may not write the catalog) and an expired sign-in both stop changes from uploading;
 * the pill must say so in Chinese, and the panel must name the record and the reason without the
 * server's English.
 */
let browser: Browser;
let app: StaticServer;
let server: TestServer;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
const item = '失业保险金申领';

/**
 * A catalog edit written the way the app's single mutation path writes (row, next seq, outbox entry,
 * one transaction), since no screen lets a staff clerk edit the catalog.
 */
const editItemAsThisClerk = (name: string) =>
  page.evaluate(
    async ({ itemName, newName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open('oncedesk');
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error ?? new Error('cannot open oncedesk'));
      });
      const transaction = db.transaction(['items', 'outbox', 'meta'], 'readwrite');
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      const items = (await read(transaction.objectStore('items').getAll())) as {
        id: string;
        name: string;
        version: number;
      }[];
      const row = items.find((candidate) => candidate.name === itemName);
      if (!row) throw new Error(`no item ${itemName}`);
      const lastSeq = (await read(transaction.objectStore('meta').get('lastSeq'))) as
        { value: number } | undefined;
      const seq = (lastSeq?.value ?? 0) + 1;
      const at = new Date().toISOString();
      transaction.objectStore('items').put({ ...row, name: newName, updatedAt: at });
      transaction.objectStore('meta').put({ key: 'lastSeq', value: seq });
      transaction.objectStore('outbox').add({
        seq,
        mutationId: crypto.randomUUID(),
        table: 'items',
        op: 'upsert',
        rowId: row.id,
        fields: { name: newName },
        baseVersion: row.version,
        at,
      });
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      });
      db.close();
    },
    { itemName: item, newName: name },
  );

beforeAll(async () => {
  // The server's clock follows the wall clock until the test moves it past the session's lifetime.
  const clock = createTestClock(new Date());
  const started = Date.now();
  let skipped = 0;
  [browser, app, server] = await Promise.all([
    launchChromium(),
    serveBuiltApp(),
    startTestServer('pglite', {
      clock: {
        now: () => new Date(clock.now().getTime() + (Date.now() - started) + skipped),
        advance: (ms) => {
          skipped += ms;
        },
        set: clock.set,
      },
    }),
  ]);
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await server?.close();
});

describe('the status pill tells the clerk when changes cannot upload', () => {
  it('shows a change the server sent back, and the panel names the item and the reason in Chinese', async () => {
    await page.goto(app.url);
    await setUpSyncedDesk(page, {
      serverUrl: server.url,
      username: 'rs-staff',
      password: demoPassword,
      clerk: clerkDesk.clerk,
      hall: clerkDesk.hall,
      window: clerkDesk.window,
    });
    await editItemAsThisClerk(`${item}（试改）`);
    const panel = await openSyncPanel(page);
    await panel.getByRole('button', { name: '立即同步' }).click();
    await panel.getByText(`事项 · ${item} · 无此操作权限`).waitFor();
    expect(await panel.innerText()).not.toMatch(/[A-Za-z]{4,}/);
    await screenshot(page, 'qa-rejected-panel');
    await panel.getByRole('button', { name: '关闭' }).click();
    await syncStatus(page).getByText('1 条修改被退回').waitFor();
    await screenshot(page, 'qa-rejected-pill');

    const again = await openSyncPanel(page);
    await again.getByRole('button', { name: '知道了' }).click();
    await again.getByText('没有未被接受的修改').waitFor();
    await again.getByRole('button', { name: '关闭' }).click();
    await waitForStatus(page, { online: true, pending: 0 });
    expect(
      await syncStatus(page)
        .getByText(/被退回/)
        .count(),
    ).toBe(0);
  });

  it('asks to sign in again once the server refuses the token, keeping the work for after', async () => {
    server.clock.advance(sessionLifetimeMs + 60_000);
    await mainNav(page, '事项目录').click();
    await page.getByRole('textbox', { name: '搜索事项' }).fill('sybxj');
    await page.getByRole('button', { name: `开始陪跑：${item}` }).click();
    const dialog = page.getByRole('dialog', { name: '新建办件' });
    await dialog.getByRole('textbox', { name: '申请人姓名' }).fill('赵淑芬');
    await dialog.getByRole('button', { name: '开始陪跑' }).click();
    await page.getByRole('heading', { level: 1, name: item }).waitFor();

    await syncStatus(page).getByText('需重新登录').waitFor({ timeout: 20_000 });
    await waitForStatus(page, { online: true, pending: 'some' });
    expect((await readOutbox(page)).length).toBeGreaterThan(0);
    await screenshot(page, 'qa-sign-in-needed');

    const panel = await openSyncPanel(page);
    await panel.getByRole('button', { name: '重新登录' }).click();
    const signIn = page.getByRole('dialog', { name: '登录同步账号' });
    await signIn.getByRole('textbox', { name: '账号' }).fill('rs-staff');
    await signIn.getByLabel('密码').fill(demoPassword);
    await signIn.getByRole('button', { name: '登录', exact: true }).click();
    await signIn.waitFor({ state: 'hidden' });
    await panel.getByRole('button', { name: '关闭' }).click();
    await waitForStatus(page, { online: true, pending: 0 }, 20_000);
    expect(await syncStatus(page).getByText('需重新登录').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
