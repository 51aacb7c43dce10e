import type { Case, CaseFields, CaseOutcome, Rating } from './case';
import { isFinished } from './case';
import type { ServiceItem } from './serviceItem';
import { isNeededMaterial } from './serviceItem';
import type { IdNumberError } from './idNumber';
import { validateIdNumber } from './idNumber';
import type { Desk } from './organization';
import type { Result } from './result';
import { err, ok } from './result';
import { hallDayOf, naturalDaysDeadline, toIsoInstant, workingDaysDeadline } from '../time';

/**
 * The case state machine: started → inProgress → one outcome. Every function is pure, takes `now`,
 * and returns only the fields it changes (a patch). The patch is exactly what the mutation path
 * writes to the row and to the outbox, so the server can merge field by field.
 */
export type CaseError =
  | { code: 'applicantNameEmpty' }
  | { code: 'applicantNameTooLong' }
  | { code: 'idNumber'; reason: IdNumberError }
  | { code: 'itemNotPublished' }
  | { code: 'itemOtherDepartment' }
  | { code: 'caseFinished' }
  | { code: 'unknownStep'; stepId: string }
  | { code: 'unknownMaterial'; materialId: string }
  | { code: 'requiredMaterialsMissing'; materialIds: string[] }
  | { code: 'nothingMissing' }
  | { code: 'transferTargetEmpty' }
  | { code: 'reasonEmpty' }
  | { code: 'notFinished' }
  | { code: 'ratingInvalid' };

export type CasePatch = Partial<CaseFields>;

/**
 * A window accepts its own department's items and city-wide ones: the case, its one-time notice and the
 * bureau's statistics all carry the desk's department, which would be wrong for another bureau's item.
 */
export const acceptsItem = (deskDepartmentId: string, item: Pick<ServiceItem, 'departmentId'>): boolean =>
  item.departmentId === null || item.departmentId === deskDepartmentId;

export type StartCaseInput = {
  item: ServiceItem;
  desk: Desk;
  applicantName: string;
  /** Optional: empty string means not given. */
  applicantIdNumber: string;
  now: Date;
};

export const startCase = (input: StartCaseInput): Result<CaseFields, CaseError> => {
  const { item, desk, now } = input;
  const applicantName = input.applicantName.trim().replace(/\s+/g, ' ');
  if (applicantName === '') return err({ code: 'applicantNameEmpty' });
  if (applicantName.length > 40) return err({ code: 'applicantNameTooLong' });
  if (!item.published || item.deleted) return err({ code: 'itemNotPublished' });
  if (!acceptsItem(desk.departmentId, item)) return err({ code: 'itemOtherDepartment' });
  let applicantIdNumber: string | null = null;
  if (input.applicantIdNumber.trim() !== '') {
    const checked = validateIdNumber(input.applicantIdNumber, now);
    if (!checked.ok) return err({ code: 'idNumber', reason: checked.error });
    applicantIdNumber = checked.idNumber;
  }
  const limit = item.promisedLimit;
  const promisedBy =
    limit.unit === 'workingDays'
      ? workingDaysDeadline(now, limit.value)
      : naturalDaysDeadline(now, limit.value);
  return ok({
    itemId: item.id,
    itemCode: item.code,
    itemName: item.name,
    departmentId: desk.departmentId,
    hallId: desk.hallId,
    windowId: desk.windowId,
    staffId: desk.staffId,
    applicantName,
    applicantIdNumber,
    status: 'started',
    completedStepIds: [],
    receivedMaterialIds: [],
    startedAt: toIsoInstant(now),
    day: hallDayOf(now),
    promisedBy: toIsoInstant(promisedBy),
    finishedAt: null,
    outcomeNote: '',
    transferredTo: null,
    supplementNotice: null,
    rating: null,
  });
};

const toggle = (list: readonly string[], id: string, on: boolean): string[] =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((entry) => entry !== id);

export const setStepDone = (
  current: Case,
  item: ServiceItem,
  stepId: string,
  done: boolean,
): Result<CasePatch, CaseError> => {
  if (isFinished(current.status)) return err({ code: 'caseFinished' });
  if (!item.steps.some((step) => step.id === stepId)) return err({ code: 'unknownStep', stepId });
  return ok({ completedStepIds: toggle(current.completedStepIds, stepId, done), status: 'inProgress' });
};

export const setMaterialReceived = (
  current: Case,
  item: ServiceItem,
  materialId: string,
  received: boolean,
): Result<CasePatch, CaseError> => {
  if (isFinished(current.status)) return err({ code: 'caseFinished' });
  if (!item.materials.some((material) => material.id === materialId))
    return err({ code: 'unknownMaterial', materialId });
  return ok({
    receivedMaterialIds: toggle(current.receivedMaterialIds, materialId, received),
    status: 'inProgress',
  });
};

/** Materials the applicant still has to bring, in the guide's order. */
export const missingMaterials = (current: Pick<Case, 'receivedMaterialIds'>, item: ServiceItem) =>
  item.materials.filter(
    (material) => isNeededMaterial(material) && !current.receivedMaterialIds.includes(material.id),
  );

/** The first step not yet done: where a reopened case continues. */
export const nextStepId = (current: Pick<Case, 'completedStepIds'>, item: ServiceItem): string | null =>
  item.steps.find((step) => !current.completedStepIds.includes(step.id))?.id ?? null;

export type FinishDetails = {
  outcome: CaseOutcome;
  note: string;
  /** For `transferred`: the unit or window the applicant is sent to. */
  transferredTo?: string;
  /** For `needsSupplement`: the notice number to print. */
  noticeNumber?: string;
};

export const finishCase = (
  current: Case,
  item: ServiceItem,
  details: FinishDetails,
  now: Date,
): Result<CasePatch, CaseError> => {
  if (isFinished(current.status)) return err({ code: 'caseFinished' });
  const note = details.note.trim();
  const missing = missingMaterials(current, item).map((material) => material.id);
  const finished = { status: details.outcome, finishedAt: toIsoInstant(now), outcomeNote: note };
  switch (details.outcome) {
    case 'completedInOneVisit':
      if (missing.length > 0) return err({ code: 'requiredMaterialsMissing', materialIds: missing });
      return ok(finished);
    case 'needsSupplement':
      if (missing.length === 0) return err({ code: 'nothingMissing' });
      return ok({
        ...finished,
        supplementNotice: {
          number: details.noticeNumber ?? `${current.day.replaceAll('-', '')}-${current.id.slice(-6)}`,
          issuedAt: toIsoInstant(now),
          missingMaterialIds: missing,
        },
      });
    case 'transferred': {
      const target = details.transferredTo?.trim() ?? '';
      if (target === '') return err({ code: 'transferTargetEmpty' });
      return ok({ ...finished, transferredTo: target });
    }
    case 'notAccepted':
      if (note === '') return err({ code: 'reasonEmpty' });
      return ok(finished);
    case 'movedOnline':
      return ok(finished);
  }
};

export const rateCase = (current: Case, rating: Rating): Result<CasePatch, CaseError> => {
  if (!isFinished(current.status)) return err({ code: 'notFinished' });
  if (!Number.isInteger(rating.level) || rating.level < 1 || rating.level > 5)
    return err({ code: 'ratingInvalid' });
  return ok({ rating: { level: rating.level, comment: rating.comment.trim().slice(0, 300) } });
};

/** Elapsed handling time against the promise, for the handling screen's meter. */
export const promiseProgress = (
  current: Pick<Case, 'startedAt' | 'promisedBy' | 'finishedAt'>,
  now: Date,
) => {
  const start = Date.parse(current.startedAt);
  const end = current.finishedAt ? Date.parse(current.finishedAt) : now.getTime();
  const deadline = Date.parse(current.promisedBy);
  const elapsedMs = Math.max(0, end - start);
  return {
    elapsedMs,
    remainingMs: deadline - end,
    overdue: end > deadline,
    fraction: elapsedMs / Math.max(1, deadline - start),
  };
};
