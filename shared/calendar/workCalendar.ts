import { z } from 'zod';
import type { IsoDay } from '../time';
import { addDays, isoDaySchema, isWeekend, naturalDaysDeadline, workingDaysDeadline } from '../time';
import type { TimeLimit } from '../domain/serviceItem';
import nationalHolidays from './holidays.cn.json';

/**
 * Working days follow the national holiday arrangement that the 国务院办公厅 publishes each year
 * (放假调休): holidays are days off even on a weekday, and 调休 make-up days are working days even on a
 * Saturday or Sunday. The arrangement is data (holidays.cn.json), not code, so an operator adds next
 * year's dates without touching the rules; docs/calendar.md says how. A year that is not in the file
 * falls back to weekends only, and `coversDay` lets the screen say so instead of pretending.
 */
const holidayRangeSchema = z
  .object({ name: z.string().min(1).max(40), from: isoDaySchema, to: isoDaySchema })
  .refine((range) => range.from <= range.to, { message: 'holiday range ends before it starts' });

const calendarYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().min(1).max(200),
    holidays: z.array(holidayRangeSchema).min(1),
    makeUpWorkdays: z.array(isoDaySchema),
  })
  .superRefine((entry, context) => {
    // A notice may reach into the year before (元旦 from 12-30), so days are not tied to `year`.
    for (const day of entry.makeUpWorkdays)
      if (!isWeekend(day)) context.addIssue({ code: 'custom', message: `make-up day ${day} is a weekday` });
  });

export const workCalendarSchema = z.object({
  about: z.string().optional(),
  years: z.array(calendarYearSchema),
});
export type WorkCalendarData = z.infer<typeof workCalendarSchema>;

export type WorkCalendar = {
  isWorkingDay: (day: IsoDay) => boolean;
  /** The holiday's name when `day` is a day off by the arrangement (not a plain weekend). */
  holidayName: (day: IsoDay) => string | null;
  /** Whether the arrangement for the day's year has been entered. */
  coversDay: (day: IsoDay) => boolean;
  years: readonly number[];
};

export const buildWorkCalendar = (data: WorkCalendarData): WorkCalendar => {
  const holidays = new Map<string, string>();
  const makeUp = new Set<string>();
  for (const year of data.years) {
    for (const range of year.holidays)
      for (let day = range.from; day <= range.to; day = addDays(day, 1)) holidays.set(day, range.name);
    for (const day of year.makeUpWorkdays) makeUp.add(day);
  }
  const years = data.years.map((year) => year.year).sort((a, b) => a - b);
  return {
    isWorkingDay: (day) => (makeUp.has(day) ? true : holidays.has(day) ? false : !isWeekend(day)),
    holidayName: (day) => holidays.get(day) ?? null,
    coversDay: (day) => years.includes(Number(day.slice(0, 4))),
    years,
  };
};

/** The bundled national arrangement; parsing at load makes a mistyped date fail at start-up and in tests. */
export const nationalCalendar: WorkCalendar = buildWorkCalendar(workCalendarSchema.parse(nationalHolidays));

/** The end (exclusive instant) of `limit` counted from `start`, working days by `calendar`. */
export const limitDeadline = (
  start: Date,
  limit: TimeLimit,
  calendar: WorkCalendar = nationalCalendar,
): Date =>
  limit.unit === 'workingDays'
    ? workingDaysDeadline(start, limit.value, calendar.isWorkingDay)
    : naturalDaysDeadline(start, limit.value);

/** Working days in the half-open day range [from, to). */
export const workingDaysBetween = (
  from: IsoDay,
  to: IsoDay,
  calendar: WorkCalendar = nationalCalendar,
): number => {
  let count = 0;
  for (let day = from; day < to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count += 1;
  return count;
};
