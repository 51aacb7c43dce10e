import { z } from 'zod';
import {
  bottleneckIdSchema,
  bottleneckUpdateIdSchema,
  caseIdSchema,
  departmentIdSchema,
  hallIdSchema,
  itemIdSchema,
  recordIdSchema,
  shiftIdSchema,
  staffIdSchema,
  windowIdSchema,
} from '../ids';
import { isoDaySchema, isoInstantSchema } from '../time';
import { syncMetaSchema } from '../sync/meta';

/** 堵点难点 categories as seen in practice (PRODUCT.md glossary). */
export const bottleneckCategorySchema = z.enum([
  'materials',
  'rigidPolicy',
  'crossDepartment',
  'systemFault',
  'legacy',
  'waitingTime',
  'guideMismatch',
  'other',
]);
export type BottleneckCategory = z.infer<typeof bottleneckCategorySchema>;

export const bottleneckSeveritySchema = z.enum(['low', 'medium', 'high']);
export type BottleneckSeverity = z.infer<typeof bottleneckSeveritySchema>;

/** open → inProgress → resolved | escalated (整改 follow-up). */
export const bottleneckStatusSchema = z.enum(['open', 'inProgress', 'resolved', 'escalated']);
export type BottleneckStatus = z.infer<typeof bottleneckStatusSchema>;

/**
 * A bottleneck note holds what was seen when it was raised; everything that changes afterwards (status,
 * owner, deadline, comments) is an append-only update row, so several people can add to one note on
 * offline desks without overwriting each other (ARCHITECTURE.md, "Local data"). `ownerId`/`deadline`
 * here are the values given at capture, which later `assign`/`deadline` updates supersede.
 */
export const bottleneckFieldsSchema = z.object({
  departmentId: departmentIdSchema,
  hallId: hallIdSchema,
  windowId: windowIdSchema.nullable(),
  itemId: itemIdSchema.nullable(),
  itemName: z.string().max(80),
  caseId: caseIdSchema.nullable(),
  /** The 证明事项 (certificate-list entry) it concerns, if any. */
  certificateEntryId: recordIdSchema.nullable(),
  shiftId: shiftIdSchema.nullable(),
  category: bottleneckCategorySchema,
  description: z.string().min(1).max(1000),
  applicantsAffected: z.number().int().min(0).max(99999),
  severity: bottleneckSeveritySchema,
  raisedAt: isoInstantSchema,
  raisedDay: isoDaySchema,
  raisedById: staffIdSchema,
  raisedByName: z.string().min(1).max(40),
  ownerId: staffIdSchema.nullable(),
  ownerName: z.string().max(40).nullable(),
  deadline: isoDaySchema.nullable(),
});
export type BottleneckFields = z.infer<typeof bottleneckFieldsSchema>;

export const bottleneckSchema = bottleneckFieldsSchema
  .extend({ id: bottleneckIdSchema })
  .extend(syncMetaSchema.shape);
export type Bottleneck = z.infer<typeof bottleneckSchema>;

export const bottleneckUpdateKindSchema = z.enum(['comment', 'status', 'assign', 'deadline']);
export type BottleneckUpdateKind = z.infer<typeof bottleneckUpdateKindSchema>;

/**
 * One append-only step in a note's life. Flat rather than a union so the sync layer can treat it like
 * any row; the note rules say which fields each kind needs.
 */
export const bottleneckUpdateFieldsSchema = z.object({
  departmentId: departmentIdSchema,
  noteId: bottleneckIdSchema,
  kind: bottleneckUpdateKindSchema,
  at: isoInstantSchema,
  authorId: staffIdSchema,
  authorName: z.string().min(1).max(40),
  /** The comment, or for resolved/escalated the required resolution (整改结果 / 上报原因). */
  text: z.string().max(1000),
  status: bottleneckStatusSchema.nullable(),
  ownerId: staffIdSchema.nullable(),
  ownerName: z.string().max(40).nullable(),
  deadline: isoDaySchema.nullable(),
});
export type BottleneckUpdateFields = z.infer<typeof bottleneckUpdateFieldsSchema>;

export const bottleneckUpdateSchema = bottleneckUpdateFieldsSchema
  .extend({ id: bottleneckUpdateIdSchema })
  .extend(syncMetaSchema.shape);
export type BottleneckUpdate = z.infer<typeof bottleneckUpdateSchema>;
