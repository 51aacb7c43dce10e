import type { Locator, Page } from 'playwright-core';
import { mainNav } from './desk';

/** What a clerk picks in first-run set-up (the visible option texts). */
export type DeskChoice = { department: string; hall: string; window: string; clerk: string };

/** First-run set-up for any desk, as the foundation helper does it for window 4. */
export const setUpDeskAs = async (page: Page, choice: DeskChoice): Promise<void> => {
  await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
  await page.getByRole('combobox', { name: '部门', exact: true }).selectOption({ label: choice.department });
  await page.getByRole('combobox', { name: '服务大厅' }).selectOption({ label: choice.hall });
  await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: choice.window });
  await page.getByRole('combobox', { name: '本窗口工作人员' }).selectOption({ label: choice.clerk });
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('heading', { name: '今日工作台' }).waitFor();
};

/**
 * 设置 › 数据同步: type the server address IT gave, save it, sign in with the clerk's account (online:
 * the first sign-in on a desk needs the server). Ends when the settings say who is signed in.
 */
export const connectDesk = async (
  page: Page,
  server: { url: string; username: string; password: string; staffName: string },
): Promise<void> => {
  await mainNav(page, '设置').click();
  await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
  await page.getByRole('textbox', { name: '同步服务器地址' }).fill(server.url);
  await page.getByRole('button', { name: '保存地址' }).click();
  await page.getByText('服务器地址已保存').waitFor();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '登录同步账号' });
  await dialog.getByRole('textbox', { name: '用户名' }).fill(server.username);
  await dialog.getByLabel('密码').fill(server.password);
  await dialog.getByRole('button', { name: '登录', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(`当前登录：${server.staffName}`).waitFor();
};

/** The status pill in the app bar (online/offline and how many changes wait). */
export const syncStatus = (page: Page): Locator => page.getByRole('status', { name: '连接与同步状态' });

/**
 * Waits until the pill reads as given, e.g. 离线 with "3 项更改待同步", or 在线 with 无待同步更改.
 * `pending: 'some'` accepts any positive count (the exact figure is checked against the outbox).
 */
export const waitForStatus = async (
  page: Page,
  expected: { online: boolean; pending: number | 'some' },
  timeout?: number,
): Promise<void> => {
  const queue =
    expected.pending === 'some'
      ? /^[1-9]\d* 项更改待同步$/
      : expected.pending === 0
        ? '无待同步更改'
        : `${expected.pending} 项更改待同步`;
  const pill = syncStatus(page)
    .filter({ hasText: expected.online ? '在线' : '离线' })
    .filter({ has: page.getByText(queue, { exact: true }) });
  await pill.waitFor(timeout === undefined ? {} : { timeout });
};

/** The clerk clicks the pill: the 同步情况 dialog (last sync, waiting changes, 立即同步). */
export const openSyncPanel = async (page: Page): Promise<Locator> => {
  await syncStatus(page).click();
  const panel = page.getByRole('dialog', { name: '同步情况' });
  await panel.waitFor();
  return panel;
};

export const closeSyncPanel = async (panel: Locator): Promise<void> => {
  await panel.getByRole('button', { name: '关闭' }).click();
  await panel.waitFor({ state: 'hidden' });
};

/** 上次同步：11月27日 10:32:05 — the panel's last-sync line, once there is one. */
export const lastSyncedLine = (panel: Locator): Locator =>
  panel.getByText(/^上次同步：\d+月\d+日 \d{2}:\d{2}:\d{2}$/);

/** The rows of 今日办件 (this hall's cases today). */
export const todayRows = async (page: Page): Promise<Locator> => {
  await mainNav(page, '今日办件').click();
  await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  return page.getByRole('region', { name: '今日办件列表' }).getByRole('link');
};

/**
 * When this desk last finished a sync, to the millisecond, as stored (syncState `lastSyncedAt`), read
 * with the plain IndexedDB API. The panel shows it to the second only, too coarse to tell two runs apart.
 */
export const storedLastSyncedAt = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const opening = indexedDB.open('oncedesk');
        opening.onerror = () => reject(opening.error ?? new Error('cannot open oncedesk'));
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db
            .transaction('syncState', 'readonly')
            .objectStore('syncState')
            .get('lastSyncedAt');
          reading.onerror = () => reject(reading.error ?? new Error('cannot read syncState'));
          reading.onsuccess = () => {
            db.close();
            const entry = reading.result as { value?: unknown } | undefined;
            resolve(typeof entry?.value === 'string' ? entry.value : null);
          };
        };
      }),
  );

/**
 * The pill's "10:39 已同步": the stored last-sync instant as the desk's clock reads it (hours and
 * minutes in the page's time zone), which must be what the app bar shows.
 */
export const expectLastSyncedInPill = async (page: Page): Promise<void> => {
  const stored = await storedLastSyncedAt(page);
  if (stored === null) throw new Error('this desk has never synced');
  const time = await page.evaluate((iso) => {
    const at = new Date(iso);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }, stored);
  await page.getByRole('banner').getByText(`${time} 已同步`, { exact: true }).waitFor();
};
