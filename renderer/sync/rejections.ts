import type { OnceDeskDb } from '../db/schema';
import { mutate } from '../db/mutate';
import { isSyncedTableName, syncedTableNames } from '../../shared/sync/tables';
import { conflictsOf, rejectionsOf } from './stores';
import type { RuleWriter } from '../../shared/sync/rowRules';

/** The clerk has read the rejection and does not want it again. */
export const dismissRejection = (db: OnceDeskDb, mutationId: string): Promise<void> =>
  rejectionsOf(db).delete(mutationId);

export const dismissConflict = (db: OnceDeskDb, id: number): Promise<void> => conflictsOf(db).delete(id);

/**
 * Sends a rejected change again, as a new mutation through the single mutation path (so it gets a new
 * seq and is validated locally first). Throws InvalidMutationError, and keeps the rejection, when it
 * still does not pass — e.g. the row is gone, or a table rule (a correction's window) refuses it for
 * the clerk signed in now. The rejection is removed in the same transaction.
 */
export const retryRejection = async (
  db: OnceDeskDb,
  mutationId: string,
  writer: RuleWriter,
  now: Date,
): Promise<void> => {
  const by = writer.staffId;
  const rejection = await rejectionsOf(db).get(mutationId);
  if (!rejection) return;
  const { mutation } = rejection;
  if (!isSyncedTableName(mutation.table)) throw new Error(`unknown table ${mutation.table}`);
  const table = mutation.table;
  // What `mutate` locks for a table with rules: every synced table (rules may read other rows) and the
  // staff table (the writer's roles).
  const stores = syncedTableNames.map((name) => db.syncedTable(name));
  await db.transaction('rw', [...stores, db.staff, db.outbox, db.meta, rejectionsOf(db)], async () => {
    if (mutation.op === 'delete')
      await mutate(db, { table, rowId: mutation.rowId, op: 'delete', by, now, writer });
    else
      await mutate(db, {
        table,
        rowId: mutation.rowId,
        op: 'upsert',
        fields: mutation.fields,
        by,
        now,
        writer,
      });
    await rejectionsOf(db).delete(mutationId);
  });
};
