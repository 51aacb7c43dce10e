import { z } from 'zod';
import {
  caseIdSchema,
  departmentIdSchema,
  hallIdSchema,
  itemIdSchema,
  staffIdSchema,
  windowIdSchema,
} from '../ids';
import { isoDaySchema, isoInstantSchema } from '../time';
import { syncMetaSchema } from '../sync/meta';
import { partyRoleSchema } from './itemGuide';
import { waivedCertificateSchema } from '../certificates/waiver';

export const caseOutcomeSchema = z.enum([
  'completedInOneVisit',
  'needsSupplement',
  'transferred',
  'notAccepted',
  'movedOnline',
  /** 已代收: accepted and collected here, forwarded to the body that decides (乡镇 → 县级民政部门). */
  'collected',
  /** 已撤回: the applicants withdrew before the decision (离婚冷静期内撤回, or the second visit lapsed). */
  'withdrawn',
]);
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

/** `waiting`: between the visits of a multi-visit item (离婚冷静期); not finished, nothing to do now. */
export const caseStatusSchema = z.enum(['started', 'inProgress', 'waiting', ...caseOutcomeSchema.options]);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const isFinished = (status: CaseStatus): status is CaseOutcome =>
  (caseOutcomeSchema.options as readonly string[]).includes(status);

/** 好差评: five levels; the bottom two count as 差评. */
export const ratingSchema = z.object({
  level: z.number().int().min(1).max(5),
  comment: z.string().max(300),
});
export type Rating = z.infer<typeof ratingSchema>;
export const isPoorRating = (rating: Rating): boolean => rating.level <= 2;

export const supplementNoticeSchema = z.object({
  /** Printed on the 一次性告知书 so the applicant can quote it on the next visit. */
  number: z.string().min(1).max(40),
  issuedAt: isoInstantSchema,
  missingMaterialIds: z.array(z.string().max(40)).min(1).max(60),
});
export type SupplementNotice = z.infer<typeof supplementNoticeSchema>;

export const casePartySchema = z.object({
  role: partyRoleSchema,
  name: z.string().min(1).max(40),
  /** Checked and normalized like the applicant's; shown only masked. */
  idNumber: z.string().max(18).nullable(),
});
export type CaseParty = z.infer<typeof casePartySchema>;

/**
 * One visit to a window. The first is the case's start; a multi-visit item (离婚登记) adds one per stage,
 * and a return visit after 需补正 adds one too, so the record says who saw the applicant when and what
 * was handed in each time.
 */
export const caseVisitSchema = z.object({
  at: isoInstantSchema,
  windowId: windowIdSchema,
  staffId: staffIdSchema,
  /** The guide's stage for multi-visit items, else null. */
  stageId: z.string().max(40).nullable(),
  handedInMaterialIds: z.array(z.string().max(40)).max(60),
});
export type CaseVisit = z.infer<typeof caseVisitSchema>;

/** 容缺受理: accepted without this material; the applicant promised it by `dueDay`. */
export const deferredMaterialSchema = z.object({
  materialId: z.string().max(40),
  dueDay: isoDaySchema,
  handedInAt: isoInstantSchema.nullable(),
});
export type DeferredMaterial = z.infer<typeof deferredMaterialSchema>;

/**
 * 更正办理结果: a wrong outcome put right — by the clerk who recorded it, shortly after, or by a leader
 * later with a reason (shared/domain/outcomeCorrection.ts). Kept on the case, never rewritten, so the
 * record still says what was first recorded and who changed it.
 */
export const caseCorrectionSchema = z.object({
  at: isoInstantSchema,
  byId: staffIdSchema,
  byName: z.string().min(1).max(40),
  from: caseOutcomeSchema,
  to: caseOutcomeSchema,
  reason: z.string().max(300),
});
export type CaseCorrection = z.infer<typeof caseCorrectionSchema>;

export const caseFieldsSchema = z.object({
  itemId: itemIdSchema,
  /** Snapshot of the item at start, so the record still reads right after the catalog changes. */
  itemCode: z.string().max(40),
  itemName: z.string().max(80),
  departmentId: departmentIdSchema,
  hallId: hallIdSchema,
  windowId: windowIdSchema,
  staffId: staffIdSchema,
  applicantName: z.string().min(1).max(40),
  /** Normalized, checked ID number or null; shown and exported only masked. */
  applicantIdNumber: z.string().max(18).nullable(),
  status: caseStatusSchema,
  completedStepIds: z.array(z.string().max(40)).max(30),
  receivedMaterialIds: z.array(z.string().max(40)).max(60),
  startedAt: isoInstantSchema,
  /** The hall day the case started, for day lists and summaries. */
  day: isoDaySchema,
  promisedBy: isoInstantSchema,
  finishedAt: isoInstantSchema.nullable(),
  outcomeNote: z.string().max(500),
  transferredTo: z.string().max(80).nullable(),
  supplementNotice: supplementNoticeSchema.nullable(),
  rating: ratingSchema.nullable(),
  // Guide-driven fields: optional so cases written before them still validate and sync.
  /** Everyone who takes part besides, or including, the applicant (男方/女方, 代办人). */
  parties: z.array(casePartySchema).max(6).optional(),
  visits: z.array(caseVisitSchema).max(20).optional(),
  /** The stage a multi-visit case is in. */
  stageId: z.string().max(40).nullable().optional(),
  /** The clerk's answers to the guide's yes/no questions, by condition id. */
  answers: z.record(z.string().max(40), z.boolean()).optional(),
  deferredMaterials: z.array(deferredMaterialSchema).max(20).optional(),
  /** Certificates the published lists dropped, and how each is replaced or verified (告知承诺 …). */
  waivedCertificates: z.array(waivedCertificateSchema).max(30).optional(),
  /** Outcome corrections, oldest first; append-only (the server refuses any other change). */
  corrections: z.array(caseCorrectionSchema).max(10).optional(),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

export const caseSchema = caseFieldsSchema.extend({ id: caseIdSchema }).extend(syncMetaSchema.shape);
export type Case = z.infer<typeof caseSchema>;
