import type { Queryable } from '../db/types';
import { rowKey, type FieldStamp, type StoredRow } from './rowState';
import { scopeKeysOf } from './rowScope';

type RowRecord = {
  table_name: string;
  id: string;
  department_id: string | null;
  version: unknown;
  deleted: boolean;
  fields: Record<string, unknown>;
  field_versions: Record<string, FieldStamp>;
  updated_by: string;
  updated_client: string;
  updated_at: unknown;
};

/**
 * The columns a `RowRecord` reads, named rather than `*`: a prepared statement (server/db/pg.ts) whose
 * result columns change under it — a later migration adding one while this process runs — fails with
 * "cached plan must not change result type" on every use.
 */
const recordColumns =
  'table_name, id, department_id, version, deleted, fields, field_versions, updated_by, updated_client, updated_at';

export const toIso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

const fromRecord = (record: RowRecord): StoredRow => ({
  table: record.table_name,
  id: record.id,
  departmentId: record.department_id,
  version: Number(record.version),
  deleted: record.deleted,
  fields: record.fields,
  fieldStamps: record.field_versions,
  updatedBy: record.updated_by,
  updatedClient: record.updated_client,
  updatedAt: toIso(record.updated_at),
});

/** The `= ANY` parameters of a key list: its tables and its ids (see `loadRows` for why not pairs). */
export const keyParams = (keys: readonly { table: string; id: string }[]): [string[], string[]] => [
  [...new Set(keys.map((key) => key.table))],
  keys.map((key) => key.id),
];

/** Records of the rows at `keys` exactly: `= ANY` on both columns may also find other pairs. */
const exactly = (keys: readonly { table: string; id: string }[], records: readonly RowRecord[]) => {
  const wanted = new Set(keys.map((key) => rowKey(key.table, key.id)));
  return records.filter((record) => wanted.has(rowKey(record.table_name, record.id))).map(fromRecord);
};

/**
 * All the batch's rows in one round trip instead of one query per mutation. `forUpdate`: each row
 * stays locked until the transaction ends, taken in key order (a push's rows, docs/sync.md "Push").
 */
export const loadRows = async (
  db: Queryable,
  keys: readonly { table: string; id: string }[],
  options: { forUpdate?: boolean } = {},
): Promise<StoredRow[]> => {
  if (keys.length === 0) return [];
  // `= ANY` on both key columns uses the primary key index; a join against unnest() lets the planner
  // pick a sequential scan of the whole table once it is large. Pairs are matched exactly (a row of
  // another pair locked too only waits a little longer).
  const result = await db.query<RowRecord>(
    `SELECT ${recordColumns} FROM rows WHERE table_name = ANY($1::text[]) AND id = ANY($2::text[])${
      options.forUpdate ? ' ORDER BY table_name, id FOR UPDATE' : ''
    }`,
    keyParams(keys),
  );
  return exactly(keys, result.rows);
};

/**
 * The same rows locked as `loadRows(…, { forUpdate: true })` does, as one json array in a larger
 * statement (a push reads them with its client's state in one round trip). `tables` and `ids` are SQL
 * expressions of the `keyParams`; read the value with `rowsFromJson`.
 */
export const lockedRowsJsonSql = (tables: string, ids: string): string => `(
  SELECT json_agg(r) FROM (
    SELECT ${recordColumns}
      FROM rows WHERE table_name = ANY(${tables}) AND id = ANY(${ids})
     ORDER BY table_name, id FOR UPDATE) r)`;

/** The rows at `keys` from a `lockedRowsJsonSql` value (the driver may hand json over parsed or not). */
export const rowsFromJson = (keys: readonly { table: string; id: string }[], value: unknown): StoredRow[] => {
  const records: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(records) ? exactly(keys, records as RowRecord[]) : [];
};

/** The rows of a batch as one JSON document: both drivers pass it the same way, for 1 or 500 rows. */
export const rowsPayload = (rows: readonly StoredRow[]): string =>
  JSON.stringify(
    rows.map((row) => {
      const scope = scopeKeysOf(row);
      return {
        table_name: row.table,
        id: row.id,
        department_id: row.departmentId,
        version: row.version,
        deleted: row.deleted,
        fields: row.fields,
        field_versions: row.fieldStamps,
        updated_by: row.updatedBy,
        updated_client: row.updatedClient,
        updated_at: row.updatedAt,
        hall_id: scope.hallId,
        scope_day: scope.day,
        scope_current: scope.current,
        scope_everywhere: scope.everywhere,
      };
    }),
  );

/**
 * A multi-row upsert of `rowsPayload` given by the SQL expression `source` (jsonb, e.g. `$1::jsonb`).
 * The scope keys' history columns (migration 4) are derived from the stored row being replaced: `current_from` is the first version the
 * row was current at, `current_until` the version that last ended a current spell.
 */
export const upsertRowsSql = (source: string): string => `${insertRowsSql(source)}
  ON CONFLICT (table_name, id) DO UPDATE SET
    department_id = EXCLUDED.department_id, version = EXCLUDED.version, deleted = EXCLUDED.deleted,
    fields = EXCLUDED.fields, field_versions = EXCLUDED.field_versions, updated_by = EXCLUDED.updated_by,
    updated_client = EXCLUDED.updated_client, updated_at = EXCLUDED.updated_at,
    hall_id = EXCLUDED.hall_id, scope_day = EXCLUDED.scope_day, scope_current = EXCLUDED.scope_current,
    current_from = COALESCE(rows.current_from, EXCLUDED.current_from),
    current_until = CASE WHEN rows.scope_current AND NOT EXCLUDED.scope_current
                         THEN EXCLUDED.version ELSE rows.current_until END,
    scope_everywhere = EXCLUDED.scope_everywhere,
    everywhere_from = COALESCE(rows.everywhere_from, EXCLUDED.everywhere_from),
    everywhere_until = CASE WHEN rows.scope_everywhere AND NOT EXCLUDED.scope_everywhere
                            THEN EXCLUDED.version ELSE rows.everywhere_until END`;

/**
 * Inserts rows that were not there when read, leaving alone any that another writer created meanwhile
 * (`RETURNING` tells which went in): an id created twice at once is never silently overwritten.
 */
export const insertNewRowsSql = (source: string): string =>
  `${insertRowsSql(source)}
  ON CONFLICT (table_name, id) DO NOTHING`;

const insertRowsSql = (source: string): string => `
  INSERT INTO rows (table_name, id, department_id, version, deleted, fields, field_versions,
                    updated_by, updated_client, updated_at, hall_id, scope_day, scope_current, current_from,
                    scope_everywhere, everywhere_from)
  SELECT table_name, id, department_id, version, deleted, fields, field_versions,
         updated_by, updated_client, updated_at, hall_id, scope_day, scope_current,
         CASE WHEN scope_current THEN version END, scope_everywhere, CASE WHEN scope_everywhere THEN version END
    FROM jsonb_to_recordset(${source}) AS x(table_name text, id text, department_id text, version bigint,
         deleted boolean, fields jsonb, field_versions jsonb, updated_by text, updated_client text,
         updated_at timestamptz, hall_id text, scope_day date, scope_current boolean,
         scope_everywhere boolean)`;

/** Inserts rows not stored yet; an id another writer stored meanwhile is left as it is. */
export const insertRows = async (db: Queryable, rows: readonly StoredRow[]): Promise<void> => {
  if (rows.length > 0) await db.query(insertNewRowsSql('$1::jsonb'), [rowsPayload(rows)]);
};

export type Columns = readonly (readonly [name: string, type: string])[];

/** Inserts plain records (column name -> value), a jsonb array given by SQL `source`, into `table`. */
export const insertRecordsSql = (
  table: 'conflicts' | 'rejections',
  columns: Columns,
  source: string,
): string => {
  const names = columns.map(([name]) => name).join(', ');
  const definition = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset(${source}) AS x(${definition})`;
};

/** Writes the counter back; callers hold its row lock (`lockVersionCounter`). */
export const writeVersionCounter = async (db: Queryable, value: number): Promise<void> => {
  await db.query('UPDATE version_counter SET value = $1 WHERE id = 1', [value]);
};
