import type { OnceDeskDb } from '../db/schema';
import type { PulledConflict } from '../../shared/sync/contract';
import { conflictsOf, getSyncState, setSyncState, type ConflictNote } from './stores';

export const overwrittenNote = (conflict: PulledConflict): ConflictNote => ({
  overwritten: true,
  serverConflictId: conflict.id,
  table: conflict.table,
  rowId: conflict.rowId,
  field: conflict.field,
  theirValue: conflict.theirValue,
  theirBy: conflict.theirBy,
  mine: conflict.yourValue,
  // The overwritten mutation is long acknowledged; the note is keyed by the server's conflict id.
  mutationId: `conflict:${conflict.id}`,
  at: conflict.at,
  ...(conflict.deleted ? { deleted: true } : {}),
  ...(conflict.editRefused ? { editRefused: true } : {}),
});

/**
 * Stores conflicts where another desk replaced our value, inside the pull page's transaction. The
 * server sends those at versions in (since, cursor], so a page pulled again — its answer was lost, or
 * the cursor moved back to re-fetch a refused row — brings them again: each is added once (by its
 * server id), and one at or below `conflictsThrough` was already received, so a note the clerk
 * dismissed does not come back. During a full resync after a server restore versions start over, so
 * the mark follows the new cursor and only the id check applies (a dismissed note may show again,
 * never a new one be lost).
 */
export const storeOverwrittenConflicts = async (
  db: OnceDeskDb,
  page: { cursor: number; conflicts?: readonly PulledConflict[] | undefined },
  fullResync: boolean,
): Promise<number> => {
  const through = (await getSyncState(db, 'conflictsThrough')) ?? 0;
  let added = 0;
  for (const conflict of page.conflicts ?? []) {
    if (!fullResync && conflict.version <= through) continue;
    const known = await conflictsOf(db)
      .where('[table+rowId]')
      .equals([conflict.table, conflict.rowId])
      .filter((note) => note.serverConflictId === conflict.id)
      .count();
    if (known > 0) continue;
    await conflictsOf(db).add(overwrittenNote(conflict));
    added += 1;
  }
  const next = fullResync ? page.cursor : Math.max(through, page.cursor);
  if (next !== through) await setSyncState(db, 'conflictsThrough', next);
  return added;
};
