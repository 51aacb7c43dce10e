import type { OnceDeskDb } from '../db/schema';
import { setMeta } from '../db/meta';

/**
 * Renumbers the pending outbox entries with seq ≥ `fromSeq` so they run gaplessly from `newStart`, and
 * sets the desk's `lastSeq` to the last of them (or newStart − 1 when none). Only safe for entries the server cannot have applied — the caller
 * proves that (a 413 for the entry before them, or a server whose lastSeq is below them). Runs inside
 * the caller's transaction, which must include the outbox and meta stores; the mutation path allocates
 * seqs in transactions over the same stores, so no new entry can slip in between.
 */
export const resequencePending = async (db: OnceDeskDb, fromSeq: number, newStart: number): Promise<void> => {
  const moving = await db.outbox.where('seq').aboveOrEqual(fromSeq).sortBy('seq');
  await db.outbox.bulkDelete(moving.map((entry) => entry.seq));
  await db.outbox.bulkAdd(moving.map((entry, index) => ({ ...entry, seq: newStart + index })));
  await setMeta(db, 'lastSeq', newStart + moving.length - 1);
};
