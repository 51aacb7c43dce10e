import { recordIdSchema } from '../../shared/ids';
import {
  lookupQuerySchema,
  maxLookupIds,
  maxLookupRows,
  type LookupResponse,
} from '../../shared/sync/contract';
import { isSyncedTableName, syncedTables, type SyncedTableName } from '../../shared/sync/tables';
import type { IsoInstant } from '../../shared/time';
import type { Session } from '../auth/sessions';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { hasUnstorableText } from '../http/storableText';
import { toIso } from './rowStore';

type Key = { column: string; value: string; revealsDepartment: boolean };

/**
 * The one look-up key of a query. A notice number or a case id names one case, so when it is another
 * department's the caller is told so; an ID number or a name is searched in the caller's department only
 * (another department's applicants are not its business, not even their existence).
 */
const parseKey = (query: Record<string, string>): Key => {
  const parsed = lookupQuerySchema.safeParse(query);
  const keys = parsed.success ? Object.entries(parsed.data).filter(([, value]) => value !== undefined) : [];
  if (!parsed.success || keys.length !== 1 || hasUnstorableText(parsed.data)) {
    throw new HttpError(
      400,
      'invalid_request',
      'Look up by exactly one of notice (≤ 40), idNumber (≤ 18), name (≤ 40) or id.',
    );
  }
  const [name, value] = keys[0] as [Exclude<keyof typeof parsed.data, 'table' | 'ids'>, string];
  switch (name) {
    case 'notice':
      return { column: "fields->'supplementNotice'->>'number'", value, revealsDepartment: true };
    case 'id':
      return { column: 'id', value, revealsDepartment: true };
    case 'idNumber':
      return { column: "fields->>'applicantIdNumber'", value: value.toUpperCase(), revealsDepartment: false };
    case 'name':
      return { column: "fields->>'applicantName'", value, revealsDepartment: false };
  }
};

type Found = {
  id: string;
  department_id: string | null;
  version: unknown;
  deleted: boolean;
  fields: Record<string, unknown>;
  updated_by: string;
  updated_at: unknown;
};

/**
 * GET /sync/lookup: cases outside a desk's replication scope, on demand, with the caller's read
 * permission (its own department's). Nothing is stored or changed on the server.
 */
export const lookupCases = async (
  db: Queryable,
  session: Session,
  query: Record<string, string>,
): Promise<LookupResponse> => {
  if (query.table !== undefined || query.ids !== undefined) return lookupRowsById(db, session, query);
  const key = parseKey(query);
  const found = await db.query<Found>(
    `SELECT id, department_id, version, deleted, fields, updated_by, updated_at FROM rows
      WHERE table_name = 'cases' AND ${key.column} = $1 AND NOT deleted
        AND (department_id = $2 OR $3::boolean)
      ORDER BY version DESC LIMIT $4`,
    [key.value, session.departmentId, key.revealsDepartment, maxLookupRows + 1],
  );
  const own = found.rows.filter((row) => row.department_id === session.departmentId);
  if (own.length === 0 && found.rows.length > 0) {
    throw new HttpError(403, 'wrong_department', 'That case belongs to another department.');
  }
  return {
    rows: own.slice(0, maxLookupRows).map((row) => ({
      table: 'cases',
      id: row.id,
      version: Number(row.version),
      deleted: row.deleted,
      fields: row.fields,
      updatedBy: row.updated_by,
      updatedAt: toIso(row.updated_at) as IsoInstant,
    })),
    truncated: own.length > maxLookupRows,
  };
};

const invalidIds = () =>
  new HttpError(
    400,
    'invalid_request',
    `Look rows up by table (a synced table) and ids (1–${maxLookupIds} comma-separated record ids), nothing else.`,
  );

const parseIds = (query: Record<string, string>): { table: SyncedTableName; ids: string[] } => {
  const { table, ids, ...rest } = query;
  if (table === undefined || ids === undefined || Object.keys(rest).length > 0) throw invalidIds();
  if (!isSyncedTableName(table)) throw invalidIds();
  const list = ids.split(',');
  if (list.length > maxLookupIds || list.some((id) => !recordIdSchema.safeParse(id).success))
    throw invalidIds();
  return { table, ids: [...new Set(list)] };
};

/**
 * GET /sync/lookup?table=&ids= (contract v1, added compatibly): the current rows of any synced table by
 * id — tombstones too, since a refused edit may be of a row deleted meanwhile — read as a pull reads
 * them: the caller's department, and city-wide rows of tables that have them. A desk fetches a row the
 * server refused its edit of this way instead of pulling the department's history again
 * (renderer/sync/refetch.ts). Ids the caller may not read are left out like ids that do not exist, so
 * the answer tells nothing about other departments' rows.
 */
const lookupRowsById = async (
  db: Queryable,
  session: Session,
  query: Record<string, string>,
): Promise<LookupResponse> => {
  const { table, ids } = parseIds(query);
  const cityWide = syncedTables[table].scope === 'departmentOrCityWide';
  const found = await db.query<Found>(
    `SELECT id, department_id, version, deleted, fields, updated_by, updated_at FROM rows
      WHERE table_name = $1 AND id = ANY($2::text[])
        AND (department_id = $3 OR (department_id IS NULL AND $4::boolean))
      ORDER BY version`,
    [table, ids, session.departmentId, cityWide],
  );
  return {
    rows: found.rows.map((row) => ({
      table,
      id: row.id,
      version: Number(row.version),
      deleted: row.deleted,
      fields: row.fields ?? {},
      updatedBy: row.updated_by ?? '',
      updatedAt: toIso(row.updated_at) as IsoInstant,
    })),
    truncated: false,
  };
};
