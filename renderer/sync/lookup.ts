import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import type { LookupQuery } from '../../shared/sync/contract';
import { hallDayOf } from '../../shared/time';
import type { SyncHttp } from './http';
import { rebaseRow } from './pull';
import { getSyncState, setSyncState, syncStateOf } from './stores';

/**
 * Fetches cases outside this desk's scope (a return visit with an old 一次性告知书, a search by ID
 * number) with the clerk's own permissions, stores them like pulled rows — pending edits replayed on
 * top, never replacing a newer local version — and pins them: eviction keeps a pinned case for the
 * hall day it was fetched and afterwards while it is open, and every scoped pull names the pinned ids
 * so their changes keep coming (renderer/sync/scope.ts). Returns the ids found, newest first. The
 * server's refusals are thrown.
 */
export const lookupCases = async (
  db: OnceDeskDb,
  http: SyncHttp,
  token: string,
  query: LookupQuery,
  now: Date,
): Promise<string[]> => {
  if (!http.lookup) throw new Error('this server cannot look cases up');
  const { rows } = await http.lookup(token, query);
  const day = hallDayOf(now);
  await db.transaction('rw', [db.cases, db.outbox, syncStateOf(db)], async () => {
    const store = db.syncedTable('cases');
    const locals = await store.bulkGet(rows.map((row) => row.id));
    const next = [];
    for (const [index, row] of rows.entries()) {
      const local = locals[index];
      if (typeof local?.version === 'number' && local.version > row.version) continue;
      const pending: OutboxEntry[] = await db.outbox.where({ table: 'cases', rowId: row.id }).sortBy('seq');
      next.push(rebaseRow(row, local, pending));
    }
    await store.bulkPut(next);
    // Earlier look-ups stay pinned while eviction keeps them (open cases); these are pinned today.
    const pinned = ((await getSyncState(db, 'pinned')) ?? []).filter(
      (pin) => !rows.some((row) => row.id === pin.id && pin.table === 'cases'),
    );
    await setSyncState(db, 'pinned', [
      ...pinned,
      ...rows.map((row) => ({ table: 'cases', id: row.id, day })),
    ]);
  });
  return rows.map((row) => row.id);
};
