import { uuidv7 } from 'uuidv7';
import type { OnceDeskDb, OutboxEntry } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import { isSyncedTableName, syncedTableNames } from '../../shared/sync/tables';
import { toIsoInstant, type IsoInstant } from '../../shared/time';
import {
  ackedOf,
  conflictsOf,
  deletedBy,
  getSyncState,
  setSyncState,
  syncStateOf,
  type AckedRow,
} from './stores';

export type EpochChange = { epoch: string; epochBaseVersion: number; lastSeq?: number };

const metaKeys = new Set(['id', 'version', 'updatedAt', 'updatedBy', 'deleted']);

/**
 * Our acknowledged part of one row, as mutations that put it back on the server: one upsert per clerk
 * who made those fields' last changes here, so each goes up under its own name again (a field from
 * before authors were kept goes with the pusher's).
 */
const resendOf = (acked: AckedRow, row: Record<string, unknown>, baseVersion: number, at: IsoInstant) => {
  const entries: Omit<OutboxEntry, 'seq'>[] = [];
  const byAuthor = new Map<string | undefined, Record<string, unknown>>();
  for (const [key, value] of Object.entries(row)) {
    if (!acked.fields.includes(key) || metaKeys.has(key)) continue;
    const author = acked.authors?.[key];
    byAuthor.set(author, { ...byAuthor.get(author), [key]: value });
  }
  const common = { table: acked.table, rowId: acked.rowId, baseVersion, at };
  const authored = (author: string | undefined) => (author === undefined ? {} : { author });
  for (const [author, fields] of byAuthor)
    entries.push({ ...common, mutationId: uuidv7(), op: 'upsert', fields, ...authored(author) });
  if (acked.deleted || row.deleted === true)
    entries.push({
      ...common,
      mutationId: uuidv7(),
      op: 'delete',
      fields: {},
      ...authored(acked.authors?.[deletedBy]),
    });
  return entries;
};

/**
 * The server went back to a backup (its epoch changed; docs/sync.md, "Epoch"). Versions above the new
 * epoch's base may be issued again with another meaning, and the changes of ours it acknowledged after
 * the backup are gone there. In one transaction:
 * - every row with an acknowledged change of ours above the base is sent again — the fields we wrote,
 *   as they stand here, before the pending outbox (renumbered behind them, from the server's lastSeq
 *   when known); their baseVersion is the base, so what others changed since the restore is reported
 *   as a conflict, not silently overwritten;
 * - local rows above the base drop to the base version, so whatever the server now sends replaces them;
 * - the pull cursor and the conflicts mark go back to the base (what lies at or below it is the same on
 *   both sides), and stored conflict notes forget the server's ids, which are issued again too.
 * Returns how many mutations were queued again.
 */
export const recoverFromRestore = async (db: OnceDeskDb, change: EpochChange, now: Date): Promise<number> =>
  db.transaction(
    'rw',
    [
      db.outbox,
      db.meta,
      ackedOf(db),
      syncStateOf(db),
      conflictsOf(db),
      ...syncedTableNames.map((name) => db.syncedTable(name)),
    ],
    async () => {
      const base = change.epochBaseVersion;
      const at = toIsoInstant(now);
      const lost = await ackedOf(db).where('version').above(base).toArray();
      const resend: Omit<OutboxEntry, 'seq'>[] = [];
      for (const acked of lost) {
        if (!isSyncedTableName(acked.table)) continue;
        const row = await db.syncedTable(acked.table).get(acked.rowId);
        if (row) resend.push(...resendOf(acked, row, base, at));
      }
      await ackedOf(db).where('version').above(base).delete();

      const pending = await db.outbox.orderBy('seq').toArray();
      const lastSeq = (await getMeta(db, 'lastSeq')) ?? 0;
      const start = change.lastSeq !== undefined ? change.lastSeq + 1 : (pending[0]?.seq ?? lastSeq + 1);
      const queue = [
        ...resend,
        ...pending.map(({ seq: _seq, ...entry }) => ({
          ...entry,
          baseVersion: Math.min(entry.baseVersion, base),
        })),
      ];
      await db.outbox.clear();
      await db.outbox.bulkAdd(queue.map((entry, index) => ({ ...entry, seq: start + index })));
      if (queue.length > 0 || change.lastSeq !== undefined)
        await setMeta(db, 'lastSeq', start + queue.length - 1);

      for (const name of syncedTableNames) {
        const store = db.syncedTable(name);
        await store
          .filter((row) => typeof row.version === 'number' && row.version > base)
          .modify((row) => {
            row.version = base;
          });
      }
      const cursor = (await getSyncState(db, 'cursor')) ?? 0;
      if (cursor > base) await setSyncState(db, 'cursor', base);
      const through = (await getSyncState(db, 'conflictsThrough')) ?? 0;
      if (through > base) await setSyncState(db, 'conflictsThrough', base);
      const localHigh = (await getSyncState(db, 'localHighWater')) ?? 0;
      if (localHigh > base) await setSyncState(db, 'localHighWater', base);
      await conflictsOf(db)
        .filter((note) => note.serverConflictId !== undefined)
        .modify((note) => {
          delete note.serverConflictId;
        });
      await setSyncState(db, 'serverEpoch', change.epoch);
      await setSyncState(db, 'serverRestored', { at, resent: resend.length });
      return resend.length;
    },
  );
