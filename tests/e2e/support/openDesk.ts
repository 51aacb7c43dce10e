import type { Page } from 'playwright-core';
import { serveBuiltApp } from './app';
import { collectPageErrors, launchChromium, newDesk } from './browser';
import { setUpDesk } from './desk';

/** One test file's standalone desk: its own Chromium, its own copy of the built app, a fresh profile. */
export type OpenDesk = {
  page: Page;
  /** Errors thrown inside the page; each file asserts it stays empty. */
  pageErrors: string[];
  /** The app's address, to reload it the way a restarted desk would. */
  url: string;
  close: () => Promise<void>;
};

type Options = {
  /** Runs before the app first loads: a clock the test moves, printing recorded instead of shown. */
  prepare?: (page: Page) => Promise<void>;
  /** false leaves the desk at its first-run screen, for files that go through set-up themselves. */
  setUp?: boolean;
};

/** A new desk as the scenario's clerk has just set it up, on 今日工作台 (unless `setUp` is false). */
export const openDesk = async ({ prepare, setUp = true }: Options = {}): Promise<OpenDesk> => {
  const [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  const { context, page } = await newDesk(browser);
  const pageErrors = collectPageErrors(page);
  await prepare?.(page);
  if (setUp) {
    await page.goto(app.url);
    await setUpDesk(page);
  }
  return {
    page,
    pageErrors,
    url: app.url,
    close: async () => {
      await context.close();
      await browser.close();
      await app.close();
    },
  };
};
