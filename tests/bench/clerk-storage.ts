import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { demoPassword } from '../../server/seedDemo';
import { startServer } from '../../server/startServer';
import { openTestDatabase } from '../../server/testing/testDatabase';
import { serveBuiltApp } from '../e2e/support/app';
import { chromiumPath } from '../e2e/support/browser';
import { clerkDesk } from '../e2e/support/desk';
import { generationPool, prepareDepartment, scopedBenchNow } from './scoped-sync';
import type { BenchRow } from './report';

/**
 * How much a clerk's desk stores in real Chromium after its first sync of the scope bench's department
 * (1,000,000 cases over 3 years in 12 halls, tests/bench/scoped-sync.ts): the built app in a persistent
 * profile is set up through its own screens (sign in, hall, window, 完成设置), its first sync runs
 * against the real server on PostgreSQL, then `navigator.storage.estimate()` is read in the page and
 * the profile's IndexedDB directory is measured on disk. Not a test: it measures.
 * `ONCEDESK_BENCH_ONLY=clerkStorage npm run bench` records it in docs/benchmarks.md; by hand:
 * `DATABASE_URL=… npx tsx tests/bench/clerk-storage.ts` after `npm run build:renderer`.
 */
export type ClerkStorageResult = {
  cases: number;
  syncSeconds: number;
  localCases: number;
  localItems: number;
  usageBeforeBytes: number;
  usageAfterBytes: number;
  indexedDbDirBytes: number;
};

const dirBytes = async (dir: string): Promise<number> => {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(path) : (await stat(path)).size;
  }
  return total;
};

const usage = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

const countStores = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ cases: number; items: number }>((resolve, reject) => {
        const opening = indexedDB.open('oncedesk');
        opening.onerror = () => reject(opening.error ?? new Error('cannot open oncedesk'));
        opening.onsuccess = () => {
          const db = opening.result;
          const tx = db.transaction(['cases', 'items'], 'readonly');
          const cases = tx.objectStore('cases').count();
          const items = tx.objectStore('items').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ cases: cases.result, items: items.result });
          };
        };
      }),
  );

export const benchClerkStorage = async (options: {
  databaseUrl: string;
  cases?: number;
  /** The built app's address; default: dist/renderer served here. */
  appUrl?: string;
  log?: (line: string) => void;
}): Promise<ClerkStorageResult> => {
  const log = options.log ?? (() => undefined);
  const cases = options.cases ?? 1_000_000;
  const testDb = await openTestDatabase('postgres', options.databaseUrl, generationPool);
  const profile = await mkdtemp(join(tmpdir(), 'oncedesk-storage-'));
  try {
    await prepareDepartment(testDb.db, cases, 3 * 365, log);
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      database: testDb.db,
      now: () => scopedBenchNow,
    });
    const app = options.appUrl
      ? { url: options.appUrl, close: () => Promise.resolve() }
      : await serveBuiltApp();
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(app.url);
      await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor({ timeout: 120_000 });
      const usageBeforeBytes = await usage(page);
      const connect = page.getByRole('region', { name: '连接同步服务器' });
      await connect.getByRole('textbox', { name: '同步服务器地址' }).fill(server.url);
      await connect.getByRole('textbox', { name: '账号' }).fill('rs-staff');
      await connect.getByLabel('密码').fill(demoPassword);
      await connect.getByRole('button', { name: '登录并继续' }).click();
      await page.getByRole('heading', { name: '选择服务大厅和窗口' }).waitFor({ timeout: 120_000 });
      const started = performance.now();
      await page.getByRole('combobox', { name: '服务大厅' }).selectOption({ label: clerkDesk.hall });
      await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: clerkDesk.window });
      await page.getByText('已与服务器同步').waitFor({ timeout: 900_000 });
      const syncSeconds = (performance.now() - started) / 1000;
      log(`first sync in Chromium: ${syncSeconds.toFixed(1)} s`);
      await page.getByRole('button', { name: '完成设置' }).click();
      await page.getByRole('heading', { name: '今日工作台' }).waitFor({ timeout: 120_000 });
      const { cases: localCases, items: localItems } = await countStores(page);
      const usageAfterBytes = await usage(page);
      await context.close();
      const indexedDbDirBytes = await dirBytes(join(profile, 'Default', 'IndexedDB'));
      return {
        cases,
        syncSeconds,
        localCases,
        localItems,
        usageBeforeBytes,
        usageAfterBytes,
        indexedDbDirBytes,
      };
    } finally {
      await context.close().catch(() => undefined);
      await app.close();
      await server.close();
    }
  } finally {
    await testDb.drop();
    await rm(profile, { recursive: true, force: true });
  }
};

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The figure for docs/benchmarks.md (tests/bench/run.ts, ONCEDESK_BENCH_ONLY=clerkStorage). */
export const clerkStorageRows = async (
  appUrl: string,
  cases: number,
  notes: string[],
): Promise<BenchRow[]> => {
  const figure = "Clerk desk's storage in Chromium after its first sync";
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    return [
      {
        figure,
        target: '< 200 MB',
        measured: 'not run',
        baseline: 'DATABASE_URL not set',
        verdict: 'skipped',
      },
    ];
  const result = await benchClerkStorage({
    databaseUrl,
    cases,
    appUrl,
    log: (line) => console.log(`bench: ${line.trim()}`),
  });
  notes.push(
    `Clerk storage: tests/bench/clerk-storage.ts (\`benchClerkStorage\`): the scope bench's department (${result.cases.toLocaleString('en')} cases, 3 years, 12 halls) on PostgreSQL; the built app in a persistent Chromium profile is set up through its own screens as rs-staff at the city hall (sign in, hall, window; the first sync runs from picking the hall until 已与服务器同步), then \`navigator.storage.estimate().usage\` is read in the page and the profile's IndexedDB folder is measured on disk after Chromium closed. The baseline is the usage of the same profile on the set-up screen (demo seed only).`,
  );
  return [
    {
      figure: `${figure} (${result.cases.toLocaleString('en')} cases in 12 halls, 90-day hall scope)`,
      target: '< 200 MB',
      measured: `${megabytes(result.usageAfterBytes)} (storage.estimate), ${megabytes(result.indexedDbDirBytes)} IndexedDB on disk; ${result.localCases.toLocaleString('en')} cases, ${result.localItems} items; first sync ${result.syncSeconds.toFixed(1)} s`,
      baseline: `${megabytes(result.usageBeforeBytes)} before sign-in`,
      verdict: Math.max(result.usageAfterBytes, result.indexedDbDirBytes) < 200_000_000 ? 'pass' : 'FAIL',
    },
  ];
};

if (process.argv[1]?.endsWith('clerk-storage.ts')) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const cases = Number(process.env.ONCEDESK_BENCH_CASES ?? 1_000_000);
  const result = await benchClerkStorage({ databaseUrl, cases, log: (line) => console.log(line) });
  console.log(JSON.stringify(result, null, 2));
}
