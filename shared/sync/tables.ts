import type { z } from 'zod';
import type { Role } from '../domain/organization';
import { caseFieldsSchema } from '../domain/case';
import { serviceItemFieldsSchema } from '../domain/serviceItem';
import { certificateEntryFieldsSchema, certificateListFieldsSchema } from '../certificates/model';
import { hallDayOf, type IsoDay } from '../time';
import type { ReplicationRule, RowScopeKeys } from './scope';

/**
 * Every synced table is declared once, here: its wire name, the schema of its fields (without `id`
 * and the sync meta), who may write it, and which rows a reader sees. The server validates and
 * authorizes from these declarations and the client creates its stores from them, so adding a table
 * needs a declaration and no new sync code.
 */
export type TableDeclaration = {
  fields: z.ZodObject;
  /** The least role that may create, update or delete rows (a leader may do what staff may, etc.). */
  writeRole: Role;
  /**
   * `department`: rows belong to `departmentId` and only that department reads or writes them.
   * `departmentOrCityWide`: as `department`, and rows with `departmentId: null` are city-wide: all read them.
   */
  scope: 'department' | 'departmentOrCityWide';
  /**
   * Which of the readable rows a desk keeps (shared/sync/scope.ts). Absent: all of them, for ever —
   * right for small reference tables; a table that grows every day must declare one.
   */
  replication?: ReplicationRule;
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** An unreadable instant gives no day: the row is then kept rather than dropped. */
const dayOfInstant = (instant: string): IsoDay | null => {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? null : hallDayOf(at);
};

/**
 * An open case stays on its hall's desks however old; one awaiting the applicant's return (需补正) on
 * every desk of the department, since the applicant may come back to any hall. Open cases are not sent
 * everywhere: on a busy day every case is open for a while, and each of its writes would reach every
 * desk of the department (measured: twice a clerk desk's daily bytes). Another hall's open case is
 * fetched on demand (look-up) instead.
 */
const openCaseStatuses: readonly unknown[] = ['started', 'inProgress', 'needsSupplement'];

const caseScopeKeys: ReplicationRule['keys'] = (fields): RowScopeKeys => ({
  hallId: text(fields.hallId),
  day: text(fields.day) as IsoDay | null,
  current: openCaseStatuses.includes(fields.status),
  everywhere: fields.status === 'needsSupplement',
});

/** Published items are in force; a withdrawn one is kept a year after its last change. */
const itemScopeKeys = (fields: Readonly<Record<string, unknown>>, updatedAt: string): RowScopeKeys => ({
  hallId: null,
  day: dayOfInstant(updatedAt),
  current: fields.published === true,
  everywhere: true,
});

export const syncedTables = {
  cases: {
    fields: caseFieldsSchema,
    writeRole: 'staff',
    scope: 'department',
    replication: { keys: caseScopeKeys, history: 'deskWindow' },
  },
  items: {
    fields: serviceItemFieldsSchema,
    writeRole: 'supervisor',
    scope: 'departmentOrCityWide',
    replication: { keys: itemScopeKeys, history: { days: 365 } },
  },
  // Certificate lists are small reference data a desk needs whole and offline, old versions included
  // (diffs and per-entry history): no replication rule. Supervisors write; city-wide lists have a null
  // departmentId. An entry carries its list's departmentId so the server scopes it without a join.
  certificateLists: {
    fields: certificateListFieldsSchema,
    writeRole: 'supervisor',
    scope: 'departmentOrCityWide',
  },
  certificateEntries: {
    fields: certificateEntryFieldsSchema,
    writeRole: 'supervisor',
    scope: 'departmentOrCityWide',
  },
} satisfies Record<string, TableDeclaration>;

export type SyncedTableName = keyof typeof syncedTables;
export const syncedTableNames = Object.keys(syncedTables) as SyncedTableName[];

export const isSyncedTableName = (name: string): name is SyncedTableName =>
  Object.prototype.hasOwnProperty.call(syncedTables, name);

/** A table's replication rule, or undefined when it is kept whole (not every table declares one). */
export const replicationOf = (name: SyncedTableName): ReplicationRule | undefined => {
  const declaration: TableDeclaration = syncedTables[name];
  return declaration.replication;
};

export type SyncedFields<T extends SyncedTableName> = z.infer<(typeof syncedTables)[T]['fields']>;
