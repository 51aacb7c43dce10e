import { describe, expect, it } from 'vitest';
import type { IsoDay, IsoInstant } from './time';
import {
  hallDayOf,
  isoDaySchema,
  isoInstantSchema,
  naturalDaysDeadline,
  startOfHallDay,
  toIsoInstant,
  workingDaysDeadline,
} from './time';

const at = (iso: string) => new Date(iso);

describe('hallDayOf', () => {
  it('switches to the next hall day at 16:00 UTC (midnight in Asia/Shanghai)', () => {
    expect(hallDayOf(at('2026-11-27T15:59:59.999Z'))).toBe('2026-11-27');
    expect(hallDayOf(at('2026-11-27T16:00:00.000Z'))).toBe('2026-11-28');
    expect(hallDayOf(at('2026-11-27T00:00:00.000Z'))).toBe('2026-11-27');
    expect(hallDayOf(at('2026-11-26T23:59:59.999Z'))).toBe('2026-11-27');
  });

  it('crosses month and year ends and leap days', () => {
    expect(hallDayOf(at('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(hallDayOf(at('2028-02-28T16:30:00.000Z'))).toBe('2028-02-29');
    expect(hallDayOf(at('2027-02-28T16:30:00.000Z'))).toBe('2027-03-01');
  });

  it('accepts an ISO instant string as well as a Date', () => {
    expect(hallDayOf('2026-11-27T16:00:00.000Z' as IsoInstant)).toBe('2026-11-28');
  });
});

describe('startOfHallDay', () => {
  it('is 16:00 UTC of the previous calendar day and round-trips with hallDayOf', () => {
    expect(startOfHallDay('2026-11-28' as IsoDay).toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(hallDayOf(startOfHallDay('2026-01-01' as IsoDay))).toBe('2026-01-01');
  });
});

describe('workingDaysDeadline', () => {
  // 2026-11-27 is a Friday.
  it('ends a 0-day (即办) limit with the start day, even late at night or on a weekend', () => {
    expect(workingDaysDeadline(at('2026-11-27T01:00:00.000Z'), 0).toISOString()).toBe(
      '2026-11-27T16:00:00.000Z',
    );
    expect(workingDaysDeadline(at('2026-11-27T15:59:00.000Z'), 0).toISOString()).toBe(
      '2026-11-27T16:00:00.000Z',
    );
    expect(workingDaysDeadline(at('2026-11-28T02:00:00.000Z'), 0).toISOString()).toBe(
      '2026-11-28T16:00:00.000Z',
    );
  });

  it('skips Saturday and Sunday', () => {
    // Thursday + 1 → end of Friday; Friday + 1 → end of Monday; Saturday + 1 → end of Monday.
    expect(workingDaysDeadline(at('2026-11-26T02:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-27T16:00:00.000Z',
    );
    expect(workingDaysDeadline(at('2026-11-27T11:30:00.000Z'), 1).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
    expect(workingDaysDeadline(at('2026-11-28T02:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
    expect(workingDaysDeadline(at('2026-11-27T02:00:00.000Z'), 5).toISOString()).toBe(
      '2026-12-04T16:00:00.000Z',
    );
  });

  it('counts a Friday after 16:00 UTC as Saturday in the hall', () => {
    // 2026-11-27T17:00Z is Saturday 01:00 hall time: +1 working day is still Monday.
    expect(workingDaysDeadline(at('2026-11-27T17:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
  });

  it('handles the longest schema limit without drifting', () => {
    // 365 working days = 73 weeks exactly, so the deadline falls on a Friday again.
    const end = workingDaysDeadline(at('2026-11-27T02:00:00.000Z'), 365);
    expect(hallDayOf(new Date(end.getTime() - 1))).toBe('2028-04-21');
  });
});

describe('naturalDaysDeadline', () => {
  it('counts every calendar day and ends at hall midnight', () => {
    expect(naturalDaysDeadline(at('2026-11-27T02:00:00.000Z'), 0).toISOString()).toBe(
      '2026-11-27T16:00:00.000Z',
    );
    expect(naturalDaysDeadline(at('2026-11-27T02:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-28T16:00:00.000Z',
    );
    expect(naturalDaysDeadline(at('2026-11-27T02:00:00.000Z'), 60).toISOString()).toBe(
      '2027-01-26T16:00:00.000Z',
    );
  });
});

describe('schemas', () => {
  it('takes UTC instants and calendar days only', () => {
    expect(isoInstantSchema.safeParse(toIsoInstant(at('2026-11-27T02:00:00.000Z'))).success).toBe(true);
    expect(isoInstantSchema.safeParse('2026-11-27T10:00:00+08:00').success).toBe(false);
    expect(isoDaySchema.safeParse('2026-11-27').success).toBe(true);
    expect(isoDaySchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDaySchema.safeParse('2026-11-27T00:00:00Z').success).toBe(false);
  });
});
