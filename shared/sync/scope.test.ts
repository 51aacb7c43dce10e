import { describe, expect, it } from 'vitest';
import type { HallId } from '../ids';
import type { IsoDay } from '../time';
import {
  checkScope,
  defaultScope,
  historyStart,
  keysInScope,
  keysOfRow,
  scopeCovers,
  scopeKey,
  windowStart,
  type DeskScope,
} from './scope';
import { syncedTables } from './tables';

const hallA = 'hall-a' as HallId;
const hallB = 'hall-b' as HallId;
const day = (value: string) => value as IsoDay;

describe('scope rules', () => {
  it('gives each role its default scope', () => {
    expect(defaultScope(['staff'], hallA)).toEqual({ reach: 'hall', hallId: hallA, windowDays: 90 });
    expect(defaultScope(['staff', 'leader'], hallA)).toEqual({
      reach: 'hall',
      hallId: hallA,
      windowDays: 180,
    });
    expect(defaultScope(['supervisor'], hallA)).toEqual({
      reach: 'department',
      hallId: hallA,
      windowDays: 400,
    });
  });

  it('refuses a window of 0 days, 100 years or a fraction, and a scope above the role', () => {
    const scope = (reach: DeskScope['reach'], windowDays: number): DeskScope => ({
      reach,
      hallId: hallA,
      windowDays,
    });
    expect(checkScope(['supervisor'], scope('hall', 0))).toBe('windowOutOfRange');
    expect(checkScope(['supervisor'], scope('department', 36_500))).toBe('windowOutOfRange');
    expect(checkScope(['supervisor'], scope('department', 1.5))).toBe('windowOutOfRange');
    expect(checkScope(['staff'], scope('department', 30))).toBe('reachForbidden');
    expect(checkScope(['leader'], scope('department', 30))).toBe('reachForbidden');
    expect(checkScope(['staff'], scope('hall', 91))).toBe('windowForbidden');
    expect(checkScope(['leader'], scope('hall', 180))).toBeUndefined();
    expect(checkScope(['staff'], scope('hall', 1))).toBeUndefined();
    expect(checkScope(['supervisor'], scope('department', 400))).toBeUndefined();
  });

  it('knows when a held scope covers a wanted one (then the desk only evicts)', () => {
    const clerk: DeskScope = { reach: 'hall', hallId: hallA, windowDays: 90 };
    expect(scopeCovers(clerk, { ...clerk, windowDays: 30 })).toBe(true);
    expect(scopeCovers(clerk, { ...clerk, windowDays: 180 })).toBe(false);
    expect(scopeCovers(clerk, { ...clerk, hallId: hallB })).toBe(false);
    expect(scopeCovers(clerk, { ...clerk, reach: 'department' })).toBe(false);
    const supervisor: DeskScope = { reach: 'department', hallId: hallA, windowDays: 400 };
    expect(scopeCovers(supervisor, { ...clerk, hallId: hallB })).toBe(true);
    expect(scopeKey(clerk)).not.toBe(scopeKey({ ...clerk, windowDays: 30 }));
  });

  it('counts the window back from today, today included', () => {
    expect(windowStart(day('2026-03-01'), 1)).toBe('2026-03-01');
    expect(windowStart(day('2026-03-01'), 2)).toBe('2026-02-28');
    expect(windowStart(day('2024-03-01'), 2)).toBe('2024-02-29');
    expect(windowStart(day('2026-12-01'), 400)).toBe('2025-10-28');
  });

  it('keeps 需补正 rows anywhere, open ones in their hall, history only inside the window and the hall', () => {
    const clerk = { reach: 'hall' as const, hallId: hallA };
    const from = day('2026-09-01');
    const keys = (hallId: string | null, on: string | null, current = false, everywhere = false) => ({
      hallId,
      day: on as IsoDay | null,
      current,
      everywhere,
    });
    expect(keysInScope(keys('hall-b', '2020-01-01', true, true), clerk, from)).toBe(true);
    expect(keysInScope(keys('hall-b', '2020-01-01', true), clerk, from)).toBe(false);
    expect(keysInScope(keys('hall-b', '2026-11-01', true), clerk, from)).toBe(false);
    expect(keysInScope(keys('hall-a', '2020-01-01', true), clerk, from)).toBe(true);
    expect(keysInScope(keys('hall-a', '2026-09-01'), clerk, from)).toBe(true);
    expect(keysInScope(keys('hall-a', '2026-08-31'), clerk, from)).toBe(false);
    expect(keysInScope(keys('hall-b', '2026-10-01'), clerk, from)).toBe(false);
    expect(keysInScope(keys(null, '2026-10-01'), clerk, from)).toBe(true);
    expect(keysInScope(keys(null, '2020-10-01', true), clerk, from)).toBe(true);
    expect(keysInScope(keys('hall-b', null), clerk, from)).toBe(true);
    const department = { reach: 'department' as const, hallId: hallA };
    expect(keysInScope(keys('hall-b', '2026-10-01'), department, from)).toBe(true);
    expect(keysInScope(keys('hall-b', '2020-10-01', true), department, from)).toBe(true);
  });

  it('keeps a tombstone for nobody because of its state, and only a current row everywhere', () => {
    const open = { hallId: 'hall-a', day: day('2020-01-01'), current: true, everywhere: true };
    expect(keysOfRow(open, true)).toEqual({ ...open, current: false, everywhere: false });
    expect(keysOfRow({ ...open, current: false }, false).everywhere).toBe(false);
    expect(keysOfRow(open, false)).toEqual(open);
  });
});

describe('declared table scopes', () => {
  const cases = syncedTables.cases.replication;
  const items = syncedTables.items.replication;
  const at = '2026-10-01T02:00:00.000Z';

  it('keeps a case current while open or awaiting the return visit, by its hall and start day', () => {
    const keys = (status: string) => cases.keys({ hallId: 'hall-a', day: '2026-01-05', status }, at);
    for (const status of ['started', 'inProgress', 'needsSupplement'])
      expect(keys(status).current).toBe(true);
    expect(keys('needsSupplement').everywhere).toBe(true);
    expect(keys('inProgress').everywhere).toBe(false);
    for (const status of ['completedInOneVisit', 'transferred', 'notAccepted', 'movedOnline'])
      expect(keys(status)).toEqual({
        hallId: 'hall-a',
        day: '2026-01-05',
        current: false,
        everywhere: false,
      });
    expect(historyStart(cases, day('2026-10-01'), day('2026-07-04'))).toBe('2026-07-04');
  });

  it('keeps published items, and withdrawn ones a year after their last change (hall day)', () => {
    expect(items.keys({ published: true }, at).current).toBe(true);
    expect(items.keys({ published: false }, '2026-09-30T17:00:00.000Z')).toEqual({
      hallId: null,
      day: '2026-10-01',
      current: false,
      everywhere: true,
    });
    expect(items.keys({ published: false }, 'not a date').day).toBeNull();
    expect(historyStart(items, day('2026-10-01'), day('2026-07-04'))).toBe('2025-10-02');
  });
});
