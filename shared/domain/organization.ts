import { z } from 'zod';
import { adminLevelSchema } from './itemGuide';
import { departmentIdSchema, hallIdSchema, staffIdSchema, windowIdSchema } from '../ids';

export const bureauSchema = z.enum(['hrss', 'civilAffairs']);
export type Bureau = z.infer<typeof bureauSchema>;

export const departmentSchema = z.object({
  id: departmentIdSchema,
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(80),
  /** 人社 or 民政 for the two bureaus the product was built for; absent for any other department. */
  bureau: bureauSchema.optional(),
});
export type Department = z.infer<typeof departmentSchema>;

export const hallSchema = z.object({
  id: hallIdSchema,
  departmentId: departmentIdSchema,
  name: z.string().min(1).max(80),
  address: z.string().max(160),
  /** 市/县/乡镇: decides whether an item is decided here or collected and forwarded. Absent: city. */
  level: adminLevelSchema.optional(),
});
export type Hall = z.infer<typeof hallSchema>;

export const serviceWindowSchema = z.object({
  id: windowIdSchema,
  hallId: hallIdSchema,
  number: z.number().int().min(1).max(999),
  label: z.string().max(40),
});
export type ServiceWindow = z.infer<typeof serviceWindowSchema>;

export const roleSchema = z.enum(['staff', 'leader', 'supervisor']);
export type Role = z.infer<typeof roleSchema>;

export const staffSchema = z.object({
  id: staffIdSchema,
  name: z.string().min(1).max(40),
  roles: z.array(roleSchema).min(1),
  departmentId: departmentIdSchema,
});
export type Staff = z.infer<typeof staffSchema>;

/** A leader does everything staff does; a supervisor everything a leader does (PRODUCT.md, "Who uses it"). */
export const hasRole = (roles: readonly Role[], needed: Role): boolean => {
  const rank: Record<Role, number> = { staff: 0, leader: 1, supervisor: 2 };
  return roles.some((role) => rank[role] >= rank[needed]);
};

/** Where this desk sits: chosen at first-run set-up. */
export const deskSchema = z.object({
  departmentId: departmentIdSchema,
  hallId: hallIdSchema,
  windowId: windowIdSchema,
  staffId: staffIdSchema,
});
export type Desk = z.infer<typeof deskSchema>;
