import { describe, expect, it } from 'vitest';
import type { Case, CaseStatus, CaseVisit } from './case';
import { caseStatusSchema } from './case';
import { dayFigures, figureOf, windowOfDay } from './dayFigures';
import type { IsoDay } from '../time';

const today = '2026-11-27' as IsoDay;
let serial = 0;

type Row = Parameters<typeof dayFigures>[0] extends Iterable<infer R> ? R : never;

const visit = (at: string, windowId: string, stageId: string | null = null): CaseVisit =>
  ({ at, windowId, staffId: 'staff-1', stageId, handedInMaterialIds: [] }) as unknown as CaseVisit;

const row = (status: CaseStatus, overrides: Record<string, unknown> = {}): Row => {
  serial += 1;
  return {
    id: `case-${serial}` as Case['id'],
    day: today,
    status,
    startedAt: `${today}T01:00:00.000Z`,
    windowId: 'win-1',
    hallId: 'hall-1',
    deleted: false,
    visits: [visit(`${today}T01:00:00.000Z`, 'win-1')],
    ...overrides,
  } as Row;
};

describe('figureOf', () => {
  it('puts every status in exactly one figure, and the new endings in their own', () => {
    for (const status of caseStatusSchema.options) expect(figureOf({ status })).toBeTypeOf('string');
    expect(figureOf({ status: 'waiting' })).toBe('waiting');
    expect(figureOf({ status: 'collected' })).toBe('handedOn');
    expect(figureOf({ status: 'transferred' })).toBe('handedOn');
    expect(figureOf({ status: 'withdrawn' })).toBe('otherEndings');
    expect(figureOf({ status: 'started' })).toBe('inProgress');
  });

  it('tells 补正后办结 from 一次办结, but not the last stage of a multi-visit item', () => {
    const returned = [visit('2026-11-20T01:00:00.000Z', 'win-1'), visit(`${today}T02:00:00.000Z`, 'win-1')];
    expect(figureOf({ status: 'completedInOneVisit', visits: returned })).toBe('completedOnReturn');
    const staged = [
      visit('2026-10-27T01:00:00.000Z', 'win-1', 'apply'),
      visit(`${today}T02:00:00.000Z`, 'win-1', 'register'),
    ];
    expect(figureOf({ status: 'completedInOneVisit', visits: staged })).toBe('completedInOneVisit');
  });
});

describe('dayFigures', () => {
  it('counts each case of the day once, at the window that saw it that day, and adds up to the total', () => {
    const divorceSecondVisit = row('completedInOneVisit', {
      day: '2026-10-27',
      startedAt: '2026-10-27T01:00:00.000Z',
      windowId: 'win-3',
      visits: [
        visit('2026-10-27T01:00:00.000Z', 'win-3', 'apply'),
        visit(`${today}T02:00:00.000Z`, 'win-1', 'register'),
      ],
    });
    const withdrawnOnReturn = row('withdrawn', {
      day: '2026-10-27',
      visits: [
        visit('2026-10-27T01:00:00.000Z', 'win-1', 'apply'),
        visit(`${today}T03:00:00.000Z`, 'win-1', 'register'),
      ],
    });
    const rows = [
      row('completedInOneVisit'),
      row('needsSupplement'),
      row('collected'),
      row('transferred'),
      row('waiting'),
      row('inProgress'),
      row('started'),
      row('notAccepted'),
      row('movedOnline'),
      divorceSecondVisit,
      withdrawnOnReturn,
      row('inProgress', { windowId: 'win-2', visits: [visit(`${today}T01:00:00.000Z`, 'win-2')] }),
      row('inProgress', { deleted: true }),
      row('waiting', { day: '2026-11-26', startedAt: '2026-11-26T01:00:00.000Z' }),
    ];
    const figures = dayFigures([...rows, rows[0]!], today, { windowId: 'win-1' });
    expect(figures).toEqual({
      total: 11,
      completedInOneVisit: 2,
      completedOnReturn: 0,
      needsSupplement: 1,
      handedOn: 2,
      waiting: 1,
      inProgress: 2,
      otherEndings: 3,
    });
    const { total, ...parts } = figures;
    expect(Object.values(parts).reduce((sum, value) => sum + value, 0)).toBe(total);
    // The divorce's second visit happened at window 1, not at window 3 where it was applied for.
    expect(windowOfDay(divorceSecondVisit, today)).toBe('win-1');
    expect(dayFigures(rows, today, { windowId: 'win-3' }).total).toBe(0);
    expect(dayFigures(rows, today, { hallId: 'hall-1' }).total).toBe(12);
    expect(dayFigures(rows, '2026-11-28' as IsoDay, { hallId: 'hall-1' }).total).toBe(0);
  });
});
