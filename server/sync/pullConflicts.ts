import type { PulledConflict } from '../../shared/sync/contract';
import type { IsoInstant } from '../../shared/time';
import type { Session } from '../auth/sessions';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { toIso } from './rowStore';

type ConflictRow = {
  id: unknown;
  table_name: string;
  row_id: string;
  field: string;
  new_value: unknown;
  new_by: string | null;
  their_value: unknown;
  version: unknown;
  created_at: unknown;
  row_deleted: boolean | null;
  edit_refused: boolean | null;
};

/**
 * A clientId is bound to the device that first pushed it (as for push): another device's token asking
 * for its conflicts is refused, so one desk never reads what was addressed to another.
 */
export const checkClientDevice = async (db: Queryable, clientId: string, deviceId: string): Promise<void> => {
  const found = await db.query<{ device_id: string }>('SELECT device_id FROM clients WHERE client_id = $1', [
    clientId,
  ]);
  const bound = found.rows[0]?.device_id;
  if (bound !== undefined && bound !== deviceId) {
    throw new HttpError(403, 'client_device_mismatch', 'This clientId belongs to another device.');
  }
};

/**
 * Conflicts that overwrote `clientId`'s changes, at row versions in (since, cursor]. Delivery is
 * idempotent rather than marked: paging by cursor hands each out once, and a pull whose answer was lost
 * is replayed with the same `since` and gets the same ones again. Every conflict with a version ≤ cursor
 * committed together with its row before the cursor was read, so none can appear later in that range.
 * Only conflicts on rows the caller may read now are sent.
 *
 * At most `limit` per page: the versions they name may be in no page's rows (the row moved on since),
 * so a desk pulling from 0 would otherwise get every conflict ever addressed to it in one answer. When
 * there are more, `cursor` comes back lowered to just below the first version left out; the caller
 * ends the page there, so the rest come with the next page and none is skipped or sent twice.
 */
export const conflictsFor = async (
  db: Queryable,
  session: Session,
  clientId: string,
  since: number,
  cursor: number,
  cityWideTables: readonly string[],
  limit: number,
): Promise<{ conflicts: PulledConflict[]; cursor: number }> => {
  if (cursor <= since) return { conflicts: [], cursor };
  const result = await db.query<ConflictRow>(
    `SELECT c.id, c.table_name, c.row_id, c.field, c.new_value, c.new_by, c.their_value, c.version, c.created_at,
            c.row_deleted, c.edit_refused
       FROM conflicts c
       JOIN rows r ON r.table_name = c.table_name AND r.id = c.row_id
      WHERE c.overwritten_client_id = $1 AND c.version > $2 AND c.version <= $3
        AND (r.department_id = $4 OR (r.department_id IS NULL AND r.table_name = ANY($5::text[])))
      ORDER BY c.version, c.id
      LIMIT $6`,
    [clientId, since, cursor, session.departmentId, cityWideTables, limit + 1],
  );
  let rows = result.rows;
  let end = cursor;
  if (rows.length > limit) {
    const firstLeftOut = Number(rows[limit]!.version);
    // One row version carries at most one conflict per field, far fewer than a page: if a whole page
    // shares the version left out, that version is sent whole rather than cut.
    const cut = rows.filter((row) => Number(row.version) < firstLeftOut);
    if (cut.length > 0) {
      rows = cut;
      end = firstLeftOut - 1;
    }
  }
  const conflicts = rows.map((row) => ({
    id: Number(row.id),
    table: row.table_name,
    rowId: row.row_id,
    field: row.field,
    theirValue: row.new_value,
    theirBy: row.new_by ?? '',
    yourValue: row.their_value,
    version: Number(row.version),
    at: toIso(row.created_at) as IsoInstant,
    ...(row.row_deleted ? { deleted: true } : {}),
    ...(row.edit_refused ? { editRefused: true } : {}),
  }));
  return { conflicts, cursor: end };
};
