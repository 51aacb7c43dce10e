import { z } from 'zod';
import {
  epochSchema,
  maxPushMutations,
  mutationSchema,
  schemaVersion,
  type Mutation,
  type PushResponse,
  type PushResult,
} from '../../shared/sync/contract';
import { parseRoles, type Session } from '../auth/sessions';
import { DatabaseBusyError, isDeadlock } from '../db/pg';
import type { Database, Queryable, Transaction } from '../db/types';
import { HttpError } from '../http/errors';
import { holdsTooDeep, maxJsonDepth } from '../http/jsonDepth';
import { hasUnstorableText, storableCopy } from '../http/storableText';
import { applyMutation, type ConflictRecord } from './applyMutation';
import { readEpoch, type ServerEpoch } from './epoch';
import type { Refusal } from './permissions';
import { ruleRefusal } from './ruleRefusal';
import type { RowRef, TableRules } from '../../shared/sync/rowRules';
import { isSyncedTableName, syncedTables, type TableDeclaration } from '../../shared/sync/tables';
import { rowKey, type StoredRow, type Writer } from './rowState';
import { keyParams, loadRows, lockedRowsJsonSql, rowsFromJson } from './rowStore';
import { provisionalBase, realVersion } from './provisionalVersions';
import { EpochEnded, RowCreatedMeanwhile, writePush } from './pushWrite';
import { clientLockKey, newRowLockKeys, takeLocks } from './writeLocks';

/**
 * The envelope is checked loosely so that one malformed mutation becomes a `rejected` result (its seq
 * still advances) instead of a 400 that would block every mutation queued behind it.
 */
const envelopeSchema = z.object({
  clientId: z.string().min(1).max(80),
  schemaVersion: z.number().int(),
  epoch: epochSchema.optional(),
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
  // A desk of another schema would have each mutation refused and its seqs used up, and then undo
  // its own work; refusing the whole request counts nothing and keeps its outbox for after the update.
  if (parsed.data.schemaVersion !== schemaVersion) {
    throw new HttpError(
      409,
      'schema_mismatch',
      `The client speaks schema ${parsed.data.schemaVersion}; this server speaks ${schemaVersion}.`,
      { serverSchemaVersion: schemaVersion, clientSchemaVersion: parsed.data.schemaVersion },
    );
  }
  return parsed.data;
};

type Decided =
  | { seq: number; kind: 'duplicate'; mutationId: string; counted: boolean }
  | { seq: number; kind: 'parsed'; mutation: Mutation }
  | { seq: number; kind: 'refused'; raw: RawMutation; refusal: Refusal };

const refuseUnparsed = (raw: RawMutation): Refusal | Mutation => {
  if (holdsTooDeep(raw)) {
    return { reason: 'invalid_fields', message: `The mutation nests deeper than ${maxJsonDepth} levels.` };
  }
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success || hasUnstorableText(raw)) {
    return { reason: 'invalid_fields', message: 'The mutation is malformed.' };
  }
  return parsed.data;
};

/** The id a counted seq is recorded under; a malformed mutation without one is recorded as ''. */
const idOf = (raw: RawMutation): string =>
  typeof raw.mutationId === 'string' ? raw.mutationId.slice(0, 80) : '';

/** Each mutation of the envelope validated (or refused) before any lock is taken. */
type Checked = ReadonlyMap<RawMutation, Refusal | Mutation>;

/** What the server recorded of this client's mutations: by seq, and which ids it has counted. */
export type KnownMutations = { idAtSeq: Map<number, string>; ids: Set<string> };

/**
 * Orders the batch by seq and classifies it. A gap anywhere (first new seq not lastSeq + 1, or new seqs
 * not consecutive) refuses the whole request before anything is applied, so a 409 never leaves a batch
 * half-done and the client simply resends from `expectedSeq`.
 *
 * A counted seq is a `duplicate` only when it carries the mutation recorded at that seq; another
 * mutation there (a desk whose database went back, or a copy of it on a second PC) refuses the whole
 * request with 409 `seq_reused` and the server's `lastSeq`, and the desk renumbers above it. A seq
 * counted before mutation ids were recorded (no record) keeps the old rule: duplicate. A new seq
 * whose mutation id was already counted at another seq (the desk renumbered a mutation whose answer it
 * lost) is a duplicate too: counted, never applied twice.
 */
const classify = (
  envelope: Envelope,
  checked: Checked,
  lastSeq: number,
  epoch: string,
  known: KnownMutations,
): Decided[] => {
  const sorted = [...envelope.mutations].sort((a, b) => a.seq - b.seq);
  let expected = lastSeq + 1;
  return sorted.map((raw): Decided => {
    const mutationId = idOf(raw);
    if (raw.seq < expected) {
      const recorded = known.idAtSeq.get(raw.seq);
      if (recorded !== undefined && recorded !== mutationId) {
        throw new HttpError(
          409,
          'seq_reused',
          `Seq ${raw.seq} was counted for another mutation; number new ones above ${lastSeq}.`,
          { lastSeq, epoch },
        );
      }
      return { seq: raw.seq, kind: 'duplicate', mutationId, counted: false };
    }
    if (raw.seq > expected) {
      throw new HttpError(409, 'seq_gap', `Expected seq ${expected}, got ${raw.seq}.`, {
        expectedSeq: expected,
        lastSeq,
        epoch,
      });
    }
    expected += 1;
    if (mutationId !== '' && known.ids.has(mutationId))
      return { seq: raw.seq, kind: 'duplicate', mutationId, counted: true };
    const parsed = checked.get(raw) ?? refuseUnparsed(raw);
    return 'reason' in parsed
      ? { seq: raw.seq, kind: 'refused', raw, refusal: parsed }
      : { seq: raw.seq, kind: 'parsed', mutation: parsed };
  });
};

/**
 * The client's state, the epoch and the batch's rows (`refs`, locked FOR UPDATE as they are read) in
 * one round trip, under the client's lock: no other push of this client can change `lastSeq` or its
 * recorded mutations until this one commits. Only the batch's seqs at or below `lastSeq` are looked up
 * by seq (a normal push has none: its seqs are all new), and its mutation ids by id. Records above
 * `lastSeq` are not the client's history: they are left from a partial restore (`clients` went back
 * without `client_mutations`), the server no longer has those mutations, and they are `stale` —
 * ignored here and removed before this push records its seqs.
 */
const readClient = async (
  tx: Queryable,
  envelope: Envelope,
  deviceId: string,
  refs: readonly RowRef[],
): Promise<{ lastSeq: number; known: KnownMutations; stale: boolean; rows: StoredRow[] } & ServerEpoch> => {
  const found = await tx.query<{
    epoch: string;
    base_version: unknown;
    device_id: string | null;
    last_seq: unknown;
    known: { seq: number; id: string }[] | string | null;
    max_recorded: unknown;
    rows: unknown;
  }>(
    `SELECT e.epoch, e.base_version, c.device_id, c.last_seq,
            (SELECT json_agg(json_build_object('seq', m.seq, 'id', m.mutation_id))
               FROM client_mutations m
              WHERE m.client_id = $1
                AND (m.seq = ANY(ARRAY(SELECT s FROM unnest($2::bigint[]) AS s WHERE s <= c.last_seq))
                     OR m.mutation_id = ANY($3::text[]))) AS known,
            (SELECT max(m.seq) FROM client_mutations m WHERE m.client_id = $1) AS max_recorded,
            ${lockedRowsJsonSql('$4::text[]', '$5::text[]')} AS rows
       FROM server_epoch e LEFT JOIN clients c ON c.client_id = $1
      WHERE e.id = 1`,
    [
      envelope.clientId,
      envelope.mutations.map((raw) => raw.seq),
      envelope.mutations.map(idOf).filter((id) => id !== ''),
      ...keyParams(refs),
    ],
  );
  const row = found.rows[0];
  if (!row) throw new Error('server_epoch is missing: run the migrations');
  // A client is bound to the device of the first token that pushed it; another device is refused.
  if (row.device_id && row.device_id !== deviceId) {
    throw new HttpError(403, 'client_device_mismatch', 'This clientId belongs to another device.');
  }
  const records = typeof row.known === 'string' ? (JSON.parse(row.known) as typeof row.known) : row.known;
  const lastSeq = Number(row.last_seq ?? 0);
  const known: KnownMutations = { idAtSeq: new Map(), ids: new Set() };
  for (const record of Array.isArray(records) ? records : []) {
    if (Number(record.seq) > lastSeq) continue;
    known.idAtSeq.set(Number(record.seq), record.id);
    known.ids.add(record.id);
  }
  return {
    lastSeq,
    epoch: row.epoch,
    baseVersion: Number(row.base_version),
    known,
    stale: Number(row.max_recorded ?? 0) > lastSeq,
    rows: rowsFromJson(refs, row.rows),
  };
};

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' ? value.slice(0, 200) : null;

/** The desk's history is one a restore ended (docs/sync.md, "Epoch"): nothing was counted. */
const epochChanged = (details: { epoch: string; lastSeq: number; epochBaseVersion?: number }) =>
  new HttpError(409, 'epoch_changed', 'The server was restored from a backup; sync again.', details);

/** Deadlocks and races are retried this many times in all (then 503 with Retry-After, as for a lock wait). */
const attempts = 3;

/**
 * Applies one push request in one transaction (ARCHITECTURE.md, "Sync contract v1"). Only version
 * assignment and commit are serialized across the deployment (docs/sync.md, "Push"): validation, the
 * client's and rows' locks, the reads and every rule run before, while other pushes commit.
 */
export const push = async (
  db: Database,
  session: Session,
  body: unknown,
  now: Date,
): Promise<PushResponse> => {
  const envelope = parseEnvelope(body);
  const checked: Checked = new Map(envelope.mutations.map((raw) => [raw, refuseUnparsed(raw)]));
  const writer: Writer = {
    staffId: session.staffId,
    staffName: session.staffName,
    roles: session.roles,
    departmentId: session.departmentId,
    clientId: envelope.clientId,
  };
  // Who signed in on a device changes only at sign-in, not with this push: read before any lock.
  const writerOf = await readAuthors(db, session, writer, envelope);
  // The rows the batch names or its rules will read, as far as the mutations' own fields tell.
  const valid = [...checked.values()].flatMap((entry) => ('reason' in entry ? [] : [entry]));
  const refs = [...dedupeKeys(valid), ...relatedKeys(valid, new Map())];
  for (let attempt = 1; ; attempt += 1) {
    // The client's lock, then the advisory locks of the rule rows (shifts, notes) among `refs`, sorted
    // (server/sync/writeLocks.ts), taken with BEGIN. Pushes of other clients and other rows go on in parallel.
    const lockedRows = new Set<bigint>();
    const locks = [clientLockKey(envelope.clientId), ...newRowLockKeys(refs, lockedRows)];
    const plan: PushPlan = { session, envelope, checked, now, writerOf, refs, lockedRows };
    try {
      return await db.transaction((tx) => pushInTransaction(tx, plan), { locks });
    } catch (error) {
      if (error instanceof EpochEnded) {
        const { epoch } = await readEpoch(db);
        throw epochChanged({
          epoch,
          lastSeq: error.lastSeq,
        });
      }
      // Rolled back, nothing written; the other push holds its locks (or its row) by now.
      const race = error instanceof RowCreatedMeanwhile;
      if (attempt < attempts && (race || isDeadlock(error))) continue;
      if (race) throw new DatabaseBusyError({ cause: error });
      throw error;
    }
  }
};

type PushPlan = {
  session: Session;
  envelope: Envelope;
  checked: Checked;
  now: Date;
  writerOf: (mutation: Mutation) => Writer | undefined;
  /** Rows to read (and lock) with the client's state. */
  refs: readonly RowRef[];
  /** Advisory locks of rule rows this transaction holds; gains those taken later. */
  lockedRows: Set<bigint>;
};

const pushInTransaction = async (tx: Transaction, plan: PushPlan): Promise<PushResponse> => {
  const { session, envelope, checked, now, writerOf, refs, lockedRows } = plan;
  const createdAt = now.toISOString();
  const client = await readClient(tx, envelope, session.deviceId, refs);
  const { lastSeq, epoch, baseVersion, known, stale } = client;
  if (envelope.epoch !== undefined && envelope.epoch !== epoch) {
    // The desk saw a history this server no longer has (restored from a backup): nothing is counted
    // until it has put back what the server lost (docs/sync.md, "Epoch").
    throw epochChanged({
      epoch,
      epochBaseVersion: baseVersion,
      lastSeq,
    });
  }
  const decided = classify(envelope, checked, lastSeq, epoch, known);
  if (stale) {
    await tx.query('DELETE FROM client_mutations WHERE client_id = $1 AND seq > $2', [
      envelope.clientId,
      lastSeq,
    ]);
  }

  const parsed = decided.flatMap((entry) => (entry.kind === 'parsed' ? [entry.mutation] : []));
  // Read after the advisory locks and row-locked as they are read (FOR UPDATE): no other writer can
  // change these rows until this push commits. A row not there yet is inserted only if still absent.
  const loaded = new Set(refs.map((ref) => rowKey(ref.table, ref.id)));
  const stored = new Set<string>();
  const current = new Map<string, StoredRow>();
  const keep = (rows: readonly StoredRow[]) => {
    for (const row of rows) {
      current.set(rowKey(row.table, row.id), row);
      stored.add(rowKey(row.table, row.id));
    }
  };
  keep(client.rows);
  // Rows the tables' rules look at that only the stored rows name (an update of a note's shift…): their
  // locks come after the others, so two such pushes may deadlock; PostgreSQL ends one, which runs again.
  const related = relatedKeys(parsed, current).filter((ref) => !loaded.has(rowKey(ref.table, ref.id)));
  if (related.length > 0) {
    await takeLocks(tx, newRowLockKeys(related, lockedRows));
    keep(await loadRows(tx, related, { forUpdate: true }));
  }
  const lookup = (ref: RowRef) => current.get(rowKey(ref.table, ref.id));

  // Versions are provisional until the counter is taken at the end (see `realVersion`).
  let version = provisionalBase;
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

  const duplicates = decided.flatMap((entry) => (entry.kind === 'duplicate' ? [entry] : []));
  const earlierRejections = await findRejections(tx, envelope.clientId, duplicates);
  // Every newly counted seq records which mutation it was (seq_reused, duplicates by id).
  const counted: { seq: number; mutationId: string }[] = [];
  for (const entry of decided) {
    if (entry.kind !== 'duplicate' || entry.counted) {
      const mutationId =
        entry.kind === 'parsed'
          ? entry.mutation.mutationId
          : entry.kind === 'refused'
            ? idOf(entry.raw)
            : entry.mutationId;
      counted.push({ seq: entry.seq, mutationId });
    }
    if (entry.kind === 'duplicate') {
      // A resent mutation we once rejected (the answer was lost) says so again, or the desk would
      // take the duplicate for an acknowledgement and the write would vanish unseen.
      const rejected =
        earlierRejections.byId.get(entry.mutationId) ??
        (entry.counted ? undefined : earlierRejections.bySeq.get(entry.seq));
      results.push({ seq: entry.seq, status: 'duplicate', ...rejected });
      continue;
    }
    if (entry.kind === 'refused') {
      reject(entry.seq, entry.raw, entry.refusal);
      continue;
    }
    const { mutation } = entry;
    const author = writerOf(mutation);
    if (!author) {
      reject(entry.seq, mutation, ruleRefusal({ code: 'authorNotSignedIn', reason: 'forbidden' }));
      continue;
    }
    const key = rowKey(mutation.table, mutation.rowId);
    const outcome = applyMutation(mutation, current.get(key), author, version + 1, now, lookup);
    if (outcome.kind === 'rejected') {
      reject(entry.seq, mutation, { reason: outcome.reason, message: outcome.message });
      if (outcome.lateEdits) {
        // The deleter is told on pull, which hands conflicts out by version: this one gets its own
        // (no row carries it), so it falls in the deleter's next (since, cursor] whatever its cursor.
        version += 1;
        conflicts.push(
          ...outcome.lateEdits.map((c) => conflictRecord(c, mutation, author, version, createdAt)),
        );
      }
    } else if (outcome.kind === 'unchanged') {
      results.push({ seq: entry.seq, status: 'applied', version: outcome.version });
    } else {
      version += 1;
      current.set(key, outcome.row);
      touched.set(key, outcome.row);
      conflicts.push(
        ...outcome.conflicts.map((c) => conflictRecord(c, mutation, author, version, createdAt)),
      );
      results.push({
        seq: entry.seq,
        status: 'applied',
        version,
        ...(outcome.conflicts.length > 0
          ? {
              conflicts: outcome.conflicts.map(({ field, theirValue, theirBy, deleted }) => ({
                field,
                theirValue,
                theirBy,
                ...(deleted ? { deleted } : {}),
              })),
            }
          : {}),
      });
    }
  }

  const newLastSeq = Math.max(lastSeq, ...decided.map((entry) => entry.seq));
  // The serialized part, under the version counter's lock (server/sync/pushWrite.ts).
  const first = await writePush(tx, {
    assigned: version - provisionalBase,
    touched,
    stored,
    conflicts,
    rejections,
    clientId: envelope.clientId,
    deviceId: session.deviceId,
    lastSeq,
    newLastSeq,
    createdAt,
    counted,
    epoch,
  });
  const real = (value: number) => realVersion(value, first);
  return {
    lastSeq: newLastSeq,
    results: results.map((result) =>
      result.status === 'applied' && result.version !== undefined
        ? { ...result, version: real(result.version) }
        : result,
    ),
    epoch,
  };
};

/**
 * The writer each mutation is applied as (docs/sync.md, "Authors"): its `author` when that person signed
 * in on the pushing device — proven by its secret —, is not disabled and belongs to the pusher's
 * department; the pusher for a mutation that names nobody (an older desk) or the pusher. `undefined`:
 * the claimed author is refused. The author's own roles decide what the write may do, so a clerk's
 * pending work does not gain a leader's rights because a leader happened to push it, nor lose them.
 */
const readAuthors = async (
  tx: Queryable,
  session: Session,
  pusher: Writer,
  envelope: Envelope,
): Promise<(mutation: Mutation) => Writer | undefined> => {
  const claimed = new Set<string>();
  for (const raw of envelope.mutations)
    if (typeof raw.author === 'string' && raw.author !== session.staffId)
      claimed.add(raw.author.slice(0, 80));
  const authors = new Map<string, Writer>();
  if (claimed.size > 0) {
    const found = await tx.query<{ id: string; name: string; roles: unknown; department_id: string }>(
      `SELECT st.id, st.name, st.roles, st.department_id
         FROM device_staff d JOIN staff st ON st.id = d.staff_id
        WHERE d.device_id = $1 AND d.staff_id = ANY($2::text[])
          AND st.disabled_at IS NULL AND st.department_id = $3`,
      [session.deviceId, [...claimed], session.departmentId],
    );
    for (const row of found.rows) {
      authors.set(row.id, {
        staffId: row.id,
        staffName: row.name,
        roles: parseRoles(row.roles),
        departmentId: row.department_id,
        clientId: pusher.clientId,
      });
    }
  }
  return (mutation) =>
    mutation.author === undefined || mutation.author === session.staffId
      ? pusher
      : authors.get(mutation.author);
};

/** Earlier rejections of resent mutations: by mutation id, and by seq for seqs counted before ids were. */
const findRejections = async (
  tx: Queryable,
  clientId: string,
  duplicates: readonly { seq: number; mutationId: string }[],
): Promise<{ byId: Map<string, Refusal>; bySeq: Map<number, Refusal> }> => {
  const byId = new Map<string, Refusal>();
  const bySeq = new Map<number, Refusal>();
  if (duplicates.length === 0) return { byId, bySeq };
  const found = await tx.query<{
    seq: unknown;
    mutation_id: string | null;
    reason: Refusal['reason'];
    message: string;
  }>(
    `SELECT seq, mutation_id, reason, message FROM rejections
      WHERE client_id = $1 AND (seq = ANY($2::bigint[]) OR mutation_id = ANY($3::text[]))`,
    [clientId, duplicates.map((entry) => entry.seq), duplicates.map((entry) => entry.mutationId)],
  );
  for (const row of found.rows) {
    const refusal = { reason: row.reason, message: row.message };
    if (row.mutation_id) byId.set(row.mutation_id, refusal);
    bySeq.set(Number(row.seq), refusal);
  }
  return { byId, bySeq };
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
  row_deleted: conflict.deleted === true,
  edit_refused: conflict.editRefused === true,
});
