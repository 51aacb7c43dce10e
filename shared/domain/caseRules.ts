import { hasRole } from './organization';
import { isFinished, type CaseFields } from './case';
import type { RowWriteCheck, RuleViolation } from '../sync/rowRules';
import { changedFields, sameJson } from '../sync/sameJson';
import { recordingClerkOf, withinClerkWindow } from './outcomeCorrection';

/** Every way the case rules refuse a write; each has a message `rule.<code>` in both languages. */
export const caseRuleCodes = [
  'caseFieldsFixed',
  'caseAlreadyFinished',
  'ratingNotFinished',
  'ratingFixed',
  'ratingByCaseClerk',
  'correctionsAppendOnly',
  'correctionOneAtATime',
  'correctionMismatch',
  'correctorIsWriter',
  'correctionWindowClosed',
  'correctionReasonRequired',
  'correctionInFuture',
] as const;
export type CaseRuleCode = (typeof caseRuleCodes)[number];
export type CaseViolation = RuleViolation<CaseRuleCode>;

const violation = (code: CaseRuleCode, reason: CaseViolation['reason']): CaseViolation => ({ code, reason });

/**
 * Fields that move together (shared/sync/tables.ts, `groups`): a case's outcome is its status with
 * when it finished, the note, where it was sent, the 一次性告知书 and the corrections that led to it.
 * Field-level last-writer-wins on them would mix two desks' outcomes (status from one, finishedAt or
 * the notice from the other).
 */
export const caseOutcomeGroup = [
  'status',
  'finishedAt',
  'outcomeNote',
  'transferredTo',
  'supplementNotice',
  'corrections',
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

/**
 * A desk's clock may run a little ahead of the server's; a correction dated further ahead than this
 * would stretch the clerk's window at will.
 */
const futureAllowanceMs = 5 * 60_000;

const isLeader = (check: RowWriteCheck): boolean => hasRole(check.writer.roles, 'leader');

/**
 * 更正办理结果 (outcomeCorrection.ts): the new outcome comes with one correction appended to the
 * record — from the stored outcome to the written one, in the writer's own name — by the clerk who
 * recorded the outcome within the window, or by a leader with a reason. Earlier corrections are never
 * rewritten.
 */
const checkCorrection = (
  check: RowWriteCheck,
  before: CaseFields,
  after: CaseFields,
): CaseViolation | undefined => {
  const beforeList = before.corrections ?? [];
  const afterList = after.corrections ?? [];
  if (!sameJson(afterList.slice(0, beforeList.length), beforeList))
    return violation('correctionsAppendOnly', 'invalid_fields');
  const added = afterList.slice(beforeList.length);
  if (added.length > 1) return violation('correctionOneAtATime', 'invalid_fields');
  const [correction] = added;
  const outcomeChanged = isFinished(before.status) && after.status !== before.status;
  if (!correction) return undefined;
  if (
    !outcomeChanged ||
    !isFinished(after.status) ||
    correction.from !== before.status ||
    correction.to !== after.status ||
    after.finishedAt !== before.finishedAt
  )
    return violation('correctionMismatch', 'invalid_fields');
  if (correction.byId !== check.writer.staffId) return violation('correctorIsWriter', 'forbidden');
  const at = new Date(correction.at);
  if (at.getTime() > check.now.getTime() + futureAllowanceMs)
    return violation('correctionInFuture', 'invalid_fields');
  const clerkMay =
    correction.byId === recordingClerkOf(before) &&
    before.finishedAt !== null &&
    withinClerkWindow(before.finishedAt, at);
  if (clerkMay) return undefined;
  if (!isLeader(check)) return violation('correctionWindowClosed', 'forbidden');
  return correction.reason.trim() === ''
    ? violation('correctionReasonRequired', 'invalid_fields')
    : undefined;
};

/**
 * The case state machine (caseMachine.ts) as the server enforces it on every push, for what a desk
 * could not know: another desk finished the case first, or an insider's build skips the desk's checks.
 * - A finished case keeps its outcome: the only way back is a 需补正 case reopened by the applicant's
 *   return visit, or a correction kept on the record (checkCorrection). Two desks finishing the same
 *   case from the same version: the later push is refused and shown, never mixed in.
 * - 好差评 is the applicant's: given only on a finished case, recorded by the case's clerk or a leader
 *   (补录), and never changed afterwards — not even by the clerk it rates.
 * - Who started the case, for which item and when stay as they were.
 */
export const checkCaseWrite = (check: RowWriteCheck): CaseViolation | undefined => {
  const before = check.existing as CaseFields | undefined;
  if (check.op === 'delete') return undefined;
  const after = check.merged as CaseFields;
  // A new row is a case as it starts (or a restore resending one): it carries no correction yet.
  if (!before)
    return (after.corrections ?? []).length > 0
      ? violation('correctionMismatch', 'invalid_fields')
      : undefined;
  const changed = changedFields(before, after);
  if (changed.length === 0) return undefined;
  if (changed.some((field) => fixedCaseFields.includes(field as keyof CaseFields)))
    return violation('caseFieldsFixed', 'invalid_fields');
  const corrected = checkCorrection(check, before, after);
  if (corrected) return corrected;
  if (after.status !== before.status && isFinished(before.status)) {
    const returnVisit = before.status === 'needsSupplement' && after.status === 'inProgress';
    const correction = (after.corrections ?? []).length > (before.corrections ?? []).length;
    if (!returnVisit && !correction) return violation('caseAlreadyFinished', 'forbidden');
  }
  if (!sameJson(before.rating, after.rating)) {
    if (before.rating !== null) return violation('ratingFixed', 'forbidden');
    if (!isFinished(after.status)) return violation('ratingNotFinished', 'invalid_fields');
    if (check.writer.staffId !== before.staffId && !isLeader(check))
      return violation('ratingByCaseClerk', 'forbidden');
  }
  return undefined;
};
