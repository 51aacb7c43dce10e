import { z } from 'zod';

/**
 * Date policy (STYLE.md 8):
 * - instants are stored as ISO-8601 UTC strings (`2026-11-27T02:09:10.000Z`), type `IsoInstant`;
 * - calendar days are `YYYY-MM-DD` in the hall's time zone, Asia/Shanghai, type `IsoDay`;
 * - pure functions never read the clock: they take `now`.
 * China has had no daylight saving time since 1991, so Asia/Shanghai is a fixed UTC+8 offset and day
 * arithmetic needs no time-zone database (which `shared/` could not rely on anyway).
 */
export const isoInstantSchema = z.iso.datetime({ offset: false }).brand<'IsoInstant'>();
export const isoDaySchema = z.iso.date().brand<'IsoDay'>();

export type IsoInstant = z.infer<typeof isoInstantSchema>;
export type IsoDay = z.infer<typeof isoDaySchema>;

const hallOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

export const toIsoInstant = (date: Date): IsoInstant => date.toISOString() as IsoInstant;

/** The hall's calendar day for an instant. */
export const hallDayOf = (instant: Date | IsoInstant): IsoDay => {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + hallOffsetMs).toISOString().slice(0, 10) as IsoDay;
};

/** Midnight (hall time) that starts a hall day, as a UTC instant. */
export const startOfHallDay = (day: IsoDay): Date =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) - hallOffsetMs);

export const isWeekend = (day: IsoDay): boolean => {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** The calendar day `days` after `day` (negative goes back). */
export const addDays = (day: IsoDay, days: number): IsoDay =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * dayMs).toISOString().slice(0, 10) as IsoDay;

const nextDay = (day: IsoDay): IsoDay => addDays(day, 1);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDay, to: IsoDay): number =>
  Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / dayMs);

/**
 * The end (exclusive, as an instant) of a limit counted in working days from `start`.
 * A limit of 0 working days (即办件) ends with the start's own hall day. Which days are working days is
 * the caller's to say: shared/calendar/workCalendar.ts knows the national holidays and 调休 make-up
 * days; without it only weekends are skipped.
 */
export const workingDaysDeadline = (
  start: Date,
  workingDays: number,
  isWorkingDay: (day: IsoDay) => boolean = (day) => !isWeekend(day),
): Date => {
  let day = hallDayOf(start);
  let remaining = workingDays;
  while (remaining > 0) {
    day = nextDay(day);
    if (isWorkingDay(day)) remaining -= 1;
  }
  return startOfHallDay(nextDay(day));
};

export const naturalDaysDeadline = (start: Date, days: number): Date => {
  let day = hallDayOf(start);
  for (let i = 0; i < days; i += 1) day = nextDay(day);
  return startOfHallDay(nextDay(day));
};
