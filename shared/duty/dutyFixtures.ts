import { bottleneckIdSchema, departmentIdSchema, hallIdSchema, staffIdSchema } from '../ids';
import { isoDaySchema } from '../time';
import type { Role } from '../domain/organization';
import type { RowRef, RowWriteCheck } from '../sync/rowRules';
import type { Person } from './builders';

/** Names and a check builder shared by the duty rules' unit tests. */
export const rs = departmentIdSchema.parse('dept-JN-RS');
export const mz = departmentIdSchema.parse('dept-JN-MZ');
export const hall = hallIdSchema.parse('hall-JN-RS-ZWDT');
export const day = isoDaySchema.parse('2026-11-27');
export const leader: Person = { id: staffIdSchema.parse('staff-JN-RS-004'), name: '张志强' };
export const nextLeader: Person = { id: staffIdSchema.parse('staff-JN-RS-005'), name: '刘海燕' };
export const clerk: Person = { id: staffIdSchema.parse('staff-JN-RS-001'), name: '王晓燕' };
export const noteId = bottleneckIdSchema.parse('note-1');

export const writerOf = (person: Person, roles: Role[], departmentId: string = rs) => ({
  staffId: person.id,
  roles,
  departmentId,
});

export const checkOf = (
  partial: Partial<RowWriteCheck> & Pick<RowWriteCheck, 'merged' | 'writer'>,
  rows: Record<string, Record<string, unknown>> = {},
): RowWriteCheck => ({
  op: 'upsert',
  rowId: 'row',
  existing: undefined,
  now: new Date('2026-11-27T02:00:00.000Z'),
  related: (ref: RowRef) => rows[`${ref.table}:${ref.id}`],
  ...partial,
});
