import { hasRole, type Role } from '../domain/organization';
import type { ShiftFields } from './shift';
import type { RowRef, RowWriteCheck } from '../sync/rowRules';
import { hallDayOf } from '../time';
import type { BottleneckFields, BottleneckUpdateFields } from './bottleneck';
import { changedFields } from '../sync/sameJson';
import { violation, type DutyViolation } from './ruleCodes';

/** What a clerk may correct in their own words after raising a note; the rest is history. */
const fixedNoteFields = [
  'departmentId',
  'hallId',
  'raisedAt',
  'raisedDay',
  'raisedById',
  'raisedByName',
  'caseId',
  'shiftId',
  // Owner and deadline change through updates, so concurrent reassignments do not overwrite each other.
  'ownerId',
  'ownerName',
  'deadline',
];

const isLeader = (check: RowWriteCheck): boolean => hasRole(check.writer.roles, 'leader');

/**
 * Anyone (staff up) raises a note for their own department, as themself; only a leader gives it an
 * owner or deadline, and the deadline cannot fall before the day it was raised. Afterwards a leader
 * may correct what it says, never when, where or by whom it was raised.
 */
export const checkNoteWrite = (check: RowWriteCheck): DutyViolation | undefined => {
  if (check.op === 'delete') return violation('noDeletes', 'forbidden');
  const note = check.merged as BottleneckFields;
  const before = check.existing as BottleneckFields | undefined;
  if (before) {
    const changed = changedFields(before, note);
    if (changed.some((field) => fixedNoteFields.includes(field)))
      return violation('noteFieldsFixed', 'invalid_fields');
    return changed.length === 0 || isLeader(check) ? undefined : violation('leaderOnly', 'forbidden');
  }
  if (note.raisedById !== check.writer.staffId) return violation('raisedByIsWriter', 'forbidden');
  if (note.raisedDay !== hallDayOf(note.raisedAt)) return violation('raisedDayMismatch', 'invalid_fields');
  if ((note.ownerId !== null || note.deadline !== null) && !isLeader(check))
    return violation('leaderOnly', 'forbidden');
  if (note.deadline !== null && note.deadline < note.raisedDay)
    return violation('deadlineBeforeRaised', 'invalid_fields');
  return note.shiftId === null ? undefined : checkOnDuty(check, note);
};

/**
 * "Anyone on duty adds notes": a note raised in a shift comes from that shift's duty leader, someone
 * on its duty list, or a section chief (who oversees every shift). A note outside any shift (none was
 * open, or the desk had not yet pulled it) is anyone's of the department, so a bottleneck is never
 * lost for want of a shift; the desk names a shift only when its clerk is on it.
 */
const checkOnDuty = (check: RowWriteCheck, note: BottleneckFields): DutyViolation | undefined => {
  const shift = check.related({ table: 'shifts', id: note.shiftId! }) as ShiftFields | undefined;
  if (!shift || shift.hallId !== note.hallId || shift.departmentId !== note.departmentId)
    return violation('noteShiftMismatch', 'invalid_fields');
  return isOnDuty(shift, check.writer.staffId, check.writer.roles)
    ? undefined
    : violation('notOnDuty', 'forbidden');
};

/** Whether this person may act as on duty in `shift` (its leader, its staff, or a section chief). */
export const isOnDuty = (
  shift: Pick<ShiftFields, 'dutyLeaderId' | 'staffOnDuty'>,
  staffId: string,
  roles: readonly Role[],
): boolean =>
  shift.dutyLeaderId === staffId ||
  shift.staffOnDuty.some((person) => person.id === staffId) ||
  hasRole(roles, 'supervisor');

/** The shift a note names, for the on-duty check. */
export const noteShiftRefOf = (fields: Record<string, unknown>): RowRef[] =>
  typeof fields.shiftId === 'string' ? [{ table: 'shifts', id: fields.shiftId }] : [];

export const noteRefOf = (fields: Record<string, unknown>): RowRef[] =>
  typeof fields.noteId === 'string' ? [{ table: 'bottlenecks', id: fields.noteId }] : [];

const checkUpdateKind = (
  check: RowWriteCheck,
  update: BottleneckUpdateFields,
  note: BottleneckFields,
): DutyViolation | undefined => {
  switch (update.kind) {
    case 'comment':
      return update.text.trim() === '' ? violation('commentRequired', 'invalid_fields') : undefined;
    case 'status':
      if (update.status === null) return violation('statusRequired', 'invalid_fields');
      // Anyone on the note may say work has started; closing it either way, or reopening, is a leader's.
      if (update.status !== 'inProgress' && !isLeader(check)) return violation('leaderOnly', 'forbidden');
      if ((update.status === 'resolved' || update.status === 'escalated') && update.text.trim() === '')
        return violation('resolutionRequired', 'invalid_fields');
      return undefined;
    case 'assign':
      if (!isLeader(check)) return violation('leaderOnly', 'forbidden');
      return update.ownerId === null || !update.ownerName
        ? violation('ownerRequired', 'invalid_fields')
        : undefined;
    case 'deadline':
      if (!isLeader(check)) return violation('leaderOnly', 'forbidden');
      if (update.deadline === null) return violation('deadlineRequired', 'invalid_fields');
      return update.deadline < note.raisedDay
        ? violation('deadlineBeforeRaised', 'invalid_fields')
        : undefined;
  }
};

/**
 * Updates are append-only: written once, by their author, to a note of the author's own department.
 * Whether a status change is a valid move is decided when the updates are folded (noteState.ts), since
 * no single desk or push sees every concurrent update.
 */
export const checkNoteUpdateWrite = (check: RowWriteCheck): DutyViolation | undefined => {
  if (check.op === 'delete') return violation('noDeletes', 'forbidden');
  if (check.existing) return violation('updatesAppendOnly', 'forbidden');
  const update = check.merged as BottleneckUpdateFields;
  const note = check.related({ table: 'bottlenecks', id: update.noteId }) as BottleneckFields | undefined;
  if (!note) return violation('noteNotFound', 'not_found');
  if (note.departmentId !== check.writer.departmentId || note.departmentId !== update.departmentId)
    return violation('noteOfOtherDepartment', 'wrong_department');
  if (update.authorId !== check.writer.staffId) return violation('authorIsWriter', 'forbidden');
  return checkUpdateKind(check, update, note);
};
