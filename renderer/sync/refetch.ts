import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import { maxLookupIds, type PulledRow } from '../../shared/sync/contract';
import { isSyncedTableName, type SyncedTableName } from '../../shared/sync/tables';
import { SyncRequestError, type SyncHttp } from './http';
import { rebaseRow } from './pull';
import { ackedOf, deleteSyncState, getSyncState, setSyncState, syncStateOf, type RowRef } from './stores';

/**
 * A server from before `GET /sync/lookup?table=&ids=` refuses the query (400) or has no look-up at all
 * (404/405): the desk falls back to what it did before, moving the pull cursor back below the row.
 */
const cannotServeIds = (error: unknown): boolean =>
  error instanceof SyncRequestError &&
  error.detail.kind === 'server' &&
  [400, 404, 405].includes(error.detail.status);

/**
 * Puts the rows the server refused an edit of (syncState `refetch`, listed by restoreRefusedRows) back
 * to the server's version: fetched by id, with the clerk's own read permission, and stored like a
 * pulled row — pending edits replayed on top, never replacing a newer local version. The pull cursor
 * does not move: before, it went back below the row's version and a refusal of an old case pulled the
 * department's history since again (docs/sync.md, "Push"). A row the server does not send (not
 * readable any more, gone) is dropped from the list; a failed request leaves the list for the next run.
 */
export const refetchRefusedRows = async (db: OnceDeskDb, http: SyncHttp, token: string): Promise<void> => {
  const wanted = (await getSyncState(db, 'refetch')) ?? [];
  if (wanted.length === 0) return;
  const byTable = new Map<SyncedTableName, string[]>();
  for (const ref of wanted) {
    // Only tables this build stores are ever listed; anything else is dropped with the last chunk.
    if (isSyncedTableName(ref.table)) byTable.set(ref.table, [...(byTable.get(ref.table) ?? []), ref.id]);
  }
  if (byTable.size === 0) await deleteSyncState(db, 'refetch');
  for (const [table, ids] of byTable) {
    for (let start = 0; start < ids.length; start += maxLookupIds) {
      const chunk = ids.slice(start, start + maxLookupIds);
      if (!http.lookup) {
        await pullAgainBelow(db, table, chunk);
        continue;
      }
      let rows: PulledRow[];
      try {
        rows = (await http.lookup(token, { table, ids: chunk.join(',') })).rows;
      } catch (error) {
        if (!cannotServeIds(error)) throw error;
        await pullAgainBelow(db, table, chunk);
        continue;
      }
      await storeRefetched(db, table, chunk, rows);
    }
  }
};

const withoutRefs = async (db: OnceDeskDb, table: string, ids: readonly string[]) => {
  const done = new Set(ids);
  const left = ((await getSyncState(db, 'refetch')) ?? []).filter(
    (ref: RowRef) => isSyncedTableName(ref.table) && (ref.table !== table || !done.has(ref.id)),
  );
  if (left.length === 0) await deleteSyncState(db, 'refetch');
  else await setSyncState(db, 'refetch', left);
};

const storeRefetched = async (
  db: OnceDeskDb,
  table: SyncedTableName,
  ids: readonly string[],
  rows: readonly PulledRow[],
): Promise<void> => {
  const store = db.syncedTable(table);
  await db.transaction('rw', [db.outbox, syncStateOf(db), store], async () => {
    const locals = rows.length > 0 ? await store.bulkGet(rows.map((row) => row.id)) : [];
    const next = [];
    let highest = (await getSyncState(db, 'localHighWater')) ?? 0;
    const startHigh = highest;
    for (const [index, row] of rows.entries()) {
      const local = locals[index];
      // A pull meanwhile may have brought a newer version; the same version replaces the refused change.
      if (typeof local?.version === 'number' && local.version > row.version) continue;
      const pending: OutboxEntry[] = await db.outbox.where({ table, rowId: row.id }).sortBy('seq');
      next.push(rebaseRow(row, local, pending));
      highest = Math.max(highest, row.version);
    }
    if (next.length > 0) await store.bulkPut(next);
    // A page starting above localHighWater is applied without reading local rows (pull.ts).
    if (highest !== startHigh) await setSyncState(db, 'localHighWater', highest);
    await withoutRefs(db, table, ids);
  });
};

/** The fallback for an older server: pull again from just below the lowest of these rows' versions. */
const pullAgainBelow = async (db: OnceDeskDb, table: SyncedTableName, ids: readonly string[]) => {
  const store = db.syncedTable(table);
  await db.transaction('rw', [syncStateOf(db), store, ackedOf(db)], async () => {
    const start = (await getSyncState(db, 'cursor')) ?? 0;
    let cursor = start;
    for (const id of ids) {
      const row = await store.get(id);
      const version = typeof row?.version === 'number' ? row.version : 0;
      const acked = await ackedOf(db).get([table, id]);
      const known = Math.max(version, acked?.version ?? 0);
      if (known > 0) cursor = Math.min(cursor, (version > 0 ? version : known) - 1);
    }
    if (cursor !== start) await setSyncState(db, 'cursor', cursor);
    await withoutRefs(db, table, ids);
  });
};
