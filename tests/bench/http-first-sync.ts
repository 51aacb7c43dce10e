import type { OnceDeskDb } from '../../renderer/db/schema';
import { createSyncHttp } from '../../renderer/sync/http';
import { pullAll } from '../../renderer/sync/pull';
import type { PulledRow } from '../../shared/sync/contract';
import { isSyncedTableName } from '../../shared/sync/tables';

/**
 * First sync of a new desk over real HTTP (issue #9), run in Chromium: the client's own pull-and-apply
 * (renderer/sync/pull.ts through createSyncHttp and the page's fetch, CORS preflights included)
 * against the real server on PostgreSQL, compared with raw Dexie bulkPut of the very same rows — as
 * they arrived, fetched once before the timed rounds — into a fresh database in the same run. Rounds
 * alternate which goes first and medians are compared, so a busy machine slows both alike.
 */
export type HttpFirstSyncResult = {
  rows: number;
  pageSize: number;
  syncMs: number;
  baselineMs: number;
  /** baselineMs / syncMs; the goal is ≥ 0.7. */
  ratio: number;
  /** The pages alone over HTTP (fetch and JSON, nothing stored), median: the network's share. */
  fetchOnlyMs: number;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const toLocalRow = (row: PulledRow) => ({
  ...row.fields,
  id: row.id,
  version: row.version,
  deleted: row.deleted,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
});

export const benchHttpFirstSync = async (options: {
  openDb: (name: string) => OnceDeskDb;
  serverUrl: string;
  token: string;
  pageSize?: number;
  rounds?: number;
}): Promise<HttpFirstSyncResult> => {
  const pageSize = options.pageSize ?? 1000;
  const rounds = options.rounds ?? 3;
  const http = createSyncHttp(options.serverUrl, (input, init) => fetch(input, init));
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;

  // Every page over HTTP, stored nowhere: the rows for the baseline, and the network's own cost.
  const fetchAll = async () => {
    const pages: PulledRow[][] = [];
    let since = 0;
    for (;;) {
      const page = await http.pull(options.token, since, pageSize);
      pages.push(page.rows);
      since = page.cursor;
      if (!page.hasMore) return pages;
    }
  };
  const pages = await fetchAll();
  const rows = pages.reduce((sum, page) => sum + page.length, 0);

  const fetchOnly = async (): Promise<number> => {
    const start = performance.now();
    await fetchAll();
    return performance.now() - start;
  };

  const baseline = async (round: number): Promise<number> => {
    const db = options.openDb(`bench-http-baseline-${stamp}-${round}`);
    await db.open();
    const start = performance.now();
    for (const page of pages) {
      const byTable = new Map<string, ReturnType<typeof toLocalRow>[]>();
      for (const row of page) {
        if (!isSyncedTableName(row.table)) continue;
        byTable.set(row.table, [...(byTable.get(row.table) ?? []), toLocalRow(row)]);
      }
      for (const [table, local] of byTable)
        await db.syncedTable(table as Parameters<OnceDeskDb['syncedTable']>[0]).bulkPut(local);
    }
    const elapsed = performance.now() - start;
    await db.delete();
    return elapsed;
  };

  const sync = async (round: number): Promise<number> => {
    const db = options.openDb(`bench-http-sync-${stamp}-${round}`);
    await db.open();
    const start = performance.now();
    const outcome = await pullAll({ db, http, token: options.token, limit: pageSize });
    const elapsed = performance.now() - start;
    await db.delete();
    if (outcome.received !== rows) throw new Error(`first sync received ${outcome.received} of ${rows} rows`);
    return elapsed;
  };

  const baselineTimes: number[] = [];
  const syncTimes: number[] = [];
  const fetchTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      baselineTimes.push(await baseline(round));
      syncTimes.push(await sync(round));
    } else {
      syncTimes.push(await sync(round));
      baselineTimes.push(await baseline(round));
    }
    fetchTimes.push(await fetchOnly());
  }
  const syncMs = median(syncTimes);
  const baselineMs = median(baselineTimes);
  return { rows, pageSize, syncMs, baselineMs, ratio: baselineMs / syncMs, fetchOnlyMs: median(fetchTimes) };
};
