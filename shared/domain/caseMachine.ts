import type { Case, CaseFields, CaseOutcome, Rating } from './case';
import { isFinished } from './case';
import type { ServiceItem } from './serviceItem';
import type { IdNumberError } from './idNumber';
import { validateIdNumber } from './idNumber';
import type { Desk } from './organization';
import type { AdminLevel, PartyRole } from './itemGuide';
import type { CaseParty } from './case';
import {
  acceptsAtLevel,
  currentStage,
  isNeededFor,
  materialsAtVisit,
  partiesOf,
  promisedDeadline,
  unansweredConditions,
} from './guideRules';
import type { Result } from './result';
import { err, ok } from './result';
import { hallDayOf, toIsoInstant } from '../time';

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
  | { code: 'ratingInvalid' }
  | { code: 'partyNameEmpty'; role: PartyRole }
  | { code: 'partyMissing'; role: PartyRole }
  | { code: 'partyIdNumber'; role: PartyRole; reason: IdNumberError }
  | { code: 'itemOtherLevel' }
  | { code: 'conditionsUnanswered'; conditionIds: string[] }
  | { code: 'unknownCondition'; conditionId: string }
  | { code: 'notDeferrable'; materialId: string }
  | { code: 'deferralDueInvalid'; latestDay: string }
  | { code: 'stageNotFinished'; stepIds: string[]; materialIds: string[] }
  | { code: 'notLastStage' }
  | { code: 'notWaiting' }
  | { code: 'notAwaitingReturn' }
  | { code: 'waitingPeriodRunning'; opensOn: string }
  | { code: 'visitWindowLapsed'; closedOn: string }
  | { code: 'withdrawalNotAllowed' }
  | { code: 'collectTargetEmpty' }
  | { code: 'correctionSameOutcome' }
  | { code: 'correctionNotAllowed' }
  | { code: 'correctionReasonEmpty' };

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
  /**
   * The other parties the item declares (男方/女方, 代办人), each with a name and an optional ID number.
   * For items with several in-person parties the first is the applicant above.
   */
  parties?: { role: PartyRole; name: string; idNumber: string }[];
  /** The hall's level; a hall where the item is not accepted (受理层级) refuses it. Absent: city. */
  hallLevel?: AdminLevel;
  now: Date;
};

const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ');

const checkParties = (
  item: ServiceItem,
  given: NonNullable<StartCaseInput['parties']>,
  now: Date,
): Result<CaseParty[], CaseError> => {
  const parties: CaseParty[] = [];
  for (const party of given) {
    const name = cleanName(party.name);
    // An optional party left blank (no 代办人) is simply not recorded.
    if (name === '' && party.idNumber.trim() === '' && party.role === 'agent') continue;
    if (name === '') return err({ code: 'partyNameEmpty', role: party.role });
    if (name.length > 40) return err({ code: 'applicantNameTooLong' });
    let idNumber: string | null = null;
    if (party.idNumber.trim() !== '') {
      const checked = validateIdNumber(party.idNumber, now);
      if (!checked.ok) return err({ code: 'partyIdNumber', role: party.role, reason: checked.error });
      idNumber = checked.idNumber;
    }
    parties.push({ role: party.role, name, idNumber });
  }
  for (const declared of partiesOf(item))
    if (declared.inPerson && !parties.some((party) => party.role === declared.role))
      return err({ code: 'partyMissing', role: declared.role });
  return ok(parties);
};

export const startCase = (input: StartCaseInput): Result<CaseFields, CaseError> => {
  const { item, desk, now } = input;
  const applicantName = cleanName(input.applicantName);
  if (applicantName === '') return err({ code: 'applicantNameEmpty' });
  if (applicantName.length > 40) return err({ code: 'applicantNameTooLong' });
  if (!item.published || item.deleted) return err({ code: 'itemNotPublished' });
  if (!acceptsItem(desk.departmentId, item)) return err({ code: 'itemOtherDepartment' });
  if (!acceptsAtLevel(item, input.hallLevel)) return err({ code: 'itemOtherLevel' });
  let applicantIdNumber: string | null = null;
  if (input.applicantIdNumber.trim() !== '') {
    const checked = validateIdNumber(input.applicantIdNumber, now);
    if (!checked.ok) return err({ code: 'idNumber', reason: checked.error });
    applicantIdNumber = checked.idNumber;
  }
  let parties: CaseParty[] | undefined;
  if (input.parties) {
    const checked = checkParties(item, input.parties, now);
    if (!checked.ok) return checked;
    parties = checked.value;
  }
  const promisedBy = promisedDeadline(item, now);
  const stageId = item.stages?.[0]?.id ?? null;
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
    ...(parties ? { parties } : {}),
    visits: [
      {
        at: toIsoInstant(now),
        windowId: desk.windowId,
        staffId: desk.staffId,
        stageId,
        handedInMaterialIds: [],
      },
    ],
    ...(stageId === null ? {} : { stageId }),
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
  // Handed in at the counter after all: a 容缺 promise for it, still open, has nothing left to promise.
  const deferred = current.deferredMaterials ?? [];
  const settled =
    received && deferred.some((entry) => entry.materialId === materialId && entry.handedInAt === null);
  return ok({
    receivedMaterialIds: toggle(current.receivedMaterialIds, materialId, received),
    status: 'inProgress',
    ...(settled ? { deferredMaterials: deferred.filter((entry) => entry.materialId !== materialId) } : {}),
  });
};

/**
 * Materials the applicant still has to bring at this visit, in the guide's order: needed by the
 * clerk's answers, not yet received, and not accepted later under 容缺 (a promise is not a gap).
 */
export const missingMaterials = (
  current: Pick<Case, 'receivedMaterialIds'> &
    Partial<Pick<Case, 'answers' | 'deferredMaterials' | 'stageId' | 'parties'>>,
  item: ServiceItem,
) =>
  materialsAtVisit({ stageId: current.stageId }, item).filter(
    (material) =>
      isNeededFor(material, current, item) &&
      !current.receivedMaterialIds.includes(material.id) &&
      !(current.deferredMaterials ?? []).some((deferred) => deferred.materialId === material.id),
  );

/** The first step not yet done: where a reopened case continues. */
export const nextStepId = (current: Pick<Case, 'completedStepIds'>, item: ServiceItem): string | null =>
  item.steps.find((step) => !current.completedStepIds.includes(step.id))?.id ?? null;

export type FinishDetails = {
  outcome: CaseOutcome;
  note: string;
  /** For `transferred`: the unit or window the applicant is sent to; for `collected`: the deciding body. */
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
  const unanswered = unansweredConditions(current.answers, item).map((condition) => condition.id);
  const stage = currentStage(current, item);
  const lastStage = !stage || stage === item.stages?.at(-1);
  switch (details.outcome) {
    case 'completedInOneVisit':
    case 'collected': {
      // Until the clerk has answered the guide's questions the materials list is the strict one, and
      // deciding (or forwarding) on it would hide a certificate this applicant may still owe.
      if (unanswered.length > 0) return err({ code: 'conditionsUnanswered', conditionIds: unanswered });
      if (missing.length > 0) return err({ code: 'requiredMaterialsMissing', materialIds: missing });
      if (!lastStage) return err({ code: 'notLastStage' });
      if (details.outcome === 'completedInOneVisit') return ok(finished);
      const target = details.transferredTo?.trim() || item.authority?.decidingBody || '';
      if (target === '') return err({ code: 'collectTargetEmpty' });
      return ok({ ...finished, transferredTo: target });
    }
    case 'withdrawn':
      if (!item.withdrawal) return err({ code: 'withdrawalNotAllowed' });
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
  current: Pick<Case, 'startedAt' | 'promisedBy' | 'finishedAt'> & Partial<Pick<Case, 'visits' | 'stageId'>>,
  now: Date,
) => {
  // A multi-visit item's clock restarts at each stage's visit: the 冷静期 between is not handling time.
  const stageVisit = current.stageId
    ? current.visits?.find((visit) => visit.stageId === current.stageId)
    : undefined;
  const start = Date.parse(stageVisit?.at ?? current.startedAt);
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
