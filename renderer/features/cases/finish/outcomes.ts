import type { Case, CaseOutcome } from '../../../../shared/domain/case';

/** The order of the finish dialog; number keys 1–5 pick by this order. */
export const outcomeOrder: readonly CaseOutcome[] = [
  'completedInOneVisit',
  'needsSupplement',
  'transferred',
  'notAccepted',
  'movedOnline',
];

/** The outcome the dialog offers first: 一次办结 when nothing is missing, else 需补正材料. */
export const suggestedOutcome = (missingCount: number): CaseOutcome =>
  missingCount === 0 ? 'completedInOneVisit' : 'needsSupplement';

/**
 * 告知书编号: the hall day and the end of the case id, upper-case so it reads unambiguously over the
 * counter or the phone (20261127-D9085B). Unique per case, and the same on every reprint.
 */
export const noticeNumberOf = (current: Pick<Case, 'day' | 'id'>): string =>
  `${current.day.replaceAll('-', '')}-${current.id.slice(-6).toUpperCase()}`;
