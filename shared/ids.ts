import { z } from 'zod';

/**
 * Record ids are strings made on the client (UUID v7, time-ordered) or, for seeded demo rows,
 * deterministic strings derived from a stable code (e.g. `item-<事项编码>`) so that several desks
 * and the server can seed the same catalog without duplicates after sync.
 */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;

export const recordIdSchema = z.string().regex(idPattern, 'invalid id');

export const caseIdSchema = recordIdSchema.brand<'CaseId'>();
export const itemIdSchema = recordIdSchema.brand<'ItemId'>();
export const departmentIdSchema = recordIdSchema.brand<'DepartmentId'>();
export const hallIdSchema = recordIdSchema.brand<'HallId'>();
export const windowIdSchema = recordIdSchema.brand<'WindowId'>();
export const staffIdSchema = recordIdSchema.brand<'StaffId'>();
export const shiftIdSchema = recordIdSchema.brand<'ShiftId'>();
export const bottleneckIdSchema = recordIdSchema.brand<'BottleneckId'>();
export const bottleneckUpdateIdSchema = recordIdSchema.brand<'BottleneckUpdateId'>();

export type CaseId = z.infer<typeof caseIdSchema>;
export type ItemId = z.infer<typeof itemIdSchema>;
export type DepartmentId = z.infer<typeof departmentIdSchema>;
export type HallId = z.infer<typeof hallIdSchema>;
export type WindowId = z.infer<typeof windowIdSchema>;
export type StaffId = z.infer<typeof staffIdSchema>;
export type ShiftId = z.infer<typeof shiftIdSchema>;
export type BottleneckId = z.infer<typeof bottleneckIdSchema>;
export type BottleneckUpdateId = z.infer<typeof bottleneckUpdateIdSchema>;
