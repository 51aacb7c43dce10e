import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import { isSyncedTableName, syncedTableNames } from '../../shared/sync/tables';
import type { PushResponse } from '../../shared/sync/contract';
import {
  ackedOf,
  deletedBy,
  conflictsOf,
  getSyncState,
  rejectionsOf,
  setSyncState,
  syncStateOf,
  type Rejection,
} from './stores';

export type PushTally = { applied: number; duplicate: number; rejected: number; conflicts: number };

export const emptyTally = (): PushTally => ({ applied: 0, duplicate: 0, rejected: 0, conflicts: 0 });

/** The stores a push result touches, for one transaction. */
export const pushResultStores = (db: OnceDeskDb) => [
  db.outbox,
  db.meta,
  rejectionsOf(db),
  conflictsOf(db),
  syncStateOf(db),
  ackedOf(db),
  ...syncedTableNames.map((name) => db.syncedTable(name)),
];

export const rejectionOf = (
  entry: OutboxEntry,
  reason: Rejection['reason'],
  message: string,
  now: Date,
): Rejection => ({
  mutationId: entry.mutationId,
  seq: entry.seq,
  table: entry.table,
  rowId: entry.rowId,
  reason,
  message,
  mutation: entry,
  rejectedAt: now.toISOString(),
});

/**
 * After a row's last pending mutation was refused, the local row still shows the refused change. To
 * converge with the server: a row the server never acknowledged (version 0) is removed — the refused
 * mutation, with everything typed, stays in `rejections` for the clerk to fix and retry — and a row the
 * server has is listed to be fetched as the server has it once the push is done (refetch.ts). Before,
 * the pull cursor moved back to just below the row's version, and one refusal of an old case made the
 * desk pull the department's history since again.
 */
export const restoreRefusedRows = async (db: OnceDeskDb, refused: readonly OutboxEntry[]): Promise<void> => {
  const wanted = (await getSyncState(db, 'refetch')) ?? [];
  const before = wanted.length;
  for (const entry of refused) {
    if (!isSyncedTableName(entry.table)) continue;
    const store = db.syncedTable(entry.table);
    const row = await store.get(entry.rowId);
    if (!row) continue;
    const version = typeof row.version === 'number' ? row.version : 0;
    // An acknowledgement does not raise the local version (applyPushResults), so version 0 with an
    // acknowledged change of ours means the server has the row: fetch it, never remove it.
    const acked = version === 0 ? await ackedOf(db).get([entry.table, entry.rowId]) : undefined;
    if (version === 0 && !acked) {
      // A later pending edit of a row the server never had keeps it (it may yet create the row).
      const stillPending = await db.outbox.where('[table+rowId]').equals([entry.table, entry.rowId]).count();
      if (stillPending === 0) await store.delete(entry.rowId);
    } else if (!wanted.some((ref) => ref.table === entry.table && ref.id === entry.rowId)) {
      wanted.push({ table: entry.table, id: entry.rowId });
    }
  }
  if (wanted.length !== before) await setSyncState(db, 'refetch', wanted);
};

/**
 * Records the server's answer to one push, in the caller's transaction (pushResultStores). An outbox
 * entry is deleted only here, after the server acknowledged it (ARCHITECTURE.md, "Local data").
 *
 * An acknowledgement does NOT raise the local row's version: that version is the base the next edit
 * claims (mutate), and it must be one whose fields this desk has seen. The server's row at the
 * acknowledged version may hold another desk's newer value of another field — or of the field we edit
 * next — which only the pull brings; raising the base would make that next edit overwrite it with no
 * conflict on either side. Our own earlier changes never conflict with us (the server ignores stamps of
 * the same client), so the lower base costs nothing. What was acknowledged goes to `acked` (restore.ts).
 */
export const applyPushResults = async (
  db: OnceDeskDb,
  batch: readonly OutboxEntry[],
  response: PushResponse,
  now: Date,
): Promise<PushTally> => {
  const tally = emptyTally();
  const bySeq = new Map(batch.map((entry) => [entry.seq, entry]));
  const refused: OutboxEntry[] = [];
  for (const result of response.results) {
    const entry = bySeq.get(result.seq);
    // The outbox may have moved on (another run); only act on an entry that is still ours and pending.
    if (!entry || !(await db.outbox.get(entry.seq))) continue;
    await db.outbox.delete(entry.seq);
    if (result.status === 'duplicate' && result.reason === undefined) {
      // Applied by an earlier request whose answer was lost; the pull brings the row's version.
      tally.duplicate += 1;
    } else if (result.status === 'rejected' || result.status === 'duplicate') {
      // A duplicate with a reason is a mutation the server refused in a request whose answer was lost.
      // Without the reason it could not be told from an applied one, and would vanish unseen.
      tally.rejected += 1;
      await rejectionsOf(db).put(
        rejectionOf(entry, result.reason ?? 'invalid_fields', result.message ?? '', now),
      );
      refused.push(entry);
    } else {
      tally.applied += 1;
      if (result.version !== undefined && isSyncedTableName(entry.table)) {
        await noteAcked(db, entry, result.version, now);
      }
      for (const conflict of result.conflicts ?? []) {
        tally.conflicts += 1;
        await conflictsOf(db).add({
          table: entry.table,
          rowId: entry.rowId,
          field: conflict.field,
          theirValue: conflict.theirValue,
          theirBy: conflict.theirBy,
          mine: entry.fields[conflict.field],
          mutationId: entry.mutationId,
          at: now.toISOString(),
          ...(conflict.deleted ? { deleted: true } : {}),
        });
      }
    }
  }
  if (response.epoch !== undefined && (await getSyncState(db, 'serverEpoch')) === undefined)
    await setSyncState(db, 'serverEpoch', response.epoch);
  // Never hand out a seq the server already counts: it would be answered `duplicate` and lost.
  const lastSeq = (await getMeta(db, 'lastSeq')) ?? 0;
  if (response.lastSeq > lastSeq) await setMeta(db, 'lastSeq', response.lastSeq);
  await restoreRefusedRows(db, refused);
  return tally;
};

/** Remembers our acknowledged change of a row, to send it again if the server goes back (restore.ts). */
const noteAcked = async (db: OnceDeskDb, entry: OutboxEntry, version: number, now: Date) => {
  const previous = await ackedOf(db).get([entry.table, entry.rowId]);
  const fields = new Set([...(previous?.fields ?? []), ...Object.keys(entry.fields)]);
  const authors = { ...previous?.authors };
  if (entry.author !== undefined) {
    for (const field of Object.keys(entry.fields)) authors[field] = entry.author;
    if (entry.op === 'delete') authors[deletedBy] = entry.author;
  }
  await ackedOf(db).put({
    table: entry.table,
    rowId: entry.rowId,
    version: Math.max(version, previous?.version ?? 0),
    fields: [...fields],
    deleted: entry.op === 'delete' || previous?.deleted === true,
    ...(Object.keys(authors).length > 0 ? { authors } : {}),
    ackedAt: now.toISOString(),
  });
};
