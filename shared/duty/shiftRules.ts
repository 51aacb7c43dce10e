import { hasRole } from '../domain/organization';
import type { RowRef, RowWriteCheck } from '../sync/rowRules';
import { hallIdSchema } from '../ids';
import { changedFields } from '../sync/sameJson';
import { overlappingPeriods, shiftIdFor, type ShiftFields } from './shift';
import { violation, type DutyViolation } from './ruleCodes';

/** Set when the shift opens and never changed afterwards: they are what the shift's id is made of. */
const fixedFields = ['departmentId', 'hallId', 'day', 'period', 'dutyLeaderId', 'openedAt'];
const closingFields = ['status', 'closedAt', 'closedById', 'handoverNote'];
const acknowledgingFields = ['acknowledgedById', 'acknowledgedByName', 'acknowledgedAt'];

/** The shifts of the same hall and day whose period overlaps this one's. */
export const overlappingShiftRefs = (fields: Record<string, unknown>): RowRef[] => {
  const hall = hallIdSchema.safeParse(fields.hallId);
  const { day, period } = fields as Partial<ShiftFields>;
  if (!hall.success || !day || !period) return [];
  return overlappingPeriods(period).map((other) => ({
    table: 'shifts',
    id: shiftIdFor(hall.data, day, other),
  }));
};

const checkOpen = (check: RowWriteCheck, shift: ShiftFields): DutyViolation | undefined => {
  if (shift.status !== 'open' || shift.closedAt !== null || shift.closedById !== null)
    return violation('shiftMustOpenFirst', 'invalid_fields');
  if (shift.acknowledgedById !== null || shift.acknowledgedAt !== null)
    return violation('shiftMustOpenFirst', 'invalid_fields');
  if (shift.dutyLeaderId !== check.writer.staffId) return violation('shiftLeaderIsWriter', 'forbidden');
  if (check.rowId !== shiftIdFor(shift.hallId, shift.day, shift.period))
    return violation('shiftFieldsFixed', 'invalid_fields');
  const overlapping = overlappingShiftRefs(shift).some(
    (ref) => (check.related(ref) as ShiftFields | undefined)?.status === 'open',
  );
  return overlapping ? violation('shiftOverlaps', 'forbidden') : undefined;
};

/**
 * 今日我带班 rules, on the desk before writing and on the server for every push: a leader opens a shift
 * for themself, one per hall and period (the id makes a second one the same row; overlapping periods
 * are looked up); it closes once, with a handover note; another leader then acknowledges it once.
 */
export const checkShiftWrite = (check: RowWriteCheck): DutyViolation | undefined => {
  if (!hasRole(check.writer.roles, 'leader')) return violation('leaderOnly', 'forbidden');
  if (check.op === 'delete') return violation('noDeletes', 'forbidden');
  const shift = check.merged as ShiftFields;
  const before = check.existing as ShiftFields | undefined;
  if (!before) return checkOpen(check, shift);

  const changed = changedFields(before, shift);
  // Another desk (or leader) opened this very hall, day and period first: same id, its own opening
  // instant or its own leader (two leaders opening in the same second differ only in the leader).
  if (changed.includes('openedAt') || changed.includes('dutyLeaderId'))
    return violation(before.status === 'open' ? 'shiftAlreadyOpen' : 'shiftAlreadyClosed', 'forbidden');
  if (changed.some((field) => fixedFields.includes(field)))
    return violation('shiftFieldsFixed', 'invalid_fields');
  const closing = changed.some((field) => closingFields.includes(field));
  const acknowledging = changed.some((field) => acknowledgingFields.includes(field));

  if (closing) {
    // Opening again what is already open or closed is the "second shift" mistake; say which.
    if (before.status !== 'open')
      return violation(shift.status === 'open' ? 'shiftAlreadyClosed' : 'shiftNotOpen', 'forbidden');
    if (shift.status !== 'closed') return violation('shiftAlreadyOpen', 'forbidden');
    if (shift.handoverNote.trim() === '') return violation('handoverRequired', 'invalid_fields');
    if (shift.closedById !== check.writer.staffId || shift.closedAt === null)
      return violation('shiftNotOpen', 'invalid_fields');
    if (acknowledging) return violation('shiftNotClosed', 'forbidden');
    return undefined;
  }
  if (acknowledging) {
    if (before.status !== 'closed') return violation('shiftNotClosed', 'forbidden');
    if (before.acknowledgedById !== null) return violation('shiftAlreadyAcknowledged', 'forbidden');
    if (shift.acknowledgedById !== check.writer.staffId || shift.acknowledgedAt === null)
      return violation('acknowledgerIsWriter', 'forbidden');
    return changed.every((field) => acknowledgingFields.includes(field))
      ? undefined
      : violation('shiftClosedFixed', 'forbidden');
  }
  // Anything else (who is on duty) may change while the shift is open, by its own leader or above.
  return before.status === 'open' ? undefined : violation('shiftClosedFixed', 'forbidden');
};
