import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The clerk of the scenario: 王晓燕 at window 4 (失业保险) of the HR bureau's hall. */
export const clerkDesk = {
  department: '济宁市人力资源和社会保障局',
  hall: '济宁市人社局政务服务大厅',
  window: '4 号窗口 · 失业保险',
  clerk: '王晓燕（窗口工作人员）',
} as const;

/** A section link of the main navigation; `navigation` is the landmark's name in the current language. */
export const mainNav = (page: Page, name: string, navigation = '主导航'): Locator =>
  page.getByRole('navigation', { name: navigation }).getByRole('link', { name, exact: true });

/** 王晓燕's personal PIN (个人密码) on the scenario's standalone desks. */
export const clerkPin = '258036';

/**
 * A masked PIN field by its label. Password inputs have no role, and the label reads "个人密码 *" (the
 * required mark), so the label is matched whole but for that mark.
 */
export const pinField = (scope: Page | Locator, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

/**
 * The PIN part of a standalone set-up or 换人, as the person does it: their PIN when they hold one on
 * this desk, else a new one typed twice (first use).
 */
export const enterPin = async (scope: Page | Locator, pin: string): Promise<void> => {
  const held = pinField(scope, '个人密码');
  const chosen = pinField(scope, '设置个人密码');
  await held.or(chosen).first().waitFor();
  if (await held.count()) {
    await held.fill(pin);
    return;
  }
  await chosen.fill(pin);
  await pinField(scope, '再次输入个人密码').fill(pin);
};

export type StandaloneChoice = { department: string; hall: string; window: string; clerk: string };

/**
 * First-run set-up, as a clerk does it: four lists, the clerk's PIN, then 完成设置; ends on the home
 * screen.
 */
export const setUpDesk = async (
  page: Page,
  choice: StandaloneChoice = clerkDesk,
  pin: string = clerkPin,
): Promise<void> => {
  await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
  await page.getByRole('combobox', { name: '部门', exact: true }).selectOption({ label: choice.department });
  await page.getByRole('combobox', { name: '服务大厅' }).selectOption({ label: choice.hall });
  await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: choice.window });
  await page.getByRole('combobox', { name: '本窗口工作人员' }).selectOption({ label: choice.clerk });
  await enterPin(page, pin);
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('heading', { name: '今日工作台' }).waitFor();
};

/** 换人 on a standalone desk: the person taking over picks their name and enters (or sets) their PIN. */
export const switchClerk = async (page: Page, clerk: string, pin: string): Promise<void> => {
  await page.getByRole('banner').getByRole('button', { name: '换人' }).click();
  const dialog = page.getByRole('dialog', { name: '更换在岗工作人员' });
  await dialog.getByRole('combobox', { name: '本窗口工作人员' }).selectOption({ label: clerk });
  await enterPin(dialog, pin);
  await dialog.getByRole('button', { name: '确定更换' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // The dialog closes before the shell re-renders for the new person (their name, their role's
  // sections): a key pressed in between would go to the previous person's screens.
  const name = clerk.split('（')[0]!;
  await expect.poll(() => page.getByTestId('desk-clerk').textContent()).toContain(name);
};

/** The case id in the address bar of the handling screen (#/cases/<id>). */
export const caseIdOf = (page: Page): string => {
  const match = /#\/cases\/([^/?]+)$/.exec(page.url());
  if (!match) throw new Error(`not on a case page: ${page.url()}`);
  return decodeURIComponent(match[1]!);
};

export type OutboxRow = {
  seq: number;
  table: string;
  rowId: string;
  op: string;
  fields: Record<string, unknown>;
};

/**
 * The app's outbox as stored, read with the plain IndexedDB API (no app code), so the test sees what
 * a sync would push after a restart.
 */
export const readOutbox = (page: Page): Promise<OutboxRow[]> =>
  page.evaluate(
    () =>
      new Promise<OutboxRow[]>((resolve, reject) => {
        const opening = indexedDB.open('oncedesk');
        opening.onerror = () => reject(opening.error ?? new Error('cannot open oncedesk'));
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
          reading.onerror = () => reject(reading.error ?? new Error('cannot read outbox'));
          reading.onsuccess = () => {
            db.close();
            resolve(reading.result as OutboxRow[]);
          };
        };
      }),
  );

/** Records with changes waiting, as the pill counts them: by record, not by field edit. */
export const waitingRecords = (outbox: readonly OutboxRow[]): number =>
  new Set(outbox.map((entry) => `${entry.table}:${entry.rowId}`)).size;

/**
 * The status pill of a standalone desk (单机使用) says how many records hold changes kept only here; it
 * must match the outbox.
 */
export const expectWaitingCount = async (page: Page, count: number): Promise<void> => {
  const status = page.getByRole('status', { name: '连接与同步状态' });
  await status.getByText('单机使用', { exact: true }).waitFor();
  await status.getByText(count === 0 ? '数据只在本机' : `${count} 条修改只在本机`, { exact: true }).waitFor();
  expect(waitingRecords(await readOutbox(page))).toBe(count);
};

/**
 * Replaces print() on the hidden print frame the web bridge makes (same origin, so the parent may), and
 * records the printed document instead of opening the browser's print dialog.
 */
export const recordPrints = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const printed: string[] = [];
    (window as unknown as { oncedeskPrinted: string[] }).oncedeskPrinted = printed;
    const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const frameWindow = descriptor.get!.call(this) as (Window & { recorded?: true }) | null;
        try {
          if (frameWindow && !frameWindow.recorded) {
            frameWindow.recorded = true;
            frameWindow.print = () => printed.push(frameWindow.document.documentElement.outerHTML);
          }
        } catch {
          // A cross-origin (sandboxed preview) frame: not the print frame, leave it alone.
        }
        return frameWindow;
      },
    });
  });
};

export const printedDocuments = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { oncedeskPrinted: string[] }).oncedeskPrinted]);
