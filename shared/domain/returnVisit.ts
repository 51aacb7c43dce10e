import type { Case, CaseVisit } from './case';
import type { CaseError, CasePatch } from './caseMachine';
import type { Desk } from './organization';
import type { Result } from './result';
import { err, ok } from './result';
import type { ServiceItem } from './serviceItem';
import { promisedDeadline } from './guideRules';
import { hallDayOf, toIsoInstant, type IsoDay } from '../time';

/**
 * The return visit (补正后再次到场). A 需补正 case is not over: the 一次性告知书 promised that, with the
 * listed materials, the applicant finishes on the next visit. The same case continues — with what was
 * received the first time — and each visit is recorded (when, window, clerk, what was handed in), so the
 * figures tell 一次办结 (finished on the first visit) from 补正后办结 (finished on a return visit).
 */
export const startReturnVisit = (
  current: Case,
  item: ServiceItem,
  desk: Desk,
  now: Date,
): Result<CasePatch, CaseError> => {
  if (current.status !== 'needsSupplement') return err({ code: 'notAwaitingReturn' });
  const visits = current.visits ?? [];
  const earlier = new Set(visits.slice(0, -1).flatMap((visit) => visit.handedInMaterialIds));
  const last = visits.at(-1);
  // What this case received by the end of the last visit, less what earlier visits already brought.
  const closedLast: CaseVisit[] = last
    ? [
        ...visits.slice(0, -1),
        {
          ...last,
          handedInMaterialIds:
            last.handedInMaterialIds.length > 0
              ? last.handedInMaterialIds
              : current.receivedMaterialIds.filter((id) => !earlier.has(id)),
        },
      ]
    : [];
  return ok({
    status: 'inProgress',
    finishedAt: null,
    outcomeNote: '',
    // The time limit runs from the day the materials are complete (补正之日起计算), i.e. from now.
    promisedBy: toIsoInstant(promisedDeadline(item, now)),
    visits: [
      ...closedLast,
      {
        at: toIsoInstant(now),
        windowId: desk.windowId,
        staffId: desk.staffId,
        stageId: current.stageId ?? null,
        handedInMaterialIds: [],
      },
    ],
  });
};

/**
 * Return visits of a case: visits after the first that continue the same stage (a multi-visit item's
 * next stage, such as 离婚登记's second visit, is part of the item, not a return).
 */
export const returnVisitCount = (current: Pick<Case, 'visits'>): number =>
  (current.visits ?? []).filter(
    (visit, index, all) => index > 0 && (visit.stageId ?? null) === (all[index - 1]?.stageId ?? null),
  ).length;

/** 办结 on a return visit after 需补正 — not 一次办结, though the stored outcome is the same. */
export const finishedOnReturnVisit = (current: Pick<Case, 'status' | 'visits'>): boolean =>
  current.status === 'completedInOneVisit' && returnVisitCount(current) > 0;

/** 办结 on the first visit: what the 一次办结率 counts. */
export const finishedOnFirstVisit = (current: Pick<Case, 'status' | 'visits'>): boolean =>
  current.status === 'completedInOneVisit' && returnVisitCount(current) === 0;

/** The hall day of the case's latest visit (its start if it has no visits recorded). */
export const lastVisitDay = (current: Pick<Case, 'visits' | 'startedAt'>): IsoDay =>
  hallDayOf(current.visits?.at(-1)?.at ?? current.startedAt);

const squash = (text: string): string => text.replace(/[\s\u3000-]+/g, '').toUpperCase();

/**
 * Does a 需补正 case match what the clerk typed: the notice number printed on the 告知书 (in whole or
 * its last part, with or without the dash), the applicant's ID number (whole, or at least its last six
 * characters), or the applicant's or a party's name.
 */
export const matchesReturningApplicant = (
  current: Pick<Case, 'supplementNotice' | 'applicantIdNumber' | 'applicantName' | 'parties'>,
  query: string,
): boolean => {
  const typed = squash(query);
  if (typed === '') return false;
  const notice = current.supplementNotice ? squash(current.supplementNotice.number) : '';
  if (notice !== '' && typed.length >= 6 && notice.endsWith(typed)) return true;
  const idNumber = current.applicantIdNumber ?? '';
  if (/^[0-9X]{6,18}$/.test(typed) && idNumber.endsWith(typed)) return true;
  const names = [current.applicantName, ...(current.parties ?? []).map((party) => party.name)];
  return names.some((name) => squash(name) === typed || (typed.length >= 2 && squash(name).includes(typed)));
};
