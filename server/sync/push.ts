import { z } from 'zod';
import {
  maxPushMutations,
  mutationSchema,
  schemaVersion,
  type Mutation,
  type PushResponse,
  type PushResult,
} from '../../shared/sync/contract';
import type { Session } from '../auth/sessions';
import type { Database, Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { holdsTooDeep, maxJsonDepth } from '../http/jsonDepth';
import { hasUnstorableText, storableCopy } from '../http/storableText';
import { applyMutation, type ConflictRecord } from './applyMutation';
import type { Refusal } from './permissions';
import type { RowRef, TableRules } from '../../shared/sync/rowRules';
import { isSyncedTableName, syncedTables, type TableDeclaration } from '../../shared/sync/tables';
import { rowKey, type StoredRow, type Writer } from './rowState';
import {
  insertRecordsSql,
  loadRows,
  lockVersions,
  rowsPayload,
  upsertRowsSql,
  type Columns,
} from './rowStore';

/**
 * The envelope is checked loosely so that one malformed mutation becomes a `rejected` result (its seq
 * still advances) instead of a 400 that would block every mutation queued behind it.
 */
const envelopeSchema = z.object({
  clientId: z.string().min(1).max(80),
  schemaVersion: z.number().int(),
  mutations: z.array(z.looseObject({ seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) })),
});

type Envelope = z.infer<typeof envelopeSchema>;
type RawMutation = Envelope['mutations'][number];

const parseEnvelope = (body: unknown): Envelope => {
  if (typeof body === 'object' && body !== null && 'mutations' in body && Array.isArray(body.mutations)) {
    if (body.mutations.length > maxPushMutations) {
      throw new HttpError(
        413,
        'too_many_mutations',
        `Push at most ${maxPushMutations} mutations per request.`,
      );
    }
  }
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success || hasUnstorableText(parsed.data.clientId)) {
    throw new HttpError(
      400,
      'invalid_request',
      'Send clientId, schemaVersion and mutations, each with a seq.',
    );
  }
  return parsed.data;
};

type Decided =
  | { seq: number; kind: 'duplicate' }
  | { seq: number; kind: 'parsed'; mutation: Mutation }
  | { seq: number; kind: 'refused'; raw: RawMutation; refusal: Refusal };

const refuseUnparsed = (raw: RawMutation, clientSchemaVersion: number): Refusal | Mutation => {
  if (clientSchemaVersion !== schemaVersion) {
    return {
      reason: 'schema_mismatch',
      message: `The client speaks schema ${clientSchemaVersion}; this server speaks ${schemaVersion}.`,
    };
  }
  if (holdsTooDeep(raw)) {
    return { reason: 'invalid_fields', message: `The mutation nests deeper than ${maxJsonDepth} levels.` };
  }
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success || hasUnstorableText(raw)) {
    return { reason: 'invalid_fields', message: 'The mutation is malformed.' };
  }
  return parsed.data;
};

/**
 * Orders the batch by seq and classifies it. A gap anywhere (first new seq not lastSeq + 1, or new seqs
 * not consecutive) refuses the whole request before anything is applied, so a 409 never leaves a batch
 * half-done and the client simply resends from `expectedSeq`.
 */
const classify = (envelope: Envelope, lastSeq: number): Decided[] => {
  const sorted = [...envelope.mutations].sort((a, b) => a.seq - b.seq);
  let expected = lastSeq + 1;
  return sorted.map((raw): Decided => {
    if (raw.seq < expected) return { seq: raw.seq, kind: 'duplicate' };
    if (raw.seq > expected) {
      throw new HttpError(409, 'seq_gap', `Expected seq ${expected}, got ${raw.seq}.`, {
        expectedSeq: expected,
      });
    }
    expected += 1;
    const parsed = refuseUnparsed(raw, envelope.schemaVersion);
    return 'reason' in parsed
      ? { seq: raw.seq, kind: 'refused', raw, refusal: parsed }
      : { seq: raw.seq, kind: 'parsed', mutation: parsed };
  });
};

/**
 * The client's state and the version counter in one round trip: the push lock is held from here to
 * commit, so every round trip inside it delays every other desk.
 */
const readClientAndCounter = async (
  tx: Queryable,
  clientId: string,
  deviceId: string,
): Promise<{ lastSeq: number; counter: number }> => {
  const found = await tx.query<{ counter: unknown; device_id: string | null; last_seq: unknown }>(
    `SELECT (SELECT value FROM version_counter WHERE id = 1) AS counter, c.device_id, c.last_seq
       FROM (SELECT 1) AS one LEFT JOIN clients c ON c.client_id = $1`,
    [clientId],
  );
  const row = found.rows[0];
  // A client is bound to the device of the first token that pushed it; another device is refused.
  if (row?.device_id && row.device_id !== deviceId) {
    throw new HttpError(403, 'client_device_mismatch', 'This clientId belongs to another device.');
  }
  return { lastSeq: Number(row?.last_seq ?? 0), counter: Number(row?.counter ?? 0) };
};

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

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' ? value.slice(0, 200) : null;

/** Applies one push request in one transaction (ARCHITECTURE.md, "Sync contract v1"). */
export const push = async (
  db: Database,
  session: Session,
  body: unknown,
  now: Date,
): Promise<PushResponse> => {
  const envelope = parseEnvelope(body);
  const writer: Writer = {
    staffId: session.staffId,
    staffName: session.staffName,
    roles: session.roles,
    departmentId: session.departmentId,
    clientId: envelope.clientId,
  };
  const createdAt = now.toISOString();

  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const { lastSeq, counter } = await readClientAndCounter(tx, envelope.clientId, session.deviceId);
    const decided = classify(envelope, lastSeq);

    const parsed = decided.flatMap((entry) => (entry.kind === 'parsed' ? [entry.mutation] : []));
    const current = new Map<string, StoredRow>();
    for (const row of await loadRows(tx, dedupeKeys(parsed))) current.set(rowKey(row.table, row.id), row);
    // Rows the tables' rules look at (the note an update belongs to, overlapping shifts): one more read.
    const related = relatedKeys(parsed, current).filter((ref) => !current.has(rowKey(ref.table, ref.id)));
    for (const row of await loadRows(tx, related)) current.set(rowKey(row.table, row.id), row);
    const lookup = (ref: RowRef) => current.get(rowKey(ref.table, ref.id));

    let version = counter;
    const touched = new Map<string, StoredRow>();
    const conflicts: Record<string, unknown>[] = [];
    const rejections: Record<string, unknown>[] = [];
    const results: PushResult[] = [];

    const reject = (seq: number, raw: unknown, refusal: Refusal) => {
      const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      rejections.push({
        client_id: envelope.clientId,
        staff_id: session.staffId,
        seq,
        mutation_id: textOrNull(storableCopy(record.mutationId)),
        table_name: textOrNull(storableCopy(record.table)),
        row_id: textOrNull(storableCopy(record.rowId)),
        reason: refusal.reason,
        message: refusal.message,
        mutation: storableCopy(raw),
        created_at: createdAt,
      });
      results.push({ seq, status: 'rejected', reason: refusal.reason, message: refusal.message });
    };

    const earlierRejections = await findRejections(
      tx,
      envelope.clientId,
      decided.flatMap((entry) => (entry.kind === 'duplicate' ? [entry.seq] : [])),
    );
    for (const entry of decided) {
      if (entry.kind === 'duplicate') {
        // A resent seq we once rejected (the answer was lost) says so again, or the desk would
        // take the duplicate for an acknowledgement and the write would vanish unseen.
        const rejected = earlierRejections.get(entry.seq);
        results.push({ seq: entry.seq, status: 'duplicate', ...rejected });
        continue;
      }
      if (entry.kind === 'refused') {
        reject(entry.seq, entry.raw, entry.refusal);
        continue;
      }
      const { mutation } = entry;
      const key = rowKey(mutation.table, mutation.rowId);
      const outcome = applyMutation(mutation, current.get(key), writer, version + 1, now, lookup);
      if (outcome.kind === 'rejected') {
        reject(entry.seq, mutation, outcome);
      } else if (outcome.kind === 'unchanged') {
        results.push({ seq: entry.seq, status: 'applied', version: outcome.version });
      } else {
        version += 1;
        current.set(key, outcome.row);
        touched.set(key, outcome.row);
        conflicts.push(
          ...outcome.conflicts.map((c) => conflictRecord(c, mutation, writer, version, createdAt)),
        );
        results.push({
          seq: entry.seq,
          status: 'applied',
          version,
          ...(outcome.conflicts.length > 0
            ? {
                conflicts: outcome.conflicts.map(({ field, theirValue, theirBy }) => ({
                  field,
                  theirValue,
                  theirBy,
                })),
              }
            : {}),
        });
      }
    }

    const newLastSeq = Math.max(lastSeq, ...decided.map((entry) => entry.seq));
    // All writes in one statement, again to keep the lock short. Binding a new client is the insert.
    await tx.query(
      `WITH saved_rows AS (${upsertRowsSql(1)} RETURNING 1),
            saved_conflicts AS (${insertRecordsSql('conflicts', conflictColumns, 2)} RETURNING 1),
            saved_rejections AS (${insertRecordsSql('rejections', rejectionColumns, 3)} RETURNING 1),
            counter AS (UPDATE version_counter SET value = $4 WHERE id = 1 RETURNING 1),
            client AS (
              INSERT INTO clients (client_id, device_id, last_seq, created_at, updated_at)
              VALUES ($5, $6, $7, $8, $8)
              ON CONFLICT (client_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, updated_at = EXCLUDED.updated_at
              RETURNING 1)
       SELECT 1`,
      [
        rowsPayload([...touched.values()]),
        JSON.stringify(conflicts),
        JSON.stringify(rejections),
        version,
        envelope.clientId,
        session.deviceId,
        newLastSeq,
        createdAt,
      ],
    );
    return { lastSeq: newLastSeq, results };
  });
};

const findRejections = async (
  tx: Queryable,
  clientId: string,
  seqs: readonly number[],
): Promise<Map<number, Refusal>> => {
  if (seqs.length === 0) return new Map();
  const found = await tx.query<{ seq: unknown; reason: Refusal['reason']; message: string }>(
    'SELECT seq, reason, message FROM rejections WHERE client_id = $1 AND seq = ANY($2::bigint[])',
    [clientId, seqs],
  );
  return new Map(found.rows.map((row) => [Number(row.seq), { reason: row.reason, message: row.message }]));
};

/** Rows named by the rules of the tables written, from each row's fields as they will be merged. */
const relatedKeys = (mutations: readonly Mutation[], current: ReadonlyMap<string, StoredRow>): RowRef[] => {
  const keys = new Map<string, RowRef>();
  for (const m of mutations) {
    if (!isSyncedTableName(m.table)) continue;
    const declaration: TableDeclaration = syncedTables[m.table];
    const rules: TableRules | undefined = declaration.rules;
    if (!rules?.relatedRows) continue;
    const fields = { ...current.get(rowKey(m.table, m.rowId))?.fields, ...m.fields };
    for (const ref of rules.relatedRows(fields, m.rowId)) keys.set(rowKey(ref.table, ref.id), ref);
  }
  return [...keys.values()];
};

const dedupeKeys = (mutations: readonly Mutation[]) => {
  const keys = new Map<string, { table: string; id: string }>();
  for (const m of mutations) keys.set(rowKey(m.table, m.rowId), { table: m.table, id: m.rowId });
  return [...keys.values()];
};

const conflictRecord = (
  conflict: ConflictRecord,
  mutation: Mutation,
  writer: Writer,
  version: number,
  createdAt: string,
): Record<string, unknown> => ({
  table_name: mutation.table,
  row_id: mutation.rowId,
  field: conflict.field,
  client_id: writer.clientId,
  staff_id: writer.staffId,
  mutation_id: mutation.mutationId,
  base_version: mutation.baseVersion,
  version,
  their_value: conflict.theirValue,
  their_by: conflict.theirBy,
  their_version: conflict.theirVersion,
  overwritten_client_id: conflict.theirClient,
  new_value: conflict.value,
  new_by: writer.staffName,
  created_at: createdAt,
});
