import type { Locator, Page } from 'playwright-core';
import { mainNav } from './desk';

/** A desk that syncs: the clerk's account on the hall's server, and the hall and window of this PC. */
export type SyncedDeskChoice = {
  serverUrl: string;
  username: string;
  password: string;
  /** As set-up shows the signed-in clerk, e.g. 王晓燕（窗口工作人员）. */
  clerk: string;
  hall: string;
  window: string;
};

/**
 * First-run set-up the recommended way, 连接同步服务器: address, username and password (the first
 * sign-in on a desk needs the server), then hall and window; the account decides clerk and department.
 * Waits for the first sync the set-up starts, then 完成设置; ends on the home screen.
 */
export const setUpSyncedDesk = async (page: Page, choice: SyncedDeskChoice): Promise<void> => {
  await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
  const connect = page.getByRole('region', { name: '连接同步服务器' });
  await connect.getByRole('textbox', { name: '同步服务器地址' }).fill(choice.serverUrl);
  await connect.getByRole('textbox', { name: '账号' }).fill(choice.username);
  await connect.getByLabel('密码').fill(choice.password);
  await connect.getByRole('button', { name: '登录并继续' }).click();
  await page.getByRole('heading', { name: '选择服务大厅和窗口' }).waitFor();
  await page.getByRole('definition').filter({ hasText: choice.clerk }).waitFor();
  await page.getByRole('combobox', { name: '服务大厅' }).selectOption({ label: choice.hall });
  await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: choice.window });
  await page.getByText('已与服务器同步').waitFor();
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('heading', { name: '今日工作台' }).waitFor();
};

/** The status pill in the app bar (online/offline and how many changes wait). */
export const syncStatus = (page: Page): Locator => page.getByRole('status', { name: '连接与同步状态' });

/**
 * Waits until the pill reads as given, e.g. 连不上服务器 with "3 条修改待同步", or 在线 with 无待同步修改.
 * `online: false` is the server down while the network is up (what these tests do to it), which the
 * pill calls 连不上服务器, not 离线. `pending` counts records with waiting changes; `'some'` accepts any
 * positive count (the exact figure is checked against the outbox).
 */
export const waitForStatus = async (
  page: Page,
  expected: { online: boolean; pending: number | 'some' },
  timeout?: number,
): Promise<void> => {
  const queue =
    expected.pending === 'some'
      ? /^[1-9]\d* 条修改待同步$/
      : expected.pending === 0
        ? '无待同步修改'
        : `${expected.pending} 条修改待同步`;
  const pill = syncStatus(page)
    .filter({ hasText: expected.online ? '在线' : '连不上服务器' })
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
export const todayRows = async (page: Page, scope: '本窗口' | '本大厅' = '本大厅'): Promise<Locator> => {
  await mainNav(page, '今日办件').click();
  await page.getByRole('heading', { level: 1, name: '今日办件' }).waitFor();
  // The list opens on this window's cases; the desks of these stories share a hall and its cases.
  await page.getByRole('group', { name: '范围' }).getByRole('button', { name: scope, exact: true }).click();
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
