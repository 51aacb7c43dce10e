import { syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { Database, Queryable } from '../db/types';
import { departmentOf, type FieldStamp, type StoredRow } from './rowState';
import { insertRows, loadRows, writeVersionCounter } from './rowStore';
import { lockVersionCounter, newRowLockKeys, takeLocks } from './writeLocks';

export const seedClientId = 'server-seed';

/** Who the server writes a row as when no desk pushed it (seeding, an operator command). */
export type SystemAuthor = { name: string; clientId: string };

const seedAuthor: SystemAuthor = { name: 'seed-demo', clientId: seedClientId };

/**
 * Inserts rows that do not exist yet, with versions from the same counter and locks as pushes, so
 * desks pull them like any other change. Existing rows are left alone: seeding twice changes nothing,
 * and a seeded row someone has since edited keeps its edits.
 */
export const seedRows = async (
  db: Database,
  table: SyncedTableName,
  rows: readonly { id: string; fields: Record<string, unknown> }[],
  now: Date,
): Promise<{ inserted: number }> => db.transaction((tx) => insertNewRows(tx, table, rows, now, seedAuthor));

/** As `seedRows`, inside the caller's transaction (so several tables commit together or not at all). */
export const insertNewRows = async (
  tx: Queryable,
  table: SyncedTableName,
  rows: readonly { id: string; fields: Record<string, unknown> }[],
  now: Date,
  author: SystemAuthor,
): Promise<{ inserted: number }> => {
  const schema = syncedTables[table].fields.strict();
  const valid = rows.map((row) => ({
    id: row.id,
    fields: schema.parse(row.fields),
  }));
  // Rules' rows (shifts, notes) are locked first, as a push locks them, so a leader's overlap check
  // sees a seeded shift or waits for it. A second call in one transaction (import-list) locks after
  // the counter, out of order; its tables have no such rules, so it takes none.
  await takeLocks(
    tx,
    newRowLockKeys(
      valid.map((row) => ({ table, id: row.id })),
      new Set(),
    ),
  );
  const existing = new Set(
    (
      await loadRows(
        tx,
        valid.map((row) => ({ table, id: row.id })),
      )
    ).map((row) => row.id),
  );
  let version = await lockVersionCounter(tx);
  const fresh: StoredRow[] = [];
  for (const row of valid) {
    if (existing.has(row.id)) continue;
    existing.add(row.id);
    version += 1;
    const stamp: FieldStamp = { v: version, s: 'system', n: author.name, c: author.clientId };
    fresh.push({
      table,
      id: row.id,
      departmentId: departmentOf(row.fields),
      version,
      deleted: false,
      fields: row.fields,
      fieldStamps: Object.fromEntries(Object.keys(row.fields).map((field) => [field, stamp])),
      updatedBy: 'system',
      updatedClient: author.clientId,
      updatedAt: now.toISOString(),
    });
  }
  // A row a desk created meanwhile under the same id stays the desk's (its version is a harmless gap).
  await insertRows(tx, fresh);
  if (fresh.length > 0) await writeVersionCounter(tx, version);
  return { inserted: fresh.length };
};
