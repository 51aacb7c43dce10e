import type { z } from 'zod';
import type { Role } from '../domain/organization';
import { caseFieldsSchema } from '../domain/case';
import { serviceItemFieldsSchema } from '../domain/serviceItem';
import { certificateEntryFieldsSchema, certificateListFieldsSchema } from '../certificates/model';
import { hallDayOf, type IsoDay } from '../time';
import { maxWindowDays, type ReplicationRule, type RowScopeKeys } from './scope';
import { shiftFieldsSchema } from '../duty/shift';
import { bottleneckFieldsSchema, bottleneckUpdateFieldsSchema } from '../duty/bottleneck';
import { checkShiftWrite, overlappingShiftRefs } from '../duty/shiftRules';
import { checkNoteUpdateWrite, checkNoteWrite, noteRefOf, noteShiftRefOf } from '../duty/noteRules';
import type { TableRules } from './rowRules';
import { caseOutcomeGroup, checkCaseWrite } from '../domain/caseRules';

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
  /** Rules of this table beyond role and department (rowRules.ts), checked by the server and the desk. */
  rules?: TableRules;
  /**
   * Fields that change together. A desk's write of any field of a group carries the whole group as it
   * stands after the write (renderer/db/mutate.ts), so last-writer-wins takes a group from one writer
   * and never mixes two (a status from one desk, `finishedAt` from another). Conflicts are still noted
   * per field.
   */
  groups?: readonly (readonly string[])[];
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
 * fetched on demand (look-up) instead. A multi-visit case between its visits (离婚冷静期) is open: its
 * second visit is at the same registry.
 */
const openCaseStatuses: readonly unknown[] = ['started', 'inProgress', 'waiting', 'needsSupplement'];

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

/** A shift stays while open or until its handover is acknowledged; afterwards the desk's window applies. */
const shiftScopeKeys: ReplicationRule['keys'] = (fields): RowScopeKeys => ({
  hallId: text(fields.hallId),
  day: text(fields.day) as IsoDay | null,
  // Open, or closed and waiting for the next leader's acknowledgement.
  current: fields.acknowledgedById === null,
  everywhere: false,
});

/**
 * Whether a note is resolved is derived from its updates, which a row's own keys cannot see; so notes
 * (and their updates, never older than their note) are kept as long as the longest desk window, and
 * an unresolved note carries over for that long. An update has no hall: every desk of the department
 * keeps it (they are short).
 */
const noteHistoryDays = maxWindowDays;
const noteScopeKeys: ReplicationRule['keys'] = (fields): RowScopeKeys => ({
  hallId: text(fields.hallId),
  day: text(fields.raisedDay) as IsoDay | null,
  current: false,
  everywhere: false,
});
const noteUpdateScopeKeys: ReplicationRule['keys'] = (fields): RowScopeKeys => ({
  hallId: null,
  day: typeof fields.at === 'string' ? dayOfInstant(fields.at) : null,
  current: false,
  everywhere: false,
});

export const syncedTables = {
  cases: {
    fields: caseFieldsSchema,
    writeRole: 'staff',
    scope: 'department',
    replication: { keys: caseScopeKeys, history: 'deskWindow' },
    // The desk's state machine guards its own writes; the rules catch what it could not know.
    rules: { checkWrite: checkCaseWrite, writerOptionalOnDesk: true },
    groups: [caseOutcomeGroup],
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
  shifts: {
    fields: shiftFieldsSchema,
    writeRole: 'leader',
    scope: 'department',
    replication: { keys: shiftScopeKeys, history: 'deskWindow' },
    rules: { relatedRows: overlappingShiftRefs, checkWrite: checkShiftWrite },
  },
  bottlenecks: {
    fields: bottleneckFieldsSchema,
    writeRole: 'staff',
    scope: 'department',
    replication: { keys: noteScopeKeys, history: { days: noteHistoryDays } },
    rules: { relatedRows: noteShiftRefOf, checkWrite: checkNoteWrite },
  },
  bottleneckUpdates: {
    fields: bottleneckUpdateFieldsSchema,
    writeRole: 'staff',
    scope: 'department',
    replication: { keys: noteUpdateScopeKeys, history: { days: noteHistoryDays } },
    rules: { relatedRows: noteRefOf, checkWrite: checkNoteUpdateWrite },
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
