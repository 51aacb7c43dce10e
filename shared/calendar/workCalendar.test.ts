import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../time';
import {
  buildWorkCalendar,
  limitDeadline,
  nationalCalendar,
  workCalendarSchema,
  workingDaysBetween,
} from './workCalendar';
import nationalHolidays from './holidays.cn.json';

const day = (text: string) => text as IsoDay;
/** 10:00 hall time on a day. */
const at = (text: string) => new Date(`${text}T02:00:00.000Z`);

describe('national work calendar', () => {
  it('covers the published years 2025 and 2026, and says when it does not', () => {
    expect(nationalCalendar.years).toEqual([2025, 2026]);
    expect(nationalCalendar.coversDay(day('2026-12-31'))).toBe(true);
    expect(nationalCalendar.coversDay(day('2027-01-04'))).toBe(false);
  });

  it('takes holidays off even on weekdays and works the 调休 weekends', () => {
    expect(nationalCalendar.isWorkingDay(day('2026-10-01'))).toBe(false); // Thursday, 国庆节
    expect(nationalCalendar.holidayName(day('2026-10-07'))).toBe('国庆节');
    expect(nationalCalendar.isWorkingDay(day('2026-10-10'))).toBe(true); // Saturday, 调休上班
    expect(nationalCalendar.isWorkingDay(day('2026-09-20'))).toBe(true); // Sunday, 调休上班
    expect(nationalCalendar.isWorkingDay(day('2026-02-23'))).toBe(false); // Monday, 春节
    expect(nationalCalendar.isWorkingDay(day('2025-01-26'))).toBe(true); // Sunday, 调休上班
    expect(nationalCalendar.isWorkingDay(day('2025-10-08'))).toBe(false); // Wednesday, 国庆中秋
    expect(nationalCalendar.isWorkingDay(day('2026-11-28'))).toBe(false); // plain Saturday
    expect(nationalCalendar.holidayName(day('2026-11-28'))).toBeNull();
  });

  it('counts a working-day limit across 国庆 and the make-up Saturday after it', () => {
    // Wednesday 30 September + 1 working day: 1–7 October are off, so Thursday 8 October.
    expect(limitDeadline(at('2026-09-30'), { value: 1, unit: 'workingDays' }).toISOString()).toBe(
      '2026-10-08T16:00:00.000Z',
    );
    // Friday 9 October + 1: Saturday 10 October is a 调休 working day.
    expect(limitDeadline(at('2026-10-09'), { value: 1, unit: 'workingDays' }).toISOString()).toBe(
      '2026-10-10T16:00:00.000Z',
    );
    // Friday 13 February 2026 + 1: Saturday 14th works; + 2 jumps the whole 春节 to Tuesday 24th.
    expect(limitDeadline(at('2026-02-13'), { value: 1, unit: 'workingDays' }).toISOString()).toBe(
      '2026-02-14T16:00:00.000Z',
    );
    expect(limitDeadline(at('2026-02-13'), { value: 2, unit: 'workingDays' }).toISOString()).toBe(
      '2026-02-24T16:00:00.000Z',
    );
    // Natural days ignore the calendar.
    expect(limitDeadline(at('2026-09-30'), { value: 1, unit: 'naturalDays' }).toISOString()).toBe(
      '2026-10-01T16:00:00.000Z',
    );
  });

  it('falls back to weekends only in a year not yet entered', () => {
    // 2027-01-01 is a Friday; without the 2027 notice it counts as a working day.
    expect(nationalCalendar.isWorkingDay(day('2027-01-01'))).toBe(true);
    expect(workingDaysBetween(day('2026-12-28'), day('2027-01-04'))).toBe(5);
  });

  it('counts 18 working days in October 2026 (22 weekdays, 5 of them off, 1 make-up Saturday)', () => {
    expect(workingDaysBetween(day('2026-10-01'), day('2026-11-01'))).toBe(18);
  });

  it('refuses a make-up day that is not a weekend, so a typo fails at start-up', () => {
    const bad = {
      years: [
        {
          year: 2027,
          source: 'x',
          holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
          makeUpWorkdays: ['2027-01-05'],
        },
      ],
    };
    expect(workCalendarSchema.safeParse(bad).success).toBe(false);
    const backwards = {
      years: [
        {
          year: 2027,
          source: 'x',
          holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }],
          makeUpWorkdays: [],
        },
      ],
    };
    expect(workCalendarSchema.safeParse(backwards).success).toBe(false);
    expect(
      workCalendarSchema.safeParse({ years: [{ ...bad.years[0], makeUpWorkdays: ['2027-1-9'] }] }).success,
    ).toBe(false);
  });

  it('takes a new year from data alone', () => {
    const parsed = workCalendarSchema.parse(nationalHolidays);
    const next = buildWorkCalendar({
      years: [
        ...parsed.years,
        {
          year: 2099,
          source: 'test',
          holidays: [{ name: '测试假', from: day('2099-06-01'), to: day('2099-06-03') }],
          makeUpWorkdays: [day('2099-06-06')],
        },
      ],
    });
    expect(next.isWorkingDay(day('2099-06-01'))).toBe(false);
    expect(next.isWorkingDay(day('2099-06-06'))).toBe(true);
    expect(next.coversDay(day('2099-12-31'))).toBe(true);
  });
});
