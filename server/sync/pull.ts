import { maxPullLimit, pullQuerySchema, schemaVersion, type PullResponse } from '../../shared/sync/contract';
import { syncedTableNames, syncedTables } from '../../shared/sync/tables';
import type { IsoInstant } from '../../shared/time';
import type { Session } from '../auth/sessions';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { hasUnstorableText } from '../http/storableText';
import { checkClientDevice, conflictsFor } from './pullConflicts';
import { toIso } from './rowStore';

const cityWideTables = syncedTableNames.filter((name) => syncedTables[name].scope === 'departmentOrCityWide');

type PageRecord = {
  high_water: unknown;
  table_name: string | null;
  id: string | null;
  version: unknown;
  deleted: boolean | null;
  fields: Record<string, unknown> | null;
  updated_by: string | null;
  updated_at: unknown;
};

export type PullQuery = { since: number; limit: number; clientId?: string };

export const parsePullQuery = (query: Record<string, string>): PullQuery => {
  const parsed = pullQuerySchema.safeParse(query);
  if (!parsed.success || hasUnstorableText(parsed.data.clientId)) {
    throw new HttpError(
      400,
      'invalid_request',
      `since must be an integer ≥ 0, limit 1–${maxPullLimit} and clientId 1–80 characters.`,
    );
  }
  const { since, limit, clientId } = parsed.data;
  return clientId === undefined ? { since, limit } : { since, limit, clientId };
};

/**
 * One statement, so the page and the high-water mark come from the same snapshot. When the page is
 * the last one, the cursor jumps to the high-water mark: versions of rows this caller may not read are
 * skipped for good instead of being scanned again on every pull.
 */
export const pull = async (
  db: Queryable,
  session: Session,
  since: number,
  limit: number,
  clientId?: string,
): Promise<PullResponse> => {
  if (clientId !== undefined) await checkClientDevice(db, clientId, session.deviceId);
  const result = await db.query<PageRecord>(
    `WITH high AS (SELECT value AS high_water FROM version_counter WHERE id = 1),
     page AS (
       SELECT table_name, id, version, deleted, fields, updated_by, updated_at
         FROM rows
        WHERE version > $1
          AND table_name = ANY($2::text[])
          AND (department_id = $3 OR (department_id IS NULL AND table_name = ANY($4::text[])))
        ORDER BY version
        LIMIT $5)
     SELECT high.high_water, page.* FROM high LEFT JOIN page ON true ORDER BY page.version`,
    [since, syncedTableNames, session.departmentId, cityWideTables, limit + 1],
  );
  const highWater = Number(result.rows[0]?.high_water ?? 0);
  const records = result.rows.filter((record) => record.id !== null);
  const hasMore = records.length > limit;
  const page = records.slice(0, limit);
  const rows = page.map((record) => ({
    table: record.table_name as string,
    id: record.id as string,
    version: Number(record.version),
    deleted: record.deleted === true,
    fields: record.fields ?? {},
    updatedBy: record.updated_by ?? '',
    updatedAt: toIso(record.updated_at) as IsoInstant,
  }));
  const last = rows.at(-1)?.version;
  const cursor = hasMore && last !== undefined ? last : Math.max(since, highWater);
  const response: PullResponse = {
    rows,
    cursor,
    hasMore,
    schemaVersion,
    highWater: Math.max(since, highWater),
  };
  if (clientId === undefined) return response;
  return { ...response, conflicts: await conflictsFor(db, session, clientId, since, cursor, cityWideTables) };
};
