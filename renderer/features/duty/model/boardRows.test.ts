import { describe, expect, it } from 'vitest';
import { demoDutyRows } from '../../../../shared/demo/duty';
import { bottleneckCategorySchema } from '../../../../shared/duty/bottleneck';
import {
  buildBoardRows,
  emptyFilter,
  filterBoardIndex,
  filterBoardRows,
  indexBoardRows,
  type BoardFilter,
} from './boardRows';

const now = new Date('2026-12-02T02:00:00.000Z');
const meta = { version: 1, updatedAt: now.toISOString() as never, updatedBy: 'test', deleted: false };
const week = demoDutyRows(now);
const rows = buildBoardRows(
  week.notes.map((note) => ({ ...note.fields, id: note.id, ...meta })),
  week.updates.map((update) => ({ ...update.fields, id: update.id, ...meta })),
  now,
);

describe('the board index', () => {
  it('gives the same rows in the same order as one pass over all of them, for every filter', () => {
    const values = <K extends keyof BoardFilter>(
      key: K,
      pick: (row: (typeof rows)[number]) => string | null,
    ) =>
      [
        '',
        'nobody-has-this',
        ...new Set(rows.map(pick).filter((value): value is string => value !== null)),
      ] as BoardFilter[K][];
    const statuses = ['', 'unresolved', 'open', 'inProgress', 'resolved', 'escalated'] as const;
    const owners = values('ownerId', (row) => row.state.ownerId);
    const items = values('itemId', (row) => row.note.itemId);
    const halls = values('hallId', (row) => row.note.hallId);
    const index = indexBoardRows(rows);
    let compared = 0;
    for (const status of statuses)
      for (const category of ['', ...bottleneckCategorySchema.options] as const)
        for (const [n, ownerId] of owners.entries())
          for (const overdueOnly of [false, true]) {
            const filter: BoardFilter = {
              ...emptyFilter,
              status,
              category,
              ownerId,
              overdueOnly,
              itemId: items[n % items.length]!,
              hallId: halls[n % halls.length]!,
              raisedById: n % 3 === 0 ? rows[n % rows.length]!.note.raisedById : '',
            };
            expect(filterBoardIndex(index, filter)).toEqual(filterBoardRows(rows, filter));
            compared += 1;
          }
    expect(compared).toBeGreaterThan(500);
    expect(filterBoardIndex(index, { ...emptyFilter, overdueOnly: true }).length).toBe(3);
  });

  it('lists overdue notes first', () => {
    const firstOrdinary = rows.findIndex((row) => !row.overdue);
    expect(rows.slice(firstOrdinary).some((row) => row.overdue)).toBe(false);
    expect(firstOrdinary).toBe(3);
  });
});
