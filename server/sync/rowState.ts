import type { Role } from '../../shared/domain/organization';

/** Who last changed a field, and at which version: enough to tell a later writer about a conflict. */
export type FieldStamp = {
  /** version of the change */
  v: number;
  /** staff id */
  s: string;
  /** staff name at the time, shown to the other writer as `theirBy` */
  n: string;
  /** client id */
  c: string;
};

export type StoredRow = {
  table: string;
  id: string;
  departmentId: string | null;
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
  fieldStamps: Record<string, FieldStamp>;
  updatedBy: string;
  updatedClient: string;
  updatedAt: string;
};

export type Writer = {
  staffId: string;
  staffName: string;
  roles: readonly Role[];
  departmentId: string;
  clientId: string;
};

export const rowKey = (table: string, id: string): string => `${table}\u0000${id}`;

/** Every synced table carries `departmentId` (a string, or null for a city-wide row). */
export const departmentOf = (fields: Record<string, unknown>): string | null =>
  typeof fields.departmentId === 'string' ? fields.departmentId : null;
