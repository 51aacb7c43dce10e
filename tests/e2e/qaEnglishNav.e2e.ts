import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { mainNav, setUpDesk } from './support/desk';

/**
 * QA: the main navigation must show its labels whole in English and in large-font mode too; it used
 * to clip "Today's cases" to "Today's ca…" beside its Alt+3 hint.
 */
let browser: Browser;
let app: StaticServer;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

/** Labels of the navigation whose text does not fit the box it is drawn in. */
const clippedNavLabels = () =>
  page
    .getByRole('navigation', { name: 'Main navigation' })
    .locator('.MuiListItemText-primary')
    .evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent),
    );

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
  await page.goto(app.url);
  await setUpDesk(page);
  await mainNav(page, '设置').click();
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe('the English navigation', () => {
  it('shows every section label whole at 1366×768', async () => {
    await mainNav(page, "Today's cases", 'Main navigation').waitFor();
    expect(await clippedNavLabels()).toEqual([]);
  });

  it('still does in large-font mode at 1280×720', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const navFontSize = () =>
      page
        .getByRole('navigation', { name: 'Main navigation' })
        .locator('.MuiListItemText-primary')
        .first()
        .evaluate((label) => parseFloat(getComputedStyle(label).fontSize));
    const before = await navFontSize();
    await page
      .getByLabel(/Large-font mode/)
      .first()
      .check();
    await expect.poll(navFontSize).toBeGreaterThan(before);
    expect(await clippedNavLabels()).toEqual([]);
    await screenshot(page, 'qa-english-large-nav');
    expect(pageErrors).toEqual([]);
  });
});
