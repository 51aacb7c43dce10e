import type { RuleViolation } from '../sync/rowRules';

/** Every way the duty rules refuse a write; each has a message `duty.rule.<code>` in both languages. */
export const dutyRuleCodes = [
  'leaderOnly',
  'noDeletes',
  'shiftMustOpenFirst',
  'shiftLeaderIsWriter',
  'shiftAlreadyOpen',
  'shiftAlreadyClosed',
  'shiftOverlaps',
  'shiftFieldsFixed',
  'shiftNotOpen',
  'handoverRequired',
  'shiftNotClosed',
  'shiftAlreadyAcknowledged',
  'acknowledgerIsWriter',
  'shiftClosedFixed',
  'raisedByIsWriter',
  'raisedDayMismatch',
  'deadlineBeforeRaised',
  'noteFieldsFixed',
  'noteShiftMismatch',
  'notOnDuty',
  'updatesAppendOnly',
  'noteNotFound',
  'noteOfOtherDepartment',
  'authorIsWriter',
  'commentRequired',
  'statusRequired',
  'resolutionRequired',
  'ownerRequired',
  'deadlineRequired',
  'statusNotAllowed',
] as const;
export type DutyRuleCode = (typeof dutyRuleCodes)[number];

export type DutyViolation = RuleViolation<DutyRuleCode>;

export const violation = (code: DutyRuleCode, reason: DutyViolation['reason']): DutyViolation => ({
  code,
  reason,
});

export const isDutyRuleCode = (code: string): code is DutyRuleCode =>
  (dutyRuleCodes as readonly string[]).includes(code);
