import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { clerkDesk } from './support/desk';
import { closeSyncPanel, openSyncPanel, waitForStatus } from './support/syncDesk';
import { createSyncServer, demoPassword, type SyncServerControl } from './support/syncServer';

/**
 * 未加密连接 (issue #9, item 4): a desk talking plain http to another machine says so at set-up and in
 * the sync panel; https and the server on this very PC do not. The hall server's name is routed by the
 * browser to the test server on loopback, so the desk really signs in and syncs over that address.
 */
let browser: Browser;
let app: StaticServer;
let server: SyncServerControl;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const hallServer = 'http://oncedesk-hall.test:8787';
const warning = () => page.getByTestId('unencrypted-connection');
const setupCard = () => page.getByRole('region', { name: '连接同步服务器' });
const address = () => setupCard().getByRole('textbox', { name: '同步服务器地址' });

beforeAll(async () => {
  [browser, app, server] = await Promise.all([launchChromium(), serveBuiltApp(), createSyncServer()]);
  await server.up();
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
  await page.route(`${hallServer}/**`, (route) =>
    route.continue({ url: route.request().url().replace(hallServer, server.url) }),
  );
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await server?.dispose();
});

describe('an unencrypted connection is named', () => {
  it('warns at set-up for plain http to another machine, not for https or this PC', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
    expect(await warning().count()).toBe(0);
    await address().fill('http://192.168.1.20:8787');
    await warning()
      .filter({ hasText: /^未加密连接：/ })
      .waitFor();
    await address().fill('https://sync.jining.gov.cn');
    await warning().waitFor({ state: 'detached' });
    await address().fill(server.url);
    await warning().waitFor({ state: 'detached' });
  });

  it('signs in over plain http to the hall server and says 未加密连接 in the sync panel too', async () => {
    await address().fill(hallServer);
    await warning().waitFor();
    await screenshot(page, 'unencrypted-1-setup');
    await setupCard().getByRole('textbox', { name: '账号' }).fill('rs-staff');
    await setupCard().getByLabel('密码').fill(demoPassword);
    await setupCard().getByRole('button', { name: '登录并继续' }).click();
    await page.getByRole('combobox', { name: '服务大厅' }).selectOption({ label: clerkDesk.hall });
    await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: clerkDesk.window });
    await page.getByTestId('first-sync').filter({ hasText: '已与服务器同步' }).waitFor();
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await waitForStatus(page, { online: true, pending: 0 });
    const panel = await openSyncPanel(page);
    await panel
      .getByTestId('unencrypted-connection')
      .filter({ hasText: /^未加密连接：/ })
      .waitFor();
    await screenshot(page, 'unencrypted-2-panel');
    await closeSyncPanel(panel);
    expect(pageErrors).toEqual([]);
    expect(server.errors).toEqual([]);
  });
});
