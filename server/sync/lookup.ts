import { lookupQuerySchema, maxLookupRows, type LookupResponse } from '../../shared/sync/contract';
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
  const [name, value] = keys[0] as [keyof typeof parsed.data, string];
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
