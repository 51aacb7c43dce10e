import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import {
  maxPullLimit,
  type PullResponse,
  type PulledRow,
  type PulledScope,
} from '../../shared/sync/contract';
import { historyStart, keysInScope, keysOfRow, type DeskScope } from '../../shared/sync/scope';
import {
  isSyncedTableName,
  syncedTableNames,
  replicationOf,
  type SyncedTableName,
} from '../../shared/sync/tables';
import type { SyncHttp } from './http';
import type { Role } from '../../shared/domain/organization';
import { storeOverwrittenConflicts } from './pulledConflicts';
import { pinnedIds } from './scope';
import { SyncRequestError } from './http';
import { recoverFromRestore } from './restore';
import {
  conflictsOf,
  deleteSyncState,
  foreignRowsOf,
  getSyncState,
  setSyncState,
  syncStateOf,
} from './stores';

export type PullProgress = { applied: number; estimatedTotal: number | null };

/** Test seam: runs inside the page's transaction just before it commits; throwing aborts it (a crash). */
export type PullFaults = { beforePageCommit?: (page: PullResponse) => void };

export type PullContext = {
  db: OnceDeskDb;
  http: SyncHttp;
  token: string;
  /** This desk's clientId: sent so the server includes conflicts where our value was replaced. */
  clientId?: string;
  limit?: number;
  onProgress?: (progress: PullProgress) => void;
  faults?: PullFaults;
  /** The replication scope to pull (renderer/sync/scope.ts); absent: everything the clerk may read. */
  scope?: DeskScope;
  /** The desk's clock, for the restore note; the sync engine passes its injected one. */
  now?: () => Date;
  /** Called after the server was found restored: changes were queued again and need a push. */
  onRestored?: () => void;
};

/** What a pull brought: rows received, and those outside the scope the server echoed (to evict). */
export type PullOutcome = {
  received: number;
  scope?: PulledScope;
  outOfScope: { table: string; id: string }[];
  /** The caller's roles as the server had them for the last page (absent from older servers). */
  roles?: Role[];
};

type LocalRow = Record<string, unknown> & { id: string };

/** The pull cursor moved while a page was on its way: the page is dropped, not applied over it. */
export class StaleCursorError extends Error {
  constructor() {
    super('the pull cursor moved while the page was fetched');
    this.name = 'StaleCursorError';
  }
}

/**
 * The server's row with our pending edits replayed on top (rebase), so an unsynced local edit is never
 * overwritten by a pull; the edits are still in the outbox and reach the server on the next push.
 */
export const rebaseRow = (
  pulled: PulledRow,
  local: LocalRow | undefined,
  pending: readonly OutboxEntry[],
): LocalRow => {
  const row: LocalRow = {
    ...local,
    ...pulled.fields,
    id: pulled.id,
    version: pulled.version,
    deleted: pulled.deleted,
    updatedAt: pulled.updatedAt ?? local?.updatedAt ?? new Date(0).toISOString(),
    updatedBy: pulled.updatedBy ?? local?.updatedBy ?? '',
  };
  for (const entry of pending) {
    if (entry.op === 'upsert') Object.assign(row, entry.fields);
    row.deleted = entry.op === 'delete';
    row.updatedAt = entry.at;
  }
  // Who made the pending edit is only on the local row; keep it while edits are pending.
  if (pending.length > 0 && local?.updatedBy !== undefined) row.updatedBy = local.updatedBy;
  return row;
};

const pageStores = (db: OnceDeskDb) => [
  db.outbox,
  syncStateOf(db),
  foreignRowsOf(db),
  conflictsOf(db),
  ...syncedTableNames.map((name) => db.syncedTable(name)),
];

/**
 * Applies one page and saves its cursor in ONE transaction: a crash (or kill) halfway leaves neither,
 * and the next pull resumes from the last saved cursor. A pulled row replaces the local one unless the
 * local version is higher (a push acknowledgement already moved it past this page). The server
 * sends a row's complete fields, so the local row is read only to compare versions or keep pending edits.
 */
export const applyPullPage = async (
  db: OnceDeskDb,
  page: PullResponse,
  faults?: PullFaults,
  since?: number,
): Promise<number> =>
  db.transaction('rw', pageStores(db), async () => {
    // Compare-and-set: the page answers a pull from `since`. If the cursor moved meanwhile — a restore
    // reset it, another run advanced it, an older server's refusal moved it back — this page
    // must not overwrite that; nothing is applied and the caller pulls again from the cursor as it is.
    if (since !== undefined && ((await getSyncState(db, 'cursor')) ?? 0) !== since)
      throw new StaleCursorError();
    const fullResync = (await getSyncState(db, 'fullResync')) === true;
    const byTable = new Map<SyncedTableName, PulledRow[]>();
    const foreign: PulledRow[] = [];
    for (const row of page.rows) {
      if (!isSyncedTableName(row.table)) foreign.push(row);
      else {
        const rows = byTable.get(row.table);
        if (rows) rows.push(row);
        else byTable.set(row.table, [row]);
      }
    }
    // The outbox is small next to a page (it only holds unsynced edits), so one read serves the page.
    const pending = new Map<string, OutboxEntry[]>();
    if (byTable.size > 0) {
      for (const entry of await db.outbox.orderBy('seq').toArray()) {
        const key = `${entry.table}\u0000${entry.rowId}`;
        const entries = pending.get(key);
        if (entries) entries.push(entry);
        else pending.set(key, [entry]);
      }
    }
    // Local rows only need reading where one could be newer than the page (a push acknowledgement or an
    // earlier pull went past the page's first version) or carries pending edits. A first sync reads
    // nothing back, which keeps it close to a plain bulkPut.
    const localHigh = await getSyncState(db, 'localHighWater');
    const firstVersion = page.rows[0]?.version ?? 0;
    const mayBeNewer = !fullResync && (localHigh === undefined || firstVersion <= localHigh);
    let applied = 0;
    let highest = Math.max(localHigh ?? 0, page.cursor);
    for (const [table, rows] of byTable) {
      const store = db.syncedTable(table);
      const key = (row: PulledRow) => `${table}\u0000${row.id}`;
      const lookup = mayBeNewer ? rows : rows.filter((row) => pending.has(key(row)));
      const locals = new Map<string, LocalRow>();
      // An empty bulkGet makes no IndexedDB request, and awaiting it would let the transaction commit.
      if (lookup.length > 0) {
        for (const local of await store.bulkGet(lookup.map((row) => row.id)))
          if (local) locals.set(local.id, local);
      }
      const next: LocalRow[] = [];
      for (const row of rows) {
        const local = locals.get(row.id);
        const localVersion = typeof local?.version === 'number' ? local.version : 0;
        if (!fullResync && localVersion > row.version) continue;
        next.push(rebaseRow(row, local, pending.get(key(row)) ?? []));
        highest = Math.max(highest, row.version);
      }
      await store.bulkPut(next);
      applied += next.length;
    }
    if (foreign.length > 0) {
      await foreignRowsOf(db).bulkPut(
        foreign.map(({ table, id, version, deleted, fields }) => ({ table, id, version, deleted, fields })),
      );
    }
    await storeOverwrittenConflicts(db, page, fullResync);
    if (page.epoch !== undefined && (await getSyncState(db, 'serverEpoch')) === undefined)
      await setSyncState(db, 'serverEpoch', page.epoch);
    await setSyncState(db, 'cursor', page.cursor);
    if (page.scope) await setSyncState(db, 'scope', page.scope);
    if (highest !== localHigh) await setSyncState(db, 'localHighWater', highest);
    if (fullResync && !page.hasMore) await deleteSyncState(db, 'fullResync');
    // The re-pull after a scope change is complete: what the desk held before is answered for.
    if (!page.hasMore) await deleteSyncState(db, 'repullHeldSince');
    faults?.beforePageCommit?.(page);
    return applied + foreign.length;
  });

/** What one page request depends on, read from the desk's sync state just before it is made. */
type PageRequest = { since: number; epoch?: string; heldSince?: number; pinned: string[] };

const sameRequest = (a: PageRequest, b: PageRequest) =>
  a.since === b.since &&
  a.epoch === b.epoch &&
  a.heldSince === b.heldSince &&
  a.pinned.length === b.pinned.length &&
  a.pinned.every((id, index) => b.pinned[index] === id);

/**
 * Pulls pages from the saved cursor until the server has no more. A scoped page also brings rows that
 * have just left the scope (a case of another hall this desk held while open, now closed): they are
 * applied like any other and listed in `outOfScope` for the caller to evict.
 *
 * The next page is requested while this one is applied (the network and IndexedDB overlap: a new
 * desk's first sync over HTTP took the sum of both). The early request is exactly the one the next
 * round would make if applying leaves the state as expected — cursor at this page's end, the epoch
 * this page set, the same held-since and pins; the round compares, and on any difference drops the
 * early answer and asks again. So it is the same pull made a moment sooner, which the cursor protocol
 * already allows (docs/sync.md, "Pull"): it skips nothing.
 */
export const pullAll = async (context: PullContext): Promise<PullOutcome> => {
  const { db, http, token } = context;
  const limit = Math.min(context.limit ?? maxPullLimit, maxPullLimit);
  let received = 0;
  let scope: PulledScope | undefined;
  const outOfScope: { table: string; id: string }[] = [];
  let restores = 0;
  let staleRetries = 0;
  let roles: Role[] | undefined;
  let early: { request: PageRequest; response: Promise<PullResponse> } | undefined;
  const readRequest = async (): Promise<PageRequest> => {
    const epoch = await getSyncState(db, 'serverEpoch');
    const heldSince = await getSyncState(db, 'repullHeldSince');
    return {
      since: (await getSyncState(db, 'cursor')) ?? 0,
      ...(epoch === undefined ? {} : { epoch }),
      ...(heldSince === undefined ? {} : { heldSince }),
      pinned: await pinnedIds(db),
    };
  };
  const request = (wanted: PageRequest) =>
    http.pull(
      token,
      wanted.since,
      limit,
      context.clientId,
      context.scope,
      wanted.epoch,
      wanted.heldSince === undefined
        ? { pinned: wanted.pinned }
        : { heldSince: wanted.heldSince, pinned: wanted.pinned },
    );
  for (;;) {
    const wanted = await readRequest();
    const ahead = early && sameRequest(early.request, wanted) ? early.response : undefined;
    early = undefined;
    let page: PullResponse;
    try {
      page = await (ahead ?? request(wanted));
    } catch (error) {
      // The server went back to a backup: queue what it lost and pull again from its base (restore.ts).
      if (!(error instanceof SyncRequestError) || error.detail.kind !== 'epochChanged' || restores > 0)
        throw error;
      restores += 1;
      await recoverFromRestore(db, error.detail, context.now?.() ?? new Date());
      context.onRestored?.();
      continue;
    }
    const since = wanted.since;
    if (page.hasMore && page.cursor <= since) throw new Error(`pull cursor did not advance past ${since}`);
    if (page.hasMore) {
      const next: PageRequest = {
        ...wanted,
        since: page.cursor,
        ...(wanted.epoch === undefined && page.epoch !== undefined ? { epoch: page.epoch } : {}),
      };
      const response = request(next);
      // Awaited (and its failure seen) only if the next round uses it.
      response.catch(() => undefined);
      early = { request: next, response };
    }
    try {
      await applyPullPage(db, page, context.faults, since);
    } catch (error) {
      if (error instanceof StaleCursorError && staleRetries < 3) {
        staleRetries += 1;
        continue;
      }
      throw error;
    }
    received += page.rows.length;
    if (page.roles) roles = page.roles;
    if (page.scope) {
      scope = page.scope;
      outOfScope.push(...rowsOutside(page.rows, page.scope));
    }
    const remaining = page.highWater === undefined ? null : Math.max(0, page.highWater - page.cursor);
    context.onProgress?.({
      applied: received,
      estimatedTotal: page.hasMore ? (remaining === null ? null : received + remaining) : received,
    });
    if (!page.hasMore)
      return {
        received,
        outOfScope,
        ...(scope ? { scope } : {}),
        ...(roles ? { roles } : {}),
      };
  }
};

const rowsOutside = (rows: readonly PulledRow[], scope: PulledScope) =>
  rows.filter((row) => {
    if (!isSyncedTableName(row.table)) return false;
    const rule = replicationOf(row.table);
    if (!rule) return false;
    const keys = rule.keys(row.fields, row.updatedAt ?? '');
    const from = historyStart(rule, scope.today, scope.from);
    return !keysInScope(keysOfRow(keys, row.deleted), scope, from);
  });
