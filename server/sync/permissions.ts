import { hasRole } from '../../shared/domain/organization';
import type { RejectReason } from '../../shared/sync/contract';
import type { TableDeclaration } from '../../shared/sync/tables';
import type { Writer } from './rowState';

export type Refusal = { reason: RejectReason; message: string };

/** City-wide rows are read by every department, so only a supervisor may write them. */
const cityWideWriteRole = 'supervisor';

const mayWriteCityWide = (table: TableDeclaration, writer: Writer): boolean =>
  table.scope === 'departmentOrCityWide' && hasRole(writer.roles, cityWideWriteRole);

/** May this writer write this table at all? Checked before anything else about the mutation. */
export const checkTableRole = (table: TableDeclaration, writer: Writer): Refusal | undefined =>
  hasRole(writer.roles, table.writeRole)
    ? undefined
    : { reason: 'forbidden', message: `Writing this table needs the ${table.writeRole} role.` };

/** May this writer touch a row that already exists in `departmentId` (null: city-wide)? */
export const checkExistingRow = (
  table: TableDeclaration,
  writer: Writer,
  departmentId: string | null,
): Refusal | undefined => {
  if (departmentId === null) {
    return mayWriteCityWide(table, writer)
      ? undefined
      : { reason: 'forbidden', message: 'Only a supervisor may change a city-wide row.' };
  }
  return departmentId === writer.departmentId
    ? undefined
    : { reason: 'wrong_department', message: 'The row belongs to another department.' };
};

/**
 * May the row end up in `target` after this write? A new row goes to the writer's own department (or
 * city-wide, for a supervisor); an existing row never moves between departments.
 */
export const checkTargetDepartment = (
  table: TableDeclaration,
  writer: Writer,
  target: string | null,
  existing: { departmentId: string | null } | undefined,
): Refusal | undefined => {
  if (existing && existing.departmentId !== target) {
    return { reason: 'wrong_department', message: 'A row cannot move to another department.' };
  }
  if (target === null) {
    if (table.scope !== 'departmentOrCityWide') {
      return { reason: 'wrong_department', message: 'This table has no city-wide rows.' };
    }
    return mayWriteCityWide(table, writer)
      ? undefined
      : { reason: 'forbidden', message: 'Only a supervisor may write a city-wide row.' };
  }
  return target === writer.departmentId
    ? undefined
    : { reason: 'wrong_department', message: 'Rows may be written only for your own department.' };
};
