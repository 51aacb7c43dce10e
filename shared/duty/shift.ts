import { z } from 'zod';
import {
  departmentIdSchema,
  hallIdSchema,
  shiftIdSchema,
  staffIdSchema,
  type HallId,
  type ShiftId,
} from '../ids';
import { isoDaySchema, isoInstantSchema, type IsoDay } from '../time';
import { syncMetaSchema } from '../sync/meta';

/** 上午 / 下午 / 全天: a hall runs either two half-day shifts or one whole-day shift. */
export const shiftPeriodSchema = z.enum(['morning', 'afternoon', 'allDay']);
export type ShiftPeriod = z.infer<typeof shiftPeriodSchema>;

export const shiftStatusSchema = z.enum(['open', 'closed']);
export type ShiftStatus = z.infer<typeof shiftStatusSchema>;

const personSchema = z.object({ id: staffIdSchema, name: z.string().min(1).max(40) });
export type OnDutyPerson = z.infer<typeof personSchema>;

/**
 * 今日我带班: one duty leader leads one hall for one period of one day. Names are snapshots (like a
 * case's item name) so a handover still reads right on a desk that has never seen that colleague.
 */
export const shiftFieldsSchema = z.object({
  departmentId: departmentIdSchema,
  hallId: hallIdSchema,
  day: isoDaySchema,
  period: shiftPeriodSchema,
  dutyLeaderId: staffIdSchema,
  dutyLeaderName: z.string().min(1).max(40),
  staffOnDuty: z.array(personSchema).max(60),
  status: shiftStatusSchema,
  openedAt: isoInstantSchema,
  closedAt: isoInstantSchema.nullable(),
  closedById: staffIdSchema.nullable(),
  /** 交接班: what the next leader must know; required to close. */
  handoverNote: z.string().max(2000),
  acknowledgedById: staffIdSchema.nullable(),
  acknowledgedByName: z.string().max(40).nullable(),
  acknowledgedAt: isoInstantSchema.nullable(),
});
export type ShiftFields = z.infer<typeof shiftFieldsSchema>;

export const shiftSchema = shiftFieldsSchema.extend({ id: shiftIdSchema }).extend(syncMetaSchema.shape);
export type Shift = z.infer<typeof shiftSchema>;

/**
 * A shift's id is derived from its hall, day and period, so two leaders who open "the same" shift on
 * two offline desks write the same row: the second to reach the server is refused by the shift rules
 * instead of both surviving as duplicates no query could have prevented.
 */
export const shiftIdFor = (hallId: HallId, day: IsoDay, period: ShiftPeriod): ShiftId =>
  shiftIdSchema.parse(`shift:${hallId}:${day}:${period}`);

/** Periods that share time with `period` on the same day (a whole-day shift overlaps both halves). */
export const overlappingPeriods = (period: ShiftPeriod): ShiftPeriod[] =>
  period === 'allDay' ? ['morning', 'afternoon'] : ['allDay'];

/** The period a leader most likely means at this hall time (before 12:00 morning, else afternoon). */
export const periodAt = (hallHour: number): ShiftPeriod => (hallHour < 12 ? 'morning' : 'afternoon');
