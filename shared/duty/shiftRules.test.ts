import { describe, expect, it } from 'vitest';
import { acknowledgingShift, closingShift, openingShift } from './builders';
import { checkShiftWrite } from './shiftRules';
import { checkOf, clerk, day, hall, leader, nextLeader, rs, writerOf } from './dutyFixtures';
import type { ShiftPeriod } from './shift';

const at = new Date('2026-11-27T00:30:00.000Z');
const open = (period: ShiftPeriod = 'morning', by = leader) =>
  openingShift({ departmentId: rs, hallId: hall, day, period, leader: by, staffOnDuty: [clerk], now: at });
const asLeader = writerOf(leader, ['leader']);
const code = (check: Parameters<typeof checkShiftWrite>[0]) => checkShiftWrite(check)?.code;

describe('shift rules', () => {
  it('lets a leader open a shift for themself, and refuses a clerk', () => {
    const { id, fields } = open();
    expect(code(checkOf({ rowId: id, merged: fields, writer: asLeader }))).toBeUndefined();
    expect(code(checkOf({ rowId: id, merged: fields, writer: writerOf(clerk, ['staff']) }))).toBe(
      'leaderOnly',
    );
    expect(code(checkOf({ rowId: id, merged: fields, writer: writerOf(nextLeader, ['leader']) }))).toBe(
      'shiftLeaderIsWriter',
    );
  });

  it('refuses a second open shift for the same hall and period, and an overlapping whole-day shift', () => {
    const first = open();
    const second = open('morning', nextLeader);
    const again = { ...second.fields, openedAt: '2026-11-27T00:40:00.000Z' };
    expect(
      code(
        checkOf({
          rowId: first.id,
          existing: first.fields,
          merged: { ...first.fields, ...again },
          writer: writerOf(nextLeader, ['leader']),
        }),
      ),
    ).toBe('shiftAlreadyOpen');
    const allDay = open('allDay');
    expect(
      code(
        checkOf(
          { rowId: allDay.id, merged: allDay.fields, writer: asLeader },
          { [`shifts:${first.id}`]: first.fields },
        ),
      ),
    ).toBe('shiftOverlaps');
    const closedMorning = { ...first.fields, ...closingShift(leader, '无', at) };
    expect(
      code(
        checkOf(
          { rowId: allDay.id, merged: allDay.fields, writer: asLeader },
          { [`shifts:${first.id}`]: closedMorning },
        ),
      ),
    ).toBeUndefined();
  });

  it('closes an open shift once, only with a handover note', () => {
    const { id, fields } = open();
    const closed = { ...fields, ...closingShift(leader, '卧床老人认证问题已转社保中心', at) };
    expect(code(checkOf({ rowId: id, existing: fields, merged: closed, writer: asLeader }))).toBeUndefined();
    expect(
      code(
        checkOf({
          rowId: id,
          existing: fields,
          merged: { ...fields, ...closingShift(leader, '  ', at) },
          writer: asLeader,
        }),
      ),
    ).toBe('handoverRequired');
    const closedAgain = {
      ...closed,
      ...closingShift(leader, '再交一次', new Date('2026-11-27T05:00:00.000Z')),
    };
    expect(code(checkOf({ rowId: id, existing: closed, merged: closedAgain, writer: asLeader }))).toBe(
      'shiftNotOpen',
    );
  });

  it('lets the next leader acknowledge a closed shift once, never an open one', () => {
    const { id, fields } = open();
    const closed = { ...fields, ...closingShift(leader, '交接事项', at) };
    const next = writerOf(nextLeader, ['leader']);
    const acked = { ...closed, ...acknowledgingShift(nextLeader, at) };
    expect(code(checkOf({ rowId: id, existing: closed, merged: acked, writer: next }))).toBeUndefined();
    expect(
      code(
        checkOf({
          rowId: id,
          existing: fields,
          merged: { ...fields, ...acknowledgingShift(nextLeader, at) },
          writer: next,
        }),
      ),
    ).toBe('shiftNotClosed');
    const ackedAgain = { ...acked, ...acknowledgingShift(leader, new Date('2026-11-27T06:00:00.000Z')) };
    expect(code(checkOf({ rowId: id, existing: acked, merged: ackedAgain, writer: asLeader }))).toBe(
      'shiftAlreadyAcknowledged',
    );
    expect(code(checkOf({ rowId: id, existing: closed, merged: acked, writer: asLeader }))).toBe(
      'acknowledgerIsWriter',
    );
  });

  it('never lets a shift move hall or day, or be deleted', () => {
    const { id, fields } = open();
    expect(
      code(
        checkOf({ rowId: id, existing: fields, merged: { ...fields, day: '2026-11-28' }, writer: asLeader }),
      ),
    ).toBe('shiftFieldsFixed');
    expect(
      code(checkOf({ op: 'delete', rowId: id, existing: fields, merged: fields, writer: asLeader })),
    ).toBe('noDeletes');
  });
});
