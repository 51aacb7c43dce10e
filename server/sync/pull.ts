import {
  maxPinned,
  maxPullLimit,
  pullQuerySchema,
  schemaVersion,
  type PullResponse,
} from '../../shared/sync/contract';
import { recordIdSchema } from '../../shared/ids';
import { syncedTableNames, syncedTables } from '../../shared/sync/tables';
import type { IsoInstant } from '../../shared/time';
import type { Session } from '../auth/sessions';
import type { Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { hasUnstorableText } from '../http/storableText';
import { checkClientDevice, conflictsFor } from './pullConflicts';
import { toIso } from './rowStore';
import { echoScope, parseScopeParams, type ResolvedScope } from './pullScope';
import type { DeskScope } from '../../shared/sync/scope';

const cityWideTables = syncedTableNames.filter((name) => syncedTables[name].scope === 'departmentOrCityWide');

type PageRecord = {
  high_water: unknown;
  epoch: string;
  base_version: unknown;
  table_name: string | null;
  id: string | null;
  version: unknown;
  deleted: boolean | null;
  fields: Record<string, unknown> | null;
  updated_by: string | null;
  updated_at: unknown;
};

export type PullQuery = {
  since: number;
  limit: number;
  clientId?: string;
  scope?: DeskScope;
  epoch?: string;
  /** With a scope: the cursor the desk's rows were pulled to before its scope changed (re-pull). */
  heldSince?: number;
  /** With a scope: cases the desk fetched by look-up and keeps while open; their changes are sent. */
  pinned?: string[];
};

const pinnedMessage = `pinned must be up to ${maxPinned} comma-separated case ids.`;

export const parsePinned = (value: string | undefined): string[] | undefined => {
  if (value === undefined) return undefined;
  const ids = value === '' ? [] : value.split(',');
  if (ids.length > maxPinned || ids.some((id) => !recordIdSchema.safeParse(id).success))
    throw new HttpError(400, 'invalid_request', pinnedMessage);
  return ids;
};

export const parsePullQuery = (query: Record<string, string>): PullQuery => {
  const { hallId, reach, windowDays, ...base } = query;
  const scope = parseScopeParams({ hallId, reach, windowDays });
  const parsed = pullQuerySchema.safeParse(base);
  // A list too long says so, not the general message below.
  if (base.pinned !== undefined && base.pinned.length > maxPinned * 81)
    throw new HttpError(400, 'invalid_request', pinnedMessage);
  if (!parsed.success || hasUnstorableText(parsed.data.clientId)) {
    throw new HttpError(
      400,
      'invalid_request',
      `since must be an integer ≥ 0, limit 1–${maxPullLimit} and clientId 1–80 characters.`,
    );
  }
  const { since, limit, clientId, epoch, heldSince } = parsed.data;
  const pinned = parsePinned(parsed.data.pinned);
  return {
    since,
    limit,
    ...(heldSince === undefined || scope === undefined ? {} : { heldSince }),
    ...(pinned === undefined || scope === undefined ? {} : { pinned }),
    ...(clientId === undefined ? {} : { clientId }),
    ...(epoch === undefined ? {} : { epoch }),
    ...(scope === undefined ? {} : { scope }),
  };
};

/**
 * A scoped pull's filter (docs/sync.md, "Scopes"): rows without a window; rows kept everywhere (a case
 * awaiting its return visit); and, of its own hall (or hall-less, or any for a department desk), rows
 * kept whatever their day (an open case) and the history inside the window. Plus the version that
 * ended a spell during which the desk held the row (its cursor lies inside the spell): it learns the
 * case closed. A row with a version ≤ cursor outside the scope can only enter it by being written again
 * (the window only moves forward), so the cursor may jump past it; a wider scope pulls again from 0.
 * Plus every row whose last write came from the puller's own client (`$8`): a push acknowledgement
 * does not raise the desk's version (the fields others wrote before it are unseen), so a row the desk
 * wrote outside its scope — a case fetched by look-up — must come back to it to catch up.
 * While a desk pulls again from 0 after a scope change, it still holds the rows of its old cursor
 * (`$9`, heldSince): a spell that covered that cursor counts too, so a row it held that left the scope
 * meanwhile is sent and evicted rather than kept stale (nothing needs clearing before the re-pull).
 * Plus the cases the desk looked up and keeps while open (`$10`, pinned): their changes keep coming.
 */
const scopeFilter = `
          AND (scope_day IS NULL OR scope_everywhere
               OR (everywhere_from <= $1 AND everywhere_until > $1)
               OR (everywhere_from <= $9 AND everywhere_until > $9)
               OR updated_client = $8
               OR (table_name = 'cases' AND id = ANY($10::text[]))
               OR (($7::text IS NULL OR hall_id IS NULL OR hall_id = $7)
                   AND (scope_current OR scope_day >= ($6::jsonb ->> table_name)::date
                        OR (current_from <= $1 AND current_until > $1)
                        OR (current_from <= $9 AND current_until > $9))))`;

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
  scope?: ResolvedScope,
  expectedEpoch?: string,
  heldSince?: number,
  pinned: readonly string[] = [],
): Promise<PullResponse> => {
  if (clientId !== undefined) await checkClientDevice(db, clientId, session.deviceId);
  const scopeParams =
    scope === undefined
      ? []
      : [
          JSON.stringify(scope.fromByTable),
          scope.reach === 'hall' ? scope.hallId : null,
          clientId ?? null,
          heldSince ?? null,
          pinned,
        ];
  const result = await db.query<PageRecord>(
    `WITH high AS (
       SELECT v.value AS high_water, e.epoch, e.base_version
         FROM version_counter v, server_epoch e WHERE v.id = 1 AND e.id = 1),
     page AS (
       SELECT table_name, id, version, deleted, fields, updated_by, updated_at
         FROM rows
        WHERE version > $1
          AND table_name = ANY($2::text[])
          AND (department_id = $3 OR (department_id IS NULL AND table_name = ANY($4::text[])))${scope === undefined ? '' : scopeFilter}
        ORDER BY version
        LIMIT $5)
     SELECT high.high_water, high.epoch, high.base_version, page.* FROM high LEFT JOIN page ON true ORDER BY page.version`,
    [since, syncedTableNames, session.departmentId, cityWideTables, limit + 1, ...scopeParams],
  );
  const head = result.rows[0];
  if (!head) throw new Error('version_counter or server_epoch is missing: run the migrations');
  if (expectedEpoch !== undefined && expectedEpoch !== head.epoch) {
    // Rows of this page may carry versions the desk already saw with another meaning (docs/sync.md).
    // The desk's seqs went back with the restore too: say where they stand, as a push would, so a desk
    // with nothing pending does not carry on from a seq the server no longer counts.
    const counted =
      clientId === undefined
        ? undefined
        : await db.query<{ last_seq: unknown }>('SELECT last_seq FROM clients WHERE client_id = $1', [
            clientId,
          ]);
    throw new HttpError(409, 'epoch_changed', 'The server was restored from a backup; sync again.', {
      epoch: head.epoch,
      epochBaseVersion: Number(head.base_version),
      ...(counted === undefined ? {} : { lastSeq: Number(counted.rows[0]?.last_seq ?? 0) }),
    });
  }
  const highWater = Number(head.high_water ?? 0);
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
    epoch: head.epoch,
    roles: session.roles,
    ...(scope === undefined ? {} : { scope: echoScope(scope) }),
  };
  if (clientId === undefined) return response;
  const capped = await conflictsFor(db, session, clientId, since, cursor, cityWideTables, limit);
  if (capped.cursor === cursor) return { ...response, conflicts: capped.conflicts };
  // More conflicts than a page holds: the page ends below the first one left out.
  return {
    ...response,
    rows: rows.filter((row) => row.version <= capped.cursor),
    cursor: capped.cursor,
    hasMore: true,
    conflicts: capped.conflicts,
  };
};
