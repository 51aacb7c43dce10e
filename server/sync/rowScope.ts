import { isSyncedTableName, syncedTables, type TableDeclaration } from '../../shared/sync/tables';
import { keysOfRow, type RowScopeKeys } from '../../shared/sync/scope';
import type { StoredRow } from './rowState';

/** A table without a replication rule is kept whole: no day, so no window ever drops its rows. */
const wholeTable: RowScopeKeys = { hallId: null, day: null, current: false, everywhere: false };

/**
 * The replication keys stored beside a row (migration 4), from its table's declared rule. A tombstone
 * is never current: the desks that held it because it was open are sent the delete (current_until).
 */
export const scopeKeysOf = (
  row: Pick<StoredRow, 'table' | 'fields' | 'updatedAt' | 'deleted'>,
): RowScopeKeys => {
  if (!isSyncedTableName(row.table)) return wholeTable;
  const declaration: TableDeclaration = syncedTables[row.table];
  if (!declaration.replication) return wholeTable;
  return keysOfRow(declaration.replication.keys(row.fields, row.updatedAt), row.deleted);
};
