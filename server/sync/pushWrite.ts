/**
 * The serialized part of a push (docs/sync.md, "Push", step 7): its versions taken and all its writes
 * committed, the version counter's lock held from the one to the other. server/sync/push.ts decides
 * every mutation first, with provisional versions.
 */

import type { Transaction } from '../db/types';
import { madeRealSql, provisionalBase, realVersion } from './provisionalVersions';
import type { FieldStamp, StoredRow } from './rowState';
import { insertNewRowsSql, insertRecordsSql, rowsPayload, upsertRowsSql, type Columns } from './rowStore';
import { takeVersions, takeVersionsSql } from './writeLocks';

const conflictColumns: Columns = [
  ['table_name', 'text'],
  ['row_id', 'text'],
  ['field', 'text'],
  ['client_id', 'text'],
  ['staff_id', 'text'],
  ['mutation_id', 'text'],
  ['base_version', 'bigint'],
  ['version', 'bigint'],
  ['their_value', 'jsonb'],
  ['their_by', 'text'],
  ['their_version', 'bigint'],
  ['overwritten_client_id', 'text'],
  ['new_value', 'jsonb'],
  ['new_by', 'text'],
  ['created_at', 'timestamptz'],
  ['row_deleted', 'boolean'],
  ['edit_refused', 'boolean'],
] as const;

const rejectionColumns: Columns = [
  ['client_id', 'text'],
  ['staff_id', 'text'],
  ['seq', 'bigint'],
  ['mutation_id', 'text'],
  ['table_name', 'text'],
  ['row_id', 'text'],
  ['reason', 'text'],
  ['message', 'text'],
  ['mutation', 'jsonb'],
  ['created_at', 'timestamptz'],
] as const;

/**
 * Pushes writing at most this many rows and conflicts take their versions in the statement that writes
 * them, their provisional versions made real there: no round trip through this process holds the
 * counter's lock. On a busy CPU that round trip waited for this process's event loop, and every other
 * push on the deployment waited for the lock meanwhile (docs/benchmarks.md, issue 9). A bigger push takes
 * the counter just before and maps its versions here: rewriting 500 rows' field stamps in SQL made it
 * about a third slower, and its own write is most of the time it holds the lock anyway.
 */
const mappedInStatementUpTo = 16;

/** What the write statement refuses with (migration 14's `oncedesk_refuse`, SQLSTATE OD001). */
const refusedRowCreated = 'row_created_meanwhile';
const refusedEpochChanged = 'epoch_changed';
const statementRefusal = (error: unknown): string | undefined => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'OD001' && typeof message === 'string' ? message : undefined;
};

/**
 * All of a push's writes in one statement, committed in the same round trip (`Transaction.commitWith`):
 * no answer has to reach this process, and no COMMIT come back from it, while the counter's lock is
 * held. Binding a new client is its insert. The statement itself refuses, before anything commits, a
 * push whose new rows another push created meanwhile ($12 of them expected) and one that took versions
 * under an epoch that ended ($11, the epoch read with the client; null when it took none): a restore's
 * new epoch (`rotateEpoch` takes the counter's lock) committed while it was reading or waiting is seen.
 * `mapped`: the statement also takes the versions ($13 of them, see `mappedInStatementUpTo`); the
 * counter is then scanned first (it gates the epoch's read) and the epoch read locked, which gives its
 * newest version whatever the statement's snapshot. Otherwise they were taken just before, and this
 * statement's snapshot is newer than that.
 */
const writeSql = (mapped: boolean): string => {
  const shift = `((SELECT value FROM counter) - $13::bigint - ${provisionalBase})`;
  const realRows = (source: string) =>
    mapped ? madeRealSql(source, shift, ['version'], 'field_versions') : source;
  const realConflicts = mapped ? madeRealSql('$2::jsonb', shift, ['version', 'their_version']) : '$2::jsonb';
  const epochNow = `(SELECT epoch FROM server_epoch WHERE id = 1${mapped ? ' AND EXISTS (SELECT 1 FROM counter) FOR SHARE' : ''})`;
  return `WITH ${mapped ? `counter AS (${takeVersionsSql('$13::bigint')}),` : ''}
          saved_rows AS (${upsertRowsSql(realRows('$1::jsonb'))} RETURNING 1),
          created_rows AS (${insertNewRowsSql(realRows('$9::jsonb'))} RETURNING 1),
          saved_conflicts AS (${insertRecordsSql('conflicts', conflictColumns, realConflicts)} RETURNING 1),
          saved_rejections AS (${insertRecordsSql('rejections', rejectionColumns, '$3::jsonb')} RETURNING 1),
          saved_ids AS (
            INSERT INTO client_mutations (client_id, seq, mutation_id)
            SELECT $4, seq, mutation_id FROM unnest($8::bigint[], $10::text[]) AS x(seq, mutation_id)
            RETURNING 1),
          client AS (
            INSERT INTO clients (client_id, device_id, last_seq, created_at, updated_at)
            VALUES ($4, $5, $6, $7, $7)
            ON CONFLICT (client_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, updated_at = EXCLUDED.updated_at
            RETURNING 1)
     SELECT ${mapped ? '(SELECT value FROM counter)' : 'NULL'} AS last_version,
            CASE WHEN (SELECT count(*) FROM created_rows) <> $12::bigint
                 THEN oncedesk_refuse('${refusedRowCreated}') END AS created_check,
            CASE WHEN $11::text IS NOT NULL AND ${epochNow} IS DISTINCT FROM $11::text
                 THEN oncedesk_refuse('${refusedEpochChanged}') END AS epoch_check`;
};
const writeStatements = { mapped: writeSql(true), unmapped: writeSql(false) };

/**
 * The row with this push's provisional versions (its own and its fields' stamps) made real. A stamp
 * already real is kept; a provisional one (one per mutation, shared by the fields it wrote) is made
 * real once, in `made`, and shared again.
 */
const withRealVersions = (
  row: StoredRow,
  real: (version: number) => number,
  made: Map<FieldStamp, FieldStamp>,
): StoredRow => {
  const fieldStamps: Record<string, FieldStamp> = {};
  for (const [field, stamp] of Object.entries(row.fieldStamps)) {
    let realStamp = stamp.v > provisionalBase ? made.get(stamp) : stamp;
    if (!realStamp) {
      realStamp = { ...stamp, v: real(stamp.v) };
      made.set(stamp, realStamp);
    }
    fieldStamps[field] = realStamp;
  }
  return { ...row, version: real(row.version), fieldStamps };
};

/**
 * A row this push read as missing was created by another writer before this one inserted it (the same
 * new id from two clients at once): nothing is written, and the push runs again, now finding the row.
 */
export class RowCreatedMeanwhile extends Error {
  constructor() {
    super('A row was created by another push meanwhile.');
    this.name = 'RowCreatedMeanwhile';
  }
}

/** The push took versions under an epoch a restore ended meanwhile: nothing was written (then 409). */
export class EpochEnded extends Error {
  constructor(readonly lastSeq: number) {
    super('The server was restored while this push waited.');
    this.name = 'EpochEnded';
  }
}

/** What a push writes, decided with provisional versions (`assigned` of them). */
export type PushWrite = {
  assigned: number;
  /** The rows it changed, by key; `stored` says which were there before (the rest are new). */
  touched: ReadonlyMap<string, StoredRow>;
  stored: ReadonlySet<string>;
  conflicts: readonly Record<string, unknown>[];
  rejections: readonly Record<string, unknown>[];
  clientId: string;
  deviceId: string;
  lastSeq: number;
  newLastSeq: number;
  createdAt: string;
  /** Every newly counted seq and the mutation it was. */
  counted: readonly { seq: number; mutationId: string }[];
  /** The epoch read with the client's state. */
  epoch: string;
};

/**
 * Takes the push's real versions and writes and commits everything; returns the first real version
 * (0 when it took none). Throws `RowCreatedMeanwhile` or `EpochEnded` when the statement refused to
 * commit. A push that changed no row takes no versions and does not wait for the counter.
 */
export const writePush = async (tx: Transaction, write: PushWrite): Promise<number> => {
  const { assigned, touched, stored, conflicts } = write;
  const mapped = touched.size + conflicts.length <= mappedInStatementUpTo;
  const taken = assigned > 0 && !mapped ? await takeVersions(tx, assigned) : 0;
  const madeReal = new Map<FieldStamp, FieldStamp>();
  const rows = [...touched].map(([key, row]) => ({
    key,
    row: mapped ? row : withRealVersions(row, (value) => realVersion(value, taken), madeReal),
  }));
  const created = rows.filter(({ key }) => !stored.has(key)).map(({ row }) => row);
  const written = await tx
    .commitWith<{ last_version: unknown }>(mapped ? writeStatements.mapped : writeStatements.unmapped, [
      rowsPayload(rows.filter(({ key }) => stored.has(key)).map(({ row }) => row)),
      JSON.stringify(
        mapped
          ? conflicts
          : conflicts.map((record) => ({
              ...record,
              version: realVersion(Number(record.version), taken),
              their_version: realVersion(Number(record.their_version), taken),
            })),
      ),
      JSON.stringify(write.rejections),
      write.clientId,
      write.deviceId,
      write.newLastSeq,
      write.createdAt,
      write.counted.map((entry) => entry.seq),
      rowsPayload(created),
      write.counted.map((entry) => entry.mutationId),
      assigned > 0 ? write.epoch : null,
      created.length,
      ...(mapped ? [assigned] : []),
    ])
    .catch((error: unknown) => {
      const refusal = statementRefusal(error);
      if (refusal === refusedRowCreated) throw new RowCreatedMeanwhile();
      if (refusal === refusedEpochChanged) throw new EpochEnded(write.lastSeq);
      throw error;
    });
  if (assigned === 0) return 0;
  return mapped ? Number(written.rows[0]?.last_version) - assigned + 1 : taken;
};
