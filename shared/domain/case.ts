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

export const caseOutcomeSchema = z.enum([
  'completedInOneVisit',
  'needsSupplement',
  'transferred',
  'notAccepted',
  'movedOnline',
]);
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

export const caseStatusSchema = z.enum(['started', 'inProgress', ...caseOutcomeSchema.options]);
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
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

export const caseSchema = caseFieldsSchema.extend({ id: caseIdSchema }).extend(syncMetaSchema.shape);
export type Case = z.infer<typeof caseSchema>;
