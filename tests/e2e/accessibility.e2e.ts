import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatMessage, type MessageParams } from '../../shared/i18n/define';
import { messages, type Locale, type MessageKey } from '../../shared/i18n/messages';
import { demoDepartmentIds, demoHallIds, demoStaff } from '../../shared/demo/organization';
import { seededItemId } from '../../shared/domain/serviceItem';
import { publishedDroppedXlsx } from '../fixtures/certificateLists';
import { formatViolations, seriousViolations, type Violation } from './support/axe';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { createSyncServer, demoPassword, type SyncServerControl } from './support/syncServer';

/**
 * 适老化 / WCAG 2.1 AA (issue 12, item 10): every screen each role reaches, and the dialogs a clerk
 * opens all day, checked with axe-core in both interface languages and at normal and large font. A
 * serious or critical violation anywhere fails, and the test prints each one with where it is and why.
 *
 * One browser; one context per role and language (its own desk, set up as that person), in which the
 * screens are visited once at normal font and once more after switching to large font.
 */
type RoleName = 'clerk' | 'leader' | 'supervisor';

const people: Record<RoleName, string> = {
  clerk: '王晓燕',
  leader: '张志强',
  supervisor: '赵建国',
};

const staffIdOf = (name: string): string => {
  const person = demoStaff.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no demo staff named ${name}`);
  return person.id;
};

const pin = '258036';

/** 失业保险金申领: the item the clerk's window (4 号窗口 · 失业保险) handles most. */
const itemId = seededItemId('370800-RS-GG-001');
/** 一次性创业补贴申领: its 花名册 may be handed in later (容缺受理), which 失业保险金申领 does not allow. */
const deferrableItemId = seededItemId('370800-RS-JF-003');

let browser: Browser;
let app: StaticServer;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A screen's state to check: how to get there from wherever the previous one left the page. */
type Visit = { name: string; show: () => Promise<void>; leave?: () => Promise<void> };

/** One role's desk in one language: what the test needs to drive it by the words on screen. */
type Desk = {
  page: Page;
  role: RoleName;
  locale: Locale;
  /** Cases started so far on this desk: each applicant gets a name of their own. */
  cases: number;
  t: (key: MessageKey, params?: MessageParams) => string;
};

/**
 * Waits until the screen has loaded and holds still: no spinner, no transition running, and the page
 * unchanged for a moment (data arrives from IndexedDB after the first paint; a button enabled by it
 * fades from grey). A dialog fading in is drawn half-transparent, which axe would read as low contrast,
 * and a loading state is not the screen the clerk works on. Bounded: a clock ticking every second
 * still leaves the quiet moment, and after 5 s the check runs on whatever is there.
 */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const quietMs = 120;
        const busy = () =>
          document.querySelector('#root .MuiCircularProgress-root') !== null ||
          document
            .getAnimations()
            .some(
              (animation) =>
                animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity,
            );
        let timer = 0;
        const finish = () => {
          observer.disconnect();
          window.clearTimeout(timer);
          window.clearTimeout(deadline);
          resolve();
        };
        const check = () => {
          if (busy()) timer = window.setTimeout(check, 50);
          else finish();
        };
        const observer = new MutationObserver(() => {
          window.clearTimeout(timer);
          timer = window.setTimeout(check, quietMs);
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        timer = window.setTimeout(check, quietMs);
        const deadline = window.setTimeout(finish, 5_000);
      }),
  );

/** Goes to a route by its address, as a link would (hash routing: no reload). */
const go = async ({ page }: Desk, route: string) => {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await page.locator('main h1, body > #root h1').first().waitFor();
};

const applicantNames = ['孙丽华', '孟庆国', '刘玉兰', '陈建军'];
const applicant = (index: number) => applicantNames[(index - 1) % applicantNames.length]!;

const dialog = ({ page, t }: Desk, key: MessageKey) => page.getByRole('dialog', { name: t(key) });

const closeDialog = async (desk: Desk, key: MessageKey, button: MessageKey = 'common.cancel') => {
  const open = dialog(desk, key);
  await open.getByRole('button', { name: desk.t(button), exact: true }).click();
  await open.waitFor({ state: 'detached' });
};

const atLeast = (role: RoleName, minimum: RoleName) =>
  (['clerk', 'leader', 'supervisor'] as const).indexOf(role) >=
  (['clerk', 'leader', 'supervisor'] as const).indexOf(minimum);

/** Fills the open 新建办件 for the next applicant and starts the case; ends on its handling screen. */
const startNextCase = async (desk: Desk) => {
  const { page, t } = desk;
  desk.cases += 1;
  const start = dialog(desk, 'cases.start.title');
  await start.getByRole('textbox', { name: t('cases.start.applicantName') }).fill(applicant(desk.cases));
  await start.getByRole('button', { name: t('cases.start.submit') }).click();
  await page.getByRole('button', { name: t('cases.finish.button'), exact: true }).waitFor();
};

type Pass = 'normal' | 'large';

/** The screens and dialogs of one pass, in an order where each leads to the next. */
const visitsFor = (desk: Desk, pass: Pass): Visit[] => {
  const { page, t, role } = desk;
  const visits: Visit[] = [
    { name: 'catalog', show: () => go(desk, '/catalog') },
    { name: 'item guide', show: () => go(desk, `/catalog/${itemId}`) },
    {
      name: 'dialog 新建办件',
      show: async () => {
        await go(desk, `/cases?start=${itemId}`);
        await dialog(desk, 'cases.start.title').waitFor();
      },
    },
    {
      name: 'handling',
      show: async () => {
        await startNextCase(desk);
      },
    },
    {
      name: 'dialog 结束办理',
      show: async () => {
        await page.getByRole('button', { name: t('cases.finish.button'), exact: true }).click();
        await dialog(desk, 'cases.finish.title').waitFor();
      },
    },
    {
      name: 'dialog 好差评',
      show: async () => {
        await dialog(desk, 'cases.finish.title')
          .getByRole('button', { name: t('cases.finish.confirm') })
          .click();
        await dialog(desk, 'cases.rating.title').waitFor();
      },
      leave: () => closeDialog(desk, 'cases.rating.title', 'cases.rating.skip'),
    },
    {
      name: 'case record (需补正材料, with its notice)',
      show: () => page.getByRole('button', { name: t('correction.action') }).waitFor(),
    },
    {
      name: 'dialog 更正办理结果',
      show: async () => {
        await page.getByRole('button', { name: t('correction.action') }).click();
        await dialog(desk, 'correction.title').waitFor();
      },
      leave: () => closeDialog(desk, 'correction.title'),
    },
    {
      // A second applicant's case stays open, so the lists below show both kinds of row.
      name: 'handling, a case left open',
      show: async () => {
        await go(desk, `/cases?start=${itemId}`);
        await startNextCase(desk);
      },
    },
    {
      name: 'dialog 容缺受理',
      show: async () => {
        await go(desk, `/cases?start=${deferrableItemId}`);
        await startNextCase(desk);
        await page
          .getByRole('region', { name: t('cases.materials.title') })
          .getByRole('button', {
            name: t('deferral.actionFor', { material: '带动就业人员花名册及劳动合同' }),
          })
          .click();
        await dialog(desk, 'deferral.title').waitFor();
      },
      leave: () => closeDialog(desk, 'deferral.title'),
    },
    { name: 'home', show: () => go(desk, '/') },
    { name: 'today’s cases', show: () => go(desk, '/cases') },
    {
      name: 'dialog 补正续办',
      show: async () => {
        await page.getByRole('button', { name: t('cases.returnVisit.open') }).click();
        const search = dialog(desk, 'cases.returnVisit.title');
        await search.getByRole('textbox', { name: t('cases.returnVisit.search') }).fill(applicant(1));
        await search.getByRole('list', { name: t('cases.returnVisit.results') }).waitFor();
      },
      leave: async () => {
        await page.keyboard.press('Escape');
        await dialog(desk, 'cases.returnVisit.title').waitFor({ state: 'detached' });
      },
    },
    { name: 'certificate lists', show: () => go(desk, '/certificates') },
    {
      name: 'certificate list version',
      show: async () => {
        await page.locator('main a[href*="#/certificates/lists/"]').first().click();
        await page.locator('main a[href*="#/certificates/entries/"]').first().waitFor();
      },
    },
    {
      name: 'certificate entry',
      show: async () => {
        await page.locator('main a[href*="#/certificates/entries/"]').first().click();
        await page.waitForURL(/#\/certificates\/entries\//);
        await page.locator('main h1').waitFor();
      },
    },
  ];
  if (role === 'supervisor')
    visits.push(
      { name: 'certificate import', show: () => go(desk, '/certificates/import') },
      {
        name: 'certificate import, file checked',
        show: async () => {
          await page.getByRole('combobox', { name: t('certificates.list.kind') }).selectOption('dropped');
          const chooser = page.waitForEvent('filechooser');
          await page.getByRole('button', { name: t('certificates.chooseFile') }).click();
          await (
            await chooser
          ).setFiles({
            name: '济宁市民政局证明事项取消清单（2026年修订）.xlsx',
            mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            buffer: await publishedDroppedXlsx(),
          });
          await page.getByRole('button', { name: t('certificates.saveDraft', { count: 6 }) }).waitFor();
        },
      },
      {
        name: 'certificate list draft',
        show: async () => {
          await page.getByRole('button', { name: t('certificates.saveDraft', { count: 6 }) }).click();
          await page.waitForURL(/#\/certificates\/lists\//);
          await page.locator('main select').first().waitFor();
        },
      },
      {
        name: 'dialog 修改清单信息',
        show: async () => {
          await page.getByRole('button', { name: t('certificates.facts.edit') }).click();
          await page.getByRole('dialog').waitFor();
        },
        leave: async () => {
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        },
      },
      {
        name: 'dialog 发布',
        show: async () => {
          await page.getByRole('button', { name: t('certificates.publish'), exact: true }).click();
          await page.getByRole('dialog').waitFor();
        },
        leave: async () => {
          await page
            .getByRole('dialog')
            .getByRole('button', { name: t('common.cancel') })
            .click();
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        },
      },
    );
  if (atLeast(role, 'leader'))
    visits.push(
      { name: 'duty shift', show: () => go(desk, '/duty') },
      {
        name: 'duty shift, open',
        show: async () => {
          // A period is opened once and handed over at the end of the pass: each pass opens its own.
          await page.locator('#shift-period').selectOption(pass === 'normal' ? 'morning' : 'afternoon');
          await page.getByRole('button', { name: t('duty.shift.open'), exact: true }).click();
          await page.getByRole('button', { name: t('duty.shift.close'), exact: true }).waitFor();
        },
      },
      {
        name: 'dialog 交班',
        show: async () => {
          await page.getByRole('button', { name: t('duty.shift.close'), exact: true }).click();
          await dialog(desk, 'duty.shift.closeTitle').waitFor();
        },
        leave: async () => {
          const closing = dialog(desk, 'duty.shift.closeTitle');
          await closing.getByRole('textbox', { name: t('duty.shift.handover') }).fill('无遗留事项。');
          await closing.getByRole('button', { name: t('duty.shift.close'), exact: true }).click();
          await closing.waitFor({ state: 'detached' });
        },
      },
    );
  visits.push(
    { name: 'bottleneck notes', show: () => go(desk, '/bottlenecks') },
    {
      name: 'dialog 记录堵点 (F8)',
      show: async () => {
        await page.keyboard.press('F8');
        await dialog(desk, 'duty.capture.title').waitFor();
      },
      leave: async () => {
        await page.keyboard.press('Escape');
        await dialog(desk, 'duty.capture.title').waitFor({ state: 'detached' });
      },
    },
    {
      name: 'bottleneck note',
      show: async () => {
        await page.locator('main a[href*="#/bottlenecks/"]').first().click();
        await page.waitForURL(/#\/bottlenecks\/./);
        await page.locator('main h1').waitFor();
      },
    },
    { name: 'settings', show: () => go(desk, '/settings') },
    {
      name: 'dialog 重新设置窗口？',
      show: async () => {
        await page.getByRole('button', { name: t('settings.desk.reset') }).click();
        await dialog(desk, 'settings.desk.resetTitle').waitFor();
      },
      leave: () => closeDialog(desk, 'settings.desk.resetTitle'),
    },
    {
      name: 'dialog 换人',
      show: async () => {
        await page
          .getByRole('banner')
          .getByRole('button', { name: t('lock.switchClerk') })
          .click();
        // A colleague new to this desk: the dialog asks them to set a PIN.
        await dialog(desk, 'lock.switch.title').locator('select').first().selectOption(staffIdOf('李振华'));
        await page.locator('#switch-new-pin').waitFor();
      },
      leave: () => closeDialog(desk, 'lock.switch.title'),
    },
    {
      name: 'dialog 同步情况',
      show: async () => {
        await page.getByRole('status', { name: t('shell.status.label') }).click();
        await dialog(desk, 'sync.panel.title').waitFor();
      },
      leave: () => closeDialog(desk, 'sync.panel.title', 'common.close'),
    },
    { name: 'unknown address', show: () => go(desk, '/no-such-screen') },
    { name: 'applicant screen', show: () => go(desk, '/applicant') },
  );
  return visits;
};

/** Runs every visit of one pass and returns the violations found. */
const checkPass = async (desk: Desk, pass: Pass): Promise<Violation[]> => {
  const label = `${desk.role} ${desk.locale} ${pass}`;
  const found: Violation[] = [];
  for (const visit of visitsFor(desk, pass)) {
    const screen = `${label} · ${visit.name}`;
    try {
      await visit.show();
      await settle(desk.page);
      found.push(...(await seriousViolations(desk.page, screen)));
      await visit.leave?.();
    } catch (error) {
      await screenshot(desk.page, `accessibility-failed-${desk.role}`);
      throw new Error(`${screen}: ${String(error)}`, { cause: error });
    }
  }
  return found;
};

/** A fresh desk (browser context) whose interface language is set before the app first starts. */
const deskIn = async (locale: Locale): Promise<{ context: BrowserContext; page: Page }> => {
  const desk = await newDesk(browser);
  await desk.context.addInitScript((language) => {
    // Also runs in the sandboxed print preview frame, which has no storage: the app's frame only.
    if (window !== window.top) return;
    if (localStorage.getItem('oncedesk.locale') === null) localStorage.setItem('oncedesk.locale', language);
  }, locale);
  return desk;
};

/**
 * Switches large-font mode from another window of the desk, as 设置 in the applicant screen's sibling
 * would: the page follows without a reload (which would lose a half-done set-up).
 */
const setFontFromOtherWindow = async (page: Page, large: boolean) => {
  const other = await page.context().newPage();
  await other.goto(new URL('icon.png', app.url).href);
  await other.evaluate((on) => localStorage.setItem('oncedesk.largeFont', on ? '1' : '0'), large);
  await other.close();
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe(large ? '19px' : '16px');
};

const setFontAndReload = async (page: Page, large: boolean) => {
  await page.evaluate((on) => localStorage.setItem('oncedesk.largeFont', on ? '1' : '0'), large);
  await page.reload();
};

/** First-run set-up as the given person at 4 号窗口, by the form's fields (the same in both languages). */
const setUpAs = async ({ page, t }: Desk, name: string) => {
  await page.locator('#setup-department').selectOption(demoDepartmentIds.hrss);
  await page.locator('#setup-hall').selectOption(demoHallIds.hrssMain);
  await page.locator('#setup-window').selectOption('win-JN-RS-ZWDT-04');
  await page.locator('#setup-clerk').selectOption(staffIdOf(name));
  // The first person on a new standalone desk sets their 个人密码.
  await page.locator('#setup-new-pin').fill(pin);
  await page.locator('#setup-repeat-pin').fill(pin);
  await page.getByRole('button', { name: t('setup.submit') }).click();
  await page.getByRole('heading', { level: 1, name: t('home.title') }).waitFor();
};

describe('accessibility (axe-core, WCAG 2.1 AA): no serious or critical violation', () => {
  for (const locale of ['zh-CN', 'en'] satisfies Locale[])
    for (const role of ['clerk', 'leader', 'supervisor'] satisfies RoleName[])
      it(`on every screen of the ${role} in ${locale}, at normal and large font`, async () => {
        const { context, page } = await deskIn(locale);
        try {
          const pageErrors = collectPageErrors(page);
          const desk: Desk = {
            page,
            role,
            locale,
            cases: 0,
            t: (key, params) => formatMessage(messages[locale][key], params),
          };
          const found: Violation[] = [];
          await page.goto(app.url);
          await page.getByRole('heading', { name: desk.t('setup.title') }).waitFor();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
          found.push(...(await seriousViolations(page, `${role} ${locale} normal · set-up`)));
          await setFontAndReload(page, true);
          await page.getByRole('heading', { name: desk.t('setup.title') }).waitFor();
          found.push(...(await seriousViolations(page, `${role} ${locale} large · set-up`)));
          await setFontAndReload(page, false);
          await setUpAs(desk, people[role]);

          found.push(...(await checkPass(desk, 'normal')));
          await go(desk, '/');
          await setFontAndReload(page, true);
          found.push(...(await checkPass(desk, 'large')));
          await screenshot(page, `accessibility-${role}-${locale}-large`);

          expect(found.length, `\n${formatViolations(found)}\n`).toBe(0);
          expect(pageErrors).toEqual([]);
        } finally {
          await context.close();
        }
      });
});

describe('accessibility of a desk synced with the hall’s server: no serious or critical violation', () => {
  let server: SyncServerControl;

  beforeAll(async () => {
    server = await createSyncServer();
    await server.up();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  for (const locale of ['zh-CN', 'en'] satisfies Locale[])
    it(`on set-up by signing in, the sync panel and the lock screen in ${locale}, at normal and large font`, async () => {
      const { context, page } = await deskIn(locale);
      try {
        const pageErrors = collectPageErrors(page);
        const t = (key: MessageKey, params?: MessageParams) => formatMessage(messages[locale][key], params);
        const found: Violation[] = [];
        const check = async (screen: string, font: string) => {
          await settle(page);
          found.push(...(await seriousViolations(page, `clerk ${locale} ${font} · ${screen}`)));
        };
        await page.goto(app.url);
        await page.getByRole('textbox', { name: t('setup.connect.serverUrl') }).fill(server.url);
        await page.getByRole('textbox', { name: t('setup.connect.username') }).fill('rs-staff');
        await page.getByLabel(t('setup.connect.password')).fill(demoPassword);
        await page.getByRole('button', { name: t('setup.connect.submit') }).click();
        await page.locator('#setup-hall').waitFor();
        await check('set-up, signed in', 'normal');
        await setFontFromOtherWindow(page, true);
        await check('set-up, signed in', 'large');
        await setFontFromOtherWindow(page, false);
        await page.locator('#setup-hall').selectOption(demoHallIds.hrssMain);
        await page.locator('#setup-window').selectOption('win-JN-RS-ZWDT-04');
        await page.getByText(t('setup.sync.done')).waitFor();
        await page.getByRole('button', { name: t('setup.submit') }).click();
        await page.getByRole('heading', { level: 1, name: t('home.title') }).waitFor();

        for (const font of ['normal', 'large'] as const) {
          if (font === 'large') await setFontAndReload(page, true);
          await page.getByRole('heading', { level: 1, name: t('home.title') }).waitFor();
          await check('home, synced', font);
          await page.getByRole('status', { name: t('shell.status.label') }).click();
          const panel = page.getByRole('dialog', { name: t('sync.panel.title') });
          await panel.waitFor();
          await check('dialog 同步情况, synced', font);
          await panel.getByRole('button', { name: t('common.close'), exact: true }).click();
          await panel.waitFor({ state: 'detached' });
          await page
            .getByRole('banner')
            .getByRole('button', { name: t('lock.action') })
            .click();
          const lock = page
            .getByRole('main')
            .filter({ has: page.getByRole('heading', { name: t('lock.title') }) });
          await lock.waitFor();
          await check('lock screen', font);
          await lock.getByRole('textbox', { name: t('sync.signIn.username') }).fill('rs-staff');
          await lock.getByLabel(t('sync.signIn.password')).fill('not-the-password');
          await lock.getByRole('button', { name: t('lock.unlock') }).click();
          await lock.getByRole('alert').waitFor();
          await check('lock screen, wrong password', font);
          await lock.getByLabel(t('sync.signIn.password')).fill(demoPassword);
          await lock.getByRole('button', { name: t('lock.unlock') }).click();
          await lock.waitFor({ state: 'detached' });
        }

        expect(found.length, `\n${formatViolations(found)}\n`).toBe(0);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
