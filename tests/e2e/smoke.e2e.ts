import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';

let browser: Browser;
let app: StaticServer;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('loads the built app in Chromium without a page error and opens the oncedesk database', async () => {
  const { context, page } = await newDesk(browser);
  const errors = collectPageErrors(page);
  await page.goto(app.url);
  await expect(page.title()).resolves.toBe('一次办好·窗口台');
  // The app opens IndexedDB and seeds the demo catalog before its first render.
  await page.waitForFunction(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    return names.includes('oncedesk');
  });
  await screenshot(page, '00-first-load');
  expect(errors).toEqual([]);
  await context.close();
});
