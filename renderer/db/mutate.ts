import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import {
  isSyncedTableName,
  syncedTableNames,
  syncedTables,
  type SyncedFields,
  type SyncedTableName,
  type TableDeclaration,
} from '../../shared/sync/tables';
import type { RuleViolation, RuleWriter, TableRules } from '../../shared/sync/rowRules';
import { toIsoInstant } from '../../shared/time';
import type { SyncMeta } from '../../shared/sync/meta';
import type { OnceDeskDb, OutboxEntry } from './schema';
import { getMeta } from './meta';
import type { StaffId } from '../../shared/ids';

export type SyncedRow<T extends SyncedTableName> = SyncedFields<T> & SyncMeta & { id: string };

export type MutationRequest<T extends SyncedTableName> = {
  table: T;
  rowId: string;
  /** The staff member making the change (`updatedBy`). */
  by: string;
  now: Date;
  /** Who is signed in, for tables with rules (shared/sync/rowRules.ts); required by those tables. */
  writer?: RuleWriter;
} & ({ op: 'upsert'; fields: Partial<SyncedFields<T>> } | { op: 'delete' });

/** A table rule refused the write before anything was stored; `rule.<code>` is its message. */
export class RuleViolationError extends Error {
  constructor(
    readonly table: SyncedTableName,
    readonly violation: RuleViolation,
  ) {
    super(`${table} write refused by rule ${violation.code}`);
    this.name = 'RuleViolationError';
  }
}

/** The write was refused before anything was stored; `issues` say which fields and why. */
export class InvalidMutationError extends Error {
  constructor(
    readonly table: SyncedTableName,
    readonly issues: readonly z.core.$ZodIssue[] | readonly string[],
  ) {
    super(
      `invalid ${table} mutation: ${issues.map((issue) => (typeof issue === 'string' ? issue : issue.message)).join('; ')}`,
    );
    this.name = 'InvalidMutationError';
  }
}

const metaKeys = new Set(['id', 'version', 'updatedAt', 'updatedBy', 'deleted']);

const fieldsOf = (row: Record<string, unknown> | undefined): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row ?? {}).filter(([key]) => !metaKeys.has(key)));

const rulesOf = (table: SyncedTableName): TableRules | undefined => {
  const declaration: TableDeclaration = syncedTables[table];
  return declaration.rules;
};

/**
 * The person making the change as the rules see them, from the desk's staff table (the signed-in clerk's
 * row is put there at sign-in), when the caller did not say.
 */
const writerOf = async (db: OnceDeskDb, by: string): Promise<RuleWriter | undefined> => {
  const person = await db.staff.get(by as StaffId);
  return person && { staffId: person.id, roles: person.roles, departmentId: person.departmentId };
};

/** The same rules the server applies (shared/sync/rowRules.ts), against the rows this desk holds. */
const checkRules = async <T extends SyncedTableName>(
  db: OnceDeskDb,
  rules: TableRules,
  request: MutationRequest<T>,
  existing: Record<string, unknown> | undefined,
  merged: Record<string, unknown>,
): Promise<void> => {
  const { table } = request;
  const writer = request.writer ?? (await writerOf(db, request.by));
  if (!writer && rules.writerOptionalOnDesk) return;
  if (!writer) throw new InvalidMutationError(table, ['this table needs the signed-in writer']);
  const live = existing && existing.deleted !== true ? fieldsOf(existing) : undefined;
  const related = new Map<string, Record<string, unknown>>();
  for (const ref of rules.relatedRows?.(merged, request.rowId) ?? []) {
    if (!isSyncedTableName(ref.table)) continue;
    const row = await db.syncedTable(ref.table).get(ref.id);
    if (row && row.deleted !== true) related.set(`${ref.table}:${ref.id}`, fieldsOf(row));
  }
  const violation = rules.checkWrite({
    op: request.op,
    rowId: request.rowId,
    existing: live,
    merged,
    writer,
    now: request.now,
    related: (ref) => related.get(`${ref.table}:${ref.id}`),
  });
  if (violation) throw new RuleViolationError(table, violation);
};

/**
 * The single mutation path (ARCHITECTURE.md, "Local data"): in ONE Dexie transaction it writes the row
 * and appends its outbox entry with the next gapless `seq`. If anything fails — validation, a quota
 * error, a crash — the transaction aborts and neither the row nor its outbox entry exists. Nothing else
 * writes synced tables (except seeding deterministic demo rows and applying pulled server rows).
 */
export const mutate = async <T extends SyncedTableName>(
  db: OnceDeskDb,
  request: MutationRequest<T>,
): Promise<SyncedRow<T>> => {
  const { table, rowId } = request;
  const store = db.syncedTable(table);
  const rules = rulesOf(table);
  // A table with rules may look at other synced rows, so its writes lock them all (they are few and small).
  const stores = rules ? [...syncedTableNames.map((name) => db.syncedTable(name)), db.staff] : [store];
  return db.transaction('rw', [...stores, db.outbox, db.meta], async () => {
    // Requests inside one IndexedDB transaction run in order anyway; issuing them together instead of
    // awaiting each saves a round trip per request, which is most of the cost of a small write.
    const [existing, lastSeq] = await Promise.all([store.get(rowId), getMeta(db, 'lastSeq')]);
    const { row, entry } = prepare(request, existing, (lastSeq ?? 0) + 1);
    if (rules)
      await checkRules(db, rules, request, existing, fieldsOf(request.op === 'delete' ? existing : row));
    await Promise.all([
      store.put(row),
      db.meta.put({ key: 'lastSeq', value: entry.seq }),
      db.outbox.add(entry),
    ]);
    return row as unknown as SyncedRow<T>;
  });
};

/**
 * The write as it goes on the wire: every field group it touches (tables.ts, `groups`) whole, as it
 * stands after the write, so the server's last-writer-wins never mixes two writers' groups.
 */
const withWholeGroups = (
  table: SyncedTableName,
  fields: Record<string, unknown>,
  row: Record<string, unknown>,
): Record<string, unknown> => {
  const declaration: TableDeclaration = syncedTables[table];
  let whole = fields;
  for (const group of declaration.groups ?? []) {
    if (!group.some((field) => field in fields)) continue;
    for (const field of group)
      if (!(field in whole) && field in row) whole = { ...whole, [field]: row[field] };
  }
  return whole;
};

/** Checks one request against the row as it stands and builds the new row and its outbox entry. */
const prepare = <T extends SyncedTableName>(
  request: MutationRequest<T>,
  existing: Record<string, unknown> | undefined,
  seq: number,
): { row: Record<string, unknown> & { id: string }; entry: OutboxEntry } => {
  const { table, rowId, by, now } = request;
  const schema: z.ZodObject = syncedTables[table].fields;
  let fields: Record<string, unknown> = {};
  if (request.op === 'upsert') {
    fields = request.fields;
    const unknownKeys = Object.keys(fields).filter((key) => !(key in schema.shape));
    if (unknownKeys.length > 0)
      throw new InvalidMutationError(
        table,
        unknownKeys.map((key) => `unknown field ${key}`),
      );
    const checked = schema.safeParse({ ...fieldsOf(existing), ...fields });
    if (!checked.success) throw new InvalidMutationError(table, checked.error.issues);
  } else if (!existing) {
    throw new InvalidMutationError(table, [`no row ${rowId} to delete`]);
  }
  const baseVersion = typeof existing?.version === 'number' ? existing.version : 0;
  const at = toIsoInstant(now);
  const row = {
    ...existing,
    ...fields,
    id: rowId,
    version: baseVersion,
    updatedAt: at,
    updatedBy: by,
    deleted: request.op === 'delete',
  };
  const entry: OutboxEntry = {
    seq,
    mutationId: uuidv7(),
    table,
    op: request.op,
    rowId,
    fields: withWholeGroups(table, fields, row),
    baseVersion,
    at,
    // Who made the change here, not whoever is signed in when it is pushed (after 换人 the next clerk's
    // session pushes it): the server records it under this person (docs/sync.md, "Authors").
    author: by,
  };
  return { row, entry };
};

/** Any mutation request, whatever its table (for batches that span tables). */
export type AnyMutationRequest = { [T in SyncedTableName]: MutationRequest<T> }[SyncedTableName];

/**
 * The same single path for many rows at once (a certificate-list import: a list and its 5,000
 * entries): ONE transaction over every table involved, rows and gapless outbox entries together. A
 * single invalid request aborts the whole batch, so an import is all there or not there at all. Later
 * requests in the batch see the rows earlier ones wrote.
 */
export const mutateMany = async (db: OnceDeskDb, requests: readonly AnyMutationRequest[]): Promise<void> => {
  if (requests.length === 0) return;
  // Rules may look at rows outside the batch's tables; their writes go one by one through mutate.
  const ruled = requests.find((request) => rulesOf(request.table));
  if (ruled) throw new InvalidMutationError(ruled.table, ['a table with rules is written with mutate']);
  const tables = [...new Set(requests.map((request) => request.table))];
  const stores = tables.map((table) => db.syncedTable(table));
  await db.transaction('rw', [...stores, db.outbox, db.meta], async () => {
    const existing = new Map<string, Record<string, unknown> & { id: string }>();
    const [lastSeq] = await Promise.all([
      getMeta(db, 'lastSeq'),
      ...tables.map(async (table) => {
        const ids = [...new Set(requests.filter((r) => r.table === table).map((r) => r.rowId))];
        const rows = await db.syncedTable(table).bulkGet(ids);
        for (const row of rows) if (row) existing.set(`${table}\u0000${row.id}`, row);
      }),
    ]);
    let seq = lastSeq ?? 0;
    const rowsByTable = new Map<SyncedTableName, (Record<string, unknown> & { id: string })[]>();
    const entries: OutboxEntry[] = [];
    for (const request of requests) {
      seq += 1;
      const key = `${request.table}\u0000${request.rowId}`;
      const { row, entry } = prepare(request, existing.get(key), seq);
      existing.set(key, row);
      entries.push(entry);
      const rows = rowsByTable.get(request.table) ?? [];
      rows.push(row);
      rowsByTable.set(request.table, rows);
    }
    await Promise.all([
      ...[...rowsByTable].map(([table, rows]) => db.syncedTable(table).bulkPut(rows)),
      db.meta.put({ key: 'lastSeq', value: seq }),
      db.outbox.bulkAdd(entries),
    ]);
  });
};

/**
 * Records with changes waiting to sync, for the status indicator and the sync panel. Counted by record,
 * not by outbox entry: ticking five materials of one case is one case waiting, not five "changes" (a
 * clerk saw the count climb to 48 in a morning of a dozen cases).
 */
export const countWaitingRecords = async (db: OnceDeskDb): Promise<number> => {
  // Entries set aside until their author signs in here (renderer/sync/held.ts) are waiting too.
  const keys = [
    ...(await db.outbox.orderBy('[table+rowId]').uniqueKeys()),
    ...(await db.table('held').orderBy('[table+rowId]').uniqueKeys()),
  ];
  return new Set(keys.map((key) => JSON.stringify(key))).size;
};
