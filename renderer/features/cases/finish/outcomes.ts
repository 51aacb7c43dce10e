import type { Case, CaseOutcome } from '../../../../shared/domain/case';
import { windowRoleAt } from '../../../../shared/domain/guideRules';
import type { AdminLevel } from '../../../../shared/domain/itemGuide';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';

/** The order of the finish dialog; number keys 1–5 pick by this order. */
export const outcomeOrder: readonly CaseOutcome[] = [
  'completedInOneVisit',
  'needsSupplement',
  'transferred',
  'notAccepted',
  'movedOnline',
];

/**
 * The outcomes this window may record for the item: a window that only collects and forwards (乡镇 for a
 * county decision) ends a complete case as 已代收, never as if it had decided it (一次办结); an item with
 * a withdrawal procedure (离婚登记) can end as 已撤回.
 */
export const outcomesFor = (
  item: Pick<ServiceItem, 'authority' | 'immediate' | 'withdrawal'>,
  hallLevel?: AdminLevel,
) => {
  const collects = windowRoleAt(item, hallLevel) === 'collectAndForward';
  const base = outcomeOrder.map((outcome) =>
    collects && outcome === 'completedInOneVisit' ? 'collected' : outcome,
  );
  return item.withdrawal ? [...base, 'withdrawn' as const] : base;
};

/** The outcome the dialog offers first: 一次办结 when nothing is missing, else 需补正材料. */
export const suggestedOutcome = (missingCount: number): CaseOutcome =>
  missingCount === 0 ? 'completedInOneVisit' : 'needsSupplement';

/**
 * 告知书编号: the hall day and the end of the case id, upper-case so it reads unambiguously over the
 * counter or the phone (20261127-D9085B). Unique per case, and the same on every reprint.
 */
export const noticeNumberOf = (current: Pick<Case, 'day' | 'id'>): string =>
  `${current.day.replaceAll('-', '')}-${current.id.slice(-6).toUpperCase()}`;
