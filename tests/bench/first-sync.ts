import type { OnceDeskDb } from '../../renderer/db/schema';
import { pullAll } from '../../renderer/sync/pull';
import { getSyncState } from '../../renderer/sync/stores';
import type { SyncHttp } from '../../renderer/sync/http';
import { schemaVersion, type PulledRow, type PullResponse } from '../../shared/sync/contract';

/**
 * First-sync benchmark: N server rows pulled and applied by the real client code (page transactions,
 * cursor saves, rebase lookups) against raw Dexie `bulkPut` of the very same rows in the same run.
 * Runs in Node on fake-indexeddb and in Chromium on real IndexedDB: the caller opens the databases.
 * The network is left out on purpose (pages come from memory): this measures the client's apply cost.
 */
export type FirstSyncResult = {
  rows: number;
  pageSize: number;
  syncMs: number;
  baselineMs: number;
  /** baselineMs / syncMs: 1 means as fast as raw bulkPut; the target is ≥ 0.6. */
  ratio: number;
};

export type ResumeResult = {
  rows: number;
  /** Cursor saved when the desk was killed, and the rows already stored at that moment. */
  cursorAtKill: number;
  rowsAtKill: number;
  /** Rows the second run fetched (only those after the saved cursor). */
  rowsFetchedAfterRestart: number;
  finalRows: number;
  complete: boolean;
};

const dayMs = 24 * 60 * 60 * 1000;

/** Deterministic case rows as the server sends them (versions 1..n). */
export const makePulledRows = (count: number, departmentId = 'dept-JN-RS'): PulledRow[] => {
  const start = Date.parse('2026-01-05T01:00:00.000Z');
  return Array.from({ length: count }, (_, index) => {
    const at = new Date(start + (index % 300) * dayMs + (index % 480) * 60_000).toISOString();
    return {
      table: 'cases',
      id: `case-bench-${String(index).padStart(7, '0')}`,
      version: index + 1,
      deleted: false,
      updatedBy: 'staff-bench',
      updatedAt: at as PulledRow['updatedAt'],
      fields: {
        itemId: `item-${index % 200}`,
        itemCode: `37080000${index % 200}`,
        itemName: '失业保险金申领',
        departmentId,
        hallId: 'hall-JN-RS-ZWDT',
        windowId: `win-${index % 12}`,
        staffId: `staff-${index % 40}`,
        applicantName: `申请人${index}`,
        applicantIdNumber: null,
        status: index % 7 === 0 ? 'needsSupplement' : 'completedInOneVisit',
        completedStepIds: ['accept', 'review'],
        receivedMaterialIds: ['id-card', 'form'],
        startedAt: at,
        day: at.slice(0, 10),
        promisedBy: at,
        finishedAt: at,
        outcomeNote: '',
        transferredTo: null,
        supplementNotice: null,
        rating: null,
      },
    };
  });
};

/** A server stand-in that pages through `rows` by version, as GET /sync/pull does. */
export const memoryPullServer = (rows: readonly PulledRow[]): SyncHttp & { fetched: number } => {
  const server = {
    fetched: 0,
    health: () => Promise.resolve({ ok: true as const, serverVersion: 'bench', schemaVersion }),
    login: () => Promise.reject(new Error('not used by the benchmark')),
    push: () => Promise.reject(new Error('not used by the benchmark')),
    pull: (_token: string, since: number, limit: number): Promise<PullResponse> => {
      // Versions are 1..n, so the page after `since` starts at index `since`.
      const page = rows.slice(since, since + limit);
      server.fetched += page.length;
      const hasMore = since + page.length < rows.length;
      return Promise.resolve({
        rows: page,
        cursor: page.at(-1)?.version ?? since,
        hasMore,
        schemaVersion,
        highWater: rows.length,
      });
    },
  };
  return server;
};

const toLocalRow = (row: PulledRow) => ({
  ...row.fields,
  id: row.id,
  version: row.version,
  deleted: row.deleted,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
});

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Times the client's pull-and-apply against raw bulkPut, each into its own fresh database. Rounds
 * alternate which goes first and the medians are compared, so a busy machine (CI, parallel builds)
 * slows both alike instead of skewing the ratio.
 */
export const benchFirstSync = async (options: {
  openDb: (name: string) => OnceDeskDb;
  rows?: number;
  pageSize?: number;
  rounds?: number;
  now?: () => number;
}): Promise<FirstSyncResult> => {
  const count = options.rows ?? 100_000;
  const pageSize = options.pageSize ?? 1000;
  const rounds = options.rounds ?? 3;
  const clock = options.now ?? (() => performance.now());
  const rows = makePulledRows(count);
  const local = rows.map(toLocalRow);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;

  const baseline = async (round: number): Promise<number> => {
    const db = options.openDb(`bench-baseline-${stamp}-${round}`);
    await db.open();
    const start = clock();
    for (let offset = 0; offset < local.length; offset += pageSize) {
      await db.syncedTable('cases').bulkPut(local.slice(offset, offset + pageSize));
    }
    const elapsed = clock() - start;
    await db.delete();
    return elapsed;
  };

  const sync = async (round: number): Promise<number> => {
    const db = options.openDb(`bench-sync-${stamp}-${round}`);
    await db.open();
    const start = clock();
    await pullAll({ db, http: memoryPullServer(rows), token: 'bench', limit: pageSize });
    const elapsed = clock() - start;
    const stored = await db.cases.count();
    await db.delete();
    if (stored !== count) throw new Error(`first sync stored ${stored} of ${count} rows`);
    return elapsed;
  };

  const baselineTimes: number[] = [];
  const syncTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      baselineTimes.push(await baseline(round));
      syncTimes.push(await sync(round));
    } else {
      syncTimes.push(await sync(round));
      baselineTimes.push(await baseline(round));
    }
  }
  const syncMs = median(syncTimes);
  const baselineMs = median(baselineTimes);
  return { rows: count, pageSize, syncMs, baselineMs, ratio: baselineMs / syncMs };
};

/**
 * Kills the first sync halfway (a page's transaction aborts, as when the process dies mid-write), then
 * starts again with a fresh engine on the same database: it must resume from the saved cursor and not
 * fetch the pages it already stored.
 */
export const benchResumableFirstSync = async (options: {
  openDb: (name: string) => OnceDeskDb;
  rows?: number;
  pageSize?: number;
}): Promise<ResumeResult> => {
  const count = options.rows ?? 100_000;
  const pageSize = options.pageSize ?? 1000;
  const rows = makePulledRows(count);
  const name = `bench-resume-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const killAtVersion = Math.floor(count / 2);
  const first = options.openDb(name);
  await first.open();
  const killed = await pullAll({
    db: first,
    http: memoryPullServer(rows),
    token: 'bench',
    limit: pageSize,
    faults: {
      beforePageCommit: (page) => {
        if (page.cursor > killAtVersion) throw new Error('killed mid-apply');
      },
    },
  }).then(
    () => false,
    () => true,
  );
  if (!killed) throw new Error('the kill did not happen');
  const cursorAtKill = (await getSyncState(first, 'cursor')) ?? 0;
  const rowsAtKill = await first.cases.count();
  first.close();

  const second = options.openDb(name);
  await second.open();
  const server = memoryPullServer(rows);
  await pullAll({ db: second, http: server, token: 'bench', limit: pageSize });
  const finalRows = await second.cases.count();
  await second.delete();
  return {
    rows: count,
    cursorAtKill,
    rowsAtKill,
    rowsFetchedAfterRestart: server.fetched,
    finalRows,
    complete: finalRows === count && rowsAtKill === cursorAtKill && server.fetched === count - cursorAtKill,
  };
};
