import type { Case } from './case';
import { isFinished } from './case';
import type { CaseError, CasePatch } from './caseMachine';
import { missingMaterials } from './caseMachine';
import type { Desk } from './organization';
import type { ServiceItem } from './serviceItem';
import type { Result } from './result';
import { err, ok } from './result';
import { currentStage, nextStage, nextVisitWindow, periodEndDay, promisedDeadline } from './guideRules';
import type { IsoDay } from '../time';
import { hallDayOf, toIsoInstant } from '../time';
import type { WorkCalendar } from '../calendar/workCalendar';
import { nationalCalendar } from '../calendar/workCalendar';

/**
 * Case rules that follow the item's guide: answering its yes/no questions, 容缺受理, and the visits of
 * multi-visit items. Pure like caseMachine.ts: each returns the patch to write.
 */

/** Records the clerk's answer to one guide question (已参保? 有残疾人?). */
export const answerCondition = (
  current: Case,
  item: ServiceItem,
  conditionId: string,
  answer: boolean,
): Result<CasePatch, CaseError> => {
  if (isFinished(current.status)) return err({ code: 'caseFinished' });
  if (!(item.conditions ?? []).some((condition) => condition.id === conditionId))
    return err({ code: 'unknownCondition', conditionId });
  return ok({ answers: { ...current.answers, [conditionId]: answer }, status: 'inProgress' });
};

/** The last day a 容缺 promise made today may name. */
export const latestDeferralDay = (
  item: Pick<ServiceItem, 'deferral'>,
  now: Date,
  calendar: WorkCalendar = nationalCalendar,
): IsoDay | null =>
  item.deferral
    ? periodEndDay(
        { ...item.deferral, value: item.deferral.maxDays, startsFrom: 'nextDay' },
        hallDayOf(now),
        calendar,
      )
    : null;

/**
 * 容缺受理: the applicant promises a non-key material by `dueDay`; the case goes on without it. Passing
 * `dueDay: null` takes the promise back (the material is missing again).
 */
export const deferMaterial = (
  current: Case,
  item: ServiceItem,
  materialId: string,
  dueDay: IsoDay | null,
  now: Date,
): Result<CasePatch, CaseError> => {
  if (isFinished(current.status)) return err({ code: 'caseFinished' });
  const material = item.materials.find((candidate) => candidate.id === materialId);
  if (!material) return err({ code: 'unknownMaterial', materialId });
  const others = (current.deferredMaterials ?? []).filter((entry) => entry.materialId !== materialId);
  if (dueDay === null) return ok({ deferredMaterials: others, status: 'inProgress' });
  const latest = latestDeferralDay(item, now);
  if (!material.deferrable || latest === null) return err({ code: 'notDeferrable', materialId });
  if (dueDay <= hallDayOf(now) || dueDay > latest)
    return err({ code: 'deferralDueInvalid', latestDay: latest });
  return ok({
    deferredMaterials: [...others, { materialId, dueDay, handedInAt: null }],
    receivedMaterialIds: current.receivedMaterialIds.filter((id) => id !== materialId),
    status: 'inProgress',
  });
};

/** The promised material arrived (allowed after 办结: keeping the promise is the point of 容缺). */
export const receiveDeferredMaterial = (
  current: Case,
  materialId: string,
  now: Date,
): Result<CasePatch, CaseError> => {
  const deferred = current.deferredMaterials ?? [];
  if (!deferred.some((entry) => entry.materialId === materialId))
    return err({ code: 'unknownMaterial', materialId });
  return ok({
    deferredMaterials: deferred.map((entry) =>
      entry.materialId === materialId ? { ...entry, handedInAt: toIsoInstant(now) } : entry,
    ),
  });
};

/** 容缺 promises not yet kept (the material has not arrived), earliest due first. */
export const openDeferrals = (current: Pick<Case, 'deferredMaterials'>) =>
  (current.deferredMaterials ?? [])
    .filter((entry) => entry.handedInAt === null)
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay));

/** A 容缺 promise not kept by its day. */
export const overdueDeferrals = (current: Pick<Case, 'deferredMaterials'>, now: Date) =>
  (current.deferredMaterials ?? []).filter(
    (entry) => entry.handedInAt === null && entry.dueDay < hallDayOf(now),
  );

/**
 * Ends the first visit of a multi-visit item (离婚登记申请受理): the stage's steps and materials must be
 * done; the case then waits for the next visit (冷静期) and is not finished.
 */
export const endVisit = (current: Case, item: ServiceItem): Result<CasePatch, CaseError> => {
  if (isFinished(current.status)) return err({ code: 'caseFinished' });
  const stage = currentStage(current, item);
  if (!stage || !nextStage(current, item)) return err({ code: 'notLastStage' });
  const stepIds = stage.stepIds.filter((id) => !current.completedStepIds.includes(id));
  const materialIds = missingMaterials(current, item).map((material) => material.id);
  if (stepIds.length > 0 || materialIds.length > 0)
    return err({ code: 'stageNotFinished', stepIds, materialIds });
  const visits = current.visits ?? [];
  const last = visits.at(-1);
  return ok({
    status: 'waiting',
    visits: last
      ? [...visits.slice(0, -1), { ...last, handedInMaterialIds: [...current.receivedMaterialIds] }]
      : visits,
  });
};

/**
 * Opens the next visit of a waiting case once its waiting period is over and before its time runs out
 * (离婚: from day 31 to day 60 after the application). Materials are handed in afresh at each visit;
 * the promise restarts from this visit, because the wait was the applicants' time, not the office's.
 */
export const startNextVisit = (
  current: Case,
  item: ServiceItem,
  desk: Desk,
  now: Date,
): Result<CasePatch, CaseError> => {
  if (current.status !== 'waiting') return err({ code: 'notWaiting' });
  const stage = nextStage(current, item);
  if (!stage) return err({ code: 'notWaiting' });
  const window = nextVisitWindow(current, item);
  const today = hallDayOf(now);
  if (window && today < window.opensOn) return err({ code: 'waitingPeriodRunning', opensOn: window.opensOn });
  if (window?.closesOn && today > window.closesOn)
    return err({ code: 'visitWindowLapsed', closedOn: window.closesOn });
  return ok({
    status: 'inProgress',
    stageId: stage.id,
    receivedMaterialIds: [],
    promisedBy: toIsoInstant(promisedDeadline(item, now)),
    visits: [
      ...(current.visits ?? []),
      {
        at: toIsoInstant(now),
        windowId: desk.windowId,
        staffId: desk.staffId,
        stageId: stage.id,
        handedInMaterialIds: [],
      },
    ],
  });
};
