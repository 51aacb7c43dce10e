import type { OnceDeskDb } from '../db/schema';
import { isSyncedTableName } from '../../shared/sync/tables';
import { ackedOf, getSyncState, syncStateOf } from './stores';

/**
 * How long an acknowledgement is kept after it was recorded. The `acked` store exists to send our part
 * of a row again when the server goes back to a backup taken before the server acknowledged it
 * (restore.ts): an entry pruned earlier than the backup a restore uses loses that change on the
 * server. Backups are taken daily or hourly and a restore uses the latest, so a month covers any
 * restore an operator would make while keeping the store to the rows this desk changed in a month.
 */
export const ackedKeepDays = 30;

/** Old entries looked at per pass, so one run never reads the whole store (bounded work per run). */
export const ackedPrunePerPass = 2000;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Drops acknowledgements no longer needed (docs/sync.md, "Push"): recorded more than `ackedKeepDays`
 * ago, at a version the pull cursor has passed, and on a row this desk has since seen at that version
 * or later — or no longer holds (evicted). The last condition keeps what `restoreRefusedRows` needs to
 * tell a row the server has (version 0 locally, acknowledged) from one it never had. At most
 * `ackedPrunePerPass` entries per call, oldest first. Returns how many were removed.
 */
export const pruneAcked = async (db: OnceDeskDb, now: Date): Promise<number> => {
  const cutoff = new Date(now.getTime() - ackedKeepDays * dayMs).toISOString();
  const acked = ackedOf(db);
  const stores = [acked, syncStateOf(db), ...db.tables.filter((table) => isSyncedTableName(table.name))];
  return db.transaction('rw', stores, async () => {
    const cursor = (await getSyncState(db, 'cursor')) ?? 0;
    const old = await acked.where('ackedAt').below(cutoff).limit(ackedPrunePerPass).toArray();
    const done: [string, string][] = [];
    for (const entry of old) {
      if (entry.version > cursor || !isSyncedTableName(entry.table)) continue;
      const row = await db.syncedTable(entry.table).get(entry.rowId);
      const seen = typeof row?.version === 'number' ? row.version : 0;
      if (!row || seen >= entry.version) done.push([entry.table, entry.rowId]);
    }
    await acked.bulkDelete(done);
    return done.length;
  });
};
