import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, newDesk, screenshot } from './support/browser';
import { serveBuiltApp, type StaticServer } from './support/app';
import { clerkDesk, enterPin, setUpDesk } from './support/desk';
import { waitForStatus } from './support/syncDesk';
import { createSyncServer, demoPassword, type SyncServerControl } from './support/syncServer';

/**
 * Sign-in and lock, as a window clerk lives them: a fresh desk is set up by signing in to the hall's
 * sync server (the account fixes clerk and department; hall and window are chosen), the clerk locks the
 * desk for a break and unlocks it, hands it to a colleague, and then, with the server down, unlocks
 * offline with the same password; a wrong password and a clerk who never signed in here stay outside.
 */
let browser: Browser;
let app: StaticServer;
let server: SyncServerControl;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const deskPlace = '济宁市人社局政务服务大厅 · 4 号窗口';

/** The pointer rests away from buttons, so no tooltip covers the screenshot. */
const shoot = async (name: string) => {
  await page.mouse.move(1300, 740);
  await screenshot(page, name);
};

const setupCard = () => page.getByRole('region', { name: '连接同步服务器' });
const lockScreen = () =>
  page.getByRole('main').filter({ has: page.getByRole('heading', { name: '窗口已锁定' }) });
const clerkBadge = () => page.getByTestId('desk-clerk');

const signInAtSetup = async (address: string, username: string, password: string) => {
  await setupCard().getByRole('textbox', { name: '同步服务器地址' }).fill(address);
  await setupCard().getByRole('textbox', { name: '账号' }).fill(username);
  await setupCard().getByLabel('密码').fill(password);
  await setupCard().getByRole('button', { name: '登录并继续' }).click();
};

const expectAlert = async (scope: Locator, text: string | RegExp) => {
  await scope.getByRole('alert').filter({ hasText: text }).waitFor();
};

const lockWithButton = async () => {
  await page.getByRole('banner').getByRole('button', { name: '锁定' }).click();
  await lockScreen().waitFor();
};

const unlockAs = async (username: string, password: string) => {
  const screen = lockScreen();
  await screen.getByRole('textbox', { name: '账号' }).fill(username);
  await screen.getByLabel('密码').fill(password);
  await screen.getByRole('button', { name: '解锁' }).click();
};

beforeAll(async () => {
  [browser, app, server] = await Promise.all([launchChromium(), serveBuiltApp(), createSyncServer()]);
  await server.up();
  ({ context, page } = await newDesk(browser));
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await server?.dispose();
});

describe('set-up by signing in, then lock and unlock online and offline', () => {
  it('explains a malformed address, an unreachable server, a wrong password and too many attempts', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
    await page.getByRole('region', { name: '单机使用（不连接服务器）' }).waitFor();
    await shoot('signin-1-setup-choice');

    await signInAtSetup('192.168.1.20:8787', 'rs-staff', demoPassword);
    await setupCard().getByText('地址格式不正确，请以 http:// 或 https:// 开头').waitFor();

    // A port nothing listens on: refused at once, like a server that is switched off.
    const closed = new URL(server.url);
    closed.port = String(Number(closed.port) === 65535 ? 65534 : Number(closed.port) + 1);
    await signInAtSetup(closed.origin, 'rs-staff', demoPassword);
    await expectAlert(setupCard(), '无法连接服务器，请检查网络或服务器地址');

    await signInAtSetup(server.url, 'rs-staff', 'not-the-password');
    await expectAlert(setupCard(), '账号或密码不正确');

    // The server counts failures per account: another account takes the lockout.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signInAtSetup(server.url, 'rs-staff3', `wrong-${attempt}`);
      await expectAlert(setupCard(), /账号或密码不正确|密码错误次数过多/);
    }
    await signInAtSetup(server.url, 'rs-staff3', demoPassword);
    await expectAlert(setupCard(), '密码错误次数过多，请 15 分钟后再试');
    await shoot('signin-2-setup-errors');
  });

  it('signs in as rs-staff: the account fixes clerk and department, the first sync runs, hall and window are chosen', async () => {
    await signInAtSetup(server.url, 'rs-staff', demoPassword);
    await page.getByRole('heading', { name: '选择服务大厅和窗口' }).waitFor();
    const facts = page.getByRole('definition');
    await facts.filter({ hasText: '王晓燕（窗口工作人员）' }).waitFor();
    await facts.filter({ hasText: clerkDesk.department }).filter({ hasText: '部门由登录账号确定' }).waitFor();
    // The department comes from the account; there is nothing to pick it with.
    expect(await page.getByRole('combobox', { name: '部门', exact: true }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: '本窗口工作人员' }).count()).toBe(0);
    await page.getByRole('combobox', { name: '服务大厅' }).selectOption({ label: clerkDesk.hall });
    await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: clerkDesk.window });
    await page.getByTestId('first-sync').filter({ hasText: '已与服务器同步' }).waitFor();
    await shoot('signin-3-hall-window');

    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await clerkBadge().filter({ hasText: '王晓燕（窗口工作人员）' }).waitFor();
    await page.getByTestId('desk-window').filter({ hasText: deskPlace }).waitFor();
    await waitForStatus(page, { online: true, pending: 0 });
    await shoot('signin-4-home');
  });

  it('locks with the button; a reload or the set-up address does not get past it; unlocks online', async () => {
    await lockWithButton();
    await lockScreen().getByTestId('lock-desk').filter({ hasText: deskPlace }).waitFor();
    await lockScreen()
      .getByText(/^王晓燕 于 \d+月\d+日 \d{2}:\d{2} 锁定$/)
      .waitFor();
    // The clerk who locked is offered first: only the password is left to type.
    expect(await lockScreen().getByRole('textbox', { name: '账号' }).inputValue()).toBe('rs-staff');
    await shoot('lock-1-locked');

    await page.reload();
    await lockScreen().waitFor();
    await page.goto(`${app.url}#/setup`);
    await lockScreen().waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);

    await unlockAs('rs-staff', demoPassword);
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await clerkBadge().filter({ hasText: '王晓燕（窗口工作人员）' }).waitFor();
  });

  it('hands the desk over with Ctrl+L: a clerk of another department is refused, a colleague takes it', async () => {
    await page.getByRole('heading', { name: '今日工作台' }).click();
    await page.keyboard.press('Control+KeyL');
    await lockScreen().waitFor();

    await unlockAs('mz-staff', demoPassword);
    await expectAlert(
      lockScreen(),
      '本窗口属于济宁市人力资源和社会保障局，该账号属于济宁市民政局，请由本部门人员登录。',
    );
    await shoot('lock-2-other-department');

    await unlockAs('rs-staff2', demoPassword);
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await clerkBadge().filter({ hasText: '李振华（窗口工作人员）' }).waitFor();
  });

  it('with the server down, unlocks offline with the same password only, for clerks who signed in here', async () => {
    await server.down();
    await lockWithButton();

    await unlockAs('rs-staff', demoPassword);
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await clerkBadge().filter({ hasText: '王晓燕（窗口工作人员）' }).waitFor();
    await waitForStatus(page, { online: false, pending: 0 });

    await lockWithButton();
    await unlockAs('rs-staff', 'not-the-password');
    await expectAlert(lockScreen(), '密码不正确。服务器暂时连接不上，已按本机保存的登录凭据核对。');
    await shoot('lock-3-offline-wrong-password');

    await unlockAs('rs-leader', demoPassword);
    await expectAlert(lockScreen(), /服务器暂时连接不上，账号“rs-leader”未曾在本窗口登录过，无法离线解锁/);
    await shoot('lock-4-offline-never-signed-in');

    await unlockAs('rs-staff', demoPassword);
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await clerkBadge().filter({ hasText: '王晓燕（窗口工作人员）' }).waitFor();
  });

  it('a standalone desk has no accounts: it offers 换人 with the clerk picker and a PIN instead of 锁定', async () => {
    const standalone = await newDesk(browser);
    const errors = collectPageErrors(standalone.page);
    try {
      const other = standalone.page;
      await other.goto(app.url);
      await setUpDesk(other);
      const banner = other.getByRole('banner');
      expect(await banner.getByRole('button', { name: '锁定' }).count()).toBe(0);
      await banner.getByRole('button', { name: '换人' }).click();
      const dialog = other.getByRole('dialog', { name: '更换在岗工作人员' });
      await dialog
        .getByRole('combobox', { name: '本窗口工作人员' })
        .selectOption({ label: '孔令娟（窗口工作人员）' });
      await dialog.getByText('孔令娟 首次在本机使用，请本人设置 6 位数字个人密码').waitFor();
      await enterPin(dialog, '480517');
      await other.mouse.move(1300, 740);
      // The dialog fades in: shoot it once it is fully shown.
      await other.waitForFunction(() =>
        [...document.querySelectorAll('.MuiDialog-container')].every(
          (container) => getComputedStyle(container).opacity === '1',
        ),
      );
      await screenshot(other, 'lock-5-standalone-switch-clerk');
      await dialog.getByRole('button', { name: '确定更换' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await other.getByTestId('desk-clerk').filter({ hasText: '孔令娟（窗口工作人员）' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await standalone.context.close();
    }
  });

  it('raised no page error and no server error', () => {
    expect(pageErrors).toEqual([]);
    expect(server.errors).toEqual([]);
  });
});
