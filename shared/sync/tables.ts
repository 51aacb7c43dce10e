import type { z } from 'zod';
import type { Role } from '../domain/organization';
import { caseFieldsSchema } from '../domain/case';
import { serviceItemFieldsSchema } from '../domain/serviceItem';

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
};

export const syncedTables = {
  cases: { fields: caseFieldsSchema, writeRole: 'staff', scope: 'department' },
  items: { fields: serviceItemFieldsSchema, writeRole: 'supervisor', scope: 'departmentOrCityWide' },
} satisfies Record<string, TableDeclaration>;

export type SyncedTableName = keyof typeof syncedTables;
export const syncedTableNames = Object.keys(syncedTables) as SyncedTableName[];

export const isSyncedTableName = (name: string): name is SyncedTableName =>
  Object.prototype.hasOwnProperty.call(syncedTables, name);

export type SyncedFields<T extends SyncedTableName> = z.infer<(typeof syncedTables)[T]['fields']>;
