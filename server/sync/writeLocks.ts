import { createHash } from 'node:crypto';
import { syncedTableNames, syncedTables, type TableDeclaration } from '../../shared/sync/tables';
import { advisoryLocksSql } from '../db/advisoryLocks';
import type { Queryable } from '../db/types';
import { rowKey } from './rowState';

/**
 * The locks a write takes (docs/sync.md, "Push"), always in this order so two writers never wait on
 * each other in a circle: the pushing client's lock; the advisory locks of rows whose tables' rules
 * read other rows, sorted; the stored rows' own row locks (`SELECT … FOR UPDATE`, in key order); then —
 * last, and only for version assignment and commit — the version counter's row.
 *
 * Client and rule rows' locks are transaction-scoped advisory locks on a 64-bit hash of the name: they
 * also cover a row that does not exist yet (two leaders opening overlapping shifts: each rule reads the
 * other's row, which a row lock cannot hold before it exists). Two names sharing a hash only make their
 * writers wait for each other. Other rows take only row locks, which live in the rows themselves: a
 * 500-mutation push on each of 40 connections would overflow PostgreSQL's shared lock table
 * (max_locks_per_transaction × max_connections) with one advisory lock per row.
 */
const lockKey = (kind: 'client' | 'row', name: string): bigint =>
  createHash('sha256').update(`${kind}\u0000${name}`).digest().readBigInt64BE(0);

export const clientLockKey = (clientId: string): bigint => lockKey('client', clientId);

/**
 * Tables whose rules read other rows (`relatedRows`): their rows are locked by name. The rows such a
 * rule names must be of these tables too (shifts, notes), so their writers take the same locks.
 */
export const ruleLockedTables: ReadonlySet<string> = new Set(
  syncedTableNames.filter((name) => {
    const declaration: TableDeclaration = syncedTables[name];
    return declaration.rules?.relatedRows !== undefined;
  }),
);

export const rowLockKey = (table: string, id: string): bigint => lockKey('row', rowKey(table, id));

/** Advisory locks of `refs` of rule-locked tables not in `held`, sorted; `held` gains them. */
export const newRowLockKeys = (
  refs: Iterable<{ table: string; id: string }>,
  held: Set<bigint>,
): bigint[] => {
  const keys = new Set<bigint>();
  for (const ref of refs) {
    if (!ruleLockedTables.has(ref.table)) continue;
    const key = rowLockKey(ref.table, ref.id);
    if (!held.has(key)) keys.add(key);
  }
  for (const key of keys) held.add(key);
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
};

/** Takes the locks in the order given, in one round trip; each is held until the transaction ends. */
export const takeLocks = async (tx: Queryable, keys: readonly bigint[]): Promise<void> => {
  if (keys.length === 0) return;
  await tx.query(advisoryLocksSql(keys));
};

/**
 * Serializes version assignment across every server process on one database: the counter's row stays
 * locked until this transaction commits, so the next writer reads the counter only after this one's
 * rows are visible. Versions therefore commit in their order, which is what lets a pull's cursor jump
 * to the counter (docs/sync.md, "Why a pull never skips a row"). `count` is the SQL of how many versions;
 * it returns the last of them, or no row, taking no lock, when `count` is 0. A small push runs it as a
 * CTE of the statement that writes its rows (server/sync/pushWrite.ts). Waits at most lock_timeout (then 503
 * with Retry-After).
 */
export const takeVersionsSql = (count: string): string =>
  `UPDATE version_counter SET value = value + ${count} WHERE id = 1 AND ${count} > 0 RETURNING value`;

/** `takeVersionsSql` as a statement of its own: the first of `count` (> 0) new versions. */
export const takeVersions = async (tx: Queryable, count: number): Promise<number> => {
  const result = await tx.query<{ value: unknown }>(takeVersionsSql('$1::bigint'), [count]);
  const row = result.rows[0];
  if (!row) throw new Error('version_counter is missing: run the migrations');
  return Number(row.value) - count + 1;
};

/** The counter, locked as by `takeVersionsSql` (the caller writes it back itself). */
export const lockVersionCounter = async (tx: Queryable): Promise<number> => {
  const result = await tx.query<{ value: unknown }>(
    'SELECT value FROM version_counter WHERE id = 1 FOR UPDATE',
  );
  const row = result.rows[0];
  if (!row) throw new Error('version_counter is missing: run the migrations');
  return Number(row.value);
};
