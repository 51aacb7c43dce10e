import type { Case, CaseCorrection, CaseOutcome } from './case';
import { isFinished } from './case';
import type { CaseError, CasePatch } from './caseMachine';
import { finishCase } from './caseMachine';
import { hasRole, type Role } from './organization';
import type { Result } from './result';
import { err, ok } from './result';
import type { ServiceItem } from './serviceItem';
import { toIsoInstant } from '../time';
import { staffIdSchema } from '../ids';

/**
 * How long the clerk who recorded an outcome may correct it alone: long enough to notice a slip of the
 * keyboard while the applicant is still at the counter or just gone, short enough that a later change
 * to the day's figures goes through a leader, who must say why.
 */
export const clerkCorrectionMinutes = 30;

const minute = 60_000;

/** Who corrects: the signed-in person, with the name the record shows. */
export type Corrector = { staffId: string; name: string; roles: readonly Role[] };

/** `clerk`: the recording clerk within the window; `leader`: a leader at any time, with a reason. */
export type CorrectionRight = 'clerk' | 'leader';

/** The clerk who recorded the outcome: the one at the last visit (a return visit may be another's). */
export const recordingClerkOf = (current: Pick<Case, 'staffId' | 'visits'>): string =>
  current.visits?.at(-1)?.staffId ?? current.staffId;

/**
 * Is `at` within the clerk's window after `finishedAt`? Both instants come from the same desk clock
 * (the finish and the correction are made at the desk, often offline), so their gap is what the desk
 * measured even when that clock is off; the server separately refuses a correction dated in its future.
 */
export const withinClerkWindow = (finishedAt: string, at: Date): boolean => {
  const finished = Date.parse(finishedAt);
  const time = at.getTime();
  return !Number.isNaN(finished) && time >= finished && time <= finished + clerkCorrectionMinutes * minute;
};

/** When the clerk's own window closes, for the screen to say so; null for a case not finished. */
export const clerkCorrectionClosesAt = (current: Pick<Case, 'status' | 'finishedAt'>): Date | null =>
  isFinished(current.status) && current.finishedAt !== null
    ? new Date(Date.parse(current.finishedAt) + clerkCorrectionMinutes * minute)
    : null;

/** May this person correct this case's outcome at `at`, and on which footing? */
export const correctionRightOf = (
  current: Pick<Case, 'status' | 'finishedAt' | 'staffId' | 'visits'>,
  corrector: Pick<Corrector, 'staffId' | 'roles'>,
  at: Date,
): CorrectionRight | null => {
  if (!isFinished(current.status) || current.finishedAt === null) return null;
  if (corrector.staffId === recordingClerkOf(current) && withinClerkWindow(current.finishedAt, at))
    return 'clerk';
  return hasRole(corrector.roles, 'leader') ? 'leader' : null;
};

export type CorrectionInput = {
  to: CaseOutcome;
  /** Why the outcome is corrected: required of a leader, welcome from the clerk. */
  reason: string;
  /** The outcome's own note (for 不予受理, its reason), as the finish dialog asks for it. */
  note: string;
  /** For 转办 / 已代收: where the applicant or the file goes. */
  transferredTo?: string;
  /** For 需补正: the number to print on the 一次性告知书. */
  noticeNumber?: string;
};

/**
 * 更正办理结果: the new outcome must be one the case could have ended with (the same checks as 办结:
 * 需补正 needs something missing, 一次办结 nothing missing, 转办 a target…), the finish time stays the
 * original one, and the correction is appended to the record.
 */
export const correctOutcome = (
  current: Case,
  item: ServiceItem,
  input: CorrectionInput,
  corrector: Corrector,
  now: Date,
): Result<CasePatch, CaseError> => {
  if (!isFinished(current.status)) return err({ code: 'notFinished' });
  if (input.to === current.status) return err({ code: 'correctionSameOutcome' });
  const right = correctionRightOf(current, corrector, now);
  if (right === null) return err({ code: 'correctionNotAllowed' });
  const reason = input.reason.trim();
  if (right === 'leader' && reason === '') return err({ code: 'correctionReasonEmpty' });
  const finished = finishCase(
    { ...current, status: 'inProgress' },
    item,
    {
      outcome: input.to,
      note: input.note,
      transferredTo: input.transferredTo,
      noticeNumber: input.noticeNumber,
    },
    now,
  );
  if (!finished.ok) return finished;
  const correction: CaseCorrection = {
    at: toIsoInstant(now),
    byId: staffIdSchema.parse(corrector.staffId),
    byName: corrector.name,
    from: current.status,
    to: input.to,
    reason,
  };
  return ok({
    ...finished.value,
    finishedAt: current.finishedAt,
    transferredTo: finished.value.transferredTo ?? null,
    supplementNotice: input.to === 'needsSupplement' ? (finished.value.supplementNotice ?? null) : null,
    corrections: [...(current.corrections ?? []), correction],
  });
};
