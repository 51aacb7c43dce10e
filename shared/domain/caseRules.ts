import { hasRole } from './organization';
import { isFinished, type CaseFields } from './case';
import type { RowWriteCheck, RuleViolation } from '../sync/rowRules';
import { changedFields, sameJson } from '../sync/sameJson';

/** Every way the case rules refuse a write; each has a message `rule.<code>` in both languages. */
export const caseRuleCodes = [
  'caseFieldsFixed',
  'caseAlreadyFinished',
  'ratingNotFinished',
  'ratingFixed',
  'ratingByCaseClerk',
] as const;
export type CaseRuleCode = (typeof caseRuleCodes)[number];
export type CaseViolation = RuleViolation<CaseRuleCode>;

/**
 * Fields that move together (shared/sync/tables.ts, `groups`): a case's outcome is its status with
 * when it finished, the note, where it was sent and the 一次性告知书. Field-level last-writer-wins on
 * them would mix two desks' outcomes (status from one, finishedAt or the notice from the other).
 */
export const caseOutcomeGroup = [
  'status',
  'finishedAt',
  'outcomeNote',
  'transferredTo',
  'supplementNotice',
] as const satisfies readonly (keyof CaseFields)[];

/** What the case was started as, by whom and where: the record of the visit, never rewritten. */
const fixedCaseFields: readonly (keyof CaseFields)[] = [
  'itemId',
  'itemCode',
  'itemName',
  'staffId',
  'startedAt',
  'day',
];

const isLeader = (check: RowWriteCheck): boolean => hasRole(check.writer.roles, 'leader');

/**
 * The case state machine (caseMachine.ts) as the server enforces it on every push, for what a desk
 * could not know: another desk finished the case first, or an insider's build skips the desk's checks.
 * - A finished case keeps its outcome: the only way back is a 需补正 case reopened by the applicant's
 *   return visit; a duty leader may correct one outcome into another (主管更正). Two desks finishing
 *   the same case from the same version: the later push is refused and shown, never mixed in.
 * - 好差评 is the applicant's: given only on a finished case, recorded by the case's clerk or a leader
 *   (补录), and never changed afterwards — not even by the clerk it rates.
 * - Who started the case, for which item and when stay as they were.
 */
export const checkCaseWrite = (check: RowWriteCheck): CaseViolation | undefined => {
  const before = check.existing as CaseFields | undefined;
  if (check.op === 'delete' || !before) return undefined;
  const after = check.merged as CaseFields;
  const changed = changedFields(before, after);
  if (changed.length === 0) return undefined;
  if (changed.some((field) => fixedCaseFields.includes(field as keyof CaseFields)))
    return { code: 'caseFieldsFixed', reason: 'invalid_fields' };
  if (after.status !== before.status && isFinished(before.status)) {
    const returnVisit = before.status === 'needsSupplement' && after.status === 'inProgress';
    const correction = isFinished(after.status) && isLeader(check);
    if (!returnVisit && !correction) return { code: 'caseAlreadyFinished', reason: 'forbidden' };
  }
  if (!sameJson(before.rating, after.rating)) {
    if (before.rating !== null) return { code: 'ratingFixed', reason: 'forbidden' };
    if (!isFinished(after.status)) return { code: 'ratingNotFinished', reason: 'invalid_fields' };
    if (check.writer.staffId !== before.staffId && !isLeader(check))
      return { code: 'ratingByCaseClerk', reason: 'forbidden' };
  }
  return undefined;
};
